"""Imported meeting rows into the vergaderplanning of their schooljaar.

A row matches a meeting by its id, else by orgaan and date; a match with another time, location
or title is updated, an equal one skipped. A row whose date or time cannot be read is kept as a
meeting without a date (`wanneer` and `bron` hold the source text) when its schooljaar is known,
so a person can finish it; an unknown orgaan is created only with --nieuwe-organen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from swvplanner.core.bewerken.hulp import sj_kort, volgend_id, vrij_id
from swvplanner.core.invoer.agenda import agendapunten
from swvplanner.core.invoer.plaatsen import NietPlaatsbaar, Plaatsing, zet_velden
from swvplanner.core.invoer.rijen import Invoerrij, Onleesbaar, gelijk, lees_datum, lees_tijd, slug
from swvplanner.core.melding import citaat
from swvplanner.core.model.vergaderingen import VERGADERSTATUSSEN
from swvplanner.core.nl_datum import Tijdvak, formatteer_dagen, formatteer_datum
from swvplanner.core.plannen import KWALITEITSKALENDER, ORGANISATIE
from swvplanner.core.schooljaar import Schooljaar

_STATUS = {
    **{s: s for s in VERGADERSTATUSSEN},
    "reservedatum": "reserve",
    "afgelast": "geannuleerd",
    "vervallen": "geannuleerd",
    "gaat niet door": "geannuleerd",
    "verschoven": "verplaatst",
    "": "gepland",
}


@dataclass
class _Gelezen:
    ir: Invoerrij
    datum: date | None
    tijd: Tijdvak | None
    probleem: str | None
    einddatum: date | None = None
    """The last day of a meeting of several days ('2-3 oktober 2025')."""


def _lees(ir: Invoerrij, jaarloos: Schooljaar | None, beperkt: Schooljaar | None) -> _Gelezen:
    try:
        d, eind, tijd_bij_datum = lees_datum(ir.cellen["datum"], jaarloos)
        tijd = lees_tijd(ir.cellen.get("tijd"), ir.cellen.get("eindtijd")) or tijd_bij_datum
    except Onleesbaar as fout:
        return _Gelezen(ir, None, None, str(fout))
    buiten = next((x for x in (d, eind) if x is not None and not Schooljaar.van_datum(d).bevat(x)), None)
    if beperkt is not None and not beperkt.bevat(d):
        buiten = d
    if buiten is not None:
        plek = ir.cellen["datum"].plek
        return _Gelezen(
            ir,
            None,
            None,
            f"{plek}: {formatteer_datum(buiten)} valt buiten schooljaar {beperkt or Schooljaar.van_datum(d)}",
        )
    return _Gelezen(ir, d, tijd, None, eind)


def _orgaan(pl: Plaatsing, tekst: str, ir: Invoerrij) -> str:
    """The orgaan's id: its id, short name or name (case and spacing aside), or one short name that
    occurs as a word in the text ('OPR vergadering'); new with --nieuwe-organen; else NietPlaatsbaar."""
    organen: list[dict[str, Any]] = pl.plain(ORGANISATIE).setdefault("overlegorganen", [])
    if not tekst:
        raise NietPlaatsbaar("het orgaan ontbreekt (geen kolom Orgaan of Overleg, of een lege cel)")
    for o in organen:
        if any(gelijk(tekst, o.get(k)) for k in ("id", "kort", "naam")):
            return o["id"]
    woorden = {w.casefold() for w in re.findall(r"[\w-]+", tekst)}
    kandidaten = [o for o in organen if str(o.get("kort", "")).casefold() in woorden]
    if len(kandidaten) == 1:
        return kandidaten[0]["id"]
    if len(kandidaten) > 1:
        namen = ", ".join(o["kort"] for o in kandidaten)
        raise NietPlaatsbaar(f"{citaat(tekst)} past bij meer dan één orgaan ({namen}); schrijf het orgaan in de cel")
    if not pl.nieuwe_organen:
        raise NietPlaatsbaar(
            f"onbekend orgaan {citaat(tekst)}; zet het in swv.yaml (of gebruik --nieuwe-organen) en importeer opnieuw"
        )
    nieuw_id = vrij_id(slug(tekst, "orgaan"), {o["id"] for o in organen})
    pl.wijzig(ORGANISATIE)
    organen.append({"id": nieuw_id, "naam": tekst, "kort": tekst, "soort": "overig"})
    pl.nieuw_item(ORGANISATIE, nieuw_id, ir)
    return nieuw_id


def _tabel_schooljaar(gelezen: list[_Gelezen], vast: Schooljaar | None) -> Schooljaar | None:
    """The schooljaar of rows without a readable date: the given one, else the one all dated rows are in."""
    if vast is not None:
        return vast
    jaren = {Schooljaar.van_datum(g.datum) for g in gelezen if g.datum is not None}
    return jaren.pop() if len(jaren) == 1 else None


def plaats_vergaderingen(pl: Plaatsing, rijen: list[Invoerrij]) -> None:
    if not rijen:
        return
    kop = rijen[0].kop
    jaarloos = pl.schooljaar or kop.schooljaar
    gelezen = [_lees(ir, jaarloos, pl.schooljaar) for ir in rijen]
    tabeljaar = _tabel_schooljaar(gelezen, jaarloos)
    for g in gelezen:
        try:
            _plaats(pl, g, tabeljaar)
        except NietPlaatsbaar as fout:
            pl.meld(g.ir, "niet geplaatst", f"{fout}; niets overgenomen")


def _plaats(pl: Plaatsing, g: _Gelezen, tabeljaar: Schooljaar | None) -> None:
    ir = g.ir
    orgaan = _orgaan(pl, ir.tekst("orgaan") or ir.groep or ir.tabel.titel, ir)
    sj = Schooljaar.van_datum(g.datum) if g.datum is not None else tabeljaar
    if sj is None:
        raise NietPlaatsbaar(f"{g.probleem}; het schooljaar is onbekend (geef --schooljaar)")
    document = pl.vind_document("vergaderingen", sj)
    lijst: list[dict[str, Any]] = pl.plain(document).setdefault("vergaderingen", [])
    o = next(x for x in pl.plain(ORGANISATIE)["overlegorganen"] if x["id"] == orgaan)
    status_tekst = " ".join(ir.tekst("status").casefold().split())
    status = _STATUS.get(status_tekst)
    kk = pl.data.get(KWALITEITSKALENDER) or (
        pl.documenten[KWALITEITSKALENDER].plain() if KWALITEITSKALENDER in pl.documenten else None
    )
    agenda = agendapunten(ir.tekst("onderwerp"), kk, orgaan)
    velden: dict[str, Any] = {
        "titel": None if agenda else ir.tekst("onderwerp") or None,
        "tijd": None if g.tijd is None or str(g.tijd) == o.get("tijd") else str(g.tijd),
        "locatie": None
        if not ir.tekst("locatie") or gelijk(ir.tekst("locatie"), o.get("locatie"))
        else ir.tekst("locatie"),
        "status": None if status == "gepland" else status,
        "notitie": ir.tekst("opmerking") or None,
    }
    if g.probleem is None and g.tijd is None:
        velden.pop("tijd")  # no time in the row: the meeting keeps its own (or its orgaan's)
    if not status_tekst or status is None:
        velden.pop("status")  # no (known) status in the row: the meeting keeps its own
    for sleutel in ("titel", "locatie", "notitie"):
        if velden[sleutel] is None:
            velden.pop(sleutel)
    if g.probleem is not None:
        _bewaar_zonder_datum(pl, g, document, lijst, orgaan, velden)
        return
    if g.einddatum is not None:  # a row with one date leaves a meeting's einddatum as it is
        velden = {"einddatum": g.einddatum.isoformat(), **velden}
    eigen_id = ir.tekst("id")
    bestaand = next((v for v in lijst if eigen_id and v["id"] == eigen_id), None) or next(
        (v for v in lijst if v["orgaan"] == orgaan and v.get("datum") == g.datum.isoformat()), None
    )
    verplaatst = next(
        (v for v in lijst if v["orgaan"] == orgaan and str(v.get("verplaatst-van")) == g.datum.isoformat()), None
    )
    if bestaand is None and verplaatst is not None:  # moved in the app since: that is the same meeting
        naar = formatteer_datum(date.fromisoformat(str(verplaatst["datum"])))
        pl.meld(ir, "overgeslagen", f"staat er al, verplaatst naar {naar}", verplaatst["id"], document)
        return
    extra = (
        f" (status {citaat(ir.tekst('status'))} onbekend: niet overgenomen)" if status is None and status_tekst else ""
    )
    if bestaand is not None:
        if agenda:  # points not on its agenda yet are added; the ones there (and added by hand) stay
            er = bestaand.get("agenda", [])
            velden["agenda"] = er + [p for p in agenda if p not in er]
        anders = zet_velden(bestaand, velden) if bestaand.get("datum") == g.datum.isoformat() else ["datum"]
        if not anders:
            pl.meld(ir, "overgeslagen", f"staat er al{extra}", bestaand["id"], document)
            return
        if "datum" in anders:  # matched by id with another date: a move is for a person to decide
            raise NietPlaatsbaar(
                f"vergadering {bestaand['id']} staat op een andere datum; verplaats die in de app als dat bedoeld is"
            )
        pl.wijzig(document)
        pl.meld(ir, "bijgewerkt", f"{', '.join(anders)} aangepast{extra}", bestaand["id"], document)
        return
    nieuw_id = eigen_id or volgend_id(f"{orgaan}-{sj_kort(sj)}", (v["id"] for v in lijst))
    item = {
        "id": nieuw_id,
        "orgaan": orgaan,
        "datum": g.datum.isoformat(),
        **{k: v for k, v in velden.items() if v is not None},  # einddatum first, right after datum
    }
    if agenda:
        item["agenda"] = agenda
    pl.wijzig(document)
    _voeg_in(lijst, item)
    pl.nieuw_item(document, nieuw_id, ir)
    pl.meld(ir, "toegevoegd", f"{o['kort']} {formatteer_dagen(g.datum, g.einddatum)}{extra}", nieuw_id, document)


def _bewaar_zonder_datum(
    pl: Plaatsing, g: _Gelezen, document: str, lijst: list[dict[str, Any]], orgaan: str, velden: dict[str, Any]
) -> None:
    """Keep a row whose date or time cannot be read as a meeting without a date, with its source text."""
    ir = g.ir
    bron = ir.bron
    bestaand = next((v for v in lijst if v["orgaan"] == orgaan and v.get("bron") == bron), None)
    if bestaand is not None:
        pl.meld(
            ir, "niet geplaatst", f"{g.probleem}; staat al zonder datum als {bestaand['id']}", bestaand["id"], document
        )
        return
    sj = Schooljaar.parse(str(pl.plain(document)["schooljaar"]))
    nieuw_id = volgend_id(f"{orgaan}-{sj_kort(sj)}", (v["id"] for v in lijst))
    wanneer = ir.tekst("datum") or "datum onbekend"
    item = {"id": nieuw_id, "orgaan": orgaan, "wanneer": wanneer, "bron": bron}
    item.update({k: v for k, v in velden.items() if k in ("titel", "locatie", "notitie") and v is not None})
    pl.wijzig(document)
    _voeg_in(lijst, item)
    pl.nieuw_item(document, nieuw_id, ir)
    pl.meld(
        ir,
        "niet geplaatst",
        f"{g.probleem}; bewaard zonder datum als {nieuw_id} (wanneer en bron uit de tabel): vul de datum in",
        nieuw_id,
        document,
    )


def _voeg_in(lijst: list[dict[str, Any]], item: dict[str, Any]) -> None:
    """After the orgaan's other meetings (in date order among them), as the plan files are kept."""
    zelfde = [i for i, v in enumerate(lijst) if v["orgaan"] == item["orgaan"]]
    plek = len(lijst)
    if zelfde:
        plek = zelfde[-1] + 1
        if item.get("datum") is not None:
            for i in zelfde:
                d = lijst[i].get("datum")
                if d is not None and d > item["datum"]:
                    plek = i
                    break
    lijst.insert(plek, item)
