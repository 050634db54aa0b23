"""`swvplanner library`: list the kwaliteitskalender library, and `library add` to take items over."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from swvplanner.cli.basis import HELP, help_optie, hoofd, planmap, plans_optie
from swvplanner.cli.hulp import Groep

GRONDSLAG_KORT = 36


@hoofd.group("library", cls=Groep, invoke_without_command=True, context_settings=HELP, add_help_option=False)
@plans_optie
@help_optie
@click.pass_context
def library(ctx: click.Context, plans: Path | None) -> None:
    """De bibliotheek van de kwaliteitskalender: wat wet en sectorcodes ieder
    samenwerkingsverband laten doen, met de grondslag.

    Zonder opdracht toont het de items, en of uw kwaliteitskalender ze al heeft.
    Met 'add' neemt u items over.
    """
    if ctx.invoked_subcommand is not None:
        return
    from rich import box
    from rich.table import Table

    from swvplanner.cli.uitvoer import console
    from swvplanner.services.bibliotheek import lijst

    rijen, reden = lijst(planmap(ctx, plans, moet_bestaan=False))
    t = Table(title="Bibliotheek van de kwaliteitskalender", title_justify="left", box=box.SIMPLE_HEAD)
    t.add_column("Id", no_wrap=True)  # the id is what `library add` needs: never cut short
    for kop in ("Wat", "Wanneer", "Grondslag"):
        t.add_column(kop, overflow="fold")
    t.add_column("Bij u", no_wrap=True)
    for r in rijen:
        kort = r.grondslag if len(r.grondslag) <= GRONDSLAG_KORT else r.grondslag[: GRONDSLAG_KORT - 1].rstrip() + "…"
        bij_u = "—" if reden else ("nee" if r.bij_u is None else ("ja" if r.bij_u == r.id else f"ja ({r.bij_u})"))
        t.add_row(r.id, r.wat, r.wanneer, kort, bij_u)
    c = console()
    c.print(t)
    if reden:
        c.print(f"({reden})")
    c.print("Overnemen: swvplanner library add ID [ID ...] (of --all); --dry-run laat eerst zien wat er verandert.")


@library.command("add")
@click.argument("ids", nargs=-1, metavar="ID...")
@click.option("--all", "alles", is_flag=True, help="Neem alle items over die uw kwaliteitskalender nog niet heeft.")
@click.option("--dry-run", "droog", is_flag=True, help="Laat zien wat er zou veranderen, en schrijf niets.")
@plans_optie
@help_optie
@click.pass_context
def add(ctx: click.Context, ids: tuple[str, ...], alles: bool, droog: bool, plans: Path | None) -> None:
    """Neem items uit de bibliotheek over in kwaliteitskalender.yaml.

    Elk item komt in de categorie met dezelfde naam (die zo nodig wordt gemaakt) en krijgt
    'bibliotheek: ID'. Een stap van een orgaan of rol die uw swv.yaml niet heeft, valt weg (dat
    wordt per stap gemeld). Een item dat er al is, wordt geweigerd. Commentaar en opmaak van uw
    bestand blijven behouden.
    """
    from swvplanner.core.fouten import BewerkFout
    from swvplanner.services.bibliotheek import voeg_toe

    if not ids and not alles:
        raise click.UsageError("noem een of meer ID's uit 'swvplanner library', of gebruik --all")
    try:
        uit = voeg_toe(planmap(ctx, plans), list(ids), alles=alles, droog=droog)
    except BewerkFout as fout:
        click.echo(f"Fout: {fout}", err=True)
        sys.exit(1)
    _toon(uit, droog)


def _toon(uit: Any, droog: bool) -> None:
    for bieb_id, er in uit.al_aanwezig:
        click.echo(f"Staat er al: {bieb_id}" + ("" if er == bieb_id else f" (als '{er}')"))
    for o in uit.overnames:
        nieuw = " (nieuwe categorie)" if o.nieuwe_categorie else ""
        click.echo(
            f"{'Zou toevoegen' if droog else 'Toegevoegd'}: {o.item.id} ({o.item.wat}) in '{o.categorie}'{nieuw}"
        )
        for regel in o.weggelaten:
            click.echo(f"  - {regel}")
    if not uit.overnames:
        click.echo("Niets toe te voegen: alle items uit de bibliotheek staan al in de kwaliteitskalender.")
    elif droog:
        click.echo(f"Niets geschreven (--dry-run); {uit.bestand} blijft zoals het is.")
    else:
        click.echo(f"Bewaard in {uit.bestand}.")
    if uit.zonder_anker:
        click.echo(
            f"Zet bij {', '.join(uit.zonder_anker)} een 'anker:' (een jaar waarin het valt): zonder anker noemt "
            "swvplanner geen data."
        )
