"""The command group `swvplanner`, its shared options and the start of the app.

The commands register themselves on `hoofd` (plannen.py, vaststellen.py); cli/__init__.py imports
them. Never imports Textual at module level: `swvplanner --help`, `check` and `when` start fast.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from swvplanner import __version__
from swvplanner.cli.hulp import Groep, installeer_nederlands

installeer_nederlands()
HELP = {"help_option_names": ["-h", "--help"]}


def help_optie(f: Any) -> Any:
    return click.help_option("-h", "--help", help="Toon deze hulp en stop.")(f)


plans_optie = click.option(
    "--plans",
    "plans",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="MAP",
    help="De map met de planbestanden (standaard: die van swvplanner --plans, of ./plans).",
)
"""A command's own --plans (after the command), defaulting to the group's."""


def planmap(ctx: click.Context, plans: Path | None, moet_bestaan: bool = True) -> Path:
    """The folder a command with `plans_optie` works in: its own --plans, else the group's; a
    Dutch error when it is not there (unless the command can do without it)."""
    map_: Path = plans or ctx.obj["plans"]
    if moet_bestaan and not map_.is_dir():
        raise click.ClickException(f"{map_}: de planmap bestaat niet (kies een andere met --plans)")
    return map_


def schooljaar_waarde(ctx: click.Context, param: click.Parameter, waarde: str | None) -> object:
    """Click callback: a schooljaar argument or option ('2026-2027') as a Schooljaar."""
    if waarde is None:
        return None
    from swvplanner.core.schooljaar import Schooljaar

    try:
        return Schooljaar.parse(waarde)
    except ValueError as fout:
        raise click.BadParameter(str(fout)) from None


@click.group(cls=Groep, invoke_without_command=True, context_settings=HELP, add_help_option=False)
@click.option(
    "--plans",
    "plans",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="SWVPLANNER_PLANS",
    default=None,
    metavar="MAP",
    help="De map met de planbestanden (standaard: ./plans, of $SWVPLANNER_PLANS).",
)
@click.version_option(
    __version__, "--versie", "--version", message="swvplanner %(version)s", help="Toon het versienummer en stop."
)
@help_optie
@click.pass_context
def hoofd(ctx: click.Context, plans: Path | None) -> None:
    """swvplanner: jaarplan, kwaliteitskalender en vergaderplanning van een
    samenwerkingsverband passend onderwijs, bijgehouden als YAML-bestanden in git.

    Zonder opdracht opent swvplanner de terminal-app (overzicht, jaarplan,
    kwaliteitskalender, vergaderingen, controles, wijzigingen en organisatie; bewerken
    en bewaren).
    """
    ctx.obj = {"plans": plans or Path(os.environ.get("SWVPLANNER_PLANS") or "plans")}
    if ctx.invoked_subcommand is None:
        if sys.stdin.isatty() and sys.stdout.isatty():
            start_app(ctx.obj["plans"])
        else:  # in a pipe or a script there is no terminal for the app: print the overview
            ctx.invoke(hoofd.commands["overzicht"])


def start_app(plans: Path) -> None:
    """Start the terminal app. Textual is imported only here."""
    from swvplanner.core.fouten import PlanFout
    from swvplanner.core.melding import Melding

    if not plans.is_dir():
        raise PlanFout([Melding(str(plans), 0, 0, "de planmap bestaat niet (kies een andere met --plans)")])
    from swvplanner.tui.app import maak_app

    maak_app(plans).run()


def datum_optie(waarde: str | None, optie: str = "--vandaag") -> date:
    """A JJJJ-MM-DD option (--vandaag, --datum) as a date in the planning years 1900-2200.

    date.fromisoformat alone would accept '9999-12-31', and looking six weeks ahead of it overflows.
    """
    if waarde is None:
        return date.today()
    from swvplanner.core.nl_datum import lees_iso_datum

    try:
        return lees_iso_datum(waarde)
    except ValueError as fout:
        raise click.BadParameter(f"{fout}; schrijf JJJJ-MM-DD", param_hint=f"'{optie}'") from None


def basis_url_optie(ctx: click.Context, param: click.Parameter, waarde: str | None) -> str | None:
    if waarde is None:
        return None
    from urllib.parse import urlsplit

    delen = urlsplit(waarde)
    if delen.scheme not in ("http", "https") or not delen.hostname or delen.query or delen.fragment:
        raise click.BadParameter(f"'{waarde}' is geen webadres; schrijf het als https://agenda.voorbeeld.nl")
    return waarde.rstrip("/")
