"""The tab row at the top of each main screen: click a name or press 1-7 to switch.

One line of text with a link per screen, not a Tabs widget: Tabs is a dozen widgets (and a second
line for its underline) that every screen switch restyles and redraws. Where the row with a space
around each name does not fit (80 columns), the names stand one space apart, with their keys in
the accent colour so they still read apart.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.widgets import Static

from swvplanner.tui.schermen import SCHERMEN

RUIM = sum(len(f" {s.toets} {s.kort} ") for s in SCHERMEN)
"""The width of the row with a space around each name."""


def tabrij(actief: str, breedte: int) -> Content:
    """The row for this width: each name with a space around it, or closer together when that does not fit."""
    if breedte >= RUIM:
        return Content.assemble(
            *(
                (
                    f" {s.toets} {s.kort} ",
                    "bold reverse $accent" if s.naam == actief else f"@click=app.scherm('{s.naam}')",
                )
                for s in SCHERMEN
            )
        )
    delen: list[tuple[str, str] | str] = [" "]
    for s in SCHERMEN:
        if s.naam == actief:
            delen.append((f"{s.toets} {s.kort}", "bold reverse $accent"))
        else:
            klik = f"@click=app.scherm('{s.naam}')"
            delen += [(s.toets, f"bold $accent {klik}"), (f" {s.kort}", klik)]
        delen.append(" ")
    return Content.assemble(*delen[:-1])


class Navigatie(Static):
    DEFAULT_CSS = """
    Navigatie { height: 1; background: $panel; color: $text-muted; link-style: none; }
    """

    def __init__(self, actief: str) -> None:
        self.actief = actief
        super().__init__(tabrij(actief, RUIM))

    def on_resize(self, event: events.Resize) -> None:
        self.update(tabrij(self.actief, event.size.width))
