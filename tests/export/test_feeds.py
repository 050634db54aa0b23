"""The generated .ics files: parseable by three libraries, RFC 5545 on the byte level, the calendar
properties Outlook needs, a correct VTIMEZONE, and the right events in the right feeds."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from dateutil.rrule import rrulestr
from ical.calendar_stream import IcsCalendarStream

from swvplanner import __version__
from swvplanner.core.model.vergaderingen import Vergadering
from swvplanner.store.planmap import laad_map
from tests.voorbeelden import EEN_JAAR

from .hulp import (
    ALLE_FEEDS,
    CRLF,
    LEGE_FEEDS,
    MULTIBYTE,
    NIEUWE_REGELS,
    OPENBARE_FEEDS,
    PRIVE_FEEDS,
    STEMPEL1,
    events,
    exporteer_map,
    feedpad,
    kalender,
    kopieer_plannen,
    ontvouw,
    tokens,
    uid,
    vevent_blok,
    voeg_toe,
)

AMS = ZoneInfo("Europe/Amsterdam")

DST = {  # extra OPR meetings around the switches: local 19:30 -> UTC
    "opr-dst-20251024": (date(2025, 10, 24), datetime(2025, 10, 24, 17, 30, tzinfo=UTC)),  # CEST
    "opr-dst-20251027": (date(2025, 10, 27), datetime(2025, 10, 27, 18, 30, tzinfo=UTC)),  # CET
    "opr-dst-20260327": (date(2026, 3, 27), datetime(2026, 3, 27, 18, 30, tzinfo=UTC)),  # CET
    "opr-dst-20260330": (date(2026, 3, 30), datetime(2026, 3, 30, 17, 30, tzinfo=UTC)),  # CEST
}


@pytest.fixture(scope="module")
def basis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example plans, unchanged, exported once."""
    tmp = tmp_path_factory.mktemp("basis")
    plans = kopieer_plannen(tmp)
    exporteer_map(plans, tmp / "calendars")
    return tmp / "calendars"


