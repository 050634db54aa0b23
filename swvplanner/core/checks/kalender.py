"""Calendar: meetings on weekends, public holidays or in school holidays; overlaps; a person
needed in two meetings at once; deadlines on a day off."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from swvplanner.core.checks.register import Bevinding, Context, controle, maak
from swvplanner.core.momenten import Moment
from swvplanner.core.nl_datum import WEEKDAGEN, formatteer_datum
from swvplanner.core.plannen import KWALITEITSKALENDER
from swvplanner.core.regel_lezen import parse_regel


def _gaat_door(ctx: Context, sj) -> list[Moment]:  # type: ignore[no-untyped-def]
    return [m for m in ctx.momenten(sj) if m.vergadering.status != "geannuleerd"]


def _naam(ctx: Context, m: Moment) -> str:
    orgaan = ctx.plannen.organisatie.orgaan(m.vergadering.orgaan)
    kort = orgaan.kort if orgaan else m.vergadering.orgaan
    titel = f" ({m.vergadering.titel})" if m.vergadering.titel else ""
    return f"{kort}{titel} {formatteer_datum(m.datum)}"


def _pad(m: Moment) -> tuple[str | int, ...]:
    """Where a finding about this occurrence points: the date, or the series' rule."""
    return ("vergaderingen", m.index, "herhaling" if m.in_reeks else "datum")


def _eerste_per_vergadering(momenten: list[Moment]) -> list[Moment]:
    """One finding per meeting: a series that hits the same problem repeatedly is reported once."""
    gezien: set[int] = set()
    uit = []
    for m in momenten:
        if m.index not in gezien:
            gezien.add(m.index)
            uit.append(m)
    return uit


@controle(
    "SWV201",
    "waarschuwing",
    "Vergadering in het weekend",
    "Een vergadering op zaterdag of zondag is meestal een tikfout in de datum.",
)
def weekend(ctx: Context) -> Iterator[Bevinding]:
    for sj, doc in ctx.vergaderdocumenten():
        for m in _eerste_per_vergadering([m for m in _gaat_door(ctx, sj) if m.datum.weekday() >= 5]):
            yield maak(
                "SWV201",
                doc,
                _pad(m),
                f"{_naam(ctx, m)} valt op een {WEEKDAGEN[m.datum.weekday()]}",
                "Controleer de datum; een bewuste weekendbijeenkomst kunt u zo laten.",
            )


@controle(
    "SWV202",
    "fout",
    "Vergadering op een feestdag",
    "Een vergadering op een officiële feestdag (Nieuwjaarsdag, Pasen, Koningsdag, Hemelvaart, "
    "Pinksteren, Kerst, Bevrijdingsdag in lustrumjaren, Goede Vrijdag), volgens het pakket holidays.",
)
def feestdag(ctx: Context) -> Iterator[Bevinding]:
    for sj, doc in ctx.vergaderdocumenten():
        # A series skips holidays itself, unless it is marked ook-in-vakanties.
        for m in _gaat_door(ctx, sj):
            if not ctx.kalender.feestdag(m.datum) or (m.in_reeks and not m.vergadering.ook_in_vakanties):
                continue
            yield maak(
                "SWV202",
                doc,
                _pad(m),
                f"{_naam(ctx, m)} valt op een feestdag: {ctx.kalender.feestdag(m.datum)}",
                "Verplaats de vergadering naar een werkdag"
                + (", of zet de datum onder 'uitgezonderd'." if m.in_reeks else "."),
            )


def _per_vergadering_of_datum(momenten: list[Moment]) -> list[Moment]:
    """Single meetings each; a series and a meeting of several days once (its first hit)."""
    enkel = [m for m in momenten if not m.in_reeks and not m.meerdaags]
    return sorted(
        enkel + _eerste_per_vergadering([m for m in momenten if m.in_reeks or m.meerdaags]),
        key=lambda m: (m.datum, m.index),
    )


@controle(
    "SWV203",
    "waarschuwing",
    "Vergadering in de schoolvakantie",
    "Een vergadering in de schoolvakantie van de regio van het samenwerkingsverband (herfst-, kerst-, "
    "voorjaars-, mei- of zomervakantie), volgens het pakket holidays.",
)
def schoolvakantie(ctx: Context) -> Iterator[Bevinding]:
    regio = ctx.plannen.organisatie.regio
    for sj, doc in ctx.vergaderdocumenten():
        geraakt = [
            m
            for m in _gaat_door(ctx, sj)
            if (not m.in_reeks or m.vergadering.ook_in_vakanties)
            and ctx.kalender.schoolvakantie(m.datum)
            and not ctx.kalender.feestdag(m.datum)
        ]
        for m in _per_vergadering_of_datum(geraakt):
            naam = ctx.kalender.schoolvakantie(m.datum) or ""
            melding = f"{_naam(ctx, m)} valt in de {naam.lower()} (regio {regio})"
            if m.in_reeks and (meer := sum(1 for x in geraakt if x.index == m.index) - 1):
                melding += f"; de reeks valt nog {meer} keer in een schoolvakantie"
            yield maak(
                "SWV203",
                doc,
                _pad(m),
                melding,
                "Leden met schoolgaande kinderen of een baan in het onderwijs zijn dan vaak weg; "
                "kies een datum buiten de vakantie" + (" of haal 'ook-in-vakanties' weg." if m.in_reeks else "."),
            )


