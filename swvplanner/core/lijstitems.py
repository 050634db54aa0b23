"""Items in the lists of a plain (YAML-shaped) document: how each is identified, found and named.

An item with an `id` is found by that id anywhere in the document; one without by what identifies
it (an agenda point by its kwaliteitskalender item or actie, an actiepunt by its wat, a besluitstap
by step and orgaan, a categorie by name), else by its value. A path (`Pad`) names list items by that identity, so it
stays valid when items are added or re-ordered. The three-way merge (`core/samenvoeging.py`) is
built on this; the store uses `item_op` to find the item a validation error is about.

Pure: plain values in and out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

Stap = str | int | tuple[Any, ...]
Pad = tuple[Stap, ...]
"""A path in a document: keys, and for list items their identity (`('id', 'opr-2526-01', 1)`)."""
ItemSleutel = tuple[Any, ...]
"""Which item (a Botsing is about): ('id', <id>) for an item with an id, () for the document itself."""


class Markering:
    """A value that stands for no value; shown by its name."""

    def __init__(self, naam: str) -> None:
        self.naam = naam

    def __repr__(self) -> str:
        return self.naam


AFWEZIG: Any = Markering("AFWEZIG")
"""A key or item that a value (in a merge: one version) does not have: deleted, or never there."""

_IDENTITEIT = ("id", "kwaliteitskalender", "actie", "email", "nummer", "naam", "wat")
"""Keys that identify an item without an id, tried in this order."""


def _identiteit(v: Any) -> tuple[Any, ...]:
    if isinstance(v, dict):
        for veld in _IDENTITEIT:
            if isinstance(v.get(veld), str | int) and not isinstance(v.get(veld), bool):
                return (veld, v[veld])
        if "stap" in v and ("orgaan" in v or "rol" in v):
            return ("stap", v["stap"], v.get("orgaan") or v.get("rol"))
    return ("waarde", json.dumps(v, sort_keys=True, default=str))


def sleutels(lijst: list[Any]) -> list[tuple[Any, ...]]:
    """Each item's identity, numbered when it occurs again (the last element is 1, 2, ...)."""
    gezien: dict[tuple[Any, ...], int] = {}
    uit = []
    for v in lijst:
        ident = _identiteit(v)
        gezien[ident] = gezien.get(ident, 0) + 1
        uit.append((*ident, gezien[ident]))
    return uit


def _doorloop(waarde: Any, pad: Pad = ()) -> Iterator[tuple[Pad, Any, Any]]:
    """(path of the list, identity, item) for every list item with an id, at any depth."""
    if isinstance(waarde, dict):
        for k, v in waarde.items():
            yield from _doorloop(v, (*pad, k))
    elif isinstance(waarde, list):
        for k, v in zip(sleutels(waarde), waarde, strict=True):
            if k[0] == "id":
                yield pad, k, v
            yield from _doorloop(v, (*pad, k))


def id_index(waarde: Any) -> dict[str, tuple[Pad, Any]]:
    """Where each id is (the path of its list) and its item; ids used more than once are left out."""
    uit: dict[str, tuple[Pad, Any]] = {}
    dubbel = set()
    for pad, k, v in _doorloop(waarde):
        if k[1] in uit or k[-1] > 1:
            dubbel.add(k[1])
        uit[k[1]] = (pad, v)
    return {i: w for i, w in uit.items() if i not in dubbel}


def ids_in(waarde: Any) -> set[str]:
    """The ids of the items inside a value (not of the value itself)."""
    return {k[1] for _, k, _ in _doorloop(waarde)}


def zonder(waarde: Any, ids: set[str]) -> Any:
    """The value without the items inside it that have one of these ids."""
    if isinstance(waarde, dict):
        return {k: zonder(v, ids) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [zonder(v, ids) for v in waarde if not (isinstance(v, dict) and v.get("id") in ids)]
    return waarde


def label(stap: Stap) -> str:
    if not isinstance(stap, tuple):
        return str(stap)
    if stap[0] == "waarde":
        tekst = " ".join(str(json.loads(stap[1])).split())
        tekst = tekst if len(tekst) <= 30 else tekst[:29] + "…"
    else:
        tekst = " ".join(str(s) for s in stap[1:-1])
    return tekst if stap[-1] == 1 else f"{tekst} ({stap[-1]})"


def plaatsnaam(pad: Pad) -> str:
    """Where a list is, for people: the ids of the items it is in ('basisondersteuning › …-doel')."""
    namen = [label(s) for s in pad if isinstance(s, tuple)]
    return " › ".join(namen) if namen else "bovenaan"


def onder(item: ItemSleutel, pad: Pad) -> int:
    """Where the path goes below the item: the steps after it name the field."""
    if item and item[0] == "id":
        for i, stap in enumerate(pad):
            if isinstance(stap, tuple) and stap[:2] == item:
                return i + 1
    return len(item)


def item_op(waarde: Any, loc: tuple[Any, ...]) -> ItemSleutel:
    """The item that a location with list indices (a validation error's) is in."""
    gevonden: ItemSleutel = ()
    for stap in loc:
        binnen = (
            stap in waarde
            if isinstance(waarde, dict)
            else (isinstance(waarde, list) and isinstance(stap, int) and 0 <= stap < len(waarde))
        )
        if not binnen:
            break
        waarde = waarde[stap]
        if isinstance(waarde, dict) and isinstance(waarde.get("id"), str):
            gevonden = ("id", waarde["id"])
    return gevonden
