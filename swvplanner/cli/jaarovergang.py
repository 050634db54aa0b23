"""`swvplanner jaarovergang SCHOOLJAAR`: thin: read the options, call services.jaarovergang, print the report."""

from __future__ import annotations

from pathlib import Path

import click

from swvplanner.cli.basis import help_optie, hoofd, planmap, plans_optie, schooljaar_waarde


@hoofd.command("jaarovergang")
@click.argument("schooljaar", metavar="SCHOOLJAAR", callback=schooljaar_waarde)
@click.option("--dry-run", "proef", is_flag=True, help="Laat alles zien wat er zou worden gemaakt en schrijf niets.")
@plans_optie
@help_optie
@click.pass_context
def jaarovergang_opdracht(ctx: click.Context, schooljaar: object, proef: bool, plans: Path | None) -> None:
    """Maak de vergaderplanning en het jaarplan van SCHOOLJAAR (zoals 2026-2027) uit die van het
    schooljaar ervoor.

    Per orgaan dezelfde vergaderingen op dezelfde plek in het jaar (weekdag en week van de maand,
    of weeknummer), verschoven van weekends, feestdagen en schoolvakanties; tijden, locaties,
    reservedata en agenda's blijven. Eenmalige bijeenkomsten worden genoemd, niet overgenomen.
    Het jaarplan houdt dezelfde onderdelen en doelen; elke actie die niet gereed of vervallen is,
    gaat mee met 'overgenomen-van'. Bestaat het schooljaar al, dan verandert er niets.

    Voorbeeld: swvplanner jaarovergang 2026-2027 --dry-run
    """
    from rich.text import Text

    from swvplanner.cli.uitvoer import _console
    from swvplanner.core.fouten import JaarovergangFout
    from swvplanner.services.importeren import STIJL
    from swvplanner.services.jaarovergang import jaarovergang, verslagregels

    plans = planmap(ctx, plans)
    try:
        verslag = jaarovergang(plans, schooljaar, proef)  # type: ignore[arg-type]
    except JaarovergangFout as fout:
        raise click.ClickException(str(fout)) from None
    c = _console()
    if proef:
        c.print(f"Proef (--dry-run): de jaarovergang naar {schooljaar}; er is niets geschreven.", style="bold")
    for tekst, soort in verslagregels(verslag, met_yaml=proef):
        c.print(Text(tekst, STIJL.get(soort, "")))
