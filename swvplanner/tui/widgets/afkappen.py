"""Cutting text to the width it has: at a word end, marked with '…'. Pure, plus a rich renderable.

User text is always handled as plain text here (never parsed as markup), so a title with
`[bold]` or `:smile:` shows as typed.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.style import Style, StyleType
from rich.text import Text

WEGLATEN = "…"
NA_WOORD = " ,;:–—→(·"
"""Stripped before the '…': what may end the kept part but says nothing there."""


def _woordeinden(tekst: str) -> list[int]:
    """Positions where the text may be cut: before a space, after a '-' or '/'."""
    return [i for i, teken in enumerate(tekst) if teken == " "] + [
        i + 1 for i, teken in enumerate(tekst[:-1]) if teken in "-/"
    ]


def kort_af(tekst: str, breedte: int) -> str:
    """The text in at most `breedte` terminal cells. Too long: the words that fit, then '…'.

    The cut falls at a word end (before a space, or after a hyphen or slash). Only when not even the
    first word fits ('Remuneratiecommissie' in 10 cells) is that word cut, still marked with '…'.
    Newlines count as spaces.
    """
    tekst = " ".join(tekst.split("\n"))
    if cell_len(tekst) <= breedte:
        return tekst
    if breedte <= 1:
        return WEGLATEN[: max(breedte, 0)]
    ruimte = breedte - 1
    passend = [i for i in _woordeinden(tekst) if cell_len(tekst[:i]) <= ruimte]
    kort = tekst[: max(passend)].rstrip(NA_WOORD) if passend else ""
    if not kort:
        kort = tekst[:ruimte]
        while cell_len(kort) > ruimte:  # wide characters take two cells
            kort = kort[:-1]
        kort = kort.rstrip(NA_WOORD)
    return kort + WEGLATEN


def kort_af_tekst(tekst: Text, breedte: int) -> Text:
    """`kort_af` for a styled Text: the part that stays keeps its styles."""
    tekst = tekst.copy()
    tekst.plain = tekst.plain.replace("\n", " ")
    tekst.end = ""
    kort = kort_af(tekst.plain, breedte)
    if kort == tekst.plain:
        return tekst
    if breedte <= 1:
        return Text(kort, style=tekst.style, end="")
    uit = tekst[: len(kort) - len(WEGLATEN)]
    uit.append(WEGLATEN)
    return uit


class Afgekapt:
    """One line of plain text for a rich Table cell, cut by `kort_af` to the column's width.

    Rich measures it as at most its full length and at least `minimum` cells, so a table gives
    such columns what is left and the text ends at a word rather than mid-word.
    """

    def __init__(self, tekst: str, stijl: StyleType = "", minimum: int = 10) -> None:
        self.tekst = " ".join(tekst.split("\n"))
        self.stijl = stijl
        self.minimum = minimum

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        lengte = cell_len(self.tekst)
        return Measurement(min(self.minimum, lengte), lengte).clamp(max_width=options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        stijl = console.get_style(self.stijl) if isinstance(self.stijl, str) else self.stijl
        yield Text(kort_af(self.tekst, options.max_width), style=stijl or Style(), no_wrap=True)
