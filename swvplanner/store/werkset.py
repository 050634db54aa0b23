"""The plans being edited: loaded files, unsaved models, undo, and saving them safely.

The TUI keeps one Werkset. Edits replace a document's model in memory (nothing is written until
`bewaar`); saving goes through the round-trip store, so comments and order survive. A file that
someone else changed on disk since it was loaded is never overwritten: their version is read and
our edits are merged into it (by item id and field, see core/samenvoeging.py), and the result is
written on top of their text. A file that cannot be read on disk is not written at all until it
can be read again; the last good version stays in memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from swvplanner.core.fouten import ConflictFout, PlanFout
from swvplanner.core.lijstitems import ItemSleutel
from swvplanner.core.melding import Melding
from swvplanner.core.model.basis import Basis
from swvplanner.core.plannen import Plannen
from swvplanner.core.samenvoeging import Kant
from swvplanner.core.verwijzingen import met_verwijzingen
from swvplanner.store.bestand import PlanBestand, kenmerk, lees_bestand, lees_inhoud
from swvplanner.store.bestand import bewaar as bewaar_bestand
from swvplanner.store.drieweg import voeg_modellen_samen
from swvplanner.store.momentopname import Momentopname
from swvplanner.store.planmap import PlanMap, documenten, laad_map
from swvplanner.store.verslagen import Bewaarverslag, Onleesbaar, Schijfstand, Schijfverslag

MAX_ONGEDAAN = 100
POGINGEN = 5
"""How often saving one file re-reads and merges when someone keeps saving it meanwhile."""

Keuzes = Mapping[tuple[str, ItemSleutel], Kant]
"""Per (document, item) which version stays where both sides changed the same field."""


@dataclass(frozen=True)
class Bewerking:
    """One edit, for undo: the document's model before it and a Dutch description."""

    document: str
    voor: BaseModel
    omschrijving: str


