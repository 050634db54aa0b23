"""iCalendar (.ics, as Outlook and other calendars export it): every appointment a meeting row.

Times are converted to Europe/Amsterdam. Windows time-zone names ('W. Europe Standard Time')
are resolved by icalendar itself, from the Unicode CLDR table it ships
(icalendar/timezone/windows_to_olson.py); a VTIMEZONE in the file is used as written. An all-day
appointment is a date without a time. A recurring appointment (RRULE) becomes one row per
occurrence, up to its UNTIL or COUNT and at most to the end of the schooljaar of its first
occurrence (a secretary plans one schooljaar at a time); EXDATE and moved occurrences
(RECURRENCE-ID) are followed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from swvplanner.core.fouten import ImportFout
from swvplanner.core.invoer.tabel import Cel, Rij, Tabel
from swvplanner.core.schooljaar import Schooljaar

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
KOPJES = ("Orgaan", "Datum", "Tijd", "Locatie", "Onderwerp", "Status")
MAX_HERHALINGEN = 400


def _lokaal(waarde: Any) -> datetime | date:
    """A DTSTART/DTEND value as local time in Amsterdam (floating times are taken as local)."""
    if isinstance(waarde, datetime):
        if waarde.tzinfo is None:
            return waarde
        return waarde.astimezone(AMSTERDAM).replace(tzinfo=None)
    return waarde


def _tekst(ev: Any, sleutel: str) -> str:
    waarde = ev.get(sleutel)
    if waarde is None:
        return ""
    if isinstance(waarde, list):
        return ", ".join(str(v) for v in waarde)
    return " ".join(str(waarde).split())


def _orgaan_en_onderwerp(ev: Any) -> tuple[str, str]:
    """The orgaan from the categories (when set), else from the subject; the subject is the title then."""
    categorieen = ev.get("CATEGORIES")
    namen: list[str] = []
    for c in categorieen if isinstance(categorieen, list) else [categorieen] if categorieen else []:
        namen.extend(str(x) for x in getattr(c, "cats", [c]))
    onderwerp = _tekst(ev, "SUMMARY")
    return (namen[0], onderwerp) if namen else (onderwerp, "")


def _momenten(ev: Any, begin: datetime | date, overschreven: set[Any]) -> list[datetime | date]:
    """The local start of each occurrence (one, unless the appointment recurs)."""
    regel = ev.get("RRULE")
    if regel is None:
        return [begin]
    from dateutil.rrule import rrulestr

    eerste = ev.decoded("DTSTART")
    tekst = regel.to_ical().decode()
    einde_sj = Schooljaar.van_datum(
        begin if isinstance(begin, date) and not isinstance(begin, datetime) else begin.date()
    ).einde
    if isinstance(eerste, datetime):
        start = eerste if eerste.tzinfo is not None else eerste.replace(tzinfo=AMSTERDAM)
        grens = datetime.combine(einde_sj + timedelta(days=1), datetime.min.time(), AMSTERDAM)
    else:
        start = datetime.combine(eerste, datetime.min.time())
        grens = datetime.combine(einde_sj + timedelta(days=1), datetime.min.time())
    uitgezonderd = set()
    for ex in (
        ev.get("EXDATE", []) if isinstance(ev.get("EXDATE"), list) else [ev.get("EXDATE")] if ev.get("EXDATE") else []
    ):
        for d in ex.dts:
            uitgezonderd.add(_lokaal(d.dt))
    momenten: list[datetime | date] = []
    for moment in rrulestr(tekst, dtstart=start):
        if moment >= grens or len(momenten) >= MAX_HERHALINGEN:
            break
        lokaal = _lokaal(moment) if isinstance(eerste, datetime) else moment.date()
        if lokaal in uitgezonderd or lokaal in overschreven:
            continue
        momenten.append(lokaal)
    return momenten


def lees_agenda(naam: str, inhoud: bytes) -> list[Tabel]:
    from icalendar import Calendar

    try:
        agenda = Calendar.from_ical(inhoud)
        afspraken = list(agenda.walk("VEVENT"))
    except Exception:  # noqa: BLE001 - icalendar raises ValueError, KeyError, TypeError and its own on broken files
        raise ImportFout(f"{naam}: geen geldig iCalendar-bestand (.ics); is het beschadigd?") from None
    if not afspraken:
        raise ImportFout(f"{naam}: het iCalendar-bestand bevat geen afspraken (VEVENT)")
    overschreven: dict[str, set[Any]] = {}
    for ev in afspraken:
        if ev.get("RECURRENCE-ID") is not None:
            overschreven.setdefault(_tekst(ev, "UID"), set()).add(_lokaal(ev.decoded("RECURRENCE-ID")))
    rijen = [Rij(0, tuple(Cel(k, k) for k in KOPJES))]
    for nummer, ev in enumerate(afspraken, start=1):
        plek = f"afspraak {nummer}"
        try:
            begin = _lokaal(ev.decoded("DTSTART"))
            einde = _lokaal(ev.decoded("DTEND")) if ev.get("DTEND") is not None else None
            momenten = (
                _momenten(ev, begin, overschreven.get(_tekst(ev, "UID"), set()))
                if ev.get("RECURRENCE-ID") is None
                else [begin]
            )
        except Exception:  # noqa: BLE001 - a broken date or rule in one appointment
            rijen.append(Rij(nummer, (Cel(_tekst(ev, "SUMMARY"), plek), Cel("datum onleesbaar", plek))))
            continue
        orgaan, onderwerp = _orgaan_en_onderwerp(ev)
        status = "geannuleerd" if _tekst(ev, "STATUS").upper() == "CANCELLED" else ""
        for moment in momenten:
            tijd = ""
            if isinstance(moment, datetime):
                tijd = f"{moment:%H:%M}"
                if isinstance(einde, datetime) and isinstance(begin, datetime) and einde > begin:
                    eind = moment + (einde - begin)
                    if eind.date() == moment.date():
                        tijd += f"-{eind:%H:%M}"
            waarden = (orgaan, moment, tijd, _tekst(ev, "LOCATION"), onderwerp, status)
            rijen.append(Rij(nummer, tuple(Cel(w, plek) for w in waarden)))
    return [Tabel("", tuple(rijen), eenheid="afspraak")]
