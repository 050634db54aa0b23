"""Pilot tests of the main flows, on a copy of the example plans (today fixed: 1 november 2025)."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import DataTable, Input, Tree

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.dialogen import Keuze, TekstVraag
from swvplanner.tui.screens.vergadering_formulier import VergaderingFormulier
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst

VERGADERINGEN = "vergaderingen-2025-2026.yaml"
JAARPLAN = "jaarplan-2025-2026.yaml"


def commentaar(tekst: str) -> list[str]:
    return [regel.strip() for regel in tekst.splitlines() if regel.strip().startswith("#")]


def gekozen_rij(app) -> str:  # type: ignore[no-untyped-def]
    tabel = app.screen.query_one("#tabel", DataTable)
    return str(tabel.coordinate_to_cell_key(tabel.cursor_coordinate).row_key.value)


async def test_vergadering_toevoegen_en_bewaren(plans: Path) -> None:
    oud = (plans / VERGADERINGEN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-01")
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, VergaderingFormulier)
        app.screen.query_one("#orgaan").value = "opr"
        await pilot.pause()
        # The orgaan's defaults are filled in: OPR meets 19.30-21.30 in Assen.
        assert app.screen.query_one("#tijd", Input).value == "19.30-21.30"
        assert app.screen.query_one("#locatie", Input).value == "Assen"
        app.screen.query_one("#datum", Input).focus()
        await pilot.press(*"15 dec 2025")
        await pilot.pause()
        assert "maandag 15 december 2025" in schermtekst(app)
        await pilot.press("enter")  # Toepassen: into the plans, not yet on disk
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == {"vergaderingen-2025-2026"}
        assert "niet bewaard" in schermtekst(app)
        assert (plans / VERGADERINGEN).read_text() == oud  # nothing written before ctrl+s
        await pilot.press("ctrl+s")  # saves the files
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
        assert "✓ bewaard" in schermtekst(app)
    nieuw = (plans / VERGADERINGEN).read_text()
    # The new meeting follows the other OPR meetings; time and place are the orgaan's, so not written.
    assert "  - id: opr-2526-06\n    orgaan: opr\n    datum: 2025-12-15\n" in nieuw
    assert commentaar(nieuw) == commentaar(oud)
    assert nieuw.replace("  - id: opr-2526-06\n    orgaan: opr\n    datum: 2025-12-15\n", "") == oud


async def test_ongeldige_datum_krijgt_een_nederlandse_melding(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4", "n")
        await pilot.pause()
        await pilot.press(*"31 feb 2026")
        await pilot.pause()
        assert "'31 feb 2026' bestaat niet: februari 2026 heeft 28 dagen" in schermtekst(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, VergaderingFormulier)  # not saved, the form stays open
        assert app.werkset.gewijzigd == set()


async def test_status_van_een_actie_met_een_toets(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("2")
        await klaar(app, pilot)
        app.screen.selecteer("actie", "basisondersteuning-02")
        await pilot.pause()
        assert app.screen.query_one("#boom", Tree).cursor_node.data == (
            "actie",
            "jaarplan-2025-2026",
            "basisondersteuning-02",
        )
        await pilot.press("s")  # gepland → lopend
        await pilot.press("s")  # lopend → gereed
        await klaar(app, pilot)
        assert app.werkset.plannen.actie("basisondersteuning-02").status == "gereed"
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
    tekst = (plans / JAARPLAN).read_text()
    blok = tekst[tekst.index("- id: basisondersteuning-02") : tekst.index("- id: basisondersteuning-03")]
    assert re.search(r"\n            status: gereed\n", blok)


async def test_vergadering_annuleren(plans: Path) -> None:
    oud = (plans / VERGADERINGEN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-02")
        await pilot.press("a")
        await klaar(app, pilot)
        assert gekozen_rij(app) == "opr-2526-02"
        assert "geannuleerd" in schermtekst(app)
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
    nieuw = (plans / VERGADERINGEN).read_text()
    assert nieuw == oud.replace(
        "  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-01\n",
        "  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-01\n    status: geannuleerd\n",
    )


async def test_van_bevinding_naar_het_item(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("5")
        await klaar(app, pilot)
        assert "plans/vergaderingen-2025-2026.yaml:372:12" in schermtekst(app)
        await pilot.press("enter")
        await klaar(app, pilot)
        assert app.current_mode == "vergaderingen"
        assert gekozen_rij(app) == "overig-2526-02"
        assert "PO/VO-middag" in schermtekst(app)


async def test_bestand_dat_op_schijf_is_gewijzigd_wordt_samengevoegd(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-02")
        await pilot.press("a")
        await klaar(app, pilot)
        anders = (plans / VERGADERINGEN).read_text().replace("datum: 2025-10-01", "datum: 2025-10-02")
        (plans / VERGADERINGEN).write_text(anders)  # someone else saves meanwhile
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert not isinstance(app.screen, Keuze)  # nothing to choose: different meetings
        assert app.werkset.gewijzigd == set()
        assert "De wijzigingen van iemand anders in vergaderingen-2025-2026.yaml zijn samengevoegd met de uwe." in [
            n.message for n in app._notifications
        ]
        v = next(iter(app.werkset.plannen.vergaderplanningen.values()))
        assert (str(v.vergadering("opr-2526-01").datum), v.vergadering("opr-2526-02").status) == (
            "2025-10-02",
            "geannuleerd",
        )  # their change and mine
    opr_02 = "  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-01\n"
    assert (plans / VERGADERINGEN).read_text() == anders.replace(opr_02, opr_02 + "    status: geannuleerd\n")


async def test_stoppen_met_niet_bewaarde_wijzigingen_vraagt_eerst(plans: Path) -> None:
    oud = (plans / JAARPLAN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("2")
        await klaar(app, pilot)
        app.screen.selecteer("actie", "basisondersteuning-02")
        await pilot.press("s")
        await klaar(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, Keuze)
        assert "niet bewaard" in schermtekst(app).lower()
        await pilot.press("escape")  # = annuleren
        await pilot.pause()
        assert app.is_running and app.werkset.gewijzigd == {"jaarplan-2025-2026"}
        await pilot.press("q")
        await pilot.pause()
        await pilot.click("#keuze-weggooien")
        await pilot.pause()
    assert app.return_code == 0
    assert (plans / JAARPLAN).read_text() == oud


async def test_stoppen_na_bewaren(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("2")
        await klaar(app, pilot)
        app.screen.selecteer("actie", "basisondersteuning-02")
        await pilot.press("s")
        await klaar(app, pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#keuze-bewaren")
        await klaar(app, pilot)
    assert "status: lopend" in (plans / JAARPLAN).read_text().split("- id: basisondersteuning-02")[1][:900]


async def test_ongedaan_maken(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("alv-2526-01")
        await pilot.press("r")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == {"vergaderingen-2025-2026"}
        await pilot.press("ctrl+z")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
        assert "✓ bewaard" in schermtekst(app)


async def test_voortgang_vastleggen(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("2")
        await klaar(app, pilot)
        app.screen.selecteer("actie", "basisondersteuning-02")
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, TekstVraag)
        await pilot.press(*"Startbijeenkomst gehouden", "enter")
        await klaar(app, pilot)
        assert "01-11-2025 Startbijeenkomst gehouden" in schermtekst(app)
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
    blok = (plans / JAARPLAN).read_text().split("- id: basisondersteuning-02")[1].split("- id:")[0]
    assert "voortgang:\n              - datum: 2025-11-01\n                tekst: Startbijeenkomst gehouden\n" in blok


async def test_wijziging_op_schijf_wordt_geladen_als_hier_niets_openstaat(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        pad = plans / VERGADERINGEN
        pad.write_text(pad.read_text().replace("datum: 2025-12-01", "datum: 2025-12-02"))  # e.g. a git pull
        app._bewaak()  # what the 2-second timer does
        await klaar(app, pilot)
        v = app.werkset.plannen.vergaderplanningen
        assert str(next(iter(v.values())).vergadering("opr-2526-02").datum) == "2025-12-02"
        assert app.werkset.gewijzigd == set()
        assert "di 2 dec 2025" in schermtekst(app)


async def test_wijziging_op_schijf_naast_eigen_wijziging_geeft_een_waarschuwing(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-02")
        await pilot.press("a")
        await klaar(app, pilot)
        pad = plans / VERGADERINGEN
        anders = pad.read_text().replace("datum: 2025-10-01", "datum: 2025-10-02")
        pad.write_text(anders)
        app._bewaak()
        await klaar(app, pilot)
        meldingen = [n.message for n in app._notifications]
        assert any(
            m.startswith("vergaderingen-2025-2026.yaml is op schijf gewijzigd terwijl u hier wijzigingen hebt")
            for m in meldingen
        )
        assert app.werkset.gewijzigd == {"vergaderingen-2025-2026"}  # my edit is kept
        assert pad.read_text() == anders
