"""One plan file: read, validate, and save changes through its round-trip document."""

from __future__ import annotations

import hashlib
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from filelock import Timeout
from pydantic import BaseModel, ValidationError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from swvplanner.core.fouten import ConflictFout, PlanFout
from swvplanner.core.melding import Melding
from swvplanner.core.os_fouten import os_fout_tekst
from swvplanner.store.atomisch import schrijf_atomisch, slot
from swvplanner.store.samenvoegen import voeg_samen, zet_opmerkingen
from swvplanner.store.vertaling import vertaal
from swvplanner.store.yaml_io import INTERNE_FOUTEN, ONLEESBAAR, PlanYAMLFout, dump_tekst, laad_tekst

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
    """sha256 of the bytes on disk; '' for a file that does not exist yet."""
    nieuw: bool = False
    """Not on disk yet (a new schooljaar's file): saving writes it even without further changes."""

    def melding(self, pad: tuple[str | int, ...], tekst: str) -> Melding:
        from swvplanner.store.positie import positie

        regel, kolom = positie(self.document, pad)
        return Melding(self.naam, regel, kolom, tekst)


def _yaml_melding(naam: str, fout: YAMLError, tekst: str) -> Melding:
    if isinstance(fout, PlanYAMLFout):
        mark = fout.problem_mark
        return Melding(naam, mark.line + 1 if mark else 0, mark.column + 1 if mark else 0, fout.problem or "")
    if isinstance(fout, MarkedYAMLError):
        mark = fout.problem_mark or fout.context_mark
        regel, kolom = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        tekst = f"ongeldige YAML: {_yaml_nl(fout.problem or '', fout.context or '')}"
        if (
            fout.context_mark is not None
            and fout.problem_mark is not None
            and "flow" in (fout.context or "")
            and fout.context_mark.line != fout.problem_mark.line
        ):
            tekst += f" (het blok begint op regel {fout.context_mark.line + 1}, kolom {fout.context_mark.column + 1})"
        return Melding(naam, regel, kolom, tekst)
    if isinstance(fout, ReaderError):  # a character YAML does not allow: its position is a character index
        plek = min(max(int(fout.position), 0), len(tekst))
        regel = tekst.count("\n", 0, plek) + 1
        return Melding(
            naam, regel, plek - (tekst.rfind("\n", 0, plek) + 1) + 1, f"ongeldige YAML: {_yaml_nl(fout.reason or '')}"
        )
    return Melding(naam, 0, 0, f"ongeldige YAML: {_yaml_nl(str(fout))}")


_YAML_NL = {
    "mapping values are not allowed here": "hier mag geen ':' met een waarde staan (vergeten aanhalingstekens?)",
    "could not find expected ':'": "de ':' na een sleutel ontbreekt",
    "found character '\\t' that cannot start any token": "een tab is niet toegestaan; gebruik spaties",
    "found duplicate key": "deze sleutel staat er twee keer",
    "expected <block end>, but found '-'": "een lijstregel ('- ') staat niet goed ingesprongen",
    "expected <block end>": "deze regel staat niet goed ingesprongen",
    "found unexpected end of stream": "het bestand houdt onverwacht op (een aanhalingsteken niet gesloten?)",
    "expected ',' or ']'": "een lijst tussen [ ] is niet goed gesloten (ontbreekt een ']' of een komma?)",
    "expected ',' or '}'": "een blok tussen { } is niet goed gesloten (ontbreekt een '}' of een komma?)",
    "that cannot start any token": "een teken dat hier niet aan het begin mag staan (een tab, @ of `?)",
    "found undefined alias": "onbekende verwijzing (*naam) in de YAML",
    "expected a single document": "het bestand bevat meer dan één YAML-document (---)",
    "but found another document": "het bestand bevat meer dan één YAML-document (---)",
    "found unexpected document separator": "een '---' of '...' midden in een tekst tussen aanhalingstekens",
    "found non-comment content after document end marker": "na het einde van het document ('...') staat nog tekst",
    "while scanning a quoted scalar": "een aanhalingsteken is niet gesloten",
    "expected the node content": "hier ontbreekt een waarde (het bestand of blok houdt te vroeg op)",
    "found unknown escape character": "onbekende escape (\\) in een tekst tussen dubbele aanhalingstekens",
    "expected chomping or indentation indicators": "na '|' of '>' mag alleen '-', '+' of een cijfer staan",
    "expected a comment or a line break": "na '|' of '>' hoort een nieuwe regel te beginnen",
    "mapping keys are not allowed here": "hier mag geen sleutel staan (een ':' of '?' op de verkeerde plaats)",
    "sequence entries are not allowed here": "hier mag geen lijstregel ('- ') staan",
    "expected ',' or ": "een lijst of blok tussen haakjes is niet goed gesloten",
    "expected alphabetic or numeric character": "na '&' of '*' hoort een naam te staan",
    "found undefined tag handle": "onbekende typeaanduiding (!)",
    "while scanning a tag": "onbekende typeaanduiding (!)",
    "while scanning an tag": "onbekende typeaanduiding (!)",
    "found duplicate YAML directive": "de regel '%YAML' staat er twee keer",
    "expected a mapping or list of mappings for merging": "na '<<:' hoort een verwijzing naar een blok (*naam)",
    "special characters are not allowed": "het bestand bevat een onzichtbaar stuurteken dat niet is toegestaan",
    "while scanning a simple key": "de ':' na een sleutel ontbreekt",
    "while parsing a block": "deze regel staat niet goed ingesprongen of mist een ':'",
    "while parsing a flow": "een lijst of blok tussen haakjes is niet goed gesloten",
}
"""ruamel's problem texts (or the context they come with) in Dutch. A text not listed gets the
general message: English from the parser never reaches the user."""