class Werkset:
    def __init__(self, pm: PlanMap) -> None:
        self.pm = pm
        self.modellen: dict[str, Basis] = {naam: b.model for naam, b in pm.bestanden.items()}
        self.gewijzigd: set[str] = set()
        self.geschiedenis: list[Bewerking] = []
        self.onleesbaar: dict[str, Onleesbaar] = {}
        """Documents whose file on disk cannot be read now; they are not saved until it can."""
        self._gezien: dict[str, str] = {}
        """Per document the fingerprint of the outside change last handled (not handled twice)."""
        self._open: dict[str, tuple[int, int]] = {}
        """Per document the unsaved edits: (edits on top of the undo stack since the last save,
        saved edits undone since then). Their sum is what the status line counts."""
        self.versie = 0
        """Increases with every change of the models (edit, undo, reload): views compare it."""
        self.opmerkingen: dict[str, dict[str, str]] = {}
        """Per document, per new item id: the comment written next to its id by the next save."""
        self._begin: tuple[dict[str, Basis], list[Bewerking], dict[str, tuple[int, int]]] = ({}, [], {})
        """For a copy (`kopie`): the models, undo steps and unsaved counts it started from."""

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

    def pas_toe(
        self, document: str, nieuw: Basis, omschrijving: str, opmerkingen: dict[str, str] | None = None
    ) -> None:
        """Replace a document's model with an edited one; `opmerkingen`: comments for new items' ids."""
        oud = self.modellen[document]
        if oud.plain() == nieuw.plain():
            return
        if opmerkingen:
            self.opmerkingen.setdefault(document, {}).update(opmerkingen)
        self.geschiedenis.append(Bewerking(document, oud, omschrijving))
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

    def ongedaan(self) -> Bewerking | None:
        """Undo the last edit; returns it, or None when there is nothing to undo."""
        if not self.geschiedenis:
            return None
        w = self.geschiedenis.pop()
        self.modellen[w.document] = w.voor
        boven, onder = self._open.get(w.document, (0, 0))
        self._open[w.document] = (boven - 1, onder) if boven else (0, onder + 1)
        self._markeer(w.document)
        return w

    def voeg_document_toe(self, bestand: PlanBestand[Any]) -> str:
        """Add the document of a file that does not exist yet (`bestand.nieuw`, e.g. a new schooljaar's
        vergaderplanning): once something is added to it, it counts as unsaved until `bewaar` writes
        it (as long as it is the bare template, there is nothing to write). Returns its document name."""
        naam = bestand.pad.stem
        if naam in self.pm.bestanden:
            raise PlanFout([Melding(bestand.naam, 0, 0, "dit planbestand bestaat al")])
        self.pm.bestanden[naam] = bestand
        self.modellen[naam] = bestand.model
        self._markeer(naam)
        return naam

    def _markeer(self, document: str) -> None:
        opgeslagen = self.pm.bestanden[document]
        # A new file (`nieuw`) still as its template holds nothing to write: an undone first edit
        # leaves no empty file behind.
        if self.modellen[document].plain() == opgeslagen.model.plain():
            self.gewijzigd.discard(document)
            self._open.pop(document, None)
        else:
            self.gewijzigd.add(document)
        self.versie += 1

    # --- the disk ------------------------------------------------------------------------

    def op_schijf_gewijzigd(self, documenten_: set[str] | None = None) -> list[str]:
        """Documents whose file on disk differs from what was loaded (someone else saved it)."""
        return sorted(
            n
            for n in (documenten_ if documenten_ is not None else self.pm.bestanden)
            if self._op_schijf(n)[0] != self.pm.bestanden[n].kenmerk
        )

    def _op_schijf(self, document: str) -> tuple[str, bytes | None]:
        """The fingerprint and bytes of the file on disk now ('' and None when it is gone)."""
        try:
            inhoud = self.pm.bestanden[document].pad.read_bytes()
        except FileNotFoundError:
            return "", None
        return kenmerk(inhoud), inhoud

    def _lees_op_schijf(self, document: str) -> PlanBestand[Any] | Onleesbaar | None:
        """Their version of a document: None when the file is as loaded, else read or unreadable."""
        b = self.pm.bestanden[document]
        vingerafdruk, inhoud = self._op_schijf(document)
        if vingerafdruk == b.kenmerk:
            return None
        if inhoud is None:
            return Onleesbaar(
                "", (Melding(b.naam, 0, 0, "het bestand bestaat niet meer op schijf (verwijderd of hernoemd)"),)
            )
        try:
            return lees_inhoud(b.pad, inhoud, type(b.model), b.naam)
        except PlanFout as fout:
            return Onleesbaar(vingerafdruk, tuple(fout.meldingen))

    def kijk_op_schijf(self) -> Schijfstand:
        """Read what changed on disk since it was loaded or last handled (only reads: fine in a worker)."""
        stand = Schijfstand()
        for naam in sorted(self.pm.bestanden):
            vingerafdruk, _ = self._op_schijf(naam)
            if vingerafdruk == self.pm.bestanden[naam].kenmerk:
                if naam in self.onleesbaar:
                    stand.terug.append(naam)
                continue
            if vingerafdruk == self._gezien.get(naam):
                continue
            hun = self._lees_op_schijf(naam)
            if isinstance(hun, Onleesbaar):
                stand.onleesbaar[naam] = hun
            elif hun is not None:
                stand.gelezen[naam] = hun
        return stand

    def verwerk(self, stand: Schijfstand) -> Schijfverslag:
        """Apply a look at the disk: reload what is not edited here, keep the rest for merging,
        remember unreadable files (the last good version stays)."""
        verslag = Schijfverslag()
        for naam, hun in stand.gelezen.items():
            self._gezien[naam] = hun.kenmerk
            if self.onleesbaar.pop(naam, None) is not None:
                verslag.hersteld.append(naam)
            if naam in self.gewijzigd:
                verslag.samen_te_voegen.append(naam)
            else:
                self._vervang(naam, hun)
                verslag.herladen.append(naam)
        for naam, onleesbaar in stand.onleesbaar.items():
            self._gezien[naam] = onleesbaar.kenmerk
            if self.onleesbaar.get(naam) != onleesbaar:
                verslag.onleesbaar[naam] = self.onleesbaar[naam] = onleesbaar
        for naam in stand.terug:
            self._gezien.pop(naam, None)
            if self.onleesbaar.pop(naam, None) is not None:
                verslag.hersteld.append(naam)
        self.versie += 1
        return verslag

    def _vervang(self, naam: str, bestand: PlanBestand[Any]) -> None:
        """Take a file as read from disk, dropping this document's unsaved edits and their undo."""
        self.pm.bestanden[naam] = bestand
        self.modellen[naam] = bestand.model
        self.gewijzigd.discard(naam)
        self._open.pop(naam, None)
        self.onleesbaar.pop(naam, None)
        self._gezien.pop(naam, None)
        self.geschiedenis = [w for w in self.geschiedenis if w.document != naam]

    def herlaad(self, documenten_: list[str] | None = None) -> None:
        """Read documents again from disk, dropping unsaved edits (and their undo) of those."""
        namen = documenten_ if documenten_ is not None else sorted(self.pm.bestanden)
        paden = documenten(self.map)
        for naam in namen:
            b = self.pm.bestanden[naam]
            if b.nieuw and naam not in paden:  # never written: back to the folder without it
                self._vervang(naam, b)
                del self.pm.bestanden[naam], self.modellen[naam]
                continue
            model = paden[naam][1] if naam in paden else type(b.model)
            self._vervang(naam, lees_bestand(b.pad, model, b.naam))
        self.versie += 1

    # --- saving --------------------------------------------------------------------------

    def kopie(self) -> Werkset:
        """A copy to save in a worker (`bewaar` on the copy), taken over afterwards on the app's
        thread with `neem_over`: the Werkset itself changes only there, also when it is edited
        while the copy is saved. The models are shared: an edit replaces a model, never changes it."""
        k = object.__new__(Werkset)
        k.pm = PlanMap(self.pm.map, dict(self.pm.bestanden))
        k.modellen, k.gewijzigd, k.geschiedenis = dict(self.modellen), set(self.gewijzigd), list(self.geschiedenis)
        k.onleesbaar, k._gezien, k._open = dict(self.onleesbaar), dict(self._gezien), dict(self._open)
        k.versie, k.opmerkingen = self.versie, {d: dict(o) for d, o in self.opmerkingen.items()}
        k._begin = (dict(self.modellen), list(self.geschiedenis), dict(self._open))
        return k

    def neem_over(self, kopie: Werkset) -> None:
        """Take over what saving `kopie` did (see `kopie`), also after a save that failed halfway.
        An edit made here meanwhile stays: where the written file brought in someone else's change,
        the edit is merged on top of it, and that document's undo steps made meanwhile end there
        (they would bring back the text without their change)."""
        modellen, geschiedenis, open_ = kopie._begin
        geschreven = {d for d in modellen if kopie.pm.bestanden[d] is not self.pm.bestanden[d]}
        anders = {d for d in geschreven if kopie.modellen[d].plain() != modellen[d].plain()}
        for d, begin in modellen.items():
            huidig, bewaard = self.modellen[d], kopie.modellen[d]
            if huidig is begin:
                self.modellen[d] = bewaard
            elif d in anders:  # edited here while saving: keep that edit, on top of their change
                self.modellen[d] = voeg_modellen_samen(begin, huidig, bewaard, voorkeur="mijn").model
        eerder = len(geschiedenis)
        if len(self.geschiedenis) >= eerder and all(
            a is b for a, b in zip(self.geschiedenis[:eerder], geschiedenis, strict=True)
        ):
            # nothing undone meanwhile: the copy's (rebased) steps, then the edits made since
            self.geschiedenis = kopie.geschiedenis + [w for w in self.geschiedenis[eerder:] if w.document not in anders]
        else:
            self.geschiedenis = [w for w in self.geschiedenis if w.document not in anders]
        self.pm.bestanden.update(kopie.pm.bestanden)
        self.onleesbaar, self._gezien = kopie.onleesbaar, kopie._gezien
        self.opmerkingen = {d: o for d, o in self.opmerkingen.items() if d not in geschreven or d in kopie.opmerkingen}
        for d in modellen:
            if self.modellen[d] is kopie.modellen[d]:
                self._open[d] = kopie._open.get(d, (0, 0))
            else:  # what was edited (or undone) here since the copy was made is what is not saved
                (boven, onder), (b0, o0) = self._open.get(d, (0, 0)), open_.get(d, (0, 0))
                self._open[d] = (max(0, boven - b0), max(0, onder - o0))
            self._markeer(d)
        self.versie = max(self.versie, kopie.versie) + 1

    def bewaar(self, keuzes: Keuzes | None = None) -> Bewaarverslag:
        """Write every changed document; say what was written, merged, and what could not be.

        A document whose file changed on disk is merged with their version and written on top of
        their text; where both changed the same field of an item, it is not written until `keuzes`
        settles each such item (the Bewaarverslag lists them). A document whose file cannot be
        read is not written. Every other document is written regardless.
        """
        verslag = Bewaarverslag()
        gedaan: set[str] = set()
        while te_doen := sorted(self.gewijzigd - gedaan):  # a rename may change another document
            naam = te_doen[0]
            gedaan.add(naam)
            try:
                self._bewaar_document(naam, {item: k for (d, item), k in (keuzes or {}).items() if d == naam}, verslag)
            except PlanFout as fout:  # this document is not written; the others still are
                verslag.mislukt[naam] = fout.meldingen
        self.versie += 1
        return verslag

    def _bewaar_document(self, naam: str, keuzes: Mapping[ItemSleutel, Kant], verslag: Bewaarverslag) -> None:
        basis, mijn = self.pm.bestanden[naam], self.modellen[naam]
        for _ in range(POGINGEN):
            hun = self._lees_op_schijf(naam)
            if isinstance(hun, Onleesbaar):
                self.onleesbaar[naam] = hun
                verslag.onleesbaar[naam] = hun
                return
            try:
                if hun is None:
                    nieuw = bewaar_bestand(basis, mijn, self.opmerkingen.get(naam))
                    break
                samen = voeg_modellen_samen(basis.model, mijn, hun.model, keuzes, basis.naam)
                if samen.samenvoeging.open:
                    verslag.botsingen[naam] = samen.samenvoeging.open
                    return
                nieuw = bewaar_bestand(hun, samen.model, self.opmerkingen.get(naam))
                break
            except ConflictFout:
                continue  # saved again meanwhile: read theirs again
        else:
            raise PlanFout(
                [Melding(basis.naam, 0, 0, "het bestand wordt steeds opnieuw gewijzigd; probeer het zo nog eens")]
            )
        self.pm.bestanden[naam] = nieuw
        self.opmerkingen.pop(naam, None)
        self.onleesbaar.pop(naam, None)
        self._gezien.pop(naam, None)
        if hun is not None:
            verslag.samengevoegd.append(nieuw.naam)
            self._herbaseer(naam, basis.model, hun.model, keuzes)
            self._hernoem(samen.samenvoeging.hernoemd, naam, verslag)
        huidig = self.modellen[naam]
        if huidig is mijn:
            self.modellen[naam] = nieuw.model
        elif hun is not None:  # edited again while saving (saving runs in a worker): keep that edit
            self.modellen[naam] = voeg_modellen_samen(mijn, huidig, nieuw.model, voorkeur="mijn").model
        self._markeer(naam)
        verslag.geschreven.append(nieuw.naam)

    def _herbaseer(self, naam: str, basis: BaseModel, hun: BaseModel, keuzes: Mapping[ItemSleutel, Kant]) -> None:
        """Undo after a merge: each earlier state of this document is merged with their version too,
        so ctrl+z takes back one of our edits and never their changes. A state that cannot be
        merged ends the undo history of this document there."""
        uit: list[Bewerking] = []
        for w in self.geschiedenis:
            if w.document != naam:
                uit.append(w)
                continue
            try:
                uit.append(replace(w, voor=voeg_modellen_samen(basis, w.voor, hun, keuzes).model))
            except PlanFout:
                uit = [x for x in uit if x.document != naam]
        self.geschiedenis = uit

    def _hernoem(self, hernoemd: dict[str, str], document: str, verslag: Bewaarverslag) -> None:
        """References here to a new item that got another id follow it (an agenda point on a new actie)."""
        if not hernoemd:
            return
        verslag.hernoemd.update(hernoemd)
        for naam, model in list(self.modellen.items()):
            if naam == document:
                continue
            plain = model.plain()
            nieuw = met_verwijzingen(plain, hernoemd)
            if nieuw != plain:
                self.modellen[naam] = type(model).model_validate(nieuw)
                self._markeer(naam)

    def momentopname(self) -> Momentopname:
        """A consistent copy for a worker thread (the models themselves are never mutated)."""
        return Momentopname(
            dict(self.pm.bestanden), dict(self.modellen), frozenset(self.gewijzigd), self.versie, dict(self.onleesbaar)
        )
