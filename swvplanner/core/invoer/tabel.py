"""A table as read from a file: rows of cells, each with its place in the source."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal

Waarde = str | int | float | date | datetime | time | None
"""What a cell can hold: text, a number, or (Excel, iCalendar) a real date or time."""


@dataclass(frozen=True)
class Cel:
    waarde: Waarde
    plek: str
    """Where the cell is, as the user finds it: 'B7' (Excel), 'kolom 2' (CSV, Word)."""

    @property
    def tekst(self) -> str:
        """The cell as one line of text ('' for an empty cell)."""
        if self.waarde is None:
            return ""
        if isinstance(self.waarde, float) and self.waarde.is_integer():
            return str(int(self.waarde))
        return " ".join(str(self.waarde).split())

    @property
    def regels(self) -> list[str]:
        """The cell's lines (a Word cell's paragraphs, Alt+Enter in Excel), each as `tekst` reads it."""
        if not isinstance(self.waarde, str):
            return [self.tekst] if self.tekst else []
        return [" ".join(r.split()) for r in self.waarde.splitlines() if r.strip()]

    @property
    def leeg(self) -> bool:
        return not self.tekst


@dataclass(frozen=True)
class Rij:
    nummer: int
    """The row number in the source (Excel row, CSV line, Word table row, iCalendar event)."""
    cellen: tuple[Cel, ...]

    @property
    def leeg(self) -> bool:
        return all(c.leeg for c in self.cellen)

    def cel(self, kolom: int) -> Cel | None:
        return self.cellen[kolom] if kolom < len(self.cellen) else None


@dataclass(frozen=True)
class Tabel:
    naam: str
    """The sheet's or table's name as shown in the report: "blad 'OPR'", 'tabel 2', ''."""
    rijen: tuple[Rij, ...]
    eenheid: Literal["rij", "afspraak"] = "rij"
    """What a row is called in the report: a row of a sheet, or an appointment of a calendar."""
    titel: str = ""
    """A name that says what the rows are about when no column does (an Excel sheet named 'OPR')."""
