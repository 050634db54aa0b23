"""The app shows a kwaliteitskalender item's remarks (several, each on its own line) and edits them one
per paragraph; the Jaarplan screen names an actie's trekker and the OP ontwikkelpunten' titles and goals."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static, TextArea, Tree

from swvplanner.tui.app import maak_app
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst

KK = "kwaliteitskalender.yaml"
EEN = "        opmerking: Naar verwachting voorjaar 2026\n"
TWEE = "        opmerking:\n          - Naar verwachting voorjaar 2026\n          - Daarna weer in 2030\n"


def detail(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#detail", Static).render())


async def inspectie_onderzoek(app, pilot) -> None:  # type: ignore[no-untyped-def]
    """Screen 3 with the cursor on the inspectie-onderzoek (the item with a remark in the example)."""
    await klaar(app, pilot)
    await pilot.press("3")
    await klaar(app, pilot)
    app.screen.selecteer("inspectie-onderzoek")
    await pilot.pause()


@pytest.mark.parametrize("grootte", [(80, 24), (120, 40)])
async def test_detail_toont_elke_opmerking(plans: Path, grootte: tuple[int, int]) -> None:
    oud = (plans / KK).read_text(encoding="utf-8")
    (plans / KK).write_text(oud.replace(EEN, TWEE), encoding="utf-8")
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=grootte) as pilot:
        await inspectie_onderzoek(app, pilot)
        assert detail(app).splitlines()[-2:] == [
            "Opmerking: Naar verwachting voorjaar 2026",
            "Opmerking: Daarna weer in 2030",
        ]
        assert "Opmerking: Daarna weer in 2030" in schermtekst(app)


async def test_formulier_bewerkt_de_opmerkingen_per_alinea(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await inspectie_onderzoek(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        veld = app.screen.query_one("#opmerking", TextArea)
        assert veld.text == "Naar verwachting voorjaar 2026"
        veld.focus()
        veld.move_cursor(veld.document.end)
        await pilot.press("enter", "enter", *"Daarna weer in 2030", "ctrl+s")
        await klaar(app, pilot)
    assert "        opmerking: [Naar verwachting voorjaar 2026, Daarna weer in 2030]\n" in (plans / KK).read_text(
        encoding="utf-8"
    )


async def test_jaarplan_noemt_trekker_en_ontwikkelpunten(plans: Path) -> None:
    swv = plans / "swv.yaml"
    swv.write_text(
        swv.read_text(encoding="utf-8").replace(
            "    - nummer: 9\n",
            "    - nummer: 9\n      titel: Organisatie\n      doelen: [Een slagvaardige organisatie]\n",
        ),
        encoding="utf-8",
    )
    jp = plans / "jaarplan-2025-2026.yaml"
    wie = "              tekst: Directeur-bestuurder i.s.m. klankbordgroep\n"
    jp.write_text(
        jp.read_text(encoding="utf-8").replace(wie, wie + "              trekker: directeur-bestuurder\n"),
        encoding="utf-8",
    )
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("2")
        await klaar(app, pilot)
        app.screen.selecteer("onderdeel", "organisatie-samenwerken")
        await pilot.pause()
        assert detail(app).splitlines() == [
            "Organisatie en samenwerken (ontwikkelpunt)  organisatie-samenwerken",
            "Ontwikkelpunten: 9, 10",
            "  9. Organisatie",
            "    OP-doel: Een slagvaardige organisatie",
            "4 acties · n voegt er een toe",
        ]
        app.screen.selecteer("actie", "organisatie-samenwerken-01")
        await pilot.pause()
        regels = detail(app).splitlines()
        i = regels.index("Wie: Directeur-bestuurder i.s.m. klankbordgroep")
        assert regels[i + 1] == "Trekker: Directeur-bestuurder; betrokken: Klankbordgroep"
        assert app.screen.query_one("#boom", Tree).cursor_node.data == (
            "actie",
            "jaarplan-2025-2026",
            "organisatie-samenwerken-01",
        )
