"""The evaluatie of a jaarplan: the chapter 'Verantwoording jaarplan' for the jaarverslag."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from swvplanner.core.evaluatie import verantwoording
from swvplanner.core.fouten import GeenSchooljaarbestand
from swvplanner.core.plannen import JAARPLAN
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.export.verantwoording import hoofdstuk
from swvplanner.store.planmap import laad_map

Formaat = Literal["tekst", "markdown"]


def verantwoording_jaarplan(map_: Path, schooljaar: str, formaat: Formaat = "tekst") -> str:
    """The chapter for the jaarplan of `schooljaar` (ValueError for a bad schooljaar,
    GeenSchooljaarbestand when it has no jaarplan, PlanFout when the plans cannot be read)."""
    sj = Schooljaar.parse(schooljaar)
    plannen = laad_map(map_).plannen
    if sj not in plannen.jaarplannen:
        raise GeenSchooljaarbestand(JAARPLAN, sj)
    return hoofdstuk(verantwoording(plannen, sj), markdown=formaat == "markdown")
