"""The kwaliteitskalender library for the front ends: list its items, and copy chosen ones into the
organisation's kwaliteitskalender.yaml (through the Werkset, so comments and layout survive)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from swvplanner.core.bibliotheek import Overname, aanwezig, categorie_van, neem_over
from swvplanner.core.fouten import BewerkFout, PlanFout
from swvplanner.core.model.kwaliteitskalender import Kwaliteitskalender, KwaliteitskalenderItem
from swvplanner.core.plannen import KWALITEITSKALENDER
from swvplanner.core.regel_lezen import parse_regel
from swvplanner.store.bibliotheek import bibliotheek
from swvplanner.store.planmap import laad_map
from swvplanner.store.werkset import Werkset

KK_BESTAND = "kwaliteitskalender.yaml"


@dataclass(frozen=True)
class BiebRij:
    """One library item as listed, with the id of the organisation's copy if it has one."""

    id: str
    categorie: str
    wat: str
    wanneer: str
    grondslag: str
    bij_u: str | None


def lijst(map_: Path | None) -> tuple[list[BiebRij], str | None]:
    """The library's items; with a plans folder that exists, whether the organisation has each.
    Second: why the organisation could not be compared (None when it was)."""
    kk: Kwaliteitskalender | None = None
    reden = None
    if map_ is None or not map_.is_dir():
        reden = f"geen planmap {map_}: niet vergeleken met uw kwaliteitskalender"
    else:
        kk = laad_map(map_, verwijzingen=False).plannen.kwaliteitskalender
        if kk is None:
            reden = f"er is nog geen {KK_BESTAND} in {map_}"
    bieb = bibliotheek()
    rijen = [
        BiebRij(
            i.id,
            categorie_van(bieb, i.id),
            i.wat,
            i.wanneer or "",
            " ".join((i.grondslag or "").split()),
            aanwezig(kk, i.id),
        )
        for i in bieb.items()
    ]
    return rijen, reden


@dataclass
class Toevoeging:
    """What `voeg_toe` did (or, with droog, would do)."""

    bestand: Path
    overnames: list[Overname] = field(default_factory=list)
    al_aanwezig: list[tuple[str, str]] = field(default_factory=list)
    """With `alles`: (library id, the organisation's id) of the items it already had."""
    geschreven: bool = False

    @property
    def zonder_anker(self) -> list[str]:
        """The added items of a cycle of several years that still need an `anker:` for their dates."""
        uit = []
        for o in self.overnames:
            regel = parse_regel(o.item.wanneer, o.item.anker)
            if regel.herkend and regel.interval > 1 and regel.anker is None:
                uit.append(o.item.id)
        return uit


def voeg_toe(map_: Path, ids: list[str], alles: bool = False, droog: bool = False) -> Toevoeging:
    """Copy library items into the organisation's kwaliteitskalender.yaml and save it.

    An unknown id, or an id the organisation already has, stops everything (BewerkFout): nothing
    is written. With `alles`, every item not there yet is added and the ones there are listed.
    With `droog`, nothing is written.
    """
    ws = Werkset.laad(map_)
    kk = _kwaliteitskalender(ws)
    uit = Toevoeging(ws.bestand(KWALITEITSKALENDER).pad)
    bieb = bibliotheek()
    if alles:
        ids = [*ids, *(i.id for i in bieb.items() if i.id not in ids)]
        for i in list(ids):
            if bieb.item(i) is not None and (er := aanwezig(kk, i)) is not None:
                uit.al_aanwezig.append((i, er))
                ids.remove(i)
    if not ids:
        return uit
    if droog:
        uit.overnames = neem_over(kk, bieb, ws.plannen.organisatie, ids)[1]
        return uit
    uit.overnames = uit_bibliotheek(ws, ids)
    verslag = ws.bewaar()
    if meldingen := verslag.meldingen(lambda d: ws.bestand(d).naam):
        raise PlanFout(meldingen)
    uit.geschreven = True
    return uit


def niet_overgenomen(ws: Werkset) -> list[KwaliteitskalenderItem]:
    """The library items the organisation's kwaliteitskalender does not have yet (for the app)."""
    kk = ws.plannen.kwaliteitskalender
    return [i for i in bibliotheek().items() if aanwezig(kk, i.id) is None]


def uit_bibliotheek(ws: Werkset, ids: list[str]) -> list[Overname]:
    """Copy library items into the Werkset's kwaliteitskalender: one undoable edit, not saved yet.
    BewerkFout (Dutch) for an unknown id, one the organisation has, or no kwaliteitskalender."""
    kk = _kwaliteitskalender(ws)
    nieuw, overnames = neem_over(kk, bibliotheek(), ws.plannen.organisatie, ids)
    ws.pas_toe(KWALITEITSKALENDER, nieuw, f"uit de bibliotheek: {', '.join(o.item.id for o in overnames)}")
    return overnames


def _kwaliteitskalender(ws: Werkset) -> Kwaliteitskalender:
    if KWALITEITSKALENDER not in ws.modellen:
        raise BewerkFout(
            f"er is geen {KK_BESTAND} in {ws.map}; maak er een (swvplanner init maakt hem met de hele bibliotheek)"
        )
    return ws.modellen[KWALITEITSKALENDER]  # type: ignore[return-value]
