"""The key line at the bottom: Textual's Footer, compact, rebuilt only when its keys change."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class Voettekst(Footer):
    """Footer rebuilds all its keys whenever the screen's bindings *may* have changed (every focus
    change, every screen switch: twice per switch). Here it does so only when the keys it shows
    (key, description, enabled) are different; that saves a rebuild and a frame per switch."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._getoond: tuple[tuple[str, str, bool, str], ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        if self._bindings_ready and screen is self.screen and screen.app.app_focus:
            toetsen = tuple(
                (b.key, b.description, aan, tip)
                for _, b, aan, tip in screen.active_bindings.values()
                if b.show or b.key == self.app.COMMAND_PALETTE_BINDING
            )
            if toetsen == self._getoond:
                return
            self._getoond = toetsen
        super().bindings_changed(screen)
