"""Editing use cases on a Werkset: the TUI's forms and keys call these, never the models directly.

Each function parses the user's Dutch input, makes the edit through the pure core, and records it
in the Werkset (unsaved, undoable). Errors are BewerkFout/ValueError with a Dutch message.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from swvplanner.core.bewerken import jaarplan as jp_bewerken
from swvplanner.core.bewerken import kwaliteitskalender as kk_bewerken
from swvplanner.core.bewerken import vergaderingen as vg_bewerken
from swvplanner.core.fouten import BewerkFout, FormulierFout, GeenSchooljaarbestand
from swvplanner.core.invoer.plaatsen import wie_tekst
from swvplanner.core.model.jaarplan import Actie, Jaarplan
from swvplanner.core.model.kwaliteitskalender import KwaliteitskalenderItem, opmerkingen
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Vergadering, Vergaderplanning
from swvplanner.core.nl_datum import Tijdvak, formatteer_dagen, parse_dagen, parse_datum, parse_tijd
from swvplanner.core.plannen import (
    KWALITEITSKALENDER,
    VERGADERINGEN,
    actie_document,
    vergadering_document,
    vergaderingen_sleutel,
)
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.wie import nieuwe_wie
from swvplanner.store.herstel import bewaar_herstel, gevonden_herstel
from swvplanner.store.sjablonen import nieuw_schooljaarbestand
from swvplanner.store.verslagen import Bewaarverslag, Schijfstand
from swvplanner.store.vertaling import per_veld
from swvplanner.store.werkset import Keuzes, Werkset

# The Werkset (the plans being edited, with undo), its reports and the recovery folder are the
# front ends' too: they reach them here, not in the store.
__all__ = [
    "BewerkFout",
    "Bewaarverslag",
    "FormulierFout",
    "GeenSchooljaarbestand",
    "Keuzes",
    "Schijfstand",
    "Werkset",
    "gevonden_herstel",
    "herstel_bewaren",
]


def herstel_bewaren(ws: Werkset, moment: datetime) -> Path:
    """Put the unsaved edits aside in a recovery folder next to the plans (the app is stopped from outside)."""
    return bewaar_herstel(ws.map, [(ws.bestand(d), ws.modellen[d]) for d in sorted(ws.gewijzigd)], moment)


def lees_datum(tekst: str, sj: Schooljaar | None = None) -> date:
    """A Dutch date as typed: '8 dec 2025', '13-4-2026', '2025-12-08' (year optional in a schooljaar)."""
    if not tekst.strip():
        raise BewerkFout("vul een datum in, bijvoorbeeld 8 dec 2025 of 13-4-2026")
    return parse_datum(tekst, sj.start_jaar if sj else None)


def lees_dagen(tekst: str, sj: Schooljaar | None = None) -> tuple[date, date | None]:
    """One date or a range of days as typed: '2-3 okt 2025', '2 en 3 oktober 2025' (first and last day)."""
    if not tekst.strip():
        raise BewerkFout("vul een datum in, bijvoorbeeld 8 dec 2025 of 13-4-2026")
    return parse_dagen(tekst, sj.start_jaar if sj else None)


def lees_tijd(tekst: str) -> Tijdvak | None:
    """A Dutch time range as typed ('19.30-21.30'); empty means: the orgaan's default."""
    return parse_tijd(tekst) if tekst.strip() else None


def schooljaarbestand_maken(ws: Werkset, soort: str, sj: Schooljaar, herkomst: str | None = None) -> str:
    """Add the (empty, commented) jaarplan or vergaderplanning file of a schooljaar that has none;
    it is written with the next save. `herkomst` heads it as a comment. Returns its document name."""
    kort = ws.plannen.organisatie.kort
    return ws.voeg_document_toe(nieuw_schooljaarbestand(ws.map, soort, sj, kort, herkomst))


# --- vergaderingen ---------------------------------------------------------------------------


def _vp(ws: Werkset, document: str) -> Vergaderplanning:
    return ws.modellen[document]  # type: ignore[return-value]


def vergadering(ws: Werkset, vergadering_id: str) -> Vergadering:
    v = _vp(ws, vergadering_document(ws.modellen, vergadering_id)).vergadering(vergadering_id)
    assert v is not None
    return v


