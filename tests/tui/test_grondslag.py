"""The kwaliteitskalender screen shows the selected item's grondslag, and its form edits it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static, TextArea

from swvplanner.tui.app import maak_app
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar

KK = "kwaliteitskalender.yaml"
WANNEER = "        wanneer: Jaarlijks voor 1 januari\n"
GRONDSLAG = "        grondslag: >-\n          Eigen norm van het\n          samenwerkingsverband\n"


def detail(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#detail", Static).render())


async def begroting(app, pilot) -> None:  # type: ignore[no-untyped-def]
    await klaar(app, pilot)
    await pilot.press("3")
    await klaar(app, pilot)
    app.screen.selecteer("begroting")
    await pilot.pause()


@pytest.mark.parametrize("grootte", [(80, 24), (120, 40)])
async def test_detail_toont_de_grondslag(plans: Path, grootte: tuple[int, int]) -> None:
    oud = (plans / KK).read_text(encoding="utf-8")
    assert oud.count(WANNEER) == 1
    (plans / KK).write_text(oud.replace(WANNEER, WANNEER + GRONDSLAG), encoding="utf-8")
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=grootte) as pilot:
        await begroting(app, pilot)
        assert detail(app).splitlines()[-1] == "Grondslag: Eigen norm van het samenwerkingsverband"


async def test_detail_zonder_grondslag_geen_regel(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await begroting(app, pilot)
        assert "Grondslag" not in detail(app)


async def test_formulier_bewerkt_de_grondslag(plans: Path) -> None:
    oud = (plans / KK).read_text(encoding="utf-8")
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await begroting(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        veld = app.screen.query_one("#grondslag", TextArea)
        assert veld.text == ""
        veld.focus()
        await pilot.press(*"Eigen norm", "ctrl+s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
    staart = "            orgaan: alv\n      - id: handboek\n"
    assert oud.count(staart) == 1  # the end of the begroting item: grondslag comes after its last key
    assert (plans / KK).read_text(encoding="utf-8") == oud.replace(
        staart, staart.replace("\n      - id:", "\n        grondslag: Eigen norm\n      - id:")
    )
