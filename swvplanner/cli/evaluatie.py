"""`swvplanner evaluatie SCHOOLJAAR`: the chapter 'Verantwoording jaarplan' for the jaarverslag."""

from __future__ import annotations

from pathlib import Path

import click

from swvplanner.cli.basis import help_optie, hoofd, planmap, plans_optie


@hoofd.command("evaluatie")
@click.argument("schooljaar", metavar="SCHOOLJAAR")
@click.option(
    "--format",
    "formaat",
    type=click.Choice(["tekst", "markdown"]),
    default="tekst",
    help="Uitvoer als leesbare tekst of als Markdown (voor het jaarverslag).",
)
@plans_optie
@help_optie
@click.pass_context
def evaluatie(ctx: click.Context, schooljaar: str, formaat: str, plans: Path | None) -> None:
    """Schrijf het hoofdstuk 'Verantwoording jaarplan' voor het jaarverslag.

    Per onderdeel van het jaarplan (en per ontwikkelpunt van het ondersteuningsplan): wat gepland
    was, wat er is gebeurd (status, evaluatie, voortgang) en wat wordt meegenomen naar het
    jaarplan van het volgende schooljaar (acties met 'overgenomen-van').

    Voorbeeld: swvplanner evaluatie 2025-2026 --format markdown > verantwoording.md
    """
    from swvplanner.core.fouten import GeenSchooljaarbestand
    from swvplanner.services.evaluatie import verantwoording_jaarplan

    try:
        tekst = verantwoording_jaarplan(planmap(ctx, plans), schooljaar, formaat)  # type: ignore[arg-type]
    except GeenSchooljaarbestand as fout:
        raise click.ClickException(str(fout)) from None
    except ValueError as fout:
        raise click.UsageError(str(fout)) from None
    click.echo(tekst, nl=False)
