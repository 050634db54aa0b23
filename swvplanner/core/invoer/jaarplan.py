"""Imported rows into the jaarplan of a schooljaar: acties under their onderdeel (and doel).

The onderdeel comes from an Ontwikkelpunt/Thema column or the heading row above; it is matched by
title or id and created when missing (its kind from the column's header). An actie matches by id
or by its 'wat' within the onderdeel. New acties get '<onderdeel>-NN' ids, as in the example plans.
"""

from __future__ import annotations

from typing import Any, get_args

from swvplanner.core.bewerken.hulp import volgend_id, vrij_id
from swvplanner.core.invoer.plaatsen import NietPlaatsbaar, Plaatsing, wie_tekst, zet_velden
from swvplanner.core.invoer.rijen import Invoerrij, gelijk, slug
from swvplanner.core.melding import citaat
from swvplanner.core.model.jaarplan import ACTIE_STATUSSEN, SoortOnderdeel

_STATUS = {
    **{s: s for s in ACTIE_STATUSSEN},
    "in uitvoering": "lopend",
    "bezig": "lopend",
    "loopt": "lopend",
    "afgerond": "gereed",
    "klaar": "gereed",
    "gerealiseerd": "gereed",
    "nog niet gestart": "gepland",
    "niet gestart": "gepland",
    "gestopt": "vervallen",
}


def _alle_onderdelen(lijst: list[dict[str, Any]]) -> list[dict[str, Any]]:
    uit = []
    for o in lijst:
        uit.append(o)
        uit.extend(_alle_onderdelen(o.get("onderdelen", [])))
    return uit


def _acties(o: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for d in o.get("doelen", []) for a in d.get("acties", [])] + list(o.get("acties", []))


def plaats_jaarplan(pl: Plaatsing, rijen: list[Invoerrij]) -> None:
    if not rijen:
        return
    sj = pl.schooljaar or rijen[0].kop.schooljaar
    for ir in rijen:
        try:
            if sj is None:
                raise NietPlaatsbaar(
                    "het schooljaar van dit jaarplan is onbekend (geef --schooljaar, of zet het in de titel erboven)"
                )
            _plaats(pl, ir, pl.vind_document("jaarplan", sj))
        except NietPlaatsbaar as fout:
            pl.meld(ir, "niet geplaatst", f"{fout}; niets overgenomen")


def _onderdeel(pl: Plaatsing, ir: Invoerrij, document: str) -> dict[str, Any]:
    titel = ir.tekst("onderdeel") or ir.groep
    if not titel:
        raise NietPlaatsbaar("het ontwikkelpunt of thema ontbreekt (geen kolom Ontwikkelpunt/Thema en geen kopregel)")
    onderdelen: list[dict[str, Any]] = pl.plain(document).setdefault("onderdelen", [])
    for o in _alle_onderdelen(onderdelen):
        if gelijk(o["titel"], titel) or o["id"] == titel or (o.get("nummer") and gelijk(str(o["nummer"]), titel)):
            return o
    kopje = ir.kop.kopjes.get("onderdeel", "").casefold()
    soort = kopje if kopje in get_args(SoortOnderdeel) else "thema"
    nieuw_id = vrij_id(slug(titel, "onderdeel"), {o["id"] for o in _alle_onderdelen(onderdelen)})
    o = {"id": nieuw_id, "soort": soort, "titel": titel}
    pl.wijzig(document)
    onderdelen.append(o)
    pl.nieuw_item(document, nieuw_id, ir)
    return o


def _velden(ir: Invoerrij) -> dict[str, Any]:
    velden: dict[str, Any] = {}
    for veld in ("resultaat", "wanneer", "opmerking"):
        if ir.tekst(veld):
            velden[veld] = ir.tekst(veld)
    middelen = {k: ir.tekst(k) for k in ("personeel", "financieel") if ir.tekst(k)}
    if middelen:
        velden["middelen"] = middelen
    return velden


def _plaats(pl: Plaatsing, ir: Invoerrij, document: str) -> None:
    wat = ir.tekst("onderwerp")
    if not wat:
        raise NietPlaatsbaar(f"{ir.cellen['onderwerp'].plek}: de kolom Wat/Actie is leeg")
    status_tekst = " ".join(ir.tekst("status").casefold().split())
    status = _STATUS.get(status_tekst)
    extra = (
        f" (status {citaat(ir.tekst('status'))} onbekend: niet overgenomen)" if status_tekst and status is None else ""
    )
    o = _onderdeel(pl, ir, document)
    eigen_id = ir.tekst("id")
    alle = [a for x in _alle_onderdelen(pl.plain(document)["onderdelen"]) for a in _acties(x)]
    bestaand = next((a for a in alle if eigen_id and a["id"] == eigen_id), None) or next(
        (a for a in _acties(o) if gelijk(a.get("wat"), wat)), None
    )
    velden = _velden(ir)
    if status is not None and status_tekst:
        velden["status"] = status
    if bestaand is not None:
        if ir.tekst("wie") and not gelijk(wie_tekst(bestaand.get("wie")), ir.tekst("wie")):
            velden["wie"] = pl.wie(bestaand, ir.tekst("wie"))
        if velden.get("status") == "gepland" and "status" not in bestaand:
            velden.pop("status")
        anders = zet_velden(bestaand, velden)
        if anders:
            pl.wijzig(document)
            pl.meld(ir, "bijgewerkt", f"{', '.join(anders)} aangepast{extra}", bestaand["id"], document)
        else:
            pl.meld(ir, "overgeslagen", f"staat er al{extra}", bestaand["id"], document)
        return
    nieuw_id = eigen_id or volgend_id(o["id"], (a["id"] for a in alle))
    actie: dict[str, Any] = {"id": nieuw_id}
    if "resultaat" in velden:
        actie["resultaat"] = velden.pop("resultaat")
    actie["wat"] = wat
    if ir.tekst("wie"):
        actie["wie"] = pl.wie({}, ir.tekst("wie"))
    actie.update(velden)
    if actie.get("status") == "gepland":
        del actie["status"]
    doel_tekst = ir.tekst("doel")
    if doel_tekst:
        doelen = o.setdefault("doelen", [])
        doel = next((d for d in doelen if gelijk(d.get("tekst"), doel_tekst)), None)
        if doel is None:
            doel = {"tekst": doel_tekst, "acties": []}
            doelen.append(doel)
        doel.setdefault("acties", []).append(actie)
    else:
        o.setdefault("acties", []).append(actie)
    pl.wijzig(document)
    pl.nieuw_item(document, nieuw_id, ir)
    pl.meld(ir, "toegevoegd", f"onder {o['titel']}{extra}", nieuw_id, document)
