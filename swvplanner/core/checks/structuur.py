"""Structure: unreadable files, duplicate ids, unknown references, impossible times, dates
outside the file's schooljaar, 'wanneer' texts the parser does not understand, durations the
export cannot read."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from swvplanner.core.checks.register import Bevinding, Context, controle, maak
from swvplanner.core.duur import VOORBEELD, lees_duur
from swvplanner.core.fouten import DuurFout
from swvplanner.core.nl_datum import formatteer_datum
from swvplanner.core.plannen import KWALITEITSKALENDER, ORGANISATIE, jaarplan_sleutel, vergaderingen_sleutel
from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.verwijzingen import acties_met_pad


@controle(
    "SWV100",
    "fout",
    "Bestand niet te lezen",
    "Het bestand is geen geldige YAML of past niet in het model (onbekende sleutel, ontbrekend "
    "veld, onmogelijke datum). De overige controles draaien pas als alle bestanden te lezen zijn.",
)
def _onleesbaar(ctx: Context) -> Iterator[Bevinding]:
    # Reported by the store while loading; nothing to do on a loaded model.
    return iter(())


@controle(
    "SWV101",
    "fout",
    "Dubbel id",
    "Elke vergadering, actie, onderdeel en kwaliteitskalender-item heeft een eigen, vast id. "
    "Agenda-abonnementen en de wijzigingsgeschiedenis zijn aan dat id gekoppeld.",
)
def dubbele_ids(ctx: Context) -> Iterator[Bevinding]:
    for f in ctx.verwijzingsfouten:
        if f.soort == "dubbel":
            yield maak(
                "SWV101",
                f.bestand,
                f.pad,
                f.melding,
                "Geef het nieuwe item een eigen id; verander het id van een bestaand item niet.",
            )


@controle(
    "SWV102",
    "fout",
    "Onbekende verwijzing",
    "Een verwijzing naar een overlegorgaan, rol, kwaliteitskalender-item of actie die niet bestaat.",
)
def onbekende_verwijzingen(ctx: Context) -> Iterator[Bevinding]:
    for f in ctx.verwijzingsfouten:
        if f.soort == "onbekend":
            yield maak(
                "SWV102",
                f.bestand,
                f.pad,
                f.melding,
                "Gebruik een id uit swv.yaml (rollen, overlegorganen), de kwaliteitskalender of het jaarplan.",
            )


@controle(
    "SWV103",
    "fout",
    "Eindtijd voor begintijd",
    "Een tijd als 21:30-19:30, of een einddatum die niet na de datum ligt: de vergadering eindigt voordat ze begint.",
)
def eindtijd_voor_begintijd(ctx: Context) -> Iterator[Bevinding]:
    for i, o in enumerate(ctx.plannen.organisatie.overlegorganen):
        if o.tijd and o.tijd.eind and o.tijd.eind <= o.tijd.start:
            yield maak(
                "SWV103",
                ORGANISATIE,
                ("overlegorganen", i, "tijd"),
                f"de standaardtijd van {o.kort} ({o.tijd}) eindigt niet na het begin",
                "Schrijf de tijd als begin-eind, bijvoorbeeld 19:30-21:30.",
            )
    for _sj, doc in ctx.vergaderdocumenten():
        vp = ctx.plannen.vergaderplanningen[_sj]
        for i, v in enumerate(vp.vergaderingen):
            if v.tijd and v.tijd.eind and v.tijd.eind <= v.tijd.start:
                yield maak(
                    "SWV103",
                    doc,
                    ("vergaderingen", i, "tijd"),
                    f"vergadering {v.id}: de tijd {v.tijd} eindigt niet na het begin",
                    "Schrijf de tijd als begin-eind, bijvoorbeeld 19:30-21:30.",
                )
            if v.datum and v.einddatum and v.einddatum <= v.datum:
                yield maak(
                    "SWV103",
                    doc,
                    ("vergaderingen", i, "einddatum"),
                    f"vergadering {v.id}: de einddatum {formatteer_datum(v.einddatum)} ligt niet na de datum "
                    f"{formatteer_datum(v.datum)}",
                    "De einddatum is de laatste dag van een vergadering van meer dagen; haal hem weg bij een "
                    "vergadering van één dag.",
                )


@controle(
    "SWV104",
    "fout",
    "Datum buiten het schooljaar",
    "Een datum die niet in het schooljaar van het bestand valt (1 augustus – 31 juli). Voor acties "
    "is dit een waarschuwing; 'gereed 1 augustus' (de dag na het schooljaar) geldt als einde schooljaar.",
)
def buiten_schooljaar(ctx: Context) -> Iterator[Bevinding]:
    for sj, doc in ctx.vergaderdocumenten():
        for i, v in enumerate(ctx.plannen.vergaderplanningen[sj].vergaderingen):
            for veld in ("datum", "einddatum", "van", "tot"):
                d = getattr(v, veld)
                if d is not None and not sj.bevat(d):
                    yield maak(
                        "SWV104",
                        doc,
                        ("vergaderingen", i, veld),
                        f"vergadering {v.id}: {formatteer_datum(d)} valt buiten schooljaar {sj}",
                        f"Controleer het jaartal, of zet de vergadering in "
                        f"{vergaderingen_sleutel(type(sj).van_datum(d))}.yaml.",
                    )
    for sj, plan in sorted(ctx.plannen.jaarplannen.items()):
        doc = jaarplan_sleutel(sj)
        for pad, actie in acties_met_pad(plan):
            if not actie.wanneer:
                continue
            regel = parse_regel(actie.wanneer)
            if not regel.herkend:
                continue
            einde_ruim = sj.einde + timedelta(days=1)  # "gereed 1 augustus" = by the end of the year
            buiten = [p for p in _vensters(regel, sj) if p.tot < sj.begin or p.van > einde_ruim]
            if buiten:
                yield maak(
                    "SWV104",
                    doc,
                    (*pad, "wanneer"),
                    f"actie {actie.id}: '{actie.wanneer}' valt buiten schooljaar {sj}",
                    "Controleer het jaartal; een actie van een ander schooljaar hoort in dat jaarplan "
                    "(met 'overgenomen-van' als ze doorloopt).",
                    ernst="waarschuwing",
                )


def _vensters(regel, sj):  # type: ignore[no-untyped-def]
    """The absolute windows of a rule (dates and periods with a year), ignoring relative ones."""
    from swvplanner.core.regel import Periode

    if regel.soort == "datum" and regel.datum:
        return [Periode(regel.datum, regel.datum)]
    if regel.soort == "samengesteld":
        return [p for r in regel.onderdelen for p in _vensters(r, sj)]
    if regel.relatief is None:
        return list(regel.periodes)
    return []


@controle(
    "SWV105",
    "waarschuwing",
    "Wanneer-tekst niet herkend",
    "swvplanner begrijpt de wanneer-tekst niet en kan er geen data uit halen. De tekst blijft staan; "
    "controles en agenda's slaan het item over.",
)
def niet_herkend(ctx: Context) -> Iterator[Bevinding]:
    hint = (
        "Schrijf bijvoorbeeld 'Jaarlijks voor 1 juli', 'jan-apr 2026', '31 december 2025' of 'Continu'; "
        'probeer het uit met: swvplanner when "..."'
    )
    kk = ctx.plannen.kwaliteitskalender
    if kk is not None:
        for ci, cat in enumerate(kk.categorieen):
            for ii, item in enumerate(cat.items):
                if item.wanneer and not (r := parse_regel(item.wanneer, item.anker)).herkend:
                    yield maak(
                        "SWV105",
                        KWALITEITSKALENDER,
                        ("categorieen", ci, "items", ii, "wanneer"),
                        f"'{item.wat}': wanneer-tekst '{item.wanneer}' niet herkend ({r.reden})",
                        hint,
                    )
    for sj, plan in sorted(ctx.plannen.jaarplannen.items()):
        for pad, actie in acties_met_pad(plan):
            if actie.wanneer and not (r := parse_regel(actie.wanneer)).herkend:
                yield maak(
                    "SWV105",
                    jaarplan_sleutel(sj),
                    (*pad, "wanneer"),
                    f"actie {actie.id}: wanneer-tekst '{actie.wanneer}' niet herkend ({r.reden})",
                    hint,
                )
    for sj, doc in ctx.vergaderdocumenten():
        for i, v in enumerate(ctx.plannen.vergaderplanningen[sj].vergaderingen):
            for veld in ("herhaling", "wanneer"):
                tekst = getattr(v, veld)
                if tekst and not (r := parse_regel(tekst)).herkend:
                    yield maak(
                        "SWV105",
                        doc,
                        ("vergaderingen", i, veld),
                        f"vergadering {v.id}: {veld} '{tekst}' niet herkend ({r.reden})",
                        hint,
                    )


@controle(
    "SWV106",
    "fout",
    "Voorbereiding niet te lezen",
    "De voorbereiding van een kwaliteitskalender-item is geen duur ('4 weken', '10 dagen', '2 maanden'). "
    "De agenda's kunnen dan niet worden gemaakt: export stopt en de vorige agenda's blijven staan.",
)
def voorbereiding_onleesbaar(ctx: Context) -> Iterator[Bevinding]:
    kk = ctx.plannen.kwaliteitskalender
    if kk is None:
        return
    for ci, cat in enumerate(kk.categorieen):
        for ii, item in enumerate(cat.items):
            try:
                lees_duur(item.voorbereiding)  # the export's own parser
            except DuurFout as fout:
                yield maak(
                    "SWV106",
                    KWALITEITSKALENDER,
                    ("categorieen", ci, "items", ii, "voorbereiding"),
                    f"'{item.wat}': voorbereiding {fout}",
                    VOORBEELD[0].upper() + VOORBEELD[1:] + ".",
                )
