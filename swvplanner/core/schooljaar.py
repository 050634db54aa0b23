"""The schooljaar: 1 August up to and including 31 July."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from swvplanner.core.melding import citaat

_PATROON = re.compile(r"^\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*$")


@dataclass(frozen=True, order=True)
class Schooljaar:
    """A schooljaar named by its first calendar year (2025 means 2025-2026)."""

    start_jaar: int

    @classmethod
    def parse(cls, tekst: str) -> Schooljaar:
        """Read "2025-2026" (or "2025/26"); raise ValueError with a Dutch message otherwise."""
        m = _PATROON.match(str(tekst))
        if not m:
            raise ValueError(f"ongeldig schooljaar {citaat(tekst)}: schrijf het als 2025-2026")
        eerste = int(m.group(1))
        tweede = int(m.group(2))
        if tweede < 100:
            tweede += eerste // 100 * 100
        if not 1900 <= eerste <= 2199:
            raise ValueError(
                f"ongeldig schooljaar {citaat(tekst)}: het jaar {eerste} is geen planningsjaar (1900-2200)"
            )
        if tweede != eerste + 1:
            raise ValueError(f"ongeldig schooljaar {citaat(tekst)}: het tweede jaar moet {eerste + 1} zijn")
        return cls(eerste)

    @classmethod
    def van_datum(cls, d: date) -> Schooljaar:
        """The schooljaar that contains the date."""
        return cls(d.year if d.month >= 8 else d.year - 1)

    @property
    def begin(self) -> date:
        return date(self.start_jaar, 8, 1)

    @property
    def einde(self) -> date:
        return date(self.start_jaar + 1, 7, 31)

    def bevat(self, d: date) -> bool:
        return self.begin <= d <= self.einde

    def volgende(self) -> Schooljaar:
        return Schooljaar(self.start_jaar + 1)

    def vorige(self) -> Schooljaar:
        return Schooljaar(self.start_jaar - 1)

    def jaar_van_maand(self, maand: int) -> int:
        """The calendar year in which the given month falls within this schooljaar."""
        return self.start_jaar if maand >= 8 else self.start_jaar + 1

    def __str__(self) -> str:
        return f"{self.start_jaar}-{self.start_jaar + 1}"
