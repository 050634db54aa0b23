"""The statutory kwaliteitskalender library shipped in the package (swvplanner/data/bibliotheek.yaml).

It is a kwaliteitskalender document itself, with its comments (sources) kept: `init` writes it as the
new organisation's kwaliteitskalender.yaml, `library` lists its items and copies chosen ones over.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from swvplanner.core.model.kwaliteitskalender import Kwaliteitskalender
from swvplanner.store.bestand import lees_tekst

BIBLIOTHEEK = "bibliotheek.yaml"


def bibliotheek_tekst() -> str:
    """The library's YAML text, comments included."""
    return files("swvplanner.data").joinpath(BIBLIOTHEEK).read_text(encoding="utf-8")


@cache
def bibliotheek() -> Kwaliteitskalender:
    """The library as a model (validated like any kwaliteitskalender.yaml)."""
    return lees_tekst(Path(BIBLIOTHEEK), bibliotheek_tekst(), Kwaliteitskalender, BIBLIOTHEEK).model
