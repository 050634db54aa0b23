"""The app's seven screens, once: their mode name, key, title, short tab label and class.

The app's modes and keys 1-7, the tab row, the palette's "Ga naar" commands and the help all read
this list.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scherm:
    naam: str
    """The mode, and the module under tui/screens/ that holds the screen."""
    titel: str
    kort: str
    """The name in the tab row, short enough for all seven at 80 columns (the row is exactly 80 wide)."""
    klasse: str
    uitleg: str = ""
    """What the palette says about it besides its key."""

    @property
    def toets(self) -> str:
        return str(SCHERMEN.index(self) + 1)


SCHERMEN = (
    Scherm("overzicht", "Overzicht", "Overzicht", "OverzichtScherm"),
    Scherm("jaarplan", "Jaarplan", "Jaarplan", "JaarplanScherm"),
    Scherm("kwaliteitskalender", "Kwaliteitskalender", "Kwal.kal.", "KwaliteitskalenderScherm"),
    Scherm("vergaderingen", "Vergaderingen", "Vergaderen", "VergaderingenScherm"),
    Scherm("controles", "Controles", "Controles", "ControlesScherm"),
    Scherm("wijzigingen", "Wijzigingen", "Wijzigingen", "WijzigingenScherm", "wat wacht op vaststelling"),
    Scherm("organisatie", "Organisatie", "SWV", "OrganisatieScherm", "overlegorganen, rollen en goedkeurders"),
)
NAMEN = tuple(s.naam for s in SCHERMEN)
