"""Dutch 'wanneer' texts as structured rules that yield concrete dates.

A kwaliteitskalender item says "Jaarlijks voor 1 juli", a jaarplan row says "jan-apr 2025" or
"Continu", a meeting says "iedere donderdag". `parse_regel` turns such a text into a `Regel`;
`Regel.data_in(schooljaar)` yields the dates that fall in a schooljaar, expanded with
dateutil.rrule. Text that is not understood is kept and marked `herkend=False` with a reason:
never dropped, never guessed.

Deadline convention (applied everywhere): a yielded date is the last day on which the thing may
happen ("uiterlijk"). "voor 1 juli" means strictly before 1 July, so it yields 30 June;
"uiterlijk 1 juli" and "op 1 juli" yield 1 July; a period ("jan-apr 2025", "in oktober")
yields its last day. The other conventions (parts of a month, weeks, school holidays, N times a
year, 'vanaf') are listed in the README, "Hoe swvplanner wanneer leest"; regel_tekst.py says a
rule back in Dutch.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Literal

from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, WEEKLY, YEARLY, rrule, weekday

from swvplanner.core.schooljaar import Schooljaar

Soort = Literal["datum", "periode", "herhaling", "doorlopend", "zonder-datum", "samengesteld", "onbekend"]
Frequentie = Literal["jaarlijks", "per-kwartaal", "maandelijks", "wekelijks", "keer-per-jaar"]
Relatief = Literal["schooljaar", "begin-schooljaar", "einde-schooljaar", "vanaf-begin-schooljaar"]
Relatie = Literal["voor", "uiterlijk", "op", "in", "na", "week-na", "week-voor", "tijdens"]
Dagvenster = tuple[int, int, int, int]
"""(from month, from day, to month, to day) of a window without a year; day -1 is the month's last."""


@dataclass(frozen=True)
class Periode:
    """An inclusive date range."""

    van: date
    tot: date

    def to_dict(self) -> dict[str, str]:
        return {"van": self.van.isoformat(), "tot": self.tot.isoformat()}


