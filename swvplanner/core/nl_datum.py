"""Dutch dates and times as they appear in planning documents.

Dates: "8 dec 2025", "13-4 2026", "13-4-2026", "15 juni 2026", "1 okt. 2025", "25 mrt 26",
"2026-04-13". Times: "19.30u-21.30u", "9.00-11.30 uur", "13.00 – 14.30 u", "11u", "15 tot 16.30".

Pure functions: no I/O. Errors are ValueError with a Dutch message a secretary can act on.
Parsing is by hand (a few regular expressions) because dateutil's parser guesses: it reads
"13-4" as a date in the current year and silently accepts English month names.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from typing import TypeVar

from swvplanner.core.melding import citaat

T = TypeVar("T")

MAANDEN: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2, "febr": 2,
    "maart": 3, "mrt": 3, "mar": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

MAANDNAMEN = (
    "", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december",
)  # fmt: skip
MAAND_KORT = ("", "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
WEEKDAG_KORT = tuple(dag[:2] for dag in WEEKDAGEN)  # ma di wo do vr za zo
WEEKDAG_AFK: dict[str, int] = {
    "ma": 0, "maandag": 0, "di": 1, "dinsdag": 1, "wo": 2, "woensdag": 2, "do": 3,
    "donderdag": 3, "vr": 4, "vrijdag": 4, "za": 5, "zaterdag": 5, "zo": 6, "zondag": 6,
}  # fmt: skip

_MAAND_RE = "|".join(sorted(MAANDEN, key=len, reverse=True))
_WEEKDAG_RE = "|".join(sorted(WEEKDAG_AFK, key=len, reverse=True))
_WEEKDAG_PREFIX = r"(?:(?:" + _WEEKDAG_RE + r")\.?,?\s+)?"
_WEEKDAG_VOORAAN = re.compile(rf"^({_WEEKDAG_RE})\.?,?\s", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MET_NAAM = re.compile(
    rf"^{_WEEKDAG_PREFIX}(\d{{1,2}})\s*({_MAAND_RE})\.?(?:\s+'?(\d{{4}}|\d{{2}}))?$", re.IGNORECASE | re.ASCII
)
_NUMERIEK = re.compile(
    rf"^{_WEEKDAG_PREFIX}(\d{{1,2}})[-/.](\d{{1,2}})(?:(?:[-/.]|\s+)(\d{{4}}|\d{{2}}))?$", re.IGNORECASE | re.ASCII
)


def maak_datum(jaar: int, maand: int, dag: int, tekst: str | None = None) -> date:
    """date(jaar, maand, dag) with a Dutch error for days that do not exist."""
    bron = citaat(tekst or f"{dag}-{maand}-{jaar}")
    if not 1900 <= jaar <= 2200:
        raise ValueError(f"{bron}: het jaar {jaar} is geen planningsjaar (1900-2200)")
    if not 1 <= maand <= 12:
        raise ValueError(f"{bron}: maand {maand} bestaat niet")
    laatste = calendar.monthrange(jaar, maand)[1]
    if not 1 <= dag <= laatste:
        raise ValueError(f"{bron} bestaat niet: {MAANDNAMEN[maand]} {jaar} heeft {laatste} dagen")
    return date(jaar, maand, dag)


def _jaar(tekst: str | None, maand: int, schooljaar_start: int | None, bron: str) -> int:
    if tekst is None:
        if schooljaar_start is None:
            raise ValueError(f"{citaat(bron)}: het jaar ontbreekt")
        return schooljaar_start if maand >= 8 else schooljaar_start + 1
    # Only a two-digit year is short for 20xx ("25 mrt 26"); "0050" is the year 50, which maak_datum refuses.
    return 2000 + int(tekst) if len(tekst) == 2 else int(tekst)


def parse_datum(tekst: str, schooljaar_start: int | None = None) -> date:
    """Read one Dutch date. Without a year, the schooljaar (its first year) decides the year."""
    bron = str(tekst)
    s = " ".join(bron.strip().split())
    if m := _ISO.match(s):
        return maak_datum(int(m[1]), int(m[2]), int(m[3]), bron)
    if m := _MET_NAAM.match(s):
        maand = MAANDEN[m[2].lower()]
        return maak_datum(_jaar(m[3], maand, schooljaar_start, bron), maand, int(m[1]), bron)
    if m := _NUMERIEK.match(s):
        maand = int(m[2])
        if not 1 <= maand <= 12:
            raise ValueError(f"{citaat(bron)}: maand {maand} bestaat niet")
        return maak_datum(_jaar(m[3], maand, schooljaar_start, bron), maand, int(m[1]), bron)
    raise ValueError(f"{citaat(bron)} is geen datum die ik herken (bijvoorbeeld: 8 dec 2025 of 13-4-2026)")


def genoemde_weekdag(tekst: str) -> int | None:
    """The weekday a date text starts with ('di 13 april 2027' → 1), or None (Monday is 0)."""
    m = _WEEKDAG_VOORAAN.match(" ".join(str(tekst).split()) + " ")
    return WEEKDAG_AFK[m[1].lower()] if m else None


def _met_tijd(tekst: str, lees: Callable[[str], T]) -> tuple[T, Tijdvak | None]:
    """Read a date text (with `lees`), optionally followed by a time. The whole text is read as a date
    first ('13-4 26' stays the date 13 April 2026); only then is the text split where the end is a
    time. Raises the first ValueError when no split works; a wrong weekday at once."""
    try:
        return lees(tekst), None
    except VerkeerdeWeekdag:
        raise
    except ValueError as fout:
        eerste_fout = fout
    woorden = str(tekst).split()
    for i in range(len(woorden) - 1, 0, -1):
        links = woorden[:i]
        if links[-1].lower() in ("om", "van", "vanaf"):
            links = links[:-1]
        links_tekst = " ".join(links).rstrip(",")
        if not links_tekst:
            continue
        try:
            tijd = parse_tijd(" ".join(woorden[i:]))
        except ValueError:
            continue
        try:
            return lees(links_tekst), tijd
        except VerkeerdeWeekdag:
            raise
        except ValueError:
            continue
    raise eerste_fout


def parse_datum_tijd(tekst: str, schooljaar_start: int | None = None) -> tuple[date, Tijdvak | None]:
    """A date, optionally followed by a time: 'di 13 april 2027 19.30-21.30 uur', '13-4-2027 om 19.30'."""
    return _met_tijd(tekst, lambda t: parse_datum(t, schooljaar_start))


_TUSSEN = re.compile(r"\s+(?:t/m|tm|tot en met|en)\s+|\s*[-–—]\s*", re.IGNORECASE)
_ALLEEN_DAG = re.compile(rf"^{_WEEKDAG_PREFIX}(\d{{1,2}})$", re.IGNORECASE | re.ASCII)


class VerkeerdeWeekdag(ValueError):
    """A date with a weekday that is not its own ('ma 13 januari 2026', a Tuesday)."""


def weekdag_klopt(tekst: str, d: date) -> None:
    dag = genoemde_weekdag(tekst)
    if dag is not None and dag != d.weekday():
        raise VerkeerdeWeekdag(
            f"{citaat(tekst)}: {formatteer_datum(d)} is een {WEEKDAGEN[d.weekday()]}, geen {WEEKDAGEN[dag]}"
        )


def _eerste_dag(links: str, laatste: date) -> date:
    """The first day of a range, completed from the last: '2' (-3 oktober 2025), '30 september'
    (- 2 oktober 2025), or a whole date. A month after the last day's month lies in the year before."""
    if m := _ALLEEN_DAG.match(links):
        return maak_datum(laatste.year, laatste.month, int(m[1]), links)
    try:
        return parse_datum(links)
    except ValueError:
        d = parse_datum(f"{links} {laatste.year}")
        return parse_datum(f"{links} {laatste.year - 1}") if d > laatste else d