@pytest.fixture(scope="module")
def extra(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example plans plus OPR meetings around the DST switches and long, awkward descriptions."""
    tmp = tmp_path_factory.mktemp("extra")
    plans = kopieer_plannen(tmp)
    voeg_toe(plans, *(Vergadering(id=vid, orgaan="opr", datum=d) for vid, (d, _) in DST.items()))
    voeg_toe(
        plans,
        Vergadering(id="opr-vouw-1", orgaan="opr", datum=date(2026, 6, 24), notitie=NIEUWE_REGELS),
        Vergadering(
            id="opr-vouw-2",
            orgaan="opr",
            datum=date(2026, 6, 25),
            notitie=MULTIBYTE,
            titel="Overleg met één ‘lastige’ titel – “aanhalingstekens”, puntkomma; en komma",
        ),
    )
    exporteer_map(plans, tmp / "calendars")
    return tmp / "calendars"


VARIANTEN = ["basis", "extra"]


def _feedgevallen(xfail_leeg: str | None = None) -> list[object]:
    uit = []
    for variant in VARIANTEN:
        for naam in ALLE_FEEDS:
            marks = []
            if xfail_leeg and naam in LEGE_FEEDS:
                marks.append(pytest.mark.xfail(reason=xfail_leeg, strict=True))
            uit.append(pytest.param(variant, naam, marks=marks, id=f"{variant}-{naam}"))
    return uit


def _ruw(request: pytest.FixtureRequest, variant: str, naam: str) -> bytes:
    return feedpad(request.getfixturevalue(variant), naam).read_bytes()


# ---------------------------------------------------------------------------------------------
# Three parsers


@pytest.mark.parametrize(("variant", "naam"), _feedgevallen())
def test_icalendar_parst_en_valideert(request, variant, naam):
    cal = icalendar.Calendar.from_ical(_ruw(request, variant, naam))
    cal.validate()
    for e in cal.walk("VEVENT"):
        for sleutel in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE", "STATUS", "TRANSP"):
            assert sleutel in e, (naam, e.get("UID"), sleutel)


@pytest.mark.parametrize(("variant", "naam"), _feedgevallen())
def test_ical_leest_de_hele_tijdlijn(request, variant, naam):
    tekst = _ruw(request, variant, naam).decode("utf-8")
    cal = IcsCalendarStream.calendar_from_ics(tekst)
    n_events = tekst.count("BEGIN:VEVENT")
    assert len(cal.events) == n_events
    gezien = [ev.uid for ev in cal.timeline]
    assert sorted(gezien) == sorted(ev.uid for ev in cal.events)
    assert len(list(cal.timeline_tz(AMS))) == n_events


@pytest.mark.parametrize(("variant", "naam"), _feedgevallen())
def test_vobject_valideert(request, variant, naam):
    tekst = _ruw(request, variant, naam).decode("utf-8")
    cal = vobject.readOne(tekst, validate=True)
    assert cal.name == "VCALENDAR"
    assert len(getattr(cal, "vevent_list", [])) == tekst.count("BEGIN:VEVENT")


# ---------------------------------------------------------------------------------------------
# Raw bytes


@pytest.mark.parametrize(("variant", "naam"), _feedgevallen())
def test_ruwe_bytes(request, variant, naam):
    ruw = _ruw(request, variant, naam)
    ruw.decode("utf-8")  # valid UTF-8 as a whole
    assert ruw.startswith(b"BEGIN:VCALENDAR\r\n")
    assert ruw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in ruw.replace(CRLF, b""), "a bare LF"
    assert b"\r" not in ruw.replace(CRLF, b""), "a bare CR"
    regels = ruw.split(CRLF)
    assert regels[-1] == b""
    regels = regels[:-1]
    for nr, regel in enumerate(regels, 1):
        assert len(regel) <= 75, f"line {nr} has {len(regel)} octets: {regel!r}"
        regel.decode("utf-8")  # a fold never splits a multi-byte sequence
    for nr, (a, b) in enumerate(zip(regels, regels[1:], strict=False), 1):
        if b[:1] in (b" ", b"\t"):
            staart = len(a) - len(a.rstrip(b"\\"))
            # An odd number of trailing backslashes: the line ends inside an escape.
            assert not (staart % 2 == 1 and b[1:2] in (b"n", b"N")), (
                f"fold between '\\' and 'n' after line {nr}: {a[-20:]!r} / {b[:20]!r}"
            )


def test_vouwen_onder_druk_komt_echt_voor(extra):
    """The stress descriptions do produce folds right next to '\\n' escapes and multi-byte characters."""
    ruw = feedpad(extra, "opr").read_bytes()
    regels = ruw.split(CRLF)
    vervolg = [r for r in regels if r.startswith(b" ")]
    assert len(vervolg) > 100
    assert any(r.startswith(b" \\n") for r in vervolg)  # the fold moved the whole escape
    assert any(r[1:2] >= b"\x80" for r in vervolg)  # a fold right before a multi-byte character
    beschrijving = icalendar.Calendar.from_ical(ruw)
    opr = {str(e["UID"]): e for e in beschrijving.walk("VEVENT")}
    assert str(opr[uid("opr-vouw-1")]["DESCRIPTION"]) == "Ondersteuningsplanraad\n\n" + NIEUWE_REGELS.strip()
    assert (
        str(opr[uid("opr-vouw-2")]["DESCRIPTION"])
        == "Ondersteuningsplanraad – Overleg met één ‘lastige’ titel – “aanhalingstekens”, puntkomma; en komma"
        "\n\n" + MULTIBYTE.strip()
    )
    assert (
        str(opr[uid("opr-vouw-2")]["SUMMARY"])
        == "OPR: Overleg met één ‘lastige’ titel – “aanhalingstekens”, puntkomma; en komma"
    )


def test_vouw_nooit_binnen_een_escape(tmp_path):
    plans = kopieer_plannen(tmp_path)
    tekst = "".join("b" * k + "\\n;,\\" for k in range(1, 80))  # literal backslashes in the text
    voeg_toe(plans, Vergadering(id="opr-vouw-3", orgaan="opr", datum=date(2026, 6, 26), notitie=tekst))
    exporteer_map(plans, tmp_path / "uit")
    ruw = (tmp_path / "uit" / "opr.ics").read_bytes()
    e = events(tmp_path / "uit", "opr")[uid("opr-vouw-3")]
    assert str(e["DESCRIPTION"]) == "Ondersteuningsplanraad\n\n" + tekst  # content survives either way
    regels = ruw.split(CRLF)
    for a, b in zip(regels, regels[1:], strict=False):
        if b.startswith(b" "):
            staart = len(a) - len(a.rstrip(b"\\"))
            assert staart % 2 == 0, f"fold inside an escape: {a[-20:]!r} / {b[:20]!r}"


# ---------------------------------------------------------------------------------------------
# Calendar properties


@pytest.mark.parametrize(("variant", "naam"), _feedgevallen())
def test_kalendereigenschappen(request, variant, naam):
    ruw = _ruw(request, variant, naam)
    cal = icalendar.Calendar.from_ical(ruw)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]) == f"-//swvplanner//swvplanner {__version__}//NL"
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    assert "METHOD" not in cal  # a plain iCalendar object, no iTIP message: see export/ical.py
    assert str(cal["X-WR-CALNAME"]) == str(cal["NAME"])
    assert str(cal["X-WR-CALNAME"]).startswith("SWV NMD PO – ")
    assert str(cal["X-WR-TIMEZONE"]) == "Europe/Amsterdam"
    assert str(cal["X-PUBLISHED-TTL"]) == "PT1H"
    regels = ontvouw(ruw)
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H" in regels
    for verboden in (b"ORGANIZER", b"ATTENDEE", b"BEGIN:VALARM", b"RDATE", b"EXDATE", b"RECURRENCE-ID"):
        assert not any(r.startswith(verboden) for r in regels), verboden
    # RRULE only inside the VTIMEZONE
    binnen_tz = False
    for r in regels:
        if r == b"BEGIN:VTIMEZONE":
            binnen_tz = True
        elif r == b"END:VTIMEZONE":
            binnen_tz = False
        elif r.startswith(b"RRULE"):
            assert binnen_tz, r
    assert regels.count(b"BEGIN:VCALENDAR") == 1


@pytest.mark.parametrize(
    ("naam", "titel"),
    [
        ("opr", "SWV NMD PO – OPR"),
        ("alles", "SWV NMD PO – Alles"),
        ("deadlines", "SWV NMD PO – Deadlines"),
        ("directeur-bestuurder", "SWV NMD PO – Directeur-bestuurder"),
        ("nw-financien", "SWV NMD PO – Nw Financiën"),
        ("cvt", "SWV NMD PO – CvT"),
        ("voorzitter-cvt-cva", "SWV NMD PO – Voorzitter CvT en CvA"),
    ],
)
def test_kalendernaam(basis, naam, titel):
    cal = kalender(basis, naam)
    assert str(cal["X-WR-CALNAME"]) == titel
    assert str(cal["NAME"]) == titel


def test_kop_van_opr_ics_exact(basis):
    ruw = feedpad(basis, "opr").read_bytes()
    kop = ruw.split(b"BEGIN:VEVENT\r\n")[0]
    verwacht = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            f"PRODID:-//swvplanner//swvplanner {__version__}//NL",
            "CALSCALE:GREGORIAN",
            "NAME:SWV NMD PO – OPR",
            "X-WR-CALNAME:SWV NMD PO – OPR",
            "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
            "X-PUBLISHED-TTL:PT1H",
            "X-WR-TIMEZONE:Europe/Amsterdam",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Amsterdam",
            "BEGIN:DAYLIGHT",
            "DTSTART:19810329T020000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "TZNAME:CEST",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "TZNAME:CET",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "END:STANDARD",
            "END:VTIMEZONE",
            "",
        ]
    ).encode("utf-8")
    assert kop == verwacht


def test_eerste_opr_vergadering_exact(basis):
    ruw = feedpad(basis, "opr").read_bytes()
    assert vevent_blok(ruw, uid("opr-2526-01")) == "\r\n".join(
        [
            "BEGIN:VEVENT",
            "SUMMARY:OPR",
            "DTSTART;TZID=Europe/Amsterdam:20251001T193000",
            "DTEND;TZID=Europe/Amsterdam:20251001T213000",
            f"DTSTAMP:{STEMPEL1}",
            "UID:opr-2526-01@planning.swv-nmd-po.nl",
            "SEQUENCE:0",
            "CATEGORIES:OPR",
            "DESCRIPTION:Ondersteuningsplanraad",
            f"LAST-MODIFIED:{STEMPEL1}",
            "LOCATION:Assen",
            "STATUS:CONFIRMED",
            "TRANSP:OPAQUE",
            "END:VEVENT",
            "",
        ]
    ).encode("utf-8")


# ---------------------------------------------------------------------------------------------
# VTIMEZONE


@pytest.mark.parametrize(("variant", "naam"), _feedgevallen())
def test_vtimezone_vorm(request, variant, naam):
    ruw = _ruw(request, variant, naam)
    cal = icalendar.Calendar.from_ical(ruw)
    tijdzones = cal.walk("VTIMEZONE")
    # Every feed carries the VTIMEZONE, also one without timed events: it keeps the VCALENDAR
    # non-empty (RFC 5545 needs at least one component).
    assert len(tijdzones) == 1
    vtz = tijdzones[0]
    assert str(vtz["TZID"]) == "Europe/Amsterdam"
    assert [c.name for c in vtz.subcomponents] == ["DAYLIGHT", "STANDARD"]
    for c in vtz.subcomponents:
        assert "RRULE" in c and "RDATE" not in c
    # Every TZID used by an event is defined, and only Europe/Amsterdam is used.
    assert set(re.findall(rb";TZID=([^:;]+)", ruw)) <= {b"Europe/Amsterdam"}
    for e in cal.walk("VEVENT"):
        for sleutel in ("DTSTART", "DTEND"):
            p = e[sleutel].params
            assert p.get("VALUE") == "DATE" or p.get("TZID") == "Europe/Amsterdam", (e["UID"], sleutel)
            assert not e[sleutel].to_ical().endswith(b"Z")


def _overgangen(vtz: icalendar.Timezone, tot: datetime) -> list[tuple[datetime, timedelta]]:
    """(naive UTC instant, new offset) for every onset of the STANDARD/DAYLIGHT parts up to `tot`."""
    uit = []
    for deel in vtz.subcomponents:
        begin = deel.decoded("DTSTART")
        van, naar = deel.decoded("TZOFFSETFROM"), deel.decoded("TZOFFSETTO")
        regel = rrulestr(deel["RRULE"].to_ical().decode(), dtstart=begin)
        uit += [(lokaal - van, naar) for lokaal in regel.between(begin, tot, inc=True)]
    return sorted(uit)


def test_vtimezone_gelijk_aan_zoneinfo_op_utc_momenten(basis):
    """Expand the VTIMEZONE's own rules (dateutil) and compare every half hour of 2024-2035."""
    vtz = kalender(basis, "opr").walk("VTIMEZONE")[0]
    overgangen = _overgangen(vtz, datetime(2036, 1, 1))
    assert len([o for o in overgangen if datetime(2024, 1, 1) <= o[0] < datetime(2036, 1, 1)]) == 24
    t = datetime(2024, 1, 1)
    i = 0
    fouten = []
    while t < datetime(2036, 1, 1):
        while i + 1 < len(overgangen) and overgangen[i + 1][0] <= t:
            i += 1
        if overgangen[i][1] != t.replace(tzinfo=UTC).astimezone(AMS).utcoffset():
            fouten.append(t)
        t += timedelta(minutes=30)
    assert fouten == []
    # And the switch instants themselves: 01:00 UTC on the last Sundays of March and October.
    for moment, offset in overgangen:
        if moment.year in (2025, 2026):
            assert moment.hour == 1 and moment.minute == 0 and moment.weekday() == 6
            assert offset == (timedelta(hours=2) if moment.month == 3 else timedelta(hours=1))


def test_vtimezone_gelijk_aan_zoneinfo_per_lokaal_uur(basis):
    """icalendar's Timezone.to_tz() built from the components (not the TZID lookup), every local hour."""
    vtz = kalender(basis, "opr").walk("VTIMEZONE")[0]
    eigen = vtz.to_tz(lookup_tzid=False)
    assert not isinstance(eigen, ZoneInfo)  # really built from the VTIMEZONE components
    t = datetime(2024, 1, 1)
    overgeslagen = 0
    fouten = []
    while t < datetime(2036, 1, 1):
        if t.replace(tzinfo=AMS, fold=0).utcoffset() != t.replace(tzinfo=AMS, fold=1).utcoffset():
            overgeslagen += 1  # the non-existent or ambiguous hour at a switch
        elif t.replace(tzinfo=eigen).utcoffset() != t.replace(tzinfo=AMS).utcoffset():
            fouten.append(t)
        t += timedelta(hours=1)
    assert overgeslagen == 24
    assert fouten == []


# ---------------------------------------------------------------------------------------------
# DST: the UTC instants of meetings around the switches


DST_VERWACHT = {
    uid("opr-2526-01"): datetime(2025, 10, 1, 17, 30, tzinfo=UTC),
    **{uid(vid): utc for vid, (_, utc) in DST.items()},
    uid("opr-2526-02"): datetime(2025, 12, 1, 18, 30, tzinfo=UTC),
    uid("opr-2526-05"): datetime(2026, 5, 27, 17, 30, tzinfo=UTC),
}


def test_dst_met_icalendar(extra):
    opr = events(extra, "opr")
    eigen = kalender(extra, "opr").walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    for u, utc in DST_VERWACHT.items():
        e = opr[u]
        begin = e.decoded("DTSTART")
        assert begin.astimezone(UTC) == utc, u
        assert (begin.hour, begin.minute) == (19, 30)
        assert e.decoded("DTEND").astimezone(UTC) == utc + timedelta(hours=2)
        # The same instant through the feed's own VTIMEZONE rules.
        assert begin.replace(tzinfo=eigen).astimezone(UTC) == utc, u
    ruw = feedpad(extra, "opr").read_bytes()
    for vid, (d, _) in DST.items():
        assert f"DTSTART;TZID=Europe/Amsterdam:{d:%Y%m%d}T193000\r\n".encode() in vevent_blok(ruw, uid(vid))


def test_dst_met_ical(extra):
    tekst = feedpad(extra, "opr").read_text(encoding="utf-8")
    cal = IcsCalendarStream.calendar_from_ics(tekst)
    per_uid = {ev.uid: ev for ev in cal.timeline}
    for u, utc in DST_VERWACHT.items():
        assert per_uid[u].dtstart.astimezone(UTC) == utc, u
        assert per_uid[u].dtend.astimezone(UTC) == utc + timedelta(hours=2), u
    lokaal = {ev.uid: ev.dtstart for ev in cal.timeline_tz(AMS)}
    assert all((lokaal[u].hour, lokaal[u].minute) == (19, 30) for u in DST_VERWACHT)


# ---------------------------------------------------------------------------------------------
# Events


def _hele_dag(e: icalendar.Event) -> bool:
    return e["DTSTART"].params.get("VALUE") == "DATE"


def test_vergaderingen_zijn_opaque_met_tzid(basis):
    for naam in ("opr", "tb", "alles", "directeur-bestuurder", "cvt"):
        for u, e in events(basis, naam).items():
            if u.startswith(("kk-", "actie-")):
                continue
            assert str(e["TRANSP"]) == "OPAQUE", u
            if not _hele_dag(e):
                assert e["DTSTART"].params["TZID"] == "Europe/Amsterdam"
                assert isinstance(e.decoded("DTSTART"), datetime)
                assert e.decoded("DTEND") > e.decoded("DTSTART")
    # A time without an end: the standard duration; tb-2526-01 has its own time.
    cvt = events(basis, "cvt")[uid("cvt-2526-01-20250904")]
    assert cvt.decoded("DTSTART") == datetime(2025, 9, 4, 13, 0, tzinfo=AMS)
    tb = events(basis, "tb")[uid("tb-2526-01")]
    assert (tb.decoded("DTSTART"), tb.decoded("DTEND")) == (
        datetime(2025, 10, 1, 11, 0, tzinfo=AMS),
        datetime(2025, 10, 1, 12, 30, tzinfo=AMS),
    )
    kbg = events(basis, "klankbordgroep")[uid("klankbordgroep-2526-02")]
    assert str(kbg["LOCATION"]) == "Online (teams)"
    # A meeting without a time is an all-day event, still opaque.
    kennis = events(basis, "overig")[uid("overig-2526-04")]
    assert _hele_dag(kennis) and kennis.decoded("DTSTART") == date(2026, 6, 17)
    assert kennis.decoded("DTEND") == date(2026, 6, 18) and str(kennis["TRANSP"]) == "OPAQUE"


def test_deadlines_zijn_hele_dagen(basis):
    deadlines = events(basis, "deadlines")
    assert len(deadlines) == 33
    for u, e in deadlines.items():
        assert u.startswith(("kk-", "actie-")), u
        assert _hele_dag(e) and e["DTEND"].params.get("VALUE") == "DATE", u
        begin, eind = e.decoded("DTSTART"), e.decoded("DTEND")
        assert type(begin) is date and eind == begin + timedelta(days=1), u
        assert str(e["TRANSP"]) == "TRANSPARENT", u
        assert str(e["STATUS"]) == "CONFIRMED"
        assert e["CATEGORIES"].cats == (["Kwaliteitskalender"] if u.startswith("kk-") else ["Jaarplan"])
    ruw = feedpad(basis, "deadlines").read_bytes()
    blok = vevent_blok(ruw, uid("kk-begroting-20251231"))
    assert b"\r\nDTSTART;VALUE=DATE:20251231\r\n" in blok and b"\r\nDTEND;VALUE=DATE:20260101\r\n" in blok
    assert str(deadlines[uid("kk-begroting-20251231")]["SUMMARY"]) == "Deadline: Begroting"


@pytest.mark.parametrize("naam", ALLE_FEEDS)
def test_precies_een_categorie(basis, naam):
    ruw = feedpad(basis, naam).read_bytes()
    for blok in ruw.split(b"BEGIN:VEVENT\r\n")[1:]:
        regels = [r for r in ontvouw(b"BEGIN:VEVENT\r\n" + blok) if r.startswith(b"CATEGORIES")]
        assert len(regels) == 1
        waarde = regels[0].split(b":", 1)[1]
        assert re.search(rb"(?<!\\),", waarde) is None, regels[0]  # one value, no list
    for e in kalender(basis, naam).walk("VEVENT"):
        assert len(e["CATEGORIES"].cats) == 1


def test_voorbereiding_van_de_begroting(basis):
    for naam in ("deadlines", "directeur-bestuurder", "alles"):
        e = events(basis, naam)[uid("kk-begroting-20251231-voorbereiding")]
        assert str(e["SUMMARY"]) == "Voorbereiden: Begroting"
        assert e.decoded("DTSTART") == date(2025, 11, 19)  # 31-12-2025 minus 6 weeks
        assert e.decoded("DTEND") == date(2025, 11, 20)
        assert str(e["TRANSP"]) == "TRANSPARENT"
        assert str(e["DESCRIPTION"]).startswith("Deadline: 31-12-2025 (Jaarlijks voor 1 januari)\n")
    ruw = feedpad(basis, "deadlines").read_bytes()
    blok = vevent_blok(ruw, uid("kk-begroting-20251231-voorbereiding"))
    assert b"\r\nDTSTART;VALUE=DATE:20251119\r\n" in blok and b"\r\nDTEND;VALUE=DATE:20251120\r\n" in blok


def _donderdagen_cvt() -> list[date]:
    """Every Thursday of schooljaar 2025-2026 outside the school holidays of region noord and the
    public holidays, minus 22 January 2026 (written out independently of the code under test)."""
    vrij = [
        (date(2025, 7, 12), date(2025, 8, 24)),  # zomervakantie 2025 noord
        (date(2025, 10, 18), date(2025, 10, 26)),  # herfstvakantie noord
        (date(2025, 12, 20), date(2026, 1, 4)),  # kerstvakantie
        (date(2026, 2, 21), date(2026, 3, 1)),  # voorjaarsvakantie noord
        (date(2026, 4, 25), date(2026, 5, 3)),  # meivakantie
        (date(2026, 5, 14), date(2026, 5, 14)),  # Hemelvaartsdag
        (date(2026, 7, 4), date(2026, 8, 16)),  # zomervakantie 2026 noord
    ]
    d = date(2025, 8, 7)  # the first Thursday of August 2025
    uit = []
    while d <= date(2026, 7, 31):
        if not any(a <= d <= b for a, b in vrij) and d != date(2026, 1, 22):
            uit.append(d)
        d += timedelta(days=7)
    return uit


def test_wekelijkse_cvt_reeks(basis):
    verwacht = [uid(f"cvt-2526-01-{d:%Y%m%d}") for d in _donderdagen_cvt()]
    assert verwacht[0] == "cvt-2526-01-20250828@planning.swv-nmd-po.nl"
    assert verwacht[-1] == "cvt-2526-01-20260702@planning.swv-nmd-po.nl"
    assert len(verwacht) == 38
    cvt = events(basis, "cvt")
    reeks = sorted(u for u in cvt if u.startswith("cvt-2526-01-"))
    assert reeks == verwacht
    assert uid("cvt-2526-01-20260122") not in cvt
    for u in reeks:
        e = cvt[u]
        d = date(int(u[12:16]), int(u[16:18]), int(u[18:20]))
        assert e.decoded("DTSTART") == datetime.combine(d, datetime.min.time(), AMS).replace(hour=13)
        assert "RRULE" not in e and str(e["SUMMARY"]) == "CvT" and str(e["LOCATION"]) == "Laak 1"
    # The joint meeting on 22 January (dir-sbo-so with the CvT) is in the CvT feed instead.
    assert set(cvt) == set(reeks) | {uid("dir-sbo-so-2526-02")}
    assert all(not u.startswith("cvt-") for f in OPENBARE_FEEDS for u in events(basis, f))


# ---------------------------------------------------------------------------------------------
# Which events go into which feed


def test_opr_heeft_precies_de_vijf_opr_vergaderingen(basis):
    opr = events(basis, "opr")
    assert list(opr) == [uid(f"opr-2526-0{i}") for i in range(1, 6)]  # sorted by start
    assert [e.decoded("DTSTART").date() for e in opr.values()] == [
        date(2025, 10, 1),
        date(2025, 12, 1),
        date(2026, 2, 11),
        date(2026, 3, 9),
        date(2026, 5, 27),
    ]
    assert all(e["CATEGORIES"].cats == ["OPR"] for e in opr.values())


def _kk_item(u: str) -> str:
    m = re.fullmatch(r"kk-(.+)-\d{8}(-voorbereiding)?@planning\.swv-nmd-po\.nl", u)
    assert m, u
    return m[1]


def test_directeur_bestuurder(basis):
    rol = "directeur-bestuurder"
    plannen = laad_map(EEN_JAAR).plannen
    org = plannen.organisatie
    met_rol = {o.id for o in org.overlegorganen if rol in o.rollen}
    assert {"opr", "tb", "alv", "overig", "oogo", "klankbordgroep"} <= met_rol
    vergaderingen = {
        uid(v.id)
        for vp in plannen.vergaderplanningen.values()
        for v in vp.vergaderingen
        if v.datum and ({v.orgaan, *v.deelnemers} & met_rol or rol in v.deelnemers)
    }
    kk = plannen.kwaliteitskalender
    items = {i.id for i in kk.items() if (i.wie and rol in i.wie.rollen) or any(s.rol == rol for s in i.besluitvorming)}
    acties = {a.id for plan in plannen.jaarplannen.values() for a in plan.acties() if a.wie and rol in a.wie.rollen}
    alle_deadlines = events(basis, "deadlines")
    deadlines = {
        u
        for u in alle_deadlines
        if (u.startswith("kk-") and _kk_item(u) in items)
        or (u.startswith("actie-") and u[len("actie-") :].split("@")[0] in acties)
    }
    db = set(events(basis, rol))
    assert db == vergaderingen | deadlines
    # Spot checks, written out.
    for u in (
        "opr-2526-01",
        "tb-2526-03",
        "alv-2526-01",
        "overig-2526-01",
        "oogo-2526-01",
        "kk-begroting-20251231",
        "kk-begroting-20251231-voorbereiding",
        "kk-ondersteuningsplan-20260430",
        "dir-sbo-so-2526-02",
        "mr-p-2526-01",
    ):
        assert uid(u) in db, u
    for u in (
        "nw-ab-2526-01",
        "wg-po-vo-2526-01",
        "cvt-2526-01-20250904",
        "remuneratiecommissie-2526-01",
        "kk-jaarverslag-opr-20260331",
    ):
        assert uid(u) not in db, u
    # The deadlines of items without that rol stay out (jaarverslag OPR: orgaan opr only).
    assert any(_kk_item(u) == "jaarverslag-opr" for u in alle_deadlines if u.startswith("kk-"))


def test_alles_zonder_besloten_organen(basis):
    alles = events(basis, "alles")
    prive_organen = ("cvt-", "atoz-", "remuneratiecommissie-")
    assert not [u for u in alles if u.startswith(prive_organen)]
    assert not {c for e in alles.values() for c in e["CATEGORIES"].cats} & {"CvT", "ATOZ", "Remuneratiecie"}
    # Everything public is in alles: every event of every public feed.
    openbaar = set().union(*(set(events(basis, f)) for f in OPENBARE_FEEDS if f != "alles"))
    assert set(alles) == openbaar
    assert len(alles) == 103
    # The private organen do have their events, in the private feeds only.
    assert uid("remuneratiecommissie-2526-01") in events(basis, "remuneratiecommissie")
    assert uid("cvt-2526-01-20250904") in events(basis, "voorzitter-cvt-cva")


def test_bestanden_en_besloten_feeds(basis):
    uit = basis
    assert sorted(p.name for p in uit.glob("*.ics")) == sorted(f"{n}.ics" for n in OPENBARE_FEEDS)
    t = tokens(uit)
    assert sorted(t) == sorted(PRIVE_FEEDS)
    assert len(set(t.values())) == len(PRIVE_FEEDS)
    for naam, token in t.items():
        assert re.fullmatch(r"[A-Za-z0-9_-]{24}", token), token
        assert sorted(p.name for p in (uit / "prive" / token).iterdir()) == [f"{naam}.ics"]
    assert sorted(p.name for p in (uit / "prive").iterdir()) == sorted(
        [".gitignore", "staat.json", "tokens.json", *t.values()]
    )
    assert sorted(str(p.relative_to(uit)) for p in uit.rglob("*.ics")) == sorted(
        [f"{n}.ics" for n in OPENBARE_FEEDS] + [f"prive/{t[n]}/{n}.ics" for n in PRIVE_FEEDS]
    )
    gitignore = (uit / "prive" / ".gitignore").read_text(encoding="utf-8")
    assert "*" in gitignore.splitlines()

    manifest = json.loads((uit / "feeds.json").read_text(encoding="utf-8"))
    assert manifest["organisatie"] == "Samenwerkingsverband Noord- en Midden-Drenthe PO"
    assert [f["bestand"] for f in manifest["feeds"]] == [f"{n}.ics" for n in OPENBARE_FEEDS]
    assert manifest["feeds"][3] == {"bestand": "opr.ics", "titel": "SWV NMD PO – OPR", "soort": "orgaan"}
    index = (uit / "index.html").read_text(encoding="utf-8")
    for tekst in ((uit / "feeds.json").read_text(encoding="utf-8"), index):
        for token in t.values():
            assert token not in tekst
        for naam in PRIVE_FEEDS:
            assert f"{naam}.ics" not in tekst
        assert "prive" not in tekst
    for naam in OPENBARE_FEEDS:
        assert f'href="{naam}.ics"' in index
    assert '<html lang="nl">' in index and "Abonneer" in index
    # The public state file (committed to git) holds no private event and no token.
    staat = (uit / ".swvplanner-staat.json").read_text(encoding="utf-8")
    assert not any(tok in staat for tok in t.values())
    openbare_staat = json.loads(staat)["gebeurtenissen"]
    assert not [u for u in openbare_staat if u.startswith(("cvt-", "atoz-", "remuneratiecommissie-"))]
    assert all(not r["prive"] for r in openbare_staat.values())
    prive_staat = json.loads((uit / "prive" / "staat.json").read_text(encoding="utf-8"))["gebeurtenissen"]
    assert uid("cvt-2526-01-20250904") in prive_staat and uid("remuneratiecommissie-2526-02") in prive_staat


def test_besloten_vergadering_lekt_niet_naar_openbare_orgaanfeed(tmp_path):
    plans = kopieer_plannen(tmp_path)
    voeg_toe(
        plans,
        Vergadering(
            id="cvt-2526-extra",
            orgaan="cvt",
            datum=date(2026, 3, 3),
            titel="Besloten dossierbespreking",
            deelnemers=["opr"],
        ),
    )
    uit = tmp_path / "uit"
    exporteer_map(plans, uit)
    assert uid("cvt-2526-extra") in events(uit, "cvt")
    for pad in uit.glob("*.ics"):  # every public feed
        assert b"Besloten dossierbespreking" not in pad.read_bytes(), pad.name


def test_website_onder_elk_agenda_item(tmp_path):
    """`website` in swv.yaml ends every event's DESCRIPTION (meetings, deadlines, voorbereiding, acties,
    actiepunten, closed ones too): clients show the description, most ignore URL."""
    plans = kopieer_plannen(tmp_path)
    swv = plans / "swv.yaml"
    swv.write_text(swv.read_text(encoding="utf-8") + "website: https://www.swv-nmd-po.nl/agenda\n", encoding="utf-8")
    exporteer_map(plans, tmp_path / "uit")
    gezien = Counter()
    for naam in ALLE_FEEDS:
        for e in events(tmp_path / "uit", naam).values():
            beschrijving = str(e["DESCRIPTION"])
            assert beschrijving.endswith("\n\nhttps://www.swv-nmd-po.nl/agenda"), (naam, str(e["UID"]))
            assert beschrijving.count("https://www.swv-nmd-po.nl/agenda") == 1
            gezien[str(e["CATEGORIES"].to_ical().decode()).split(",")[0]] += 1
    assert {"Kwaliteitskalender", "Jaarplan", "OPR", "CvT"} <= set(gezien)
    e = events(tmp_path / "uit", "opr")[uid("opr-2526-01")]
    assert str(e["DESCRIPTION"]) == "Ondersteuningsplanraad\n\nhttps://www.swv-nmd-po.nl/agenda"
