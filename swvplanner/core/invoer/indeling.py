"""From the tables of a file to the rows of each kind: find the header, tell the kind, or say why not."""

from __future__ import annotations

from dataclasses import dataclass

from swvplanner.core.fouten import ImportFout
from swvplanner.core.invoer.jaarplan import plaats_jaarplan
from swvplanner.core.invoer.kopjes import (
    Kopregel,
    Soort,
    herken_soort,
    kopje_voorbeeld,
    ontbrekende_kolommen,
    zoek_kopregel,
)
from swvplanner.core.invoer.kwaliteitskalender import plaats_kwaliteitskalender
from swvplanner.core.invoer.plaatsen import Plaatsing
from swvplanner.core.invoer.rijen import Invoerrij, invoerrijen
from swvplanner.core.invoer.tabel import Tabel
from swvplanner.core.invoer.vergaderingen import plaats_vergaderingen


@dataclass
class Deel:
    """One table of the file with its header row, its kind and its data rows."""

    tabel: Tabel
    kop: Kopregel
    soort: Soort
    rijen: list[Invoerrij]


@dataclass
class Indeling:
    delen: list[Deel]
    overgeslagen: list[str]
    """Tables left out, each with its reason in Dutch (a sheet with notes, an empty sheet)."""


def _naam(bestand: str, tabel: Tabel) -> str:
    return f"{bestand}, {tabel.naam}" if tabel.naam else bestand


def deel_in(bestand: str, tabellen: list[Tabel], soort: Soort | None = None) -> Indeling:
    """Each table's header row and kind (`soort` forces the kind). ImportFout when no table can be read."""
    delen: list[Deel] = []
    overgeslagen: list[str] = []
    redenen: list[str] = []
    for tabel in tabellen:
        if all(r.leeg for r in tabel.rijen):
            overgeslagen.append(f"{_naam(bestand, tabel)}: leeg")
            continue
        kop = zoek_kopregel(tabel)
        if kop is None:
            reden = (
                f"{_naam(bestand, tabel)}: geen kopjes herkend in de eerste rijen "
                "(verwacht bijvoorbeeld Orgaan, Datum, Tijd, Locatie of Wat, Wanneer, Wie)"
            )
            redenen.append(reden)
            overgeslagen.append(reden)
            continue
        gevonden = soort or herken_soort(kop)
        plek = f"{_naam(bestand, tabel)}, {tabel.eenheid} {tabel.rijen[kop.index].nummer}"
        if gevonden is None:
            kopjes = ", ".join(kop.kopjes.values())
            reden = f"{plek}: uit de kopjes ({kopjes}) blijkt niet wat de tabel bevat; kies het met --soort"
            redenen.append(reden)
            overgeslagen.append(reden)
            continue
        if ontbrekend := ontbrekende_kolommen(kop, gevonden):
            namen = ", ".join(kopje_voorbeeld(v) for v in ontbrekend)
            reden = f"{plek}: een tabel met {gevonden} heeft een kolom {namen} nodig"
            redenen.append(reden)
            overgeslagen.append(reden)
            continue
        delen.append(Deel(tabel, kop, gevonden, invoerrijen(tabel, kop)))
    if not delen:
        if not redenen:
            raise ImportFout(f"{bestand}: het bestand bevat geen gegevens (leeg)")
        raise ImportFout("\n".join(redenen))
    return Indeling(delen, overgeslagen)


PLAATSERS = {
    "vergaderingen": plaats_vergaderingen,
    "kwaliteitskalender": plaats_kwaliteitskalender,
    "jaarplan": plaats_jaarplan,
}


def plaats(pl: Plaatsing, indeling: Indeling) -> Plaatsing:
    """Place every table's rows; the outcome per row is in `pl.verslag`, in the file's order."""
    for deel in indeling.delen:
        PLAATSERS[deel.soort](pl, deel.rijen)
    return pl
