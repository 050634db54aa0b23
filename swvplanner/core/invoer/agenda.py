"""An imported meeting's onderwerp as agenda points linked to the kwaliteitskalender.

Meeting tables name what is discussed ("Begroting 2027; Jaarverslag OPR"). A part that names a
kwaliteitskalender item (by its id or its `wat`, or the start of its `wat` when only one item
starts so) becomes `{kwaliteitskalender: ID, stap: STAP}`, with the step this orgaan has in the
item's besluitvorming when it has exactly one; other parts stay text points. Only then does the
check see the besluitvorming planned. An onderwerp that names no item stays the meeting's title.
"""

from __future__ import annotations

import re
from typing import Any

_SCHEIDING = re.compile(r"\s*(?:[;\n\u2022]|,\s|\s-\s)\s*")
_JAARTAL = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-/]\s*(?:19|20)?\d{2})?\b")


def _norm(tekst: str) -> str:
    """Casefolded words only, without year numbers ('Begroting 2027' → 'begroting')."""
    return " ".join(re.findall(r"\w+", _JAARTAL.sub(" ", tekst).casefold()))


def _item(deel: str, items: list[dict[str, Any]]) -> dict[str, Any] | None:
    n = _norm(deel)
    if not n:
        return None
    for item in items:  # exact: the id ('jaarverslag-opr') or the whole wat
        if n in (_norm(item["id"].replace("-", " ")), _norm(item.get("wat", ""))):
            return item
    begint = [i for i in items if _norm(i.get("wat", "")).startswith(n + " ")]
    return begint[0] if len(begint) == 1 else None


def agendapunten(onderwerp: str, kwaliteitskalender: dict[str, Any] | None, orgaan: str) -> list[dict[str, Any]]:
    """The agenda points of an onderwerp; [] when no part names a kwaliteitskalender item."""
    items = [i for c in (kwaliteitskalender or {}).get("categorieen", []) for i in c.get("items", [])]
    delen = [d for d in _SCHEIDING.split(onderwerp.strip()) if d.strip()]
    punten: list[dict[str, Any]] = []
    gevonden = False
    for deel in delen:
        item = _item(deel, items)
        if item is None:
            punten.append({"tekst": deel.strip()})
            continue
        gevonden = True
        stappen = {s["stap"] for s in item.get("besluitvorming", []) if s.get("orgaan") == orgaan}
        punt: dict[str, Any] = {"kwaliteitskalender": item["id"]}
        if len(stappen) == 1:
            punt["stap"] = stappen.pop()
        if punt not in punten:
            punten.append(punt)
    return punten if gevonden else []