def vergadering_toevoegen(
    ws: Werkset,
    orgaan: str,
    datum_tekst: str,
    tijd_tekst: str = "",
    locatie: str = "",
    titel: str = "",
    online: bool = False,
    schooljaar: Schooljaar | None = None,
) -> str:
    """Add a meeting (of one day, or of several: '2-3 okt 2025'); the schooljaar's vergaderingen file
    follows from the date. Returns its id."""
    datum, einddatum = lees_dagen(datum_tekst, schooljaar)
    sj = Schooljaar.van_datum(datum)
    document = vergaderingen_sleutel(sj)
    if document not in ws.modellen:
        raise GeenSchooljaarbestand(VERGADERINGEN, sj)
    org = ws.plannen.organisatie
    nieuw, nieuw_id = vg_bewerken.voeg_toe(
        _vp(ws, document),
        org,
        orgaan,
        datum,
        lees_tijd(tijd_tekst),
        locatie.strip() or None,
        titel.strip() or None,
        online,
        einddatum=einddatum,
    )
    o = org.orgaan(orgaan)
    ws.pas_toe(
        document,
        nieuw,
        f"vergadering {o.kort if o else orgaan} {formatteer_dagen(datum, einddatum, kort=True)} toegevoegd",
    )
    return nieuw_id


def vergadering_verplaatsen(
    ws: Werkset, vergadering_id: str, datum_tekst: str, tijd_tekst: str = "", als_verplaatst: bool = True
) -> None:
    """Give a meeting another date: a move (status 'verplaatst') or, with `als_verplaatst=False`, the
    correction of a wrong date (status unchanged; the adoption diff says 'datum gewijzigd')."""
    document = vergadering_document(ws.modellen, vergadering_id)
    vp = _vp(ws, document)
    datum, einddatum = lees_dagen(datum_tekst, vp.schooljaar)
    org = ws.plannen.organisatie
    tijd = lees_tijd(tijd_tekst)
    if tijd is None:  # an empty time: the orgaan's default again
        o = org.orgaan(vergadering(ws, vergadering_id).orgaan)
        tijd = o.tijd if o else None
    nieuw = vg_bewerken.verplaats(vp, org, vergadering_id, datum, tijd, als_verplaatst, einddatum)
    nieuwe_datum = formatteer_dagen(datum, einddatum, kort=True)
    ws.pas_toe(
        document,
        nieuw,
        f"vergadering {vergadering_id} verplaatst naar {nieuwe_datum}"
        if als_verplaatst
        else f"datum van vergadering {vergadering_id} gecorrigeerd in {nieuwe_datum}",
    )


_STATUS_TEKST = {
    "geannuleerd": "geannuleerd",
    "reserve": "reservedatum",
    "gepland": "weer gepland",
    "verplaatst": "verplaatst",
}


def vergadering_status(ws: Werkset, vergadering_id: str, status: str) -> None:
    document = vergadering_document(ws.modellen, vergadering_id)
    nieuw = vg_bewerken.zet_status(_vp(ws, document), vergadering_id, status)
    ws.pas_toe(document, nieuw, f"vergadering {vergadering_id} {_STATUS_TEKST.get(status, status)}")


def agenda_zetten(ws: Werkset, vergadering_id: str, kk_items: list[str], acties: list[str]) -> None:
    document = vergadering_document(ws.modellen, vergadering_id)
    kk = ws.plannen.kwaliteitskalender
    nieuw = vg_bewerken.zet_agenda(_vp(ws, document), vergadering_id, kk_items, acties, kk)
    ws.pas_toe(document, nieuw, f"agenda van {vergadering_id} aangepast")


def vergadering_verwijderen(ws: Werkset, vergadering_id: str) -> None:
    document = vergadering_document(ws.modellen, vergadering_id)
    ws.pas_toe(
        document, vg_bewerken.verwijder(_vp(ws, document), vergadering_id), f"vergadering {vergadering_id} verwijderd"
    )


# --- jaarplan --------------------------------------------------------------------------------


def _jp(ws: Werkset, document: str) -> Jaarplan:
    return ws.modellen[document]  # type: ignore[return-value]


