"""Edits of a jaarplan: add, replace and delete an actie, change its status, record voortgang."""

from __future__ import annotations

from datetime import date

from swvplanner.core.bewerken.hulp import gevalideerd, kopie, slug, volgend_id, vrij_id
from swvplanner.core.fouten import BewerkFout
from swvplanner.core.model.jaarplan import Actie, ActieEvaluatie, ActieStatus, Jaarplan, Onderdeel, Voortgang

VOORUIT: tuple[ActieStatus, ...] = ("gepland", "lopend", "gereed")
"""The path one key press walks; the other states are chosen explicitly (they are not 'further')."""


def _lijst_met(plan: Jaarplan, actie_id: str) -> tuple[list[Actie], int]:
    """The list that holds the actie, and its index there."""
    for o in plan.alle_onderdelen():
        for lijst in [d.acties for d in o.doelen] + [o.acties]:
            for i, a in enumerate(lijst):
                if a.id == actie_id:
                    return lijst, i
    raise BewerkFout(f"actie '{actie_id}' bestaat niet (meer)")


def _onderdeel(plan: Jaarplan, onderdeel_id: str) -> Onderdeel:
    for o in plan.alle_onderdelen():
        if o.id == onderdeel_id:
            return o
    raise BewerkFout(f"onderdeel '{onderdeel_id}' bestaat niet (meer)")


def nieuw_actie_id(plan: Jaarplan, onderdeel_id: str) -> str:
    bestaand = {a.id for a in plan.acties()} | {o.id for o in plan.alle_onderdelen()}
    return volgend_id(onderdeel_id, bestaand)


def voeg_toe(plan: Jaarplan, onderdeel_id: str, actie: Actie, doel_index: int | None = None) -> Jaarplan:
    """Add an actie at the end of an onderdeel (or of one of its doelen)."""
    nieuw = kopie(plan)
    o = _onderdeel(nieuw, onderdeel_id)
    if any(a.id == actie.id for a in nieuw.acties()):
        raise BewerkFout(f"het id '{actie.id}' wordt al gebruikt")
    if doel_index is None and o.doelen and not o.acties:
        doel_index = len(o.doelen) - 1  # an onderdeel organised by doelen: add to its last doel
    if doel_index is not None:
        if not 0 <= doel_index < len(o.doelen):
            raise BewerkFout(f"onderdeel '{onderdeel_id}' heeft geen doel {doel_index + 1}")
        o.doelen[doel_index].acties.append(actie)
    else:
        o.acties.append(actie)
    return gevalideerd(nieuw)


def vervang(plan: Jaarplan, actie: Actie) -> Jaarplan:
    """Replace an actie (matched by id) with an edited version, in place."""
    nieuw = kopie(plan)
    lijst, i = _lijst_met(nieuw, actie.id)
    lijst[i] = actie
    return gevalideerd(nieuw)


def verwijder(plan: Jaarplan, actie_id: str) -> Jaarplan:
    nieuw = kopie(plan)
    lijst, i = _lijst_met(nieuw, actie_id)
    del lijst[i]
    return gevalideerd(nieuw)


def zet_status(plan: Jaarplan, actie_id: str, status: str) -> Jaarplan:
    nieuw = kopie(plan)
    lijst, i = _lijst_met(nieuw, actie_id)
    lijst[i].status = status  # type: ignore[assignment]
    return gevalideerd(nieuw)


def zet_evaluatie(plan: Jaarplan, actie_id: str, evaluatie: ActieEvaluatie | None) -> Jaarplan:
    """Record (or with None remove) the evaluatie of an actie."""
    nieuw = kopie(plan)
    lijst, i = _lijst_met(nieuw, actie_id)
    lijst[i].evaluatie = evaluatie
    return gevalideerd(nieuw)


def volgende_status(status: str) -> ActieStatus | None:
    """The status one key press further along gepland → lopend → gereed; None at gereed and for the
    states off that path (uitgesteld, vervallen): those change only by an explicit choice."""
    if status not in VOORUIT[:-1]:
        return None
    return VOORUIT[VOORUIT.index(status) + 1]


def voeg_voortgang_toe(plan: Jaarplan, actie_id: str, datum: date, tekst: str) -> Jaarplan:
    if not tekst.strip():
        raise BewerkFout("een voortgangsnotitie heeft tekst nodig")
    nieuw = kopie(plan)
    lijst, i = _lijst_met(nieuw, actie_id)
    lijst[i].voortgang.append(Voortgang(datum=datum, tekst=tekst.strip()))
    return gevalideerd(nieuw)


def nieuw_onderdeel_id(plan: Jaarplan, titel: str) -> str:
    """A free id from the title ('Thuiszitters' → 'thuiszitters'); ids of acties count too."""
    bestaand = {a.id for a in plan.acties()} | {o.id for o in plan.alle_onderdelen()}
    return vrij_id(slug(titel), bestaand, "onderdeel")


def voeg_onderdeel_toe(plan: Jaarplan, onderdeel: Onderdeel, ouder_id: str | None = None) -> Jaarplan:
    """Add an onderdeel at the end of the plan, or of the onderdelen of `ouder_id`."""
    nieuw = kopie(plan)
    bestaand = {a.id for a in nieuw.acties()} | {o.id for o in nieuw.alle_onderdelen()}
    if onderdeel.id in bestaand:
        raise BewerkFout(f"het id '{onderdeel.id}' wordt al gebruikt")
    (_onderdeel(nieuw, ouder_id).onderdelen if ouder_id else nieuw.onderdelen).append(onderdeel)
    return gevalideerd(nieuw)


def verwijder_onderdeel(plan: Jaarplan, onderdeel_id: str) -> Jaarplan:
    """Delete an onderdeel with everything in it (its doelen, acties and onderdelen)."""
    nieuw = kopie(plan)
    for lijst in [nieuw.onderdelen] + [o.onderdelen for o in nieuw.alle_onderdelen()]:
        for i, o in enumerate(lijst):
            if o.id == onderdeel_id:
                del lijst[i]
                return gevalideerd(nieuw)
    raise BewerkFout(f"onderdeel '{onderdeel_id}' bestaat niet (meer)")
