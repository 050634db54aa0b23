"""The besluitenlijst and actielijst of the meetings: `swvplanner besluiten`, and recording them from the app."""

from __future__ import annotations

import difflib
from pathlib import Path

from swvplanner.core.besluitenlijst import Verslag, besluitenlijst
from swvplanner.core.bewerken import vergaderingen as vg_bewerken
from swvplanner.core.fouten import BewerkFout, Fout
from swvplanner.core.model.basis import Wie
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import UITKOMSTEN, Aanwezig, Actiepunt, Uitkomst, Vergaderplanning
from swvplanner.core.plannen import vergadering_document
from swvplanner.core.schooljaar import Schooljaar
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
    statussen: list[str] | None = None,
    nieuw: tuple[str, str, str] = ("", "", ""),
) -> None:
    """Record, from the app's form, what a meeting decided: per agenda point (uitkomst or '', besluit),
    the rollen and names present (comma-separated), the status of each existing actiepunt, and
    optionally a new actiepunt (wat, wie, wanneer as typed). Dutch BewerkFout for what cannot be read."""
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
    punten_ap = [
        a.model_copy(update={"status": s}) for a, s in zip(v.actiepunten, statussen or [], strict=False)
    ] + v.actiepunten[len(statussen or []) :]
    wat, wie, wanneer = (x.strip() for x in nieuw)
    if wat:
        rol = _rol_id(org, wie) if wie else None
        punten_ap.append(
            Actiepunt(
                wat=wat,
                wie=Wie(tekst=wie, rollen=[rol] if rol else []) if wie else None,
                wanneer=lees_datum(wanneer, vp.schooljaar) if wanneer else None,
            )
        )
    elif wie or wanneer:
        raise BewerkFout("vul bij het nieuwe actiepunt ook in wat er moet gebeuren")
    nieuw_vp = vg_bewerken.zet_besluiten(vp, vergadering_id, punten, aanwezig, punten_ap)
    ws.pas_toe(document, nieuw_vp, f"besluiten van vergadering {vergadering_id} vastgelegd")
