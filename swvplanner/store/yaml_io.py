"""ruamel.yaml configured for round-trip editing of plan files.

Dates are not resolved to datetime objects by ruamel: they stay strings in the round-trip
document and the pydantic models parse them. That way an impossible date ("2026-02-31") is a
validation error with a position, not a crash inside the YAML constructor, and dates are
written back exactly as they were read.
"""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.resolver import VersionedResolver

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _PlanResolver(VersionedResolver):
    """The YAML 1.2 resolver without implicit timestamps."""

    @property
    def versioned_resolver(self) -> Any:
        # ruamel asks for this table for every scalar: build the filtered copy once per version.
        resolvers = super().versioned_resolver
        sleutel = id(resolvers)
        if getattr(self, "_gefilterd_voor", None) != sleutel:
            self._gefilterd = {
                first: [(tag, rx) for tag, rx in pairs if tag != _TIMESTAMP]
                for first, pairs in resolvers.items()
            }
            self._gefilterd_voor = sleutel
        return self._gefilterd


def maak_yaml() -> YAML:
    """A round-trip YAML instance with the house style of the plan files."""
    yaml = YAML(typ="rt")
    yaml.Resolver = _PlanResolver
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
