"""Next year's vergaderplanning drafted from this year's pattern of meetings.

Per body the pattern is the weekday with the week of the month ("de tweede woensdag van
oktober") when all its meetings share that week (or are all the last of their month), else the
weekday with the ISO week number. A date that falls on a weekend, a public holiday or in the
region's school holidays moves by whole weeks (first one earlier, then one later, ...), so the
weekday stays. Series keep their rule; their exceptions are recomputed. One-offs (orgaan of
kind 'overig') are listed, not copied.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from swvplanner.core.bewerken.hulp import gevalideerd, sj_kort, volgend_id
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Agendapunt, Vergadering, Vergaderplanning
from swvplanner.core.momenten import reeksdata
from swvplanner.core.nl_datum import WEEKDAGEN, formatteer_dagen, formatteer_datum
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.vakanties import Vakantiekalender

Patroon = Literal["maand", "week"]
MAX_WEKEN = 6
"""How many weeks a date may move either way before the draft keeps it and says so."""


@dataclass(frozen=True)
class Verschuiving:
    """A drafted date that had to move, and why."""

    vergadering: str
    orgaan: str
    van: date
    naar: date
    reden: str

    def __str__(self) -> str:
        naar = formatteer_datum(self.naar)
        return f"{self.orgaan} ({self.vergadering}): {formatteer_datum(self.van)} {self.reden} → {naar}"


@dataclass
class Vergaderovergang:
    """The drafted vergaderplanning and everything the report says about it."""

    vergaderplanning: Vergaderplanning
    bron: dict[str, str] = field(default_factory=dict)
    """Per new meeting id: last year's id."""
    verschuivingen: list[Verschuiving] = field(default_factory=list)
    niet_verschoven: list[str] = field(default_factory=list)
    """Dates for which no free day was found nearby (kept as drafted; check reports them)."""
    eenmalig: list[str] = field(default_factory=list)
    """Last year's one-offs, not copied."""
    meldingen: list[str] = field(default_factory=list)
    """Other things the secretary should know (an agenda point left out, a status reset)."""
    opmerkingen: dict[str, str] = field(default_factory=dict)


def _weekrang(d: date) -> int:
    return (d.day - 1) // 7 + 1


def _laatste(d: date) -> bool:
    return (d + timedelta(days=7)).month != d.month


def patroon(data: list[date]) -> Patroon:
    """'maand' when the dates share their week of the month (or are all the last weekday of
    their month), else 'week' (the ISO week)."""
    if len({_weekrang(d) for d in data}) <= 1 or all(_laatste(d) for d in data):
        return "maand"
    return "week"


def overeenkomstig(d: date, sj: Schooljaar, p: Patroon, laatste: bool = False) -> date:
    """The day in `sj` (one year on) at the same place in the year as `d` by pattern `p`."""
    if p == "week":
        jaar, week, dag = d.isocalendar()
        for w in (week, week - 1):  # week 53 does not exist in every year
            try:
                return date.fromisocalendar(jaar + 1, w, dag)
            except ValueError:
                continue
    jaar = sj.jaar_van_maand(d.month)
    eerste = date(jaar, d.month, 1)
    kandidaat = eerste + timedelta(days=(d.weekday() - eerste.weekday()) % 7 + 7 * (_weekrang(d) - 1))
    if laatste:
        while (kandidaat + timedelta(days=7)).month == d.month:
            kandidaat += timedelta(days=7)
    while kandidaat.month != d.month:  # a fifth week the month does not have
        kandidaat -= timedelta(days=7)
    return kandidaat


def waarom_niet(d: date, sj: Schooljaar, kalender: Vakantiekalender) -> str | None:
    """Why a meeting cannot be on `d` (in Dutch, after the date), or None."""
    if not sj.bevat(d):
        return f"valt buiten schooljaar {sj}"
    if d.weekday() >= 5:
        return f"valt op een {WEEKDAGEN[d.weekday()]}"
    if naam := kalender.feestdag(d):
        return f"valt op een feestdag ({naam})"
    if naam := kalender.schoolvakantie(d):
        return f"valt in de {naam.lower()} (regio {kalender.regio})"
    return None


