"""Messages the workers post to the app (workers never touch widgets)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:  # only for annotations: the app starts without loading the domain modules
    from swvplanner.core.melding import Melding
    from swvplanner.services.bewerken import Bewaarverslag, Keuzes, Schijfstand, Werkset
    from swvplanner.services.check import Gevonden
    from swvplanner.services.vastleggen import GitStaat
    from swvplanner.services.vaststellen import Stand


@dataclass
class Geladen(Message):
    werkset: Werkset


@dataclass
class LadenMislukt(Message):
    meldingen: list[Melding]


@dataclass
class ControlesKlaar(Message):
    versie: int
    gevonden: list[Gevonden] | None
    fout: str | None = None
    """Set when the checker failed (a bug): the editor keeps working, the user is told."""


@dataclass
class Bewaard(Message):
    """A save finished: what was written and merged, and what still waits (conflicts, broken files)."""

    verslag: Bewaarverslag
    daarna_stoppen: bool = False
    keuzes: Keuzes = field(default_factory=dict)
    """The choices this save was made with (kept when the user is asked again)."""
    kopie: Werkset | None = None
    """The saved copy of the Werkset, to take over on the app's thread (Werkset.neem_over)."""


@dataclass
class BewarenMislukt(Message):
    meldingen: list[Melding] = field(default_factory=list)
    kopie: Werkset | None = None
    """What the save did before it failed (files written before it): taken over all the same."""


@dataclass
class GitBijgewerkt(Message):
    staat: GitStaat
    vaststelling: Stand | None = None
    """Pending changes per document that needs adoption (None outside git or on an error)."""
    vaststelling_fout: str | None = None


@dataclass
class Gemeld(Message):
    """A worker's result for the user: a Dutch text, and whether it is an error."""

    tekst: str
    fout: bool = False


@dataclass
class OpSchijfGewijzigd(Message):
    """Plan files changed on disk since they were loaded (someone else, or a git checkout)."""

    stand: Schijfstand
    versie: int


@dataclass
class ImportGelezen(Message):
    """The file to import was read and placed in a copy of the plans: the preview of what would change."""

    keuze: Any
    invoer: Any
    verslag: Any


@dataclass
class ImportMislukt(Message):
    """The file to import cannot be read (Dutch); `veld`: a problem of the path itself (shown at the field)."""

    tekst: str
    veld: bool = False
    map: Path | None = None
    """The path is a folder: the dialog shows it in its tree."""
