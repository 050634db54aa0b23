"""What is coming up, and how a 'wanneer' text is read: for `overzicht`, `when` and the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.regel_tekst import omschrijving
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.store.planmap import PlanMap, laad_map


def lees_wanneer(
    tekst: str,
    schooljaar: str | None,
    anker: int | None,
    vandaag: date,
    regio: str | None = None,
    plans: Path | None = None,
) -> dict[str, Any]:
    """How a 'wanneer' text is read, and the dates it yields in the schooljaar.

    The school holiday region comes from `regio`, else from the plans' swv.yaml. With a region,
    a weekly or monthly series skips the school holidays and public holidays as the export does
    (unless the text says 'ook in de vakanties'); the skipped days are listed."""
    sj = Schooljaar.parse(schooljaar) if schooljaar else Schooljaar.van_datum(vandaag)
    meldingen: list[str] = []
    if regio is None and plans is not None:
        regio = laad_map(plans).plannen.organisatie.regio
    regel = parse_regel(tekst, anker, regio)
    data = regel.data_in(sj)
    overgeslagen: list[dict[str, str]] = []
    # A series on a weekday (a meeting's herhaling) skips holidays, as the export does; a deadline
    # at each month's end ('maandelijks') is a kwaliteitskalender deadline and does not.
    reeks = regel.herkend and regel.frequentie in ("wekelijks", "maandelijks") and regel.weekdag is not None
    overslaan = reeks and not regel.ook_in_vakanties
    vakantie = regel.herkend and regel.vakantie is not None
    kalender = None
    if regio is not None and (overslaan or vakantie):
        from swvplanner.core.vakanties import Vakantiekalender  # lazily: `holidays` is slow to import

        kalender = Vakantiekalender(regio)
    if overslaan:
        if kalender is None:
            meldingen.append("schoolvakanties niet overgeslagen: de regio is onbekend (geef --regio of --plans)")
        else:
            from swvplanner.core.momenten import vrije_dagen

            vrij = vrije_dagen(data, kalender)
            overgeslagen = [{"datum": d.isoformat(), "reden": naam} for d, naam in vrij.items()]
            data = [d for d in data if d not in vrij]
            if not kalender.heeft_schoolvakanties(sj):
                meldingen.append(f"de schoolvakanties van {sj} zijn nog niet bekend: alleen feestdagen overgeslagen")
    if vakantie:
        if kalender is None:
            meldingen.append("geen data: de schoolvakantieregio is onbekend (geef --regio of --plans)")
        elif not kalender.heeft_schoolvakanties(sj):
            meldingen.append(f"geen data: de schoolvakanties van {sj} zijn nog niet bekend")
    uit: dict[str, Any] = {
        "tekst": tekst,
        "herkend": regel.herkend,
        "schooljaar": str(sj),
        "omschrijving": omschrijving(regel),
        "regel": regel.to_dict(),
        "data": [d.isoformat() for d in data],
        "periodes": [p.to_dict() for p in regel.periodes_in(sj)],
    }
    if regio is not None:
        uit["regio"] = regio
    if overgeslagen:
        uit["overgeslagen"] = overgeslagen
    if meldingen:
        uit["meldingen"] = meldingen
    aantal = regel.aantal_per_schooljaar(sj)
    if aantal is not None:
        uit["aantal_per_schooljaar"] = len(data) if reeks else aantal
    return uit


def aantallen(pm: PlanMap) -> dict[str, int]:
    """What a loaded plan folder holds, for summaries."""
    p = pm.plannen
    return {
        "overlegorganen": len(p.organisatie.overlegorganen),
        "kwaliteitskalender-items": sum(1 for _ in p.kwaliteitskalender.items()) if p.kwaliteitskalender else 0,
        "acties": sum(1 for plan in p.jaarplannen.values() for _ in plan.acties()),
        "vergaderingen": sum(len(v.vergaderingen) for v in p.vergaderplanningen.values()),
    }


@dataclass
class Overzicht:
    organisatie: str
    map: str
    vandaag: date
    schooljaren: list[str]
    komende_vergaderingen: list[dict[str, Any]] = field(default_factory=list)
    komende_deadlines: list[dict[str, Any]] = field(default_factory=list)
    achterstallig: list[dict[str, Any]] = field(default_factory=list)
    aantallen: dict[str, int] = field(default_factory=dict)


def overzicht(map_: Path, vandaag: date, weken: int = 6) -> Overzicht:
    """What is coming up: meetings and deadlines in the next weeks, and overdue acties."""
    from swvplanner.core.vooruitblik import vooruitblik

    pm = laad_map(map_)
    p = pm.plannen
    v = vooruitblik(p, vandaag, weken)
    return Overzicht(
        organisatie=p.organisatie.naam,
        map=str(map_),
        vandaag=vandaag,
        schooljaren=[str(s) for s in p.schooljaren()],
        komende_vergaderingen=[
            {
                "datum": k.datum,
                "orgaan": k.orgaan,
                "titel": k.titel,
                "tijd": k.tijd.nl() if k.tijd else "",
                "locatie": k.locatie,
                "status": k.status,
            }
            for k in v.vergaderingen
        ],
        komende_deadlines=[
            {"datum": d.datum, "wat": d.wat, "wanneer": d.wanneer, "soort": d.soort} for d in v.deadlines
        ],
        achterstallig=[{"datum": d.datum, "wat": d.wat, "status": d.status} for d in v.achterstallig],
        aantallen=aantallen(pm),
    )
