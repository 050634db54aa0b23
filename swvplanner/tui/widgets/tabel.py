"""A table whose columns share the width the terminal gives it, and the row key under its cursor.

Each column has a priority, a minimum and a weight. When the table is resized the widths are
worked out again (`kolombreedtes`, pure): the least important columns go when even the minimums do
not fit, the width that is left is shared by weight, and no column grows past its widest cell.
Cells are cut at a word end with '…' (`kort_af`). Cell text is plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import StyleType
from rich.text import Text
from textual import events
from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist

from swvplanner.tui.widgets.afkappen import kort_af_tekst
from swvplanner.tui.widgets.stijl import HoudtBeeldBijGelijkeStijl


@dataclass(frozen=True)
class Kolom:
    kop: str
    sleutel: str
    minimum: int = 10
    """Cells it gets before any other column grows (never more than its widest cell needs)."""
    gewicht: int = 1
    """Its share of the width left over; 0: never wider than `minimum`."""
    prioriteit: int = 1
    """1: always shown; higher numbers are left out first when the minimums do not fit."""


@dataclass(frozen=True)
class Rij:
    sleutel: str
    cellen: Sequence[str | Text]
    stijl: StyleType = ""


def kolombreedtes(kolommen: Sequence[Kolom], inhoud: Sequence[int], beschikbaar: int, opvulling: int = 1) -> list[int]:
    """The text width of each column (0: left out) in `beschikbaar` cells.

    `inhoud` is each column's widest cell (its header included); every shown column also takes
    `opvulling` cells of padding. Columns of priority 1 always stay; when even their minimums do
    not fit, the widest column that has a weight gives up a cell, until the table fits.
    """
    minimum = [min(k.minimum, w) for k, w in zip(kolommen, inhoud, strict=True)]
    getoond = list(range(len(kolommen)))

    def te_veel() -> int:
        return sum(breedte[i] + opvulling for i in getoond) - beschikbaar

    breedte = list(minimum)
    while te_veel() > 0 and (weg := [i for i in getoond if kolommen[i].prioriteit > 1]):
        getoond.remove(max(weg, key=lambda i: (kolommen[i].prioriteit, i)))
    while te_veel() > 0 and (krimpers := [i for i in getoond if kolommen[i].gewicht > 0 and breedte[i] > 1]):
        breedte[max(krimpers, key=lambda i: (breedte[i], i))] -= 1
    breedte = [breedte[i] if i in getoond else 0 for i in range(len(kolommen))]
    rest = -te_veel()
    while rest > 0:
        groeiers = [i for i in getoond if kolommen[i].gewicht > 0 and breedte[i] < inhoud[i]]
        if not groeiers:
            break
        totaal = sum(kolommen[i].gewicht for i in groeiers)
        extra = {i: min(rest * kolommen[i].gewicht // totaal, inhoud[i] - breedte[i]) for i in groeiers}
        if not any(extra.values()):  # less left than there are columns: one cell each, left first
            extra = {i: 1 for i in groeiers[:rest]}
        for i, erbij in extra.items():
            breedte[i] += erbij
            rest -= erbij
    return breedte


class Tabel(HoudtBeeldBijGelijkeStijl, DataTable[Text]):
    """A DataTable of `Kolom`s, filled with `vul`; keeps the cursor on its row across refills."""

    DEFAULT_CSS = """
    Tabel { overflow-x: hidden; }
    """
    TUSSENRUIMTE = Text(" ")
    """Before each cell: one cell between columns (DataTable's own padding would take two)."""

    def __init__(self, kolommen: Sequence[Kolom], **kwargs: object) -> None:
        kwargs.setdefault("cursor_type", "row")
        kwargs.setdefault("zebra_stripes", True)
        super().__init__(cell_padding=0, **kwargs)  # type: ignore[arg-type]
        self.kolommen = tuple(kolommen)
        self._rijen: list[Rij] = []
        self._breedtes: list[int] | None = None

    def vul(self, rijen: Iterable[Rij]) -> None:
        """Show these rows (the cursor stays on the row it was on, when that row is still there)."""
        self._rijen = [
            Rij(r.sleutel, [c if isinstance(c, Text) else Text(c.replace("\n", " ")) for c in r.cellen], r.stijl)
            for r in rijen
        ]
        self._toon(self._bereken())

    def _beschikbaar(self) -> int:
        breedte = self.scrollable_content_region.width or self.app.size.width
        if len(self._rijen) + 1 > self.scrollable_content_region.height and not self.show_vertical_scrollbar:
            breedte -= self.styles.scrollbar_size_vertical  # the scrollbar that will appear
        return breedte

    def _bereken(self) -> list[int]:
        inhoud = [
            max([cell_len(k.kop), *(r.cellen[i].cell_len for r in self._rijen)]) for i, k in enumerate(self.kolommen)
        ]
        return kolombreedtes(self.kolommen, inhoud, self._beschikbaar(), len(self.TUSSENRUIMTE))

    def _toon(self, breedtes: list[int]) -> None:
        sleutel = gekozen_sleutel(self)
        rij, scroll = self.cursor_row, self.scroll_y
        self._breedtes = breedtes
        self.clear(columns=True)
        getoond = [i for i, b in enumerate(breedtes) if b]
        for i in getoond:
            kolom = self.kolommen[i]
            self.add_column(
                self.TUSSENRUIMTE + kort_af_tekst(Text(kolom.kop), breedtes[i]),
                key=kolom.sleutel,
                width=breedtes[i] + len(self.TUSSENRUIMTE),
            )
        for r in self._rijen:
            cellen = [self.TUSSENRUIMTE + kort_af_tekst(r.cellen[i], breedtes[i]) for i in getoond]
            if r.stijl:
                for cel in cellen:
                    cel.stylize_before(r.stijl)
            self.add_row(*cellen, key=r.sleutel)
        if not self._rijen:
            return
        index = next(
            (i for i, r in enumerate(self._rijen) if r.sleutel == sleutel), min(max(rij, 0), len(self._rijen) - 1)
        )
        self.scroll_y = scroll
        self.move_cursor(row=index, scroll=sleutel is not None)

    def on_resize(self, event: events.Resize) -> None:
        breedtes = self._bereken()
        if breedtes != self._breedtes:
            self._toon(breedtes)


def gekozen_sleutel(tabel: DataTable[object]) -> str | None:
    """The key of the row under the cursor; None for an empty (or just cleared) table."""
    if tabel.row_count == 0 or tabel.cursor_row < 0:
        return None
    try:
        return str(tabel.coordinate_to_cell_key(tabel.cursor_coordinate).row_key.value)
    except CellDoesNotExist:
        return None
