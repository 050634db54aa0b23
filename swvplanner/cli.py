"""The command line. Thin: parses arguments, calls services, prints Dutch output.

Never imports Textual at module level: `swvplanner --help`, `check` and `when` must start fast.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from swvplanner import __version__
from swvplanner.cli_hulp import GeheelGetal, Groep, installeer_nederlands

installeer_nederlands()
HELP = {"help_option_names": ["-h", "--help"]}


def _help_optie(f: Any) -> Any:
    return click.help_option("-h", "--help", help="Toon deze hulp en stop.")(f)


@click.group(cls=Groep, invoke_without_command=True, context_settings=HELP, add_help_option=False)
@click.option("--plans", "plans", type=click.Path(file_okay=False, path_type=Path), envvar="SWVPLANNER_PLANS",
              default=None, metavar="MAP",
              help="De map met de planbestanden (standaard: ./plans, of $SWVPLANNER_PLANS).")
@click.version_option(__version__, "--versie", "--version", message="swvplanner %(version)s",
                      help="Toon het versienummer en stop.")
@_help_optie
@click.pass_context
def hoofd(ctx: click.Context, plans: Path | None) -> None:
    """swvplanner: jaarplan, kwaliteitskalender en vergaderplanning van een
    samenwerkingsverband passend onderwijs, bijgehouden als YAML-bestanden in git.

    Zonder opdracht opent swvplanner de terminal-app (overzicht, jaarplan,
    kwaliteitskalender, vergaderingen en controles; bewerken en bewaren).
    """
    ctx.obj = {"plans": plans or Path(os.environ.get("SWVPLANNER_PLANS") or "plans")}
    if ctx.invoked_subcommand is None:
        if sys.stdin.isatty() and sys.stdout.isatty():
            start_app(ctx.obj["plans"])
        else:  # in a pipe or a script there is no terminal for the app: print the overview
            ctx.invoke(overzicht_opdracht)


def start_app(plans: Path) -> None:
    """Start the terminal app. Textual is imported only here."""
    from swvplanner.core.melding import Melding
    from swvplanner.store.fouten import PlanFout

    if not plans.is_dir():
        raise PlanFout([Melding(str(plans), 0, 0, "de planmap bestaat niet (kies een andere met --plans)")])
    from swvplanner.tui.app import maak_app

    maak_app(plans).run()


@hoofd.command("overzicht")
@click.option("--vandaag", metavar="JJJJ-MM-DD", default=None,
              help="De datum vanaf waar de komende zes weken worden getoond (standaard: vandaag).")
@_help_optie
@click.pass_context
def overzicht_opdracht(ctx: click.Context, vandaag: str | None = None) -> None:
    """Toon wat eraan komt (vergaderingen en deadlines) als tekst, zonder de terminal-app."""
    from swvplanner import services
    from swvplanner.uitvoer import toon_overzicht

    toon_overzicht(services.overzicht(ctx.obj["plans"], vandaag=_datum_optie(vandaag)))


@hoofd.command("when")
@click.argument("tekst")
@click.option("--schooljaar", "schooljaar", metavar="JJJJ-JJJJ", default=None,
              help="Het schooljaar waarvoor de data worden berekend (standaard: het huidige).")
@click.option("--anker", type=GeheelGetal(1900, 2999), default=None, metavar="JAAR",
              help="Een jaar waarin een meerjarige cyclus valt ('een keer per vier jaar').")
@click.option("--format", "formaat", type=click.Choice(["tekst", "json"]), default="tekst",
              help="Uitvoer als leesbare tekst of als JSON.")
@_help_optie
def when(tekst: str, schooljaar: str | None, anker: int | None, formaat: str) -> None:
    """Laat zien hoe swvplanner een 'wanneer'-tekst leest en welke data eruit volgen.

    Afsluitcode 1 als de tekst niet wordt herkend.

    Voorbeeld: swvplanner when "Jaarlijks voor 1 juli" --schooljaar 2025-2026
    """
    from swvplanner import services

    try:
        uitkomst = services.lees_wanneer(tekst, schooljaar, anker, vandaag=date.today())
    except ValueError as fout:
        raise click.UsageError(str(fout)) from None
    if formaat == "json":
        click.echo(json.dumps(uitkomst, ensure_ascii=False, indent=2))
    else:
        from swvplanner.uitvoer import toon_wanneer

        toon_wanneer(uitkomst)
    if not uitkomst["herkend"]:
        sys.exit(1)


def _datum_optie(waarde: str | None, optie: str = "--vandaag") -> date:
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


def _basis_url(ctx: click.Context, param: click.Parameter, waarde: str | None) -> str | None:
    if waarde is None:
        return None
    from urllib.parse import urlsplit

    delen = urlsplit(waarde)
    if delen.scheme not in ("http", "https") or not delen.hostname or delen.query or delen.fragment:
        raise click.BadParameter(f"'{waarde}' is geen webadres; schrijf het als https://agenda.voorbeeld.nl")
    return waarde.rstrip("/")


@hoofd.command("check")
@click.option("--format", "formaat", type=click.Choice(["tekst", "json", "markdown"]), default="tekst",
              help="Uitvoer als leesbare tekst of als JSON (markdown alleen met --regels).")
@click.option("--strict", is_flag=True, help="Ook afsluitcode 1 bij waarschuwingen.")
@click.option("--vandaag", metavar="JJJJ-MM-DD", default=None,
              help="De datum waartegen 'over tijd' wordt bepaald (standaard: vandaag).")
@click.option("--regels", "toon_regels", is_flag=True, help="Toon alle controles met hun code en uitleg.")
@_help_optie
@click.pass_context
def check(ctx: click.Context, formaat: str, strict: bool, vandaag: str | None, toon_regels: bool) -> None:
    """Controleer de plannen: structuur, kalender, besluitvorming en jaarplan.

    Elke bevinding heeft een code, een ernst (fout, waarschuwing, info), de plaats
    (bestand:regel:kolom), een melding en een hint. Afsluitcode 1 bij een fout
    (met --strict ook bij een waarschuwing), anders 0.
    """
    from swvplanner import services_check

    if toon_regels:
        regels = services_check.regels()
        if formaat == "json":
            click.echo(json.dumps({"regels": regels}, ensure_ascii=False, indent=2))
        elif formaat == "markdown":
            click.echo(services_check.regels_markdown(), nl=False)
        else:
            from swvplanner.uitvoer import toon_regels as toon

            toon(regels)
        return
    if formaat == "markdown":
        raise click.UsageError("--format markdown kan alleen met --regels")
    bevindingen = services_check.check(ctx.obj["plans"], _datum_optie(vandaag))
    if formaat == "json":
        click.echo(json.dumps({"bevindingen": [b.als_dict() for b in bevindingen]}, ensure_ascii=False, indent=2))
    else:
        from swvplanner.uitvoer import toon_bevindingen

        toon_bevindingen(bevindingen)
    ernsten = {b.ernst for b in bevindingen}
    sys.exit(1 if "fout" in ernsten or (strict and "waarschuwing" in ernsten) else 0)


@hoofd.command("export")
@click.option("--out", "uit", type=click.Path(file_okay=False, path_type=Path), default=Path("calendars"),
              show_default=True, metavar="MAP", help="De map voor de agendabestanden (.ics).")
@click.option("--bewaar-dagen", type=GeheelGetal(0, 3650), default=60, show_default=True, metavar="DAGEN",
              help="Hoe lang een uit de plannen verwijderde vergadering als 'vervallen' in de agenda's blijft.")
@click.option("--basis-url", default=None, metavar="URL", callback=_basis_url,
              help="Het https-adres waar de map gepubliceerd wordt (voor de links in index.html).")
@click.option("--vastgesteld", is_flag=True,
              help="Gebruik van vast te stellen documenten de laatst vastgestelde versie (git-tag).")
@click.option("--vandaag", metavar="JJJJ-MM-DD", default=None, help="De datum van vandaag (standaard: de echte).")
@_help_optie
@click.pass_context
def export(ctx: click.Context, uit: Path, bewaar_dagen: int, basis_url: str | None, vastgesteld: bool,
           vandaag: str | None) -> None:
    """Schrijf de agenda's (iCalendar) per overlegorgaan en per rol, plus deadlines.ics en alles.ics.

    Niet-openbare organen (zoals de CvA/CvT) komen alleen onder prive/<code>/; die map gaat nooit in git.
    """
    from swvplanner import services
    from swvplanner.export.schrijver import ExportFout

    try:
        r = services.exporteer_feeds(ctx.obj["plans"], uit, bewaar_dagen=bewaar_dagen, basis_url=basis_url,
                                     vastgesteld=vastgesteld, vandaag=_datum_optie(vandaag) if vandaag else None)
    except ExportFout as fout:
        raise click.ClickException(str(fout)) from None
    openbaar = [f for f in r.feeds if not f.prive]
    click.echo(f"{len(openbaar)} openbare en {len(r.feeds) - len(openbaar)} besloten agenda's, "
               f"{r.aantal_gebeurtenissen} agenda-items; {len(r.geschreven)} bestand(en) bijgewerkt in {uit}.")
    # The secret part of a closed feed's address never goes to a terminal or a log (CI keeps those).
    for naam in sorted(r.tokens):
        click.echo(f"  besloten: {naam} → {uit}/prive/…/{naam}.ics")
    if r.tokens:
        click.echo(f"De geheime adressen staan in {uit}/prive/tokens.json; geef ze alleen aan de leden.")


@hoofd.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, metavar="ADRES", help="Het adres om op te luisteren.")
@click.option("--port", default=8080, show_default=True, type=GeheelGetal(0, 65535), metavar="POORT",
              help="De poort (0: een vrije poort).")
@click.option("--out", "uit", type=click.Path(file_okay=False, path_type=Path), default=Path("calendars"),
              show_default=True, metavar="MAP", help="De map met de agendabestanden.")
@click.option("--basis-url", default=None, metavar="URL", callback=_basis_url,
              help="Het openbare https-adres (van een proxy ervoor), voor de links op de indexpagina's. "
                   "Zonder: het adres waarmee de pagina wordt opgevraagd.")
@_help_optie
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, uit: Path, basis_url: str | None) -> None:
    """Bied de agenda's aan via HTTP, en maak ze opnieuw zodra de plannen veranderen.

    Het logboek noemt nooit de geheime code van een besloten agenda (prive/…/cvt.ics).
    """
    from swvplanner.export.server import start_server

    server = start_server(ctx.obj["plans"], uit, host, port, basis_url)
    adres = f"[{host}]" if ":" in host else host
    click.echo(f"swvplanner serveert de agenda's op http://{adres}:{server.server_address[1]}/"
               + (f" (openbaar: {basis_url})" if basis_url else "") + " (Ctrl+C om te stoppen)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Gestopt.")
    finally:
        server.server_close()


from swvplanner import cli_vaststellen  # noqa: E402, F401 - registers diff, approve, status, verify, history


def veilige_uitvoer() -> None:
    """Output never crashes on a character the terminal's encoding lacks.

    An ASCII stream (LC_ALL=C with UTF-8 mode turned off) writes UTF-8, as Python's UTF-8 mode and
    click do for such a stream, so all output (rich's and click's) is one encoding and JSON stays
    exact; any other encoding stays and shows what it cannot encode as a replacement character.
    """
    import codecs

    for stroom in (sys.stdout, sys.stderr):
        reconfigure = getattr(stroom, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            ascii_ = codecs.lookup(getattr(stroom, "encoding", None) or "ascii").name == "ascii"
        except LookupError:
            ascii_ = True
        with contextlib.suppress(ValueError, OSError):  # a stream that cannot be reconfigured stays as it is
            reconfigure(**({"encoding": "utf-8"} if ascii_ else {}), errors="replace")


def main(argv: list[str] | None = None) -> None:
    """Entry point: Dutch errors, no tracebacks (SWVPLANNER_DEBUG=1 shows them)."""
    from swvplanner.store.fouten import PlanFout

    veilige_uitvoer()
    try:
        hoofd.main(args=argv, prog_name="swvplanner", standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.exceptions.Abort:
        click.echo("Afgebroken.", err=True)
        sys.exit(130)
    except click.UsageError as e:
        if e.ctx is not None:
            click.echo(e.ctx.get_usage(), err=True)
        click.echo(f"Fout: {e.format_message()}", err=True)
        click.echo("Gebruik 'swvplanner --help' voor hulp.", err=True)
        sys.exit(2)
    except click.ClickException as e:
        click.echo(f"Fout: {e.format_message()}", err=True)
        sys.exit(e.exit_code)
    except PlanFout as fout:
        for m in fout.meldingen:
            click.echo(f"{m}", err=True)
        click.echo(f"{len(fout.meldingen)} fout(en); er is niets gewijzigd.", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # `swvplanner check | head`: the reader has what it wanted
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stdout at exit
        sys.exit(0)
    except OSError as fout:
        if os.environ.get("SWVPLANNER_DEBUG"):
            raise
        from swvplanner.store.os_fouten import os_fout_tekst

        click.echo(f"Fout: {os_fout_tekst(fout)}.", err=True)
        sys.exit(1)
    except Exception as e:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("SWVPLANNER_DEBUG"):
            raise
        click.echo(f"Onverwachte fout in swvplanner: {type(e).__name__}: {e}", err=True)
        click.echo("Er is niets gewijzigd. Zet SWVPLANNER_DEBUG=1 voor details en meld dit.", err=True)
        sys.exit(70)
    sys.exit(0)


def check_hook() -> None:
    """Entry point of the pre-commit hook: `swvplanner [--plans MAP] check` with the hook's arguments."""
    args = sys.argv[1:]
    plans = []
    if "--plans" in args:
        i = args.index("--plans")
        plans, args = args[i : i + 2], args[:i] + args[i + 2 :]
    main([*plans, "check", *args])


if __name__ == "__main__":  # `python -m swvplanner.cli`: use the imported module, where the commands are registered
    from swvplanner.cli import main as _main

    _main()
