"""Every feed file, fed to every consumer the issue names: icalendar, ical, vobject, Radicale, khal and
libical. Each must accept the file and read back exactly our events: their count, UIDs and summaries.

Three plan folders: the bundled example (plans/, both schooljaren) with one meeting deleted after a
first export (so a cancelled last version is in the feeds), a freshly `swvplanner init`-ed
organisation, and the example with awkward texts (escapes, multi-byte characters, long lines).

libical: its iTIP check (`icalrestriction_check`) is what refused the feeds with METHOD:PUBLISH and no
ORGANIZER. It is run for real through the system Python's GObject bindings (Debian: python3-gi and
gir1.2-ical-3.0; .ci/run installs them when it can); its rule table is also applied here, from
libical's own source, so the test means something on a machine without them.
"""

from __future__ import annotations

import base64
import io
import json
import shutil
import subprocess
import textwrap
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from wsgiref.util import setup_testing_defaults

import icalendar
import pytest
import vobject
from click.testing import CliRunner
from ical.calendar_stream import IcsCalendarStream

from swvplanner.cli import hoofd
from swvplanner.core.model.vergaderingen import Vergadering
from swvplanner.export.gebeurtenissen import gebeurtenissen
from swvplanner.export.schrijver import exporteer
from swvplanner.store.planmap import laad_map
from tests.voorbeelden import LEVEND

from .hulp import MULTIBYTE, NIEUWE_REGELS, wijzig_vergaderingen

NU1 = datetime(2025, 9, 1, 8, 0, tzinfo=UTC)
NU2 = datetime(2025, 9, 8, 8, 0, tzinfo=UTC)
VANDAAG = date(2025, 9, 8)
OPR3 = "opr-2526-03@planning.swv-nmd-po.nl"
LASTIG = "Één ‘lastige’ titel; met komma, puntkomma; \\ backslash, ĳsbaan en 🎉"


@dataclass(frozen=True)
class Feedbestand:
    variant: str
    naam: str
    pad: Path
    verwacht: Counter[tuple[str, str]]  # (UID, SUMMARY) as the plans make them


def _exporteer(variant: str, plans: Path, uit: Path, nu: datetime, vandaag: date) -> list[Feedbestand]:
    plannen = laad_map(plans).plannen
    r = exporteer(plannen, uit, nu, vandaag)  # type: ignore[arg-type]
    alle = gebeurtenissen(plannen, vandaag)  # type: ignore[arg-type]
    uit_: list[Feedbestand] = []
    for f in r.feeds:
        pad = uit / "prive" / r.tokens[f.naam] / f"{f.naam}.ics" if f.prive else uit / f"{f.naam}.ics"
        uit_.append(
            Feedbestand(variant, f.naam, pad, Counter((g.uid, g.samenvatting) for g in alle if f.naam in g.feeds))
        )
    return uit_


def _voorbeeld(tmp: Path) -> list[Feedbestand]:
    """The bundled example; opr-2526-03 is deleted after the first export, so the second publishes it
    as cancelled, with 'Geannuleerd: ' before its summary."""
    plans = tmp / "plans"
    shutil.copytree(LEVEND, plans)
    _exporteer("voorbeeld", plans, tmp / "calendars", NU1, VANDAAG)
    weg = next(g for g in gebeurtenissen(laad_map(plans).plannen, VANDAAG) if g.uid == OPR3)  # type: ignore[arg-type]
    wijzig_vergaderingen(plans, lambda vs: [v for v in vs if v.id != "opr-2526-03"])
    feeds = _exporteer("voorbeeld", plans, tmp / "calendars", NU2, VANDAAG)
    for f in feeds:
        if f.naam in weg.feeds:
            f.verwacht[(OPR3, "Geannuleerd: OPR")] += 1
    return feeds


def _init(tmp: Path) -> list[Feedbestand]:
    plans = tmp / "plans"
    args = ["init", str(plans), "--naam", "SWV Proef PO", "--kort", "SWV Proef", "--soort", "po"]
    args += ["--regio", "zuid", "--schooljaar", "2026-2027", "--geen-git", "--vandaag", "2026-12-01"]
    r = CliRunner().invoke(hoofd, args)
    assert r.exit_code == 0, r.output
    return _exporteer("init", plans, tmp / "calendars", NU2, date(2026, 12, 1))


