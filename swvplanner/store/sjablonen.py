"""A new plan file for a schooljaar that has none yet: valid, empty, with comments that explain the
keys (the texts are init's, store/nieuw.py), as a PlanBestand not on disk yet (`PlanBestand.nieuw`).

Used when a schooljaar gets its first vergaderplanning or jaarplan (a new meeting in the app, an
import): the file must read like the hand-written ones, so a secretary who opens it in an editor
sees what goes where.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from swvplanner.core.model.jaarplan import Jaarplan
from swvplanner.core.model.vergaderingen import Vergaderplanning
from swvplanner.core.plannen import JAARPLAN, VERGADERINGEN
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.store.bestand import PlanBestand, lees_tekst
from swvplanner.store.nieuw import commentaar, jaarplan_tekst, vergaderingen_tekst
from swvplanner.store.planmap import weergavenaam

_MODEL: dict[str, type[Any]] = {JAARPLAN: Jaarplan, VERGADERINGEN: Vergaderplanning}


def sjabloon_tekst(soort: str, sj: Schooljaar, organisatie: str, herkomst: str | None = None) -> str:
    """The text of a new, empty file of `soort` ('jaarplan' or 'vergaderingen') for `sj`; `herkomst`
    (where its content comes from, such as a jaarovergang) heads it as a comment."""
    tekst = jaarplan_tekst(sj, organisatie) if soort == JAARPLAN else vergaderingen_tekst(sj, organisatie)
    return "\n".join([*commentaar(herkomst), "#", tekst]) if herkomst else tekst


def nieuw_schooljaarbestand(
    map_: Path, soort: str, sj: Schooljaar, organisatie: str, herkomst: str | None = None
) -> PlanBestand[Any]:
    """The PlanBestand of a file that does not exist yet (fingerprint ''): saving it writes the
    template with whatever was added to it."""
    pad = map_ / f"{soort}-{sj}.yaml"
    bestand = lees_tekst(pad, sjabloon_tekst(soort, sj, organisatie, herkomst), _MODEL[soort], weergavenaam(pad))
    bestand.kenmerk = ""
    bestand.nieuw = True
    return bestand
