"""The semantic diff: what changed between two versions of the plans, one Dutch sentence each.

Items are matched by their stable id, so a moved or re-ordered item is a change, never a delete
plus an add. Pure: takes models (by document name), returns changes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from swvplanner.core.nl_datum import formatteer_datum

MAX_TEKST = 60


@dataclass(frozen=True)
class Wijziging:
    """One change. `tekst` is the Dutch sentence users read; the rest is for JSON and filters."""

    document: str
    soort: str
    """toegevoegd, verwijderd, gewijzigd, verplaatst, geannuleerd"""
    onderwerp: str
    """actie, onderdeel, vergadering, kwaliteitskalender-item, overlegorgaan, rol, goedkeurder, document"""
    id: str | None
    tekst: str
    veld: str | None = None
    oud: Any = field(default=None, compare=False)
    nieuw: Any = field(default=None, compare=False)

    def als_dict(self) -> dict[str, Any]:
        uit = asdict(self)
        uit["oud"], uit["nieuw"] = _json(self.oud), _json(self.nieuw)
        return uit


def _json(v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: _json(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_json(x) for x in v]
    if v is None or isinstance(v, str | int | float | bool):
        return v
    return str(v)


def waarde(v: Any) -> str:
    """A value in a sentence: dates in Dutch, long text shortened, lists counted."""
    if v is None or v == "" or v == []:
        return "(leeg)"
    if isinstance(v, date):
        return formatteer_datum(v)
    if isinstance(v, str):
        try:
            return formatteer_datum(date.fromisoformat(v))
        except ValueError:
            pass
        regel = " ".join(v.split())
        return f"'{regel[: MAX_TEKST - 1]}…'" if len(regel) > MAX_TEKST else f"'{regel}'"
    if isinstance(v, bool):
        return "ja" if v else "nee"
    if isinstance(v, list):
        if all(isinstance(x, str | int) for x in v):
            return ", ".join(map(str, v)) or "(leeg)"
        return f"{len(v)} {'regel' if len(v) == 1 else 'regels'}"
    if isinstance(v, dict):
        if "tekst" in v and isinstance(v["tekst"], str):
            return waarde(v["tekst"])
        return ", ".join(f"{k} {waarde(x)}" for k, x in v.items())
    return str(v)


def veldwijzigingen(
    oud: dict[str, Any], nieuw: dict[str, Any], overslaan: tuple[str, ...] = ("id",)
) -> list[tuple[str, Any, Any]]:
    """(key, old, new) for every key whose value differs, in the new order then removed keys."""
    uit = []
    for k in [*nieuw, *(k for k in oud if k not in nieuw)]:
        if k in overslaan:
            continue
        if oud.get(k) != nieuw.get(k):
            uit.append((k, oud.get(k), nieuw.get(k)))
    return uit
