"""Every way out of the app goes through one question (`action_stoppen` in werk/bewaren.py).

q, ctrl+q, ctrl+c (outside a text selection), the palette's "Stoppen" and Textual's own "quit"
action all ask "bewaren / niet bewaren / annuleren" when there are unsaved edits. When nobody can
answer (the terminal was closed: SIGHUP; the system stops the app: SIGTERM) the unsaved edits are
written to a recovery folder next to the plan folder (store/herstel.py) and the app stops; the
plan files themselves are not touched. The next start says where the recovery folder is.
"""

from __future__ import annotations

import signal
from typing import TYPE_CHECKING

from textual import work

if TYPE_CHECKING:
    from swvplanner.tui.planner import Planner

SIGNALEN = tuple(s for s in (getattr(signal, "SIGHUP", None), getattr(signal, "SIGTERM", None)) if s is not None)


class Stoppen:
    """Mixin for PlannerApp: Textual's ways out lead to our question; hang-ups keep the edits."""

    _signalen: tuple[int, ...] = ()
    """The signals whose handler is ours (vang_signalen), to give back when the app stops."""

    async def action_quit(self: Planner) -> None:
        """Textual's quit (its palette, its ctrl+q, `run_action('quit')`): ask first, as q does."""
        self.action_stoppen()

    def action_help_quit(self: Planner) -> None:
        """Textual binds ctrl+c to a hint in English; here ctrl+c stops (asking first)."""
        self.action_stoppen()

    # --- signals -------------------------------------------------------------------------

    def vang_signalen(self: Planner) -> None:
        """Handle SIGHUP and SIGTERM in the event loop (Textual itself does not handle them)."""
        import asyncio

        loop = asyncio.get_running_loop()
        gevangen = []
        for nummer in SIGNALEN:
            try:
                loop.add_signal_handler(nummer, self.afgebroken, nummer)
            except (NotImplementedError, RuntimeError, ValueError):  # Windows, or not the main thread
                continue
            gevangen.append(nummer)
        self._signalen = tuple(gevangen)

    def laat_signalen_los(self: Planner) -> None:
        import asyncio

        loop = asyncio.get_running_loop()
        for nummer in self._signalen:
            loop.remove_signal_handler(nummer)
        self._signalen = ()

    def afgebroken(self: Planner, nummer: int) -> None:
        """Stopped from outside: nobody can answer, so keep the unsaved edits aside, then stop."""
        from datetime import datetime

        from swvplanner.services.bewerken import herstel_bewaren

        ws = self.werkset
        if ws is not None and ws.gewijzigd:
            try:
                self.herstelmap = herstel_bewaren(ws, datetime.now())
            except OSError:
                self.herstelmap = None  # there is no terminal left to tell; nothing else can be done
        self.exit(return_code=128 + nummer)

    # --- at the start: recovery folders of an earlier session ----------------------------

    @work(thread=True, group="herstel")
    def zoek_herstel(self: Planner) -> None:
        from swvplanner.services.bewerken import gevonden_herstel

        mappen = gevonden_herstel(self.map)
        if mappen:
            ouder = f" (en {len(mappen) - 1} oudere ernaast)" if len(mappen) > 1 else ""
            self.call_from_thread(
                self.notify,
                f"Niet-bewaarde wijzigingen van een eerdere sessie (het venster werd gesloten) staan in "
                f"{mappen[-1]}{ouder}. De planbestanden zijn niet gewijzigd; lees daar LEESMIJ.txt.",
                title="Herstelbestanden gevonden",
                severity="warning",
                timeout=30,
            )
