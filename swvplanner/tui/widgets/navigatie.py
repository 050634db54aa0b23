"""The tab row at the top of each main screen: click a name or press 1-6 to switch.

One line of text with a link per screen, not a Tabs widget: Tabs is a dozen widgets (and a second
line for its underline) that every screen switch restyles and redraws.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

SCHERMEN = (
    ("overzicht", "1 Overzicht"),
    ("jaarplan", "2 Jaarplan"),
    ("kwaliteitskalender", "3 Kwal.kal."),
    ("vergaderingen", "4 Vergaderen"),
    ("controles", "5 Controles"),
    ("wijzigingen", "6 Wijzigingen"),
)


class Navigatie(Static):
    DEFAULT_CSS = """
    Navigatie { height: 1; background: $panel; color: $text-muted; link-style: none; }
    """

    def __init__(self, actief: str) -> None:
        super().__init__(Content.assemble(*(
            (f" {label} ", "bold reverse $accent" if naam == actief else f"@click=app.scherm('{naam}')")
            for naam, label in SCHERMEN)))
