"""Governance cycle: every decision step has its meeting before the deadline, in order, with the
item on the agenda; bodies meet often enough; recurring items are scheduled often enough."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from swvplanner.core.checks.register import Bevinding, Context, controle, maak
from swvplanner.core.model.kwaliteitskalender import STAP_NL, Besluitstap, KwaliteitskalenderItem
from swvplanner.core.model.vergaderingen import NIET_GENOMEN, Agendapunt
from swvplanner.core.momenten import Moment
from swvplanner.core.nl_datum import formatteer_datum
from swvplanner.core.plannen import KWALITEITSKALENDER, ORGANISATIE, vergaderingen_sleutel
from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.schooljaar import Schooljaar


def _punten(m: Moment, item_id: str, stap: str) -> list[Agendapunt]:
    return [p for p in m.vergadering.agenda if p.kwaliteitskalender == item_id and (p.stap is None or p.stap == stap)]


BESLUITEN: frozenset[str] = frozenset({"advies", "instemming", "goedkeuring", "vaststelling"})
"""The steps that ask the body for a decision: an outcome 'besproken' (discussed, nothing decided)
does not take them. For a bespreking, overleg or informatie it is just what was asked."""


def _niet_gegeven(p: Agendapunt, stap: str) -> bool:
    return p.uitkomst in NIET_GENOMEN or (p.uitkomst == "besproken" and stap in BESLUITEN)


def _niet_genomen(ctx: Context, m: Moment, item_id: str, stap: str) -> Agendapunt | None:
    """The agenda point of a held meeting (today or earlier) whose recorded outcome says the step was not
    taken (aangehouden, instemming onthouden, only besproken where a decision was asked), when no other
    point of that meeting took it."""
    punten = _punten(m, item_id, stap)
    if m.datum > ctx.vandaag or not punten or not all(_niet_gegeven(p, stap) for p in punten):
        return None
    return punten[0]


def _op_agenda(ctx: Context, m: Moment, item_id: str, stap: str) -> bool:
    """The meeting takes the step: the item is on its agenda, and a held meeting did not withhold it."""
    return bool(_punten(m, item_id, stap)) and _niet_genomen(ctx, m, item_id, stap) is None


def _orgaannaam(ctx: Context, orgaan_id: str) -> str:
    o = ctx.plannen.organisatie.orgaan(orgaan_id)
    return o.kort if o else orgaan_id


def _gepland(ctx: Context) -> Iterator[tuple[Schooljaar, str]]:
    """The vergaderplanningen that hold at least one meeting: an empty one is not planned yet (SWV304),
    and reporting every missing step and meeting of a whole year there would only bury that."""
    for sj, doc in ctx.vergaderdocumenten():
        if ctx.plannen.vergaderplanningen[sj].vergaderingen:
            yield sj, doc


def _items(ctx: Context) -> Iterator[tuple[tuple[str | int, ...], KwaliteitskalenderItem]]:
    kk = ctx.plannen.kwaliteitskalender
    if kk is None:
        return
    for ci, cat in enumerate(kk.categorieen):
        for ii, item in enumerate(cat.items):
            yield ("categorieen", ci, "items", ii), item


@controle(
    "SWV301",
    "fout",
    "Besluitvorming niet rond voor de deadline",
    "Voor elke deadline van een kwaliteitskalender-item met besluitvorming moet elk orgaan uit de "
    "besluitvorming vóór de deadline vergaderen met het item op de agenda. De stappen uit de "
    "besluitvolgorde in swv.yaml (standaard advies → instemming → goedkeuring → vaststelling) volgen "
    "elkaar in die volgorde op; andere stappen (overleg, informatie, bespreking, …) hoeven alleen vóór de "
    "deadline. Een stap van een rol (de directeur-bestuurder die vaststelt, de accountant die controleert, "
    "aanleveren aan de inspectie of DUO) vraagt geen vergadering. Geannuleerde vergaderingen en "
    "reservedata tellen niet mee. Een gehouden vergadering waar het item is aangehouden, de instemming is "
    "onthouden of het item alleen is besproken terwijl om advies, instemming, goedkeuring of vaststelling "
    "werd gevraagd, telt niet als die stap. Een vergaderplanning zonder vergaderingen wordt nog niet "
    "gecontroleerd (SWV304).",
)
def besluitvorming_rond(ctx: Context) -> Iterator[Bevinding]:
    for sj, _doc in _gepland(ctx):
        # Meetings of the previous schooljaar count too: a deadline of 30 September may be prepared in June.
        jaren = [j for j in (sj.vorige(), sj) if j in ctx.plannen.vergaderplanningen]
        momenten = [m for j in jaren for m in _vergaderingen(ctx, j)]
        perioden = [m for j in jaren for m in ctx.periodemomenten(j)]
        for pad, item in _items(ctx):
            if not item.besluitvorming or not item.wanneer:
                continue
            regel = parse_regel(item.wanneer, item.anker, ctx.plannen.organisatie.regio)
            eerdere = regel.data_in(sj.vorige())
            vorige_deadline = eerdere[-1] if eerdere else None
            for deadline in regel.data_in(sj):
                # The window of one cycle: after the previous deadline, at most a year before this one.
                ondergrens = max(d for d in (vorige_deadline, deadline - timedelta(days=365)) if d is not None)
                venster = [m for m in momenten if ondergrens < m.datum <= deadline]
                # A meeting known only by its period counts when the whole period lies in the window.
                pvenster = [m for m in perioden if m.periode and ondergrens < m.periode.van and m.datum <= deadline]
                yield from _controleer_stappen(ctx, venster, pvenster, pad, item, deadline)
                vorige_deadline = deadline


def _vergaderingen(ctx: Context, sj: Schooljaar) -> list[Moment]:
    """The meetings that take place, each once: a meeting of several days counts on its first day."""
    return [m for m in ctx.momenten(sj, actief=True) if m.dag == 0]


def _kandidaten(ctx: Context, momenten: list[Moment], stap: Besluitstap, item: KwaliteitskalenderItem) -> list[Moment]:
    return [m for m in momenten if m.vergadering.orgaan == stap.orgaan and _op_agenda(ctx, m, item.id, stap.stap)]


def _controleer_stappen(
    ctx: Context,
    momenten: list[Moment],
    perioden: list[Moment],
    pad: tuple[str | int, ...],
    item: KwaliteitskalenderItem,
    deadline: date,
) -> Iterator[Bevinding]:
    """Each step of an orgaan needs a meeting with the item on its agenda; the steps of one rank of
    the besluitvolgorde (all advies, then all instemming, ...) must all come after every step of the
    rank before. A step of a rol needs no meeting. When no dated meeting takes a step, a meeting
    known only by its period (`perioden`, wholly before the deadline) does, with SWV307: it counts
    from the first day of its period after the rank before, and as the rank before from its last."""
    volgorde = ctx.plannen.organisatie.besluitvolgorde
    rang = {s: i for i, s in enumerate(volgorde)}
    kop = f"'{item.wat}' (uiterlijk {formatteer_datum(deadline)})"
    grens: tuple[Besluitstap, Moment] | None = None  # the latest meeting of the previous rank
    for r in sorted({rang[s.stap] for s in item.besluitvorming if s.orgaan and s.stap in rang}):
        gekozen: list[tuple[Besluitstap, Moment]] = []
        for si, stap in enumerate(item.besluitvorming):
            if not stap.orgaan or rang.get(stap.stap) != r:
                continue
            kandidaten = _kandidaten(ctx, momenten, stap, item)
            na_grens = [m for m in kandidaten if grens is None or m.datum >= grens[1].datum] or [
                m
                for m in _kandidaten(ctx, perioden, stap, item)
                if m.periode and (grens is None or m.periode.van >= grens[1].datum)
            ]
            spad = (*pad, "besluitvorming", si)
            naam = _orgaannaam(ctx, stap.orgaan)
            if na_grens:
                gekozen.append((stap, na_grens[0]))
                if na_grens[0].periode:
                    yield _datum_vaststellen(ctx, na_grens[0], stap, naam, item, deadline)
            elif kandidaten and grens is not None:
                m = kandidaten[-1]
                yield maak(
                    "SWV301",
                    KWALITEITSKALENDER,
                    spad,
                    f"{kop}: {STAP_NL[stap.stap]} door {naam} ({formatteer_datum(m.datum)}) komt vóór "
                    f"{STAP_NL[grens[0].stap]} door {_orgaannaam(ctx, grens[0].orgaan or '')} "
                    f"({formatteer_datum(grens[1].datum)})",
                    _met_grondslag(
                        f"De volgorde is {' → '.join(STAP_NL[s] for s in volgorde)}: plan {naam} na "
                        f"{formatteer_datum(grens[1].datum)} en uiterlijk {formatteer_datum(deadline)}.",
                        item,
                    ),
                )
            else:
                yield _ontbreekt(ctx, kop, spad, stap, naam, item, deadline, grens, momenten)
        if gekozen:
            grens = max(gekozen, key=lambda x: x[1].datum)
    for si, stap in enumerate(item.besluitvorming):
        if not stap.orgaan or stap.stap in rang or _kandidaten(ctx, momenten, stap, item):
            continue
        naam = _orgaannaam(ctx, stap.orgaan)
        if periode := _kandidaten(ctx, perioden, stap, item):
            yield _datum_vaststellen(ctx, periode[0], stap, naam, item, deadline)
        else:
            yield _ontbreekt(ctx, kop, (*pad, "besluitvorming", si), stap, naam, item, deadline, None, momenten)


def _datum_vaststellen(
    ctx: Context, m: Moment, stap: Besluitstap, naam: str, item: KwaliteitskalenderItem, deadline: date
) -> Bevinding:
    v = m.vergadering
    doc = next(d for sj, d in ctx.vergaderdocumenten() if ctx.plannen.vergaderplanningen[sj].vergadering(v.id) is v)
    return maak(
        "SWV307",
        doc,
        ("vergaderingen", m.index, "wanneer"),
        f"{naam} {v.wanneer} ({v.id}) telt als {STAP_NL[stap.stap]} op '{item.wat}' (deadline "
        f"{formatteer_datum(deadline)}): datum nog vaststellen",
        f"'{v.wanneer}' eindigt uiterlijk {formatteer_datum(m.datum)}, vóór de deadline. Zet de datum erin zodra "
        "die bekend is (scherm 4 Vergaderingen, toets d); pas dan staat de vergadering in de agenda's.",
    )


def _met_grondslag(hint: str, item: KwaliteitskalenderItem) -> str:
    """A hint about an item ends with the item's grondslag, so the reader sees why it must be done."""
    return f"{hint} Grondslag: {' '.join(item.grondslag.split())}" if item.grondslag else hint


