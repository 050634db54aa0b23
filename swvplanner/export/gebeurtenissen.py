"""From plans to calendar events: meetings, kwaliteitskalender deadlines, actie and actiepunt due dates.

Pure: no files, no clock (today is passed in). UIDs come from the stable ids and the
organisation's domain, never from dates or titles, so a moved meeting keeps its UID.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from swvplanner.core.duur import VOORBEELD, lees_duur
from swvplanner.core.fouten import DuurFout, ExportFout
from swvplanner.core.model.kwaliteitskalender import STAP_NL, KwaliteitskalenderItem
from swvplanner.core.model.vergaderingen import Vergadering
from swvplanner.core.momenten import STANDAARD_DUUR, effectieve_tijd, reeksdata
from swvplanner.core.nl_datum import formatteer_dagen
from swvplanner.core.plannen import Plannen
from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.vakanties import Vakantiekalender
from swvplanner.core.wie import trekker_tekst

# Feed names: an orgaan's feed is named by its id, a rol's feed by its id, plus these two.
DEADLINES = "deadlines"
ALLES = "alles"
GEANNULEERD = "Geannuleerd: "  # the SUMMARY of a cancelled meeting, and of a deleted one's last version


@dataclass(frozen=True)
class Gebeurtenis:
    """One calendar item, before it becomes a VEVENT."""

    uid: str
    samenvatting: str
    begin: date | datetime
    eind: date | datetime
    locatie: str | None
    beschrijving: str
    categorie: str
    transparant: bool
    status: str  # CONFIRMED, TENTATIVE or CANCELLED
    feeds: frozenset[str] = field(default_factory=frozenset)
    prive: bool = False

    def sorteersleutel(self) -> tuple[str, str]:
        return (self.begin.isoformat() if isinstance(self.begin, datetime) else f"{self.begin.isoformat()}T", self.uid)


def gebeurtenissen(plannen: Plannen, vandaag: date) -> list[Gebeurtenis]:
    """Every event of every feed, sorted by start and UID."""
    org = plannen.organisatie
    tz = ZoneInfo(org.tijdzone)
    kalender = Vakantiekalender(org.regio)
    uit: list[Gebeurtenis] = []
    for sj, vp in sorted(plannen.vergaderplanningen.items()):
        for v in vp.vergaderingen:
            data = [v.datum] if v.datum else reeksdata(v, sj, kalender)
            for d in data:
                if g := _vergadering(plannen, v, d, tz, vandaag):
                    uit.append(g)
    schooljaren = plannen.schooljaren() or [Schooljaar.van_datum(vandaag)]
    if plannen.kwaliteitskalender is not None:
        for sj in schooljaren:
            for item in plannen.kwaliteitskalender.items():
                uit.extend(_deadlines(plannen, item, sj))
    voortgezet = plannen.voortgezet()  # carried into a later jaarplan: that actie is the one in the feed
    for sj, plan in sorted(plannen.jaarplannen.items()):
        for actie in plan.acties():
            d = parse_regel(actie.wanneer, regio=plannen.organisatie.regio).gereed(sj)
            if d is None or actie.status == "vervallen" or (sj, actie.id) in voortgezet:
                continue
            rollen = frozenset(actie.wie.rollen) if actie.wie else frozenset()
            titel = _eerste_regel(actie.resultaat or actie.wat or actie.id)
            beschrijving = _regels(
                [
                    f"Wat: {actie.wat}" if actie.wat else None,
                    f"Beoogd resultaat: {actie.resultaat}" if actie.resultaat else None,
                    f"Wie: {actie.wie.tekst}" if actie.wie else None,
                    trekker_tekst(actie.wie, org),
                    f"Wanneer: {actie.wanneer}",
                    f"Status: {actie.status}",
                    f"Jaarplan {sj}, actie {actie.id}",
                ]
            )
            uit.append(
                Gebeurtenis(
                    uid=f"actie-{actie.id}@{org.domein}",
                    samenvatting=f"Actie gereed: {titel}",
                    begin=d,
                    eind=d + timedelta(days=1),
                    locatie=None,
                    beschrijving=beschrijving,
                    categorie="Jaarplan",
                    transparant=True,
                    status="CONFIRMED",
                    feeds=frozenset({DEADLINES, ALLES} | set(rollen)),
                )
            )
    for vp in plannen.vergaderplanningen.values():
        for v in vp.vergaderingen:
            uit.extend(_actiepunten(plannen, v))
    if org.website:  # a link back at the end of every description: clients show DESCRIPTION, most ignore URL
        uit = [replace(g, beschrijving=_regels([g.beschrijving, "", org.website])) for g in uit]
    return sorted(uit, key=Gebeurtenis.sorteersleutel)


def _actiepunten(plannen: Plannen, v: Vergadering) -> list[Gebeurtenis]:
    """A meeting's actiepunten with a date, on that date, like the acties of the jaarplan. The UID is the
    point's own id, else the meeting id and the point's place (1-based): stable while the list only grows.
    Those of a closed body (CvA) stay private: in the rol feeds, never in deadlines or alles."""
    org = plannen.organisatie
    orgaan = org.orgaan(v.orgaan)
    kort = orgaan.kort if orgaan else v.orgaan
    prive = orgaan is not None and not orgaan.openbaar
    uit = []
    for n, a in enumerate(v.actiepunten, start=1):
        if a.wanneer is None or a.status == "vervallen":
            continue
        rollen = set(a.wie.rollen) if a.wie else set()
        vandaan = f"{kort}, {formatteer_dagen(v.datum, v.einddatum)}" if v.datum else kort
        uit.append(
            Gebeurtenis(
                uid=f"actiepunt-{a.id or f'{v.id}-{n}'}@{org.domein}",
                samenvatting=f"Actiepunt: {_eerste_regel(a.wat)}",
                begin=a.wanneer,
                eind=a.wanneer + timedelta(days=1),
                locatie=None,
                beschrijving=_regels(
                    [
                        f"Wat: {a.wat}",
                        f"Wie: {a.wie.tekst}" if a.wie else None,
                        trekker_tekst(a.wie, org),
                        f"Status: {a.status}",
                        f"Actiepunt van de vergadering {vandaan} ({v.id})",
                    ]
                ),
                categorie="Actielijst",
                transparant=True,
                status="CONFIRMED",
                feeds=frozenset(rollen if prive else {DEADLINES, ALLES} | rollen),
                prive=prive,
            )
        )
    return uit


def _vergadering(plannen: Plannen, v: Vergadering, d: date, tz: ZoneInfo, vandaag: date) -> Gebeurtenis | None:
    org = plannen.organisatie
    # A meeting of several days is one event, from its first day through its einddatum.
    laatste = max(d, v.einddatum) if v.datum and v.einddatum else d
    if v.status == "geannuleerd" and laatste < vandaag:
        return None  # a cancelled meeting stays in the feeds (as cancelled) until its date has passed
    orgaan = org.orgaan(v.orgaan)
    kort = orgaan.kort if orgaan else v.orgaan
    prive = orgaan is not None and not orgaan.openbaar
    organen = [o for o in (org.orgaan(x) for x in (v.orgaan, *v.deelnemers)) if o is not None]
    if prive:  # a closed meeting never shows up in an open body's feed
        organen = [o for o in organen if o.id == v.orgaan or not o.openbaar]
    rollen = {r for o in organen for r in o.rollen} | {x for x in v.deelnemers if org.rol(x) is not None}
    feeds = {o.id for o in organen} | set(rollen)
    if not prive:
        feeds.add(ALLES)
    samenvatting = f"{kort}: {v.titel}" if v.titel else kort
    status = "CONFIRMED"
    if v.status == "reserve":
        samenvatting, status = f"Reserve: {samenvatting}", "TENTATIVE"
    elif v.status == "geannuleerd":
        samenvatting, status = GEANNULEERD + samenvatting, "CANCELLED"
    tijd = effectieve_tijd(v, org)
    begin: date | datetime
    eind: date | datetime
    if tijd is None:
        begin, eind = d, laatste + timedelta(days=1)
    else:  # the time is the start on the first day and the end on the last
        begin = datetime.combine(d, tijd.start, tzinfo=tz)
        slot = datetime.combine(laatste, tijd.start, tzinfo=tz)
        eind = datetime.combine(laatste, tijd.eind, tzinfo=tz) if tijd.eind else slot + STANDAARD_DUUR
        if eind <= slot:
            eind = slot + STANDAARD_DUUR
    locatie = v.locatie or (orgaan.locatie if orgaan else None)
    if v.online:
        locatie = f"Online ({locatie})" if locatie else "Online"
    uid_deel = v.id if v.datum else f"{v.id}-{d:%Y%m%d}"
    return Gebeurtenis(
        uid=f"{uid_deel}@{org.domein}",
        samenvatting=samenvatting,
        begin=begin,
        eind=eind,
        locatie=locatie,
        beschrijving=_beschrijving(plannen, v, orgaan.naam if orgaan else v.orgaan),
        categorie=kort,
        transparant=False,
        status=status,
        feeds=frozenset(feeds),
        prive=prive,
    )


def _beschrijving(plannen: Plannen, v: Vergadering, orgaannaam: str) -> str:
    regels: list[str | None] = [orgaannaam + (f" – {v.titel}" if v.titel else "")]
    if v.agenda:
        regels.append("")
        regels.append("Agenda:")
        kk = plannen.kwaliteitskalender
        for punt in v.agenda:
            if punt.kwaliteitskalender:
                item = kk.item(punt.kwaliteitskalender) if kk else None
                naam = item.wat if item else punt.kwaliteitskalender
                regels.append(f"- {naam}" + (f" ({STAP_NL[punt.stap]})" if punt.stap else ""))
            elif punt.actie:
                actie = plannen.actie(punt.actie)
                regels.append(f"- Jaarplan: {_eerste_regel(actie.wat or actie.id) if actie else punt.actie}")
            if punt.tekst:
                regels.append(f"- {punt.tekst}")
    if v.notitie:
        regels += ["", v.notitie]
    if v.contactpersoon:
        regels.append(f"Contactpersoon: {v.contactpersoon}")
    return _regels(regels)


def _deadlines(plannen: Plannen, item: KwaliteitskalenderItem, sj: Schooljaar) -> list[Gebeurtenis]:
    org = plannen.organisatie
    regel = parse_regel(item.wanneer, item.anker, org.regio)
    rollen = set(item.wie.rollen) if item.wie else set()
    rollen |= {s.rol for s in item.besluitvorming if s.rol}
    feeds = frozenset({DEADLINES, ALLES} | set(rollen))
    stappen = [
        f"- {STAP_NL[s.stap]}: "
        + (_orgaannaam(plannen, s.orgaan) if s.orgaan else _rolnaam(plannen, s.rol))
        + (f" aan {s.aan}" if s.aan else "")
        for s in item.besluitvorming
    ]
    beschrijving = _regels(
        [
            f"Wanneer: {item.wanneer}",
            f"Wie: {item.wie.tekst}" if item.wie else None,
            trekker_tekst(item.wie, org),
            *item.opmerkingen(),
            *(["", "Besluitvorming:", *stappen] if stappen else []),
            *(["", f"Grondslag: {' '.join(item.grondslag.split())}"] if item.grondslag else []),
        ]
    )
    uit = []
    try:
        voorbereiding = lees_duur(item.voorbereiding)
    except DuurFout as fout:  # `check` reports the same text as SWV106, at its place in the file
        raise ExportFout(
            f"kwaliteitskalender-item '{item.id}': voorbereiding {fout}; {VOORBEELD} (swvplanner check toont waar)"
        ) from None
    for d in regel.data_in(sj):
        uit.append(
            Gebeurtenis(
                uid=f"kk-{item.id}-{d:%Y%m%d}@{org.domein}",
                samenvatting=f"Deadline: {item.wat}",
                begin=d,
                eind=d + timedelta(days=1),
                locatie=None,
                beschrijving=beschrijving,
                categorie="Kwaliteitskalender",
                transparant=True,
                status="CONFIRMED",
                feeds=feeds,
            )
        )
        if voorbereiding:
            start = d - voorbereiding
            uit.append(
                Gebeurtenis(
                    uid=f"kk-{item.id}-{d:%Y%m%d}-voorbereiding@{org.domein}",
                    samenvatting=f"Voorbereiden: {item.wat}",
                    begin=start,
                    eind=start + timedelta(days=1),
                    locatie=None,
                    beschrijving=_regels([f"Deadline: {d.day}-{d.month}-{d.year} ({item.wanneer})", beschrijving]),
                    categorie="Kwaliteitskalender",
                    transparant=True,
                    status="CONFIRMED",
                    feeds=feeds,
                )
            )
    return uit


def _orgaannaam(plannen: Plannen, orgaan_id: str) -> str:
    o = plannen.organisatie.orgaan(orgaan_id)
    return o.kort if o else orgaan_id


def _rolnaam(plannen: Plannen, rol_id: str | None) -> str:
    r = plannen.organisatie.rol(rol_id or "")
    return r.naam if r else (rol_id or "")


def _eerste_regel(tekst: str) -> str:
    regel = tekst.strip().splitlines()[0] if tekst.strip() else tekst
    return regel if len(regel) <= 90 else regel[:87].rstrip() + "…"


def _regels(regels: list[str | None]) -> str:
    return "\n".join(r for r in regels if r is not None).strip()
