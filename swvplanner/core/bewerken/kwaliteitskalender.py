"""Edits of the kwaliteitskalender: add, replace (matched by id) and delete an item; add a categorie."""

from __future__ import annotations

from swvplanner.core.bewerken.hulp import gevalideerd, kopie, slug, vrij_id
from swvplanner.core.fouten import BewerkFout
from swvplanner.core.model.kwaliteitskalender import Categorie, Kwaliteitskalender, KwaliteitskalenderItem


def vervang(kk: Kwaliteitskalender, item: KwaliteitskalenderItem) -> Kwaliteitskalender:
    nieuw = kopie(kk)
    for categorie in nieuw.categorieen:
        for i, bestaand in enumerate(categorie.items):
            if bestaand.id == item.id:
                categorie.items[i] = item
                return gevalideerd(nieuw)
    raise BewerkFout(f"kwaliteitskalender-item '{item.id}' bestaat niet (meer)")


def nieuw_item_id(kk: Kwaliteitskalender, wat: str) -> str:
    """A free id from 'wat' ('Jaarverslag OPR' → 'jaarverslag-opr')."""
    return vrij_id(slug(wat), (i.id for i in kk.items()), "item")


def voeg_toe(kk: Kwaliteitskalender, categorie: int, item: KwaliteitskalenderItem) -> Kwaliteitskalender:
    """Add an item at the end of the categorie with this index."""
    if kk.item(item.id) is not None:
        raise BewerkFout(f"het id '{item.id}' wordt al gebruikt")
    if not 0 <= categorie < len(kk.categorieen):
        raise BewerkFout("kies de categorie van het nieuwe item")
    nieuw = kopie(kk)
    nieuw.categorieen[categorie].items.append(item)
    return gevalideerd(nieuw)


def verwijder(kk: Kwaliteitskalender, item_id: str) -> Kwaliteitskalender:
    nieuw = kopie(kk)
    for categorie in nieuw.categorieen:
        for i, bestaand in enumerate(categorie.items):
            if bestaand.id == item_id:
                del categorie.items[i]
                return gevalideerd(nieuw)
    raise BewerkFout(f"kwaliteitskalender-item '{item_id}' bestaat niet (meer)")


def voeg_categorie_toe(kk: Kwaliteitskalender, naam: str) -> Kwaliteitskalender:
    naam = " ".join(naam.split())
    if not naam:
        raise BewerkFout("een categorie heeft een naam nodig")
    if any(c.naam.lower() == naam.lower() for c in kk.categorieen):
        raise BewerkFout(f"er is al een categorie '{naam}'")
    nieuw = kopie(kk)
    nieuw.categorieen.append(Categorie(naam=naam))
    return gevalideerd(nieuw)
