"""Three-way merge of one plan document: the edits made here and someone else's, by item id and field.

`basis` is the document as it was loaded here, `mijn` the same with the edits made here, `hun`
the file as someone else saved it since. Every change of either side is kept. Only where both
changed the same field of the same item (same id) to different values, or one deleted an item the
other changed, is there a Botsing; a keuze per item ("hun" or "mijn") settles it.

Why a three-way merge and not replaying the recorded edits on their version: an edit is recorded
as its result (the form's whole actie, the next free id, a meeting found by id), so a replay
would overwrite their fields in the same item, hand out an id they already took, or fail on an
item they moved or deleted. Comparing the three versions per item and field works for every edit
the app can make (add, delete, move between onderdelen, field edits, agenda lists, undo) and for
edits it will learn later, because it looks only at the results.

Lists are matched by identity: items with an `id` by id across the whole document (so an actie
moved to another onderdeel by one side and edited by the other keeps both changes); items without
one by what identifies them (an agenda point by its kwaliteitskalender item or actie, a
besluitstap by step and orgaan, a categorie by name), else by value (voortgang notes, id lists):
see `core/lijstitems.py`. Their order is kept, with the items added here placed after the item they follow here.

Pure: YAML-shaped plain values in (`Basis.plain()`), a plain value out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from swvplanner.core.bewerken.hulp import volgend_id
from swvplanner.core.lijstitems import (
    AFWEZIG,
    ItemSleutel,
    Markering,
    Pad,
    id_index,
    ids_in,
    label,
    onder,
    plaatsnaam,
    sleutels,
    zonder,
)

Kant = Literal["hun", "mijn"]
VERWIJDERD: Any = Markering("VERWIJDERD")
"""In `Botsing.rijen`: the side that deleted the whole item."""

SOORTEN = {
    "vergaderingen": "vergadering",
    "acties": "actie",
    "items": "kwaliteitskalender-item",
    "onderdelen": "onderdeel",
    "doelen": "doel",
    "overlegorganen": "overlegorgaan",
    "rollen": "rol",
    "categorieen": "categorie",
    "goedkeurders": "goedkeurder",
}
"""The Dutch word for an item, by the key of the list it is in."""


@dataclass(frozen=True)
class Botsveld:
    """One field both sides changed: `veld` below the item ('' is the item as a whole)."""

    veld: str
    hun: Any
    mijn: Any
    basis: Any = field(default=AFWEZIG, compare=False)
    """The value both started from (to show what each side changed)."""


@dataclass(frozen=True)
class Botsing:
    """An item both sides changed in the same field(s) to different values."""

    item: ItemSleutel
    soort: str
    """vergadering, actie, kwaliteitskalender-item, onderdeel, ... or 'document'."""
    id: str | None
    velden: tuple[Botsveld, ...]
    reden: str | None = None
    """Set when the two versions cannot be combined field by field (the result would be invalid)."""

    @property
    def naam(self) -> str:
        return f"{self.soort} {self.id}" if self.id else "algemene gegevens van het bestand"

    def rijen(self) -> list[tuple[str, Any, Any]]:
        """(field, theirs, mine) to show side by side; an item as a whole is shown by the fields
        that differ (what the other deleted, or what each changed in it)."""
        uit: list[tuple[str, Any, Any]] = []
        for v in self.velden:
            if v.veld or not (isinstance(v.hun, dict) or isinstance(v.mijn, dict)):
                uit.append((v.veld, v.hun, v.mijn))
                continue
            # The item as a whole: against the other version, or (deleted on one side) the base.
            tegen = v.basis if AFWEZIG in (v.hun, v.mijn) and isinstance(v.basis, dict) else None
            hun, mijn = (w if isinstance(w, dict) else {} for w in (v.hun, v.mijn))
            for k in dict.fromkeys([*mijn, *hun, *(tegen or {})]):
                anders = hun.get(k) != mijn.get(k) if tegen is None else (hun or mijn).get(k) != tegen.get(k)
                if anders and k != "id":
                    uit.append(
                        (
                            k,
                            hun.get(k, AFWEZIG) if v.hun is not AFWEZIG else VERWIJDERD,
                            mijn.get(k, AFWEZIG) if v.mijn is not AFWEZIG else VERWIJDERD,
                        )
                    )
            if not uit:
                uit.append(("", VERWIJDERD if v.hun is AFWEZIG else v.hun, VERWIJDERD if v.mijn is AFWEZIG else v.mijn))
        return uit


@dataclass(frozen=True)
class Samenvoeging:
    waarde: Any
    """The merged document; where a Botsing has no keuze yet, their value stands in."""
    botsingen: tuple[Botsing, ...]
    """Every Botsing, also the ones the keuzes settle."""
    open: tuple[Botsing, ...]
    """The Botsingen without a keuze: the merge cannot be written until each has one."""
    hernoemd: dict[str, str]
    """New items of mine that got another id because they added an item with the same id."""


def voeg_drieweg_samen(
    basis: Any,
    mijn: Any,
    hun: Any,
    keuzes: Mapping[ItemSleutel, Kant] | None = None,
    heel: Mapping[ItemSleutel, str] | None = None,
) -> Samenvoeging:
    """Merge `mijn` and `hun`, both edited from `basis`.

    `heel` names items that cannot be merged field by field (with the reason): for those the keuze
    takes one side's item as a whole.
    """
    s = _Samenvoeger(basis, mijn, hun, keuzes or {}, heel or {})
    waarde = s.voeg_samen()
    botsingen = tuple(s.botsingen())
    return Samenvoeging(waarde, botsingen, tuple(b for b in botsingen if b.item not in s.keuzes), s.hernoemd)


# --- the merge -------------------------------------------------------------------------------


def _volgorde(basis: list[Any], mijn: list[Any], hun: list[Any], aanwezig: Mapping[Any, Any]) -> list[Any]:
    """Their order (mine if only I re-ordered), with what only the other side has placed after the
    item it follows there (and after what only the first side added at that spot)."""

    def herschikt(kant: list[Any]) -> bool:
        return [k for k in kant if k in set(basis)] != [k for k in basis if k in set(kant)]

    eerst, dan = (mijn, hun) if herschikt(mijn) and not herschikt(hun) else (hun, mijn)
    uit = [k for k in eerst if k in aanwezig]
    geplaatst, van_dan = set(uit), set(dan)
    laatste = -1
    for k in dan:
        if k in geplaatst:
            laatste = uit.index(k)
        elif k in aanwezig:
            while laatste + 1 < len(uit) and uit[laatste + 1] not in van_dan:
                laatste += 1
            laatste += 1
            uit.insert(laatste, k)
            geplaatst.add(k)
    uit.extend(k for k in aanwezig if k not in geplaatst)
    return uit


def _container(*waarden: Any) -> type | None:
    echt = [w for w in waarden if w is not AFWEZIG]
    for soort in (dict, list):
        if all(isinstance(w, soort) for w in echt):
            return soort
    return None


class _Samenvoeger:
    def __init__(
        self, basis: Any, mijn: Any, hun: Any, keuzes: Mapping[ItemSleutel, Kant], heel: Mapping[ItemSleutel, str]
    ) -> None:
        self.keuzes, self.heel = keuzes, heel
        self.hernoemd: dict[str, str] = {}
        self.basis, self.hun = basis, hun
        self.mijn = self._hernoem_dubbele_nieuwe(basis, mijn, hun)
        self.index = [id_index(basis), id_index(self.mijn), id_index(hun)]
        self.velden: dict[ItemSleutel, dict[str, Botsveld]] = {}
        self.items: dict[ItemSleutel, tuple[str, str | None]] = {(): ("document", None)}

    def voeg_samen(self) -> Any:
        if () in self.heel:
            self.velden[()] = {"": Botsveld("", self.hun, self.mijn)}
            return self.mijn if self.keuzes.get(()) == "mijn" else self.hun
        return self.samen(self.basis, self.mijn, self.hun, (), ())

    def botsingen(self) -> Iterator[Botsing]:
        for item, velden in self.velden.items():
            soort, id_ = self.items[item]
            yield Botsing(item, soort, id_, tuple(velden.values()), self.heel.get(item))

    def _hernoem_dubbele_nieuwe(self, basis: Any, mijn: Any, hun: Any) -> Any:
        """Both sides added a different item with the same new id (two meetings 'opr-2526-06'):
        mine gets the next free id, so both stay."""
        b, m, h = id_index(basis), id_index(mijn), id_index(hun)
        botsend = {
            i
            for i in m.keys() & h.keys()
            if i not in b
            and (
                m[i][0] != h[i][0]
                or zonder(m[i][1], ids_in(m[i][1]) | ids_in(h[i][1]))
                != zonder(h[i][1], ids_in(m[i][1]) | ids_in(h[i][1]))
            )
        }
        if not botsend:
            return mijn
        bezet = ids_in([basis, mijn, hun])
        for i in sorted(botsend):
            voorvoegsel = m_[1] if (m_ := re.match(r"^(.*)-(\d+)$", i)) else i
            nieuw = volgend_id(voorvoegsel, bezet)
            bezet.add(nieuw)
            self.hernoemd[i] = nieuw

        def hernoem(w: Any) -> Any:
            if isinstance(w, list):
                return [hernoem(v) for v in w]
            if not isinstance(w, dict):
                return w
            uit = {k: hernoem(v) for k, v in w.items()}
            if w.get("id") in self.hernoemd and w is m[w["id"]][1]:
                uit["id"] = self.hernoemd[w["id"]]
            return uit

        return hernoem(mijn)

    def _botsing(
        self, item: ItemSleutel, pad: Pad, mijn: Any, hun: Any, veld: str | None = None, basis: Any = AFWEZIG
    ) -> Any:
        """Record a conflict; returns the chosen side's value (theirs until a keuze is made)."""
        if veld is None:
            veld = " › ".join(label(s) for s in pad[onder(item, pad) :])
        self.velden.setdefault(item, {})[veld] = Botsveld(veld, hun, mijn, basis)
        return mijn if self.keuzes.get(item) == "mijn" else hun

    def samen(self, b: Any, m: Any, h: Any, pad: Pad, item: ItemSleutel) -> Any:
        if m == h:
            return m
        soort = _container(b, m, h)
        if soort is None:  # a value: whoever changed it wins; both changed it: a conflict
            if m == b:
                return h
            if h == b:
                return m
            return self._botsing(item, pad, m, h, basis=b)
        if b is not AFWEZIG and (m is AFWEZIG or h is AFWEZIG):
            return self._verwijderd(b, m, h, pad, item)
        b_, m_, h_ = (soort() if w is AFWEZIG else w for w in (b, m, h))
        if soort is dict:
            return self._kaart(b_, m_, h_, pad, item)
        return self._lijst(b_, m_, h_, pad, item)

    def _verwijderd(self, b: Any, m: Any, h: Any, pad: Pad, item: ItemSleutel) -> Any:
        """One side deleted what the other kept: gone, unless the other changed something in it."""
        kant = 1 if m is AFWEZIG else 2
        ander = h if kant == 1 else m
        # Items inside that the deleting side moved elsewhere, or the other side took out, are
        # merged where they are now: they do not count as a change of this one.
        weg = (ids_in(b) - ids_in(ander)) | (ids_in(b) & self.index[kant].keys())
        if zonder(ander, weg) == zonder(b, weg):
            return AFWEZIG
        if self._botsing(item, pad, m, h, basis=b) is AFWEZIG:
            return AFWEZIG
        # Kept: merge the other side's version as if the deleting side had left it as it was (but for
        # the items it moved elsewhere: those stay where it put them).
        gebleven = zonder(b, ids_in(b) & self.index[kant].keys())
        return self.samen(b, gebleven, h, pad, item) if kant == 1 else self.samen(b, m, gebleven, pad, item)

    def _kaart(
        self, b: dict[str, Any], m: dict[str, Any], h: dict[str, Any], pad: Pad, item: ItemSleutel
    ) -> dict[str, Any]:
        uit = {}
        for k in dict.fromkeys([*h, *m, *b]):
            v = self.samen(b.get(k, AFWEZIG), m.get(k, AFWEZIG), h.get(k, AFWEZIG), (*pad, k), item)
            if v is not AFWEZIG:
                uit[k] = v
        return {k: uit[k] for k in _volgorde(list(b), list(m), list(h), uit)}

    def _lijst(self, b: list[Any], m: list[Any], h: list[Any], pad: Pad, item: ItemSleutel) -> list[Any]:
        kb, km, kh = sleutels(b), sleutels(m), sleutels(h)
        hier = [dict(zip(kb, b, strict=True)), dict(zip(km, m, strict=True)), dict(zip(kh, h, strict=True))]
        uit = {}
        for k in dict.fromkeys([*kh, *km, *kb]):
            v = self._element(k, [kant.get(k, AFWEZIG) for kant in hier], pad, item)
            if v is not AFWEZIG:
                uit[k] = v
        return [uit[k] for k in _volgorde(kb, km, kh, uit)]

    def _element(self, k: tuple[Any, ...], hier: list[Any], pad: Pad, item: ItemSleutel) -> Any:
        elpad = (*pad, k)
        if k[0] != "id":
            return self.samen(*hier, elpad, item)
        id_ = k[1]
        uniek = k[-1] == 1 and all(id_ in ix or w is AFWEZIG for ix, w in zip(self.index, hier, strict=True))
        sub: ItemSleutel = ("id", id_) if uniek else elpad
        soort = SOORTEN.get(str(pad[-1]), "item") if pad else "item"
        if not uniek:  # an id used twice: merged where it is, without following moves
            self.items.setdefault(sub, (soort, id_))
            return self.samen(*hier, elpad, sub)
        # Where the item is on each side (the path of its list; None: deleted) and what it is there.
        plek = [
            pad if w is not AFWEZIG else (ix[id_][0] if id_ in ix else None)
            for ix, w in zip(self.index, hier, strict=True)
        ]
        waarde = [
            w if w is not AFWEZIG else (ix[id_][1] if id_ in ix else AFWEZIG)
            for ix, w in zip(self.index, hier, strict=True)
        ]
        doel = self._plek(sub, soort, *plek)
        if doel != pad:
            return AFWEZIG  # it belongs in another list, and is merged there
        self.items.setdefault(sub, (soort, id_))
        if sub in self.heel:
            self.velden.setdefault(sub, {})[""] = Botsveld("", waarde[2], waarde[1], waarde[0])
            return waarde[1] if self.keuzes.get(sub) == "mijn" else waarde[2]
        return self.samen(*waarde, (*doel, k), sub)

    def _plek(self, sub: ItemSleutel, soort: str, pb: Pad | None, pm: Pad | None, ph: Pad | None) -> Pad | None:
        """Which list the item ends up in: whoever moved it; both moved it elsewhere: a conflict."""
        if pm is None or ph is None:
            return pm if pm is not None else ph
        if pm in (pb, ph):
            return ph
        if ph == pb:
            return pm
        self.items.setdefault(sub, (soort, sub[1]))
        self._botsing(sub, (), plaatsnaam(pm), plaatsnaam(ph), veld="plaats")
        return pm if self.keuzes.get(sub) == "mijn" else ph
