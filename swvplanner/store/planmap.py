"""The plan folder: which files it holds, loading them all, saving one."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from swvplanner.core.fouten import PlanFout
from swvplanner.core.melding import Melding
from swvplanner.core.model.jaarplan import Jaarplan
from swvplanner.core.model.kwaliteitskalender import Kwaliteitskalender
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Vergaderplanning
from swvplanner.core.plannen import (
    JAARPLAN,
    KWALITEITSKALENDER,
    ORGANISATIE,
    VERGADERINGEN,
    Plannen,
    is_jaarplan,
    is_vergaderplanning,
)
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.verwijzingen import verwijzingsfouten
from swvplanner.store.atomisch import ruim_op
from swvplanner.store.bestand import PlanBestand, bewaar, lees_bestand

ORGANISATIE_BESTAND = "swv.yaml"
KWALITEITSKALENDER_BESTAND = "kwaliteitskalender.yaml"
_PER_SCHOOLJAAR = re.compile(rf"^({JAARPLAN}|{VERGADERINGEN})-(\d{{4}}-\d{{4}})\.ya?ml$")
OMGEVINGSVARIABELE = "SWVPLANNER_PLANS"


def standaard_map() -> Path:
    """The plan folder: $SWVPLANNER_PLANS, else ./plans."""
    return Path(os.environ.get(OMGEVINGSVARIABELE) or "plans")


@dataclass
class PlanMap:
    """A loaded plan folder. `bestanden` maps document names ('jaarplan-2025-2026') to files."""

    map: Path
    bestanden: dict[str, PlanBestand[Any]] = field(default_factory=dict)

    @property
    def plannen(self) -> Plannen:
        return Plannen.uit_documenten({naam: b.model for naam, b in self.bestanden.items()})

    def bewaar(self, document: str, nieuw: BaseModel) -> None:
        """Save one document's new model (atomic, conflict-checked, comments kept)."""
        self.bestanden[document] = bewaar(self.bestanden[document], nieuw)


def weergavenaam(pad: Path) -> str:
    try:
        return str(pad.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(pad)


def document_voor(bestandsnaam: str) -> tuple[str, type[BaseModel]] | None:
    """The document name and model of a plan file name; None for a name that is no plan file."""
    if bestandsnaam == ORGANISATIE_BESTAND:
        return ORGANISATIE, Organisatie
    if bestandsnaam == KWALITEITSKALENDER_BESTAND:
        return KWALITEITSKALENDER, Kwaliteitskalender
    if (m := _PER_SCHOOLJAAR.match(bestandsnaam)) and _schooljaar_fout(m[2]) is None:
        return f"{m[1]}-{m[2]}", Jaarplan if m[1] == JAARPLAN else Vergaderplanning
    return None


def _schooljaar_fout(tekst: str) -> str | None:
    """Why the schooljaar in a file name is none ('2025-2027'), or None when it is one."""
    try:
        Schooljaar.parse(tekst)
    except ValueError as fout:
        return str(fout)
    return None


def _onbekend(pad: Path) -> Melding:
    reden = "verwacht swv.yaml, kwaliteitskalender.yaml, jaarplan-JJJJ-JJJJ.yaml of vergaderingen-JJJJ-JJJJ.yaml"
    if (m := _PER_SCHOOLJAAR.match(pad.name)) and (fout := _schooljaar_fout(m[2])) is not None:
        reden = f"{fout} (in de bestandsnaam)"
    return Melding(weergavenaam(pad), 0, 0, f"onbekend planbestand: {reden}")


def documenten(map_: Path) -> dict[str, tuple[Path, type[BaseModel]]]:
    """The plan documents in a folder by name, with their model class. Unknown YAML is an error."""
    gevonden: dict[str, tuple[Path, type[BaseModel]]] = {}
    onbekend = []
    for pad in sorted(map_.iterdir()):
        if pad.suffix not in (".yaml", ".yml") or pad.name.startswith("."):
            continue
        soort = document_voor(pad.name)
        if soort is None:
            onbekend.append(pad)
        else:
            gevonden[soort[0]] = (pad, soort[1])
    if onbekend:
        raise PlanFout([_onbekend(p) for p in onbekend])
    return gevonden


def laad_map(map_: Path | str | None = None, verwijzingen: bool = True) -> PlanMap:
    """Load and validate every plan file in the folder; raise PlanFout with all problems found.

    With `verwijzingen=False`, unknown references and duplicate ids do not stop loading: the
    checker reports them as findings (SWV101, SWV102) next to everything else.
    """
    map_ = Path(map_) if map_ is not None else standaard_map()
    if not map_.is_dir():
        raise PlanFout([Melding(str(map_), 0, 0, "de planmap bestaat niet (kies een andere met --plans)")])
    ruim_op(map_)
    docs = documenten(map_)
    if ORGANISATIE not in docs:
        raise PlanFout(
            [Melding(str(map_ / ORGANISATIE_BESTAND), 0, 0, "het organisatiebestand swv.yaml ontbreekt in de planmap")]
        )
    meldingen: list[Melding] = []
    pm = PlanMap(map_)
    for naam, (pad, model) in docs.items():
        try:
            pm.bestanden[naam] = lees_bestand(pad, model, weergavenaam(pad))
        except PlanFout as fout:
            meldingen.extend(fout.meldingen)
            continue
        meldingen.extend(_schooljaar_klopt(naam, pm.bestanden[naam]))
    if meldingen:
        raise PlanFout(meldingen)
    if not verwijzingen:
        return pm
    for fout in verwijzingsfouten(pm.plannen):
        meldingen.append(pm.bestanden[fout.bestand].melding(fout.pad, fout.melding))
    if meldingen:
        raise PlanFout(meldingen)
    return pm


def _schooljaar_klopt(naam: str, bestand: PlanBestand[Any]) -> list[Melding]:
    if not (is_jaarplan(naam) or is_vergaderplanning(naam)):
        return []
    verwacht = Schooljaar.parse(naam.split("-", 1)[1])
    if bestand.model.schooljaar != verwacht:
        return [
            bestand.melding(
                ("schooljaar",),
                f"het schooljaar {bestand.model.schooljaar} past niet bij de bestandsnaam (verwacht {verwacht})",
            )
        ]
    return []
