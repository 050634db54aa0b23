"""Shared helpers of the edits: copy-and-validate and new stable ids."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

from pydantic import BaseModel

from swvplanner.core.schooljaar import Schooljaar

M = TypeVar("M", bound=BaseModel)


def gevalideerd(model: M) -> M:
    """Validate an edited copy as if it were read from the file (raises ValidationError)."""
    return type(model).model_validate(model.plain())  # type: ignore[attr-defined]


def kopie(model: M) -> M:
    return model.model_copy(deep=True)


def sj_kort(sj: Schooljaar) -> str:
    """'2526' for 2025-2026, as used in meeting ids (opr-2526-01)."""
    return f"{sj.start_jaar % 100:02d}{(sj.start_jaar + 1) % 100:02d}"


def volgend_id(voorvoegsel: str, bestaande: Iterable[str]) -> str:
    """The next free '<voorvoegsel>-NN' id, after the highest number already used."""
    patroon = re.compile(rf"^{re.escape(voorvoegsel)}-(\d+)$")
    bestaand = set(bestaande)
    nummers = [int(m[1]) for i in bestaand if (m := patroon.match(i))]
    n = max(nummers, default=0) + 1
    while f"{voorvoegsel}-{n:02d}" in bestaand:  # pragma: no cover - max+1 is free by construction
        n += 1
    return f"{voorvoegsel}-{n:02d}"


def slug(tekst: str, leeg: str = "") -> str:
    """An id in the house style from a name: 'Werkgroep PO/VO' → 'werkgroep-po-vo' (accents dropped,
    at most 60 characters); `leeg` for a text without letters or digits."""
    import unicodedata

    zonder_accenten = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", zonder_accenten.lower()).strip("-")[:60].rstrip("-") or leeg


def vrij_id(voorstel: str, bestaande: Iterable[str], standaard: str = "nieuw") -> str:
    """`voorstel` when it is free, else the first free '<voorstel>-2', '-3', ..."""
    basis = voorstel or standaard
    bestaand = set(bestaande)
    if basis not in bestaand:
        return basis
    n = 2
    while f"{basis}-{n}" in bestaand:
        n += 1
    return f"{basis}-{n}"
