"""Shared helpers for the export tests: a copy of the example plans, exporting with a fixed clock,
changing meetings through the store, and reading the feeds back."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar

from swvplanner.core.model.vergaderingen import Vergadering
from swvplanner.export.schrijver import Resultaat, exporteer
from swvplanner.store.planmap import laad_map
from tests.voorbeelden import EEN_JAAR

ROOT = Path(__file__).resolve().parents[2]
PLANS = EEN_JAAR
VERG = "vergaderingen-2025-2026"
DOMEIN = "planning.swv-nmd-po.nl"
CRLF = b"\r\n"

NU1 = datetime(2025, 9, 1, 8, 0, 0, tzinfo=UTC)
NU2 = datetime(2025, 9, 8, 12, 30, 15, tzinfo=UTC)
NU3 = datetime(2025, 9, 15, 6, 45, 0, tzinfo=UTC)
STEMPEL1 = "20250901T080000Z"
STEMPEL2 = "20250908T123015Z"
STEMPEL3 = "20250915T064500Z"
VANDAAG1 = date(2025, 9, 1)
VANDAAG2 = date(2025, 9, 8)

OPENBARE_FEEDS = [
    "alv",
    "tb",
    "auditcommissie",
    "opr",
    "mr-p",
    "klankbordgroep",
    "dir-sbo-so",
    "stuurgroep-go",
    "wg-po-vo",
    "stuurgroep-hb",
    "wg-steeds-inclusiever",
    "nw-regievoerders",
    "nw-orthopedagogen",
    "nw-nt2",
    "nw-ab",
    "nw-hb-po",
    "nw-financien",
    "overig",
    "oogo",
    "regionaal-beleidsoverleg",
    "directeur-bestuurder",
    "beleidsadviseur",
    "secretariaat",
    "consulent-passend-onderwijs",
    "projectleider-hb",
    "deadlines",
    "alles",
]
PRIVE_FEEDS = ["remuneratiecommissie", "cvt", "atoz", "voorzitter-cvt-cva"]
ALLE_FEEDS = OPENBARE_FEEDS + PRIVE_FEEDS
LEGE_FEEDS = {"stuurgroep-go", "atoz"}  # only meetings with a 'wanneer' text, no dates


# Descriptions that put "\n" escapes and multi-byte characters at every offset of a folded line.
NIEUWE_REGELS = "".join("a" * k + "\n" for k in range(1, 90))
MULTIBYTE = "".join("é" * k + "€😀\n" for k in range(1, 40)) + "".join("x" * k + "ë\n" for k in range(1, 76))


def uid(deel: str) -> str:
    return f"{deel}@{DOMEIN}"


def kopieer_plannen(doel: Path) -> Path:
    """A private copy of the repository's plans/ (never touched itself)."""
    kopie = doel / "plans"
    shutil.copytree(PLANS, kopie)
    return kopie


def exporteer_map(plans: Path, uit: Path, nu: datetime = NU1, vandaag: date = VANDAAG1, **kw: object) -> Resultaat:
    return exporteer(laad_map(plans).plannen, uit, nu, vandaag, **kw)  # type: ignore[arg-type]


def wijzig_vergaderingen(plans: Path, wijzig: Callable[[list[Vergadering]], list[Vergadering]]) -> None:
    """Change the meetings of 2025-2026 through the store (PlanMap.bewaar), as the TUI would."""
    pm = laad_map(plans)
    model = pm.bestanden[VERG].model
    pm.bewaar(VERG, model.model_copy(update={"vergaderingen": wijzig(list(model.vergaderingen))}))


def verplaats(plans: Path, vid: str, datum: date) -> None:
    wijzig_vergaderingen(plans, lambda vs: [v.model_copy(update={"datum": datum}) if v.id == vid else v for v in vs])


def zet_status(plans: Path, vid: str, status: str) -> None:
    wijzig_vergaderingen(plans, lambda vs: [v.model_copy(update={"status": status}) if v.id == vid else v for v in vs])


def verwijder(plans: Path, vid: str) -> None:
    def zonder(vs: list[Vergadering]) -> list[Vergadering]:
        assert any(v.id == vid for v in vs), vid
        return [v for v in vs if v.id != vid]

    wijzig_vergaderingen(plans, zonder)


def voeg_toe(plans: Path, *nieuw: Vergadering) -> None:
    wijzig_vergaderingen(plans, lambda vs: [*vs, *nieuw])


def tokens(uit: Path) -> dict[str, str]:
    return json.loads((uit / "prive" / "tokens.json").read_text(encoding="utf-8"))


def feedpad(uit: Path, naam: str) -> Path:
    if naam in PRIVE_FEEDS:
        return uit / "prive" / tokens(uit)[naam] / f"{naam}.ics"
    return uit / f"{naam}.ics"


def kalender(uit: Path, naam: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(feedpad(uit, naam).read_bytes())


def events(uit: Path, naam: str) -> dict[str, icalendar.Event]:
    """The feed's VEVENTs by UID (each UID at most once)."""
    uit_ = {}
    for e in kalender(uit, naam).walk("VEVENT"):
        u = str(e["UID"])
        assert u not in uit_, f"UID {u} twice in {naam}.ics"
        uit_[u] = e
    return uit_


def ontvouw(ruw: bytes) -> list[bytes]:
    """The content lines of an iCalendar file, unfolded (RFC 5545 3.1)."""
    return ruw.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").split(b"\r\n")[:-1]


def vevent_blok(ruw: bytes, uid_: str) -> bytes:
    """The raw bytes of the VEVENT with this UID, from BEGIN:VEVENT to END:VEVENT plus CRLF."""
    for blok in ruw.split(b"BEGIN:VEVENT\r\n")[1:]:
        blok = b"BEGIN:VEVENT\r\n" + blok.split(b"END:VEVENT\r\n")[0] + b"END:VEVENT\r\n"
        if f"\r\nUID:{uid_}\r\n".encode() in blok:
            return blok
    raise AssertionError(f"no VEVENT with UID {uid_}")


def bestanden(uit: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file below `uit`: relative path -> (bytes, mtime_ns, inode)."""
    return {
        str(p.relative_to(uit)): (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_ino)
        for p in sorted(uit.rglob("*"))
        if p.is_file()
    }
