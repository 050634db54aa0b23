"""The import readers: cells with their place, Dutch CSV encodings and separators, Word merged
cells, iCalendar times in Europe/Amsterdam; broken files give a Dutch ImportFout."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from swvplanner.core.fouten import ImportFout
from swvplanner.store.invoer import lees_tabellen
from tests.invoer_bestanden import csv_bytes, excel, outlook_ics, word


def _waarden(tabel) -> list[list[object]]:
    return [[c.waarde for c in r.cellen] for r in tabel.rijen]


def test_excel_bladen_datums_en_cellen(tmp_path: Path) -> None:
    pad = excel(
        tmp_path / "p.xlsx",
        {"OPR": [["Datum", "Tijd"], [datetime(2026, 10, 1), time(19, 30)]], "ALV": [["Datum"], ["8 dec 2026"]]},
    )
    opr, alv = lees_tabellen(pad)
    assert (opr.naam, opr.titel, alv.naam) == ("blad 'OPR'", "OPR", "blad 'ALV'")
    assert _waarden(opr) == [["Datum", "Tijd"], [datetime(2026, 10, 1), time(19, 30)]]
    assert [c.plek for c in opr.rijen[1].cellen] == ["A2", "B2"]


@pytest.mark.parametrize("codering", ["cp1252", "utf-8-sig"])
def test_csv_nederlandse_excel(tmp_path: Path, codering: str) -> None:
    pad = tmp_path / "p.csv"
    pad.write_bytes(csv_bytes([["Wat", "Wanneer"], ['"Financiën; begroting"', "Jaarlijks voor 1 januari"]], codering))
    (tabel,) = lees_tabellen(pad)
    assert _waarden(tabel) == [["Wat", "Wanneer"], ["Financiën; begroting", "Jaarlijks voor 1 januari"]]


def test_csv_komma_en_regelnummers(tmp_path: Path) -> None:
    pad = tmp_path / "p.csv"
    pad.write_bytes(b'Wat,Wanneer\r\n"Twee\r\nregels",mei\r\nJaarverslag,juli\r\n')
    (tabel,) = lees_tabellen(pad)
    assert [r.nummer for r in tabel.rijen] == [1, 2, 4]
    assert tabel.rijen[2].cellen[1].plek == "B4"


def test_csv_onleesbare_tekens(tmp_path: Path) -> None:
    pad = tmp_path / "p.csv"
    pad.write_bytes(b"Wat;Wanneer\r\nJaarverslag;juli\r\nBegroting \x81;dec\r\n")
    with pytest.raises(ImportFout) as fout:
        lees_tabellen(pad)
    assert str(fout.value) == (
        "p.csv, rij 3: de tekst is geen UTF-8 en geen Windows-1252 (byte 0x81); "
        "sla het bestand in Excel op als 'CSV UTF-8 (door komma's gescheiden)'"
    )


def test_word_samengevoegde_cellen(tmp_path: Path) -> None:
    pad = word(tmp_path / "k.docx", [[["Wat", "Wanneer"], ["Documenten", ""], ["Jaarverslag", "juli"]]], [(0, 1)])
    (tabel,) = lees_tabellen(pad)
    assert tabel.naam == "tabel 1"
    assert _waarden(tabel) == [["Wat", "Wanneer"], ["Documenten", "Documenten"], ["Jaarverslag", "juli"]]


def test_ics_windows_tijdzone_utc_en_hele_dag(tmp_path: Path) -> None:
    pad = outlook_ics(
        tmp_path / "o.ics",
        [
            {"summary": "OPR", "begin": datetime(2026, 3, 30, 19, 30), "einde": datetime(2026, 3, 30, 21, 30)},
            {"summary": "ALV", "begin": date(2026, 6, 15), "einde": date(2026, 6, 16), "status": "CANCELLED"},
        ],
    )
    tekst = pad.read_text().replace("END:VCALENDAR", "")
    tekst += (
        "BEGIN:VEVENT\r\nUID:u3\r\nSUMMARY:TB\r\nDTSTART:20251201T083000Z\r\nDTEND:20251201T100000Z\r\nEND:VEVENT\r\n"
    )
    tekst += "END:VCALENDAR\r\n"
    pad.write_text(tekst)
    (tabel,) = lees_tabellen(pad)
    assert tabel.eenheid == "afspraak"
    assert _waarden(tabel)[1:] == [
        ["OPR", datetime(2026, 3, 30, 19, 30), "19:30-21:30", "", "", ""],
        ["ALV", date(2026, 6, 15), "", "", "", "geannuleerd"],
        ["TB", datetime(2025, 12, 1, 9, 30), "09:30-11:00", "", "", ""],  # UTC 08:30 is 09:30 in winter
    ]


def test_ics_windows_naam_zonder_vtimezone(tmp_path: Path) -> None:
    """Without the VTIMEZONE, icalendar's CLDR table maps the Windows name (summer time: +2)."""
    pad = tmp_path / "o.ics"
    pad.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:OPR\r\n"
        "DTSTART;TZID=W. Europe Standard Time:20260601T193000\r\n"
        "DTEND;TZID=W. Europe Standard Time:20260601T213000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (tabel,) = lees_tabellen(pad)
    assert _waarden(tabel)[1][:3] == ["OPR", datetime(2026, 6, 1, 19, 30), "19:30-21:30"]


def test_ics_herhaling_tot_het_einde_van_het_schooljaar(tmp_path: Path) -> None:
    pad = outlook_ics(
        tmp_path / "o.ics",
        [{"summary": "MR-P", "begin": datetime(2026, 5, 12, 8, 30), "rrule": {"freq": "monthly"}}],
    )
    (tabel,) = lees_tabellen(pad)
    assert [r.cellen[1].waarde for r in tabel.rijen[1:]] == [
        datetime(2026, 5, 12, 8, 30),
        datetime(2026, 6, 12, 8, 30),
        datetime(2026, 7, 12, 8, 30),
    ]


@pytest.mark.parametrize(
    ("naam", "inhoud", "melding"),
    [
        (
            "p.xlsx",
            b"PK\x03\x04kapot",
            "p.xlsx: geen geldig Excel-bestand (.xlsx); is het beschadigd, of een ander formaat?",
        ),
        ("p.docx", b"geen zip", "p.docx: geen geldig Word-bestand (.docx); is het beschadigd, of een ander formaat?"),
        (
            "p.ics",
            b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
            "p.ics: het iCalendar-bestand bevat geen afspraken (VEVENT)",
        ),
        ("p.ics", b"dit is geen agenda", "p.ics: geen geldig iCalendar-bestand (.ics); is het beschadigd?"),
        ("p.csv", b"  \r\n", "p.csv: het bestand is leeg"),
        (
            "p.xls",
            b"oud",
            "p.xls: swvplanner leest .xlsx, .xlsm, .csv, .docx, .ics, geen '.xls' "
            "(sla het in Excel op als .xlsx of als CSV)",
        ),
    ],
)
def test_kapotte_bestanden(tmp_path: Path, naam: str, inhoud: bytes, melding: str) -> None:
    pad = tmp_path / naam
    pad.write_bytes(inhoud)
    with pytest.raises(ImportFout) as fout:
        lees_tabellen(pad)
    assert str(fout.value) == melding


def test_bestand_bestaat_niet(tmp_path: Path) -> None:
    with pytest.raises(ImportFout) as fout:
        lees_tabellen(tmp_path / "weg.xlsx")
    assert str(fout.value) == f"{tmp_path / 'weg.xlsx'}: het bestand bestaat niet"
