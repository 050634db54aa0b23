"""Files as SWVs keep them, written in the tests: Excel (openpyxl), Word (python-docx), Dutch CSV
and an Outlook .ics with its 'W. Europe Standard Time' VTIMEZONE (icalendar)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any


def excel(pad: Path, bladen: dict[str, list[list[Any]]]) -> Path:
    import openpyxl

    werkmap = openpyxl.Workbook()
    werkmap.remove(werkmap.active)
    for naam, rijen in bladen.items():
        blad = werkmap.create_sheet(naam)
        for rij in rijen:
            blad.append(rij)
    werkmap.save(pad)
    return pad


def word(pad: Path, tabellen: list[list[list[str]]], samenvoegen: list[tuple[int, int]] = ()) -> Path:
    """A .docx with these tables; `samenvoegen` merges (table, row) across the whole row."""
    import docx

    document = docx.Document()
    document.add_paragraph("Kwaliteitskalender")
    for t, rijen in enumerate(tabellen):
        tabel = document.add_table(rows=len(rijen), cols=max(len(r) for r in rijen))
        for i, rij in enumerate(rijen):
            for k, tekst in enumerate(rij):
                tabel.cell(i, k).text = tekst
        for tt, i in samenvoegen:
            if tt == t:
                cel = tabel.cell(i, 0).merge(tabel.cell(i, len(tabel.columns) - 1))
                cel.text = rijen[i][0]
    document.save(pad)
    return pad


def csv_bytes(rijen: list[list[str]], codering: str = "cp1252", scheiding: str = ";") -> bytes:
    return "\r\n".join(scheiding.join(r) for r in rijen).encode(codering) + b"\r\n"


def outlook_ics(pad: Path, afspraken: list[dict[str, Any]]) -> Path:
    """An Outlook export: a VTIMEZONE 'W. Europe Standard Time' and events in it (or all-day)."""
    from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

    agenda = Calendar()
    agenda.add("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    agenda.add("version", "2.0")
    tz = Timezone()
    tz.add("tzid", "W. Europe Standard Time")
    standaard = TimezoneStandard()
    standaard.add("dtstart", datetime(1601, 10, 28, 3, 0))
    standaard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1SU"})
    standaard.add("tzoffsetfrom", timedelta(hours=2))
    standaard.add("tzoffsetto", timedelta(hours=1))
    zomer = TimezoneDaylight()
    zomer.add("dtstart", datetime(1601, 3, 25, 2, 0))
    zomer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1SU"})
    zomer.add("tzoffsetfrom", timedelta(hours=1))
    zomer.add("tzoffsetto", timedelta(hours=2))
    tz.add_component(standaard)
    tz.add_component(zomer)
    agenda.add_component(tz)
    for i, a in enumerate(afspraken, start=1):
        ev = Event()
        ev.add("uid", a.get("uid", f"afspraak-{i}@outlook"))
        ev.add("summary", a["summary"])
        begin, einde = a["begin"], a.get("einde")
        if isinstance(begin, datetime):
            ev.add("dtstart", begin, parameters={"TZID": "W. Europe Standard Time"})
            if einde is not None:
                ev.add("dtend", einde, parameters={"TZID": "W. Europe Standard Time"})
        else:
            ev.add("dtstart", begin)
            if einde is not None:
                ev.add("dtend", einde)
        for sleutel in ("location", "rrule", "status", "categories"):
            if sleutel in a:
                ev.add(sleutel, a[sleutel])
        agenda.add_component(ev)
    pad.write_bytes(agenda.to_ical())
    return pad


__all__ = ["csv_bytes", "date", "datetime", "excel", "outlook_ics", "time", "word"]