def actie(ws: Werkset, actie_id: str) -> Actie:
    a = _jp(ws, actie_document(ws.modellen, actie_id)).actie(actie_id)
    assert a is not None
    return a


def geen_volgende_status(ws: Werkset, actie_id: str) -> str | None:
    """Why the one-key status step does nothing for this actie (Dutch), or None when it can step."""
    huidig = actie(ws, actie_id).status
    if jp_bewerken.volgende_status(huidig) is not None:
        return None
    if huidig == "gereed":
        return f"Actie {actie_id} is al gereed."
    return f"Actie {actie_id} staat op {huidig}; de stap verder gaat alleen van gepland via lopend naar gereed."


def actie_status_volgende(ws: Werkset, actie_id: str) -> str:
    """Move the actie's status one step along gepland → lopend → gereed; returns the new status.

    Refuses at gereed and off that path (uitgesteld, vervallen): those are chosen, not stepped to.
    """
    volgende = jp_bewerken.volgende_status(actie(ws, actie_id).status)
    if volgende is None:
        raise BewerkFout(geen_volgende_status(ws, actie_id) or "")
    return actie_status(ws, actie_id, volgende)


def actie_status(ws: Werkset, actie_id: str, status: str) -> str:
    document = actie_document(ws.modellen, actie_id)
    ws.pas_toe(
        document, jp_bewerken.zet_status(_jp(ws, document), actie_id, status), f"status van actie {actie_id} → {status}"
    )
    return status


def actie_voortgang(ws: Werkset, actie_id: str, tekst: str, vandaag: date) -> None:
    document = actie_document(ws.modellen, actie_id)
    ws.pas_toe(
        document,
        jp_bewerken.voeg_voortgang_toe(_jp(ws, document), actie_id, vandaag, tekst),
        f"voortgang bij actie {actie_id}",
    )


def actie_verwijderen(ws: Werkset, actie_id: str) -> None:
    document = actie_document(ws.modellen, actie_id)
    ws.pas_toe(document, jp_bewerken.verwijder(_jp(ws, document), actie_id), f"actie {actie_id} verwijderd")


ACTIE_VELDEN = ("resultaat", "wat", "actiepunten", "wie", "wanneer", "status", "indicator", "opmerking")
MIDDELEN_VELDEN = ("personeel", "financieel")
ACTIE_VERPLICHT = {"wat": "verplicht: beschrijf wat er gebeurt"}
"""Form fields an actie cannot do without. The model allows an actie without 'wat' (older plans
may have one), but a new or edited actie needs one: the tree, the calendars and the diff name it so."""
ACTIE_AANBEVOLEN = {"wie": "SWV401", "wanneer": "SWV402"}
"""Form fields that may stay empty, with the check that warns about them then."""


def _verplicht(velden: dict[str, str], verplicht: dict[str, str]) -> dict[str, str]:
    return {veld: tekst for veld, tekst in verplicht.items() if not velden.get(veld, "").strip()}


def actie_waarschuwingen(velden: dict[str, str]) -> dict[str, str]:
    """Warnings at the empty fields the checker warns about (the actie is accepted anyway)."""
    from swvplanner.core.checks import REGISTER

    titels = {c.code: c.titel for c in REGISTER}
    return {
        veld: f"leeg: de controle waarschuwt ({code} {titels[code]})"
        for veld, code in ACTIE_AANBEVOLEN.items()
        if not velden.get(veld, "").strip()
    }


def wie_uit_formulier(tekst: str, oud: Any, org: Organisatie | None) -> Any:
    """The `wie` of a form (text as typed, old YAML value): an unchanged text keeps its rollen,
    organen and trekker; a changed one is read for them (lees_wie: "X i.s.m. Y" gives a trekker),
    and keeps the old ones when it names no rol or orgaan of swv.yaml."""
    return nieuwe_wie(tekst, oud, org if tekst != wie_tekst(oud) else None)


