"""The base of the seven main screens: tab row, content, status line, footer; redraw on change."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from swvplanner.tui.toetsen import NederlandseToetsen
from swvplanner.tui.widgets.navigatie import Navigatie
from swvplanner.tui.widgets.statusregel import Statusregel
from swvplanner.tui.widgets.voettekst import Voettekst

if TYPE_CHECKING:
    from swvplanner.services.bewerken import Werkset
    from swvplanner.tui.planner import Planner


class PlanScherm(NederlandseToetsen, Screen[None]):
    NAAM: ClassVar[str] = ""

    def __init__(self) -> None:
        super().__init__()
        self._getoond: tuple[int, int] | None = None
        self._bevroren = False
        self._git_getoond: tuple[int, int] | None = None
        # A new screen is styled when it mounts. Textual would also re-parse all CSS and restyle the
        # app twice on a mode's first visit, as for a screen that missed a CSS change (a third of
        # that visit's time); this screen has missed none.
        self._css_update_count = self.app._css_update_count

    @property
    def planner(self) -> Planner:
        return self.app  # type: ignore[return-value]

    @property
    def werkset(self) -> Werkset | None:
        return self.planner.werkset

    def compose(self) -> ComposeResult:
        yield Navigatie(self.NAAM)
        yield Static("Plannen laden…", id="laden", classes="melding")
        yield from self.inhoud()
        yield Statusregel()
        yield Voettekst()

    def inhoud(self) -> Iterable[Widget]:
        return ()

    def on_mount(self) -> None:
        self.ververs_als_nodig()

    def on_screen_resume(self) -> None:
        self.ververs_als_nodig()

    def post_message(self, message: Message) -> bool:
        if isinstance(message, events.ScreenResume):
            # Textual restyles every widget of a screen each time one switches back to it, and every
            # restyled table and tree then redraws all it shows: that was most of a screen switch.
            # Nothing has changed while the screen was away: a new theme or CSS is applied by
            # switch_mode itself (refresh_css when the screen missed an update), and focus or hover
            # restyle the widgets they change when they change.
            message.refresh_styles = False
        return super().post_message(message)

    def ververs_als_nodig(self) -> None:
        """Redraw when the plans changed since this screen last showed them."""
        laden = self.query_one("#laden", Static)
        ws = self.werkset
        if ws is None:
            fout = self.planner.laadfout
            laden.update(
                Content(
                    "De plannen konden niet worden geladen:\n\n"
                    + "\n".join(fout)
                    + "\n\nHerstel het bestand en druk op r om opnieuw te laden, of q om te stoppen."
                    if fout
                    else "Plannen laden…"
                )
            )
            laden.display = True
            for regel in self.query(Statusregel):
                regel.refresh()
            return
        laden.display = False
        sleutel = (id(ws), ws.versie)
        git = (id(self.planner.git), id(self.planner.vaststelling))  # replaced, never changed in place
        if sleutel != self._getoond:
            self._getoond = sleutel
            self._git_getoond = git
            self.ververs()
            if not self._bevroren:
                self._bevroren = True
                # What exists now (Textual, the plans, this screen) lives as long as the app: keep it
                # out of the cyclic garbage collector, whose full passes over it took 100-500 ms on
                # the UI thread, now and then, in the middle of a screen switch.
                self.call_after_refresh(gc.freeze)
        elif git != self._git_getoond:
            # git was read again while this screen was away (or built in the background before git
            # was read): only what shows git's state is redrawn.
            self._git_getoond = git
            self.git_bijgewerkt()
        for regel in self.query(Statusregel):
            regel.refresh()

    def ververs(self) -> None:
        """Show the current plans (override)."""

    def git_bijgewerkt(self) -> None:
        """git was read again: redraw what shows its state (override where a screen shows it)."""

    def controles_bijgewerkt(self) -> None:
        """The checker is done: redraw what shows its findings (override where a screen shows them)."""

    def key_r(self) -> None:
        if self.werkset is None and self.planner.laadfout:
            self.planner.laad()
