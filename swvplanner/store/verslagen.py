"""What a Werkset reports: a look at the disk, what it did with it, and what a save did."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from swvplanner.core.melding import Melding
from swvplanner.core.samenvoeging import Botsing
from swvplanner.store.bestand import PlanBestand


@dataclass(frozen=True)
class Onleesbaar:
    """A plan file that cannot be read on disk (bad YAML, deleted): what is wrong, and where."""

    kenmerk: str
    """The fingerprint of the unreadable bytes ('' for a missing file): a new breakage differs."""
    meldingen: tuple[Melding, ...]


@dataclass(frozen=True)
class Schijfstand:
    """What a look at the disk found (read in a worker; `Werkset.verwerk` applies it)."""

    gelezen: dict[str, PlanBestand[Any]] = field(default_factory=dict)
    """Changed on disk and readable."""
    onleesbaar: dict[str, Onleesbaar] = field(default_factory=dict)
    """Changed on disk and unreadable."""
    terug: list[str] = field(default_factory=list)
    """Were unreadable and are back to what was loaded."""


@dataclass
class Schijfverslag:
    """What `verwerk` did with a Schijfstand, for telling the user."""

    herladen: list[str] = field(default_factory=list)
    """Loaded again (nothing was edited here)."""
    samen_te_voegen: list[str] = field(default_factory=list)
    """Changed on disk while edited here: merged when saving."""
    onleesbaar: dict[str, Onleesbaar] = field(default_factory=dict)
    """Unreadable now, or unreadable in another way than before."""
    hersteld: list[str] = field(default_factory=list)
    """Readable again."""


@dataclass
class Bewaarverslag:
    """What `bewaar` did: written files, merges, and the documents it could not write."""

    geschreven: list[str] = field(default_factory=list)
    """File names written (as shown in messages)."""
    samengevoegd: list[str] = field(default_factory=list)
    """Of those, the ones merged with someone else's change."""
    botsingen: dict[str, tuple[Botsing, ...]] = field(default_factory=dict)
    """Not written: both sides changed the same field of these items; choose per item and save again."""
    onleesbaar: dict[str, Onleesbaar] = field(default_factory=dict)
    """Not written: the file on disk cannot be read."""
    mislukt: dict[str, list[Melding]] = field(default_factory=dict)
    """Not written: the result would not be valid (or the file kept changing while saving)."""
    hernoemd: dict[str, str] = field(default_factory=dict)
    """New items of mine that got another id (the other side added one with the same id)."""

    @property
    def klaar(self) -> bool:
        """Everything that was changed is written."""
        return not self.botsingen and not self.onleesbaar and not self.mislukt

    def meldingen(self, naam: Callable[[str], str] = str) -> list[Melding]:
        """Why documents were not written, one Melding each (positions where known), for a
        front end that saves without asking per item; `naam` gives a document key's file name."""
        uit = [m for ms in self.mislukt.values() for m in ms]
        uit += [m for o in self.onleesbaar.values() for m in o.meldingen]
        for d, botsingen in self.botsingen.items():
            items = ", ".join(b.naam for b in botsingen)
            uit.append(Melding(naam(d), 0, 0, f"niet bewaard: iemand anders wijzigde intussen hetzelfde ({items})"))
        return uit