def _lastig(tmp: Path) -> list[Feedbestand]:
    plans = tmp / "plans"
    shutil.copytree(LEVEND, plans)
    nieuw = [
        Vergadering(id="opr-vouw-1", orgaan="opr", datum=date(2026, 6, 24), notitie=NIEUWE_REGELS, titel=LASTIG),
        Vergadering(id="opr-vouw-2", orgaan="opr", datum=date(2026, 6, 25), notitie=MULTIBYTE, locatie=LASTIG),
        Vergadering(id="opr-vouw-3", orgaan="opr", datum=date(2026, 6, 26), notitie="b\\n;,\\" * 40),
    ]
    wijzig_vergaderingen(plans, lambda vs: [*vs, *nieuw])
    return _exporteer("lastig", plans, tmp / "calendars", NU1, VANDAAG)


@pytest.fixture(scope="module")
def feeds(tmp_path_factory: pytest.TempPathFactory) -> list[Feedbestand]:
    uit = []
    for maak in (_voorbeeld, _init, _lastig):
        uit += maak(tmp_path_factory.mktemp(maak.__name__.strip("_")))
    return uit


def test_alle_varianten_en_feeds(feeds):
    """The three folders give what the tests below rely on: private feeds, an empty feed, the deleted
    meeting, the awkward title, and the init-ed organisation's deadlines."""
    per = Counter(f.variant for f in feeds)
    assert set(per) == {"voorbeeld", "init", "lastig"} and all(n > 5 for n in per.values())
    assert any("/prive/" in str(f.pad) for f in feeds)
    assert any(not f.verwacht for f in feeds)  # an empty feed: only the VTIMEZONE
    assert any(s.startswith("Geannuleerd: ") for f in feeds for _, s in f.verwacht)
    assert any(s == f"OPR: {LASTIG}" for f in feeds for _, s in f.verwacht)
    init_deadlines = next(f for f in feeds if f.variant == "init" and f.naam == "deadlines")
    assert len(init_deadlines.verwacht) >= 5


def _vergelijk(f: Feedbestand, gelezen: list[tuple[str, str]]) -> list[str]:
    """What differs between the events a consumer read back and ours (empty: exactly ours)."""
    if Counter(gelezen) == f.verwacht:
        return []
    teveel = sorted((Counter(gelezen) - f.verwacht).elements())
    tekort = sorted((f.verwacht - Counter(gelezen)).elements())
    waar = f"{f.variant}/{f.naam}: {len(gelezen)} gelezen, {f.verwacht.total()} verwacht"
    return [f"{waar}; teveel {teveel[:3]}, tekort {tekort[:3]}"]


def test_icalendar(feeds):
    fouten = []
    for f in feeds:
        cal = icalendar.Calendar.from_ical(f.pad.read_bytes())
        assert not cal.errors, (f.naam, cal.errors)
        fouten += _vergelijk(f, [(str(e["UID"]), str(e["SUMMARY"])) for e in cal.walk("VEVENT")])
    assert fouten == []


def test_ical(feeds):
    """The `ical` package (Home Assistant's): strict pydantic models of RFC 5545."""
    fouten = []
    for f in feeds:
        cal = IcsCalendarStream.calendar_from_ics(f.pad.read_text(encoding="utf-8"))
        fouten += _vergelijk(f, [(e.uid, e.summary) for e in cal.events])
    assert fouten == []


def test_vobject(feeds):
    fouten = []
    for f in feeds:
        cal = vobject.readOne(f.pad.read_text(encoding="utf-8"), validate=True)
        fouten += _vergelijk(f, [(e.uid.value, e.summary.value) for e in getattr(cal, "vevent_list", [])])
    assert fouten == []