def _yaml_nl(probleem: str, context: str = "") -> str:
    for tekst in (probleem, context):
        for engels, nl in _YAML_NL.items():
            if engels in tekst:
                return nl
    return "de YAML klopt hier niet"


def lees_bestand(pad: Path, model: type[M], naam: str | None = None) -> PlanBestand[M]:
    """Read and validate one plan file; raise PlanFout with Dutch, positioned messages."""
    naam = naam or str(pad)
    pad = Path(pad)
    if pad.resolve().parent != pad.parent.resolve():
        # A link to /etc/passwd or an SSH key would be read and quoted in messages, JSON and the
        # public index page: a plan file is only ever a file of the plan folder itself.
        raise PlanFout(
            [
                Melding(
                    naam,
                    0,
                    0,
                    "dit planbestand is een koppeling naar een bestand buiten de planmap; "
                    "swvplanner leest het niet (zet het bestand zelf in de map)",
                )
            ]
        )
    try:
        staat = pad.stat()
        if not stat.S_ISREG(staat.st_mode):
            raise PlanFout([Melding(naam, 0, 0, "dit is geen gewoon bestand (een map, pijp of apparaat)")])
        grootte = staat.st_size
        if grootte > MAX_GROOTTE:
            raise _te_groot(naam, grootte)
        inhoud = pad.read_bytes()
    except OSError as fout:
        reden = os_fout_tekst(fout, lezen=True)
        raise PlanFout([Melding(naam, 0, 0, f"kan het bestand niet lezen: {reden}")]) from None
    return lees_inhoud(pad, inhoud, model, naam)


def lees_inhoud(pad: Path, inhoud: bytes, model: type[M], naam: str) -> PlanBestand[M]:
    """Validate a plan file's bytes (from disk or from git): always UTF-8, whatever the locale."""
    try:
        tekst = inhoud.decode("utf-8")
    except UnicodeDecodeError as fout:
        regel = inhoud[: fout.start].count(b"\n") + 1
        raise PlanFout([Melding(naam, regel, 1, "het bestand is geen geldige UTF-8-tekst")]) from None
    return lees_tekst(pad, tekst, model, naam, kenmerk(inhoud))


MAX_GROOTTE = 2 * 1024 * 1024
"""Bytes a plan file may have. A real one has tens of kilobytes; the YAML reader's time grows
faster than linearly with size, so a runaway file is refused instead of blocking for minutes."""

_MERGE_MARKERING = re.compile(r"^(<{7}|>{7})(?: |$)|^={7}$", re.MULTILINE)


def _te_groot(naam: str, grootte: int) -> PlanFout:
    return PlanFout(
        [
            Melding(
                naam,
                0,
                0,
                f"het bestand is te groot ({grootte / 1024 / 1024:.1f} MB; een planbestand "
                f"mag hoogstens {MAX_GROOTTE // 1024 // 1024} MB zijn)",
            )
        ]
    )


def _merge_markering(naam: str, tekst: str) -> Melding | None:
    """A git conflict marker at the start of a line: never valid plan YAML, also inside a text block."""
    m = _MERGE_MARKERING.search(tekst)
    if m is None:
        return None
    regel = tekst.count("\n", 0, m.start()) + 1
    return Melding(
        naam,
        regel,
        1,
        f"dit bestand bevat een onopgeloste git-merge (regel {regel}: '{m[0][:7]}'); "
        "kies per blok tussen '<<<<<<<' en '>>>>>>>' welke versie blijft en verwijder de markeringen",
    )


