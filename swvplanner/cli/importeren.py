"""`swvplanner import BESTAND`: thin: read the options, call services.importeren, print the report."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from swvplanner.cli.basis import help_optie, hoofd, planmap, plans_optie, schooljaar_waarde

NIET_ALLES_GEPLAATST = 3
"""Exit code when some rows could not be placed (the others were imported); 1 is an error, 2 a usage error."""


@hoofd.command("import")
@click.argument("bestand", type=click.Path(path_type=Path, dir_okay=True))
@click.option(
    "--soort",
    type=click.Choice(["vergaderingen", "kwaliteitskalender", "jaarplan"]),
    default=None,
    help="Wat de tabellen bevatten (standaard: afgeleid uit de kopjes).",
)
@click.option("--dry-run", "proef", is_flag=True, help="Laat zien wat er zou veranderen en schrijf niets.")
@click.option(
    "--nieuwe-organen", is_flag=True, help="Maak een onbekend orgaan aan in swv.yaml (soort 'overig', aan te vullen)."
)
@click.option(
    "--schooljaar",
    metavar="JJJJ-JJJJ",
    default=None,
    callback=schooljaar_waarde,
    help="Het schooljaar van de tabel: data zonder jaar worden daarin gelezen, data erbuiten niet geplaatst.",
)
@plans_optie
@help_optie
@click.pass_context
def importeer_opdracht(
    ctx: click.Context,
    bestand: Path,
    soort: str | None,
    proef: bool,
    nieuwe_organen: bool,
    schooljaar: object,
    plans: Path | None,
) -> None:
    """Neem vergaderingen, kwaliteitskalender-items of acties over uit een Excel-, CSV-, Word- of
    iCalendar-bestand (.xlsx, .csv, .docx, .ics).

    Per rij staat er wat er gebeurde: toegevoegd, bijgewerkt, overgeslagen (staat er al) of niet
    geplaatst, met de reden. Nogmaals importeren voegt niets dubbel toe. Afsluitcode 0 als elke
    rij geplaatst is, 3 als er rijen niet geplaatst konden worden, 1 bij een fout (het verslag
    zegt dan welke bestanden wel en welke niet zijn bewaard).

    Voorbeeld: swvplanner import vergaderingen.xlsx --dry-run
    """
    from swvplanner.cli.uitvoer_importeren import toon_import
    from swvplanner.services.importeren import ImportFout, importeer

    try:
        verslag = importeer(planmap(ctx, plans), bestand, soort, schooljaar, nieuwe_organen, proef)  # type: ignore[arg-type]
    except ImportFout as fout:
        raise click.ClickException(f"{fout}\nEr is niets gewijzigd.") from None
    toon_import(verslag)
    if verslag.niet_geschreven:
        sys.exit(1)
    if not verslag.alles_geplaatst:
        sys.exit(NIET_ALLES_GEPLAATST)
