"""A new meeting in a schooljaar without a vergaderplanning: the app asks, then makes the file."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.dialogen import Keuze
from swvplanner.tui.screens.onderdeel_formulier import OnderdeelFormulier
from swvplanner.tui.screens.vergadering_formulier import VergaderingFormulier
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst
from tests.tui.test_formulieren import formulierfout
from tests.tui.test_organisatie import typ

NIEUW = "vergaderingen-2026-2027.yaml"


async def _nieuwe_opr(app, pilot, datum: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("4", "n")
    await pilot.pause()
    assert isinstance(app.screen, VergaderingFormulier)
    app.screen.query_one("#orgaan").value = "opr"
    await pilot.pause()
    app.screen.query_one("#datum", Input).focus()
    await pilot.press(*datum)
    await pilot.press("enter")
    await pilot.pause()


async def test_vraag_en_maak_het_bestand_bij_bewaren(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await _nieuwe_opr(app, pilot, "6 okt 2026")
        assert isinstance(app.screen, Keuze)
        assert "Er is nog geen vergaderplanning voor schooljaar 2026-2027" in schermtekst(app)
        assert not (plans / NIEUW).exists()
        await pilot.click("#keuze-aanmaken")
        await klaar(app, pilot)
        assert not isinstance(app.screen, (Keuze, VergaderingFormulier))
        assert app.werkset.gewijzigd == {"vergaderingen-2026-2027"}
        assert not (plans / NIEUW).exists()  # written with the save, not before
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
    tekst = (plans / NIEUW).read_text()
    assert tekst.startswith("# Vergaderplanning 2026-2027 van SWV NMD PO: alle vergaderingen van alle organen")
    assert tekst.endswith(
        "titel: Vergaderplanning 2026-2027\n# vergaderingen: de vergaderingen van dit schooljaar.\nvergaderingen:\n"
        "  - id: opr-2627-01\n    orgaan: opr\n    datum: 2026-10-06\n"
    )


async def test_niet_aanmaken_laat_alles_zoals_het_was(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        await _nieuwe_opr(app, pilot, "6 okt 2026")
        await pilot.click("#keuze-annuleren")
        await pilot.pause()
        assert isinstance(app.screen, VergaderingFormulier)  # the form stays, with what was typed
        assert formulierfout(app) == "Niet toegevoegd: er is geen vergaderplanning voor 2026-2027."
        assert app.werkset.gewijzigd == set()
        assert "vergaderingen-2026-2027" not in app.werkset.modellen
    assert not (plans / NIEUW).exists()


async def test_eerste_onderdeel_zonder_jaarplan_maakt_het_jaarplan_na_een_vraag(plans: Path) -> None:
    (plans / "jaarplan-2025-2026.yaml").unlink()
    app = maak_app(plans, vandaag=VANDAAG)  # 1 november 2025: schooljaar 2025-2026
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        await pilot.press("2")
        await klaar(app, pilot)
        await pilot.press("o")
        await klaar(app, pilot)
        assert isinstance(app.screen, Keuze)
        assert app.screen.vraag == (
            "Er is nog geen jaarplan voor schooljaar 2025-2026. Een nieuwe aanmaken (jaarplan-2025-2026.yaml) "
            "en het onderdeel daarin zetten? Het bestand wordt geschreven bij bewaren."
        )
        await pilot.press("enter")  # Aanmaken
        await klaar(app, pilot)
        assert isinstance(app.screen, OnderdeelFormulier)  # and on to the onderdeel
        await typ(pilot, "Thuiszitters")
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
    tekst = (plans / "jaarplan-2025-2026.yaml").read_text()
    assert tekst.startswith("# Jaarplan 2025-2026 van SWV NMD PO:")
    assert tekst.endswith(
        "# onderdelen: de onderdelen van het jaarplan.\nonderdelen:\n"
        "  - id: thuiszitters\n    soort: ontwikkelpunt\n    titel: Thuiszitters\n"
    )
