"""The Kwaliteitskalender screen takes an item from the statutory library (b), undoable, saved with ctrl+s."""

from __future__ import annotations

from pathlib import Path

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.dialogen import Lijstkeuze
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar
from tests.tui.test_organisatie import meldingen

KK = "kwaliteitskalender.yaml"


async def test_item_uit_de_bibliotheek_overnemen_ongedaan_en_bewaren(plans: Path) -> None:
    oud = (plans / KK).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        await pilot.press("3")
        await klaar(app, pilot)
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, Lijstkeuze)
        # the example already has ondersteuningsplan, jaarverslag, ... (by id): only the others are offered
        ids = [sleutel for sleutel, _ in app.screen.keuzes]
        assert "ondersteuningsplan" not in ids and "rooster-van-aftreden" in ids
        app.screen.query_one("#lijst").highlighted = ids.index("rooster-van-aftreden")
        await pilot.press("enter")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == {"kwaliteitskalender"}
        assert meldingen(app)[-1].startswith(
            "Rooster van aftreden toezichthoudend bestuur toegevoegd in Toezicht en bestuur "
            "(ctrl+z maakt het ongedaan)."
        )
        assert (plans / KK).read_text() == oud  # not on disk before ctrl+s
        await pilot.press("ctrl+z")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
        await pilot.press("b")
        await pilot.pause()
        app.screen.query_one("#lijst").highlighted = ids.index("rooster-van-aftreden")
        await pilot.press("enter")
        await klaar(app, pilot)
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
    nieuw = (plans / KK).read_text()
    assert nieuw.startswith(oud.rstrip("\n"))  # the file's own text and comments stay; the item comes after
    assert "      - id: rooster-van-aftreden\n        wat: Rooster van aftreden toezichthoudend bestuur\n" in nieuw
    assert "        bibliotheek: rooster-van-aftreden\n" in nieuw