def vrije_dag(d: date, sj: Schooljaar, kalender: Vakantiekalender, bezet: set[date]) -> date | None:
    """The nearest day by whole weeks (earlier first) on which the meeting can be, or None."""
    basis = d - timedelta(days=d.weekday() - 4) if d.weekday() >= 5 else d  # a weekend: that Friday
    for weken in range(MAX_WEKEN + 1):
        for teken in (0,) if weken == 0 else (-1, 1):
            k = basis + timedelta(days=7 * weken * teken)
            if k not in bezet and waarom_niet(k, sj, kalender) is None:
                return k
    return None


def _jaartallen(tekst: str, vorig: Schooljaar) -> str:
    """'voorjaar 2026' → 'voorjaar 2027': the years of last schooljaar one on."""
    jaren = {vorig.start_jaar, vorig.start_jaar + 1}
    return re.sub(r"\b(20\d\d)\b", lambda m: str(int(m[1]) + 1) if int(m[1]) in jaren else m[1], tekst)


def _een_jaar_later(d: date) -> date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28)


def vergaderingen_overzetten(
    oud: Vergaderplanning,
    sj: Schooljaar,
    org: Organisatie,
    kalender: Vakantiekalender,
    acties: dict[str, str],
    afgeronde_acties: set[str],
) -> Vergaderovergang:
    """The vergaderplanning of `sj` drafted from `oud` (last year's).

    `acties` maps last year's carried acties to their new ids: an agenda point on one follows it;
    one on an actie in `afgeronde_acties` (gereed or vervallen) is left out and reported.
    """
    uit = Vergaderovergang(Vergaderplanning(schooljaar=sj))
    if not kalender.heeft_schoolvakanties(sj):
        uit.meldingen.append(
            f"de schoolvakanties van {sj} (regio {kalender.regio}) zijn nog niet bekend: de data zijn alleen "
            "van weekends en feestdagen verschoven; controleer ze zelf"
        )
    kort = {o.id: o.kort for o in org.overlegorganen}
    overig = {o.id for o in org.overlegorganen if o.soort == "overig"}
    per_orgaan: dict[str, list[date]] = defaultdict(list)
    for v in oud.vergaderingen:
        if v.datum is not None and v.orgaan not in overig:
            per_orgaan[v.orgaan].append(v.datum)
    patronen = {o: patroon(data) for o, data in per_orgaan.items()}
    laatste = {o: all(_laatste(d) for d in data) for o, data in per_orgaan.items()}
    bezet: dict[str, set[date]] = defaultdict(set)
    nieuwe_datum: dict[date, date] = {}
    ids: set[str] = set()
    reeksen: list[tuple[Vergadering, Vergadering]] = []
    for v in oud.vergaderingen:
        if v.orgaan in overig:
            wanneer = formatteer_dagen(v.datum, v.einddatum) if v.datum else (v.wanneer or v.herhaling or "")
            uit.eenmalig.append(f"{v.titel or kort.get(v.orgaan, v.orgaan)} ({v.id}, {wanneer})")
            continue
        nieuw_id = volgend_id(f"{v.orgaan}-{sj_kort(sj)}", ids)
        ids.add(nieuw_id)
        naam = kort.get(v.orgaan, v.orgaan)
        velden = v.plain()
        for weg in ("bron", "verplaatst-van", "status", "datum", "einddatum", "van", "tot", "uitgezonderd"):
            velden.pop(weg, None)
        velden["id"] = nieuw_id
        if v.status == "reserve":
            velden["status"] = "reserve"
        elif v.status != "gepland":
            uit.meldingen.append(f"{naam} ({nieuw_id}): was {v.status} in {oud.schooljaar}; nu gepland")
        velden["agenda"] = _agenda(v, nieuw_id, naam, acties, afgeronde_acties, uit)
        if v.wanneer:
            velden["wanneer"] = _jaartallen(v.wanneer, oud.schooljaar)
        if v.datum is not None:
            doel = overeenkomstig(v.datum, sj, patronen[v.orgaan], laatste[v.orgaan])
            datum = doel
            if reden := waarom_niet(doel, sj, kalender):
                vrij = vrije_dag(doel, sj, kalender, bezet[v.orgaan])
                if vrij is None:
                    uit.niet_verschoven.append(
                        f"{naam} ({nieuw_id}): {formatteer_datum(doel)} {reden}; geen vrije dag gevonden"
                    )
                else:
                    datum = vrij
                    uit.verschuivingen.append(Verschuiving(nieuw_id, naam, doel, vrij, reden))
            bezet[v.orgaan].add(datum)
            nieuwe_datum.setdefault(v.datum, datum)
            velden["datum"] = datum
            if v.einddatum is not None and v.einddatum > v.datum:  # as many days as last year, from the new first
                velden["einddatum"] = datum + (v.einddatum - v.datum)
                for d in (datum + timedelta(days=n) for n in range(1, (v.einddatum - v.datum).days + 1)):
                    if reden := waarom_niet(d, sj, kalender):
                        uit.niet_verschoven.append(f"{naam} ({nieuw_id}): {formatteer_datum(d)} {reden}")
        nieuw = Vergadering.model_validate(velden)
        if v.herhaling is not None:
            reeksen.append((v, nieuw))
        uit.vergaderplanning.vergaderingen.append(nieuw)
        uit.bron[nieuw_id] = v.id
        uit.opmerkingen[nieuw_id] = f"concept uit de vergaderplanning {oud.schooljaar} ({v.id}): controleer de datum"
    for oud_v, nieuw in reeksen:
        _reeks(oud_v, nieuw, sj, kalender, nieuwe_datum, uit)
    uit.vergaderplanning = gevalideerd(uit.vergaderplanning)
    return uit


