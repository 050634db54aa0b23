"""Write a changed model back into its round-trip document, touching only what changed.

The document (ruamel CommentedMap) stays the source of truth for everything the model does not
change: comments, key order, quoting and the way untouched values were written ("19.30u-21.30u"
stays as it is unless that time is edited). Lists of items with an `id` are matched by id, so a
moved or edited item keeps its place and its comments.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString


def naar_yaml(waarde: Any) -> Any:
    """A plain value as a round-trip node: short scalar lists in flow style, long text literal."""
    if isinstance(waarde, dict):
        kaart = CommentedMap()
        for k, v in waarde.items():
            kaart[k] = naar_yaml(v)
        return kaart
    if isinstance(waarde, list):
        reeks = CommentedSeq(naar_yaml(v) for v in waarde)
        if waarde and all(isinstance(v, int | str) and "\n" not in str(v) for v in waarde) and len(
            ", ".join(map(str, waarde))
        ) < 60:
            reeks.fa.set_flow_style()
        return reeks
    if isinstance(waarde, str) and "\n" in waarde:
        return LiteralScalarString(waarde)
    return waarde


def voeg_samen(knoop: Any, oud: Any, nieuw: Any) -> Any:
    """Return `knoop` updated from `oud` to `nieuw` (plain values); unchanged parts untouched."""
    if oud == nieuw:
        return knoop
    if isinstance(knoop, CommentedMap) and isinstance(oud, dict) and isinstance(nieuw, dict):
        _voeg_kaart_samen(knoop, oud, nieuw)
        return knoop
    if isinstance(knoop, CommentedSeq) and isinstance(oud, list) and isinstance(nieuw, list):
        if _met_ids(oud) and _met_ids(nieuw):
            _voeg_reeks_op_id_samen(knoop, oud, nieuw)
            return knoop
        if len(oud) == len(nieuw) == len(knoop):
            for i, (o, n) in enumerate(zip(oud, nieuw, strict=True)):
                knoop[i] = voeg_samen(knoop[i], o, n)
            return knoop
        vervanging = naar_yaml(nieuw)
        if knoop.fa.flow_style():
            vervanging.fa.set_flow_style()
        return vervanging
    return naar_yaml(nieuw)


def _voeg_kaart_samen(knoop: CommentedMap, oud: dict[str, Any], nieuw: dict[str, Any]) -> None:
    for sleutel in [k for k in oud if k not in nieuw]:
        if sleutel in knoop:
            del knoop[sleutel]
    vorige: str | None = None
    for sleutel, waarde in nieuw.items():
        if sleutel in knoop:
            knoop[sleutel] = voeg_samen(knoop[sleutel], oud.get(sleutel), waarde)
        else:
            plek = list(knoop.keys()).index(vorige) + 1 if vorige in knoop else 0
            knoop.insert(plek, sleutel, naar_yaml(waarde))
        vorige = sleutel


def _met_ids(reeks: list[Any]) -> bool:
    return all(isinstance(v, dict) and "id" in v for v in reeks)


def _voeg_reeks_op_id_samen(knoop: CommentedSeq, oud: list[Any], nieuw: list[Any]) -> None:
    oud_op_id = {v["id"]: (i, v) for i, v in enumerate(oud)}
    nieuwe_ids = [v["id"] for v in nieuw]
    # Delete removed items from the back, so indices stay valid.
    for i in sorted((i for i, v in enumerate(oud) if v["id"] not in set(nieuwe_ids)), reverse=True):
        del knoop[i]
    huidige = [v["id"] for v in oud if v["id"] in set(nieuwe_ids)]
    behouden = [i for i in nieuwe_ids if i in oud_op_id]
    if huidige != behouden:  # re-ordered: rebuild in the new order, reusing the item nodes
        op_id = dict(zip(huidige, list(knoop), strict=True))
        knoop[:] = [op_id[i] for i in behouden]
        huidige = behouden
    for plek, item in enumerate(nieuw):
        if item["id"] in oud_op_id:
            _, oud_item = oud_op_id[item["id"]]
            knoop[plek] = voeg_samen(knoop[plek], oud_item, item)
        else:
            knoop.insert(plek, naar_yaml(item))
