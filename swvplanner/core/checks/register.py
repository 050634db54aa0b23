"""The rule registry, the finding type and the shared context of all rules."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Literal, get_args

from swvplanner.core.melding import Pad, Verwijzingsfout
from swvplanner.core.momenten import Moment, momenten, periodemomenten
from swvplanner.core.plannen import Plannen, vergaderingen_sleutel
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.vakanties import Vakantiekalender
from swvplanner.core.verwijzingen import verwijzingsfouten

Ernst = Literal["fout", "waarschuwing", "info"]
ERNSTEN: tuple[Ernst, ...] = get_args(Ernst)
"""The severities, worst first."""


@dataclass(frozen=True)
class Bevinding:
    """A finding: which rule, how bad, where (document name + path), what, and how to fix it."""

    code: str
    ernst: Ernst
    document: str
    pad: Pad
    melding: str
    hint: str


@dataclass(frozen=True)
class Controle:
    code: str
    ernst: Ernst
    titel: str
    uitleg: str
    functie: Callable[[Context], Iterator[Bevinding]]


REGISTER: list[Controle] = []


def controle(code: str, ernst: Ernst, titel: str, uitleg: str):  # type: ignore[no-untyped-def]
    """Register a rule. The function yields findings; `maak` builds them with code and severity."""

    def omhul(functie: Callable[[Context], Iterator[Bevinding]]) -> Callable[[Context], Iterator[Bevinding]]:
        if any(c.code == code for c in REGISTER):
            raise ValueError(f"dubbele controlecode {code}")
        REGISTER.append(Controle(code, ernst, titel, uitleg, functie))
        REGISTER.sort(key=lambda c: c.code)
        return functie

    return omhul


def maak(code: str, document: str, pad: Pad, melding: str, hint: str, ernst: Ernst | None = None) -> Bevinding:
    """A finding of a registered rule (its severity unless overridden)."""
    standaard = next(c.ernst for c in REGISTER if c.code == code)
    return Bevinding(code, ernst or standaard, document, pad, melding, hint)


@dataclass
class Context:
    """What the rules look at; derived views are computed once."""

    plannen: Plannen
    vandaag: date
    _cache: dict[str, object] = field(default_factory=dict)

    @cached_property
    def kalender(self) -> Vakantiekalender:
        return Vakantiekalender(self.plannen.organisatie.regio)

    @cached_property
    def verwijzingsfouten(self) -> list[Verwijzingsfout]:
        """Unknown references and duplicate ids, computed once for SWV101 and SWV102."""
        return verwijzingsfouten(self.plannen)

    def momenten(self, sj: Schooljaar, actief: bool = False) -> list[Moment]:
        sleutel = f"{sj}-{actief}"
        if sleutel not in self._cache:
            vp = self.plannen.vergaderplanningen[sj]
            self._cache[sleutel] = momenten(vp, self.plannen.organisatie, self.kalender, actief=actief)
        return self._cache[sleutel]  # type: ignore[return-value]

    def periodemomenten(self, sj: Schooljaar) -> list[Moment]:
        """The meetings of the schooljaar known only by their period (see `periodemomenten`)."""
        sleutel = f"{sj}-periode"
        if sleutel not in self._cache:
            vp = self.plannen.vergaderplanningen[sj]
            self._cache[sleutel] = periodemomenten(vp, self.plannen.organisatie)
        return self._cache[sleutel]  # type: ignore[return-value]

    def vergaderdocumenten(self) -> Iterator[tuple[Schooljaar, str]]:
        for sj in sorted(self.plannen.vergaderplanningen):
            yield sj, vergaderingen_sleutel(sj)