def _agenda(
    v: Vergadering, nieuw_id: str, naam: str, acties: dict[str, str], afgerond: set[str], uit: Vergaderovergang
) -> list[dict[str, object]]:
    punten = []
    for punt in v.agenda:
        if punt.actie is not None and punt.actie in afgerond:
            uit.meldingen.append(
                f"{naam} ({nieuw_id}): agendapunt actie {punt.actie} niet overgenomen: de actie is afgerond"
            )
            continue
        if punt.actie is not None and punt.actie in acties:
            punt = Agendapunt.model_validate({**punt.plain(), "actie": acties[punt.actie]})
        punten.append(punt.plain())
    return punten


def _reeks(
    oud: Vergadering,
    nieuw: Vergadering,
    sj: Schooljaar,
    kalender: Vakantiekalender,
    nieuwe_datum: dict[date, date],
    uit: Vergaderovergang,
) -> None:
    """A series keeps its rule; its bounds move a year; an exception becomes the new date of the
    meeting it made room for (or the same weekday of the month), if the series then meets."""
    if oud.van:
        nieuw.van = _een_jaar_later(oud.van)
    if oud.tot:
        nieuw.tot = _een_jaar_later(oud.tot)
    data = set(reeksdata(nieuw, sj, kalender))
    for d in oud.uitgezonderd:
        kandidaat = nieuwe_datum.get(d)
        if kandidaat is None or kandidaat.weekday() != d.weekday():
            kandidaat = overeenkomstig(d, sj, "maand")
        if kandidaat in data:
            nieuw.uitgezonderd.append(kandidaat)
            uit.meldingen.append(f"{nieuw.id}: uitgezonderd {formatteer_datum(d)} → {formatteer_datum(kandidaat)}")
        else:
            uit.meldingen.append(f"{nieuw.id}: uitgezonderd {formatteer_datum(d)} vervalt: de reeks vergadert dan niet")
