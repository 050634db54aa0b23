"""Snapshots of the main screens at 80x24 and 120x40 (pytest-textual-snapshot, Textual pinned).

Update after an intended change of the screens with: python -m pytest tests/tui --snapshot-update
"""

from __future__ import annotations

from pathlib import Path

import pytest

from swvplanner.tui.app import maak_app
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar

MATEN = [(80, 24), (120, 40)]
SCHERMEN = {"overzicht": "1", "jaarplan": "2", "kwaliteitskalender": "3", "vergaderingen": "4", "controles": "5"}


@pytest.mark.parametrize("maat", MATEN, ids=lambda m: f"{m[0]}x{m[1]}")
@pytest.mark.parametrize("scherm", list(SCHERMEN))
def test_scherm(snap_compare, plans: Path, scherm: str, maat: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def voorbereiden(pilot) -> None:  # type: ignore[no-untyped-def]
        await klaar(pilot.app, pilot)
        await pilot.press(SCHERMEN[scherm])
        await klaar(pilot.app, pilot)

    assert snap_compare(maak_app(plans, vandaag=VANDAAG), terminal_size=maat, run_before=voorbereiden)


def test_maandweergave(snap_compare, plans: Path) -> None:  # type: ignore[no-untyped-def]
    async def voorbereiden(pilot) -> None:  # type: ignore[no-untyped-def]
        await klaar(pilot.app, pilot)
        await pilot.press("4")
        await klaar(pilot.app, pilot)
        pilot.app.screen.selecteer("opr-2526-02")
        await pilot.press("m")
        await klaar(pilot.app, pilot)

    assert snap_compare(maak_app(plans, vandaag=VANDAAG), terminal_size=(120, 40), run_before=voorbereiden)


def test_actieformulier(snap_compare, plans: Path) -> None:  # type: ignore[no-untyped-def]
    async def voorbereiden(pilot) -> None:  # type: ignore[no-untyped-def]
        await klaar(pilot.app, pilot)
        await pilot.press("2")
        await klaar(pilot.app, pilot)
        pilot.app.screen.selecteer("actie", "basisondersteuning-02")
        await pilot.press("e")
        await klaar(pilot.app, pilot)

    assert snap_compare(maak_app(plans, vandaag=VANDAAG), terminal_size=(80, 24), run_before=voorbereiden)
