"""All plans of one organisation together, as the checker and the exports see them."""

from __future__ import annotations

from dataclasses import dataclass, field

from swvplanner.core.model.jaarplan import Actie, Jaarplan
from swvplanner.core.model.kwaliteitskalender import Kwaliteitskalender
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Vergaderplanning
from swvplanner.core.schooljaar import Schooljaar

ORGANISATIE = "organisatie"
KWALITEITSKALENDER = "kwaliteitskalender"


def jaarplan_sleutel(sj: Schooljaar) -> str:
    return f"jaarplan-{sj}"


def vergaderingen_sleutel(sj: Schooljaar) -> str:
    return f"vergaderingen-{sj}"


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
            if naam.startswith("jaarplan-"):
                plannen.jaarplannen[model.schooljaar] = model  # type: ignore[attr-defined]
            elif naam.startswith("vergaderingen-"):
                plannen.vergaderplanningen[model.schooljaar] = model  # type: ignore[attr-defined]
        return plannen

    def schooljaren(self) -> list[Schooljaar]:
        return sorted(set(self.jaarplannen) | set(self.vergaderplanningen))

    def actie(self, actie_id: str) -> Actie | None:
        for plan in self.jaarplannen.values():
            if (a := plan.actie(actie_id)) is not None:
                return a
        return None
