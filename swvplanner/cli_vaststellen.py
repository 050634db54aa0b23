"""CLI commands of adoption through git: diff, approve, status, verify, history. Thin: the work is in
services_vaststellen; the text is in uitvoer_vaststellen."""

from __future__ import annotations

import json
import sys

import click

from swvplanner.cli import _datum_optie, _help_optie, hoofd

FORMATEN = click.Choice(["tekst", "markdown", "json"])


@hoofd.command("diff")
@click.argument("van", required=False)
@click.argument("tot", required=False)
@click.option("--format", "formaat", type=FORMATEN, default="tekst",
              help="Leesbare tekst, markdown (voor een merge request) of JSON.")
@_help_optie
@click.pass_context
def diff(ctx: click.Context, van: str | None, tot: str | None, formaat: str) -> None:
    """Wat is er inhoudelijk veranderd, in één zin per wijziging.

    Zonder VAN: per vast te stellen document van de laatst vastgestelde versie naar de werkmap.
    Met VAN (en TOT): tussen twee versies (commit, tak of tag); zonder TOT tot de werkmap.
    """
    from swvplanner import services_vaststellen
    from swvplanner.uitvoer_vaststellen import diff_markdown, toon_diff

    verschillen = services_vaststellen.diff(ctx.obj["plans"], van, tot)
    if formaat == "json":
        click.echo(json.dumps({"documenten": [d.als_dict() for d in verschillen]}, ensure_ascii=False, indent=2))
    elif formaat == "markdown":
        click.echo(diff_markdown(verschillen), nl=False)
    else:
        toon_diff(verschillen)


@hoofd.command("approve")
@click.argument("document")
@click.option("--sign", "ondertekenen", is_flag=True, help="Onderteken de tag met uw git-handtekening (gpg of ssh).")
@click.option("--vandaag", metavar="JJJJ-MM-DD", default=None, help="De datum van vaststelling (standaard: vandaag).")
@_help_optie
@click.pass_context
def approve(ctx: click.Context, document: str, ondertekenen: bool, vandaag: str | None) -> None:
    """Stel een document vast (alleen voor een goedkeurder uit swv.yaml).

    Weigert bij niet-vastgelegde wijzigingen en bij een fout in 'swvplanner check'. Zet de
    datum 'vastgesteld' in het document, maakt een commit en een geannoteerde tag
    vastgesteld/DOCUMENT/DATUM met de vaststeller, de datum en de wijzigingen.
    """
    from swvplanner import services_vaststellen

    v = services_vaststellen.approve(ctx.obj["plans"], document, _datum_optie(vandaag), ondertekenen)
    click.echo(f"{v.document} is vastgesteld: tag {v.tag}{' (ondertekend)' if v.ondertekend else ''}, "
               f"commit {v.commit[:7]}.")
    for regel in v.samenvatting or ["geen inhoudelijke wijzigingen sinds de vorige vaststelling"]:
        click.echo(f"  - {regel}")
    click.echo("Deel de vaststelling met: git push && git push --tags")


@hoofd.command("status")
@click.option("--format", "formaat", type=click.Choice(["tekst", "json"]), default="tekst",
              help="Leesbare tekst of JSON.")
@_help_optie
@click.pass_context
def status(ctx: click.Context, formaat: str) -> None:
    """Per vast te stellen document: de laatst vastgestelde versie en of er sindsdien iets is gewijzigd."""
    from swvplanner import services_vaststellen
    from swvplanner.uitvoer_vaststellen import toon_status

    regels = services_vaststellen.status(ctx.obj["plans"])
    if formaat == "json":
        click.echo(json.dumps({"documenten": [r.als_dict() for r in regels]}, ensure_ascii=False, indent=2))
    else:
        toon_status(regels)


@hoofd.command("verify")
@_help_optie
@click.pass_context
def verify(ctx: click.Context) -> None:
    """Controleer alle vastgesteld-tags: handtekening, goedkeurder, hoofdtak en de plannen zelf.

    Afsluitcode 1 als één tag niet in orde is.
    """
    from swvplanner import services_vaststellen
    from swvplanner.uitvoer_vaststellen import toon_verify

    controles = services_vaststellen.verify(ctx.obj["plans"])
    toon_verify(controles)
    sys.exit(0 if all(c.in_orde for c in controles) else 1)


@hoofd.command("history")
@click.argument("item_id", metavar="ID")
@click.option("--format", "formaat", type=click.Choice(["tekst", "json"]), default="tekst",
              help="Leesbare tekst of JSON.")
@_help_optie
@click.pass_context
def history(ctx: click.Context, item_id: str, formaat: str) -> None:
    """De geschiedenis van één actie, vergadering of kwaliteitskalender-item (op id) door alle commits."""
    from swvplanner import services_vaststellen
    from swvplanner.uitvoer_vaststellen import toon_historie

    regels = services_vaststellen.history(ctx.obj["plans"], item_id)
    if formaat == "json":
        click.echo(json.dumps({"id": item_id, "historie": [r.als_dict() for r in regels]}, ensure_ascii=False,
                              indent=2))
    else:
        toon_historie(item_id, regels)
    if not regels:
        sys.exit(1)