def parse_dagen(tekst: str, schooljaar_start: int | None = None) -> tuple[date, date | None]:
    """One date, or a range of days ('2-3 oktober 2025', '2 en 3 oktober 2025', 'maandag 2 t/m
    woensdag 4 maart 2026', '30 sep - 2 okt 2025', '2-10-2025 t/m 3-10-2025'): the first and the
    last day (None for one date). The last day must come after the first; a weekday named with
    a day must be that day's."""
    bron = " ".join(str(tekst).split())
    try:
        d = parse_datum(bron, schooljaar_start)
    except ValueError as fout:
        eerste_fout = fout
    else:
        weekdag_klopt(bron, d)
        return d, None
    for m in _TUSSEN.finditer(bron):
        links, rechts = bron[: m.start()], bron[m.end() :]
        if not links or not rechts:
            continue
        try:
            laatste = parse_datum(rechts, schooljaar_start)
        except ValueError as fout:
            if "het jaar ontbreekt" in str(fout):
                eerste_fout = ValueError(f"{citaat(bron)}: het jaar ontbreekt")
            continue
        try:
            eerste = _eerste_dag(links, laatste)
        except ValueError:
            continue
        weekdag_klopt(links, eerste)
        weekdag_klopt(rechts, laatste)
        if laatste <= eerste:
            raise ValueError(
                f"{citaat(bron)}: de laatste dag ({formatteer_datum(laatste)}) ligt niet na de eerste "
                f"({formatteer_datum(eerste)})"
            )
        return eerste, laatste
    raise eerste_fout


