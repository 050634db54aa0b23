"""`swvplanner init [MAP]`: a new plan folder for a new SWV, asked in Dutch or given as options."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from swvplanner.cli.basis import datum_optie, help_optie, hoofd
from swvplanner.cli.hulp import TEKST
from swvplanner.core.fouten import PlanFout
from swvplanner.core.nieuw import (
    OPTIONEEL,
    RECHTSVORMEN,
    REGIO_S,
    SOORTEN,
    STANDAARD_RECHTSVORM,
    Keuzes,
    lees_domein,
    lees_email,
    lees_met,
    lees_naam,
    standaard_schooljaar,
)
from swvplanner.core.schooljaar import Schooljaar


class Waarde(click.ParamType):
    """A value read by one of the core's readers (a Dutch ValueError becomes click's error);
    with `leeg` an empty answer is None (a question that may be skipped with Enter)."""

    def __init__(self, naam: str, lees: Callable[[str], Any], leeg: bool = False) -> None:
        self.name = naam
        self.lees = lees
        self.leeg = leeg

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str | bytes):
            return value
        value = TEKST.convert(value, param, ctx)
        if self.leeg and not value.strip():
            return None
        try:
            return self.lees(value)
        except ValueError as fout:
            self.fail(str(fout), param, ctx)


class JaNee(click.ParamType):
    name = "ja/nee"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> bool:
        if isinstance(value, bool):
            return value
        antwoord = str(value).strip().lower()
        if antwoord in ("j", "ja", "y", "yes"):
            return True
        if antwoord in ("n", "nee", "no"):
            return False
        self.fail("antwoord j (ja) of n (nee)", param, ctx)


NAAM = Waarde("naam", lees_naam)
KORT = Waarde("naam", lambda t: lees_naam(t, "de korte naam"))
SCHOOLJAAR = Waarde("schooljaar", Schooljaar.parse)
EMAIL = Waarde("e-mailadres", lees_email)
DOMEIN = Waarde("domein", lees_domein)
MET = Waarde("organen", lees_met)

VERPLICHT = ("naam", "kort", "soort", "regio", "schooljaar")


def interactief() -> bool:
    """Whether to ask: only when a person can answer (stdin is a terminal)."""
    return sys.stdin.isatty()


def _vraag(
    w: dict[str, Any], sleutel: str, tekst: str, soort: click.ParamType, standaard: str = "", uitleg: str = ""
) -> None:
    """Ask for one value (with a line of explanation first) unless it was given as an option."""
    if w[sleutel] is not None:
        return
    if uitleg:
        click.echo(uitleg)
    w[sleutel] = click.prompt(
        tekst,
        type=soort,
        default=standaard,
        show_default=bool(standaard) and not isinstance(soort, JaNee),
        show_choices=False,
    )


def _vragen(w: dict[str, Any], vandaag: date, in_git: Path | None) -> None:
    """Ask, in Dutch, for every value not given as an option (each line fits in 80 columns)."""
    _vraag(w, "naam", "Volledige naam van het samenwerkingsverband", NAAM)
    _vraag(w, "kort", "Korte naam (in de app en de agenda's)", KORT)
    _vraag(w, "soort", "Soort (po of vo)", click.Choice(SOORTEN, case_sensitive=False))
    _vraag(
        w,
        "rechtsvorm",
        "Rechtsvorm (vereniging of stichting)",
        click.Choice(RECHTSVORMEN, case_sensitive=False),
        STANDAARD_RECHTSVORM,
        "Een vereniging heeft een ALV, een stichting een raad van toezicht.",
    )
    _vraag(w, "regio", "Schoolvakantieregio (noord, midden of zuid)", click.Choice(REGIO_S, case_sensitive=False))
    _vraag(
        w,
        "schooljaar",
        "Eerste schooljaar",
        SCHOOLJAAR,
        str(standaard_schooljaar(vandaag)),
        "Vanaf augustus is dat het lopende schooljaar, daarvóór het komende.",
    )
    _vraag(w, "email", "E-mailadres van het secretariaat (Enter: overslaan)", Waarde("e-mailadres", lees_email, True))
    overslaan = w["goedkeurder_email"] is None  # with --goedkeurder-email given, the name is needed
    _vraag(
        w,
        "goedkeurder_naam",
        "Naam van de goedkeurder" + (" (Enter: overslaan)" if overslaan else ""),
        Waarde("naam", lees_naam, overslaan),
        uitleg="Wie stelt versies vast (swvplanner approve)? Meestal de directeur-bestuurder.",
    )
    if w["goedkeurder_naam"] is not None:
        _vraag(
            w,
            "goedkeurder_email",
            "E-mailadres van de goedkeurder",
            EMAIL,
            uitleg="Het adres waarmee de goedkeurder in git werkt (git config user.email).",
        )
    _vraag(
        w,
        "met",
        "Welke heeft u (met komma's; Enter: geen)",
        Waarde("organen", lees_met, True),
        uitleg=f"Niet ieder SWV heeft: {', '.join(OPTIONEEL)}.",
    )
    if in_git:
        _vraag(
            w,
            "git",
            "De nieuwe bestanden daarin vastleggen? [J/n]",
            JaNee(),
            "j",
            f"De map staat in de git-repository {in_git}.",
        )
    else:
        _vraag(w, "git", "Een git-repository maken en vastleggen? [J/n]", JaNee(), "j")


def _ontbrekend(w: dict[str, Any]) -> None:
    """Without a terminal nothing is asked: a missing required option is an error naming it."""
    ontbreekt = [f"--{s}" for s in VERPLICHT if w[s] is None]
    voorbeeld = (
        ' Bijvoorbeeld: swvplanner init plans --naam "SWV Proef PO" --kort "SWV Proef" --soort po --regio noord '
        "--schooljaar 2026-2027"
        if ontbreekt
        else ""
    )
    if (w["goedkeurder_naam"] is None) != (w["goedkeurder_email"] is None):
        ontbreekt.append("--goedkeurder-email" if w["goedkeurder_email"] is None else "--goedkeurder-naam")
    if ontbreekt:
        raise click.UsageError(
            f"ontbrekende optie{'s' if len(ontbreekt) > 1 else ''} {', '.join(ontbreekt)}: zonder terminal vraagt "
            f"swvplanner init niets.{voorbeeld}"
        )


@hoofd.command("init")
@click.argument("map_", metavar="[MAP]", required=False, type=click.Path(path_type=Path))
@click.option("--naam", type=NAAM, help="De volledige naam van het samenwerkingsverband.")
@click.option("--kort", type=KORT, help="De korte naam (in de app en de agenda's).")
@click.option(
    "--soort",
    type=click.Choice(SOORTEN, case_sensitive=False),
    help="po (primair onderwijs) of vo (voortgezet onderwijs).",
)
@click.option(
    "--rechtsvorm",
    type=click.Choice(RECHTSVORMEN, case_sensitive=False),
    help=f"vereniging (met ALV) of stichting (met raad van toezicht); standaard {STANDAARD_RECHTSVORM}.",
)
@click.option("--regio", type=click.Choice(REGIO_S, case_sensitive=False), help="De schoolvakantieregio.")
@click.option("--schooljaar", type=SCHOOLJAAR, metavar="JJJJ-JJJJ", help="Het eerste schooljaar, zoals 2026-2027.")
@click.option("--domein", type=DOMEIN, help="Domein voor de UID's van de agenda-items (standaard: uit de korte naam).")
@click.option("--email", type=EMAIL, help="Het e-mailadres van het secretariaat.")
@click.option("--goedkeurder-naam", type=NAAM, help="Naam van wie vaststelt (swvplanner approve).")
@click.option("--goedkeurder-email", type=EMAIL, help="Diens e-mailadres, zoals in git config user.email.")
@click.option(
    "--met", type=MET, metavar="ORGANEN", help=f"Organen die niet ieder SWV heeft, met komma's: {', '.join(OPTIONEEL)}."
)
@click.option("--git/--geen-git", "git", default=None, help="Een git-repository maken en vastleggen (standaard: ja).")
@click.option("--vandaag", metavar="JJJJ-MM-DD", default=None, help="De datum van vandaag (standaard: de echte).")
@help_optie
@click.pass_context
def init(ctx: click.Context, map_: Path | None, vandaag: str | None, **waarden: Any) -> None:
    """Maak een nieuwe planmap (standaard: plans) voor een nieuw samenwerkingsverband.

    Op een terminal vraagt swvplanner wat niet als optie is gegeven; zonder terminal zijn
    --naam, --kort, --soort, --regio en --schooljaar verplicht. Een bestaande, niet-lege map
    blijft onaangeroerd.

    Voorbeeld: swvplanner init plans --naam "SWV Proef PO" --kort "SWV Proef" --soort po
    --regio noord --schooljaar 2026-2027
    """
    from swvplanner.cli.uitvoer_init import toon_aangemaakt
    from swvplanner.services.init import in_git, maak_planmap, weiger_bestaande

    map_ = map_ if map_ is not None else ctx.obj["plans"]
    dag = datum_optie(vandaag)
    try:
        weiger_bestaande(map_)
    except PlanFout as fout:
        raise click.ClickException(str(fout)) from None
    rechtsvorm_gegeven = waarden["rechtsvorm"] is not None or interactief()
    repository = in_git(map_)
    if interactief():
        click.echo(f"Een nieuwe planmap in {map_}. Enter neemt de waarde tussen [haken].")
        _vragen(waarden, dag, repository)
    else:
        _ontbrekend(waarden)
    # Never commit into an existing repository unasked; a folder of its own gets one.
    git = waarden["git"] if waarden["git"] is not None else repository is None
    try:
        keuzes = Keuzes(
            **{k: v for k, v in waarden.items() if k not in ("git", "rechtsvorm", "met")},
            rechtsvorm=waarden["rechtsvorm"] or STANDAARD_RECHTSVORM,
            met=waarden["met"] or (),
        )
    except ValueError as fout:
        raise click.UsageError(str(fout)) from None
    try:
        aangemaakt = maak_planmap(map_, keuzes, dag, git=git)
    except PlanFout as fout:
        raise click.ClickException(str(fout)) from None
    toon_aangemaakt(aangemaakt, keuzes, not rechtsvorm_gegeven, None if git else repository)
