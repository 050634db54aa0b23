"""Governance cycle: every decision step has its meeting before the deadline, in order, with the
item on the agenda; bodies meet often enough; recurring items are scheduled often enough."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from swvplanner.core.checks.register import Bevinding, Context, controle, maak
from swvplanner.core.model.kwaliteitskalender import Besluitstap, KwaliteitskalenderItem
from swvplanner.core.momenten import Moment
from swvplanner.core.nl_datum import formatteer_datum
from swvplanner.core.plannen import KWALITEITSKALENDER, ORGANISATIE
from swvplanner.core.regel import parse_regel
from swvplanner.core.schooljaar import Schooljaar

# advies → instemming → goedkeuring → vaststelling must happen in this order; 'overleg' (OOGO)
# and 'informatie' only have to happen before the deadline.
RANG = {"advies": 0, "instemming": 1, "goedkeuring": 2, "vaststelling": 3}
STAP_NL = {"advies": "advies", "overleg": "overleg (OOGO)", "instemming": "instemming",
           "goedkeuring": "goedkeuring", "vaststelling": "vaststelling", "informatie": "informatie"}


def _op_agenda(m: Moment, item_id: str, stap: str) -> bool:
    return any(p.kwaliteitskalender == item_id and (p.stap is None or p.stap == stap) for p in m.vergadering.agenda)


def _orgaannaam(ctx: Context, orgaan_id: str) -> str:
    o = ctx.plannen.organisatie.orgaan(orgaan_id)
    return o.kort if o else orgaan_id


def _items(ctx: Context) -> Iterator[tuple[tuple[str | int, ...], KwaliteitskalenderItem]]:
    kk = ctx.plannen.kwaliteitskalender
    if kk is None:
        return
    for ci, cat in enumerate(kk.categorieen):
        for ii, item in enumerate(cat.items):
            yield ("categorieen", ci, "items", ii), item


@controle("SWV301", "fout", "Besluitvorming niet rond voor de deadline",
          "Voor elke deadline van een kwaliteitskalender-item met besluitvorming moet elk orgaan uit de "
          "besluitvorming vóór de deadline vergaderen met het item op de agenda, in de volgorde advies → "
          "instemming → goedkeuring → vaststelling. Geannuleerde vergaderingen en reservedata tellen niet mee.")
def besluitvorming_rond(ctx: Context) -> Iterator[Bevinding]:
    for sj, _doc in ctx.vergaderdocumenten():
        momenten = ctx.momenten(sj, actief=True)
        for pad, item in _items(ctx):
            if not item.besluitvorming or not item.wanneer:
                continue
            for deadline in parse_regel(item.wanneer, item.anker).data_in(sj):
                yield from _controleer_stappen(ctx, sj, momenten, pad, item, deadline)


def _controleer_stappen(ctx: Context, sj: Schooljaar, momenten: list[Moment], pad: tuple[str | int, ...],
                        item: KwaliteitskalenderItem, deadline: date) -> Iterator[Bevinding]:
    kop = f"'{item.wat}' (uiterlijk {formatteer_datum(deadline)})"
    gekozen: dict[int, Moment] = {}
    vorige: tuple[Besluitstap, Moment] | None = None
    geordend = sorted(
        ((si, s) for si, s in enumerate(item.besluitvorming) if s.orgaan and s.stap in RANG),
        key=lambda x: (RANG[x[1].stap], x[0]),
    )
    for si, stap in geordend:
        kandidaten = [m for m in momenten if m.vergadering.orgaan == stap.orgaan and m.datum <= deadline
                      and _op_agenda(m, item.id, stap.stap)]
        na_vorige = [m for m in kandidaten if vorige is None or m.datum >= vorige[1].datum]
        spad = (*pad, "besluitvorming", si)
        naam = _orgaannaam(ctx, stap.orgaan or "")
        if na_vorige:
            gekozen[si] = na_vorige[0]
            vorige = (stap, na_vorige[0])
        elif kandidaten and vorige is not None:
            m = kandidaten[-1]
            yield maak("SWV301", KWALITEITSKALENDER, spad,
                       f"{kop}: {STAP_NL[stap.stap]} door {naam} ({formatteer_datum(m.datum)}) komt vóór "
                       f"{STAP_NL[vorige[0].stap]} door {_orgaannaam(ctx, vorige[0].orgaan or '')} "
                       f"({formatteer_datum(vorige[1].datum)})",
                       f"De volgorde is advies → instemming → goedkeuring → vaststelling: plan {naam} na "
                       f"{formatteer_datum(vorige[1].datum)} en uiterlijk {formatteer_datum(deadline)}.")
        else:
            yield _ontbreekt(ctx, kop, spad, stap, naam, item, deadline, vorige)
    for si, stap in enumerate(item.besluitvorming):
        if stap.orgaan and stap.stap not in RANG and not any(
            m.vergadering.orgaan == stap.orgaan and m.datum <= deadline and _op_agenda(m, item.id, stap.stap)
            for m in momenten
        ):
            yield _ontbreekt(ctx, kop, (*pad, "besluitvorming", si), stap, _orgaannaam(ctx, stap.orgaan),
                             item, deadline, None)


def _ontbreekt(ctx: Context, kop: str, spad: tuple[str | int, ...], stap: Besluitstap, naam: str,
               item: KwaliteitskalenderItem, deadline: date, vorige: tuple[Besluitstap, Moment] | None) -> Bevinding:
    vanaf = f" na {formatteer_datum(vorige[1].datum)} en" if vorige else ""
    return maak(
        "SWV301", KWALITEITSKALENDER, spad,
        f"{kop}: {STAP_NL[stap.stap]} door {naam} ontbreekt: geen vergadering van {naam} met dit item op de "
        f"agenda uiterlijk {formatteer_datum(deadline)}",
        f"Zet '{item.wat}' (stap: {stap.stap}) op de agenda van een vergadering van {naam}{vanaf} uiterlijk "
        f"{formatteer_datum(deadline)}, of plan zo'n vergadering.",
    )


@controle("SWV302", "fout", "Orgaan vergadert te weinig",
          "Een overlegorgaan met een minimum aantal vergaderingen per schooljaar (minimum-per-schooljaar in "
          "swv.yaml) vergadert minder vaak. Geannuleerde vergaderingen en reservedata tellen niet mee.")
def te_weinig(ctx: Context) -> Iterator[Bevinding]:
    for i, o in enumerate(ctx.plannen.organisatie.overlegorganen):
        if not o.minimum_per_schooljaar:
            continue
        for sj, _doc in ctx.vergaderdocumenten():
            aantal = len({m.datum for m in ctx.momenten(sj, actief=True) if m.vergadering.orgaan == o.id})
            if aantal < o.minimum_per_schooljaar:
                yield maak("SWV302", ORGANISATIE, ("overlegorganen", i, "minimum-per-schooljaar"),
                           f"{o.kort} vergadert in {sj} {aantal} keer; het minimum is {o.minimum_per_schooljaar}",
                           f"Plan nog {o.minimum_per_schooljaar - aantal} vergadering(en) van {o.kort} in "
                           f"vergaderingen-{sj}.yaml.")


@controle("SWV303", "waarschuwing", "Terugkerend item te weinig ingepland",
          "Een kwaliteitskalender-item dat een aantal keer per jaar terugkomt ('Drie keer per jaar', 'Per "
          "kwartaal') of besluitvorming heeft, staat op minder vergaderagenda's dan de regel vraagt.")
def te_weinig_ingepland(ctx: Context) -> Iterator[Bevinding]:
    for sj, _doc in ctx.vergaderdocumenten():
        momenten = ctx.momenten(sj, actief=True)
        for pad, item in _items(ctx):
            regel = parse_regel(item.wanneer, item.anker)
            nodig = regel.aantal_per_schooljaar(sj) if regel.herkend else None
            if not nodig or (nodig < 2 and not item.besluitvorming):
                continue
            if nodig == 1 and item.besluitvorming:
                continue  # SWV301 says precisely what is missing
            data = {m.datum for m in momenten if any(p.kwaliteitskalender == item.id for p in m.vergadering.agenda)}
            if len(data) < nodig:
                yield maak("SWV303", KWALITEITSKALENDER, (*pad, "wanneer"),
                           f"'{item.wat}' ({item.wanneer}) staat in {sj} op {len(data)} vergaderagenda('s); "
                           f"de regel vraagt {nodig} keer",
                           f"Zet '{item.wat}' op de agenda van nog {nodig - len(data)} vergadering(en).")