def parse_dagen_tijd(tekst: str, schooljaar_start: int | None = None) -> tuple[date, date | None, Tijdvak | None]:
    """Like `parse_datum_tijd`, for one date or a range of days: '2 en 3 oktober 2025 9.00-17.00 uur'."""
    (eerste, laatste), tijd = _met_tijd(tekst, lambda t: parse_dagen(t, schooljaar_start))
    return eerste, laatste, tijd


def formatteer_dagen(begin: date, eind: date | None, kort: bool = False) -> str:
    """'8 december 2025'; a range: '2 en 3 oktober 2025' (two days), '2 t/m 4 oktober 2025',
    '30 september t/m 2 oktober 2025', '30 december 2025 t/m 2 januari 2026' (or short month names)."""
    if eind is None or eind <= begin:
        return formatteer_datum(begin, kort)
    namen = MAAND_KORT if kort else MAANDNAMEN
    tussen = "en" if (eind - begin).days == 1 else "t/m"
    if begin.year != eind.year:
        eerste = formatteer_datum(begin, kort)
    elif begin.month != eind.month:
        eerste = f"{begin.day} {namen[begin.month]}"
    else:
        eerste = str(begin.day)
    return f"{eerste} {tussen} {formatteer_datum(eind, kort)}"


def lees_iso_datum(tekst: str) -> date:
    """Exactly JJJJ-MM-DD (a command-line option), in the planning years; ValueError in Dutch."""
    if m := _ISO.match(str(tekst).strip()):
        return maak_datum(int(m[1]), int(m[2]), int(m[3]), tekst)
    raise ValueError(f"{citaat(tekst)} is geen datum")


def formatteer_datum(d: date, kort: bool = False) -> str:
    """'8 december 2025' (or '8 dec 2025' when kort)."""
    namen = MAAND_KORT if kort else MAANDNAMEN
    return f"{d.day} {namen[d.month]} {d.year}"


@dataclass(frozen=True)
class Tijdvak:
    """A start time with an optional end time, e.g. 19:30-21:30."""

    start: time
    eind: time | None = None

    def __str__(self) -> str:
        if self.eind is None:
            return self.start.strftime("%H:%M")
        return f"{self.start:%H:%M}-{self.eind:%H:%M}"

    def nl(self) -> str:
        """Dutch display form: '19.30-21.30 uur'."""
        if self.eind is None:
            return f"{self.start:%H.%M} uur"
        return f"{self.start:%H.%M}-{self.eind:%H.%M} uur"


_TIJDSTIP = r"(\d{1,2})(?:[.:](\d{2}))?\s*(?:u|uur)?"
_TIJDVAK = re.compile(rf"^{_TIJDSTIP}(?:\s*(?:-|–|—|tot|t/m)\s*{_TIJDSTIP})?\s*\.?$", re.IGNORECASE | re.ASCII)


def _maak_tijd(uur: str, minuut: str | None, bron: str) -> time:
    h, m = int(uur), int(minuut or 0)
    if h > 23 or m > 59:
        raise ValueError(f"{citaat(bron)}: {h}.{m:02d} is geen geldige tijd")
    return time(h, m)


def parse_tijd(tekst: str, eind_na_begin: bool = True) -> Tijdvak:
    """Read '19.30u-21.30u', '9.00-11.30 uur', '13.00 – 14.30 u', '11u', '19:30-21:30'.

    A time typed by the user must end after it begins; a plan file may hold one that does not
    (`eind_na_begin=False`), so that the checker reports it at its position instead of the whole
    file failing to load.
    """
    bron = str(tekst)
    s = " ".join(bron.strip().split())
    m = _TIJDVAK.match(s)
    if not m:
        raise ValueError(f"{citaat(bron)} is geen tijd die ik herken (bijvoorbeeld: 19.30-21.30 uur)")
    start = _maak_tijd(m[1], m[2], bron)
    eind = _maak_tijd(m[3], m[4], bron) if m[3] is not None else None
    if eind_na_begin and eind is not None and eind <= start:
        raise ValueError(f"{citaat(bron)}: de eindtijd {eind:%H.%M} ligt niet na de begintijd {start:%H.%M}")
    return Tijdvak(start, eind)
