"""Write a changed model back into its round-trip document, touching only what changed.

The document (ruamel CommentedMap) stays the source of truth for everything the model does not
change: comments, key order, quoting and the way untouched values were written ("19.30u-21.30u"
stays as it is unless that time is edited). Lists of items with an `id` are matched by id, so a
moved or edited item keeps its place and its comments.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import LiteralScalarString
from ruamel.yaml.tokens import CommentToken

# ruamel stores the comment lines that follow an entry (up to the next entry) on the last scalar
# of that entry: "  # heading of the next group" after a meeting lives on the meeting's last key.
# Those lines belong to what follows, so when an entry is deleted, or a new one is inserted after
# it, they are moved ("staart" = the tail after the entry's own end-of-line comment).


def _keten(knoop: Any, sleutel: Any) -> list[tuple[Any, Any]]:
    """The entry and, recursively, the last entry of each block collection inside it."""
    keten = [(knoop, sleutel)]
    waarde = knoop[sleutel]
    while isinstance(waarde, CommentedMap | CommentedSeq) and len(waarde) and not waarde.fa.flow_style():
        laatste = list(waarde)[-1] if isinstance(waarde, CommentedMap) else len(waarde) - 1
        keten.append((waarde, laatste))
        waarde = waarde[laatste]
    return keten


def _token_index(container: Any) -> int:
    return 2 if isinstance(container, CommentedMap) else 0


def _neem_staart(knoop: Any, sleutel: Any) -> str:
    """Remove and return the comment lines after the entry (keeping its end-of-line comment)."""
    keten = _keten(knoop, sleutel)
    for container, k in keten:
        waarde = container[k]
        if isinstance(waarde, CommentedMap | CommentedSeq) and getattr(waarde.ca, "end", None):
            tekst = "".join(
                t.value if t.value.startswith(("\n", " ")) or t.column == 0 else " " * t.column + t.value
                for t in waarde.ca.end
            )
            waarde.ca.end = []
            return tekst
    container, k = keten[-1]
    i = _token_index(container)
    tokens = container.ca.items.get(k)
    if not tokens or len(tokens) <= i or tokens[i] is None:
        return ""
    token = tokens[i]
    waarde = token.value
    eol = waarde.find("\n")
    if eol == -1 or eol == len(waarde) - 1:
        return ""
    token.value = waarde[: eol + 1]
    return waarde[eol + 1 :]


def _plak_staart(knoop: Any, sleutel: Any, staart: str) -> None:
    """Put comment lines after the entry `knoop[sleutel]`."""
    if not staart:
        return
    container, k = _keten(knoop, sleutel)[-1]
    if isinstance(container[k], CommentedMap | CommentedSeq):  # ends in a flow collection
        if container.ca.comment is None:
            # ruamel's representer only writes `ca.end` when `ca.comment` is a list (as after loading)
            container.ca.comment = [None, None]
        container.ca.end = [*(getattr(container.ca, "end", None) or []), CommentToken(staart, CommentMark(0), None)]
        return
    i = _token_index(container)
    tokens = container.ca.items.setdefault(k, [None, None, None, None] if i == 2 else [None, None])
    while len(tokens) <= i:
        tokens.append(None)
    if tokens[i] is None:
        tokens[i] = CommentToken("\n" + staart, CommentMark(0), None)
    else:
        waarde = tokens[i].value
        tokens[i].value = (waarde if waarde.endswith("\n") else waarde + "\n") + staart


def naar_yaml(waarde: Any) -> Any:
    """A plain value as a round-trip node: short scalar lists in flow style, long text literal."""
    if isinstance(waarde, dict):
        kaart = CommentedMap()
        for k, v in waarde.items():
            kaart[k] = naar_yaml(v)
        return kaart
    if isinstance(waarde, list):
        reeks = CommentedSeq(naar_yaml(v) for v in waarde)
        if (
            waarde
            and all(isinstance(v, int | str) and "\n" not in str(v) for v in waarde)
            and len(", ".join(map(str, waarde))) < 60
        ):
            reeks.fa.set_flow_style()
        return reeks
    if isinstance(waarde, str) and "\n" in waarde:
        return LiteralScalarString(waarde)
    return waarde


def zet_opmerkingen(knoop: Any, opmerkingen: Mapping[str, str]) -> None:
    """Put a comment at the end of the `id` line of each item whose id is in `opmerkingen`
    ('- id: opr-2627-01  # geïmporteerd uit planning.xlsx, rij 7'); an id line with a comment keeps it."""
    if not opmerkingen:
        return
    if isinstance(knoop, CommentedMap):
        item_id = knoop.get("id")
        if isinstance(item_id, str) and item_id in opmerkingen:
            tokens = knoop.ca.items.get("id")
            if not tokens or len(tokens) < 3 or tokens[2] is None:
                knoop.yaml_add_eol_comment(f"# {opmerkingen[item_id]}", "id")
        waarden: Any = knoop.values()
    elif isinstance(knoop, CommentedSeq):
        waarden = knoop
    else:
        return
    for waarde in waarden:
        zet_opmerkingen(waarde, opmerkingen)


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
        if _met_namen(oud) and _met_namen(nieuw):
            # categories of the kwaliteitskalender: matched by name, so adding a category and an item
            # to another one in one edit keeps that other category's node and comments
            _voeg_reeks_op_id_samen(knoop, oud, nieuw, _namen)
            return knoop
        if len(oud) == len(nieuw) == len(knoop):
            for i, (o, n) in enumerate(zip(oud, nieuw, strict=True)):
                knoop[i] = voeg_samen(knoop[i], o, n)
            return knoop
        if len(oud) == len(knoop) and all(isinstance(v, dict) for v in [*oud, *nieuw]):
            # items without ids (agenda points): equal items keep their node and style
            _voeg_reeks_op_id_samen(knoop, oud, nieuw, _waardesleutels)
            return knoop
        vervanging = naar_yaml(nieuw)
        if knoop.fa.flow_style():
            vervanging.fa.set_flow_style()
        return vervanging
    return naar_yaml(nieuw)


def _voeg_kaart_samen(knoop: CommentedMap, oud: dict[str, Any], nieuw: dict[str, Any]) -> None:
    for sleutel in [k for k in oud if k not in nieuw]:
        if sleutel in knoop:
            _verwijder_sleutel(knoop, sleutel)
    vorige: str | None = None
    for sleutel, waarde in nieuw.items():
        if sleutel in knoop:
            knoop[sleutel] = voeg_samen(knoop[sleutel], oud.get(sleutel), waarde)
        else:
            if vorige not in knoop:
                # first of the new keys: after the keys the file starts with that the model leaves
                # out (a default written out, such as 'titel: Kwaliteitskalender'), not above them
                sleutels = list(knoop.keys())
                eerste = next((i for i, k in enumerate(sleutels) if k in nieuw), len(sleutels))
                vorige = sleutels[eerste - 1] if eerste else None
            plek = list(knoop.keys()).index(vorige) + 1 if vorige in knoop else 0
            staart = _neem_staart(knoop, vorige) if vorige in knoop else ""
            knoop.insert(plek, sleutel, naar_yaml(waarde))
            _plak_staart(knoop, sleutel, staart)
        vorige = sleutel


def _verwijder_sleutel(knoop: CommentedMap, sleutel: str) -> None:
    sleutels = list(knoop)
    plek = sleutels.index(sleutel)
    staart = _neem_staart(knoop, sleutel)
    del knoop[sleutel]
    knoop.ca.items.pop(sleutel, None)
    if plek > 0:
        _plak_staart(knoop, sleutels[plek - 1], staart)


def _verwijder_item(knoop: CommentedSeq, plek: int) -> None:
    staart = _neem_staart(knoop, plek)
    del knoop[plek]
    if plek > 0:
        _plak_staart(knoop, plek - 1, staart)


def _voeg_item_in(knoop: CommentedSeq, plek: int, item: Any) -> None:
    staart = _neem_staart(knoop, plek - 1) if plek > 0 else ""
    knoop.insert(plek, item)
    _plak_staart(knoop, plek, staart)


def _met_ids(reeks: list[Any]) -> bool:
    return all(isinstance(v, dict) and "id" in v for v in reeks)


def _met_namen(reeks: list[Any]) -> bool:
    """Items without an id but each with its own `naam` (kwaliteitskalender categories)."""
    return all(isinstance(v, dict) and "id" not in v and isinstance(v.get("naam"), str) for v in reeks) and len(
        {v["naam"] for v in reeks}
    ) == len(reeks)


def _namen(reeks: list[Any]) -> list[str]:
    return [v["naam"] for v in reeks]


def _voeg_reeks_op_id_samen(knoop: CommentedSeq, oud: list[Any], nieuw: list[Any], sleutel: Any = None) -> None:
    """Merge a list whose items have a key (by default their `id`): kept items keep their node
    (and so their comments and style), removed ones go, new ones are inserted where they belong."""
    sleutel = sleutel or (lambda lijst: [v["id"] for v in lijst])
    oud_sleutels, nieuwe_sleutels = sleutel(oud), sleutel(nieuw)
    oud_op_id = {k: (i, v) for i, (k, v) in enumerate(zip(oud_sleutels, oud, strict=True))}
    nieuw_set = set(nieuwe_sleutels)
    # Delete removed items from the back, so indices stay valid.
    for i in sorted((i for i, k in enumerate(oud_sleutels) if k not in nieuw_set), reverse=True):
        _verwijder_item(knoop, i)
    huidige = [k for k in oud_sleutels if k in nieuw_set]
    behouden = [k for k in nieuwe_sleutels if k in oud_op_id]
    if huidige != behouden:  # re-ordered: rebuild in the new order, reusing the item nodes
        op_id = dict(zip(huidige, list(knoop), strict=True))
        knoop[:] = [op_id[k] for k in behouden]
    flow = len(knoop) > 0 and all(isinstance(x, CommentedMap | CommentedSeq) and x.fa.flow_style() for x in knoop)
    for plek, (k, item) in enumerate(zip(nieuwe_sleutels, nieuw, strict=True)):
        if k in oud_op_id:
            _, oud_item = oud_op_id[k]
            knoop[plek] = voeg_samen(knoop[plek], oud_item, item)
        else:
            knooppunt = naar_yaml(item)
            if flow and isinstance(knooppunt, CommentedMap | CommentedSeq):
                knooppunt.fa.set_flow_style()  # written like its siblings: - {kwaliteitskalender: ..., stap: ...}
            _voeg_item_in(knoop, plek, knooppunt)


def _waardesleutels(lijst: list[Any]) -> list[tuple[str, int]]:
    """Keys for items without an id: their value, numbered when the same value occurs again."""
    import json

    gezien: dict[str, int] = {}
    uit = []
    for v in lijst:
        tekst = json.dumps(v, sort_keys=True, default=str)
        gezien[tekst] = gezien.get(tekst, 0) + 1
        uit.append((tekst, gezien[tekst]))
    return uit
