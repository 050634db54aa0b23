"""Dutch public holidays and regional school holidays, from the `holidays` package.

Pure data lookups (the package computes dates; no I/O). Pitfalls handled here: subdivision names
are case-sensitive ("Noord"), names follow the system locale unless language="nl", and years
after the Regeling vaststelling schoolvakanties (2030) silently have no school holidays: callers
ask `heeft_schoolvakanties` and say so instead of passing silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays

from swvplanner.core.melding import citaat
from swvplanner.core.schooljaar import Schooljaar

_SUBDIV = {"noord": "Noord", "midden": "Midden", "zuid": "Zuid"}


@lru_cache(maxsize=64)
def _feestdagen(jaar: int) -> dict[date, str]:
    return dict(holidays.NL(years=jaar, categories=("public",), language="nl"))


@lru_cache(maxsize=64)
def _schoolvakanties(jaar: int, regio: str) -> dict[date, str]:
    return dict(holidays.NL(years=jaar, subdiv=_SUBDIV[regio], categories=("school",), language="nl"))


@dataclass(frozen=True)
class Vakantie:
    """One school holiday of a region: its name in lower case ('kerstvakantie') and its days."""

    naam: str
    van: date
    tot: date


@lru_cache(maxsize=64)
def vakanties_rond(sj: Schooljaar, regio: str) -> tuple[Vakantie, ...]:
    """The region's school holidays that touch the schooljaar (and its neighbours' edges), in
    order. The package lists single days; consecutive days with the same name are one holiday
    (a kerstvakantie runs across 1 January)."""
    dagen: dict[date, str] = {}
    for jaar in range(sj.start_jaar - 1, sj.start_jaar + 3):
        dagen.update(_schoolvakanties(jaar, regio))
    uit: list[Vakantie] = []
    for d in sorted(dagen):
        naam = dagen[d].lower()
        if uit and uit[-1].naam == naam and uit[-1].tot + timedelta(days=1) == d:
            uit[-1] = Vakantie(naam, uit[-1].van, d)
        else:
            uit.append(Vakantie(naam, d, d))
    return tuple(uit)


class Vakantiekalender:
    """Public holidays for the whole country and school holidays for one region."""

    def __init__(self, regio: str) -> None:
        if regio not in _SUBDIV:
            raise ValueError(f"onbekende schoolvakantieregio {citaat(regio)}: kies noord, midden of zuid")
        self.regio = regio

    def feestdag(self, d: date) -> str | None:
        return _feestdagen(d.year).get(d)

    def schoolvakantie(self, d: date) -> str | None:
        return _schoolvakanties(d.year, self.regio).get(d)

    def heeft_schoolvakanties(self, sj: Schooljaar) -> bool:
        """Whether the package has school holiday data for (both halves of) the schooljaar."""
        return bool(_schoolvakanties(sj.start_jaar, self.regio)) and bool(
            _schoolvakanties(sj.start_jaar + 1, self.regio)
        )

    def vakanties(self, sj: Schooljaar) -> tuple[Vakantie, ...]:
        """The school holidays around the schooljaar (see `vakanties_rond`)."""
        return vakanties_rond(sj, self.regio)

    def vrij(self, d: date) -> str | None:
        """The name of the public or school holiday on this day, if any."""
        return self.feestdag(d) or self.schoolvakantie(d)
