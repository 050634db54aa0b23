"""The concrete occurrences of meetings in a schooljaar: dated meetings and expanded series."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Vergadering, Vergaderplanning
from swvplanner.core.nl_datum import Tijdvak
from swvplanner.core.regel import Periode
from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.vakanties import Vakantiekalender

STANDAARD_DUUR = timedelta(hours=1)
"""Assumed length of a meeting with only a start time (for overlap checks and calendars)."""


@dataclass(frozen=True)
class Moment:
    """One occurrence of a meeting: the meeting, its place in its file, its date and time."""

    vergadering: Vergadering
    index: int
    datum: date
    tijd: Tijdvak | None
    dag: int = 0
    """Which day of a meeting of several days this is (0: the first; the only one of a one-day meeting)."""
    periode: Periode | None = None
    """For a meeting known only by its period ('december 2025', 'voorjaar 2026'): that period;
    `datum` is then its last day."""

    @property
    def in_reeks(self) -> bool:
        return self.vergadering.herhaling is not None

    @property
    def meerdaags(self) -> bool:
        return self.vergadering.einddatum is not None

    def begin_eind(self) -> tuple[datetime, datetime] | None:
        if self.tijd is None:
            return None
        begin = datetime.combine(self.datum, self.tijd.start)
        eind = datetime.combine(self.datum, self.tijd.eind) if self.tijd.eind else begin + STANDAARD_DUUR
        return begin, eind


def effectieve_tijd(v: Vergadering, org: Organisatie) -> Tijdvak | None:
    """The meeting's own time, or its orgaan's default time."""
    if v.tijd is not None:
        return v.tijd
    orgaan = org.orgaan(v.orgaan)
    return orgaan.tijd if orgaan else None


def vrije_dagen(data: list[date], kalender: Vakantiekalender) -> dict[date, str]:
    """The days among `data` that are a public or school holiday, with the holiday's name."""
    return {d: naam for d in data if (naam := kalender.vrij(d)) is not None}


def reeksdata(v: Vergadering, sj: Schooljaar, kalender: Vakantiekalender | None) -> list[date]:
    """The dates of a series in the schooljaar, without holidays unless ook-in-vakanties (in the
    YAML or in the text: 'iedere donderdag, ook in de vakanties')."""
    if v.herhaling is None:
        return []
    regel = parse_regel(v.herhaling)
    data = regel.data_in(sj)
    if v.van:
        data = [d for d in data if d >= v.van]
    if v.tot:
        data = [d for d in data if d <= v.tot]
    if v.uitgezonderd:
        data = [d for d in data if d not in v.uitgezonderd]
    if kalender is not None and not (v.ook_in_vakanties or regel.ook_in_vakanties):
        vrij = vrije_dagen(data, kalender)
        data = [d for d in data if d not in vrij]
    return data


def momenten(
    vp: Vergaderplanning, org: Organisatie, kalender: Vakantiekalender | None, actief: bool = False
) -> list[Moment]:
    """Every occurrence in the file's schooljaar, sorted by date and time.

    A meeting of several days has one occurrence per day (`dag`); what counts a meeting once
    (the governance checks) takes its first day. With `actief`, cancelled meetings and reserve
    dates are left out: they do not count as meetings that take place.
    """
    uit = []
    for i, v in enumerate(vp.vergaderingen):
        if actief and v.status in ("geannuleerd", "reserve"):
            continue
        tijd = effectieve_tijd(v, org)
        for n, d in enumerate(v.dagen()):  # a meeting of several days meets at its time on each day
            uit.append(Moment(v, i, d, tijd, n))
        for d in reeksdata(v, vp.schooljaar, kalender):
            uit.append(Moment(v, i, d, tijd))
    return sorted(uit, key=lambda m: (m.datum, m.tijd.start if m.tijd else time.min, m.index))


def periode_van(v: Vergadering, sj: Schooljaar, regio: str | None = None) -> Periode | None:
    """The period of a meeting known only by its `wanneer` ('december 2025', 'voorjaar 2026'), as
    a whole (from the first day of its first window to the last of its last); None for a text
    without a period ('ntb') or one that is not understood."""
    if v.wanneer is None:
        return None
    regel = parse_regel(v.wanneer, regio=regio)
    if not regel.herkend:
        return None
    if vensters := regel.periodes_in(sj):
        return Periode(min(p.van for p in vensters), max(p.tot for p in vensters))
    if regel.soort == "datum" and regel.datum is not None:
        return Periode(regel.datum, regel.datum)
    return None


def periodemomenten(vp: Vergaderplanning, org: Organisatie) -> list[Moment]:
    """The meetings that take place (not cancelled, not reserve) known only by their period, as
    moments on the period's last day (what the governance check counts; they have no date to export)."""
    uit = []
    for i, v in enumerate(vp.vergaderingen):
        if v.status in ("geannuleerd", "reserve") or (periode := periode_van(v, vp.schooljaar, org.regio)) is None:
            continue
        uit.append(Moment(v, i, periode.tot, effectieve_tijd(v, org), periode=periode))
    return sorted(uit, key=lambda m: (m.datum, m.index))
