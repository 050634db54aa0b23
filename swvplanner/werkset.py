"""The plans being edited: loaded files, unsaved models, undo, and saving them safely.

The TUI keeps one Werkset. Edits replace a document's model in memory (nothing is written until
`bewaar`); saving goes through the round-trip store, so comments and order survive, and refuses
to overwrite a file that someone else changed on disk since it was loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from swvplanner.core.melding import Melding
from swvplanner.core.plannen import Plannen
from swvplanner.store.bestand import PlanBestand, kenmerk, lees_bestand, lees_tekst, nieuwe_tekst
from swvplanner.store.bestand import bewaar as bewaar_bestand
from swvplanner.store.fouten import ConflictFout
from swvplanner.store.planmap import PlanMap, documenten, laad_map

MAX_ONGEDAAN = 100


@dataclass(frozen=True)
class Wijziging:
    """One edit, for undo: the document's model before it and a Dutch description."""

    document: str
    voor: BaseModel
    omschrijving: str


class Conflict(ConflictFout):
    """Files changed on disk since they were loaded; nothing was written."""

    def __init__(self, documenten: list[str], meldingen: list[Melding]) -> None:
        super().__init__(meldingen)
        self.documenten = documenten


class Werkset:
    def __init__(self, pm: PlanMap) -> None:
        self.pm = pm
        self.modellen: dict[str, BaseModel] = {naam: b.model for naam, b in pm.bestanden.items()}
        self.gewijzigd: set[str] = set()
        self.geschiedenis: list[Wijziging] = []
        self._open: dict[str, tuple[int, int]] = {}
        """Per document the unsaved edits: (edits on top of the undo stack since the last save,
        saved edits undone since then). Their sum is what the status line counts."""
        self.versie = 0
        """Increases with every change of the models (edit, undo, reload): views compare it."""

    @classmethod
    def laad(cls, map_: Path) -> Werkset:
        """Load the folder; unknown references do not stop loading (the checker reports them)."""
        return cls(laad_map(map_, verwijzingen=False))

    @property
    def map(self) -> Path:
        return self.pm.map

    @property
    def plannen(self) -> Plannen:
        return Plannen.uit_documenten(dict(self.modellen))

    def bestand(self, document: str) -> PlanBestand[Any]:
        return self.pm.bestanden[document]

    def pas_toe(self, document: str, nieuw: BaseModel, omschrijving: str) -> None:
        """Replace a document's model with an edited one (validated by the edit itself)."""
        oud = self.modellen[document]
        if oud.plain() == nieuw.plain():  # type: ignore[attr-defined]
            return
        self.geschiedenis.append(Wijziging(document, oud, omschrijving))
        del self.geschiedenis[:-MAX_ONGEDAAN]
        self.modellen[document] = nieuw
        boven, onder = self._open.get(document, (0, 0))
        self._open[document] = (boven + 1, onder)
        self._markeer(document)

    @property
    def niet_bewaard(self) -> int:
        """How many edits are not saved yet (an undone saved edit counts too; a document that is
        back as it is on disk counts none)."""
        return sum(max(1, sum(self._open.get(naam, (0, 0)))) for naam in self.gewijzigd)

    def ongedaan(self) -> Wijziging | None:
        """Undo the last edit; returns it, or None when there is nothing to undo."""
        if not self.geschiedenis:
            return None
        w = self.geschiedenis.pop()
        self.modellen[w.document] = w.voor
        boven, onder = self._open.get(w.document, (0, 0))
        self._open[w.document] = (boven - 1, onder) if boven else (0, onder + 1)
        self._markeer(w.document)
        return w

    def _markeer(self, document: str) -> None:
        opgeslagen = self.pm.bestanden[document].model
        if self.modellen[document].plain() == opgeslagen.plain():  # type: ignore[attr-defined]
            self.gewijzigd.discard(document)
            self._open.pop(document, None)
        else:
            self.gewijzigd.add(document)
        self.versie += 1

    def op_schijf_gewijzigd(self, documenten_: set[str] | None = None) -> list[str]:
        """Documents whose file on disk differs from what was loaded (someone else saved it)."""
        uit = []
        for naam in sorted(documenten_ if documenten_ is not None else self.pm.bestanden):
            b = self.pm.bestanden[naam]
            try:
                op_schijf = kenmerk(b.pad.read_bytes())
            except FileNotFoundError:
                op_schijf = ""
            if op_schijf != b.kenmerk:
                uit.append(naam)
        return uit

    def bewaar(self, forceer: bool = False) -> list[str]:
        """Write every changed document; returns their file names.

        All files are checked for outside changes first: on a conflict nothing is written and
        Conflict names the documents, so the user can reload them or explicitly keep their own.
        """
        te_bewaren = sorted(self.gewijzigd)
        if not forceer:
            botsing = self.op_schijf_gewijzigd(set(te_bewaren))
            if botsing:
                raise Conflict(botsing, [Melding(
                    self.pm.bestanden[n].naam, 0, 0,
                    "het bestand is op schijf gewijzigd sinds het werd geladen") for n in botsing])
        geschreven = []
        for naam in te_bewaren:
            model = self.modellen[naam]
            self.pm.bestanden[naam] = bewaar_bestand(self.pm.bestanden[naam], model, forceer=True)
            if self.modellen[naam] is model:  # not edited again while saving (saving runs in a worker)
                self.modellen[naam] = self.pm.bestanden[naam].model
                self.gewijzigd.discard(naam)
                self._open.pop(naam, None)
            geschreven.append(self.pm.bestanden[naam].naam)
        self.versie += 1
        return geschreven

    def herlaad(self, documenten_: list[str] | None = None) -> None:
        """Read documents again from disk, dropping unsaved edits (and their undo) of those."""
        namen = documenten_ if documenten_ is not None else sorted(self.pm.bestanden)
        paden = documenten(self.map)
        for naam in namen:
            b = self.pm.bestanden[naam]
            model = paden[naam][1] if naam in paden else type(b.model)
            self.pm.bestanden[naam] = lees_bestand(b.pad, model, b.naam)
            self.modellen[naam] = self.pm.bestanden[naam].model
            self.gewijzigd.discard(naam)
            self._open.pop(naam, None)
        self.geschiedenis = [w for w in self.geschiedenis if w.document not in namen]
        self.versie += 1

    def momentopname(self) -> Momentopname:
        """A consistent copy for a worker thread (the models themselves are never mutated)."""
        return Momentopname(dict(self.pm.bestanden), dict(self.modellen), frozenset(self.gewijzigd), self.versie)


@dataclass(frozen=True)
class Momentopname:
    bestanden: dict[str, PlanBestand[Any]]
    modellen: dict[str, BaseModel]
    gewijzigd: frozenset[str]
    versie: int

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
