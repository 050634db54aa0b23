"""Jaarplan: acties without wie or wanneer, overdue acties, ontwikkelpunten nobody works on,
unfinished acties of last year that were neither carried over nor closed."""

from __future__ import annotations

from collections.abc import Iterator

from swvplanner.core.checks.register import Bevinding, Context, controle, maak
from swvplanner.core.model.jaarplan import AFGEROND
from swvplanner.core.nl_datum import formatteer_datum
from swvplanner.core.plannen import ORGANISATIE, jaarplan_sleutel
from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.verwijzingen import acties_met_pad


@controle("SWV401", "waarschuwing", "Actie zonder wie", "Een actie zonder 'wie': niemand is verantwoordelijk.")
def zonder_wie(ctx: Context) -> Iterator[Bevinding]:
    for sj, plan in sorted(ctx.plannen.jaarplannen.items()):
        for pad, a in acties_met_pad(plan):
            if a.wie is None or not a.wie.tekst.strip():
                yield maak(
                    "SWV401",
                    jaarplan_sleutel(sj),
                    pad,
                    f"actie {a.id} heeft geen 'wie'",
                    "Vul 'wie' in: een rol, een orgaan of een naam.",
                )


@controle(
    "SWV402", "waarschuwing", "Actie zonder wanneer", "Een actie zonder 'wanneer': niet te volgen en niet te plannen."
)
def zonder_wanneer(ctx: Context) -> Iterator[Bevinding]:
    for sj, plan in sorted(ctx.plannen.jaarplannen.items()):
        for pad, a in acties_met_pad(plan):
            if not a.wanneer or not a.wanneer.strip():
                yield maak(
                    "SWV402",
                    jaarplan_sleutel(sj),
                    pad,
                    f"actie {a.id} heeft geen 'wanneer'",
                    "Vul 'wanneer' in, bijvoorbeeld '31 december 2025', 'jan-apr 2026' of 'Continu'.",
                )


@controle(
    "SWV403",
    "waarschuwing",
    "Actie over tijd",
    "De datum van de actie is voorbij (ten opzichte van --vandaag, standaard vandaag), maar de status is "
    "niet 'gereed' of 'vervallen'. Een actie die in het jaarplan van een later schooljaar wordt voortgezet "
    "('overgenomen-van'), telt daar: alleen de voortgezette actie wordt dan gemeld.",
)
def over_tijd(ctx: Context) -> Iterator[Bevinding]:
    voortgezet = ctx.plannen.voortgezet()
    for sj, plan in sorted(ctx.plannen.jaarplannen.items()):
        for pad, a in acties_met_pad(plan):
            d = parse_regel(a.wanneer, regio=ctx.plannen.organisatie.regio).gereed(sj)
            if d is not None and d < ctx.vandaag and a.status not in AFGEROND and (sj, a.id) not in voortgezet:
                yield maak(
                    "SWV403",
                    jaarplan_sleutel(sj),
                    (*pad, "status") if "status" in a.model_fields_set else (*pad, "wanneer"),
                    f"actie {a.id} moest uiterlijk {formatteer_datum(d)} klaar zijn en staat op '{a.status}'",
                    "Zet de status op gereed, vervallen of uitgesteld, of leg een nieuwe datum vast "
                    "(met een voortgangsnotitie).",
                )


@controle(
    "SWV404",
    "waarschuwing",
    "Ontwikkelpunt zonder actie",
    "Een ontwikkelpunt van het Ondersteuningsplan waaraan in het jaarplan van een schooljaar binnen de "
    "looptijd van het plan geen enkele actie (of onderdeel) werkt.",
)
def ontwikkelpunt_zonder_actie(ctx: Context) -> Iterator[Bevinding]:
    op = ctx.plannen.organisatie.ondersteuningsplan
    if op is None:
        return
    for sj, plan in sorted(ctx.plannen.jaarplannen.items()):
        if not op.eerste_schooljaar <= sj <= op.laatste_schooljaar:
            continue
        bediend: set[int] = set()
        for o in plan.alle_onderdelen():
            bediend |= set(o.ontwikkelpunten)
        for a in plan.acties():
            bediend |= set(a.ontwikkelpunten)
        for i, punt in enumerate(op.ontwikkelpunten):
            if punt.nummer not in bediend:
                titel = f" ({punt.titel})" if punt.titel else ""
                yield maak(
                    "SWV404",
                    ORGANISATIE,
                    ("ondersteuningsplan", "ontwikkelpunten", i),
                    f"ontwikkelpunt {punt.nummer}{titel} krijgt in het jaarplan {sj} geen actie",
                    f"Voeg in {jaarplan_sleutel(sj)}.yaml een actie toe voor ontwikkelpunt {punt.nummer}, of "
                    "vermeld het nummer bij 'ontwikkelpunten' van het onderdeel dat eraan werkt.",
                )


@controle(
    "SWV405",
    "waarschuwing",
    "Onafgeronde actie niet overgenomen",
    "Een actie van vorig schooljaar die niet gereed of vervallen is, en die in het jaarplan van dit "
    "schooljaar niet wordt voortgezet (geen actie met 'overgenomen-van' naar haar id).",
)
def niet_overgenomen(ctx: Context) -> Iterator[Bevinding]:
    voortgezet = ctx.plannen.voortgezet()
    for sj in sorted(ctx.plannen.jaarplannen):
        vorig = ctx.plannen.jaarplannen.get(sj.vorige())
        if vorig is None:
            continue
        for pad, a in acties_met_pad(vorig):
            if a.status not in AFGEROND and (sj.vorige(), a.id) not in voortgezet:
                yield maak(
                    "SWV405",
                    jaarplan_sleutel(sj.vorige()),
                    (*pad, "status") if "status" in a.model_fields_set else pad,
                    f"actie {a.id} ({a.status}) uit {sj.vorige()} is niet afgerond en niet overgenomen in "
                    f"het jaarplan {sj}",
                    "Zet de status op gereed of vervallen, of neem de actie over in "
                    f"{jaarplan_sleutel(sj)}.yaml met 'overgenomen-van: {a.id}'.",
                )
