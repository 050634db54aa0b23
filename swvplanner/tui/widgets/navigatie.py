"""The tab row at the top of each main screen: click a name or press 1-6 to switch.

One line of text with a link per screen, not a Tabs widget: Tabs is a dozen widgets (and a second
line for its underline) that every screen switch restyles and redraws.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from swvplanner.tui.schermen import SCHERMEN


class Navigatie(Static):
    DEFAULT_CSS = """
    Navigatie { height: 1; background: $panel; color: $text-muted; link-style: none; }
    """

    def __init__(self, actief: str) -> None:
        super().__init__(
            Content.assemble(
                *(
                    (
                        f" {s.toets} {s.kort} ",
                        "bold reverse $accent" if s.naam == actief else f"@click=app.scherm('{s.naam}')",
                    )
                    for s in SCHERMEN
                )
            )
        )
