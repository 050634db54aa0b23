"""The tab row at the top of each main screen: click or press 1-5 to switch."""

from __future__ import annotations

from textual import on
from textual.widgets import Tab, Tabs

SCHERMEN = (
    ("overzicht", "1 Overzicht"),
    ("jaarplan", "2 Jaarplan"),
    ("kwaliteitskalender", "3 Kwal.kal."),
    ("vergaderingen", "4 Vergaderen"),
    ("controles", "5 Controles"),
    ("wijzigingen", "6 Wijzigingen"),
)


class Navigatie(Tabs):
    DEFAULT_CSS = """
    Navigatie { height: 2; }
    Navigatie Tab { padding: 0 1; }
    """

    def __init__(self, actief: str) -> None:
        super().__init__(*(Tab(label, id=naam) for naam, label in SCHERMEN), active=actief)
        self.can_focus = False
        self._actief = actief

    @on(Tabs.TabActivated)
    async def _gekozen(self, event: Tabs.TabActivated) -> None:
        event.stop()
        if event.tab.id and event.tab.id != self._actief:
            self.active = self._actief  # the screen for the other tab shows its own row
            await self.app.run_action(f"scherm('{event.tab.id}')")
