"""A meeting of several days in the app: added with a range of days in the date field, shown with all
its days in the list, and moved or shortened in the Verplaatsen form (today fixed: 1 november 2025)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.vergadering_formulier import VergaderingFormulier, VerplaatsFormulier
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst

VERGADERINGEN = "vergaderingen-2025-2026.yaml"


async def test_meerdaagse_vergadering_toevoegen(plans: Path) -> None:
    oud = (plans / VERGADERINGEN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, VergaderingFormulier)
        app.screen.query_one("#orgaan").value = "overig"
        await pilot.pause()
        app.screen.query_one("#datum", Input).focus()
        await pilot.press(*"2-3 dec 2025")
        await pilot.pause()
        assert "dinsdag 2 december 2025 t/m woensdag 3 december 2025 (2 dagen)" in schermtekst(app)
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
        app.screen.selecteer("overig-2526-05")
        await pilot.pause()
        assert "di 2 en 3 dec 2025" in schermtekst(app)  # in the detail under the list
    nieuw = (plans / VERGADERINGEN).read_text()
    blok = "  - id: overig-2526-05\n    orgaan: overig\n    datum: 2025-12-02\n    einddatum: 2025-12-03\n"
    assert blok in nieuw
    assert nieuw.replace(blok, "") == oud


async def test_meerdaagse_vergadering_verplaatsen_en_inkorten(plans: Path) -> None:
    tekst = (plans / VERGADERINGEN).read_text()
    oud = "    titel: Themabijeenkomst\n    datum: 2026-03-25\n"
    assert oud in tekst
    (plans / VERGADERINGEN).write_text(tekst.replace(oud, oud + "    einddatum: 2026-03-26\n"))
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("overig-2526-03")
        await pilot.pause()
        assert "wo 25 en 26 mrt 2026" in schermtekst(app)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, VerplaatsFormulier)
        assert "Nu: 25 en 26 maart 2026  overig-2526-03" in schermtekst(app)
        datum = app.screen.query_one("#datum", Input)
        assert datum.value == "25-3-2026 t/m 26-3-2026"
        datum.value = "1 t/m 3 april 2026"
        await pilot.pause()
        assert "woensdag 1 april 2026 t/m vrijdag 3 april 2026 (3 dagen)" in schermtekst(app)
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        app.screen.selecteer("overig-2526-03")
        await pilot.press("v")
        await pilot.pause()
        app.screen.query_one("#datum", Input).value = "1-4-2026"  # one day again: no einddatum
        await pilot.pause()
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
    na = (plans / VERGADERINGEN).read_text()
    assert "    titel: Themabijeenkomst\n    datum: 2026-04-01\n    tijd: 15:00-18:00\n" in na
    assert "einddatum" not in na
    assert "    status: verplaatst\n    verplaatst-van: 2026-03-25\n" in na
