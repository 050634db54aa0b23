"""What is coming up: the data of the overview (TUI start screen and `swvplanner overzicht`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from swvplanner.core.model.jaarplan import AFGEROND
from swvplanner.core.momenten import momenten
from swvplanner.core.nl_datum import Tijdvak, formatteer_dagen
from swvplanner.core.overzichten import actie_kort
from swvplanner.core.plannen import Plannen
from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.vakanties import Vakantiekalender


@dataclass(frozen=True)
class KomendeVergadering:
    datum: date
    vergadering_id: str
    orgaan: str
    """The orgaan's short name (OPR, ALV)."""
    titel: str | None
    tijd: Tijdvak | None
    locatie: str | None
    status: str


@dataclass(frozen=True)
class Deadline:
    datum: date
    soort: str
    """'kwaliteitskalender', 'actie' or 'actiepunt' (of a meeting)."""
    id: str
    wat: str
    wanneer: str | None
    status: str | None = None


@dataclass
class Vooruitblik:
    vandaag: date
    tot: date
    vergaderingen: list[KomendeVergadering] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    achterstallig: list[Deadline] = field(default_factory=list)
    """Acties and actiepunten past their date and not done (as check SWV403 and SWV306)."""


def vooruitblik(plannen: Plannen, vandaag: date, weken: int = 6) -> Vooruitblik:
    tot = vandaag + timedelta(weeks=weken)
    uit = Vooruitblik(vandaag, tot)
    org = plannen.organisatie
    kalender = Vakantiekalender(org.regio)
    for vp in plannen.vergaderplanningen.values():
        if vp.schooljaar.einde < vandaag or vp.schooljaar.begin > tot:
            continue
        for m in momenten(vp, org, kalender):
            if vandaag <= m.datum <= tot:
                v = m.vergadering
                orgaan = org.orgaan(v.orgaan)
                uit.vergaderingen.append(
                    KomendeVergadering(
                        m.datum,
                        v.id,
                        orgaan.kort if orgaan else v.orgaan,
                        v.titel,
                        m.tijd,
                        v.locatie or (orgaan.locatie if orgaan else None),
                        v.status,
                    )
                )
    if plannen.kwaliteitskalender:
        eerste, laatste = Schooljaar.van_datum(vandaag), Schooljaar.van_datum(tot)
        for sj in (Schooljaar(j) for j in range(eerste.start_jaar, laatste.start_jaar + 1)):
            for item in plannen.kwaliteitskalender.items():
                for d in parse_regel(item.wanneer, item.anker, plannen.organisatie.regio).data_in(sj):
                    if vandaag <= d <= tot:
                        uit.deadlines.append(Deadline(d, "kwaliteitskalender", item.id, item.wat, item.wanneer))
    voortgezet = plannen.voortgezet()
    for sj, plan in plannen.jaarplannen.items():
        for a in plan.acties():
            d = parse_regel(a.wanneer, regio=plannen.organisatie.regio).gereed(sj)
            if d is None or a.status in AFGEROND or (sj, a.id) in voortgezet:
                continue
            regel = Deadline(d, "actie", a.id, actie_kort(a), a.wanneer, a.status)
            if d < vandaag:
                uit.achterstallig.append(regel)
            elif d <= tot:
                uit.deadlines.append(regel)
    for vp in plannen.vergaderplanningen.values():
        for v in vp.vergaderingen:
            orgaan = org.orgaan(v.orgaan)
            kort = orgaan.kort if orgaan else v.orgaan
            bron = f"actiepunt {kort}" + (f", {formatteer_dagen(v.datum, v.einddatum, kort=True)}" if v.datum else "")
            for n, a in enumerate(v.actiepunten, start=1):
                if a.wanneer is None or a.status != "open":
                    continue
                regel = Deadline(a.wanneer, "actiepunt", a.id or f"{v.id}-{n}", a.wat, bron, a.status)
                if a.wanneer < vandaag:
                    uit.achterstallig.append(regel)
                elif a.wanneer <= tot:
                    uit.deadlines.append(regel)
    uit.vergaderingen.sort(key=lambda v: (v.datum, v.tijd.start.isoformat() if v.tijd else "", v.orgaan))
    uit.deadlines.sort(key=lambda d: (d.datum, d.soort, d.id))
    uit.achterstallig.sort(key=lambda d: (d.datum, d.id))
    return uit
