"""The three-way merge of a document's models: the plain merge of the core, validated.

Two changes that are each valid can together be invalid (one side gives a meeting a date, the
other a 'wanneer' text). Such an item cannot be merged field by field: it becomes a Botsing of
the item as a whole, and the keuze takes one side's item. The result is validated before anyone
writes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from swvplanner.core.fouten import PlanFout
from swvplanner.core.lijstitems import ItemSleutel, item_op
from swvplanner.core.melding import Melding
from swvplanner.core.samenvoeging import Kant, Samenvoeging, voeg_drieweg_samen
from swvplanner.store.vertaling import teksten

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Modelsamenvoeging(Generic[M]):
    model: M
    """The merged model; where a Botsing is still open, their value stands in."""
    samenvoeging: Samenvoeging


def voeg_modellen_samen(
    basis: M,
    mijn: M,
    hun: M,
    keuzes: Mapping[ItemSleutel, Kant] | None = None,
    naam: str = "",
    voorkeur: Kant | None = None,
) -> Modelsamenvoeging[M]:
    """Merge my model and theirs, both edited from `basis`; with `voorkeur`, every Botsing without
    a keuze goes that way. Raises PlanFout when even the items taken whole from one side do not
    make a valid document (nothing to choose that would help)."""
    soort = type(hun)
    keuzes = dict(keuzes or {})
    heel: dict[ItemSleutel, str] = {}
    while True:
        s = voeg_drieweg_samen(basis.plain(), mijn.plain(), hun.plain(), keuzes, heel)  # type: ignore[attr-defined]
        try:
            model = soort.model_validate(s.waarde)
        except ValidationError as fout:
            ongeldig = {item_op(s.waarde, loc): tekst for loc, tekst in teksten(fout, soort)}
            if ongeldig.keys() <= heel.keys():
                raise PlanFout(
                    Melding(naam, 0, 0, f"de wijzigingen van u en van de ander passen niet samen: {tekst}")
                    for tekst in ongeldig.values()
                ) from None
            heel |= ongeldig
            continue
        if voorkeur is None or not s.open:
            return Modelsamenvoeging(model, s)
        keuzes |= {b.item: voorkeur for b in s.open}
