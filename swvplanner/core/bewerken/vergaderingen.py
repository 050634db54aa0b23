"""Edits of a vergaderplanning: add, move, cancel, mark reserve, change the agenda."""

from __future__ import annotations

from datetime import date
from typing import Any

from swvplanner.core.bewerken.hulp import gevalideerd, kopie, sj_kort, volgend_id
from swvplanner.core.fouten import BewerkFout
from swvplanner.core.model.kwaliteitskalender import Kwaliteitskalender
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Aanwezig, Actiepunt, Agendapunt, Uitkomst, Vergadering, Vergaderplanning
from swvplanner.core.nl_datum import Tijdvak


def _index(vp: Vergaderplanning, vergadering_id: str) -> int:
    for i, v in enumerate(vp.vergaderingen):
        if v.id == vergadering_id:
            return i
    raise BewerkFout(f"vergadering '{vergadering_id}' bestaat niet (meer)")


def _in_schooljaar(vp: Vergaderplanning, datum: date, einddatum: date | None) -> None:
    for d in (datum, einddatum):
        if d is not None and not vp.schooljaar.bevat(d):
            raise BewerkFout(f"{d:%d-%m-%Y} valt buiten schooljaar {vp.schooljaar}")
    if einddatum is not None and einddatum <= datum:
        raise BewerkFout(f"de laatste dag {einddatum:%d-%m-%Y} ligt niet na de eerste {datum:%d-%m-%Y}")


def nieuw_vergadering_id(vp: Vergaderplanning, orgaan: str) -> str:
    return volgend_id(f"{orgaan}-{sj_kort(vp.schooljaar)}", (v.id for v in vp.vergaderingen))


def voeg_toe(
    vp: Vergaderplanning,
    org: Organisatie,
    orgaan: str,
    datum: date,
    tijd: Tijdvak | None = None,
    locatie: str | None = None,
    titel: str | None = None,
    online: bool = False,
    status: str = "gepland",
    einddatum: date | None = None,
) -> tuple[Vergaderplanning, str]:
    """Add a dated meeting after the orgaan's other meetings; returns the plan and the new id.

    Time and location equal to the orgaan's defaults are not written: the meeting follows its
    orgaan when those change (the convention of the plan files).
    """
    o = org.orgaan(orgaan)
    if o is None:
        raise BewerkFout(f"onbekend overlegorgaan '{orgaan}'")
    _in_schooljaar(vp, datum, einddatum)
    nieuw_id = nieuw_vergadering_id(vp, orgaan)
    velden: dict[str, Any] = {"id": nieuw_id, "orgaan": orgaan, "datum": datum, "einddatum": einddatum}
    if titel:
        velden["titel"] = titel
    if tijd is not None and tijd != o.tijd:
        velden["tijd"] = tijd
    if locatie and locatie != o.locatie:
        velden["locatie"] = locatie
    if online:
        velden["online"] = True
    if status != "gepland":
        velden["status"] = status
    v = Vergadering.model_validate(velden)
    nieuw = kopie(vp)
    plek = (
        max((i for i, x in enumerate(nieuw.vergaderingen) if x.orgaan == orgaan), default=len(nieuw.vergaderingen) - 1)
        + 1
    )
    nieuw.vergaderingen.insert(plek, v)
    return gevalideerd(nieuw), nieuw_id


