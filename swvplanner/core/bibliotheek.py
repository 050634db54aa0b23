"""Taking items from the kwaliteitskalender library into an organisation's kwaliteitskalender.

Pure: the library, the organisation and its kwaliteitskalender come in as models, a new
kwaliteitskalender and a report per item come out. `services.bibliotheek` reads and writes.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field

from swvplanner.core.bewerken.hulp import gevalideerd, kopie
from swvplanner.core.fouten import BewerkFout
from swvplanner.core.model.kwaliteitskalender import (
    STAP_NL,
    Besluitstap,
    Categorie,
    Kwaliteitskalender,
    KwaliteitskalenderItem,
)
from swvplanner.core.model.organisatie import Organisatie


@dataclass(frozen=True)
class Overname:
    """One library item copied over: where it went and what of it was left out, in Dutch."""

    item: KwaliteitskalenderItem
    categorie: str
    nieuwe_categorie: bool
    weggelaten: list[str] = field(default_factory=list)


def aanwezig(kk: Kwaliteitskalender | None, bieb_id: str) -> str | None:
    """The id of the organisation's item taken from library item `bieb_id` (by `bibliotheek:`,
    or else by the same id), or None."""
    if kk is None:
        return None
    for item in kk.items():
        if item.bibliotheek == bieb_id or (item.bibliotheek is None and item.id == bieb_id):
            return item.id
    return None


def categorie_van(bieb: Kwaliteitskalender, item_id: str) -> str:
    return next(c.naam for c in bieb.categorieen if any(i.id == item_id for i in c.items))


def onbekend_id(bieb: Kwaliteitskalender, item_id: str) -> BewerkFout:
    ids = [i.id for i in bieb.items()]
    bijna = difflib.get_close_matches(item_id, ids, n=3, cutoff=0.5)
    hint = f" Bedoelt u {_of(bijna)}?" if bijna else f" De bibliotheek kent: {', '.join(ids)}."
    return BewerkFout(f"'{item_id}' staat niet in de bibliotheek.{hint}")


def _of(woorden: list[str]) -> str:
    """'a', 'a of b', 'a, b of c'."""
    return " of ".join([", ".join(woorden[:-1]), woorden[-1]] if len(woorden) > 1 else woorden)


def neem_over(
    kk: Kwaliteitskalender, bieb: Kwaliteitskalender, org: Organisatie, ids: Iterable[str]
) -> tuple[Kwaliteitskalender, list[Overname]]:
    """Copy the library items `ids` into `kk`, each into the category of the same name (added at
    the end when missing), with `bibliotheek:` set. Steps of a body or rol the organisation does not
    have are left out and named. Refuses (BewerkFout) an unknown id or one already present."""
    nieuw = kopie(kk)
    uit: list[Overname] = []
    for item_id in dict.fromkeys(ids):
        bron = bieb.item(item_id)
        if bron is None:
            raise onbekend_id(bieb, item_id)
        if (er := aanwezig(nieuw, item_id)) is not None:
            als = "" if er == item_id else f" (als '{er}')"
            raise BewerkFout(f"'{item_id}' staat al in de kwaliteitskalender{als}; er is niets toegevoegd.")
        item, weg = passend(bron, {o.id for o in org.overlegorganen}, {r.id for r in org.rollen})
        weggelaten = [w.tekst for w in weg]
        naam = categorie_van(bieb, item_id)
        categorie = next((c for c in nieuw.categorieen if c.naam == naam), None)
        if categorie is None:
            categorie = Categorie(naam=naam)
            nieuw.categorieen.append(categorie)
        categorie.items.append(item)
        uit.append(Overname(item, naam, not any(c.naam == naam for c in kk.categorieen), weggelaten))
    return gevalideerd(nieuw), uit


@dataclass(frozen=True)
class Weggelaten:
    """What of a library item refers to a body or role the organisation does not have: a step
    (`stap` set) or a rol in its `wie`."""

    item: str
    stap: str | None
    wie: str
    soort: str  # "orgaan" or "rol"

    @property
    def tekst(self) -> str:
        if self.stap is None:
            return f"rol '{self.wie}' bij wie weggelaten: die rol staat niet in swv.yaml"
        die = "dat orgaan" if self.soort == "orgaan" else "die rol"
        return f"stap {STAP_NL[self.stap]} door '{self.wie}' weggelaten: {die} staat niet in swv.yaml"  # type: ignore[index]


def passend(
    bron: KwaliteitskalenderItem, organen: set[str], rollen: set[str]
) -> tuple[KwaliteitskalenderItem, list[Weggelaten]]:
    """The library item as an organisation with these bodies and roles can have it (`bibliotheek:`
    set), and what was left out."""
    weggelaten: list[Weggelaten] = []
    stappen: list[Besluitstap] = []
    for stap in bron.besluitvorming:
        if stap.orgaan and stap.orgaan not in organen:
            weggelaten.append(Weggelaten(bron.id, stap.stap, stap.orgaan, "orgaan"))
        elif stap.rol and stap.rol not in rollen:
            weggelaten.append(Weggelaten(bron.id, stap.stap, stap.rol, "rol"))
        else:
            stappen.append(stap)
    wie = bron.wie
    if wie is not None:
        weggelaten += [Weggelaten(bron.id, None, r, "rol") for r in wie.rollen if r not in rollen]
        rest = {
            "rollen": [r for r in wie.rollen if r in rollen],
            "organen": [o for o in wie.organen if o in organen],
        }
        trekker = wie.trekker if wie.trekker in (*rest["rollen"], *rest["organen"]) else None
        wie = wie.model_copy(update={**rest, "trekker": trekker})
    item = bron.model_copy(
        update={"besluitvorming": stappen, "wie": wie, "bibliotheek": bron.bibliotheek or bron.id}, deep=True
    )
    return item, weggelaten
