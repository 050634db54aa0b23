"""One plan file: read, validate, and save changes through its round-trip document."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from swvplanner.core.melding import Melding
from swvplanner.store.atomisch import schrijf_atomisch
from swvplanner.store.fouten import ConflictFout, PlanFout
from swvplanner.store.samenvoegen import voeg_samen
from swvplanner.store.vertaling import vertaal
from swvplanner.store.yaml_io import dump_tekst, laad_tekst

M = TypeVar("M", bound=BaseModel)


def kenmerk(inhoud: bytes) -> str:
    return hashlib.sha256(inhoud).hexdigest()


@dataclass
class PlanBestand(Generic[M]):
    """A loaded plan file: its path, its bytes' fingerprint, its document and its model."""

    pad: Path
    naam: str
    """The path as shown in messages (relative to the plan folder's parent where possible)."""
    tekst: str
    document: Any
    model: M
    kenmerk: str

    def melding(self, pad: tuple[str | int, ...], tekst: str) -> Melding:
        from swvplanner.store.positie import positie

        regel, kolom = positie(self.document, pad)
        return Melding(self.naam, regel, kolom, tekst)


def _yaml_melding(naam: str, fout: YAMLError) -> Melding:
    if isinstance(fout, MarkedYAMLError):
        mark = fout.problem_mark or fout.context_mark
        probleem = fout.problem or fout.context or "ongeldige YAML"
        regel, kolom = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        tekst = f"ongeldige YAML: {_yaml_nl(probleem)}"
        if fout.context_mark is not None and fout.problem_mark is not None and "flow" in (fout.context or "") \
                and fout.context_mark.line != fout.problem_mark.line:
            tekst += f" (het blok begint op regel {fout.context_mark.line + 1}, kolom {fout.context_mark.column + 1})"
        return Melding(naam, regel, kolom, tekst)
    return Melding(naam, 0, 0, f"ongeldige YAML: {fout}")


_YAML_NL = {
    "mapping values are not allowed here": "hier mag geen ':' met een waarde staan (vergeten aanhalingstekens?)",
    "could not find expected ':'": "de ':' na een sleutel ontbreekt",
    "found character '\\t' that cannot start any token": "een tab is niet toegestaan; gebruik spaties",
    "found duplicate key": "deze sleutel staat er twee keer",
    "expected <block end>, but found '-'": "een lijstregel ('- ') staat niet goed ingesprongen",
    "found unexpected end of stream": "het bestand houdt onverwacht op (een aanhalingsteken niet gesloten?)",
    "expected ',' or ']'": "een lijst tussen [ ] is niet goed gesloten (ontbreekt een ']' of een komma?)",
    "expected ',' or '}'": "een blok tussen { } is niet goed gesloten (ontbreekt een '}' of een komma?)",
    "that cannot start any token": "een teken dat hier niet aan het begin mag staan (een tab, @ of `?)",
    "found undefined alias": "onbekende verwijzing (*naam) in de YAML",
    "expected a single document": "het bestand bevat meer dan één YAML-document (---)",
    "while scanning a quoted scalar": "een aanhalingsteken is niet gesloten",
    "expected the node content": "hier ontbreekt een waarde (het bestand of blok houdt te vroeg op)",
    "found unknown escape character": "onbekende escape (\\) in een tekst tussen dubbele aanhalingstekens",
}


def _yaml_nl(probleem: str) -> str:
    for engels, nl in _YAML_NL.items():
        if engels in probleem:
            return nl
    for engels, nl in _YAML_NL.items():
        if probleem.startswith(engels[:25]):
            return nl
    return f"de YAML klopt hier niet ({probleem})"


def lees_bestand(pad: Path, model: type[M], naam: str | None = None) -> PlanBestand[M]:
    """Read and validate one plan file; raise PlanFout with Dutch, positioned messages."""
    naam = naam or str(pad)
    try:
        inhoud = Path(pad).read_bytes()
    except OSError as fout:
        raise PlanFout([Melding(naam, 0, 0, f"kan het bestand niet lezen: {fout.strerror}")]) from None
    return lees_inhoud(pad, inhoud, model, naam)


def lees_inhoud(pad: Path, inhoud: bytes, model: type[M], naam: str) -> PlanBestand[M]:
    """Validate a plan file's bytes as read from disk (raise PlanFout with Dutch, positioned messages)."""
    try:
        tekst = inhoud.decode("utf-8")
    except UnicodeDecodeError as fout:
        regel = inhoud[: fout.start].count(b"\n") + 1
        raise PlanFout([Melding(naam, regel, 1, "het bestand is geen geldige UTF-8-tekst")]) from None
    return lees_tekst(pad, tekst, model, naam, kenmerk(inhoud))


def lees_tekst(pad: Path, tekst: str, model: type[M], naam: str, vingerafdruk: str = "") -> PlanBestand[M]:
    try:
        document = laad_tekst(tekst)
    except YAMLError as fout:
        raise PlanFout([_yaml_melding(naam, fout)]) from None
    except ValueError as fout:  # e.g. a duplicate key reported as a plain ValueError
        raise PlanFout([Melding(naam, 0, 0, f"ongeldige YAML: {fout}")]) from None
    except RecursionError:
        raise PlanFout([Melding(naam, 1, 1, "ongeldige YAML: het bestand is te diep genest")]) from None
    if document is None:
        raise PlanFout([Melding(naam, 1, 1, "het bestand is leeg")])
    try:
        waarde = model.model_validate(document)
    except ValidationError as fout:
        raise PlanFout(vertaal(fout, model, document, naam)) from None
    except RecursionError:
        raise PlanFout([Melding(naam, 1, 1, "het bestand is te diep genest")]) from None
    return PlanBestand(Path(pad), naam, tekst, document, waarde, vingerafdruk or kenmerk(tekst.encode()))


def nieuwe_tekst(bestand: PlanBestand[M], nieuw: M) -> str:
    """The file's text with the model changes applied; the original text when nothing changed."""
    oud_plain = bestand.model.plain()  # type: ignore[attr-defined]
    nieuw_plain = nieuw.plain()  # type: ignore[attr-defined]
    if oud_plain == nieuw_plain:
        return bestand.tekst
    document = laad_tekst(bestand.tekst)  # a fresh copy: a failed save leaves `bestand` intact
    document = voeg_samen(document, oud_plain, nieuw_plain)
    return dump_tekst(document)


def bewaar(bestand: PlanBestand[M], nieuw: M) -> PlanBestand[M]:
    """Write `nieuw` through the round-trip document, atomically; return the new PlanBestand.

    Refuses (ConflictFout) when the file changed on disk since it was loaded: there is no way to
    overwrite someone else's change (the Werkset merges theirs and ours instead).
    Validates the result by reading it back before anything is written.
    """
    tekst = nieuwe_tekst(bestand, nieuw)
    try:
        op_schijf = kenmerk(bestand.pad.read_bytes())
    except FileNotFoundError:
        op_schijf = ""
    if op_schijf != bestand.kenmerk:
        raise ConflictFout([Melding(
            bestand.naam, 0, 0,
            "het bestand is gewijzigd sinds het werd geladen (door iemand anders of een ander "
            "programma); herlaad het eerst, anders gaat dat werk verloren",
        )])
    model = type(nieuw)
    gecontroleerd = lees_tekst(bestand.pad, tekst, model, bestand.naam)
    inhoud = tekst.encode("utf-8")
    if tekst != bestand.tekst:
        schrijf_atomisch(bestand.pad, inhoud)
    gecontroleerd.kenmerk = kenmerk(inhoud)
    return gecontroleerd