@dataclass(frozen=True)
class Regel:
    """A parsed 'wanneer' text. Which fields are set depends on `soort`."""

    tekst: str
    herkend: bool
    soort: Soort
    datum: date | None = None
    periodes: tuple[Periode, ...] = ()
    relatief: Relatief | None = None
    frequentie: Frequentie | None = None
    interval: int = 1
    """For 'jaarlijks': every how many years (4 for 'een keer per vier jaar'); for 'wekelijks':
    every how many weeks (2 for 'tweewekelijks')."""
    keer_per_jaar: int | None = None
    maand: int | None = None
    dag: int | None = None
    relatie: Relatie | None = None
    maanden: tuple[int, ...] = ()
    """A window of months without a year ('in oktober', 'februari/maart')."""
    maandgroepen: tuple[tuple[int, ...], ...] = ()
    """For 'keer-per-jaar': one window of months per time ('in maart en oktober', or the
    schooljaar in N equal parts)."""
    dagvensters: tuple[Dagvenster, ...] = ()
    """Windows of days without a year ('eind mei', '2-3 oktober'), read in the schooljaar."""
    weekdagcontrole: tuple[tuple[int, int, int], ...] = ()
    """(month, day, weekday) that a yearless window names ('maandag 2 maart'): it holds only in
    schooljaren where that day is that weekday."""
    weken: tuple[int, int] | None = None
    """ISO weeks without a year ('in week 12', 'week 12-14'), Monday to Friday."""
    weekdag: int | None = None
    week_van_maand: int | None = None
    vanaf: date | None = None
    """Ongoing from this day ('vanaf 1 maart 2026'); for a series, its first day."""
    vakantie: str | None = None
    """A school holiday the rule is relative to ('kerstvakantie'), with `relatie`."""
    jaar: int | None = None
    """For a holiday: the calendar year in which it starts ('voor de zomervakantie 2026')."""
    regio: str | None = None
    """The school holiday region the holiday dates come from (swv.yaml `regio`)."""
    ook_in_vakanties: bool = False
    """A series that also meets in school holidays ('iedere donderdag, ook in de vakanties')."""
    anker: int | None = None
    circa: bool = False
    opmerking: str | None = None
    onderdelen: tuple[Regel, ...] = ()
    reden: str | None = None
    """Why the text was not understood (only when herkend is False)."""

    # -- dates ---------------------------------------------------------------------------------

    def data_in(self, schooljaar: Schooljaar, anker: int | None = None) -> list[date]:
        """The due-by dates of this rule that fall in the schooljaar (see module docstring)."""
        anker = self.anker if self.anker is not None else anker
        return list(_data_in(self, schooljaar, anker))

    def _data(self, sj: Schooljaar, anker: int | None) -> list[date]:
        if self.soort == "samengesteld":
            return [d for r in self.onderdelen for d in r.data_in(sj, anker)]
        if self.soort == "datum":
            return [self.datum] if self.datum else []
        if self.soort == "periode":
            if self.relatief is not None:
                return [self._relatieve_periode(sj).tot]
            return [p.tot for p in self.periodes]
        if self.soort == "herhaling":
            return self._herhaling(sj, anker)
        return []

    def gereed(self, schooljaar: Schooljaar) -> date | None:
        """The last day by which something planned with this rule is done, read in the schooljaar
        of its plan ("oktober" is October of that year); None when open-ended or not understood."""
        if not self.herkend or self.soort in ("doorlopend", "zonder-datum"):
            return None
        if self.soort == "herhaling":
            data = self.data_in(schooljaar)
            return data[-1] if data else None
        if self.soort == "datum":
            return self.datum
        vensters = [p.tot for p in self.periodes]
        if self.relatief is not None:
            vensters += [p.tot for p in self.periodes_in(schooljaar)]
        vensters += [d for r in self.onderdelen if (d := r.gereed(schooljaar)) is not None]
        return max(vensters) if vensters else None

    def periodes_in(self, schooljaar: Schooljaar) -> list[Periode]:
        """The windows of this rule in the schooljaar (periods, months, relative parts)."""
        sj = schooljaar
        if self.soort == "samengesteld":
            return [p for r in self.onderdelen for p in r.periodes_in(sj)]
        if self.soort == "doorlopend":
            begin = self.vanaf or (date(sj.jaar_van_maand(self.maand), self.maand, 1) if self.maand else None)
            if self.relatief == "vanaf-begin-schooljaar":
                begin = sj.begin
            if begin is None or begin > sj.einde:
                return []
            return [Periode(max(begin, sj.begin), sj.einde)]
        if self.relatief is not None:
            return [self._relatieve_periode(sj)]
        if self.periodes:
            return [p for p in self.periodes if p.van <= sj.einde and p.tot >= sj.begin]
        if self.maandgroepen:
            return [_maandvenster(g, sj) for g in self.maandgroepen]
        if self.maanden:
            return [_maandvenster(self.maanden, sj)]
        if self.dagvensters or self.weken or self.vakantie:
            return [p for p in self._vensters(sj) if p.van <= sj.einde and p.tot >= sj.begin]
        return []

    def _relatieve_periode(self, sj: Schooljaar) -> Periode:
        if self.relatief == "begin-schooljaar":
            return Periode(sj.begin, date(sj.start_jaar, 9, 30))
        if self.relatief == "einde-schooljaar":
            return Periode(date(sj.start_jaar + 1, 6, 1), sj.einde)
        return Periode(sj.begin, sj.einde)

    def _vensters(self, sj: Schooljaar) -> list[Periode]:
        """The yearless windows (days, weeks, holidays) as dated periods in the schooljaar."""
        if self.vakantie is not None:
            p = _vakantievenster(self, sj)
            return [p] if p else []
        if self.weken is not None:
            eerste, laatste = self.weken
            jaar = sj.start_jaar if eerste >= 31 else sj.start_jaar + 1
            try:
                return [Periode(date.fromisocalendar(jaar, eerste, 1), date.fromisocalendar(jaar, laatste, 5))]
            except ValueError:  # week 53 in a year that has 52
                return []
        for maand, dag, wd in self.weekdagcontrole:
            d = _dag(sj.jaar_van_maand(maand), maand, dag)
            if d is None or d.weekday() != wd:
                return []
        uit = []
        for van_m, van_d, tot_m, tot_d in self.dagvensters:
            tot_jaar = sj.jaar_van_maand(tot_m)
            van = _dag(tot_jaar if van_m <= tot_m else tot_jaar - 1, van_m, van_d)
            tot = _dag(tot_jaar, tot_m, tot_d)
            if van is not None and tot is not None:
                uit.append(Periode(van, tot))
        return uit

    def _herhaling(self, sj: Schooljaar, anker: int | None) -> list[date]:  # noqa: C901
        begin, einde = sj.begin, sj.einde
        if self.frequentie == "per-kwartaal":
            regel = rrule(MONTHLY, bymonth=(3, 6, 9, 12), bymonthday=-1, dtstart=_dt(begin))
            return [d.date() for d in regel.between(_dt(begin), _dt(einde), inc=True)]
        if self.frequentie == "keer-per-jaar":
            return [_maandvenster(g, sj).tot for g in self.maandgroepen]
        if self.frequentie == "wekelijks":
            start = self.vanaf or begin
            wd = self.weekdag if self.weekdag is not None else 4  # without a day: by Friday
            regel = rrule(WEEKLY, interval=self.interval, byweekday=wd, dtstart=_dt(start))
            return [d.date() for d in regel.between(_dt(max(start, begin)), _dt(einde), inc=True)]
        if self.frequentie == "maandelijks":
            start = self.vanaf or begin
            if self.weekdag is not None:
                regel = rrule(MONTHLY, byweekday=weekday(self.weekdag, self.week_van_maand or 1), dtstart=_dt(start))
            else:  # without a day: by the last day of each month
                regel = rrule(MONTHLY, bymonthday=-1, dtstart=_dt(start))
            return [d.date() for d in regel.between(_dt(max(start, begin)), _dt(einde), inc=True)]
        if self.frequentie != "jaarlijks":
            return []
        if self.interval > 1 and anker is None:
            return []
        if self.dagvensters or self.weken or self.vakantie:
            return [p.tot for p in self._vensters(sj)]
        if self.maand is not None and self.dag is not None:
            # The stated date of the year; 'voor' makes the day before it the last day.
            # Start the yearly rule just before the schooljaar, in a year of the cycle (anker + k*interval),
            # so rrule does not walk through every year since some distant start.
            vorig = begin.year - 1
            startjaar = vorig - ((vorig - anker) % self.interval) if anker else vorig
            regel = rrule(
                YEARLY,
                interval=self.interval,
                bymonth=self.maand,
                bymonthday=self.dag,
                dtstart=_dt(date(startjaar, 1, 1)),
            )
            correctie = timedelta(days=1) if self.relatie == "voor" else timedelta(0)
            ruim = timedelta(days=1)
            return [d.date() - correctie for d in regel.between(_dt(begin - ruim), _dt(einde + ruim), inc=True)]
        if self.maanden:
            venster = _maandvenster(self.maanden, sj)
            if self.interval > 1 and anker is not None and (venster.tot.year - anker) % self.interval:
                return []
            return [venster.tot]
        return []

    # -- counting ------------------------------------------------------------------------------

    def aantal_per_schooljaar(self, schooljaar: Schooljaar, anker: int | None = None) -> int | None:
        """How many occurrences the rule asks for in the schooljaar (None when it does not say)."""
        if self.soort == "samengesteld":
            delen = [r.aantal_per_schooljaar(schooljaar, anker) for r in self.onderdelen]
            return sum(d for d in delen if d is not None) if any(d is not None for d in delen) else None
        if self.soort != "herhaling":
            return None
        if self.frequentie == "keer-per-jaar":
            return self.keer_per_jaar
        if self.frequentie in ("per-kwartaal", "wekelijks", "maandelijks"):
            return len(self.data_in(schooljaar, anker))
        if self.frequentie == "jaarlijks":
            if self.jaar is not None:  # 'voor de zomervakantie 2026': only in one schooljaar
                return len(self.data_in(schooljaar, anker)) if self.regio else None
            if self.interval == 1:
                return 1
            a = self.anker if self.anker is not None else anker
            if a is None:
                return None
            if self.maand is not None or self.maanden:
                return len(self.data_in(schooljaar, a))
            return None
        return None

    # -- presentation --------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The structured rule as JSON-ready data (only the fields that matter for its soort)."""
        uit: dict[str, Any] = {"soort": self.soort}
        if self.datum:
            uit["datum"] = self.datum.isoformat()
        if self.periodes:
            uit["periodes"] = [p.to_dict() for p in self.periodes]
        for naam in (
            "relatief",
            "frequentie",
            "keer_per_jaar",
            "maand",
            "dag",
            "relatie",
            "weekdag",
            "week_van_maand",
            "vakantie",
            "jaar",
            "regio",
            "anker",
            "opmerking",
            "reden",
        ):
            waarde = getattr(self, naam)
            if waarde is not None:
                uit[naam.replace("_", "-")] = waarde
        if self.soort == "herhaling" and self.frequentie in ("jaarlijks", "wekelijks"):
            uit["interval"] = self.interval
        if self.vanaf:
            uit["vanaf"] = self.vanaf.isoformat()
        if self.maanden:
            uit["maanden"] = list(self.maanden)
        if self.maandgroepen:
            uit["maandgroepen"] = [list(g) for g in self.maandgroepen]
        if self.dagvensters:
            uit["dagvensters"] = [{"van": [a, b], "tot": [c, d]} for a, b, c, d in self.dagvensters]
        if self.weken:
            uit["weken"] = list(self.weken)
        if self.ook_in_vakanties:
            uit["ook-in-vakanties"] = True
        if self.circa:
            uit["circa"] = True
        if self.onderdelen:
            uit["onderdelen"] = [r.to_dict() for r in self.onderdelen]
        return uit


