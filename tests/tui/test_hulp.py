"""The help screen lists all seven screens, each with its number and keys."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Markdown

from swvplanner.tui.app import maak_app
from swvplanner.tui.schermen import SCHERMEN
from swvplanner.tui.screens.hulp import HulpScherm
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst


async def test_hulp_noemt_alle_zeven_schermen(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("question_mark")
        await klaar(app, pilot)
        assert isinstance(app.screen, HulpScherm)
        assert "│ 1 … 7  │ Overzicht, Jaarplan, Kwaliteitskalender, Vergaderingen, Controles,  │" in schermtekst(app)
        bron = app.screen.query_one(Markdown).source
    assert len(SCHERMEN) == 7
    koppen = [regel.removeprefix("## ") for regel in bron.splitlines() if regel.startswith("## ")]
    assert koppen == ["Overal", *(f"{i} {titel}" for i, titel in enumerate((s.titel for s in SCHERMEN), start=1))]
    assert (
        "| 1 … 7 | Overzicht, Jaarplan, Kwaliteitskalender, Vergaderingen, Controles, Wijzigingen, Organisatie |"
        in bron
    )
    assert (
        "## 6 Wijzigingen\n| Toets | Wat |\n|---|---|\n| v | Vaststellen (alleen een goedkeurder uit swv.yaml) |"
        in bron
    )
