"""What made switching screens slow, checked by what happens rather than by the clock (the timing
itself is benchmarks/tui_wisselen.py): returning to a screen rebuilds no footer and redraws no table
cell, a first visit makes Textual re-parse no CSS, and long-lived objects are out of the GC's way."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from textual.color import Color
from textual.css.stylesheet import Stylesheet
from textual.widgets import DataTable, Footer
from textual.widgets._footer import FooterKey

from swvplanner.tui.app import maak_app
from swvplanner.tui.schermen import NAMEN
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst


async def test_terug_naar_een_scherm_bouwt_niets_opnieuw(plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        for toets in "3", "1", "3":
            await pilot.press(toets)
            await klaar(app, pilot)
        toetsen = list(app.screen.query_one(Footer).query(FooterKey))
        beeld = app.export_screenshot()
        gestyled = []
        monkeypatch.setattr(Stylesheet, "update_nodes", lambda self, nodes, animate=False: gestyled.extend(nodes))
        getekend = []
        origineel = DataTable._render_cell

        def tel(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            getekend.append(args[:2])
            return origineel(self, *args, **kwargs)

        monkeypatch.setattr(DataTable, "_render_cell", tel)
        await pilot.press("1")
        await klaar(app, pilot)
        await pilot.press("3")
        await klaar(app, pilot)
        assert app.current_mode == "kwaliteitskalender"
        # The same key widgets (Footer would rebuild them twice per switch) ...
        assert list(app.screen.query_one(Footer).query(FooterKey)) == toetsen
        # ... no widget restyled (Textual restyles the whole screen) ...
        assert gestyled == []
        # ... the table's cells come from what it drew before (DataTable redraws every cell) ...
        assert getekend == []
        # ... and the screen looks exactly as it did.
        assert app.export_screenshot() == beeld


async def test_een_ander_thema_geldt_ook_na_terugkeer(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("3")
        await klaar(app, pilot)
        donker = app.screen.query_one(DataTable).styles.background
        await pilot.press("1")
        await klaar(app, pilot)
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.press("3")
        await klaar(app, pilot)
        tabel = app.screen.query_one(DataTable)
        assert tabel.styles.background != donker
        assert tabel.styles.background == Color.parse(app.current_theme.to_color_system().generate()["surface"])


async def test_eerste_bezoek_leest_de_css_niet_opnieuw(plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        keer = []
        origineel = Stylesheet.reparse
        monkeypatch.setattr(Stylesheet, "reparse", lambda self: (keer.append(1), origineel(self))[1])
        for toets in "23456":
            await pilot.press(toets)
            await klaar(app, pilot)
        assert keer == []  # Textual re-parsed all CSS twice for each mode's first visit


async def test_langlevende_objecten_buiten_de_gc(plans: Path) -> None:
    gc.unfreeze()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        assert gc.get_freeze_count() > 10_000  # Textual, the plans and the overview
    assert gc.get_freeze_count() == 0  # given back when the app is gone


async def test_schermen_worden_op_de_achtergrond_opgebouwd(plans: Path) -> None:
    """After the first check every screen is composed in the background, so a first visit only shows
    it (Textual's `_init_mode` is used for this: if Textual renames it, this test fails)."""
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await app.workers.wait_for_complete()
        await klaar(app, pilot)
        assert app.current_mode == "overzicht"
        assert sorted(app._screen_stacks) == sorted(NAMEN)
        jaarplan = app._screen_stacks["jaarplan"][0]
        assert jaarplan.is_mounted and jaarplan.query("#boom")
        await pilot.press("2")
        await klaar(app, pilot)
        assert app.screen is jaarplan  # the prebuilt screen itself is shown, not a new one


async def test_organen_op_een_vooraf_gebouwd_scherm_zijn_heel(plans: Path) -> None:
    """Built off-screen, the organen list got its scrollbar without a Resize: a name that then had to
    wrap ("Nw regievoerders" at 80x24) lost its second line."""
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        await app.workers.wait_for_complete()
        await klaar(app, pilot)
        assert "vergaderingen" in app._screen_stacks
        await pilot.press("4")
        await klaar(app, pilot)
        namen = [regel[2:17].strip() for regel in schermtekst(app).splitlines()]  # the organen column
        i = namen.index("Wg steeds")
        assert namen[i : i + 6] == ["Wg steeds", "inclusiever", "Nw", "regievoerders", "Nw", "orthopedagogen"]
