"""The planning commands: overzicht, when, check, export, serve. Thin: parse, call a service, print."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from swvplanner.cli.basis import basis_url_optie, datum_optie, help_optie, hoofd, planmap
from swvplanner.cli.hulp import GeheelGetal


@hoofd.command("overzicht")
@click.option(
    "--vandaag",
    metavar="JJJJ-MM-DD",
    default=None,
    help="De datum vanaf waar de komende zes weken worden getoond (standaard: vandaag).",
)
@help_optie
@click.pass_context
def overzicht_opdracht(ctx: click.Context, vandaag: str | None = None) -> None:
    """Toon wat eraan komt (vergaderingen en deadlines) als tekst, zonder de terminal-app."""
    from swvplanner.cli.uitvoer import toon_overzicht
    from swvplanner.services.overzicht import overzicht

    toon_overzicht(overzicht(ctx.obj["plans"], vandaag=datum_optie(vandaag)))


@hoofd.command("when")
@click.argument("tekst")
@click.option(
    "--schooljaar",
    "schooljaar",
    metavar="JJJJ-JJJJ",
    default=None,
    help="Het schooljaar waarvoor de data worden berekend (standaard: dat van --vandaag).",
)
@click.option(
    "--anker",
    type=GeheelGetal(1900, 2999),
    default=None,
    metavar="JAAR",
    help="Een jaar waarin een meerjarige cyclus valt ('een keer per vier jaar').",
)
@click.option(
    "--regio",
    type=click.Choice(["noord", "midden", "zuid"], case_sensitive=False),
    default=None,
    help="De schoolvakantieregio (standaard: die uit swv.yaml van --plans).",
)
@click.option(
    "--plans",
    "plans",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="MAP",
    help="De planmap waarvan swv.yaml de schoolvakantieregio geeft (standaard: die van swvplanner --plans).",
)
@click.option(
    "--vandaag",
    metavar="JJJJ-MM-DD",
    default=None,
    help="De datum die het schooljaar bepaalt als --schooljaar ontbreekt (standaard: vandaag).",
)
@click.option(
    "--format",
    "formaat",
    type=click.Choice(["tekst", "json"]),
    default="tekst",
    help="Uitvoer als leesbare tekst of als JSON.",
)
@help_optie
@click.pass_context
def when(
    ctx: click.Context,
    tekst: str,
    schooljaar: str | None,
    anker: int | None,
    regio: str | None,
    plans: Path | None,
    vandaag: str | None,
    formaat: str,
) -> None:
    """Laat zien hoe swvplanner een 'wanneer'-tekst leest en welke data eruit volgen.

    Elke datum is de uiterste datum ('uiterlijk'). Zo leest swvplanner de teksten:

    \b
    - 'voor 1 juli' is uiterlijk 30 juni; 'uiterlijk 1 juli' en 'op 1 juli'
      is 1 juli; een periode ('jan-apr 2026', 'in oktober') eindigt op haar
      laatste dag.
    - Zonder jaartal telt het schooljaar: augustus t/m december in het eerste
      jaar, januari t/m juli in het tweede.
    - 'begin', 'half' of 'medio', 'eind maart': 1-10, 11-20, 21 t/m eind maart.
    - 'Q1 2026', 'eerste kwartaal': kalenderkwartalen (Q1 is jan t/m mrt).
    - 'week 12', 'week 12-14': ISO-weken, maandag t/m vrijdag.
    - 'voor de kerstvakantie': de dag voordat de vakantie begint (regio uit
      swv.yaml); 'in de week voor/na de ...': maandag t/m vrijdag; 'tijdens
      de ...': de vakantie; 'na de ...': tot de volgende schoolvakantie.
    - 'twee keer per jaar': het schooljaar in gelijke delen (uiterlijk
      31 januari en 31 juli); 'in maart en oktober': die maanden.
    - 'wekelijks op donderdag', 'elke laatste vrijdag van de maand',
      'tweewekelijks op dinsdag vanaf 2 september 2025': een reeks slaat
      schoolvakanties en feestdagen over, tenzij er 'ook in de vakanties'
      staat.
    - 'vanaf 1 maart 2026', 'vanaf januari 2026', 'vanaf 2027': doorlopend,
      zonder deadline.
    - '2 en 3 oktober 2025', 'maandag 2 t/m woensdag 4 maart': meerdere dagen.

    Wat niet zo te lezen is, wordt 'niet herkend' genoemd, nooit geraden.
    Afsluitcode 1 als de tekst niet wordt herkend.

    Voorbeeld: swvplanner when "voor de kerstvakantie" --schooljaar 2025-2026 --regio noord
    """
    from swvplanner.services.overzicht import lees_wanneer

    map_ = plans or ctx.find_root().params.get("plans")
    if map_ is not None:
        map_ = planmap(ctx, map_)
    try:
        uitkomst = lees_wanneer(
            tekst, schooljaar, anker, vandaag=datum_optie(vandaag), regio=regio and regio.lower(), plans=map_
        )
    except ValueError as fout:
        raise click.UsageError(str(fout)) from None
    if formaat == "json":
        click.echo(json.dumps(uitkomst, ensure_ascii=False, indent=2))
    else:
        from swvplanner.cli.uitvoer import toon_wanneer

        toon_wanneer(uitkomst)
    if not uitkomst["herkend"]:
        sys.exit(1)


@hoofd.command("check")
@click.option(
    "--format",
    "formaat",
    type=click.Choice(["tekst", "json", "markdown"]),
    default="tekst",
    help="Uitvoer als leesbare tekst of als JSON (markdown alleen met --regels).",
)
@click.option("--strict", is_flag=True, help="Ook afsluitcode 1 bij waarschuwingen.")
@click.option(
    "--vandaag",
    metavar="JJJJ-MM-DD",
    default=None,
    help="De datum waartegen 'over tijd' wordt bepaald (standaard: vandaag).",
)
@click.option("--regels", "toon_regels", is_flag=True, help="Toon alle controles met hun code en uitleg.")
@help_optie
@click.pass_context
def check(ctx: click.Context, formaat: str, strict: bool, vandaag: str | None, toon_regels: bool) -> None:
    """Controleer de plannen: structuur, kalender, besluitvorming en jaarplan.

    Elke bevinding heeft een code, een ernst (fout, waarschuwing, info), de plaats
    (bestand:regel:kolom), een melding en een hint. Afsluitcode 1 bij een fout
    (met --strict ook bij een waarschuwing), anders 0.
    """
    from swvplanner.services import check as services_check

    if toon_regels:
        regels = services_check.regels()
        if formaat == "json":
            click.echo(json.dumps({"regels": regels}, ensure_ascii=False, indent=2))
        elif formaat == "markdown":
            click.echo(services_check.regels_markdown(), nl=False)
        else:
            from swvplanner.cli.uitvoer import toon_regels as toon

            toon(regels)
        return
    if formaat == "markdown":
        raise click.UsageError("--format markdown kan alleen met --regels")
    bevindingen = services_check.check(ctx.obj["plans"], datum_optie(vandaag))
    if formaat == "json":
        click.echo(json.dumps({"bevindingen": [b.als_dict() for b in bevindingen]}, ensure_ascii=False, indent=2))
    else:
        from swvplanner.cli.uitvoer import toon_bevindingen

        toon_bevindingen(bevindingen)
    ernsten = {b.ernst for b in bevindingen}
    sys.exit(1 if "fout" in ernsten or (strict and "waarschuwing" in ernsten) else 0)


@hoofd.command("export")
@click.option(
    "--out",
    "uit",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="MAP",
    help="De map voor de agendabestanden (.ics); standaard calendars naast de planmap.",
)
@click.option(
    "--bewaar-dagen",
    type=GeheelGetal(0, 3650),
    default=60,
    show_default=True,
    metavar="DAGEN",
    help="Hoe lang een uit de plannen verwijderde vergadering als 'vervallen' in de agenda's blijft.",
)
@click.option(
    "--basis-url",
    default=None,
    metavar="URL",
    callback=basis_url_optie,
    help="Het https-adres waar de map gepubliceerd wordt (voor de links in index.html).",
)
@click.option(
    "--vastgesteld",
    is_flag=True,
    help="Gebruik van vast te stellen documenten de laatst vastgestelde versie (git-tag).",
)
@click.option("--vandaag", metavar="JJJJ-MM-DD", default=None, help="De datum van vandaag (standaard: de echte).")
@help_optie
@click.pass_context
def export(
    ctx: click.Context,
    uit: Path | None,
    bewaar_dagen: int,
    basis_url: str | None,
    vastgesteld: bool,
    vandaag: str | None,
) -> None:
    """Schrijf de agenda's (iCalendar) per overlegorgaan en per rol, plus deadlines.ics en alles.ics.

    Niet-openbare organen (zoals de CvA/CvT) komen alleen onder prive/<code>/; die map gaat nooit in git.
    """
    from swvplanner.core.fouten import ExportFout
    from swvplanner.services.export import agenda_map, exporteer_feeds

    uit = agenda_map(ctx.obj["plans"], uit)
    try:
        r = exporteer_feeds(
            ctx.obj["plans"],
            uit,
            bewaar_dagen=bewaar_dagen,
            basis_url=basis_url,
            vastgesteld=vastgesteld,
            vandaag=datum_optie(vandaag) if vandaag else None,
        )
    except ExportFout as fout:
        raise click.ClickException(str(fout)) from None
    openbaar = [f for f in r.feeds if not f.prive]
    click.echo(
        f"{len(openbaar)} openbare en {len(r.feeds) - len(openbaar)} besloten agenda's, "
        f"{r.aantal_gebeurtenissen} agenda-items; {len(r.geschreven)} bestand(en) bijgewerkt in {uit}."
    )
    # The secret part of a closed feed's address never goes to a terminal or a log (CI keeps those).
    for naam in sorted(r.tokens):
        click.echo(f"  besloten: {naam} → {uit}/prive/…/{naam}.ics")
    if r.tokens:
        click.echo(f"De geheime adressen staan in {uit}/prive/tokens.json; geef ze alleen aan de leden.")


@hoofd.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, metavar="ADRES", help="Het adres om op te luisteren.")
@click.option(
    "--port",
    default=8080,
    show_default=True,
    type=GeheelGetal(0, 65535),
    metavar="POORT",
    help="De poort (0: een vrije poort).",
)
@click.option(
    "--out",
    "uit",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="MAP",
    help="De map met de agendabestanden; standaard calendars naast de planmap.",
)
@click.option(
    "--basis-url",
    default=None,
    metavar="URL",
    callback=basis_url_optie,
    help="Het openbare https-adres (van een proxy ervoor), voor de links op de indexpagina's. "
    "Zonder: het adres waarmee de pagina wordt opgevraagd.",
)
@help_optie
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, uit: Path | None, basis_url: str | None) -> None:
    """Bied de agenda's aan via HTTP, en maak ze opnieuw zodra de plannen veranderen.

    Het logboek noemt nooit de geheime code van een besloten agenda (prive/…/cvt.ics).
    """
    from swvplanner.server import start_server
    from swvplanner.services.export import agenda_map

    server = start_server(ctx.obj["plans"], agenda_map(ctx.obj["plans"], uit), host, port, basis_url)
    adres = f"[{host}]" if ":" in host else host
    click.echo(
        f"swvplanner serveert de agenda's op http://{adres}:{server.server_address[1]}/"
        + (f" (openbaar: {basis_url})" if basis_url else "")
        + " (Ctrl+C om te stoppen)"
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Gestopt.")
    finally:
        server.server_close()
