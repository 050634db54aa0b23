"""Euro amounts in Dutch text: "€21.500 per swv", "ca. € 7.500 p/j", "€0,09 per lln", "p.m."."""

from __future__ import annotations

import re
from decimal import Decimal

# A euro sign, then a Dutch number: thousands with '.', decimals with ','.
_BEDRAG = re.compile(r"€\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-))?(?!\d)")
_PM = re.compile(r"(?<![\w.])p\.\s?m\.?(?![\w])", re.IGNORECASE)


def bedragen(tekst: str | None) -> list[Decimal]:
    """Every euro amount in the text, in order, as Decimal (never float)."""
    if not tekst:
        return []
    uit = []
    for m in _BEDRAG.finditer(tekst):
        geheel = m[1].replace(".", "")
        centen = m[2] if m[2] and m[2] != "-" else None
        uit.append(Decimal(f"{geheel}.{centen.ljust(2, '0')}") if centen else Decimal(geheel))
    return uit


def is_pm(tekst: str | None) -> bool:
    """Whether the text says the amount is not yet known ("p.m.", pro memorie)."""
    return bool(tekst and _PM.search(tekst))
