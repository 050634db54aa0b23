"""Word (.docx): every table a table (python-docx). A merged cell gives its text to each column
it spans; the core reads a row whose cells all hold one text as a heading."""

from __future__ import annotations

import io
import zipfile

from swvplanner.core.fouten import ImportFout
from swvplanner.core.invoer.tabel import Cel, Rij, Tabel
from swvplanner.store.invoer.excel import MAX_KOLOMMEN, MAX_RIJEN


def lees_word(naam: str, inhoud: bytes) -> list[Tabel]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(inhoud))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError):
        raise ImportFout(
            f"{naam}: geen geldig Word-bestand (.docx); is het beschadigd, of een ander formaat?"
        ) from None
    tabellen = []
    try:
        for t, tabel in enumerate(document.tables, start=1):
            rijen = []
            for nummer, rij in enumerate(tabel.rows, start=1):
                if nummer > MAX_RIJEN:
                    raise ImportFout(f"{naam}, tabel {t}: meer dan {MAX_RIJEN} rijen; splits het bestand")
                cellen = tuple(
                    Cel(cel.text.strip(), f"kolom {k}") for k, cel in enumerate(rij.cells[:MAX_KOLOMMEN], start=1)
                )
                rijen.append(Rij(nummer, cellen))
            tabellen.append(Tabel(f"tabel {t}", tuple(rijen)))
    except (KeyError, ValueError, TypeError, IndexError, AttributeError):
        raise ImportFout(f"{naam}: een tabel in het Word-bestand is beschadigd en kan niet worden gelezen") from None
    if not tabellen:
        raise ImportFout(f"{naam}: het Word-bestand bevat geen tabel (swvplanner leest alleen tabellen)")
    return tabellen
