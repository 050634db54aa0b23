"""CSV as Dutch Excel writes it: ';' between the cells (',' is recognised too), UTF-8 with a
byte-order mark or Windows-1252. Rows are numbered by their first line in the file; cells are
named as Excel shows them when the file is opened there ('B7')."""

from __future__ import annotations

import csv
import io

from swvplanner.core.fouten import ImportFout
from swvplanner.core.invoer.tabel import Cel, Rij, Tabel
from swvplanner.store.invoer.excel import MAX_KOLOMMEN, MAX_RIJEN, kolomletter


def decodeer(naam: str, inhoud: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; ImportFout with the row of the first bad byte."""
    try:
        return inhoud.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return inhoud.decode("cp1252")
    except UnicodeDecodeError as fout:
        rij = inhoud[: fout.start].count(b"\n") + 1
        raise ImportFout(
            f"{naam}, rij {rij}: de tekst is geen UTF-8 en geen Windows-1252 (byte 0x{inhoud[fout.start]:02X}); "
            "sla het bestand in Excel op als 'CSV UTF-8 (door komma's gescheiden)'"
        ) from None


def scheidingsteken(tekst: str) -> str:
    """';' (Dutch Excel), ',' or a tab: the one that occurs most on the first line with any."""
    for regel in tekst.splitlines()[:20]:
        tellingen = {t: regel.count(t) for t in (";", ",", "\t")}
        beste = max(tellingen, key=lambda t: (tellingen[t], t == ";"))
        if tellingen[beste]:
            return beste
    return ";"


def lees_csv(naam: str, inhoud: bytes) -> list[Tabel]:
    tekst = decodeer(naam, inhoud)
    if "\x00" in tekst:
        raise ImportFout(f"{naam}: dit is geen tekstbestand (CSV); is het een Excel-bestand met de verkeerde extensie?")
    lezer = csv.reader(io.StringIO(tekst, newline=""), delimiter=scheidingsteken(tekst))
    rijen = []
    begin = 1
    try:
        for waarden in lezer:
            if len(rijen) >= MAX_RIJEN:
                raise ImportFout(f"{naam}: meer dan {MAX_RIJEN} rijen; splits het bestand")
            cellen = tuple(Cel(w, f"{kolomletter(k)}{begin}") for k, w in enumerate(waarden[:MAX_KOLOMMEN], start=1))
            rijen.append(Rij(begin, cellen))
            begin = lezer.line_num + 1
    except csv.Error:
        raise ImportFout(
            f"{naam}, rij {begin}: deze regel is geen geldige CSV (een aanhalingsteken niet gesloten?)"
        ) from None
    return [Tabel("", tuple(rijen))]
