"""A Besluitvorming column of an imported kwaliteitskalender: "OPR ter instemming; TB: goedkeuring;
ter bespreking in de klankbordgroep" as steps of the besluitvorming.

Each part (split on ';', ',', a new line or '→') names one step kind by its usual Dutch words
(*ter bespreking*, *bespreken*, *instemming*, *ter goedkeuring*, …) and one orgaan or rol of swv.yaml
(by id, naam or kort). A part that does not name exactly one of each is not guessed: it is returned
as not understood, and the row's report names it.
"""

from __future__ import annotations

import re
from typing import Any

from swvplanner.core.model.kwaliteitskalender import Stap
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.wie import namen, norm

WOORDEN: dict[Stap, tuple[str, ...]] = {
    "advies": ("advies", "ter advisering", "advisering", "adviseren", "adviseert"),
    "overleg": ("overleg", "oogo"),
    "instemming": ("instemming", "ter instemming", "instemmen", "stemt in"),
    "goedkeuring": ("goedkeuring", "ter goedkeuring", "goedkeuren", "keurt goed"),
    "vaststelling": ("vaststelling", "ter vaststelling", "vaststellen", "stelt vast"),
    "informatie": ("informatie", "ter informatie", "informeren", "ter kennisname", "kennisname"),
    "bespreking": ("bespreking", "ter bespreking", "bespreken", "besproken", "bespreekt"),
    "controle": ("controle", "controleren", "controleert"),
    "aanleveren": ("aanleveren", "aanlevering", "levert aan"),
}
"""The Dutch words of each step kind in a besluitvorming column (longest first when matching)."""

_OP_WOORD = sorted(((w, s) for s, ws in WOORDEN.items() for w in ws), key=lambda x: -len(x[0]))
_DELEN = re.compile(r"\s*(?:[;,\n→]|->)\s*")
_VULWOORDEN = re.compile(r"\b(?:ter|door|in|bij|met|van|de|het|en)\b|[:()]", re.IGNORECASE)


def _stap(deel: str) -> tuple[Stap, str] | None:
    """The step kind a part names and the rest of the part, or None."""
    laag = deel.casefold()
    for woord, stap in _OP_WOORD:
        if m := re.search(rf"(?<!\w){re.escape(woord)}(?!\w)", laag):
            return stap, deel[: m.start()] + " " + deel[m.end() :]
    return None


def lees_besluitvorming(tekst: str, org: Organisatie) -> tuple[list[dict[str, Any]], list[str]]:
    """The steps a cell names (YAML-shaped: {stap, orgaan} or {stap, rol}) and the parts not understood."""
    bekend = namen(org)
    stappen: list[dict[str, Any]] = []
    onbekend: list[str] = []
    for deel in (d.strip() for d in _DELEN.split(tekst) if d.strip()):
        gevonden = _stap(deel)
        wie = bekend.get(norm(_VULWOORDEN.sub(" ", gevonden[1]))) if gevonden else None
        if gevonden is None or wie is None:
            onbekend.append(deel)
            continue
        stap = {"stap": gevonden[0], "orgaan" if wie[0] == "organen" else "rol": wie[1]}
        if stap not in stappen:
            stappen.append(stap)
    return stappen, onbekend
