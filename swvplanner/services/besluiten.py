"""The besluitenlijst and actielijst of the meetings: `swvplanner besluiten`, and recording them from the app."""

from __future__ import annotations

import difflib
from pathlib import Path

from swvplanner.core.besluitenlijst import Verslag, besluitenlijst
from swvplanner.core.bewerken import vergaderingen as vg_bewerken
from swvplanner.core.fouten import BewerkFout, Fout
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import (
    ACTIEPUNTSTATUSSEN,
    UITKOMSTEN,
    Aanwezig,
    Actiepunt,
    Uitkomst,
    Vergaderplanning,
)
from swvplanner.core.nl_datum import formatteer_datum
from swvplanner.core.plannen import vergadering_document
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.wie import lees_wie
from swvplanner.services.bewerken import lees_datum, vergadering
from swvplanner.store.planmap import laad_map
from swvplanner.store.werkset import Werkset


def besluiten(map_: Path, orgaan: str | None = None, schooljaar: str | None = None) -> tuple[str, list[Verslag]]:
    """(the organisation's name, the meetings that recorded something). A Fout with a Dutch
    message for an unknown orgaan or a schooljaar without a vergaderplanning."""
    plannen = laad_map(map_).plannen
    org = plannen.organisatie
    if orgaan is not None and org.orgaan(orgaan) is None:
        ids = [o.id for o in org.overlegorganen]
        kort = {o.kort.lower(): o.id for o in org.overlegorganen}
        if orgaan.lower() in kort:  # 'OPR' for 'opr'
            orgaan = kort[orgaan.lower()]
        else:
            hint = difflib.get_close_matches(orgaan, ids, n=1)
            raise Fout(
                f"onbekend overlegorgaan '{orgaan}'"
                + (f"; bedoelt u '{hint[0]}'?" if hint else f"; kies uit {', '.join(ids)}")
            )
    sj = None
    if schooljaar is not None:
        try:
            sj = Schooljaar.parse(schooljaar)
        except ValueError as fout:
            raise Fout(str(fout)) from None
        if sj not in plannen.vergaderplanningen:
            raise Fout(f"er is geen vergaderplanning voor {sj}")
    return org.naam, besluitenlijst(plannen, orgaan, sj)


def _lijst(tekst: str) -> list[str]:
    return [x.strip() for x in tekst.split(",") if x.strip()]


def _rol_id(org: Organisatie, tekst: str) -> str | None:
    """A rol by id or by name, case-insensitive."""
    t = tekst.strip().lower()
    return next((r.id for r in org.rollen if t in (r.id.lower(), r.naam.lower())), None)


def besluiten_vastleggen(
    ws: Werkset,
    vergadering_id: str,
    uitkomsten: list[tuple[str, str]],
    rollen: str = "",
    namen: str = "",
    bestaande: list[tuple[str, str, str, str]] | None = None,
    nieuw: tuple[str, str, str] = ("", "", ""),
) -> None:
    """Record, from the app's form, what a meeting decided: per agenda point (uitkomst or '', besluit),
    the rollen and names present (comma-separated), each existing actiepunt as edited (wat, wie,
    wanneer as typed, status) and optionally a new actiepunt (wat, wie, wanneer). A field left as
    shown keeps what the YAML has (a wie with its rollen, the date). Dutch BewerkFout for what
    cannot be read; nothing is changed then."""
    document = vergadering_document(ws.modellen, vergadering_id)
    vp: Vergaderplanning = ws.modellen[document]  # type: ignore[assignment]
    v = vergadering(ws, vergadering_id)
    org = ws.plannen.organisatie
    punten: list[tuple[Uitkomst | None, str | None]] = []
    for u, b in uitkomsten:
        if u and u not in UITKOMSTEN:
            raise BewerkFout(f"onbekende uitkomst '{u}'; kies uit {', '.join(UITKOMSTEN)}")
        punten.append((u or None, b.strip() or None))  # type: ignore[arg-type]
    rol_ids = []
    for r in _lijst(rollen):
        rid = _rol_id(org, r)
        if rid is None:
            raise BewerkFout(f"onbekende rol '{r}'; kies uit {', '.join(x.id for x in org.rollen)}")
        rol_ids.append(rid)
    aanwezig = Aanwezig(rollen=rol_ids, namen=_lijst(namen)) if rol_ids or _lijst(namen) else None
    bestaande = bestaande if bestaande is not None else [actiepunt_velden(a) for a in v.actiepunten]
    if len(bestaande) != len(v.actiepunten):
        raise BewerkFout(
            f"de actiepunten van vergadering {vergadering_id} zijn intussen gewijzigd; open het formulier opnieuw"
        )
    punten_ap = [
        _actiepunt(org, vp.schooljaar, i + 1, velden, a)
        for i, (a, velden) in enumerate(zip(v.actiepunten, bestaande, strict=False))
    ] + v.actiepunten[len(bestaande) :]
    if any(x.strip() for x in nieuw):
        punten_ap.append(_actiepunt(org, vp.schooljaar, None, (*nieuw, "open"), None))
    nieuw_vp = vg_bewerken.zet_besluiten(vp, vergadering_id, punten, aanwezig, punten_ap)
    ws.pas_toe(document, nieuw_vp, f"besluiten van vergadering {vergadering_id} vastgelegd")


def actiepunt_velden(a: Actiepunt) -> tuple[str, str, str, str]:
    """(wat, wie, wanneer, status) of an actiepunt as the form shows them."""
    return a.wat, a.wie.tekst if a.wie else "", formatteer_datum(a.wanneer) if a.wanneer else "", a.status


def _actiepunt(
    org: Organisatie,
    sj: Schooljaar,
    nummer: int | None,
    velden: tuple[str, str, str, str],
    oud: Actiepunt | None,
) -> Actiepunt:
    """An actiepunt from the form's fields; `oud` is what it was (None for the new one): a field
    left as shown keeps its value in the YAML."""
    wat, wie, wanneer, status = (x.strip() for x in velden)
    welk = f"actiepunt {nummer}" if nummer else "het nieuwe actiepunt"
    if not wat:
        raise BewerkFout(
            f"vul bij {welk} in wat er moet gebeuren"
            + ("; zet de status op 'vervallen' als het niet meer hoeft" if oud else "")
        )
    if status not in ACTIEPUNTSTATUSSEN:
        raise BewerkFout(f"onbekende status '{status}'; kies uit {', '.join(ACTIEPUNTSTATUSSEN)}")
    was = tuple(x.strip() for x in actiepunt_velden(oud)) if oud else ("", "", "", "")
    if oud is not None and wat == was[0]:
        wat = oud.wat  # as shown: keep it exactly (a line break or spacing the field cannot show)
    wie_veld = lees_wie(wie, org) if wie else None
    if oud is not None and wie == was[1]:
        wie_veld = oud.wie
    if oud is not None and wanneer == was[2]:
        datum = oud.wanneer
    else:
        try:
            datum = lees_datum(wanneer, sj) if wanneer else None
        except ValueError as fout:
            raise BewerkFout(f"{welk}: {fout}") from None
    bij = {"wat": wat, "wie": wie_veld, "wanneer": datum, "status": status}
    return oud.model_copy(update=bij) if oud is not None else Actiepunt(**bij)  # type: ignore[arg-type]
