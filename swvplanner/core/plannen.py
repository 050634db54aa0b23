"""All plans of one organisation together, as the checker and the exports see them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from swvplanner.core.fouten import BewerkFout
from swvplanner.core.model.jaarplan import Actie, Jaarplan
from swvplanner.core.model.kwaliteitskalender import Kwaliteitskalender
from swvplanner.core.model.organisatie import DocumentSoort, Organisatie
from swvplanner.core.model.vergaderingen import Vergaderplanning
from swvplanner.core.schooljaar import Schooljaar

ORGANISATIE = "organisatie"
KWALITEITSKALENDER = "kwaliteitskalender"
JAARPLAN: DocumentSoort = "jaarplan"
VERGADERINGEN: DocumentSoort = "vergaderingen"
"""The kinds with one document per schooljaar, named '<kind>-<schooljaar>' ('jaarplan-2025-2026');
the file is that name plus '.yaml'."""


def jaarplan_sleutel(sj: Schooljaar) -> str:
    return f"{JAARPLAN}-{sj}"


def vergaderingen_sleutel(sj: Schooljaar) -> str:
    return f"{VERGADERINGEN}-{sj}"


def is_jaarplan(naam: str) -> bool:
    return naam.startswith(f"{JAARPLAN}-")


def is_vergaderplanning(naam: str) -> bool:
    return naam.startswith(f"{VERGADERINGEN}-")


def document_soort(naam: str) -> str:
    """'jaarplan-2025-2026' → 'jaarplan'; 'kwaliteitskalender' and 'organisatie' are their own kind."""
    return naam.split("-", 1)[0]


def actie_document(documenten: Mapping[str, Any], actie_id: str) -> str:
    """The jaarplan (by document name) that holds the actie; BewerkFout when none does."""
    for naam, model in documenten.items():
        if is_jaarplan(naam) and model.actie(actie_id) is not None:
            return naam
    raise BewerkFout(f"actie '{actie_id}' bestaat niet (meer)")


def vergadering_document(documenten: Mapping[str, Any], vergadering_id: str) -> str:
    """The vergaderplanning (by document name) that holds the meeting; BewerkFout when none does."""
    for naam, model in documenten.items():
        if is_vergaderplanning(naam) and model.vergadering(vergadering_id) is not None:
            return naam
    raise BewerkFout(f"vergadering '{vergadering_id}' bestaat niet (meer)")


@dataclass
class Plannen:
    """The loaded models. Keys of `bestanden`-style dicts are document names such as
    'jaarplan-2025-2026'; the store maps them to files."""

    organisatie: Organisatie
    kwaliteitskalender: Kwaliteitskalender | None = None
    jaarplannen: dict[Schooljaar, Jaarplan] = field(default_factory=dict)
    vergaderplanningen: dict[Schooljaar, Vergaderplanning] = field(default_factory=dict)

    @classmethod
    def uit_documenten(cls, documenten: dict[str, object]) -> Plannen:
        """Assemble the plans from models by document name ('organisatie', 'jaarplan-2025-2026', ...)."""
        org = documenten[ORGANISATIE]
        kk = documenten.get(KWALITEITSKALENDER)
        plannen = cls(org, kk)  # type: ignore[arg-type]
        for naam, model in documenten.items():
            if is_jaarplan(naam):
                plannen.jaarplannen[model.schooljaar] = model  # type: ignore[attr-defined]
            elif is_vergaderplanning(naam):
                plannen.vergaderplanningen[model.schooljaar] = model  # type: ignore[attr-defined]
        return plannen

    def schooljaren(self) -> list[Schooljaar]:
        return sorted(set(self.jaarplannen) | set(self.vergaderplanningen))

    def voortgezet(self) -> frozenset[tuple[Schooljaar, str]]:
        """(schooljaar, actie id) of each actie that the next year's jaarplan carries over
        (`overgenomen-van`): it lives on there, so overviews, the overdue check and the feeds count
        only the later one. Keyed by year too: an id is unique within one jaarplan only."""
        return frozenset(
            (sj.vorige(), a.overgenomen_van)
            for sj, p in self.jaarplannen.items()
            for a in p.acties()
            if a.overgenomen_van
        )

    def actie(self, actie_id: str) -> Actie | None:
        for plan in self.jaarplannen.values():
            if (a := plan.actie(actie_id)) is not None:
                return a
        return None