def actie_uit_formulier(
    basis: Actie | None, actie_id: str, velden: dict[str, str], org: Organisatie | None = None
) -> Actie:
    """Build an actie from form text, keeping what the form does not show (voortgang, kpi, refs).

    Raises FormulierFout with Dutch messages per field.
    """
    data: dict[str, Any] = basis.plain() if basis is not None else {}
    data["id"] = actie_id
    for veld in ACTIE_VELDEN:
        waarde = velden.get(veld, "").strip()
        if veld == "wie" and waarde:
            data["wie"] = wie_uit_formulier(waarde, data.get("wie"), org)
        elif waarde:
            data[veld] = waarde
        else:
            data.pop(veld, None)
    middelen = dict(data.get("middelen") or {})
    for veld in MIDDELEN_VELDEN:
        waarde = velden.get(veld, "").strip()
        if waarde:
            middelen[veld] = waarde
        else:
            middelen.pop(veld, None)
    if middelen:
        data["middelen"] = middelen
    else:
        data.pop("middelen", None)
    return _gevalideerd(Actie, data, _verplicht(velden, ACTIE_VERPLICHT))


M = TypeVar("M", bound=BaseModel)


def _gevalideerd(model: type[M], data: dict[str, Any], leeg: dict[str, str]) -> M:
    """The model from form data; FormulierFout with the messages of every invalid or empty required field."""
    try:
        uitkomst = model.model_validate(data)
    except ValidationError as fout:
        raise FormulierFout({**per_veld(fout, model), **leeg}, set(leeg)) from None
    if leeg:
        raise FormulierFout(leeg, set(leeg))
    return uitkomst


def actie_opslaan(ws: Werkset, document: str, actie_: Actie, onderdeel_id: str | None = None) -> None:
    """Replace an existing actie, or add a new one to the onderdeel."""
    plan = _jp(ws, document)
    if plan.actie(actie_.id) is not None:
        ws.pas_toe(document, jp_bewerken.vervang(plan, actie_), f"actie {actie_.id} bewerkt")
    else:
        if onderdeel_id is None:
            raise BewerkFout("kies het onderdeel waar de nieuwe actie onder valt")
        ws.pas_toe(document, jp_bewerken.voeg_toe(plan, onderdeel_id, actie_), f"actie {actie_.id} toegevoegd")


# --- kwaliteitskalender ----------------------------------------------------------------------

KK_VELDEN = ("wat", "wanneer", "wie", "opmerking", "voorbereiding", "grondslag")
KK_VERPLICHT = {"wat": "verplicht: noem het document, gesprek of onderzoek"}


def opmerking_in_formulier(opmerking: str | list[str] | None) -> str:
    """An item's remarks as the form shows them: one per paragraph, an empty line between them."""
    return "\n\n".join(opmerkingen(opmerking))


def _opmerking_uit_formulier(tekst: str, oud: str | list[str] | None) -> str | list[str] | None:
    """The form's remarks: kept exactly as they were when unchanged; else one per paragraph (a
    single one as plain text)."""
    if tekst.strip() == opmerking_in_formulier(oud).strip():
        return oud
    delen = [d.strip() for d in re.split(r"\n[ \t]*\n", tekst) if d.strip()]
    return delen[0] if len(delen) == 1 else (delen or None)


def kk_item_uit_formulier(
    basis: KwaliteitskalenderItem, velden: dict[str, str], org: Organisatie | None = None
) -> KwaliteitskalenderItem:
    data: dict[str, Any] = basis.plain()
    for veld in KK_VELDEN:
        waarde = velden.get(veld, "").strip()
        if veld == "opmerking":
            data["opmerking"] = _opmerking_uit_formulier(waarde, basis.opmerking)
            if data["opmerking"] is None:
                del data["opmerking"]
        elif veld == "wie" and waarde:
            data["wie"] = wie_uit_formulier(waarde, data.get("wie"), org)
        elif waarde:
            data[veld] = waarde
        else:
            data.pop(veld, None)
    anker = velden.get("anker", "").strip()
    if anker:
        data["anker"] = anker
    else:
        data.pop("anker", None)
    return _gevalideerd(KwaliteitskalenderItem, data, _verplicht(velden, KK_VERPLICHT))


def kk_item_opslaan(ws: Werkset, item: KwaliteitskalenderItem) -> None:
    kk = ws.modellen[KWALITEITSKALENDER]
    ws.pas_toe(KWALITEITSKALENDER, kk_bewerken.vervang(kk, item), f"kwaliteitskalender-item {item.id} bewerkt")  # type: ignore[arg-type]
