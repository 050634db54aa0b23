"""Next year's jaarplan: the same onderdelen and doelen, the unfinished acties carried over."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from swvplanner.core.bewerken.hulp import volgend_id
from swvplanner.core.model.jaarplan import AFGEROND, Actie, Jaarplan, Onderdeel
from swvplanner.core.nl_datum import formatteer_datum
from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.schooljaar import Schooljaar


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
    verlopen: dict[str, str] = field(default_factory=dict)
    """Carried acties whose date is last year's (up to the new year's 1 August) (new id → the date as text): the
    secretary gives a new one; we never shift a date by a guessed year."""
    meldingen: list[str] = field(default_factory=list)
    """What to check in the draft besides the acties (an ondersteuningsplan that has ended)."""


def jaarplan_overzetten(oud: Jaarplan, sj: Schooljaar) -> Jaarplanovergang:
    """The jaarplan of `sj` drafted from `oud` (last year's): every onderdeel and doel, and each
    actie that is not gereed or vervallen, with a new id (`<onderdeel>-NN`, not used in either
    year) and `overgenomen-van`; its progress notes stay behind with the old actie."""
    bezet = {a.id for a in oud.acties()} | {o.id for o in oud.alle_onderdelen()}
    uit = Jaarplanovergang(oud)  # replaced below, once the onderdelen are drafted
    onderdelen = [_onderdeel(o, oud.schooljaar, bezet, uit) for o in oud.onderdelen]
    titel = oud.titel.replace(str(oud.schooljaar), str(sj)) if oud.titel else None
    # The inleiding names its own schooljaar the same way the titel does ("... voor het schooljaar
    # 2025-2026"); every other text stays as written.
    inleiding = oud.inleiding.replace(str(oud.schooljaar), str(sj)) if oud.inleiding else None
    uit.jaarplan = oud.model_copy(
        update={
            "schooljaar": sj,
            "titel": titel,
            "inleiding": inleiding,
            "vastgesteld": None,
            "evaluatie": None,
            "onderdelen": onderdelen,
        }
    )
    if oud.vastgesteld is None:
        uit.meldingen.append(
            f"het jaarplan {oud.schooljaar} is nog niet vastgesteld: het jaarplan {sj} is overgenomen uit een concept"
        )
    if oud.ondersteuningsplan and (einde := _laatste_jaar(oud.ondersteuningsplan)) and einde <= sj.start_jaar:
        uit.meldingen.append(
            f"het jaarplan {sj} verwijst naar '{oud.ondersteuningsplan}', dat in {einde} afloopt: "
            "vul het ondersteuningsplan in dat nu geldt (ondersteuningsplan: in het jaarplan)"
        )
    return uit


def _laatste_jaar(tekst: str) -> int | None:
    """The last year of a period named in a text ('Ondersteuningsplan 2022-2026' → 2026)."""
    jaren = [int(j) for j in re.findall(r"\b(20\d\d)\b", tekst)]
    return max(jaren) if jaren else None


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
        opmerking = f"overgenomen van {a.id} (jaarplan {vorig}): nog niet gereed"
        regel = parse_regel(a.wanneer)
        gereed = regel.gereed(vorig)
        # A date up to the new year's first day (1 August: 'by the end of the year') is last year's;
        # a yearly text ('eind mei', 'voor de kerstvakantie') reads as well in the new year.
        vast = regel.soort in ("datum", "periode") and regel.relatief is None
        if vast and gereed is not None and gereed <= vorig.volgende().begin:
            uit.verlopen[nieuw_id] = formatteer_datum(gereed)
            opmerking += f"; {formatteer_datum(gereed)} is de datum van vorig schooljaar: geef een nieuwe"
        uit.opmerkingen[nieuw_id] = opmerking
        # Its progress notes and its evaluatie belong to last year's actie and stay there.
        nieuw.append(a.model_copy(update={"id": nieuw_id, "overgenomen_van": a.id, "voortgang": [], "evaluatie": None}))
    return nieuw
