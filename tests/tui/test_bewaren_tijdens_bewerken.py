"""An edit made while the app saves is kept: the save writes a copy, the app takes it over."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from swvplanner.store.werkset import Werkset
from swvplanner.tui.app import maak_app
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar

VERGADERINGEN = "vergaderingen-2025-2026.yaml"


async def test_bewerking_tijdens_het_bewaren_blijft_staan(plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    los = threading.Event()
    bezig = threading.Event()
    bewaar = Werkset.bewaar

    def traag(self: Werkset, keuzes: object = None) -> object:
        bezig.set()
        los.wait(10)  # the save takes a while: the user goes on meanwhile
        return bewaar(self, keuzes)  # type: ignore[arg-type]

    monkeypatch.setattr(Werkset, "bewaar", traag)
    oud = (plans / VERGADERINGEN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-02")
        await pilot.press("a")  # cancel opr-2526-02, then save
        await pilot.pause()
        await pilot.press("ctrl+s")
        for _ in range(200):
            if bezig.is_set():
                break
            await asyncio.sleep(0.01)
        app.screen.selecteer("opr-2526-03")
        await pilot.press("a")  # cancel opr-2526-03 while the save runs
        await pilot.pause()
        los.set()
        await klaar(app, pilot)
        [vp] = app.werkset.plannen.vergaderplanningen.values()
        assert vp.vergadering("opr-2526-03").status == "geannuleerd"  # still there
        assert app.werkset.gewijzigd == {"vergaderingen-2025-2026"}
        assert app.werkset.niet_bewaard == 1
        assert (plans / VERGADERINGEN).read_text() == oud.replace(
            "  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-01\n",
            "  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-01\n    status: geannuleerd\n",
        )
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
    assert (plans / VERGADERINGEN).read_text().count("status: geannuleerd") == oud.count("status: geannuleerd") + 2
