"""From two versions of an item's YAML block to the Dutch sentences of what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError

from swvplanner.core.model.jaarplan import Actie, Doel, Onderdeel
from swvplanner.core.model.kwaliteitskalender import KwaliteitskalenderItem
from swvplanner.core.model.organisatie import Organisatie, Overlegorgaan, Rol
from swvplanner.core.model.vergaderingen import Vergadering
from swvplanner.core.plannen import JAARPLAN, KWALITEITSKALENDER, ORGANISATIE, VERGADERINGEN, document_soort
from swvplanner.core.verschil import Wijziging, veldwijzigingen, waarde
from swvplanner.core.verschil import documenten as vd
from swvplanner.store.historie import blok_als_data

_MODELLEN: dict[str, tuple[type[BaseModel], ...]] = {
    JAARPLAN: (Actie, Onderdeel, Doel),
    VERGADERINGEN: (Vergadering,),
    KWALITEITSKALENDER: (KwaliteitskalenderItem,),
    ORGANISATIE: (Overlegorgaan, Rol),
}


def _model(document: str, data: dict[str, Any] | None) -> BaseModel | None:
    if data is None:
        return None
    for model in _MODELLEN.get(document_soort(document), ()):
        try:
            return model.model_validate(data)
        except ValidationError:
            continue
    return None


def blok_wijzigingen(
    document: str,
    item_id: str,
    oud: str | None,
    nieuw: str | None,
    org: Callable[[], Organisatie | None],
    gelezen: dict[str, dict[str, Any] | None] | None = None,
) -> list[Wijziging]:
    """The changes between two versions of the block (None: the item does not exist there).

    `org` gives the organisation (for the short names of overlegorganen); it is asked only for
    meetings, so the history of an actie never reads the organisation file."""
    gelezen = gelezen or {}
    data_a = (gelezen[oud] if oud in gelezen else blok_als_data(oud)) if oud is not None else None
    data_b = (gelezen[nieuw] if nieuw in gelezen else blok_als_data(nieuw)) if nieuw is not None else None
    a, b = _model(document, data_a), _model(document, data_b)
    if (oud is None or a is not None) and (nieuw is None or b is not None):
        model = type(a if a is not None else b)
        if model is Actie:
            return vd.actie(document, a, b)
        if model is Vergadering:
            return vd.vergadering(document, a, b, org())  # type: ignore[arg-type]
        if model is KwaliteitskalenderItem:
            return vd.kwaliteitskalender_item(document, a, b)
    # Other kinds of items, or a version that does not validate: report the fields as text.
    if oud is None:
        return [Wijziging(document, "toegevoegd", "item", item_id, f"'{item_id}' toegevoegd")]
    if nieuw is None:
        return [Wijziging(document, "verwijderd", "item", item_id, f"'{item_id}' verwijderd")]
    pa = a.plain() if a is not None else (data_a or {})  # type: ignore[attr-defined]
    pb = b.plain() if b is not None else (data_b or {})  # type: ignore[attr-defined]
    velden = veldwijzigingen(pa, pb)
    if not velden and oud != nieuw and (data_a is None or data_b is None):
        return [Wijziging(document, "gewijzigd", "item", item_id, f"'{item_id}': de tekst is gewijzigd")]
    return [
        Wijziging(document, "gewijzigd", "item", item_id, f"'{item_id}': {k} {waarde(x)} → {waarde(y)}", k, x, y)
        for k, x, y in velden
    ]
