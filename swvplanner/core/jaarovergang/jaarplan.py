"""Next year's jaarplan: the same onderdelen and doelen, the unfinished acties carried over."""

from __future__ import annotations

from dataclasses import dataclass, field

from swvplanner.core.bewerken.hulp import volgend_id
from swvplanner.core.model.jaarplan import Actie, Jaarplan, Onderdeel
from swvplanner.core.schooljaar import Schooljaar

AFGEROND = ("gereed", "vervallen")
"""An actie with one of these statuses stays behind in its own year's jaarplan."""


@dataclass
class Jaarplanovergang:
    """The drafted jaarplan, which actie became which, and what stayed behind."""

    jaarplan: Jaarplan
    overgenomen: dict[str, str] = field(default_factory=dict)
    """Per carried actie: last year's id → its new id."""
    achtergebleven: list[tuple[str, str]] = field(default_factory=list)
    """Each actie left behind: its id and its status."""
    opmerkingen: dict[str, str] = field(default_factory=dict)
    """The comment next to each new actie's id."""


def jaarplan_overzetten(oud: Jaarplan, sj: Schooljaar) -> Jaarplanovergang:
    """The jaarplan of `sj` drafted from `oud` (last year's): every onderdeel and doel, and each
    actie that is not gereed or vervallen, with a new id (`<onderdeel>-NN`, not used in either
    year) and `overgenomen-van`; its progress notes stay behind with the old actie."""
    bezet = {a.id for a in oud.acties()} | {o.id for o in oud.alle_onderdelen()}
    uit = Jaarplanovergang(oud)  # replaced below, once the onderdelen are drafted
    onderdelen = [_onderdeel(o, oud.schooljaar, bezet, uit) for o in oud.onderdelen]
    titel = oud.titel.replace(str(oud.schooljaar), str(sj)) if oud.titel else None
    uit.jaarplan = oud.model_copy(
        update={
            "schooljaar": sj,
            "titel": titel,
            "vastgesteld": None,
            "evaluatie": None,
            "onderdelen": onderdelen,
        }
    )
    return uit


def _onderdeel(o: Onderdeel, vorig: Schooljaar, bezet: set[str], uit: Jaarplanovergang) -> Onderdeel:
    doelen = [d.model_copy(update={"acties": _acties(d.acties, o.id, vorig, bezet, uit)}) for d in o.doelen]
    return o.model_copy(
        update={
            "doelen": doelen,
            "acties": _acties(o.acties, o.id, vorig, bezet, uit),
            "onderdelen": [_onderdeel(k, vorig, bezet, uit) for k in o.onderdelen],
        }
    )


def _acties(
    acties: list[Actie], onderdeel_id: str, vorig: Schooljaar, bezet: set[str], uit: Jaarplanovergang
) -> list[Actie]:
    nieuw = []
    for a in acties:
        if a.status in AFGEROND:
            uit.achtergebleven.append((a.id, a.status))
            continue
        nieuw_id = volgend_id(onderdeel_id, bezet)
        bezet.add(nieuw_id)
        uit.overgenomen[a.id] = nieuw_id
        uit.opmerkingen[nieuw_id] = f"overgenomen van {a.id} (jaarplan {vorig}): nog niet gereed"
        nieuw.append(a.model_copy(update={"id": nieuw_id, "overgenomen_van": a.id, "voortgang": []}))
    return nieuw
