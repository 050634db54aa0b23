"""The app's jaarovergang (palette 'Jaarovergang…'): the dry-run report in a modal, nothing
changed until 'Overnemen'; then unsaved in the Werkset, ctrl+z undoes, ctrl+s writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.jaarovergang import Jaarovergangvoorbeeld
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst

VG = "vergaderingen-2026-2027"


@pytest.mark.parametrize("grootte", [(80, 24), (120, 40)])
async def test_jaarovergang_uit_het_palet(plans: Path, grootte: tuple[int, int]) -> None:
    voor = sorted(p.name for p in plans.iterdir())
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=grootte) as pilot:
        await klaar(app, pilot)
        await pilot.press("ctrl+p", *"Jaarovergang", "enter")
        await klaar(app, pilot)
        assert isinstance(app.screen, Jaarovergangvoorbeeld)
        scherm = schermtekst(app)
        assert "Voorbeeld: jaarovergang naar 2026-2027" in scherm
        assert "Vergaderplanning 2026-2027: 72 vergadering(en) overgenomen uit" in scherm
        assert app.werkset.gewijzigd == set()
        await pilot.press("escape")  # Annuleren: nothing changes
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set() and VG not in app.werkset.modellen
        await pilot.press("ctrl+p", *"Jaarovergang", "enter")
        await klaar(app, pilot)
        await pilot.press("o")  # Overnemen
        await klaar(app, pilot)
        assert not isinstance(app.screen, Jaarovergangvoorbeeld)
        assert app.werkset.gewijzigd == {VG, "jaarplan-2026-2027", "jaarplan-2025-2026"}
        assert len(app.werkset.modellen[VG].vergaderingen) == 72
        assert sorted(p.name for p in plans.iterdir()) == voor  # nothing on disk before ctrl+s
        await pilot.press("ctrl+z")  # last year's empty evaluaties
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == {VG, "jaarplan-2026-2027"}
        await pilot.press("ctrl+z")  # the drafted meetings
        await klaar(app, pilot)
        assert app.werkset.modellen[VG].vergaderingen == []
        await pilot.press("ctrl+p", *"Jaarovergang", "enter")
        await klaar(app, pilot)
        # 2026-2027 exists now (unsaved): the next one is offered
        assert "Voorbeeld: jaarovergang naar 2027-2028" in schermtekst(app)
        await pilot.press("escape")
        await klaar(app, pilot)
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
    # the jaarplan is written; the vergaderplanning, back to its bare template, is not (nothing in it)
    assert (plans / "jaarplan-2026-2027.yaml").exists() and not (plans / "vergaderingen-2026-2027.yaml").exists()
