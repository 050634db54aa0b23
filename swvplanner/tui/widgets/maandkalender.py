"""A month grid of meetings (maandweergave)."""

from __future__ import annotations

import calendar
from datetime import date

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from swvplanner.core.nl_datum import MAANDNAMEN, WEEKDAG_KORT
from swvplanner.tui.widgets.afkappen import Afgekapt


class Maandkalender(Static):
    DEFAULT_CSS = """
    Maandkalender { height: auto; padding: 0 1; }
    """

    def toon(
        self, jaar: int, maand: int, per_dag: dict[date, list[tuple[str, str, str]]], vandaag: date | None = None
    ) -> None:
        t = Table(
            title=f"{MAANDNAMEN[maand]} {jaar}   ([ vorige, ] volgende maand)",
            expand=True,
            show_lines=True,
            pad_edge=False,
        )
        for kop in WEEKDAG_KORT:
            t.add_column(kop, ratio=1)
        for week in calendar.Calendar().monthdatescalendar(jaar, maand):
            cellen = []
            for d in week:
                stijl = "bold reverse" if d == vandaag else ("dim" if d.month != maand else "bold")
                regels = [
                    Afgekapt(
                        kort,
                        "strike dim" if status == "geannuleerd" else ("italic" if status == "reserve" else ""),
                        minimum=1,
                    )
                    for kort, status, _id in (per_dag.get(d, []) if d.month == maand else [])
                ]
                cellen.append(Group(Text(f"{d.day}", style=stijl), *regels))
            t.add_row(*cellen)
        self.update(t)
