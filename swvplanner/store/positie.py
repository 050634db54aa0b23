"""Find the line and column of a path (keys and indices) in a ruamel round-trip document."""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from swvplanner.core.melding import Pad


def positie(document: Any, pad: Pad, sleutel: bool = False) -> tuple[int, int]:
    """1-based (line, column) of the node at `pad`, or of the deepest node on the way there.

    With `sleutel`, point at the last key itself instead of its value (for unknown keys).
    """
    regel, kolom = _begin(document)
    knoop = document
    for i, stap in enumerate(pad):
        laatste = i == len(pad) - 1
        try:
            if isinstance(knoop, CommentedMap) and isinstance(stap, str) and stap in knoop:
                bron = _met_positie(knoop, stap)
                r, k = bron.lc.key(stap) if laatste and sleutel else bron.lc.value(stap)
                regel, kolom = r + 1, k + 1
                knoop = knoop[stap]
            elif isinstance(knoop, CommentedSeq) and isinstance(stap, int) and 0 <= stap < len(knoop):
                r, k = knoop.lc.item(stap)
                regel, kolom = r + 1, k + 1
                knoop = knoop[stap]
            else:
                break
        except (KeyError, IndexError, TypeError, ValueError):
            # Keys that came in through a YAML merge key (<<) have no position of their own: keep the
            # position of the mapping that holds them.
            break
    return regel, kolom


def _met_positie(knoop: CommentedMap, stap: str) -> CommentedMap:
    """The mapping that holds the key's position: the map itself, or one merged into it with '<<'."""
    if stap in knoop.lc.data:
        return knoop
    for deel in getattr(knoop, "merge", []):
        # ruamel keeps merged maps as (index, map) pairs or as bare maps, depending on the version.
        samengevoegd = deel[-1] if isinstance(deel, tuple) else deel
        if isinstance(samengevoegd, CommentedMap) and stap in samengevoegd:
            return _met_positie(samengevoegd, stap)
    return knoop


def _begin(document: Any) -> tuple[int, int]:
    """The position of the document's first key (not the comment lines above it)."""
    try:
        if isinstance(document, CommentedMap | CommentedSeq) and document.lc.line is not None:
            return document.lc.line + 1, (document.lc.col or 0) + 1
    except AttributeError:
        pass
    return 1, 1
