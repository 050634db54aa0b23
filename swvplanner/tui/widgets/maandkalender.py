"""A month grid of meetings (maandweergave)."""

from __future__ import annotations

import calendar
from datetime import date

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from swvplanner.core.nl_datum import MAANDNAMEN

KOPPEN = ("ma", "di", "wo", "do", "vr", "za", "zo")


class Maandkalender(Static):
    DEFAULT_CSS = """
    Maandkalender { height: auto; padding: 0 1; }
    """

    def toon(self, jaar: int, maand: int, per_dag: dict[date, list[tuple[str, str, str]]],
             vandaag: date | None = None) -> None:
        t = Table(title=f"{MAANDNAMEN[maand]} {jaar}   ([ vorige, ] volgende maand)", expand=True,
                  show_lines=True, pad_edge=False)
        for kop in KOPPEN:
            t.add_column(kop, ratio=1, overflow="ellipsis")
        for week in calendar.Calendar().monthdatescalendar(jaar, maand):
            cellen = []
            for d in week:
                cel = Text()
                stijl = "bold reverse" if d == vandaag else ("dim" if d.month != maand else "bold")
                cel.append(f"{d.day}", style=stijl)
                if d.month == maand:
                    for kort, status, _id in per_dag.get(d, []):
                        cel.append("\n")
                        cel.append(kort, style="strike dim" if status == "geannuleerd" else
                                   ("italic" if status == "reserve" else ""))
                cellen.append(cel)
            t.add_row(*cellen)
        self.update(t)
