"""The example in its next schooljaar: on 1 December 2026 the app opens on the drafted 2026-2027.
The Jaarplan screen shows this schooljaar's jaarplan open with the cursor on it and earlier years
closed; a year the secretary opens or closes stays so when the tree is rebuilt after an edit."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Static, Tree

from swvplanner.tui.app import maak_app
from tests.tui.scherm import klaar, schermtekst
from tests.tui.test_formulieren import KLEIN
from tests.voorbeelden import LEVEND

NU = date(2026, 12, 1)


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    """A copy of the bundled example as shipped (with its draft 2026-2027)."""
    return Path(shutil.copytree(LEVEND, tmp_path / "plans"))


def _jaren(app) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    boom = app.screen.query_one("#boom", Tree)
    return [(str(k.label), k.is_expanded) for k in boom.root.children]


async def test_het_jaarplan_opent_op_dit_schooljaar(plans: Path) -> None:
    app = maak_app(plans, vandaag=NU)
    async with app.run_test(size=KLEIN) as pilot:
        await klaar(app, pilot)
        tekst = schermtekst(app)
        assert "vandaag 1 december 2026 · schooljaren 2025-2026, 2026-2027" in tekst
        assert "3 dec 2026" in tekst and "Acties over tijd (15)" in tekst
        await pilot.press("2")
        await klaar(app, pilot)
        assert _jaren(app) == [("Jaarplan 2025-2026", False), ("Jaarplan 2026-2027", True)]
        boom = app.screen.query_one("#boom", Tree)
        assert boom.cursor_node is not None and str(boom.cursor_node.label) == "Jaarplan 2026-2027"
        detail = str(app.screen.query_one("#detail", Static).render())
        assert detail == (
            "Jaarplan 2026-2027\nconcept: nog niet vastgesteld\n18 acties\n"
            "OP: Ondersteuningsplan 2022-2026 (2022-2023 t/m 2025-2026)"
        )
        # The secretary opens last year and closes this one; an edit rebuilds the tree, the years stay.
        boom.root.children[0].expand()
        boom.root.children[1].collapse()
        await klaar(app, pilot)
        boom.focus()
        boom.move_cursor(boom.root.children[0])
        await klaar(app, pilot)
        for _ in range(3):  # down to the first actie of 2025-2026 (onderdeel, doel, actie)
            await pilot.press("down")
        await klaar(app, pilot)
        assert boom.cursor_node.data == ("actie", "jaarplan-2025-2026", "basisondersteuning-01")
        await pilot.press("s")  # one status step: an edit, the tree is built again
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == {"jaarplan-2025-2026"}
        assert _jaren(app) == [("Jaarplan 2025-2026", True), ("Jaarplan 2026-2027", False)]


async def test_het_vastgestelde_jaarplan_zegt_wanneer(plans: Path) -> None:
    app = maak_app(plans, vandaag=date(2025, 11, 1))
    async with app.run_test(size=KLEIN) as pilot:
        await klaar(app, pilot)
        await pilot.press("2")
        await klaar(app, pilot)
        assert _jaren(app) == [("Jaarplan 2025-2026", True), ("Jaarplan 2026-2027", False)]
        detail = str(app.screen.query_one("#detail", Static).render())
        assert detail == (
            "Jaarplan 2025-2026\nvastgesteld op 15 september 2025\n23 acties\n"
            "OP: Ondersteuningsplan 2022-2026 (2022-2023 t/m 2025-2026)"
        )
