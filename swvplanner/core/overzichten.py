"""Rows for the lists of the TUI: meetings, kwaliteitskalender items, acties — filtered and sorted.

Pure functions over the plans, so screens only display what these return.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from swvplanner.core.model.jaarplan import Actie
from swvplanner.core.model.kwaliteitskalender import STAP_NL, KwaliteitskalenderItem
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.momenten import effectieve_tijd, momenten
from swvplanner.core.nl_datum import WEEKDAG_KORT, formatteer_dagen, formatteer_datum
from swvplanner.core.plannen import Plannen, vergaderingen_sleutel
from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.regel_tekst import omschrijving
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.vakanties import Vakantiekalender


def _past(zoek: str, *teksten: str | None) -> bool:
    woorden = zoek.lower().split()
    tekst = " ".join(t for t in teksten if t).lower()
    return all(w in tekst for w in woorden)


@dataclass(frozen=True)
class VergaderRij:
    id: str
    document: str
    datum: date | None
    wanneer: str
    """The date ('ma 8 dec 2025'; several days: 'do 2 en 3 okt 2025'), the series ('iedere donderdag')
    or the text ('ntb')."""
    tijd: str
    orgaan: str
    orgaan_kort: str
    titel: str
    locatie: str
    status: str
    agenda: tuple[str, ...]


def vergaderrijen(
    plannen: Plannen, orgaan: str | None = None, status: str | None = None, zoek: str = ""
) -> list[VergaderRij]:
    """Every meeting, filtered by orgaan, status and search words; dated first, by date."""
    org = plannen.organisatie
    uit = []
    for sj, vp in sorted(plannen.vergaderplanningen.items()):
        for v in vp.vergaderingen:
            if orgaan and v.orgaan != orgaan or status and v.status != status:
                continue
            o = org.orgaan(v.orgaan)
            tijd = effectieve_tijd(v, org)
            wanneer = (
                f"{WEEKDAG_KORT[v.datum.weekday()]} {formatteer_dagen(v.datum, v.einddatum, kort=True)}"
                if v.datum
                else v.herhaling or v.wanneer or ""
            )
            agenda = tuple(agendapunt_tekst(p, plannen) for p in v.agenda)
            rij = VergaderRij(
                v.id,
                vergaderingen_sleutel(sj),
                v.datum,
                wanneer,
                str(tijd) if tijd else "",
                v.orgaan,
                o.kort if o else v.orgaan,
                v.titel or "",
                v.locatie or (o.locatie if o and o.locatie else ""),
                v.status,
                agenda,
            )
            if zoek and not _past(
                zoek, rij.wanneer, rij.orgaan_kort, rij.titel, rij.locatie, rij.status, v.notitie, v.bron, *agenda
            ):
                continue
            uit.append(rij)
    return sorted(uit, key=lambda r: (r.datum is None, r.datum or date.max, r.tijd, r.orgaan_kort, r.id))


def agendapunt_tekst(p: object, plannen: Plannen) -> str:
    kk_id, actie_id, tekst, stap = (getattr(p, k) for k in ("kwaliteitskalender", "actie", "tekst", "stap"))
    if kk_id:
        item = plannen.kwaliteitskalender.item(kk_id) if plannen.kwaliteitskalender else None
        return (item.wat if item else kk_id) + (f" ({stap})" if stap else "")
    if actie_id:
        a = plannen.actie(actie_id)
        return f"actie: {actie_kort(a) if a else actie_id}"
    return tekst or ""


def actie_kort(a: Actie) -> str:
    return (a.wat or a.resultaat or a.actiepunten or a.id).strip().split("\n")[0]


def maand(
    plannen: Plannen, jaar: int, maand_: int, orgaan: str | None = None
) -> dict[date, list[tuple[str, str, str]]]:
    """The meetings of a month by day (of one orgaan, if given), series expanded: (orgaan kort, status, id)."""
    org = plannen.organisatie
    kalender = Vakantiekalender(org.regio)
    per_dag: dict[date, list[tuple[str, str, str]]] = defaultdict(list)
    eerste = date(jaar, maand_, 1)
    for sj in {Schooljaar.van_datum(eerste)}:
        vp = plannen.vergaderplanningen.get(sj)
        if vp is None:
            continue
        for m in momenten(vp, org, kalender):
            if (m.datum.year, m.datum.month) == (jaar, maand_) and orgaan in (None, m.vergadering.orgaan):
                o = org.orgaan(m.vergadering.orgaan)
                per_dag[m.datum].append((o.kort if o else m.vergadering.orgaan, m.vergadering.status, m.vergadering.id))
    return dict(per_dag)


@dataclass(frozen=True)
class KkRij:
    id: str
    categorie: str
    wat: str
    wanneer: str
    volgende: date | None
    wie: str
    besluitvorming: str
    grondslag: str = ""
    """The item's grondslag on one line ('' when it has none)."""
    opmerkingen: tuple[str, ...] = ()


