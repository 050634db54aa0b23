"""`swvplanner jaarovergang SCHOOLJAAR`: next schooljaar's vergaderplanning and jaarplan, drafted
from last year's (the pure drafting is core/jaarovergang).

The new files are made through the Werkset (`schooljaarbestand_maken`: the commented templates),
filled with one undoable edit each, and written by its save: atomically, each drafted item with a
comment that says where it came from. A dry run (`proef`) computes the same and writes nothing.
The app calls `jaarovergang_in` on a copy of its Werkset for the preview, then on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from swvplanner.core.evaluatie import met_lege_evaluaties
from swvplanner.core.fouten import JaarovergangFout
from swvplanner.core.jaarovergang import (
    Jaarplanovergang,
    Vergaderovergang,
    jaarplan_overzetten,
    vergaderingen_overzetten,
)
from swvplanner.core.plannen import jaarplan_sleutel, vergaderingen_sleutel
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.vakanties import Vakantiekalender
from swvplanner.services.bewerken import schooljaarbestand_maken
from swvplanner.store.bestand import nieuwe_tekst
from swvplanner.store.werkset import Werkset

__all__ = [
    "JaarovergangFout",
    "Overgangsverslag",
    "jaarovergang",
    "evaluaties_klaarzetten",
    "jaarovergang_in",
    "jaarovergang_met_evaluaties",
    "verslagregels",
    "volgend_schooljaar",
]


@dataclass
class Overgangsverslag:
    schooljaar: Schooljaar
    vergaderingen: Vergaderovergang | None
    jaarplan: Jaarplanovergang | None
    nieuwe_bestanden: dict[str, str] = field(default_factory=dict)
    """Per new file: its YAML text as saving writes it."""
    geschreven: list[str] = field(default_factory=list)
    proef: bool = False
    evaluaties: int = 0
    """How many acties of last year's jaarplan got an empty evaluatie block, ready to fill in."""


def jaarovergang_in(ws: Werkset, sj: Schooljaar) -> Overgangsverslag:
    """Draft schooljaar `sj` from the one before it into `ws`, without saving (one undoable edit
    per new document). JaarovergangFout when `sj` already has a file or last year has none."""
    vorig = sj.vorige()
    plannen = ws.plannen
    for sleutel in (vergaderingen_sleutel(sj), jaarplan_sleutel(sj)):
        if sleutel in ws.modellen:
            raise JaarovergangFout(
                f"{ws.bestand(sleutel).naam} bestaat al: de jaarovergang naar {sj} is al gemaakt; er is niets gewijzigd"
            )
    oud_vp, oud_jp = plannen.vergaderplanningen.get(vorig), plannen.jaarplannen.get(vorig)
    if oud_vp is None and oud_jp is None:
        raise JaarovergangFout(
            f"er is geen vergaderplanning en geen jaarplan van {vorig} om schooljaar {sj} uit over te nemen"
        )
    jp = jaarplan_overzetten(oud_jp, sj) if oud_jp is not None else None
    vo = None
    if oud_vp is not None:
        afgerond = {a for a, _ in jp.achtergebleven} if jp else set()
        vo = vergaderingen_overzetten(
            oud_vp,
            sj,
            plannen.organisatie,
            Vakantiekalender(plannen.organisatie.regio),
            jp.overgenomen if jp else {},
            afgerond,
        )
    verslag = Overgangsverslag(sj, vo, jp)
    omschrijving = f"jaarovergang uit {vorig}"
    for soort, model, opmerkingen in (
        ("jaarplan", jp and jp.jaarplan, jp and jp.opmerkingen),
        ("vergaderingen", vo and vo.vergaderplanning, vo and vo.opmerkingen),
    ):
        if model is None:
            continue
        naam = "het jaarplan" if soort == "jaarplan" else "de vergaderplanning"
        # Worded to stay true once the file is checked and adopted (approve keeps comments).
        herkomst = (
            f"Gemaakt als CONCEPT met 'swvplanner jaarovergang {sj}' uit {naam} {vorig}; elk overgenomen "
            "item zegt waar het vandaan komt."
            + (" Of het is vastgesteld, ziet u met swvplanner status." if soort == "jaarplan" else "")
        )
        document = schooljaarbestand_maken(ws, soort, sj, herkomst)
        ws.pas_toe(document, model, omschrijving, opmerkingen or None)
        b = ws.bestand(document)
        verslag.nieuwe_bestanden[b.naam] = nieuwe_tekst(b, model, ws.opmerkingen.get(document))
    return verslag