def _ontbreekt(
    ctx: Context,
    kop: str,
    spad: tuple[str | int, ...],
    stap: Besluitstap,
    naam: str,
    item: KwaliteitskalenderItem,
    deadline: date,
    vorige: tuple[Besluitstap, Moment] | None,
    momenten: list[Moment],
) -> Bevinding:
    vanaf = f" na {formatteer_datum(vorige[1].datum)} en" if vorige else ""
    niet = [
        (m, p)
        for m in momenten
        if m.vergadering.orgaan == stap.orgaan and (p := _niet_genomen(ctx, m, item.id, stap.stap)) is not None
    ]
    if niet:  # the body did meet on it, and withheld the step: say so rather than "ontbreekt"
        m, p = niet[-1]
        dag = formatteer_datum(m.datum)
        if p.uitkomst == "instemming-onthouden":
            wat = f"{naam} heeft op {dag} geen instemming verleend op '{item.wat}'"
        elif p.uitkomst == "besproken":
            wat = f"{naam} heeft '{item.wat}' op {dag} alleen besproken: de {STAP_NL[stap.stap]} is niet gegeven"
        else:
            wat = f"{naam} heeft '{item.wat}' op {dag} aangehouden: de {STAP_NL[stap.stap]} is niet gegeven"
        return maak(
            "SWV301",
            KWALITEITSKALENDER,
            spad,
            f"{wat}; deadline {formatteer_datum(deadline)}",
            _met_grondslag(
                f"Zet '{item.wat}' (stap: {stap.stap}) opnieuw op de agenda van een vergadering van {naam}{vanaf} "
                f"uiterlijk {formatteer_datum(deadline)}, of plan zo'n vergadering.",
                item,
            ),
        )
    return maak(
        "SWV301",
        KWALITEITSKALENDER,
        spad,
        f"{kop}: {STAP_NL[stap.stap]} door {naam} ontbreekt: geen vergadering van {naam} met dit item op de "
        f"agenda uiterlijk {formatteer_datum(deadline)}",
        _met_grondslag(
            f"Zet '{item.wat}' (stap: {stap.stap}) op de agenda van een vergadering van {naam}{vanaf} uiterlijk "
            f"{formatteer_datum(deadline)}, of plan zo'n vergadering.",
            item,
        ),
    )