def volgende_deadline(item: KwaliteitskalenderItem, vandaag: date, regio: str | None = None) -> date | None:
    regel = parse_regel(item.wanneer, item.anker, regio)
    sj = Schooljaar.van_datum(vandaag)
    for jaar in (
        sj,
        sj.volgende(),
        Schooljaar(sj.start_jaar + 2),
        Schooljaar(sj.start_jaar + 3),
        Schooljaar(sj.start_jaar + 4),
    ):
        kandidaten = [d for d in regel.data_in(jaar) if d >= vandaag]
        if kandidaten:
            return min(kandidaten)
    return None


def besluitvorming_tekst(item: KwaliteitskalenderItem, org: Organisatie) -> str:
    delen = []
    for s in item.besluitvorming:
        if s.orgaan:
            o = org.orgaan(s.orgaan)
            wie = o.kort if o else s.orgaan
        else:
            r = org.rol(s.rol or "")
            wie = r.naam if r else (s.rol or "")
        delen.append(f"{STAP_NL[s.stap]} {wie}" + (f" aan {s.aan}" if s.aan else ""))
    return " → ".join(delen)


def kk_rijen(plannen: Plannen, vandaag: date, zoek: str = "") -> list[KkRij]:
    if plannen.kwaliteitskalender is None:
        return []
    uit = []
    for c in plannen.kwaliteitskalender.categorieen:
        for item in c.items:
            rij = KkRij(
                item.id,
                c.naam,
                item.wat,
                item.wanneer or "",
                volgende_deadline(item, vandaag, plannen.organisatie.regio),
                item.wie.tekst if item.wie else "",
                besluitvorming_tekst(item, plannen.organisatie),
                " ".join((item.grondslag or "").split()),
                tuple(item.opmerkingen()),
            )
            if zoek and not _past(
                zoek, rij.categorie, rij.wat, rij.wanneer, rij.wie, rij.besluitvorming, *rij.opmerkingen
            ):
                continue
            uit.append(rij)
    return uit


def actie_past(a: Actie, wie: str = "", status: str | None = None, zoek: str = "") -> bool:
    """Whether an actie passes the jaarplan filters (wie contains, status equals, search words)."""
    if status and a.status != status:
        return False
    if wie and not _past(
        wie, a.wie.tekst if a.wie else "", *(a.wie.rollen if a.wie else ()), *(a.wie.organen if a.wie else ())
    ):
        return False
    return not zoek or _past(
        zoek,
        a.id,
        a.nummer,
        a.resultaat,
        a.wat,
        a.actiepunten,
        a.wanneer,
        a.wie.tekst if a.wie else "",
        a.indicator,
        a.opmerking,
        a.status,
    )


MAX_DATA = 6


def wanneer_voorbeeld(tekst: str, anker: int | None, sj: Schooljaar, regio: str | None = None) -> tuple[str, bool]:
    """A one-line Dutch preview and whether the text was understood."""
    if not tekst.strip():
        return "leeg: geen datum", True
    regel = parse_regel(tekst, anker, regio)
    if not regel.herkend:
        return f"niet herkend — blijft als tekst staan ({regel.reden})", False
    data = regel.data_in(sj)
    if not data:
        return f"{omschrijving(regel)}; geen datum in {sj}", True
    lijst = ", ".join(formatteer_datum(d, kort=True) for d in data[:MAX_DATA])
    if len(data) > MAX_DATA:
        lijst += f" … ({len(data)} keer)"
    return f"{omschrijving(regel)} → {sj}: {lijst}", True
