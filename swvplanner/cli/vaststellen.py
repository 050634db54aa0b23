"""CLI commands of adoption through git: diff, approve, status, verify, history. Thin: the work is in
services.vaststellen; the text is in cli.uitvoer_vaststellen."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from swvplanner.cli.basis import datum_optie, help_optie, hoofd

FORMATEN = click.Choice(["tekst", "markdown", "json"])


@hoofd.command("diff")
@click.argument("van", required=False)
@click.argument("tot", required=False)
@click.option(
    "--format",
    "formaat",
    type=FORMATEN,
    default="tekst",
    help="Leesbare tekst, markdown (voor een merge request) of JSON.",
)
@help_optie
@click.pass_context
def diff(ctx: click.Context, van: str | None, tot: str | None, formaat: str) -> None:
    """Wat is er inhoudelijk veranderd, in één zin per wijziging.

    Zonder VAN: per vast te stellen document van de laatst vastgestelde versie naar de werkmap.
    Met VAN (en TOT): tussen twee versies (commit, tak of tag); zonder TOT tot de werkmap.
    """
    from swvplanner.cli.uitvoer_vaststellen import diff_markdown, toon_diff
    from swvplanner.services import vaststellen as services_vaststellen

    verschillen = services_vaststellen.verschillen(ctx.obj["plans"], van, tot)
    if formaat == "json":
        click.echo(json.dumps({"documenten": [d.als_dict() for d in verschillen]}, ensure_ascii=False, indent=2))
    elif formaat == "markdown":
        click.echo(diff_markdown(verschillen), nl=False)
    else:
        toon_diff(verschillen)


@hoofd.command("approve")
@click.argument("document")
@click.option(
    "--datum",
    metavar="JJJJ-MM-DD",
    default=None,
    help="De dag waarop het document is vastgesteld (standaard: vandaag). Een eerdere dag legt een "
    "eerdere vaststelling vast, bijvoorbeeld een van vóór swvplanner.",
)
@click.option("--sign", "ondertekenen", is_flag=True, help="Onderteken de tag met uw git-handtekening (gpg of ssh).")
@click.option("--vandaag", metavar="JJJJ-MM-DD", default=None, help="De datum van vandaag (standaard: de echte).")
@help_optie
@click.pass_context
def approve(ctx: click.Context, document: str, datum: str | None, ondertekenen: bool, vandaag: str | None) -> None:
    """Stel een document vast (alleen voor een goedkeurder uit swv.yaml).

    DOCUMENT is de volledige naam (jaarplan-2025-2026, kwaliteitskalender) of kortweg jaarplan: het
    jaarplan van het schooljaar van de vaststelling. Weigert bij niet-vastgelegde wijzigingen en bij
    een fout in het document of in wat het nodig heeft (swv.yaml; voor de kwaliteitskalender ook de
    besluitvorming). Zet de datum 'vastgesteld' in het document, maakt een commit en een
    geannoteerde tag vastgesteld/DOCUMENT/DATUM met de vaststeller, de datum en de wijzigingen.
    """
    from swvplanner.cli.uitvoer_vaststellen import toon_vaststelling
    from swvplanner.core.fouten import VaststelFout
    from swvplanner.services import vaststellen as services_vaststellen
    from swvplanner.services.vaststelregels import DocumentKeuze

    dag = datum_optie(datum, "--datum") if datum is not None else None
    while True:
        try:
            v = services_vaststellen.stel_vast(ctx.obj["plans"], document, datum_optie(vandaag), ondertekenen, dag)
            break
        except DocumentKeuze as keuze:
            if not (sys.stdin.isatty() and sys.stdout.isatty()):
                _weiger(keuze)
            document = _kies(keuze)
        except VaststelFout as fout:
            _weiger(fout)
    toon_vaststelling(v)


def _weiger(fout: Exception) -> None:
    click.echo(getattr(fout, "tekst", str(fout)), err=True)
    click.echo("Er is niets gewijzigd.", err=True)
    sys.exit(1)


def _kies(keuze: Any) -> str:
    """Ask on the terminal which of the documents is meant (by name or number)."""
    for i, naam in enumerate(keuze.keuzes, 1):
        click.echo(f"  {i}. {naam}")
    while True:
        antwoord = click.prompt(f"{keuze.vraag} Kies 1-{len(keuze.keuzes)} of de naam", type=str).strip()
        if antwoord in keuze.keuzes:
            return antwoord  # type: ignore[no-any-return]
        if antwoord.isdigit() and 1 <= int(antwoord) <= len(keuze.keuzes):
            return keuze.keuzes[int(antwoord) - 1]  # type: ignore[no-any-return]
        click.echo(f"'{antwoord}' is geen van de keuzes; typ een nummer of een naam (ctrl+c stopt).")


VANDAAG = click.option(
    "--vandaag",
    metavar="JJJJ-MM-DD",
    default=None,
    help="De datum van vandaag (standaard: de echte); een vaststelling van later telt niet.",
)


@hoofd.command("status")
@click.option(
    "--format", "formaat", type=click.Choice(["tekst", "json"]), default="tekst", help="Leesbare tekst of JSON."
)
@VANDAAG
@help_optie
@click.pass_context
def status(ctx: click.Context, formaat: str, vandaag: str | None) -> None:
    """Per vast te stellen document: de laatst vastgestelde versie en of er sindsdien iets is gewijzigd."""
    from swvplanner.cli.uitvoer_vaststellen import toon_status
    from swvplanner.services import vaststellen as services_vaststellen

    regels = services_vaststellen.vaststelstatus(ctx.obj["plans"], datum_optie(vandaag))
    if formaat == "json":
        click.echo(json.dumps({"documenten": [r.als_dict() for r in regels]}, ensure_ascii=False, indent=2))
    else:
        toon_status(regels)


@hoofd.command("verify")
@VANDAAG
@help_optie
@click.pass_context
def verify(ctx: click.Context, vandaag: str | None) -> None:
    """Controleer alle vastgesteld-tags: handtekening, goedkeurder (volgens de vastgestelde
    goedkeurderslijst), vastgelegde inhoud, datum, hoofdtak en de plannen zelf.

    Afsluitcode 1 als één tag niet in orde is; een waarschuwing (niet ondertekend) geeft 0.
    """
    from swvplanner.cli.uitvoer_vaststellen import toon_verify
    from swvplanner.services import verifieren as services_verify

    controles = services_verify.verifieer(ctx.obj["plans"], datum_optie(vandaag))
    toon_verify(controles)
    sys.exit(0 if all(c.geldig for c in controles) else 1)


@hoofd.command("history")
@click.argument("item_id", metavar="ID")
@click.option(
    "--format", "formaat", type=click.Choice(["tekst", "json"]), default="tekst", help="Leesbare tekst of JSON."
)
@help_optie
@click.pass_context
def history(ctx: click.Context, item_id: str, formaat: str) -> None:
    """De geschiedenis van één actie, vergadering of kwaliteitskalender-item (op id) door alle commits."""
    from swvplanner.cli.uitvoer_vaststellen import toon_historie
    from swvplanner.services.historie import historie

    regels = historie(ctx.obj["plans"], item_id)
    if formaat == "json":
        click.echo(
            json.dumps({"id": item_id, "historie": [r.als_dict() for r in regels]}, ensure_ascii=False, indent=2)
        )
    else:
        toon_historie(item_id, regels)
    if not regels:
        sys.exit(1)
