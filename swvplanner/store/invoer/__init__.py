"""Readers for `swvplanner import`: a file becomes tables of cells with their source rows.

One module per format (Excel, CSV, Word, iCalendar); `lees_tabellen` picks one by extension.
Every problem becomes an ImportFout in Dutch naming the file (and row or cell); nothing here
interprets the cells (core/invoer does).
"""

from __future__ import annotations

from pathlib import Path

from swvplanner.core.fouten import ImportFout
from swvplanner.core.invoer.tabel import Tabel
from swvplanner.core.os_fouten import os_fout_tekst

MAX_GROOTTE = 20 * 1024 * 1024
"""Bytes an imported file may have; a planning table has kilobytes, a runaway file is refused."""

FORMATEN = {".xlsx": "Excel", ".xlsm": "Excel", ".csv": "CSV", ".docx": "Word", ".ics": "iCalendar"}


def lees_inhoud(pad: Path) -> bytes:
    """The file's bytes; ImportFout (Dutch) when it is missing, a folder, unreadable or too big."""
    naam = pad.name
    try:
        if not pad.exists():
            raise ImportFout(f"{pad}: het bestand bestaat niet")
        if not pad.is_file():
            raise ImportFout(f"{pad}: dit is geen bestand (een map?)")
        grootte = pad.stat().st_size
        if grootte > MAX_GROOTTE:
            raise ImportFout(f"{naam}: het bestand is te groot ({grootte / 1024 / 1024:.0f} MB; hoogstens 20 MB)")
        inhoud = pad.read_bytes()
    except OSError as fout:
        raise ImportFout(f"{naam}: kan het bestand niet lezen: {os_fout_tekst(fout, lezen=True)}") from None
    if not inhoud.strip():
        raise ImportFout(f"{naam}: het bestand is leeg")
    return inhoud


def lees_tabellen(pad: Path) -> list[Tabel]:
    """The tables of an .xlsx, .csv, .docx or .ics file."""
    soort = pad.suffix.lower()
    if soort not in FORMATEN:
        bekend = ", ".join(FORMATEN)
        hint = " (sla het in Excel op als .xlsx of als CSV)" if soort in (".xls", ".ods") else ""
        hint = hint or (" (sla het in Word op als .docx)" if soort in (".doc", ".odt", ".rtf") else "")
        raise ImportFout(f"{pad.name}: swvplanner leest {bekend}, geen '{soort or 'zonder extensie'}'{hint}")
    inhoud = lees_inhoud(pad)
    if soort in (".xlsx", ".xlsm"):
        from swvplanner.store.invoer.excel import lees_excel

        return lees_excel(pad.name, inhoud)
    if soort == ".csv":
        from swvplanner.store.invoer.csv_bestand import lees_csv

        return lees_csv(pad.name, inhoud)
    if soort == ".docx":
        from swvplanner.store.invoer.word import lees_word

        return lees_word(pad.name, inhoud)
    from swvplanner.store.invoer.agenda import lees_agenda

    return lees_agenda(pad.name, inhoud)