@controle(
    "SWV302",
    "fout",
    "Orgaan vergadert te weinig",
    "Een overlegorgaan met een minimum aantal vergaderingen per schooljaar (minimum-per-schooljaar in "
    "swv.yaml) vergadert minder vaak. Geannuleerde vergaderingen en reservedata tellen niet mee. Een "
    "vergaderplanning zonder vergaderingen wordt nog niet gecontroleerd (SWV304).",
)
def te_weinig(ctx: Context) -> Iterator[Bevinding]:
    for i, o in enumerate(ctx.plannen.organisatie.overlegorganen):
        if not o.minimum_per_schooljaar:
            continue
        for sj, _doc in _gepland(ctx):
            aantal = len({m.datum for m in _vergaderingen(ctx, sj) if m.vergadering.orgaan == o.id})
            if aantal < o.minimum_per_schooljaar:
                yield maak(
                    "SWV302",
                    ORGANISATIE,
                    ("overlegorganen", i, "minimum-per-schooljaar"),
                    f"{o.kort} vergadert in {sj} {aantal} keer; het minimum is {o.minimum_per_schooljaar}",
                    f"Plan nog {o.minimum_per_schooljaar - aantal} vergadering(en) van {o.kort} in "
                    f"{vergaderingen_sleutel(sj)}.yaml.",
                )


