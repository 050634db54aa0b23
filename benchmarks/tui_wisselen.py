"""Time to switch screens and to open a form, as a user feels it: from the key to the last frame.

Runs the app headless (Pilot) on a copy of the example plans at 120x40, after loading and checking,
in a fresh process per run (so first visits pay their imports). It presses 2-6 and 1 in turn many
times, opens each form (actie, kwaliteitskalender item, new meeting, moving a meeting) and closes it
again. A measurement ends at the last frame the app composed before it went idle; every frame is
also written to an in-memory terminal, so producing the terminal output counts too. The machine's
load average is printed with the figures: on a shared machine they vary with it.

Usage: python benchmarks/tui_wisselen.py [--keer N] [--processen P] [--maat 120x40] [--format json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

DOEL_MS = 100
REEKSEN = {
    "wisselen_alle": ("scherm wisselen", ("wisselen", "wisselen_eerste")),
    "wisselen": ("  opnieuw bezocht", ("wisselen",)),
    "wisselen_eerste": ("  eerste bezoek", ("wisselen_eerste",)),
    "formulier_alle": ("formulier openen", ("formulier", "formulier_eerste")),
    "formulier": ("  opnieuw", ("formulier",)),
    "formulier_eerste": ("  eerste keer", ("formulier_eerste",)),
}
"""Each figure and the measurements it summarises; the target counts first visits too."""

FORMULIEREN = {"jaarplan": ("e",), "kwaliteitskalender": ("e",), "vergaderingen": ("n", "v")}
"""The keys that open a form, per screen (the item is chosen first, see `_kies`)."""


async def _kind(plans: Path, breedte: int, hoogte: int, keer: int) -> dict[str, list[float]]:
    """One process: the measurements of the app and of the floor, in milliseconds."""
    import io
    import shutil
    import tempfile
    import time
    from datetime import date

    from rich.console import Console

    from swvplanner.tui.app import PlannerApp

    terminal = Console(
        file=io.StringIO(),
        width=breedte,
        height=hoogte,
        force_terminal=True,
        color_system="truecolor",
        legacy_windows=False,
        safe_box=False,
    )

    class Meting:
        """Records when a frame was composed, after writing it to the in-memory terminal."""

        laatste_beeld = 0.0

        def _display(self, screen: Any, renderable: Any) -> None:
            super()._display(screen, renderable)  # type: ignore[misc]
            if renderable is not None:
                terminal.file.seek(0)
                terminal.file.truncate()
                terminal.print(renderable, end="")
                self.laatste_beeld = time.perf_counter()

    async def rustig(app: Any, pilot: Any) -> None:
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()

    async def meet(app: Any, pilot: Any, toets: str) -> float:
        begin = time.perf_counter()
        await pilot.press(toets)
        await rustig(app, pilot)
        return (app.laatste_beeld - begin) * 1000

    uit: dict[str, list[float]] = {
        sleutel: [] for sleutel in ("wisselen", "wisselen_eerste", "formulier", "formulier_eerste")
    }

    class Gemeten(Meting, PlannerApp):
        pass

    with tempfile.TemporaryDirectory() as tmp:
        kopie = Path(tmp) / "plans"
        shutil.copytree(plans, kopie)
        app = Gemeten(kopie, vandaag=date(2025, 11, 1))
        async with app.run_test(size=(breedte, hoogte)) as pilot:
            for _ in range(20):
                await rustig(app, pilot)
                if app.werkset is not None and app.gevonden is not None and app.git is not None:
                    break
            bezocht: set[object] = {"overzicht"}
            for _ in range(keer):
                for toets, naam in (
                    ("2", "jaarplan"),
                    ("3", "kwaliteitskalender"),
                    ("4", "vergaderingen"),
                    ("5", "controles"),
                    ("6", "wijzigingen"),
                    ("1", "overzicht"),
                ):
                    ms = await meet(app, pilot, toets)
                    assert app.current_mode == naam, (naam, app.current_mode)
                    uit["wisselen" if naam in bezocht else "wisselen_eerste"].append(ms)
                    bezocht.add(naam)
                    for toets_formulier in FORMULIEREN.get(naam, ()):
                        _kies(app, naam)
                        await rustig(app, pilot)
                        ms = await meet(app, pilot, toets_formulier)
                        assert len(app.screen_stack) > 1, f"{toets_formulier} opende niets op {naam}"
                        uit["formulier" if (naam, toets_formulier) in bezocht else "formulier_eerste"].append(ms)
                        bezocht.add((naam, toets_formulier))
                        while len(app.screen_stack) > 1:  # escape, and whatever asks before closing
                            app.pop_screen()
                            await rustig(app, pilot)
    return uit


def _kies(app: Any, scherm: str) -> None:
    """Put the cursor on the item whose form the benchmark opens."""
    if scherm == "jaarplan":
        app.screen.selecteer("actie", "basisondersteuning-02")
    elif scherm == "vergaderingen":
        app.screen.selecteer("opr-2526-01")


def meet(plans: Path, maat: tuple[int, int], keer: int) -> dict[str, list[float]]:
    """One fresh process (imports and first visits count as they do for a user)."""
    omgeving = dict(os.environ, TEXTUAL_ANIMATIONS="none")
    uit = subprocess.run(
        [sys.executable, __file__, "--kind", str(plans), str(maat[0]), str(maat[1]), str(keer)],
        capture_output=True,
        text=True,
        check=False,
        env=omgeving,
    )
    if uit.returncode:
        sys.exit(uit.stderr)
    return json.loads(uit.stdout.strip().splitlines()[-1])


def samenvatting(ms: list[float]) -> dict[str, float]:
    ms = sorted(ms)
    return {
        "n": len(ms),
        "mediaan_ms": round(statistics.median(ms), 1),
        "p95_ms": round(ms[max(0, -(-len(ms) * 95 // 100) - 1)], 1),
        "max_ms": round(ms[-1], 1),
    }


def main() -> None:
    if sys.argv[1:2] == ["--kind"]:
        import asyncio

        plans, breedte, hoogte, keer = sys.argv[2:6]
        print(json.dumps(asyncio.run(_kind(Path(plans), int(breedte), int(hoogte), int(keer)))))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keer", type=int, default=10, help="rondes langs alle schermen per proces")
    parser.add_argument("--processen", type=int, default=3)
    parser.add_argument("--maat", default="120x40")
    parser.add_argument("--plans", type=Path, default=Path(__file__).resolve().parents[1] / "plans")
    parser.add_argument("--format", choices=("tekst", "json"), default="tekst")
    args = parser.parse_args()
    breedte, hoogte = (int(x) for x in args.maat.split("x"))
    alles: dict[str, list[float]] = {}
    for _ in range(args.processen):
        for sleutel, waarden in meet(args.plans, (breedte, hoogte), args.keer).items():
            alles.setdefault(sleutel, []).extend(waarden)
    totaal = {
        sleutel: samenvatting([w for deel in delen for w in alles.get(deel, [])])
        for sleutel, (_, delen) in REEKSEN.items()
        if any(alles.get(deel) for deel in delen)
    }
    belasting = os.getloadavg()[0]
    if args.format == "json":
        print(json.dumps({"maat": args.maat, "doel_p95_ms": DOEL_MS, "belasting": belasting, **totaal}, indent=2))
        return
    for sleutel, s in totaal.items():
        print(
            f"{REEKSEN[sleutel][0]:20} mediaan {s['mediaan_ms']:6.1f} ms   p95 {s['p95_ms']:6.1f} ms   "
            f"max {s['max_ms']:6.1f} ms   (n={s['n']})"
        )
    print(f"doel: p95 <= {DOEL_MS} ms bij {args.maat}; belasting van de machine {belasting:.1f}")


if __name__ == "__main__":
    main()
