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


def citaat(waarde: object, lengte: int = 60) -> str:
    """User data quoted for a message: at most `lengte` characters, never a whole structure.

    A message may be shown on a public page, in JSON or in a toast: it must not carry a file's
    contents (a 5 GB expanded alias, a secret behind a symlink), only enough to find the place.
    """
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if waarde is None:
        return "een lege waarde"
    if isinstance(waarde, dict):
        return "een blok"
    if isinstance(waarde, list | tuple | set | frozenset):
        return "een lijst"
    tekst = waarde if isinstance(waarde, str) else str(waarde)[: lengte + 1]
    if not isinstance(waarde, str) and isinstance(waarde, int | float):
        return tekst[:lengte]
    if len(tekst) > lengte:
        tekst = tekst[: lengte - 1] + "…"
    return repr(tekst)
