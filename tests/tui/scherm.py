"""Test helpers: the plain text on screen, and an app on a copy of the example plans."""

from __future__ import annotations

import io

from rich.console import Console
from textual.app import App


def schermtekst(app: App[object]) -> str:
    """What the terminal shows now, as plain text (one line per row)."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True,
                      color_system="truecolor", record=True, legacy_windows=False, safe_box=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text(styles=False)


async def klaar(app: App[object], pilot: object) -> None:
    """Wait until the workers (loading, checking, git, saving) are done and the screen is updated."""
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()  # type: ignore[attr-defined]