def verplaats(
    vp: Vergaderplanning,
    org: Organisatie,
    vergadering_id: str,
    datum: date,
    tijd: Tijdvak | None = None,
    als_verplaatst: bool = True,
    einddatum: date | None = None,
) -> Vergaderplanning:
    """Give a meeting another date (and time), and for a meeting of several days its last day
    (`einddatum`; None: one day); it keeps its id, so calendars update it.

    A move (`als_verplaatst`) marks a planned meeting 'verplaatst', so members see it was moved; a
    correction of a wrong date (a typo in the year) leaves the status as it is.
    """
    i = _index(vp, vergadering_id)
    _in_schooljaar(vp, datum, einddatum)
    nieuw = kopie(vp)
    v = nieuw.vergaderingen[i]
    if v.datum is None and v.herhaling is not None:
        raise BewerkFout("een reeks verplaatst u door de herhaling aan te passen, niet door één datum")
    verschoven = v.datum is not None and v.datum != datum  # a first date for an 'ntb' meeting is no move
    if als_verplaatst and verschoven:
        if v.verplaatst_van == datum:  # moved back to where it was: planned as before
            v.verplaatst_van = None
            if v.status == "verplaatst":
                v.status = "gepland"
        elif v.verplaatst_van is None:
            v.verplaatst_van = v.datum
    v.datum, v.einddatum, v.wanneer = datum, einddatum, None
    o = org.orgaan(v.orgaan)
    if tijd is not None:
        v.tijd = None if o is not None and tijd == o.tijd else tijd
    if als_verplaatst and verschoven and v.status == "gepland" and v.verplaatst_van is not None:
        v.status = "verplaatst"
    return gevalideerd(nieuw)


def zet_status(vp: Vergaderplanning, vergadering_id: str, status: str) -> Vergaderplanning:
    """Cancel ('geannuleerd'), mark 'reserve', or restore ('gepland') a meeting."""
    i = _index(vp, vergadering_id)
    nieuw = kopie(vp)
    nieuw.vergaderingen[i].status = status  # type: ignore[assignment]
    return gevalideerd(nieuw)


def zet_agenda(
    vp: Vergaderplanning,
    vergadering_id: str,
    kk_items: list[str],
    acties: list[str],
    kk: Kwaliteitskalender | None = None,
) -> Vergaderplanning:
    """Set the agenda to these kwaliteitskalender items and acties, keeping free-text points.

    Points that stay keep their step; a newly added kwaliteitskalender item gets the step its
    besluitvorming gives this meeting's orgaan, if any.
    """
    i = _index(vp, vergadering_id)
    nieuw = kopie(vp)
    v = nieuw.vergaderingen[i]
    bestaand_kk = {p.kwaliteitskalender: p for p in v.agenda if p.kwaliteitskalender}
    bestaand_actie = {p.actie: p for p in v.agenda if p.actie}
    agenda: list[Agendapunt] = []
    for item_id in kk_items:
        if item_id in bestaand_kk:
            agenda.append(bestaand_kk[item_id])
            continue
        stap = None
        item = kk.item(item_id) if kk else None
        if item is not None:
            stap = next((s.stap for s in item.besluitvorming if s.orgaan == v.orgaan), None)
        agenda.append(Agendapunt(kwaliteitskalender=item_id, stap=stap))
    for actie_id in acties:
        agenda.append(bestaand_actie.get(actie_id) or Agendapunt(actie=actie_id))
    agenda.extend(p for p in v.agenda if p.tekst and not p.kwaliteitskalender and not p.actie)
    v.agenda = agenda
    return gevalideerd(nieuw)


def verwijder(vp: Vergaderplanning, vergadering_id: str) -> Vergaderplanning:
    i = _index(vp, vergadering_id)
    nieuw = kopie(vp)
    del nieuw.vergaderingen[i]
    return gevalideerd(nieuw)


def zet_besluiten(
    vp: Vergaderplanning,
    vergadering_id: str,
    uitkomsten: list[tuple[Uitkomst | None, str | None]],
    aanwezig: Aanwezig | None,
    actiepunten: list[Actiepunt],
) -> Vergaderplanning:
    """Record what a meeting decided: per agenda point (in order) its outcome and decision text,
    who attended, and the actiepunten. Everything else of the points stays as it was."""
    i = _index(vp, vergadering_id)
    nieuw = kopie(vp)
    v = nieuw.vergaderingen[i]
    if len(uitkomsten) != len(v.agenda):
        raise BewerkFout(
            f"de agenda van vergadering {vergadering_id} is intussen gewijzigd; open het formulier opnieuw"
        )
    v.agenda = [
        p.model_copy(update={"uitkomst": u, "besluit": b}) for p, (u, b) in zip(v.agenda, uitkomsten, strict=True)
    ]
    v.aanwezig = aanwezig
    v.actiepunten = actiepunten
    return gevalideerd(nieuw)