@lru_cache(maxsize=16384)
def _data_in(regel: Regel, sj: Schooljaar, anker: int | None) -> tuple[date, ...]:
    """Cached: a rule is immutable, and the checker asks for the same rule and year many times
    (every meeting of a series, every deadline of every step)."""
    gevonden = sorted(set(regel._data(sj, anker)))
    return tuple(d for d in gevonden if sj.bevat(d))


def _dt(d: date) -> Any:
    from datetime import datetime

    return datetime(d.year, d.month, d.day)


def _dag(jaar: int, maand: int, dag: int) -> date | None:
    """The day, with -1 as the month's last; None when it does not exist that year (29 februari)."""
    laatste = calendar.monthrange(jaar, maand)[1]
    dag = laatste if dag == -1 else dag
    return date(jaar, maand, dag) if 1 <= dag <= laatste else None


def _maandvenster(maanden: tuple[int, ...], sj: Schooljaar) -> Periode:
    """A window of months in the schooljaar, placed by its last month (the deadline): 'juli t/m
    september' and Q3 end on 30 September of the first year, 'nov-feb' runs from November."""
    eerste, laatste = maanden[0], maanden[-1]
    tot_jaar = sj.jaar_van_maand(laatste)
    van = date(tot_jaar if eerste <= laatste else tot_jaar - 1, eerste, 1)
    tot = date(tot_jaar, laatste, 1) + relativedelta(months=1, days=-1)
    return Periode(van, tot)