class Radicale:
    """A Radicale server, called through its WSGI application (its real request handling, no socket)."""

    def __init__(self, map_: Path) -> None:
        import radicale
        import radicale.config

        conf = radicale.config.load()
        conf.update(
            {
                # _filesystem_fsync off: the test needs Radicale's checks, not the durability of its files
                "storage": {"filesystem_folder": str(map_), "_filesystem_fsync": "False"},
                "auth": {"type": "none"},
                "rights": {"type": "owner_only"},
            },
            "test",
            privileged=True,
        )
        self.app = radicale.Application(conf)

    def __call__(self, methode: str, pad: str, inhoud: bytes = b"") -> tuple[str, bytes]:
        env: dict[str, object] = {}
        setup_testing_defaults(env)
        env.update(
            REQUEST_METHOD=methode,
            PATH_INFO=pad,
            SCRIPT_NAME="",
            CONTENT_LENGTH=str(len(inhoud)),
            CONTENT_TYPE="text/calendar; charset=utf-8",
            HTTP_AUTHORIZATION="Basic " + base64.b64encode(b"swv:x").decode(),
        )
        env["wsgi.input"] = io.BytesIO(inhoud)
        status: list[str] = []
        antwoord = b"".join(self.app(env, lambda s, _h, _e=None: status.append(s)))
        return status[0], antwoord


def test_radicale(feeds, tmp_path):
    """Each feed (see _keuze) is PUT as a whole calendar (Radicale checks it and splits it per UID),
    then read back with GET."""
    server = Radicale(tmp_path)
    fouten = []
    for nr, f in enumerate(_keuze(feeds)):
        status, antwoord = server("PUT", f"/swv/feed{nr}/", f.pad.read_bytes())
        assert status == "201 Created", (f.variant, f.naam, status, antwoord[:500])
        status, antwoord = server("GET", f"/swv/feed{nr}/")
        assert status == "200 OK", (f.variant, f.naam, status)
        cal = icalendar.Calendar.from_ical(antwoord)
        fouten += _vergelijk(f, [(str(e["UID"]), str(e["SUMMARY"])) for e in cal.walk("VEVENT")])
    assert fouten == []


KHAL_CONFIG = """\
[calendars]
[[swv]]
path = {map}
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/Amsterdam
default_timezone = Europe/Amsterdam
[sqlite]
path = {db}
"""


@pytest.fixture(autouse=True)
def zoneinfo_terug():
    """Importing khal switches icalendar to pytz for the whole process (khal/icalendar.py: use_pytz()):
    switch back, so later tests get icalendar's default time zones."""
    yield
    icalendar.use_zoneinfo()


def _khal(config: Path, *args: str) -> str:
    from khal.cli import main_khal

    r = CliRunner().invoke(main_khal, ["-c", str(config), *args])
    assert r.exit_code == 0, (args, r.output, r.exception)
    return r.output


FORMAAT = ("--format", "{uid}\t{title}")


def _khal_regels(uitvoer: str) -> list[tuple[str, str]]:
    return [(u, t) for u, t in (regel.split("\t", 1) for regel in uitvoer.splitlines() if "\t" in regel)]


def test_khal_printics(feeds, tmp_path):
    """`khal printics`: khal reads each feed as it does for an import, and lists its events."""
    config = tmp_path / "khal.conf"
    config.write_text(KHAL_CONFIG.format(map=tmp_path / "leeg", db=tmp_path / "khal.db"), encoding="utf-8")
    (tmp_path / "leeg").mkdir()
    fouten = []
    for f in feeds:
        uitvoer = _khal(config, "printics", *FORMAAT, str(f.pad))
        assert uitvoer.startswith(f"{f.verwacht.total()} events found in {f.pad}\n"), (f.variant, f.naam, uitvoer[:300])
        fouten += _vergelijk(f, _khal_regels(uitvoer))
    assert fouten == []


# Radicale (through vobject, which rebuilds the time zone's transitions for every event) and khal's
# import (a file and a database row per event, each parsed again) take a fraction of a second per
# event: they get the feeds that hold every event at least once (alles and the private feeds), plus one
# of every other kind (an orgaan, a rol, deadlines, an empty feed), of the example and the init-ed
# folder; of the awkward one, the OPR feed that holds its awkward meetings.
SOORTEN = {"alles", "deadlines", "opr", "directeur-bestuurder", "bestuur"}


