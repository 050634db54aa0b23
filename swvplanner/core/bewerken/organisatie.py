"""Edits of the organisation (swv.yaml): its own fields, and its overlegorganen, rollen and goedkeurders.

An orgaan or rol keeps the id it was created with: meetings, besluitvorming and agenda's refer to
it, so the edits here never change one (a new id is a new item). A goedkeurder is found by its
position in the list (it has no id; its e-mail must be unique).
"""

from __future__ import annotations

from typing import Any, Literal

from swvplanner.core.bewerken.hulp import gevalideerd, kopie
from swvplanner.core.fouten import BewerkFout
from swvplanner.core.model.organisatie import Organisatie

Lijst = Literal["overlegorganen", "rollen", "goedkeurders"]
SOORT: dict[Lijst, str] = {"overlegorganen": "overlegorgaan", "rollen": "rol", "goedkeurders": "goedkeurder"}
"""How each list's items are called in messages."""

GEGEVENS = ("naam", "kort", "regio", "domein")
"""The organisation's own fields the app edits."""


def _sleutel(lijst: Lijst, item: Any) -> str:
    return str(item.email).lower() if lijst == "goedkeurders" else str(item.id)


def _dubbel(org: Organisatie, lijst: Lijst, item: Any, behalve: int | None = None) -> None:
    sleutel = _sleutel(lijst, item)
    for i, ander in enumerate(getattr(org, lijst)):
        if i != behalve and _sleutel(lijst, ander) == sleutel:
            wat = "het e-mailadres" if lijst == "goedkeurders" else "het id"
            raise BewerkFout(f"{wat} '{sleutel}' wordt al gebruikt")


def zet_gegevens(org: Organisatie, **velden: str) -> Organisatie:
    """The organisation with other naam, kort, regio or domein."""
    nieuw = kopie(org)
    for veld, waarde in velden.items():
        if veld not in GEGEVENS:
            raise BewerkFout(f"'{veld}' is geen gegeven van de organisatie")
        setattr(nieuw, veld, waarde)
    return gevalideerd(nieuw)


def voeg_toe(org: Organisatie, lijst: Lijst, item: Any) -> Organisatie:
    """Add an orgaan, rol or goedkeurder at the end of its list."""
    _dubbel(org, lijst, item)
    nieuw = kopie(org)
    getattr(nieuw, lijst).append(item)
    return gevalideerd(nieuw)


def vervang(org: Organisatie, lijst: Lijst, index: int, item: Any) -> Organisatie:
    """Replace the item at `index` with an edited version; an orgaan or rol keeps its id."""
    oud = _op(org, lijst, index)
    if lijst != "goedkeurders" and item.id != oud.id:
        raise BewerkFout(f"het id van {SOORT[lijst]} '{oud.id}' verandert niet: de plannen verwijzen ernaar")
    _dubbel(org, lijst, item, behalve=index)
    nieuw = kopie(org)
    getattr(nieuw, lijst)[index] = item
    return gevalideerd(nieuw)


def verwijder(org: Organisatie, lijst: Lijst, index: int) -> Organisatie:
    _op(org, lijst, index)
    nieuw = kopie(org)
    del getattr(nieuw, lijst)[index]
    return gevalideerd(nieuw)


def _op(org: Organisatie, lijst: Lijst, index: int) -> Any:
    items = getattr(org, lijst)
    if not 0 <= index < len(items):
        raise BewerkFout(f"{SOORT[lijst]} {index + 1} bestaat niet (meer)")
    return items[index]
