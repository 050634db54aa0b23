"""Excel (.xlsx): every sheet a table; date cells are dates (openpyxl, read-only, cached values)."""

from __future__ import annotations

import io
import zipfile

from swvplanner.core.fouten import ImportFout
from swvplanner.core.invoer.tabel import Cel, Rij, Tabel

MAX_RIJEN = 20_000
MAX_KOLOMMEN = 60


def kolomletter(kolom: int) -> str:
    """1 → 'A', 27 → 'AA' (as Excel names columns)."""
    letters = ""
    while kolom:
        kolom, rest = divmod(kolom - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def lees_excel(naam: str, inhoud: bytes) -> list[Tabel]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        werkmap = openpyxl.load_workbook(io.BytesIO(inhoud), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, OSError, EOFError):
        raise ImportFout(
            f"{naam}: geen geldig Excel-bestand (.xlsx); is het beschadigd, of een ander formaat?"
        ) from None
    tabellen = []
    try:
        for blad in werkmap.worksheets:
            rijen = []
            for nummer, waarden in enumerate(blad.iter_rows(min_row=1, min_col=1, values_only=True), start=1):
                if nummer > MAX_RIJEN:
                    raise ImportFout(f"{naam}, blad '{blad.title}': meer dan {MAX_RIJEN} rijen; splits het bestand")
                cellen = tuple(
                    Cel(w, f"{kolomletter(k)}{nummer}") for k, w in enumerate(waarden[:MAX_KOLOMMEN], start=1)
                )
                rijen.append(Rij(nummer, cellen))
            tabellen.append(Tabel(f"blad '{blad.title}'", tuple(rijen), titel=blad.title))
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError):
        raise ImportFout(f"{naam}: het Excel-bestand is beschadigd (een blad kan niet worden gelezen)") from None
    finally:
        werkmap.close()
    return tabellen