def jaarovergang_met_evaluaties(ws: Werkset, sj: Schooljaar) -> Overgangsverslag:
    """The app's jaarovergang: the new schooljaar and last year's empty evaluaties, unsaved."""
    verslag = jaarovergang_in(ws, sj)
    evaluaties_klaarzetten(ws, verslag)
    return verslag


def evaluaties_klaarzetten(ws: Werkset, verslag: Overgangsverslag) -> None:
    """Last year's jaarplan gets an empty evaluatie per actie (behaald, toelichting), ready to fill in
    for `swvplanner evaluatie`: one undoable edit, not saved."""
    vorig = verslag.schooljaar.vorige()
    oud = ws.plannen.jaarplannen.get(vorig)
    if oud is None:
        return
    verslag.evaluaties = sum(a.evaluatie is None for a in oud.acties())
    if verslag.evaluaties:
        ws.pas_toe(jaarplan_sleutel(vorig), met_lege_evaluaties(oud), f"evaluatie klaargezet in jaarplan {vorig}")


def volgend_schooljaar(ws: Werkset) -> Schooljaar | None:
    """The schooljaar after the last one that has a vergaderplanning or jaarplan (the app's
    jaarovergang makes that one), or None when there is none."""
    plannen = ws.plannen
    jaren = set(plannen.vergaderplanningen) | set(plannen.jaarplannen)
    return max(jaren, key=lambda sj: sj.start_jaar).volgende() if jaren else None


def jaarovergang(map_: Path, sj: Schooljaar, proef: bool = False) -> Overgangsverslag:
    """Draft schooljaar `sj` in the plans in `map_` and save; with `proef` nothing is written."""
    ws = Werkset.laad(map_)
    verslag = jaarovergang_in(ws, sj)
    verslag.proef = proef
    if proef:
        evaluaties_klaarzetten(ws, verslag)
        return verslag
    nieuw = [ws.bestand(d).pad for d in (jaarplan_sleutel(sj), vergaderingen_sleutel(sj)) if d in ws.modellen]
    verslag.geschreven = _bewaar_alles_of_niets(ws, nieuw)
    # Only once the new year is on disk: last year's file changes after, never half with it.
    evaluaties_klaarzetten(ws, verslag)
    if verslag.evaluaties:
        bewaard = ws.bewaar()
        if meldingen := bewaard.meldingen(lambda d: ws.bestand(d).naam):
            redenen = "; ".join(str(m) for m in meldingen)
            raise JaarovergangFout(
                f"het nieuwe schooljaar is bewaard, maar de lege evaluaties in het jaarplan {sj.vorige()} niet: "
                f"{redenen}; vul de evaluatie in de app in (scherm 2, toets v)"
            )
        verslag.geschreven += bewaard.geschreven
    return verslag


def _bewaar_alles_of_niets(ws: Werkset, nieuw: list[Path]) -> list[str]:
    """Save; when a file cannot be written, the new files already written are removed again (they
    did not exist before), so a failed jaarovergang leaves the folder as it was and can be redone."""
    try:
        bewaard = ws.bewaar()
    except OSError:
        _verwijder(nieuw)
        raise
    if meldingen := bewaard.meldingen(lambda d: ws.bestand(d).naam):
        _verwijder(nieuw)
        redenen = "; ".join(str(m) for m in meldingen)
        raise JaarovergangFout(f"niet bewaard: {redenen}; er is niets gewijzigd")
    return bewaard.geschreven


