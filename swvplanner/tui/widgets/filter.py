"""Cycling a status filter with one key."""

from __future__ import annotations

from collections.abc import Sequence

from textual.widgets import Select


def volgende_filter(select: Select[str], waarden: Sequence[str]) -> str | None:
    """Set the Select to the next value (after the last: no filter); returns the new value."""
    huidig = select.value if isinstance(select.value, str) else None
    volgorde: list[str | None] = [None, *waarden]
    volgende = volgorde[(volgorde.index(huidig) + 1) % len(volgorde)]
    if volgende is None:
        select.clear()
    else:
        select.value = volgende
    return volgende
