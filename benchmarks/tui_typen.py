"""Typing in a form while the checker runs, with and without the checker busy.

Measures (1) the time the form's as-you-type validation takes per key, and (2) the event loop's lag
(how late a 5 ms timer fires) while typing: the lag is how long the UI could not react. The checker
runs in a thread worker; this shows that typing does not wait for it. Headless Pilot on a copy of
the example plans with one unsaved edit (so each check also re-renders that file).
Usage: python benchmarks/tui_typen.py
"""

from __future__ import annotations

import asyncio
import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from swvplanner.tui.app import maak_app

TEKST = "Bijeenkomst met alle intern begeleiders over de nieuwe werkwijze"


async def meet(bezig: bool) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        plans = Path(tmp) / "plans"
        shutil.copytree(Path(__file__).resolve().parents[1] / "plans", plans)
        app = maak_app(plans, vandaag=date(2025, 11, 1))
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(4):
                await app.workers.wait_for_complete()
                await pilot.pause()
            await pilot.press("2")
            await pilot.pause()
            app.screen.selecteer("actie", "basisondersteuning-02")
            await pilot.press("s")  # one unsaved edit
            await app.workers.wait_for_complete()
            await pilot.press("e")
            await pilot.pause()
            controles = 0
            if bezig:

                def opnieuw() -> None:
                    nonlocal controles
                    controles += 1
                    app.controleer()

                timer = app.set_interval(0.02, opnieuw)
            vertraging: list[float] = []
            klaar = False

            async def peil() -> None:
                while not klaar:
                    begin = time.perf_counter()
                    await asyncio.sleep(0.005)
                    vertraging.append(time.perf_counter() - begin - 0.005)

            peiler = asyncio.create_task(peil())
            for teken in TEKST:
                await pilot.press("space" if teken == " " else teken)
            klaar = True
            await peiler
            formulier = app.screen
            valideren = []
            for _ in range(50):
                begin = time.perf_counter()
                formulier.valideer()
                valideren.append(time.perf_counter() - begin)
            if bezig:
                timer.stop()
                await pilot.pause()
                print(f"  (checker gestart: {controles} keer tijdens het typen)")
        return vertraging, valideren


def toon(naam: str, tijden: list[float]) -> None:
    ms = sorted(t * 1000 for t in tijden)
    p95 = ms[int(len(ms) * 0.95) - 1]
    print(
        f"{naam:38} mediaan {statistics.median(ms):6.1f} ms   p95 {p95:6.1f} ms   max {ms[-1]:6.1f} ms   (n={len(ms)})"
    )


def main() -> None:
    for naam, bezig in (("checker stil", False), ("checker steeds bezig", True)):
        vertraging, valideren = asyncio.run(meet(bezig))
        toon(f"lus-vertraging, {naam}", vertraging)
        toon(f"valideren per toets, {naam}", valideren)


if __name__ == "__main__":
    main()
