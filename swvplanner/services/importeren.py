"""`swvplanner import`: read an Excel, CSV, Word or iCalendar file and put its rows into the plans.

The file is read by the store (store/invoer, `lees_invoer`), interpreted and placed by the pure
core (core/invoer) into a Werkset (`importeer_in`: unsaved, one undoable edit per document), and
written through the Werkset: atomically, comments and layout kept, merged with a change someone
made meanwhile, new items with a comment that names the file and row. A dry run (`proef`)
computes the same and writes nothing. The app calls `lees_invoer` and `importeer_in` on a copy
of its Werkset for the preview, then `importeer_in` on its own Werkset (saved with ctrl+s).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from swvplanner.core.fouten import ImportFout
from swvplanner.core.invoer.indeling import Indeling, deel_in, plaats
from swvplanner.core.invoer.kopjes import SOORTEN, Soort
from swvplanner.core.invoer.plaatsen import Plaatsing, Regelverslag, Uitkomst
from swvplanner.core.os_fouten import os_fout_tekst
from swvplanner.core.plannen import jaarplan_sleutel, vergaderingen_sleutel
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.services.bewerken import schooljaarbestand_maken
from swvplanner.store.bestand import nieuwe_tekst
from swvplanner.store.invoer import FORMATEN, lees_tabellen
from swvplanner.store.werkset import Werkset

__all__ = [
    "SOORTEN",
    "ImportFout",
    "Importverslag",
    "Invoer",
    "importeer",
    "importeer_in",
    "lees_invoer",
    "verslagregels",
]


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
    niet_geschreven: dict[str, str] = field(default_factory=dict)
    """Per file that saving did not write (after others may have been written): why, in Dutch."""
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


@dataclass(frozen=True)
class Invoer:
    """A file read for importing: its name and its tables by kind. Read once (in a worker in the
    app), placed as often as needed: in a copy for the preview, then in the plans themselves."""

    bestand: str
    indeling: Indeling


def lees_invoer(pad: Path, soort: Soort | None = None) -> Invoer:
    """Read the file and find its tables (`soort` forces their kind). ImportFout (Dutch) when it
    cannot be read, or no table in it is recognised."""
    return Invoer(pad.name, deel_in(pad.name, lees_tabellen(pad), soort))


def importeer_in(
    ws: Werkset,
    invoer: Invoer,
    schooljaar: Schooljaar | None = None,
    nieuwe_organen: bool = False,
    verschil: bool = True,
) -> Importverslag:
    """Place the rows into `ws`, without saving: one undoable edit ('geïmporteerd uit BESTAND') per
    changed document, on top of the edits not saved yet. The report has the outcome per row and,
    with `verschil`, per changed file the diff of its YAML (from what saving before the import
    would have written; a new file from /dev/null)."""
    voor, gewijzigd, opmerkingen = dict(ws.modellen), set(ws.gewijzigd), {d: dict(o) for d, o in ws.opmerkingen.items()}
    pl = Plaatsing(
        dict(ws.modellen),
        invoer.bestand,
        lambda s, sj: document_voor_schooljaar(ws, pl, s, sj),
        schooljaar,
        nieuwe_organen,
    )
    plaats(pl, invoer.indeling)
    modellen = pl.modellen()
    for document, model in modellen.items():
        ws.pas_toe(document, model, f"geïmporteerd uit {invoer.bestand}", pl.opmerkingen.get(document))
    indeling = invoer.indeling
    verslag = Importverslag(
        invoer.bestand,
        pl.verslag,
        [(d.tabel.naam, d.soort, len(d.rijen)) for d in indeling.delen],
        indeling.overgeslagen,
    )
    for document in sorted(set(modellen) | (set(ws.modellen) - set(voor))):
        b = ws.bestand(document)
        if b.nieuw:
            verslag.nieuwe_bestanden.append(b.naam)
        if not verschil:
            continue
        if document not in voor:
            oud, van = "", "/dev/null"
        else:
            oud = nieuwe_tekst(b, voor[document], opmerkingen.get(document)) if document in gewijzigd else b.tekst
            van = f"a/{b.pad.name}"
        nieuw = nieuwe_tekst(b, ws.modellen[document], ws.opmerkingen.get(document))
        verslag.verschil[b.naam] = "".join(
            difflib.unified_diff(oud.splitlines(keepends=True), nieuw.splitlines(keepends=True), van, f"b/{b.pad.name}")
        )
    return verslag


def importeer(
    map_: Path,
    pad: Path,
    soort: Soort | None = None,
    schooljaar: Schooljaar | None = None,
    nieuwe_organen: bool = False,
    proef: bool = False,
) -> Importverslag:
    """Import the file into the plans in `map_` and save; with `proef` nothing is written.

    ImportFout when the file cannot be read at all; PlanFout when the plans cannot be loaded. What
    saving could not write is in the report (`niet_geschreven`), next to what it did write.
    """
    invoer = lees_invoer(pad, soort)
    ws = Werkset.laad(map_)
    verslag = importeer_in(ws, invoer, schooljaar, nieuwe_organen)
    verslag.proef = proef
    if not proef and ws.gewijzigd:
        _bewaar(ws, verslag)
    return verslag


def _bewaar(ws: Werkset, verslag: Importverslag) -> None:
    """Save, and say per file whether it was written: a failure halfway leaves the files written
    before it written (each file is written atomically, not all of them at once)."""
    te_bewaren = sorted(ws.gewijzigd)
    try:
        bewaard = ws.bewaar()
    except OSError as fout:  # the Werkset stops at the first file it cannot write
        over = [d for d in te_bewaren if d in ws.gewijzigd]
        verslag.geschreven = [ws.bestand(d).naam for d in te_bewaren if d not in ws.gewijzigd]
        verslag.niet_geschreven = {
            ws.bestand(d).naam: os_fout_tekst(fout) if i == 0 else "niet bewaard: het bewaren werd afgebroken"
            for i, d in enumerate(over)
        }
        return
    verslag.geschreven = bewaard.geschreven
    for d, meldingen in bewaard.mislukt.items():
        verslag.niet_geschreven[ws.bestand(d).naam] = "; ".join(m.melding for m in meldingen)
    for d, o in bewaard.onleesbaar.items():
        verslag.niet_geschreven[ws.bestand(d).naam] = "het bestand op schijf is niet te lezen: " + "; ".join(
            str(m) for m in o.meldingen
        )
    for d in bewaard.botsingen:
        verslag.niet_geschreven[ws.bestand(d).naam] = (
            "iemand anders wijzigde dezelfde items intussen; importeer opnieuw"
        )


Regel = list[tuple[str, str]]
"""One line of the report: its parts, each with its kind ('' plain, 'kop', an Uitkomst, 'let op',
or '+', '-', '@' for a diff line); each front end gives the kinds its own style."""


def verslagregels(verslag: Importverslag) -> list[Regel]:
    """The report as the CLI prints it and the app's preview shows it (after their own first line)."""
    uit = [_regel(f"{naam or verslag.bestand}: {soort}, {aantal} rij(en)") for naam, soort, aantal in verslag.tabellen]
    uit += [_regel(f"Overgeslagen tabel: {reden}", "let op") for reden in verslag.overgeslagen]
    for r in verslag.regels:
        item = f" [{r.item}]" if r.item else ""
        uit.append([(f"{r.plaats}: ", ""), (r.uitkomst, r.uitkomst), (f" — {r.reden}{item}", "")])
    aantallen = verslag.aantallen
    samenvatting = ", ".join(f"{n} {u}" for u, n in aantallen.items())
    uit.append(_regel(f"Samenvatting: {samenvatting} ({len(verslag.regels)} rij(en)).", "kop"))
    zou = " (zou worden aangemaakt)" if verslag.proef else ""
    uit += [_regel(f"Nieuw bestand{zou}: {naam}.") for naam in verslag.nieuwe_bestanden]
    if verslag.proef:
        for naam, diff in verslag.verschil.items():
            uit += [_regel(""), _regel(f"Wijzigingen in {naam}:", "kop")]
            uit += [_regel(regel, _diffsoort(regel)) for regel in diff.rstrip("\n").split("\n")]
        if not verslag.verschil:
            uit.append(_regel("Er zou niets veranderen."))
    else:
        if verslag.geschreven:
            uit.append(_regel(f"Bewaard: {', '.join(verslag.geschreven)}."))
        uit += [_regel(f"Niet bewaard: {naam}: {reden}.", "fout") for naam, reden in verslag.niet_geschreven.items()]
        if verslag.niet_geschreven:
            wat = (
                "De bewaarde bestanden zijn gewijzigd, de andere niet"
                if verslag.geschreven
                else "Er is niets gewijzigd"
            )
            uit.append(
                _regel(
                    f"{wat}: importeer opnieuw als het probleem is verholpen (wat er al staat, wordt overgeslagen).",
                    "fout",
                )
            )
        elif not verslag.geschreven:
            uit.append(_regel("Er is niets veranderd."))
    if aantallen["niet geplaatst"]:
        uit.append(_regel(NIET_GEPLAATST, "let op"))
    return uit


NIET_GEPLAATST = (
    "Niet geplaatste rijen: vul aan wat de reden noemt (in de tabel of in de plannen) en importeer opnieuw."
)


STIJL = {
    "toegevoegd": "green",
    "bijgewerkt": "cyan",
    "overgeslagen": "dim",
    "niet geplaatst": "red",
    "kop": "bold",
    "let op": "yellow",
    "fout": "bold red",
    "+": "green",
    "-": "red",
    "@": "cyan",
}
"""The (rich) style of each kind of part of a report line, the same in the CLI and the app."""

EXTENSIES = tuple(FORMATEN)
"""The file kinds import reads ('.xlsx', '.csv', ...): the app's file picker shows only these."""


def _regel(tekst: str, soort: str = "") -> Regel:
    return [(tekst, soort)]


def _diffsoort(regel: str) -> str:
    if regel.startswith(("+++", "---")):
        return "kop"
    return regel[:1] if regel[:1] in ("+", "-", "@") else ""