def _keuze(feeds: list[Feedbestand]) -> list[Feedbestand]:
    gekozen = [
        f for f in feeds if f.variant != "lastig" and (f.naam in SOORTEN or "/prive/" in str(f.pad) or not f.verwacht)
    ]
    gekozen += [f for f in feeds if f.variant == "lastig" and f.naam == "opr"]
    for variant in ("voorbeeld", "init"):
        alle = {u for f in feeds if f.variant == variant for u, _ in f.verwacht}
        assert alle == {u for f in gekozen if f.variant == variant for u, _ in f.verwacht}, variant
    assert {f.variant for f in gekozen} == {"voorbeeld", "init", "lastig"}
    return gekozen


def test_khal_import(feeds, tmp_path):
    """`khal import --batch` into an empty calendar, then `khal list` of 2024 to 2027."""
    fouten = []
    for nr, f in enumerate(_keuze(feeds)):
        map_ = tmp_path / f"feed{nr}"
        map_.mkdir()
        config = tmp_path / f"feed{nr}.conf"
        config.write_text(KHAL_CONFIG.format(map=map_, db=tmp_path / f"feed{nr}.db"), encoding="utf-8")
        assert _khal(config, "import", "--batch", "-a", "swv", str(f.pad)) == "", (f.variant, f.naam)
        assert len(list(map_.glob("*.ics"))) == f.verwacht.total(), (f.variant, f.naam)
        uitvoer = _khal(config, "list", *FORMAAT, "--day-format", "", "2024-01-01", "2028-01-01")
        fouten += _vergelijk(f, _khal_regels(uitvoer))
    assert fouten == []


# ---------------------------------------------------------------------------------------------
# libical


LIBICAL = textwrap.dedent(
    """
    import json, sys
    import gi
    gi.require_version("ICalGLib", "3.0")
    from gi.repository import ICalGLib as I
    uit = []
    for pad in sys.argv[1:]:
        cal = I.Component.new_from_string(open(pad, encoding="utf-8").read())
        geldig = bool(I.restriction_check(cal))
        fouten, events = [], []
        ev = cal.get_first_component(I.ComponentKind.VEVENT_COMPONENT)
        while ev:
            events.append([ev.get_uid(), ev.get_summary()])
            p = ev.get_first_property(I.PropertyKind.XLICERROR_PROPERTY)
            while p:
                fouten.append(p.get_xlicerror())
                p = ev.get_next_property(I.PropertyKind.XLICERROR_PROPERTY)
            ev = cal.get_next_component(I.ComponentKind.VEVENT_COMPONENT)
        p = cal.get_first_property(I.PropertyKind.XLICERROR_PROPERTY)
        while p:
            fouten.append(p.get_xlicerror())
            p = cal.get_next_property(I.PropertyKind.XLICERROR_PROPERTY)
        uit.append({"geldig": geldig, "fouten": fouten, "events": events})
    print(json.dumps(uit))
    """
)
SYSTEEM_PYTHON = "/usr/bin/python3"


