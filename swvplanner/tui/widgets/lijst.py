"""A list of names to pick from that never breaks a word: a word longer than the list gets '…'."""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from swvplanner.tui.widgets.afkappen import kort_af


class Namenlijst(OptionList):
    """Options are (id, name) pairs of plain text (never markup); long names wrap between words."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]
        self._namen: list[tuple[str, str]] = []

    def zet(self, namen: Sequence[tuple[str, str]]) -> None:
        self._namen = list(namen)
        self.clear_options()
        self.add_options(Option(Content(self._prompt(naam)), id=ident) for ident, naam in self._namen)  # plain

    def _prompt(self, naam: str) -> str:
        ruimte = self.scrollable_content_region.width
        return " ".join(kort_af(woord, ruimte) for woord in naam.split()) if ruimte > 0 else naam

    def on_resize(self, event: events.Resize) -> None:
        self._pas_aan()

    def watch_show_vertical_scrollbar(self, _getoond: bool) -> None:
        # The scrollbar takes a column from the options without a Resize (the widget keeps its size):
        # OptionList kept each name's line count from before, so a name that now wraps lost its
        # second line (seen when the screen was built off-screen, app._voorbouwen).
        self._pas_aan()

    def _pas_aan(self) -> None:
        for ident, naam in self._namen:
            self.replace_option_prompt(ident, self._prompt(naam))
