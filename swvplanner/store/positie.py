"""Find the line and column of a path (keys and indices) in a ruamel round-trip document."""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from swvplanner.core.melding import Pad


def positie(document: Any, pad: Pad, sleutel: bool = False) -> tuple[int, int]:
    """1-based (line, column) of the node at `pad`, or of the deepest node on the way there.

    With `sleutel`, point at the last key itself instead of its value (for unknown keys).
    """
    regel, kolom = 1, 1
    knoop = document
    for i, stap in enumerate(pad):
        laatste = i == len(pad) - 1
        if isinstance(knoop, CommentedMap) and isinstance(stap, str) and stap in knoop:
            if laatste and sleutel:
                r, k = knoop.lc.key(stap)
            else:
                r, k = knoop.lc.value(stap)
            regel, kolom = r + 1, k + 1
            knoop = knoop[stap]
        elif isinstance(knoop, CommentedSeq) and isinstance(stap, int) and 0 <= stap < len(knoop):
            r, k = knoop.lc.item(stap)
            regel, kolom = r + 1, k + 1
            knoop = knoop[stap]
        else:
            break
    return regel, kolom
