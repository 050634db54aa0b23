"""What changed between two versions of the plans, in one Dutch sentence per change.

basis.py holds a change (`Wijziging`) and the field-by-field comparison; documenten.py the
comparison per kind of document (jaarplan, kwaliteitskalender, swv.yaml; vergaderingen.py the
meetings).
"""

from __future__ import annotations

from typing import Any

from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.plannen import JAARPLAN, KWALITEITSKALENDER, ORGANISATIE, VERGADERINGEN, document_soort
from swvplanner.core.verschil.basis import MAX_TEKST, Wijziging, veldwijzigingen, waarde
from swvplanner.core.verschil.documenten import per_document

__all__ = ["MAX_TEKST", "Wijziging", "veldwijzigingen", "verschil", "waarde"]


def verschil(oud: dict[str, Any], nieuw: dict[str, Any], organisatie: Organisatie | None = None) -> list[Wijziging]:
    """All changes from `oud` to `nieuw` (models by document name; a missing name: no document)."""
    org = organisatie or nieuw.get("organisatie") or oud.get("organisatie")
    uit: list[Wijziging] = []
    for naam in sorted(set(oud) | set(nieuw), key=_volgorde):
        a, b = oud.get(naam), nieuw.get(naam)
        if a is None and b is not None:
            uit.append(Wijziging(naam, "toegevoegd", "document", None, f"Nieuw document {naam}"))
        elif b is None and a is not None:
            uit.append(Wijziging(naam, "verwijderd", "document", None, f"Document {naam} verwijderd"))
        elif a is not None and b is not None and a.plain() != b.plain():
            uit.extend(per_document(naam, a, b, org))
    return uit


def _volgorde(naam: str) -> tuple[int, str]:
    soorten = (ORGANISATIE, KWALITEITSKALENDER, JAARPLAN, VERGADERINGEN)
    soort = document_soort(naam)
    return (soorten.index(soort) if soort in soorten else 9), naam
