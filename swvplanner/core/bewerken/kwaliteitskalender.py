"""Edits of the kwaliteitskalender: replace an item (matched by id)."""

from __future__ import annotations

from swvplanner.core.bewerken.hulp import gevalideerd, kopie
from swvplanner.core.fouten import BewerkFout
from swvplanner.core.model.kwaliteitskalender import Kwaliteitskalender, KwaliteitskalenderItem


def vervang(kk: Kwaliteitskalender, item: KwaliteitskalenderItem) -> Kwaliteitskalender:
    nieuw = kopie(kk)
    for categorie in nieuw.categorieen:
        for i, bestaand in enumerate(categorie.items):
            if bestaand.id == item.id:
                categorie.items[i] = item
                return gevalideerd(nieuw)
    raise BewerkFout(f"kwaliteitskalender-item '{item.id}' bestaat niet (meer)")
