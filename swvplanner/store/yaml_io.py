"""ruamel.yaml configured for round-trip editing of plan files.

Dates are not resolved to datetime objects by ruamel: they stay strings in the round-trip
document and the pydantic models parse them. That way an impossible date ("2026-02-31") is a
validation error with a position, not a crash inside the YAML constructor, and dates are
written back exactly as they were read.

Plan files are plain data: the composer refuses what they never need and what a hostile file
could use against the reader (see `_PlanComposer`).
"""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import AliasEvent, MappingStartEvent, SequenceStartEvent
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
MAX_VERWIJZINGEN = 200
"""Merge keys (`<<: *standaard`) a plan file may use; a hand-written file needs a handful."""


INTERNE_FOUTEN = (ValueError, TypeError, AttributeError, IndexError, KeyError, AssertionError)
"""What ruamel's scanner and constructors raise (besides YAMLError) on files they cannot handle."""
ONLEESBAAR = "ongeldige YAML: een constructie die swvplanner niet kan lezen"


class PlanYAMLFout(MarkedYAMLError):
    """A construct plan files do not allow; `problem` is already Dutch."""


class _PlanComposer(Composer):
    """The composer with the limits of plan files, checked before anything is constructed.

    - Aliases (`*naam`) only as the value of a merge key (`<<: *naam` or `<<: [*a, *b]`), and at
      most MAX_VERWIJZINGEN of them: an alias anywhere else is how "billion laughs" files expand
      600 bytes into gigabytes, and plan data never needs one.
    - No explicit tags (`!!int`, `!!set`, `!!omap`, `!!str`, `!eigen`): ruamel's constructors crash
      on several of them (an empty `!!int`, a `!!set` on a scalar), `!!str` gives a tagged object
      instead of text, and the models decide the types anyway; quotes make text.
    - Keys are plain scalars: a complex key (`? - naam: x`) cannot be a YAML key in a plan file.
    """

    def __init__(self, loader: Any = None) -> None:
        super().__init__(loader=loader)
        self._verwijzingen = 0
        self._in_samenvoeging: list[bool] = []

    def compose_node(self, parent: Any, index: Any) -> Any:
        try:
            return self._compose_node(parent, index)
        except INTERNE_FOUTEN:
            # ruamel's scanner stops on an internal assert on some broken files (a '|' after a
            # comment): the innermost node turns it into a plan error at the scanner's position.
            raise PlanYAMLFout(problem=ONLEESBAAR, problem_mark=self._plek()) from None

    def _plek(self) -> Any:
        """Where the scanner is: the token it was working on, else the reader's position."""
        scanner = self.loader.scanner
        tokens = getattr(scanner, "tokens", None)
        if tokens:
            return tokens[0].start_mark
        return self.loader.reader.get_mark()

    def _compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        is_sleutel = isinstance(parent, MappingNode) and index is None
        samenvoegen = isinstance(index, ScalarNode) and index.value == "<<"
        if isinstance(event, AliasEvent):
            if is_sleutel:
                raise _fout("een verwijzing (*naam) kan geen sleutel zijn", event)
            in_lijst = isinstance(parent, SequenceNode) and bool(self._in_samenvoeging) and self._in_samenvoeging[-1]
            if not (samenvoegen or in_lijst):
                raise _fout(
                    f"verwijzingen (*{event.anchor}) zijn in planbestanden alleen toegestaan als samenvoegsleutel "
                    f"('<<: *{event.anchor}'); schrijf de waarde hier uit",
                    event,
                )
            self._verwijzingen += 1
            if self._verwijzingen > MAX_VERWIJZINGEN:
                raise _fout(f"het bestand gebruikt meer dan {MAX_VERWIJZINGEN} verwijzingen (*naam)", event)
            return super().compose_node(parent, index)
        if event.anchor is not None and event.anchor in self.anchors:
            raise _fout(f"de naam &{_kort(event.anchor)} staat er twee keer; geef elk blok een eigen naam", event)
        tag = getattr(event, "ctag", None)
        if tag is not None and str(tag) != "!":
            raise _fout(
                f"typeaanduidingen als '{_kort(str(tag))}' worden in planbestanden niet gebruikt; "
                "laat die weg (tekst die op een getal lijkt zet u tussen aanhalingstekens)",
                event,
            )
        if is_sleutel and isinstance(event, MappingStartEvent | SequenceStartEvent):
            raise _fout("een sleutel moet een gewone tekst zijn, geen lijst of blok (staat er een '?' voor?)", event)
        self._in_samenvoeging.append(samenvoegen)
        try:
            return super().compose_node(parent, index)
        finally:
            self._in_samenvoeging.pop()


def _kort(tekst: str, lengte: int = 60) -> str:
    tekst = tekst.replace("tag:yaml.org,2002:", "!!")
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1] + "…"


def _fout(probleem: str, event: Any) -> PlanYAMLFout:
    return PlanYAMLFout(problem=probleem, problem_mark=event.start_mark)


class _PlanResolver(VersionedResolver):
    """The YAML 1.2 resolver without implicit timestamps."""

    @property
    def versioned_resolver(self) -> Any:
        # ruamel asks for this table for every scalar: build the filtered copy once per version.
        resolvers = super().versioned_resolver
        sleutel = id(resolvers)
        if getattr(self, "_gefilterd_voor", None) != sleutel:
            self._gefilterd = {
                first: [(tag, rx) for tag, rx in pairs if tag != _TIMESTAMP] for first, pairs in resolvers.items()
            }
            self._gefilterd_voor = sleutel
        return self._gefilterd


def maak_yaml() -> YAML:
    """A round-trip YAML instance with the house style of the plan files."""
    yaml = YAML(typ="rt")
    yaml.Resolver = _PlanResolver
    yaml.Composer = _PlanComposer
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # never re-wrap long Dutch sentences
    yaml.allow_unicode = True
    return yaml


def laad_tekst(tekst: str) -> Any:
    """Parse YAML text into a round-trip document (raises ruamel's YAMLError on bad YAML)."""
    return maak_yaml().load(tekst)


def dump_tekst(document: Any) -> str:
    buf = io.StringIO()
    maak_yaml().dump(document, buf)
    return buf.getvalue()
