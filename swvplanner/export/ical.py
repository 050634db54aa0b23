"""Gebeurtenissen as VEVENTs and feeds as VCALENDARs (icalendar >= 7.3)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from icalendar import Calendar, Component, Event

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


OCTETTEN = 75  # RFC 5545 3.1: content lines SHOULD NOT be longer than 75 octets, excluding the line break


def vouw(regel: str) -> str:
    """One content line folded as RFC 5545 3.1 asks, never inside an escape or a UTF-8 character.

    icalendar's own fold (7.3) moves a trailing backslash to the next line but does not count them, so
    it splits an escaped backslash ('\\\\') and then the '\\n' after it; some clients (Outlook, see
    icalendar issue #1501) unfold such a line wrongly. Here an escape ('\\' or RFC 6868's '^' with the
    character after it) is one unit. Otherwise the same as icalendar's: a line holds at most 74 octets,
    a continuation line a space and at most 74 more, so unchanged lines keep their bytes.
    """
    delen: list[str] = []
    i = 0
    while i < len(regel):
        lengte = 2 if regel[i] in "\\^" and i + 1 < len(regel) else 1
        delen.append(regel[i : i + lengte])
        i += lengte
    regels: list[str] = []
    huidig: list[str] = []
    octetten = 0
    for deel in delen:
        n = len(deel.encode("utf-8"))
        if huidig and octetten + n >= OCTETTEN:
            regels.append("".join(huidig))
            huidig, octetten = [], 0
        huidig.append(deel)
        octetten += n
    if huidig:
        regels.append("".join(huidig))
    return "\r\n ".join(regels)


def naar_ical(component: Component) -> bytes:
    """A component (with its subcomponents) as iCalendar bytes: icalendar's content lines, folded by `vouw`."""
    return b"".join(vouw(str(r)).encode("utf-8") + b"\r\n" for r in component.content_lines() if r)


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
    inserting each event's `naar_ical()` bytes before END:VCALENDAR gives exactly `naar_ical(Calendar)`
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
    # No METHOD. With METHOD:PUBLISH the feed is an iTIP message (RFC 5546), and iTIP requires an
    # ORGANIZER in every VEVENT: libical's check (Evolution and other GNOME clients) refuses the
    # events without one. An ORGANIZER would put a mailbox in every public feed, change every event
    # (so every SEQUENCE), and offers some clients a reply to the organiser; without METHOD the feed
    # is a plain iCalendar object (RFC 5545 3.7.2: METHOD is optional, and it would have to be in
    # the Content-Type too), which every consumer tested in tests/export/test_consumenten.py accepts.
    cal.add("X-WR-CALNAME", titel)
    cal.add("NAME", titel)
    cal.add("X-WR-TIMEZONE", tzid)
    cal.add("REFRESH-INTERVAL", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("X-PUBLISHED-TTL", VERVERS)
    if met_tijdzone:
        cal.add_component(vtimezone(tzid))
    for e in events:
        cal.add_component(e)
    return naar_ical(cal)
