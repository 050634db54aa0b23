"""Durations as plan files write them ('4 weken', '10 dagen', '2 maanden'): ONE parser, used by the
export (the voorbereiding events) and by `check` (SWV106), so they can never disagree."""

from __future__ import annotations

import re
from datetime import timedelta

from swvplanner.core.fouten import DuurFout

_DUUR = re.compile(r"\s*(\d+)\s*(dag|dagen|week|weken|maand|maanden)\s*")
_DAGEN = {"dag": 1, "dagen": 1, "week": 7, "weken": 7, "maand": 30, "maanden": 30}  # a month counts as 30 days
VOORBEELD = "schrijf een getal en dagen, weken of maanden, bijvoorbeeld '4 weken' of '10 dagen'"


def lees_duur(tekst: str | None) -> timedelta | None:
    """The duration of `tekst` (None for no text); raises DuurFout when it cannot be read."""
    if not tekst or not tekst.strip():
        return None
    m = _DUUR.fullmatch(tekst.lower())
    if not m:
        raise DuurFout(f"'{tekst}' is geen duur")
    return timedelta(days=int(m[1]) * _DAGEN[m[2]])
