"""Time from starting the app to its first painted frame, and to the plans shown and checked.

Runs the app headless in a fresh process each time (so imports count), on the example plans.
Usage: python benchmarks/tui_start.py [--keer N] [--plans MAP]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

KIND = r"""
import json, os, sys, time
from pathlib import Path
start = float(os.environ["SWV_START"])
from swvplanner.tui.app import PlannerApp
t = {}
class Gemeten(PlannerApp):
    def on_ready(self):
        t["eerste_beeld"] = time.time() - start
    def on_geladen(self, bericht):
        super().on_geladen(bericht)
        t["geladen"] = time.time() - start
    def on_controles_klaar(self, bericht):
        super().on_controles_klaar(bericht)
        if self.gevonden is not None and "gecontroleerd" not in t:
            t["gecontroleerd"] = time.time() - start
            self.exit()
Gemeten(Path(sys.argv[1])).run(headless=True)
print(json.dumps(t))
"""


def meet(plans: Path) -> dict[str, float]:
    omgeving = dict(os.environ, SWV_START=repr(time.time()), TEXTUAL_ANIMATIONS="none")
    uit = subprocess.run(
        [sys.executable, "-c", KIND, str(plans)], capture_output=True, text=True, env=omgeving, check=True
    )
    return json.loads(uit.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keer", type=int, default=7)
    parser.add_argument("--plans", type=Path, default=Path(__file__).resolve().parents[1] / "plans")
    args = parser.parse_args()
    metingen = [meet(args.plans) for _ in range(args.keer)]
    for sleutel in ("eerste_beeld", "geladen", "gecontroleerd"):
        waarden = sorted(m[sleutel] for m in metingen)
        print(
            f"{sleutel:14} mediaan {statistics.median(waarden):.3f} s   "
            f"min {waarden[0]:.3f} s   max {waarden[-1]:.3f} s   (n={len(waarden)})"
        )


if __name__ == "__main__":
    main()