def _verwijder(paden: list[Path]) -> None:
    for pad in paden:
        pad.unlink(missing_ok=True)


Regel = tuple[str, str]
"""A report line and its kind ('' plain, 'kop', 'let op'); each front end styles the kinds."""


def verslagregels(verslag: Overgangsverslag, met_yaml: bool = False) -> list[Regel]:
    """The report as the CLI prints it and the app shows it."""
    uit: list[Regel] = []
    vorig = verslag.schooljaar.vorige()
    vo, jp = verslag.vergaderingen, verslag.jaarplan
    if vo is not None:
        aantal = len(vo.vergaderplanning.vergaderingen)
        uit.append((f"Vergaderplanning {verslag.schooljaar}: {aantal} vergadering(en) overgenomen uit {vorig}.", "kop"))
        uit.append(
            (
                f"Verschoven ({len(vo.verschuivingen)}):" if vo.verschuivingen else "Geen datum hoefde te verschuiven.",
                "",
            )
        )
        uit += [(f"  {v}", "") for v in vo.verschuivingen]
        uit += [(f"  {t}", "let op") for t in vo.niet_verschoven]
        if vo.eenmalig:
            uit.append((f"Eenmalig, niet overgenomen ({len(vo.eenmalig)}):", ""))
            uit += [(f"  {t}", "") for t in vo.eenmalig]
        uit += [(f"Let op: {t}", "let op") for t in vo.meldingen]
    else:
        uit.append(
            (f"Geen vergaderplanning {vorig}: er is geen vergaderplanning {verslag.schooljaar} gemaakt.", "let op")
        )
    if jp is not None:
        uit.append(
            (
                f"Jaarplan {verslag.schooljaar}: {len(jp.overgenomen)} actie(s) overgenomen "
                "(niet gereed of vervallen).",
                "kop",
            )
        )
        uit += [(f"  {oud} → {nieuw}", "") for oud, nieuw in jp.overgenomen.items()]
        if jp.verlopen:
            uit.append(
                (
                    f"Let op: {len(jp.verlopen)} overgenomen actie(s) hebben nog de datum van vorig schooljaar; "
                    "geef ze een nieuwe (dat staat ook in een opmerking bij de actie):",
                    "let op",
                )
            )
            uit += [(f"  {a}: {d}", "let op") for a, d in jp.verlopen.items()]
        uit += [(f"Let op: {t}", "let op") for t in jp.meldingen]
        if jp.achtergebleven:
            uit.append((f"Blijven achter in het jaarplan {vorig} ({len(jp.achtergebleven)}):", ""))
            uit += [(f"  {a} ({status})", "") for a, status in jp.achtergebleven]
    else:
        uit.append((f"Geen jaarplan {vorig}: er is geen jaarplan {verslag.schooljaar} gemaakt.", "let op"))
    if verslag.evaluaties:
        uit.append(
            (
                f"Jaarplan {vorig}: bij {verslag.evaluaties} actie(s) staat een lege evaluatie klaar "
                f"(behaald, toelichting); vul die in voor swvplanner evaluatie {vorig}.",
                "",
            )
        )
    zou = " (zou worden aangemaakt)" if verslag.proef else ""
    uit += [(f"Nieuw bestand{zou}: {naam}.", "") for naam in verslag.nieuwe_bestanden]
    if met_yaml:
        for naam, tekst in verslag.nieuwe_bestanden.items():
            uit += [("", ""), (f"{naam}:", "kop")]
            uit += [(regel, "") for regel in tekst.rstrip("\n").split("\n")]
    if verslag.geschreven:
        uit.append((f"Bewaard: {', '.join(verslag.geschreven)}.", ""))
    return uit
