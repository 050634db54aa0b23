"""`swvplanner import`: read an Excel, CSV, Word or iCalendar file and put its rows into the plans.

The file is read by the store (store/invoer), interpreted and placed by the pure core
(core/invoer), and written through the Werkset: atomically, comments and layout kept, merged
with a change someone made meanwhile, new items with a comment that names the file and row. A
dry run (`proef`) computes the same and writes nothing.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from swvplanner.core.fouten import ImportFout, PlanFout
from swvplanner.core.invoer.indeling import deel_in, plaats
from swvplanner.core.invoer.kopjes import SOORTEN, Soort
from swvplanner.core.invoer.plaatsen import Plaatsing, Regelverslag, Uitkomst
from swvplanner.core.melding import Melding
from swvplanner.core.plannen import jaarplan_sleutel, vergaderingen_sleutel
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.services.bewerken import schooljaarbestand_maken
from swvplanner.store.bestand import nieuwe_tekst
from swvplanner.store.invoer import lees_tabellen
from swvplanner.store.werkset import Werkset

__all__ = ["SOORTEN", "ImportFout", "Importverslag", "importeer"]


def document_voor_schooljaar(ws: Werkset, pl: Plaatsing, soort: Soort, sj: Schooljaar) -> str:
    """The vergaderplanning or jaarplan of the schooljaar; a schooljaar without one gets a new,
    commented file (written with the import, listed in its report as new)."""
    document = vergaderingen_sleutel(sj) if soort == "vergaderingen" else jaarplan_sleutel(sj)
    if document not in ws.modellen:
        schooljaarbestand_maken(ws, soort, sj)
    pl.documenten.setdefault(document, ws.modellen[document])
    return document


@dataclass
class Importverslag:
    """What an import did (or, in a dry run, would do): per row, per table, per file."""

    bestand: str
    regels: list[Regelverslag]
    tabellen: list[tuple[str, Soort, int]]
    """Each table read: its name, its kind and how many data rows it has."""
    overgeslagen: list[str]
    """Tables left out, with their reason."""
    verschil: dict[str, str] = field(default_factory=dict)
    """Per changed file: a unified diff of its YAML."""
    geschreven: list[str] = field(default_factory=list)
    nieuwe_bestanden: list[str] = field(default_factory=list)
    """Files made for a schooljaar that had none (written unless `proef`)."""
    proef: bool = False

    @property
    def aantallen(self) -> dict[Uitkomst, int]:
        uit: dict[Uitkomst, int] = {"toegevoegd": 0, "bijgewerkt": 0, "overgeslagen": 0, "niet geplaatst": 0}
        for r in self.regels:
            uit[r.uitkomst] += 1
        return uit

    @property
    def alles_geplaatst(self) -> bool:
        return not self.aantallen["niet geplaatst"]


def importeer(
    map_: Path,
    pad: Path,
    soort: Soort | None = None,
    schooljaar: Schooljaar | None = None,
    nieuwe_organen: bool = False,
    proef: bool = False,
) -> Importverslag:
    """Import the file into the plans in `map_`; with `proef` nothing is written.

    ImportFout when the file cannot be read at all; PlanFout when the plans cannot be loaded or saved.
    """
    indeling = deel_in(pad.name, lees_tabellen(pad), soort)
    ws = Werkset.laad(map_)
    pl = Plaatsing(
        dict(ws.modellen),
        pad.name,
        lambda s, sj: document_voor_schooljaar(ws, pl, s, sj),
        schooljaar,
        nieuwe_organen,
    )
    plaats(pl, indeling)
    for document, model in pl.modellen().items():
        ws.pas_toe(document, model, f"geïmporteerd uit {pad.name}", pl.opmerkingen.get(document))
    verslag = Importverslag(
        pad.name,
        pl.verslag,
        [(d.tabel.naam, d.soort, len(d.rijen)) for d in indeling.delen],
        indeling.overgeslagen,
        proef=proef,
    )
    for document in sorted(ws.gewijzigd):
        b = ws.bestand(document)
        nieuw = nieuwe_tekst(b, ws.modellen[document], ws.opmerkingen.get(document))
        if b.nieuw:
            verslag.nieuwe_bestanden.append(b.naam)
        oud, van = ("", "/dev/null") if b.nieuw else (b.tekst, f"a/{b.pad.name}")
        verslag.verschil[b.naam] = "".join(
            difflib.unified_diff(oud.splitlines(keepends=True), nieuw.splitlines(keepends=True), van, f"b/{b.pad.name}")
        )
    if proef or not ws.gewijzigd:
        return verslag
    bewaard = ws.bewaar()
    meldingen = [m for ms in bewaard.mislukt.values() for m in ms]
    meldingen += [m for o in bewaard.onleesbaar.values() for m in o.meldingen]
    meldingen += [
        Melding(ws.bestand(d).naam, 0, 0, "iemand anders wijzigde dezelfde items intussen; importeer opnieuw")
        for d in bewaard.botsingen
    ]
    if meldingen:
        raise PlanFout(meldingen)
    verslag.geschreven = bewaard.geschreven
    return verslag
