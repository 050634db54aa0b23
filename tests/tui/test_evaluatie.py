"""The evaluatie form (v on the Jaarplan screen): resultaat behaald, toelichting; ctrl+s writes it
into the actie in the jaarplan file, the rest of the file untouched; the detail shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from swvplanner.tui.app import maak_app
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst
from tests.tui.test_formulieren import GROOT, JAARPLAN, KLEIN, jaarplan

BLOK = """\
            evaluatie:
              behaald: deels
              toelichting: Expertisepunt ingericht
"""


async def open_formulier(app, pilot) -> None:  # type: ignore[no-untyped-def]
    await jaarplan(app, pilot, "actie", "basisondersteuning-02")
    await pilot.press("v")
    await pilot.pause()


@pytest.mark.parametrize("grootte", [KLEIN, GROOT])
async def test_evaluatie_invullen_en_bewaren(plans: Path, grootte: tuple[int, int]) -> None:
    oud = (plans / JAARPLAN).read_text(encoding="utf-8")
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=grootte) as pilot:
        await open_formulier(app, pilot)
        tekst = schermtekst(app)
        assert "Evaluatie van actie basisondersteuning-02" in tekst
        assert "Resultaat behaald?" in tekst
        assert "Esc annuleren · ctrl+s toepassen en bewaren" in tekst
        await pilot.press("enter", "down", "down", "enter")  # the choices: (leeg), behaald, deels behaald, ...
        await pilot.pause()
        await pilot.press("tab", *"Expertisepunt ingericht")
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert "Evaluatie van actie" not in schermtekst(app)
        assert app.werkset.gewijzigd == set()
        detail = str(app.screen.query_one("#detail", Static).render())  # below the fold at 80x24
        assert "\nEvaluatie: deels behaald\nToelichting: Expertisepunt ingericht" in detail
    nieuw = (plans / JAARPLAN).read_text(encoding="utf-8")
    anker = "            wanneer: 31 december 2025\n          - id: basisondersteuning-03\n"
    assert oud.count(anker) == 1
    assert nieuw == oud.replace(anker, anker.replace("          - id", BLOK + "          - id"))


async def test_esc_laat_alles_staan(plans: Path) -> None:
    oud = (plans / JAARPLAN).read_text(encoding="utf-8")
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=KLEIN) as pilot:
        await open_formulier(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert (app.werkset.gewijzigd, app.werkset.geschiedenis) == (set(), [])
        await pilot.press("v")
    assert (plans / JAARPLAN).read_text(encoding="utf-8") == oud
