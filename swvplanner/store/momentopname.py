"""A consistent copy of a Werkset for a worker thread: what the app checks and exports from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from swvplanner.core.plannen import Plannen
from swvplanner.store.bestand import PlanBestand, lees_tekst, nieuwe_tekst
from swvplanner.store.verslagen import Onleesbaar


@dataclass(frozen=True)
class Momentopname:
    bestanden: dict[str, PlanBestand[Any]]
    modellen: dict[str, BaseModel]
    gewijzigd: frozenset[str]
    versie: int
    onleesbaar: dict[str, Onleesbaar] = field(default_factory=dict)

    @property
    def plannen(self) -> Plannen:
        return Plannen.uit_documenten(dict(self.modellen))

    def voorlopige_bestanden(self) -> dict[str, PlanBestand[Any]]:
        """Every document as it would be saved now (for positions of findings in unsaved edits)."""
        uit = dict(self.bestanden)
        for naam in self.gewijzigd:
            b = self.bestanden[naam]
            tekst = nieuwe_tekst(b, self.modellen[naam])
            uit[naam] = lees_tekst(b.pad, tekst, type(self.modellen[naam]), b.naam)
        return uit
