"""A meeting of several days is one calendar event (all day: DTEND the day after the einddatum; with a
time: from the start on the first day to the end on the last); a meeting known only by its period
('december 2025') is in no feed until it has a date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from swvplanner.core.model.vergaderingen import Vergadering
from swvplanner.core.nl_datum import Tijdvak, parse_tijd

from .hulp import STEMPEL1, exporteer_map, feedpad, kopieer_plannen, uid, vevent_blok, voeg_toe


def _tijd(tekst: str) -> Tijdvak:
    return parse_tijd(tekst)


@pytest.fixture(scope="module")
def uit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("meerdaags")
    plans = kopieer_plannen(tmp)
    voeg_toe(
        plans,
        Vergadering(
            id="overig-congres",
            orgaan="overig",
            titel="Congres passend onderwijs",
            datum=date(2025, 10, 2),
            einddatum=date(2025, 10, 3),
        ),
        Vergadering(
            id="overig-tweedaagse",
            orgaan="overig",
            titel="Tweedaagse",
            datum=date(2026, 3, 2),
            einddatum=date(2026, 3, 4),
            tijd=_tijd("09:00-16:30"),
        ),
        Vergadering(id="overig-ooit", orgaan="overig", titel="Ooit", wanneer="december 2025"),
    )
    exporteer_map(plans, tmp / "calendars")
    return tmp / "calendars"


def test_hele_dagen_een_gebeurtenis(uit: Path) -> None:
    ruw = feedpad(uit, "overig").read_bytes()
    assert ruw.count(b"UID:overig-congres@") == 1
    assert vevent_blok(ruw, uid("overig-congres")) == "\r\n".join(
        [
            "BEGIN:VEVENT",
            "SUMMARY:Overig: Congres passend onderwijs",
            "DTSTART;VALUE=DATE:20251002",
            "DTEND;VALUE=DATE:20251004",
            f"DTSTAMP:{STEMPEL1}",
            "UID:overig-congres@planning.swv-nmd-po.nl",
            "SEQUENCE:0",
            "CATEGORIES:Overig",
            "DESCRIPTION:Overige bijeenkomsten – Congres passend onderwijs",
            f"LAST-MODIFIED:{STEMPEL1}",
            "STATUS:CONFIRMED",
            "TRANSP:OPAQUE",
            "END:VEVENT",
            "",
        ]
    ).encode("utf-8")


def test_met_tijd_van_de_eerste_tot_de_laatste_dag(uit: Path) -> None:
    blok = vevent_blok(feedpad(uit, "overig").read_bytes(), uid("overig-tweedaagse"))
    assert b"DTSTART;TZID=Europe/Amsterdam:20260302T090000\r\n" in blok
    assert b"DTEND;TZID=Europe/Amsterdam:20260304T163000\r\n" in blok


def test_periode_zonder_datum_niet_in_de_agenda(uit: Path) -> None:
    for naam in ("overig", "alles", "directeur-bestuurder"):
        assert b"overig-ooit" not in feedpad(uit, naam).read_bytes()
