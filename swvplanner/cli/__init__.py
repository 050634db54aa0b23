"""The command line: `swvplanner` and its commands, with Dutch errors and no tracebacks.

basis.py holds the group and its shared options, plannen.py, vaststellen.py and bibliotheek.py the commands, which
register themselves on the group when imported here; hulp.py makes click Dutch, uitvoer*.py print.
"""

from __future__ import annotations

import contextlib
import os
import sys

import click

from swvplanner.cli import (  # noqa: F401 - importing registers the commands
    besluiten,
    bibliotheek,
    evaluatie,
    importeren,
    init,
    jaarovergang,
    plannen,
    vaststellen,
)
from swvplanner.cli.basis import hoofd

__all__ = ["check_hook", "hoofd", "main"]


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
    from swvplanner.core.fouten import PlanFout

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
        from swvplanner.core.os_fouten import os_fout_tekst

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
