"""Operating-system errors (OSError) in Dutch: their `strerror` is English and not for users."""

from __future__ import annotations

import errno
from pathlib import Path

# errno -> (text with the path, text without one)
_RECHTEN_SCHRIJVEN = ("geen schrijfrechten op {pad}", "geen schrijfrechten")
_RECHTEN_LEZEN = ("geen leesrechten op {pad}", "geen leesrechten")
_IN_GEBRUIK = ("{pad} is in gebruik door een ander programma", "het bestand is in gebruik door een ander programma")
_TE_VEEL_OPEN = ("er staan te veel bestanden tegelijk open",) * 2
_TEKSTEN: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("de schijf is vol (bij {pad})", "de schijf is vol"),
    errno.EDQUOT: ("uw schijfruimte (quotum) is op (bij {pad})", "uw schijfruimte (quotum) is op"),
    errno.ENOENT: ("{pad} bestaat niet (meer)", "het bestand bestaat niet (meer)"),
    errno.EROFS: ("{pad} staat op een schijf waarop alleen gelezen mag worden", "de schijf is alleen om te lezen"),
    errno.EISDIR: ("{pad} is een map, geen bestand", "dit is een map, geen bestand"),
    errno.ENOTDIR: ("een deel van {pad} is geen map", "een deel van het pad is geen map"),
    errno.EEXIST: ("{pad} bestaat al", "het bestand bestaat al"),
    errno.ENAMETOOLONG: ("de naam {pad} is te lang", "de bestandsnaam is te lang"),
    errno.EBUSY: _IN_GEBRUIK,
    errno.ETXTBSY: _IN_GEBRUIK,
    errno.EIO: ("de schijf gaf een lees- of schrijffout bij {pad}", "de schijf gaf een lees- of schrijffout"),
    errno.ELOOP: (
        "{pad} verwijst in een kring naar zichzelf (symbolische koppelingen)",
        "het pad verwijst in een kring naar zichzelf (symbolische koppelingen)",
    ),
    errno.ENOTEMPTY: ("de map {pad} is niet leeg", "de map is niet leeg"),
    errno.EMFILE: _TE_VEEL_OPEN,
    errno.ENFILE: _TE_VEEL_OPEN,
    errno.ENOMEM: ("er is niet genoeg geheugen",) * 2,
    errno.EFBIG: ("{pad} wordt te groot", "het bestand wordt te groot"),
    errno.ETIMEDOUT: ("{pad} reageert niet op tijd (een netwerkschijf?)", "de schijf reageert niet op tijd"),
    errno.ESTALE: ("{pad} is niet meer bereikbaar (een netwerkschijf?)", "het bestand is niet meer bereikbaar"),
}


def os_fout_tekst(fout: OSError, pad: Path | str | None = None, *, lezen: bool = False) -> str:
    """A short Dutch sentence for an OSError, naming the path (`pad`, else the error's own filename).

    `lezen`: the error happened while reading (EACCES then means no read permission).
    """
    naam = pad if pad is not None else fout.filename
    code = fout.errno or 0
    if code in (errno.EACCES, errno.EPERM):
        met, zonder = _RECHTEN_LEZEN if lezen else _RECHTEN_SCHRIJVEN
    elif code in _TEKSTEN:
        met, zonder = _TEKSTEN[code]
    else:  # rare errors: the symbolic name is searchable, the English strerror is not shown
        met = f"systeemfout {errno.errorcode.get(code, code or 'onbekend')} bij {{pad}}"
        zonder = met.removesuffix(" bij {pad}")
    if naam is None or str(naam) == "":
        return zonder
    return met.format(pad=str(naam))