def _libical(paden: list[Path]) -> list[dict[str, object]]:
    r = subprocess.run([SYSTEEM_PYTHON, "-c", LIBICAL, *map(str, paden)], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def _libical_aanwezig() -> bool:
    try:
        subprocess.run(
            [SYSTEEM_PYTHON, "-c", "import gi; gi.require_version('ICalGLib', '3.0')"], capture_output=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return False
    return True


@pytest.mark.skipif(not _libical_aanwezig(), reason="libical niet aanwezig (Debian: python3-gi en gir1.2-ical-3.0)")
def test_libical(feeds, tmp_path):
    """libical itself: parsing, its iTIP check (icalrestriction_check), and the events it read."""
    fouten = []
    for f, gelezen in zip(feeds, _libical([f.pad for f in feeds]), strict=True):
        assert (gelezen["geldig"], gelezen["fouten"]) == (True, []), (f.variant, f.naam)
        fouten += _vergelijk(f, [tuple(e) for e in gelezen["events"]])  # type: ignore[union-attr, misc]
    assert fouten == []
    # The check does refuse a feed with METHOD:PUBLISH and no ORGANIZER (what the feeds had before).
    oud = tmp_path / "oud.ics"
    oud.write_bytes(
        feeds[0].pad.read_bytes().replace(b"CALSCALE:GREGORIAN\r\n", b"CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n")
    )
    gelezen = _libical([oud])[0]
    assert gelezen["geldig"] is False
    assert "Failed iTIP restrictions for ORGANIZER property. Expected 1 instances of the property and got 0" in str(
        gelezen["fouten"]
    )


RESTRICTIES = Path(__file__).parent / "data" / "libical-restricties.csv"


def _regels() -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """(method, component) -> [(property, sub-component, restriction)], from libical's table."""
    uit: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for regel in RESTRICTIES.read_text(encoding="utf-8").splitlines():
        if regel.startswith("#"):
            continue
        methode, component, eigenschap, sub, beperking = regel.split("#")[0].strip().split(",")[:5]
        uit.setdefault((methode, component), []).append((eigenschap, sub, beperking))
    return uit


def _toegestaan(beperking: str, n: int) -> bool:
    """libical's compare_map: ONEEXCLUSIVE and ONEMUTUAL are first checked as ZEROORONE."""
    return {
        "ZERO": n == 0,
        "ONE": n == 1,
        "ZEROORONE": n <= 1,
        "ONEEXCLUSIVE": n <= 1,
        "ONEMUTUAL": n <= 1,
        "ONEPLUS": n >= 1,
        "ZEROPLUS": True,
    }[beperking]


def itip_fouten(ruw: bytes) -> list[str]:
    """libical's icalrestriction_check, as its source applies the table: the VCALENDAR with method NONE,
    its components with the calendar's METHOD (none: NONE), inside a VTIMEZONE NONE again; per property
    and per sub-component its count, plus the DTEND-or-DURATION check. (libical 4 also wants at least one
    VEVENT/VTODO/... in a VCALENDAR; libical 3, in Debian 12, does not: see the README.)"""
    regels = _regels()
    cal = icalendar.Calendar.from_ical(ruw)
    fouten: list[str] = []

    def soort(c: icalendar.cal.Component) -> str:
        return {"STANDARD": "XSTANDARD", "DAYLIGHT": "XDAYLIGHT"}.get(c.name, c.name)

    def controleer(c: icalendar.cal.Component, methode: str) -> None:
        namen = Counter("X" if k.startswith("X-") else k.replace("-", "") for k in c)
        subs = Counter(soort(s) for s in c.subcomponents)
        for eigenschap, sub, beperking in regels.get((methode, soort(c)), []):
            n = subs[sub] if eigenschap == "NONE" and sub != "NONE" else namen[eigenschap]
            if eigenschap == "NONE" and sub == "NONE":
                continue
            if not _toegestaan(beperking, n):
                fouten.append(
                    f"{methode} {soort(c)} {c.get('UID', '')}: {eigenschap if sub == 'NONE' else sub} {n}x, {beperking}"
                )
        if namen["DTEND"] and namen["DURATION"]:
            fouten.append(f"{soort(c)} {c.get('UID', '')}: DTEND en DURATION")
        binnen = methode
        if c.name == "VCALENDAR":
            binnen = str(c["METHOD"]) if "METHOD" in c else "NONE"
        if c.name == "VTIMEZONE":
            binnen = "NONE"
        for s in c.subcomponents:
            controleer(s, binnen)

    controleer(cal, "NONE")
    return fouten


def test_itip_regel_van_libical(feeds):
    """libical's rule, applied here: every feed passes; the same feed with METHOD:PUBLISH does not."""
    assert {
        f"{f.variant}/{f.naam}": itip_fouten(f.pad.read_bytes()) for f in feeds if itip_fouten(f.pad.read_bytes())
    } == {}
    ruw = next(f for f in feeds if f.naam == "opr").pad.read_bytes()
    met_methode = ruw.replace(b"CALSCALE:GREGORIAN\r\n", b"CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n")
    fouten = itip_fouten(met_methode)
    assert fouten and all(f.startswith("PUBLISH VEVENT ") and f.endswith(": ORGANIZER 0x, ONE") for f in fouten)
    assert len(fouten) == ruw.count(b"BEGIN:VEVENT")
