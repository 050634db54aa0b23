"""`swvplanner besluiten`: the besluitenlijst and actielijst of the meetings, as text, markdown or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from swvplanner.cli.basis import help_optie, hoofd, planmap, plans_optie
from swvplanner.core.nl_datum import formatteer_dagen, formatteer_datum


@hoofd.command("besluiten")
@click.argument("orgaan", required=False, metavar="[ORGAAN]")
@click.option(
    "--format",
    "formaat",
    type=click.Choice(["tekst", "markdown", "json"]),
    default="tekst",
    help="Uitvoer als leesbare tekst, als markdown (voor een verslag) of als JSON.",
)
@click.option("--schooljaar", metavar="JJJJ-JJJJ", default=None, help="Alleen dit schooljaar (standaard: alle).")
@plans_optie
@help_optie
@click.pass_context
def besluiten_opdracht(
    ctx: click.Context, orgaan: str | None, formaat: str, schooljaar: str | None, plans: Path | None
) -> None:
    """Toon de besluitenlijst en de actielijst: per vergadering de uitkomst van elk agendapunt, wie er
    aanwezig was en de actiepunten (wat, wie, wanneer). ORGAAN is het id of de korte naam van een
    overlegorgaan (bijvoorbeeld opr); zonder ORGAAN: alle organen."""
    from swvplanner.core.fouten import Fout
    from swvplanner.services.besluiten import besluiten

    try:
        naam, verslagen = besluiten(planmap(ctx, plans), orgaan, schooljaar)
    except Fout as fout:
        raise click.UsageError(str(fout)) from None
    if formaat == "json":
        uit = {"organisatie": naam, "vergaderingen": [v.als_json() for v in verslagen]}
        click.echo(json.dumps(uit, ensure_ascii=False, indent=2))
    elif formaat == "markdown":
        click.echo(_markdown(naam, verslagen), nl=False)
    else:
        click.echo(_tekst(verslagen), nl=False)


def _kop(v: Any) -> str:
    dag = formatteer_dagen(v.datum, v.einddatum) if v.datum else "zonder datum"
    return f"{v.orgaan_kort}, {dag}" + (f": {v.titel}" if v.titel else "")


def _actie(a: Any) -> list[str]:
    return [a.wat, a.wie or "—", formatteer_datum(a.wanneer) if a.wanneer else "—", a.status]


def _tekst(verslagen: list[Any]) -> str:
    if not verslagen:
        return "Geen vergaderingen met vastgelegde besluiten, aanwezigen of actiepunten.\n"
    regels: list[str] = []
    for v in verslagen:
        regels.append(f"{_kop(v)} ({v.id})")
        if v.aanwezig:
            regels.append(f"  Aanwezig: {', '.join(v.aanwezig)}")
        for b in v.besluiten:
            regels.append(
                f"  - {b.agendapunt}: {b.uitkomst or 'geen uitkomst vastgelegd'}"
                + (f". {b.besluit}" if b.besluit else "")
            )
        if v.actiepunten:
            regels.append("  Actiepunten:")
            regels.extend(
                f"  - {wat} (wie: {wie}; uiterlijk: {dag}; {st})" for wat, wie, dag, st in map(_actie, v.actiepunten)
            )
        regels.append("")
    return "\n".join(regels)


def _cel(tekst: str) -> str:
    return " ".join(tekst.split()).replace("|", "\\|")


def _markdown(naam: str, verslagen: list[Any]) -> str:
    delen = [f"# Besluitenlijst {naam}", ""]
    if not verslagen:
        delen += ["Geen vergaderingen met vastgelegde besluiten, aanwezigen of actiepunten.", ""]
    for v in verslagen:
        delen += [f"## {_kop(v)}", ""]
        if v.aanwezig:
            delen += [f"**Aanwezig:** {_cel(', '.join(v.aanwezig))}", ""]
        if v.besluiten:
            delen += ["| Agendapunt | Uitkomst | Besluit |", "|---|---|---|"]
            delen += [f"| {_cel(b.agendapunt)} | {b.uitkomst or '—'} | {_cel(b.besluit or '')} |" for b in v.besluiten]
            delen.append("")
        if v.actiepunten:
            delen += ["**Actiepunten**", "", "| Wat | Wie | Uiterlijk | Status |", "|---|---|---|---|"]
            delen += ["| " + " | ".join(_cel(c) for c in _actie(a)) + " |" for a in v.actiepunten]
            delen.append("")
    return "\n".join(delen)