def _maand_periode(maand: int, jaar: int) -> Periode:
    van = date(jaar, maand, 1)
    return Periode(van, van + relativedelta(months=1, days=-1))


def _vakantievenster(r: Regel, sj: Schooljaar) -> Periode | None:
    """The window a holiday-relative rule means in the schooljaar (conventions in the README):
    'voor' the day before the holiday starts; 'week-voor' the Monday-Friday before it; 'tijdens'
    the holiday's days in the schooljaar; 'na' from the day after it up to the day before the next
    school holiday; 'week-na' the Monday-Friday after it. Which holiday: for voor/tijdens the one
    that starts in the schooljaar, for na/week-na the one that ends in it (the zomervakantie
    that ends in August belongs to the new schooljaar)."""
    if r.regio is None or r.vakantie is None:
        return None
    from swvplanner.core.vakanties import Vakantiekalender, vakanties_rond  # lazily: `holidays` is slow to import

    if not Vakantiekalender(r.regio).heeft_schoolvakanties(sj):  # after 2030: cut-off holidays, no dates
        return None
    alle = vakanties_rond(sj, r.regio)
    achteraf = r.relatie in ("na", "week-na")
    kandidaten = [
        v
        for v in alle
        if v.naam == r.vakantie and sj.bevat(v.tot if achteraf else v.van) and (r.jaar is None or v.van.year == r.jaar)
    ]
    if not kandidaten:
        return None
    v = kandidaten[0]
    if r.relatie == "voor":
        return Periode(v.van - timedelta(days=1), v.van - timedelta(days=1))
    if r.relatie == "week-voor":
        vrijdag = v.van - timedelta(days=(v.van.weekday() - 4) % 7 or 7)
        return Periode(vrijdag - timedelta(days=4), vrijdag)
    if r.relatie == "tijdens":
        return Periode(max(v.van, sj.begin), min(v.tot, sj.einde))
    maandag = v.tot + timedelta(days=(7 - v.tot.weekday()) % 7 or 7)
    if r.relatie == "week-na":
        return Periode(maandag, maandag + timedelta(days=4))
    volgende = next((w for w in alle if w.van > v.tot), None)
    if volgende is None:
        return None
    return Periode(v.tot + timedelta(days=1), volgende.van - timedelta(days=1))


__all__ = ["Periode", "Regel"]
