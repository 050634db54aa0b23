"""The evaluatie of a jaarplan: empty evaluatie blocks to fill in, and what the jaarverslag reports.

`met_lege_evaluaties` is what the jaarovergang calls on the old jaarplan; `verantwoording` gathers,
per onderdeel and per OP ontwikkelpunt, what was planned, what happened and what carries over into
the next schooljaar's jaarplan (its acties with `overgenomen-van`). Pure: no I/O, no text layout.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from swvplanner.core.bewerken.hulp import gevalideerd, kopie
from swvplanner.core.model.jaarplan import (
    ACTIE_STATUSSEN,
    AFGEROND,
    Actie,
    ActieEvaluatie,
    Jaarplan,
    KpiWaarde,
    Onderdeel,
)
from swvplanner.core.model.organisatie import Ondersteuningsplan, Ontwikkelpunt
from swvplanner.core.plannen import Plannen
from swvplanner.core.schooljaar import Schooljaar

BEHAALD_TEKST: dict[str, str] = {"ja": "behaald", "deels": "deels behaald", "nee": "niet behaald"}
"""How each evaluatie outcome reads in a sentence (the chapter, the app's detail and form)."""


def met_lege_evaluaties(plan: Jaarplan) -> Jaarplan:
    """A copy of the jaarplan in which every actie has an evaluatie block, ready to fill in.

    An actie without one gets an empty `evaluatie` with one KPI entry (without a value) per number in
    its `kpi`; an existing evaluatie is kept as it is, with an empty entry added for a KPI of the
    actie it does not yet mention. Called by the jaarovergang on the year that ends; idempotent.
    """
    nieuw = kopie(plan)
    for actie in nieuw.acties():
        evaluatie = actie.evaluatie or ActieEvaluatie()
        genoemd = {k.nummer for k in evaluatie.kpi}
        evaluatie.kpi = evaluatie.kpi + [KpiWaarde(nummer=n) for n in actie.kpi if n not in genoemd]
        actie.evaluatie = evaluatie
    return gevalideerd(nieuw)


@dataclass(frozen=True)
class ActieVerantwoording:
    actie: Actie
    ontwikkelpunten: tuple[int, ...]
    overgenomen_in: str | None
    """The id of the actie in the next jaarplan that carries this one over."""

    @property
    def evaluatie(self) -> ActieEvaluatie | None:
        e = self.actie.evaluatie
        return e if e is not None and e.ingevuld else None


@dataclass(frozen=True)
class Tellingen:
    """How many acties there are per status, per evaluatie outcome, and carried over."""

    acties: int
    status: dict[str, int]
    behaald: dict[str, int]
    niet_geevalueerd: int
    niet_afgerond: int
    overgenomen: int

    @classmethod
    def van(cls, acties: list[ActieVerantwoording]) -> Tellingen:
        status = Counter(a.actie.status for a in acties)
        behaald = Counter(a.evaluatie.behaald for a in acties if a.evaluatie and a.evaluatie.behaald)
        return cls(
            acties=len(acties),
            status={s: status[s] for s in ACTIE_STATUSSEN if status[s]},
            behaald={b: behaald[b] for b in ("ja", "deels", "nee") if behaald[b]},
            niet_geevalueerd=sum(1 for a in acties if a.evaluatie is None),
            niet_afgerond=sum(1 for a in acties if a.actie.status not in AFGEROND),
            overgenomen=sum(1 for a in acties if a.overgenomen_in),
        )


@dataclass(frozen=True)
class OnderdeelVerantwoording:
    onderdeel: Onderdeel
    ontwikkelpunten: tuple[int, ...]
    doelen: tuple[str, ...]
    acties: list[ActieVerantwoording]

    @property
    def tellingen(self) -> Tellingen:
        return Tellingen.van(self.acties)


@dataclass(frozen=True)
class OntwikkelpuntVerantwoording:
    nummer: int
    titel: str | None
    onderdelen: tuple[str, ...]
    """Titles of the onderdelen with an actie for this ontwikkelpunt."""
    acties: int
    doelen: tuple[str, ...] = ()
    """The ontwikkelpunt's goals as the OP words them (swv.yaml)."""


@dataclass(frozen=True)
class Verantwoording:
    """What the chapter 'Verantwoording jaarplan' of the jaarverslag reports about one jaarplan."""

    organisatie: str
    schooljaar: Schooljaar
    jaarplan: Jaarplan
    ondersteuningsplan: str | None
    volgend_jaarplan: bool
    """Whether the next schooljaar has a jaarplan (without one, nothing has been carried over yet)."""
    onderdelen: list[OnderdeelVerantwoording]
    ontwikkelpunten: list[OntwikkelpuntVerantwoording] = field(default_factory=list)
    kpis: dict[int, str] = field(default_factory=dict)
    op: Ondersteuningsplan | None = None
    """The organisation's current Ondersteuningsplan (swv.yaml), for its period and adoption date."""

    @property
    def tellingen(self) -> Tellingen:
        return Tellingen.van([a for o in self.onderdelen for a in o.acties])


def _overgenomen(plannen: Plannen, sj: Schooljaar) -> tuple[bool, dict[str, str]]:
    volgend = plannen.jaarplannen.get(sj.volgende())
    if volgend is None:
        return False, {}
    return True, {a.overgenomen_van: a.id for a in volgend.acties() if a.overgenomen_van}


def verantwoording(plannen: Plannen, sj: Schooljaar) -> Verantwoording:
    """The verantwoording of the jaarplan of `sj`; KeyError when there is none."""
    plan = plannen.jaarplannen[sj]
    heeft_volgend, overgenomen = _overgenomen(plannen, sj)
    onderdelen: list[OnderdeelVerantwoording] = []
    for o in plan.alle_onderdelen():
        eigen = [a for d in o.doelen for a in d.acties] + list(o.acties)
        if not eigen and not o.doelen:
            continue  # a grouping onderdeel: its children are sections of their own
        acties = [
            ActieVerantwoording(a, tuple(a.ontwikkelpunten or o.ontwikkelpunten), overgenomen.get(a.id)) for a in eigen
        ]
        onderdelen.append(
            OnderdeelVerantwoording(o, tuple(o.ontwikkelpunten), tuple(d.tekst for d in o.doelen), acties)
        )
    op = plannen.organisatie.ondersteuningsplan
    punten: list[Ontwikkelpunt] = list(op.ontwikkelpunten) if op else []
    return Verantwoording(
        organisatie=plannen.organisatie.naam,
        schooljaar=sj,
        jaarplan=plan,
        ondersteuningsplan=plan.ondersteuningsplan or (op.titel if op else None),
        volgend_jaarplan=heeft_volgend,
        onderdelen=onderdelen,
        ontwikkelpunten=[_per_punt(p, onderdelen) for p in punten],
        kpis={k.nummer: k.tekst for k in plan.kpis},
        op=op,
    )


def _per_punt(punt: Ontwikkelpunt, onderdelen: list[OnderdeelVerantwoording]) -> OntwikkelpuntVerantwoording:
    met = [(o, sum(1 for a in o.acties if punt.nummer in a.ontwikkelpunten)) for o in onderdelen]
    met = [(o, n) for o, n in met if n]
    return OntwikkelpuntVerantwoording(
        punt.nummer, punt.titel, tuple(o.onderdeel.titel for o, _ in met), sum(n for _, n in met), tuple(punt.doelen)
    )
