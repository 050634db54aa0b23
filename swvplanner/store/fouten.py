"""Errors of the store, in Dutch, each with file:line:column."""

from __future__ import annotations

from collections.abc import Iterable

from swvplanner.core.melding import Melding


class PlanFout(Exception):
    """Loading or saving a plan failed; nothing on disk was changed."""

    def __init__(self, meldingen: Iterable[Melding]) -> None:
        self.meldingen = list(meldingen)
        super().__init__("\n".join(str(m) for m in self.meldingen))


class ConflictFout(PlanFout):
    """The file changed on disk since it was loaded; saving would overwrite someone's work."""