@controle(
    "SWV303",
    "waarschuwing",
    "Terugkerend item te weinig ingepland",
    "Een kwaliteitskalender-item dat een aantal keer per jaar terugkomt ('Drie keer per jaar', 'Per "
    "kwartaal') of besluitvorming heeft, staat op minder vergaderagenda's dan de regel vraagt. Een "
    "vergaderplanning zonder vergaderingen wordt nog niet gecontroleerd (SWV304).",
)
def te_weinig_ingepland(ctx: Context) -> Iterator[Bevinding]:
    for sj, _doc in _gepland(ctx):
        momenten = _vergaderingen(ctx, sj)
        for pad, item in _items(ctx):
            regel = parse_regel(item.wanneer, item.anker, ctx.plannen.organisatie.regio)
            nodig = regel.aantal_per_schooljaar(sj) if regel.herkend else None
            if not nodig or (nodig < 2 and not item.besluitvorming):
                continue
            if nodig == 1 and item.besluitvorming:
                continue  # SWV301 says precisely what is missing
            data = {m.datum for m in momenten if any(p.kwaliteitskalender == item.id for p in m.vergadering.agenda)}
            if len(data) < nodig:
                yield maak(
                    "SWV303",
                    KWALITEITSKALENDER,
                    (*pad, "wanneer"),
                    f"'{item.wat}' ({item.wanneer}) staat in {sj} op {len(data)} vergaderagenda('s); "
                    f"de regel vraagt {nodig} keer",
                    _met_grondslag(f"Zet '{item.wat}' op de agenda van nog {nodig - len(data)} vergadering(en).", item),
                )


@controle(
    "SWV307",
    "info",
    "Vergadering zonder datum telt voor de besluitvorming",
    "Een vergadering die alleen een periode heeft (wanneer: 'december 2025', 'voorjaar 2026') met het item op "
    "de agenda telt voor de besluitvorming (SWV301) als de hele periode vóór de deadline ligt (en na de stap "
    "ervoor in de besluitvolgorde); eindigt de periode na de deadline, dan telt ze niet. Zo'n vergadering staat "
    "pas in de agenda's als ze een datum heeft: de datum moet nog worden vastgesteld.",
)
def _datum_nog_vaststellen(ctx: Context) -> Iterator[Bevinding]:
    return iter(())  # reported by SWV301's rule, which decides whether such a meeting counts


@controle(
    "SWV304",
    "waarschuwing",
    "Vergaderplanning nog leeg",
    "Een vergaderplanning zonder één vergadering (zoals swvplanner init hem maakt) is nog niet gepland: de "
    "besluitvorming (SWV301), het minimum aantal vergaderingen (SWV302) en de ingeplande items (SWV303) worden "
    "voor dat schooljaar pas gecontroleerd als er een vergadering in staat.",
)
def nog_leeg(ctx: Context) -> Iterator[Bevinding]:
    for sj, doc in ctx.vergaderdocumenten():
        if not ctx.plannen.vergaderplanningen[sj].vergaderingen:
            yield maak(
                "SWV304",
                doc,
                ("vergaderingen",),
                f"de vergaderplanning {sj} heeft nog geen vergaderingen; besluitvorming en minimum aantal "
                "vergaderingen worden gecontroleerd zodra er een in staat",
                "Voeg de vergaderingen toe in de app (scherm 4 Vergaderingen, toets n), met swvplanner import, of "
                f"in {doc}.yaml.",
            )