def lees_tekst(pad: Path, tekst: str, model: type[M], naam: str, vingerafdruk: str = "") -> PlanBestand[M]:
    if len(tekst) > MAX_GROOTTE:
        raise _te_groot(naam, len(tekst.encode("utf-8", "surrogatepass")))
    if (markering := _merge_markering(naam, tekst)) is not None:
        raise PlanFout([markering])
    try:
        document = laad_tekst(tekst)
    except YAMLError as fout:
        raise PlanFout([_yaml_melding(naam, fout, tekst)]) from None
    except INTERNE_FOUTEN:
        # The composer places the scanner's internal errors (PlanYAMLFout above); ruamel's
        # constructors may raise these on constructs the composer let through (it refuses the ones
        # known: tags, complex keys, aliases): this keeps any other off the screen.
        raise PlanFout([Melding(naam, 0, 0, ONLEESBAAR)]) from None
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


def nieuwe_tekst(bestand: PlanBestand[M], nieuw: M, opmerkingen: Mapping[str, str] | None = None) -> str:
    """The file's text with the model changes applied; the original text when nothing changed.

    `opmerkingen` puts a comment next to the id of new items (by id; see `zet_opmerkingen`).
    """
    oud_plain = bestand.model.plain()  # type: ignore[attr-defined]
    nieuw_plain = nieuw.plain()  # type: ignore[attr-defined]
    if oud_plain == nieuw_plain:
        return bestand.tekst
    # A fresh copy (a failed save leaves `bestand` intact), read with LF: ruamel drops the blank
    # lines before comments in CRLF text. _zoals_het_was puts the file's own endings back.
    document = laad_tekst(bestand.tekst.removeprefix("\ufeff").replace("\r\n", "\n"))
    document = voeg_samen(document, oud_plain, nieuw_plain)
    zet_opmerkingen(document, opmerkingen or {})
    return _zoals_het_was(bestand.tekst, dump_tekst(document))


def _zoals_het_was(oud: str, nieuw: str) -> str:
    """The dumped text with the original file's byte-order mark and line endings.

    ruamel writes LF and drops a BOM: a CRLF file (Windows editors, Excel exports) would otherwise
    get mixed endings and a one-line edit a whole-file diff.
    """
    if oud.count("\r\n") * 2 > oud.count("\n"):  # mostly CRLF: keep CRLF
        nieuw = nieuw.replace("\n", "\r\n")
    return ("\ufeff" if oud.startswith("\ufeff") else "") + nieuw


def bewaar(bestand: PlanBestand[M], nieuw: M, opmerkingen: Mapping[str, str] | None = None) -> PlanBestand[M]:
    """Write `nieuw` through the round-trip document, atomically; return the new PlanBestand.

    Refuses (ConflictFout) when the file changed on disk since it was loaded: there is no way to
    overwrite someone else's change (the Werkset merges theirs and ours instead).
    Validates the result by reading it back before anything is written. The fingerprint check and
    the rename happen under the folder's save lock, so two processes saving at once cannot both
    pass the check: the second one sees the first one's file and gets ConflictFout.
    """
    tekst = nieuwe_tekst(bestand, nieuw, opmerkingen)
    gecontroleerd = lees_tekst(bestand.pad, tekst, type(nieuw), bestand.naam)
    inhoud = tekst.encode("utf-8")
    try:
        with slot(bestand.pad.parent):
            try:
                op_schijf = kenmerk(bestand.pad.read_bytes())
            except FileNotFoundError:
                op_schijf = ""
            if op_schijf != bestand.kenmerk:
                raise ConflictFout(
                    [
                        Melding(
                            bestand.naam,
                            0,
                            0,
                            "het bestand is gewijzigd sinds het werd geladen (door iemand anders of een ander "
                            "programma); herlaad het eerst, anders gaat dat werk verloren",
                        )
                    ]
                )
            if tekst != bestand.tekst or bestand.nieuw:
                schrijf_atomisch(bestand.pad, inhoud)
    except Timeout:
        raise PlanFout(
            [
                Melding(
                    bestand.naam,
                    0,
                    0,
                    "een ander programma is al lange tijd bezig met bewaren in deze "
                    "planmap; er is niets bewaard, probeer het zo nog eens",
                )
            ]
        ) from None
    gecontroleerd.kenmerk = kenmerk(inhoud)
    return gecontroleerd
