"""One row of an imported table: its cells by field, and its dates and times read without guessing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from swvplanner.core.bewerken.hulp import slug as _slug
from swvplanner.core.invoer.kopjes import Kopregel
from swvplanner.core.invoer.tabel import Cel, Rij, Tabel
from swvplanner.core.nl_datum import Tijdvak, parse_dagen_tijd, parse_tijd
from swvplanner.core.schooljaar import Schooljaar

DOORGETROKKEN = ("orgaan", "categorie", "onderdeel", "doel")
"""Columns where an empty cell means 'as in the row above' (a merged cell, a group written once)."""


@dataclass
class Invoerrij:
    """A data row: its cells by field, and the heading it falls under (a merged row above it)."""

    tabel: Tabel
    rij: Rij
    cellen: dict[str, Cel]
    kop: Kopregel
    groep: str = ""
    """The text of the last heading row above (a row whose filled cells all hold one text)."""
    doorgetrokken: set[str] = field(default_factory=set)
    """Fields whose value was taken from a row above."""

    def tekst(self, veld: str) -> str:
        cel = self.cellen.get(veld)
        return cel.tekst if cel is not None else ""

    def regels(self, veld: str) -> list[str]:
        cel = self.cellen.get(veld)
        return cel.regels if cel is not None else []

    @property
    def plaats(self) -> str:
        """'blad 'OPR', rij 7' / 'rij 7' / 'afspraak 3'."""
        eigen = f"{self.tabel.eenheid} {self.rij.nummer}"
        return f"{self.tabel.naam}, {eigen}" if self.tabel.naam else eigen

    @property
    def bron(self) -> str:
        """The row as written, its filled cells joined: for `bron:` of an item a person must finish."""
        return " | ".join(c.tekst for c in self.rij.cellen if not c.leeg)


def _kopregel_rij(rij: Rij, kop: Kopregel) -> str | None:
    """The heading text when the row's filled cells all hold the same text (at least two of them,
    or only the first cell filled and it is not the 'wat' column): a merged row such as
    'Documenten: plannen' (Word repeats a merged cell's text, Excel keeps it in the first cell)."""
    gevuld = [k for k, c in enumerate(rij.cellen) if not c.leeg]
    if not gevuld or len({rij.cellen[k].tekst for k in gevuld}) != 1:
        return None
    if len(gevuld) > 1 or (gevuld == [0] and len(kop.kolommen) > 2 and kop.kolommen.get("onderwerp") != 0):
        return rij.cellen[gevuld[0]].tekst
    return None


def invoerrijen(tabel: Tabel, kop: Kopregel) -> list[Invoerrij]:
    """The data rows below the header: empty rows left out, heading rows become the group."""
    uit: list[Invoerrij] = []
    groep = ""
    vorige: dict[str, Cel] = {}
    for rij in tabel.rijen[kop.index + 1 :]:
        if rij.leeg:
            continue
        kopje = _kopregel_rij(rij, kop)
        if kopje is not None:
            groep, vorige = kopje, {}
            continue
        cellen = {veld: c for veld, k in kop.kolommen.items() if (c := rij.cel(k)) is not None}
        ir = Invoerrij(tabel, rij, cellen, kop, groep)
        for veld in DOORGETROKKEN:
            if (cel := cellen.get(veld)) is not None and cel.leeg and veld in vorige:
                ir.cellen[veld] = vorige[veld]
                ir.doorgetrokken.add(veld)
        vorige = {v: c for v, c in ir.cellen.items() if v in DOORGETROKKEN and not c.leeg}
        uit.append(ir)
    return uit


class Onleesbaar(ValueError):
    """A cell whose date or time cannot be read without guessing; the message names the cell."""


def lees_datum(cel: Cel, jaarloos: Schooljaar | None) -> tuple[date, date | None, Tijdvak | None]:
    """The date of a cell, the last day of a range of days ('2-3 oktober 2025', '2 en 3 oktober
    2025': None for one date), and a time written after it. An Excel date is a date; a text is read as
    Dutch ('di 13 april 2027', '13-4-2027'). A text without a year is read only when the
    schooljaar is known (`jaarloos`: from --schooljaar or the title above the table), since a
    schooljaar holds every day and month once; else it is refused. A weekday that does not fit
    the date is refused too: which of the two is wrong is for a person to say."""
    w = cel.waarde
    if isinstance(w, datetime):
        tijd = Tijdvak(w.time().replace(second=0, microsecond=0)) if w.time() != time(0) else None
        return w.date(), None, tijd
    if isinstance(w, date):
        return w, None, None
    tekst = cel.tekst
    if not tekst:
        raise Onleesbaar(f"{cel.plek}: de datum ontbreekt")
    try:  # the weekdays named with the days are checked too: which is wrong is for a person to say
        return parse_dagen_tijd(tekst, jaarloos.start_jaar if jaarloos else None)
    except ValueError as fout:
        reden = str(fout)
        if "het jaar ontbreekt" in reden:
            reden += " (geef --schooljaar, of schrijf het jaar erbij)"
        raise Onleesbaar(f"{cel.plek}: {reden}") from None


def _tijdstip(cel: Cel) -> Tijdvak:
    w = cel.waarde
    if isinstance(w, datetime):
        return Tijdvak(w.time().replace(second=0, microsecond=0))
    if isinstance(w, time):
        return Tijdvak(w.replace(second=0, microsecond=0))
    try:
        return parse_tijd(cel.tekst)
    except ValueError as fout:
        raise Onleesbaar(f"{cel.plek}: {fout}") from None


def lees_tijd(begin: Cel | None, eind: Cel | None) -> Tijdvak | None:
    """The time range of a 'Tijd' cell ('19.30-21.30 uur', an Excel time) with an optional 'Eindtijd' cell."""
    if begin is None or begin.leeg:
        return None
    tijd = _tijdstip(begin)
    if eind is not None and not eind.leeg:
        einde = _tijdstip(eind).start
        if tijd.eind is not None and tijd.eind != einde:
            raise Onleesbaar(f"{eind.plek}: de eindtijd {einde:%H.%M} past niet bij {begin.plek} ({tijd.nl()})")
        if einde <= tijd.start:
            raise Onleesbaar(f"{eind.plek}: de eindtijd {einde:%H.%M} ligt niet na de begintijd {tijd.start:%H.%M}")
        tijd = Tijdvak(tijd.start, einde)
    return tijd


def slug(tekst: str, leeg: str = "item") -> str:
    """An id in the house style from a text: 'Jaarverslag OPR' → 'jaarverslag-opr'."""
    return _slug(tekst, leeg)


def gelijk(a: str | None, b: str | None) -> bool:
    """Texts equal but for case and spacing ('Jaarverslag  OPR' = 'jaarverslag opr')."""
    return " ".join((a or "").casefold().split()) == " ".join((b or "").casefold().split())
