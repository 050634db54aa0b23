"""The history of one item through git (`swvplanner history`): from two versions of its YAML block
to the Dutch sentences of what changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from swvplanner.core.fouten import PlanFout
from swvplanner.core.model.jaarplan import Actie, Doel, Onderdeel
from swvplanner.core.model.kwaliteitskalender import KwaliteitskalenderItem
from swvplanner.core.model.organisatie import Organisatie, Overlegorgaan, Rol
from swvplanner.core.model.vergaderingen import Vergadering
from swvplanner.core.plannen import JAARPLAN, KWALITEITSKALENDER, ORGANISATIE, VERGADERINGEN, document_soort
from swvplanner.core.verschil import Wijziging, veldwijzigingen, waarde
from swvplanner.core.verschil import documenten as vd
from swvplanner.core.verschil.vergaderingen import vergadering as verschil_vergadering
from swvplanner.services.vertrouwen import keten
from swvplanner.store.historie import blok_als_data
from swvplanner.store.planmap import document_voor
from swvplanner.store.versies import versies

_MODELLEN: dict[str, tuple[type[BaseModel], ...]] = {
    JAARPLAN: (Actie, Onderdeel, Doel),
    VERGADERINGEN: (Vergadering,),
    KWALITEITSKALENDER: (KwaliteitskalenderItem,),
    ORGANISATIE: (Overlegorgaan, Rol),
}


def _model(document: str, data: dict[str, Any] | None) -> BaseModel | None:
    if data is None:
        return None
    for model in _MODELLEN.get(document_soort(document), ()):
        try:
            return model.model_validate(data)
        except ValidationError:
            continue
    return None


def blok_wijzigingen(
    document: str,
    item_id: str,
    oud: str | None,
    nieuw: str | None,
    org: Callable[[], Organisatie | None],
    gelezen: dict[str, dict[str, Any] | None] | None = None,
) -> list[Wijziging]:
    """The changes between two versions of the block (None: the item does not exist there).

    `org` gives the organisation (for the short names of overlegorganen); it is asked only for
    meetings, so the history of an actie never reads the organisation file."""
    gelezen = gelezen or {}
    data_a = (gelezen[oud] if oud in gelezen else blok_als_data(oud)) if oud is not None else None
    data_b = (gelezen[nieuw] if nieuw in gelezen else blok_als_data(nieuw)) if nieuw is not None else None
    a, b = _model(document, data_a), _model(document, data_b)
    if (oud is None or a is not None) and (nieuw is None or b is not None):
        model = type(a if a is not None else b)
        if model is Actie:
            return vd.actie(document, a, b)
        if model is Vergadering:
            return verschil_vergadering(document, a, b, org())  # type: ignore[arg-type]
        if model is KwaliteitskalenderItem:
            return vd.kwaliteitskalender_item(document, a, b)
    # Other kinds of items, or a version that does not validate: report the fields as text.
    if oud is None:
        return [Wijziging(document, "toegevoegd", "item", item_id, f"'{item_id}' toegevoegd")]
    if nieuw is None:
        return [Wijziging(document, "verwijderd", "item", item_id, f"'{item_id}' verwijderd")]
    pa = a.plain() if a is not None else (data_a or {})  # type: ignore[attr-defined]
    pb = b.plain() if b is not None else (data_b or {})  # type: ignore[attr-defined]
    velden = veldwijzigingen(pa, pb)
    if not velden and oud != nieuw and (data_a is None or data_b is None):
        return [Wijziging(document, "gewijzigd", "item", item_id, f"'{item_id}': de tekst is gewijzigd")]
    return [
        Wijziging(document, "gewijzigd", "item", item_id, f"'{item_id}': {k} {waarde(x)} → {waarde(y)}", k, x, y)
        for k, x, y in velden
    ]


@dataclass
class HistorieRegel:
    commit: str
    datum: str
    auteur: str
    onderwerp: str
    wijzigingen: list[Wijziging]
    vastgesteld_in: list[str] = field(default_factory=list)
    tijdstip: str = ""

    def als_dict(self) -> dict[str, Any]:
        return {
            "commit": self.commit,
            "datum": self.datum,
            "auteur": self.auteur,
            "onderwerp": self.onderwerp,
            "wijzigingen": [w.als_dict() for w in self.wijzigingen],
            "vastgesteld_in": self.vastgesteld_in,
        }


def historie(map_: Path, item_id: str, vandaag: date | None = None) -> list[HistorieRegel]:
    """Every commit that changed the item (by id), oldest first, with the valid adoptions that hold it.

    Reads one `git log -p` stream per file that holds the item (see store.historie) and parses only
    the item's own block in the versions where it changed.
    """
    from swvplanner.store.historie import blokversies, lees_blokken

    uit: list[HistorieRegel] = []
    with versies(map_) as v:
        from functools import cache

        org = cache(lambda: _organisatie_of_niets(map_))
        geldig = None
        for pad in v.paden_met(item_id):
            soort = document_voor(pad.rsplit("/", 1)[-1])
            if soort is None:
                continue
            document = soort[0]
            versies_ = blokversies(str(v.root), pad, item_id)
            gelezen = lees_blokken([t for bv in versies_ for t in (bv.oud, bv.nieuw) if t is not None])
            for bv in versies_:
                wijzigingen = blok_wijzigingen(document, item_id, bv.oud, bv.nieuw, org, gelezen)
                if wijzigingen:
                    uit.append(
                        HistorieRegel(
                            bv.commit,
                            bv.tijd.date().isoformat(),
                            f"{bv.auteur} <{bv.email}>",
                            bv.onderwerp,
                            wijzigingen,
                            tijdstip=bv.tijd.isoformat(),
                        )
                    )
            geldig = geldig or keten(v, vandaag or date.today())
            tags = [t for t in geldig.geldige_tags(document) if v.bevat_item(t.commit, pad, item_id)]
            voorouders = {t.naam: v.voorouders(t.commit) for t in tags}
            for regel in uit:
                if regel.wijzigingen[0].document == document:
                    regel.vastgesteld_in = [t.naam for t in tags if regel.commit in voorouders[t.naam]]
        if len({r.wijzigingen[0].document for r in uit}) > 1:  # several files: in the order of the main line
            plek = {sha: i for i, sha in enumerate(v.git("rev-list", "--first-parent", "--reverse", "HEAD").split())}
            uit.sort(key=lambda r: plek.get(r.commit, len(plek)))
    return uit


def _organisatie_of_niets(map_: Path) -> Organisatie | None:
    from swvplanner.store.bestand import lees_bestand
    from swvplanner.store.planmap import ORGANISATIE_BESTAND

    try:
        return lees_bestand(Path(map_) / ORGANISATIE_BESTAND, Organisatie).model
    except PlanFout:
        return None
