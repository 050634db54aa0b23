"""What meetings decided: agenda points of a held meeting without a recorded outcome, and actiepunten
from meetings that are overdue."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from swvplanner.core.checks.register import Bevinding, Context, controle, maak
from swvplanner.core.nl_datum import formatteer_dagen, formatteer_datum

UITKOMST_TERMIJN = timedelta(days=14)
"""How long after a meeting its outcomes may still be unrecorded before SWV305 mentions it: the
minutes of a meeting are usually ready within two weeks."""


@controle(
    "SWV305",
    "info",
    "Uitkomst van een vergadering niet vastgelegd",
    f"Een vergadering die meer dan {UITKOMST_TERMIJN.days} dagen geleden is gehouden "
    "(ten opzichte van --vandaag) had een "
    "kwaliteitskalender-item op de agenda, maar bij dat agendapunt staat geen uitkomst (instemming verleend, "
    "vastgesteld, aangehouden, …). Zolang die ontbreekt, telt de vergadering voor de besluitvorming (SWV301) als "
    "gehouden. Geannuleerde vergaderingen, reservedata en herhalingen tellen niet mee.",
)
def uitkomst_ontbreekt(ctx: Context) -> Iterator[Bevinding]:
    kk = ctx.plannen.kwaliteitskalender
    for sj, doc in ctx.vergaderdocumenten():
        for m in ctx.momenten(sj, actief=True):
            v = m.vergadering
            # A meeting of several days is held once its last day has passed.
            if v.datum is None or m.datum != v.dagen()[-1] or m.datum + UITKOMST_TERMIJN >= ctx.vandaag:
                continue
            orgaan = ctx.plannen.organisatie.orgaan(v.orgaan)
            for i, p in enumerate(v.agenda):
                # An unknown item is a fout of its own (SWV102): no outcome to ask for there.
                item = kk.item(p.kwaliteitskalender) if kk and p.kwaliteitskalender else None
                if item is None or p.uitkomst is not None:
                    continue
                yield maak(
                    "SWV305",
                    doc,
                    ("vergaderingen", m.index, "agenda", i),
                    f"{orgaan.kort if orgaan else v.orgaan} vergaderde op "
                    f"{formatteer_dagen(v.datum, v.einddatum)}; bij "
                    f"'{item.wat}' staat geen uitkomst",
                    "Leg de uitkomst vast ('uitkomst: instemming-verleend', 'vastgesteld', 'aangehouden', …) in de "
                    f"app (scherm 4 Vergaderingen, toets b) of in {doc}.yaml.",
                )


@controle(
    "SWV306",
    "waarschuwing",
    "Actiepunt over tijd",
    "Een actiepunt van een vergadering (actiepunten) met een datum die voorbij is (ten opzichte van --vandaag), "
    "dat niet op 'gereed' of 'vervallen' staat.",
)
def actiepunt_over_tijd(ctx: Context) -> Iterator[Bevinding]:
    for sj, doc in ctx.vergaderdocumenten():
        for vi, v in enumerate(ctx.plannen.vergaderplanningen[sj].vergaderingen):
            for ai, a in enumerate(v.actiepunten):
                if a.wanneer is None or a.wanneer >= ctx.vandaag or a.status != "open":
                    continue
                wie = f" ({a.wie.tekst})" if a.wie else ""
                yield maak(
                    "SWV306",
                    doc,
                    ("vergaderingen", vi, "actiepunten", ai, "wanneer"),
                    f"actiepunt '{a.wat}'{wie} van vergadering {v.id} moest uiterlijk "
                    f"{formatteer_datum(a.wanneer)} klaar zijn en staat nog open",
                    "Zet 'status: gereed' of 'status: vervallen' bij het actiepunt, of leg een nieuwe datum vast.",
                )
