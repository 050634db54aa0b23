"""Gebeurtenissen as VEVENTs and feeds as VCALENDARs (icalendar >= 7.3)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from icalendar import Calendar, Event

from swvplanner import __version__
from swvplanner.export.gebeurtenissen import Gebeurtenis
from swvplanner.export.tijdzone import vtimezone

PRODID = f"-//swvplanner//swvplanner {__version__}//NL"
VERVERS = "PT1H"


def vevent_zonder_stempel(g: Gebeurtenis) -> Event:
    """The event's content: everything but DTSTAMP, SEQUENCE and LAST-MODIFIED."""
    e = Event()
    e.add("UID", g.uid)
    e.add("DTSTART", g.begin)
    e.add("DTEND", g.eind)
    e.add("SUMMARY", g.samenvatting)
    if g.locatie:
        e.add("LOCATION", g.locatie)
    if g.beschrijving:
        e.add("DESCRIPTION", g.beschrijving)
    e.add("CATEGORIES", [g.categorie])
    e.add("TRANSP", "TRANSPARENT" if g.transparant else "OPAQUE")
    e.add("STATUS", g.status)
    return e


def kenmerk(inhoud: bytes) -> str:
    return hashlib.sha256(inhoud).hexdigest()


@dataclass(frozen=True)
class Stempel:
    """What the state file remembers for an event: its version number and when it last changed."""

    volgnummer: int
    tijdstempel: datetime  # UTC


def met_stempel(inhoud: bytes, stempel: Stempel) -> Event:
    """The stored event content with its DTSTAMP, SEQUENCE and LAST-MODIFIED."""
    e = Event.from_ical(inhoud)
    voeg_stempel_toe(e, stempel)
    return e


def voeg_stempel_toe(e: Event, stempel: Stempel) -> None:
    e.add("DTSTAMP", stempel.tijdstempel)
    e.add("SEQUENCE", stempel.volgnummer)
    e.add("LAST-MODIFIED", stempel.tijdstempel)


def kalender_uit_delen(titel: str, tzid: str, events: Iterable[bytes], met_tijdzone: bool) -> bytes:
    """A VCALENDAR from events already serialised by icalendar.

    icalendar writes a component as its own content lines followed by its subcomponents', so
    inserting each event's `to_ical()` bytes before END:VCALENDAR gives exactly `Calendar.to_ical()`
    (a test compares both). An event in several feeds is then serialised once, not once per feed.
    """
    leeg = kalender(titel, tzid, (), met_tijdzone)
    einde = b"END:VCALENDAR\r\n"
    assert leeg.endswith(einde)
    return leeg[: -len(einde)] + b"".join(events) + einde


def kalender(titel: str, tzid: str, events: Iterable[Event], met_tijdzone: bool) -> bytes:
    cal = Calendar()
    cal.add("VERSION", "2.0")
    cal.add("PRODID", PRODID)
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    cal.add("X-WR-CALNAME", titel)
    cal.add("NAME", titel)
    cal.add("X-WR-TIMEZONE", tzid)
    cal.add("REFRESH-INTERVAL", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("X-PUBLISHED-TTL", VERVERS)
    if met_tijdzone:
        cal.add_component(vtimezone(tzid))
    for e in events:
        cal.add_component(e)
    return cal.to_ical()
