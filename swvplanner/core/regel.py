"""Dutch 'wanneer' texts as structured rules that yield concrete dates.

A kwaliteitskalender item says "Jaarlijks voor 1 juli", a jaarplan row says "jan-apr 2025" or
"Continu", a meeting says "iedere donderdag". `parse_regel` turns such a text into a `Regel`;
`Regel.data_in(schooljaar)` yields the dates that fall in a schooljaar, expanded with
dateutil.rrule. Text that is not understood is kept and marked `herkend=False` with a reason:
never dropped, never guessed.

Deadline convention (applied everywhere): a yielded date is the last day on which the thing may
happen ("uiterlijk"). "voor 1 juli" means strictly before 1 July, so it yields 30 June;
"uiterlijk 1 juli" and "op 1 juli" yield 1 July; a period ("jan-apr 2025", "in oktober")
yields its last day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Literal

from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, WEEKLY, YEARLY, rrule, weekday

from swvplanner.core.nl_datum import (
    MAAND_KORT,
    MAANDNAMEN,
    WEEKDAGEN,
)
from swvplanner.core.schooljaar import Schooljaar

Soort = Literal["datum", "periode", "herhaling", "doorlopend", "zonder-datum", "samengesteld", "onbekend"]
Frequentie = Literal["jaarlijks", "per-kwartaal", "maandelijks", "wekelijks", "keer-per-jaar"]
Relatief = Literal["schooljaar", "begin-schooljaar", "einde-schooljaar", "vanaf-begin-schooljaar"]


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
    """For 'jaarlijks': every how many years (4 for 'een keer per vier jaar')."""
    keer_per_jaar: int | None = None
    maand: int | None = None
    dag: int | None = None
    relatie: Literal["voor", "uiterlijk", "op", "in"] | None = None
    maanden: tuple[int, ...] = ()
    """A window of months without a year ('in oktober', 'februari/maart')."""
    weekdag: int | None = None
    week_van_maand: int | None = None
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
        if self.soort == "samengesteld":
            return [p for r in self.onderdelen for p in r.periodes_in(schooljaar)]
        if self.relatief is not None:
            return [self._relatieve_periode(schooljaar)]
        if self.periodes:
            return [p for p in self.periodes if p.van <= schooljaar.einde and p.tot >= schooljaar.begin]
        if self.maanden:
            return [_maandvenster(self.maanden, schooljaar)]
        return []

    def _relatieve_periode(self, sj: Schooljaar) -> Periode:
        if self.relatief == "begin-schooljaar":
            return Periode(sj.begin, date(sj.start_jaar, 9, 30))
        if self.relatief == "einde-schooljaar":
            return Periode(date(sj.start_jaar + 1, 6, 1), sj.einde)
        return Periode(sj.begin, sj.einde)

    def _herhaling(self, sj: Schooljaar, anker: int | None) -> list[date]:
        begin, einde = sj.begin, sj.einde
        if self.frequentie == "per-kwartaal":
            regel = rrule(MONTHLY, bymonth=(3, 6, 9, 12), bymonthday=-1, dtstart=_dt(begin))
            return [d.date() for d in regel.between(_dt(begin), _dt(einde), inc=True)]
        if self.frequentie == "wekelijks" and self.weekdag is not None:
            regel = rrule(WEEKLY, byweekday=self.weekdag, dtstart=_dt(begin))
            return [d.date() for d in regel.between(_dt(begin), _dt(einde), inc=True)]
        if self.frequentie == "maandelijks" and self.weekdag is not None:
            wd = weekday(self.weekdag, self.week_van_maand or 1)
            regel = rrule(MONTHLY, byweekday=wd, dtstart=_dt(begin))
            return [d.date() for d in regel.between(_dt(begin), _dt(einde), inc=True)]
        if self.frequentie != "jaarlijks":
            return []
        if self.interval > 1 and anker is None:
            return []
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
            "anker",
            "opmerking",
            "reden",
        ):
            waarde = getattr(self, naam)
            if waarde is not None:
                uit[naam.replace("_", "-")] = waarde
        if self.soort == "herhaling" and self.frequentie == "jaarlijks":
            uit["interval"] = self.interval
        if self.maanden:
            uit["maanden"] = list(self.maanden)
        if self.circa:
            uit["circa"] = True
        if self.onderdelen:
            uit["onderdelen"] = [r.to_dict() for r in self.onderdelen]
        return uit

    def omschrijving(self) -> str:
        """How the tool reads the text, in Dutch."""
        if not self.herkend:
            return f"niet herkend: {self.reden}"
        tekst = _omschrijf(self)
        if self.circa:
            tekst = f"ongeveer: {tekst}"
        if self.opmerking:
            tekst = f"{tekst} (opmerking: {self.opmerking})"
        return tekst


@lru_cache(maxsize=16384)
def _data_in(regel: Regel, sj: Schooljaar, anker: int | None) -> tuple[date, ...]:
    """Cached: a rule is immutable, and the checker asks for the same rule and year many times
    (every meeting of a series, every deadline of every step)."""
    gevonden = sorted(set(regel._data(sj, anker)))
    return tuple(d for d in gevonden if sj.bevat(d))


def _dt(d: date) -> Any:
    from datetime import datetime

    return datetime(d.year, d.month, d.day)


def _maandvenster(maanden: tuple[int, ...], sj: Schooljaar) -> Periode:
    eerste, laatste = maanden[0], maanden[-1]
    van = date(sj.jaar_van_maand(eerste), eerste, 1)
    tot_jaar = sj.jaar_van_maand(laatste)
    tot = date(tot_jaar, laatste, 1) + relativedelta(months=1, days=-1)
    return Periode(van, tot)


def _maand_periode(maand: int, jaar: int) -> Periode:
    van = date(jaar, maand, 1)
    return Periode(van, van + relativedelta(months=1, days=-1))


def _omschrijf(r: Regel) -> str:
    if r.soort == "datum" and r.datum:
        return f"op of voor {r.datum.day} {MAANDNAMEN[r.datum.month]} {r.datum.year}"
    if r.soort == "periode":
        if r.relatief == "schooljaar":
            return "het hele schooljaar"
        if r.relatief == "begin-schooljaar":
            return "begin van het schooljaar (augustus-september)"
        if r.relatief == "einde-schooljaar":
            return "uiterlijk aan het einde van het schooljaar (31 juli)"
        if r.relatief == "vanaf-begin-schooljaar":
            return "vanaf het begin van het schooljaar"
        return ", ".join(_periode_tekst(p) for p in r.periodes)
    if r.soort == "doorlopend":
        return "doorlopend, zonder einddatum"
    if r.soort == "zonder-datum":
        return "nog geen datum (volgt uit een planning of wordt nader bepaald)"
    if r.soort == "samengesteld":
        return "; ".join(_omschrijf(d) for d in r.onderdelen)
    if r.soort == "herhaling":
        return _omschrijf_herhaling(r)
    return r.tekst


def _periode_tekst(p: Periode) -> str:
    return f"{p.van.day} {MAAND_KORT[p.van.month]} {p.van.year} t/m {p.tot.day} {MAAND_KORT[p.tot.month]} {p.tot.year}"


def _omschrijf_herhaling(r: Regel) -> str:
    if r.frequentie == "per-kwartaal":
        return "elk kwartaal (uiterlijk de laatste dag van maart, juni, september en december)"
    if r.frequentie == "keer-per-jaar":
        return f"{r.keer_per_jaar} keer per jaar, zonder vaste data"
    if r.frequentie == "wekelijks" and r.weekdag is not None:
        return f"elke {WEEKDAGEN[r.weekdag]}"
    if r.frequentie == "maandelijks" and r.weekdag is not None:
        rang = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde", -1: "laatste"}[r.week_van_maand or 1]
        return f"elke {rang} {WEEKDAGEN[r.weekdag]} van de maand"
    elk = "elk jaar" if r.interval == 1 else f"eens per {r.interval} jaar"
    if r.maand and r.dag:
        if r.relatie == "voor":
            laatste = date(2001, r.maand, r.dag) - timedelta(days=1)
            deel = f"voor {r.dag} {MAANDNAMEN[r.maand]} (uiterlijk {laatste.day} {MAANDNAMEN[laatste.month]})"
        else:
            deel = f"uiterlijk {r.dag} {MAANDNAMEN[r.maand]}"
        tekst = f"{elk}, {deel}"
    elif r.maanden:
        tekst = f"{elk}, in {'/'.join(MAANDNAMEN[m] for m in r.maanden)}"
    else:
        tekst = f"{elk}, zonder vaste datum"
    if r.interval > 1:
        tekst += f" (ankerjaar {r.anker})" if r.anker else " (ankerjaar onbekend: geef een jaar op)"
    return tekst


__all__ = ["Periode", "Regel"]
