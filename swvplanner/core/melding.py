"""A problem found in a plan file, with its position: the shape of every error we report."""

from __future__ import annotations

from dataclasses import dataclass

Pad = tuple[str | int, ...]
"""A path into a plan file: keys and list indices, e.g. ('vergaderingen', 3, 'orgaan')."""


@dataclass(frozen=True)
class Melding:
    """One Dutch message about one place in one file. regel/kolom are 1-based, or 0 if unknown."""

    bestand: str
    regel: int
    kolom: int
    melding: str

    @property
    def plaats(self) -> str:
        """'file:line:column', or just the file when the position is unknown (0)."""
        if self.regel <= 0:
            return self.bestand
        return f"{self.bestand}:{self.regel}:{self.kolom}"

    def __str__(self) -> str:
        return f"{self.plaats}: {self.melding}"


@dataclass(frozen=True)
class Verwijzingsfout:
    """A problem found by a pure check before positions are known: which file, which path."""

    bestand: str
    pad: Pad
    melding: str
    soort: str = "onbekend"
    """'onbekend' (a reference to something that does not exist) or 'dubbel' (an id used twice)."""
