"""Test helpers: the plain text on screen, and an app on a copy of the example plans."""

from __future__ import annotations

import contextlib
import io

from rich.console import Console
from textual.app import App


def schermtekst(app: App[object]) -> str:
    """What the terminal shows now, as plain text (one line per row)."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text(styles=False)


async def klaar(app: App[object], pilot: object) -> None:
    """Wait until the plans are loaded, the workers (checking, git, saving) are done and the screen
    is updated. Bounded, and without fixed sleeps: it waits on the workers themselves."""
    from textual.worker import WorkerCancelled

    for _ in range(100):
        with contextlib.suppress(WorkerCancelled):
            await app.workers.wait_for_complete()
        await pilot.pause()  # type: ignore[attr-defined]
        geladen = getattr(app, "werkset", None) is not None or getattr(app, "laadfout", None)
        bezig = getattr(app, "_controle_loopt", False) or any(w.is_running for w in app.workers)
        if geladen and not bezig:
            await pilot.pause()  # type: ignore[attr-defined]
            return
    raise AssertionError("de app werd niet klaar met laden en controleren")


async def actie_gewijzigd(app: App[object], pilot: object) -> None:
    """Load, then make one unsaved edit: the status of actie basisondersteuning-02 one step on."""
    await klaar(app, pilot)
    await pilot.press("2")  # type: ignore[attr-defined]
    await klaar(app, pilot)
    app.screen.selecteer("actie", "basisondersteuning-02")  # type: ignore[attr-defined]
    await pilot.press("s")  # type: ignore[attr-defined]
    await klaar(app, pilot)