@controle(
    "SWV204",
    "info",
    "Geen vakantiedata",
    "Voor dit schooljaar heeft het pakket holidays geen schoolvakanties (de Regeling vaststelling "
    "schoolvakanties loopt tot en met 2030): vergaderingen in vakanties worden dan niet gemeld.",
)
def geen_vakantiedata(ctx: Context) -> Iterator[Bevinding]:
    for sj, doc in ctx.vergaderdocumenten():
        if not ctx.kalender.heeft_schoolvakanties(sj):
            yield maak(
                "SWV204",
                doc,
                ("schooljaar",),
                f"geen vakantiedata voor schooljaar {sj}: schoolvakanties worden niet gecontroleerd",
                "Werk het pakket holidays bij (pip install -U holidays) zodra de nieuwe vakanties zijn vastgesteld.",
            )


def _overlappen(a: Moment, b: Moment) -> bool:
    if a.datum != b.datum:
        return False
    ta, tb = a.begin_eind(), b.begin_eind()
    if ta is None or tb is None:
        return True  # same day without times: cannot rule out a clash
    return ta[0] < tb[1] and tb[0] < ta[1]


@controle(
    "SWV205",
    "fout",
    "Overlappende vergaderingen van één orgaan",
    "Twee vergaderingen van hetzelfde orgaan op dezelfde dag die elkaar in tijd overlappen.",
)
def overlap_orgaan(ctx: Context) -> Iterator[Bevinding]:
    for sj, doc in ctx.vergaderdocumenten():
        per_dag: dict[tuple[str, object], list[Moment]] = {}
        for m in _gaat_door(ctx, sj):
            per_dag.setdefault((m.vergadering.orgaan, m.datum), []).append(m)
        for groep in per_dag.values():
            for a, b in combinations(groep, 2):
                if a.index != b.index and _overlappen(a, b):
                    yield maak(
                        "SWV205",
                        doc,
                        _pad(b),
                        f"{_naam(ctx, b)} ({b.vergadering.id}) overlapt met {a.vergadering.id}",
                        "Verplaats of annuleer een van beide, of voeg ze samen.",
                    )


def _rollen(ctx: Context, m: Moment) -> set[str]:
    org = ctx.plannen.organisatie
    rollen: set[str] = set()
    for orgaan_id in (m.vergadering.orgaan, *m.vergadering.deelnemers):
        if (o := org.orgaan(orgaan_id)) is not None:
            rollen |= set(o.rollen)
        elif org.rol(orgaan_id) is not None:
            rollen.add(orgaan_id)
    return rollen


@controle(
    "SWV206",
    "waarschuwing",
    "Iemand moet op twee plaatsen tegelijk zijn",
    "Twee vergaderingen van verschillende organen die elkaar overlappen, terwijl dezelfde rol aan beide "
    "deelneemt (bijvoorbeeld de directeur-bestuurder).",
)
def dubbele_rol(ctx: Context) -> Iterator[Bevinding]:
    org = ctx.plannen.organisatie
    for sj, doc in ctx.vergaderdocumenten():
        per_dag: dict[object, list[Moment]] = {}
        for m in _gaat_door(ctx, sj):
            per_dag.setdefault(m.datum, []).append(m)
        for groep in per_dag.values():
            for a, b in combinations(groep, 2):
                if a.vergadering.orgaan == b.vergadering.orgaan or a.begin_eind() is None or b.begin_eind() is None:
                    continue
                gedeeld = _rollen(ctx, a) & _rollen(ctx, b)
                if gedeeld and _overlappen(a, b):
                    namen = ", ".join(sorted((org.rol(r).naam if org.rol(r) else r) for r in gedeeld))
                    yield maak(
                        "SWV206",
                        doc,
                        _pad(b),
                        f"{_naam(ctx, b)} overlapt met {_naam(ctx, a)}; beide met: {namen}",
                        "Verschuif een van de twee, of laat iemand anders de rol vervullen.",
                    )


@controle(
    "SWV207",
    "info",
    "Deadline op een vrije dag",
    "Een deadline uit de kwaliteitskalender die op een zaterdag, zondag of feestdag valt. Niet bij "
    "'N keer per jaar': die uiterste data (het einde van elk deel van het schooljaar) zijn een afspraak "
    "van swvplanner, geen dag die iemand koos.",
)
def deadline_vrije_dag(ctx: Context) -> Iterator[Bevinding]:
    kk = ctx.plannen.kwaliteitskalender
    if kk is None:
        return
    for sj in ctx.plannen.schooljaren():
        for ci, cat in enumerate(kk.categorieen):
            for ii, item in enumerate(cat.items):
                regel = parse_regel(item.wanneer, item.anker, ctx.plannen.organisatie.regio)
                if regel.frequentie == "keer-per-jaar":
                    continue
                for d in regel.data_in(sj):
                    reden = WEEKDAGEN[d.weekday()] if d.weekday() >= 5 else ctx.kalender.feestdag(d)
                    if reden:
                        yield maak(
                            "SWV207",
                            KWALITEITSKALENDER,
                            ("categorieen", ci, "items", ii, "wanneer"),
                            f"'{item.wat}': de deadline {formatteer_datum(d)} valt op een {reden.lower()}",
                            "Plan het werk zo dat het de werkdag ervoor klaar is.",
                        )
