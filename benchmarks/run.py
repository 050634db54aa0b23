"""swvplanner benchmarks: each figure next to a floor measured in the same run.

A floor is what the underlying library or tool needs for the same work (ruamel.yaml reading the
same YAML, icalendar serialising the same events, `git log -p` on the same file, `python -c pass`),
so the ratios hold on a noisy machine. Every measurement runs several times; the median counts.

    python benchmarks/run.py            # the default size (10 schooljaren, 2,000 commits)
    python benchmarks/run.py --quick    # small, under a minute
    python benchmarks/run.py --format json
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER))

from genereer import SNEL, Maat, genereer, gevolgde_actie  # noqa: E402

VANDAAG = date(2026, 3, 1)


@dataclass
class Resultaat:
    naam: str
    seconden: float
    vloer_seconden: float
    ratio: float
    doel: float | None
    vloer: str
    spreiding: float
    """(max - min) / median of the floor's runs: how noisy the machine was."""

    @property
    def gehaald(self) -> bool | None:
        return None if self.doel is None else self.ratio <= self.doel


def koud() -> None:
    """Empty swvplanner's in-process caches, so every run pays what a fresh `swvplanner` process pays."""
    from swvplanner.core.regel import _data_in
    from swvplanner.core.regel_lezen import parse_regel
    from swvplanner.store.historie import blok_als_data

    parse_regel.cache_clear()
    _data_in.cache_clear()
    blok_als_data.cache_clear()


def mediaan(functie: Callable[[], object], keer: int) -> tuple[float, list[float]]:
    tijden = []
    for _ in range(keer):
        koud()
        begin = time.perf_counter()
        functie()
        tijden.append(time.perf_counter() - begin)
    return statistics.median(tijden), tijden


def proces(args: list[str], cwd: Path | None = None) -> Callable[[], None]:
    return lambda: subprocess.run(args, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def data(m: Maat, snel: bool) -> Path:
    """The generated organisation (cached under benchmarks/.data, rebuilt when missing)."""
    sleutel = "snel" if snel else "standaard"
    map_ = HIER / ".data" / sleutel / "plans"
    if not (map_.parent / ".git").is_dir():
        shutil.rmtree(map_.parent, ignore_errors=True)
        genereer(map_, m)
    return map_


def ruamel_alleen(map_: Path) -> Callable[[], None]:
    def lees() -> None:
        from ruamel.yaml import YAML

        for pad in sorted(map_.glob("*.yaml")):
            YAML().load(pad.read_text(encoding="utf-8"))

    return lees


def icalendar_alleen(map_: Path) -> Callable[[], None]:
    """The same events in the same feeds, built and serialised with icalendar only."""
    from icalendar import Calendar, Event

    from swvplanner.export.gebeurtenissen import gebeurtenissen
    from swvplanner.store.planmap import laad_map

    plannen = laad_map(map_).plannen
    alle = gebeurtenissen(plannen, VANDAAG)
    feeds: dict[str, list[object]] = {}
    for g in alle:
        for f in g.feeds:
            feeds.setdefault(f, []).append(g)
    stempel = datetime(2026, 1, 1, tzinfo=UTC)

    def serialiseer() -> None:
        for naam, lijst in feeds.items():
            cal = Calendar()
            cal.add("VERSION", "2.0")
            cal.add("PRODID", "-//bench//NL")
            cal.add("X-WR-CALNAME", naam)
            for g in lijst:  # the same properties swvplanner writes for each event
                e = Event()
                e.add("UID", g.uid)
                e.add("DTSTART", g.begin)
                e.add("DTEND", g.eind)
                e.add("SUMMARY", g.samenvatting)
                if g.locatie:
                    e.add("LOCATION", g.locatie)
                if g.beschrijving:
                    e.add("DESCRIPTION", g.beschrijving)
                e.add("CATEGORIES", [g.categorie])
                e.add("TRANSP", "TRANSPARENT" if g.transparant else "OPAQUE")
                e.add("STATUS", g.status)
                e.add("DTSTAMP", stempel)
                e.add("SEQUENCE", 0)
                e.add("LAST-MODIFIED", stempel)
                cal.add_component(e)
            cal.to_ical()

    return serialiseer


def meet(m: Maat, snel: bool, keer: int) -> list[Resultaat]:
    from swvplanner.export.schrijver import exporteer
    from swvplanner.services import historie as services_historie
    from swvplanner.services import vaststellen as services_vaststellen
    from swvplanner.services.check import check
    from swvplanner.store.planmap import laad_map

    map_ = data(m, snel)
    repo = map_.parent
    uit: list[Resultaat] = []

    def voeg_toe(
        naam: str, werk: Callable[[], object], vloer: Callable[[], object], vloernaam: str, doel: float | None
    ) -> None:
        vloer()  # warm up caches (files, imports) before either is timed
        werk()
        v, vt = mediaan(vloer, keer)
        w, _ = mediaan(werk, keer)
        uit.append(Resultaat(naam, w, v, w / v, doel, vloernaam, (max(vt) - min(vt)) / v))
        print(f"  {naam}: {w:.3f} s (vloer {v:.3f} s, ratio {w / v:.2f})", file=sys.stderr)

    ruamel = ruamel_alleen(map_)
    voeg_toe("laden en valideren", lambda: laad_map(map_), ruamel, "ruamel.yaml leest dezelfde YAML", 1.5)
    voeg_toe(
        "check (laden + controleren)", lambda: check(map_, VANDAAG), ruamel, "ruamel.yaml leest dezelfde YAML", 1.5
    )
    plannen = laad_map(map_).plannen
    tmp = Path(tempfile.mkdtemp())
    nu = datetime(2026, 3, 1, 12, tzinfo=UTC)
    voeg_toe(
        "export van alle agenda's",
        lambda: exporteer(plannen, tmp / "cal", nu, VANDAAG),
        icalendar_alleen(map_),
        "icalendar serialiseert dezelfde gebeurtenissen",
        1.5,
    )
    shutil.rmtree(tmp, ignore_errors=True)

    laatste = m.jaren()[-1]
    begin = f"main~{m.commits // m.schooljaren}"  # the generator spreads the commits evenly over the years
    gewijzigd = subprocess.run(
        ["git", "-C", str(repo), "diff", "--name-only", begin, "main"], capture_output=True, text=True, check=True
    ).stdout.split()

    def twee_versies() -> None:
        from ruamel.yaml import YAML

        for pad in gewijzigd:
            for rev in (begin, "main"):
                YAML().load(
                    subprocess.run(
                        ["git", "-C", str(repo), "show", f"{rev}:{pad}"], capture_output=True, text=True, check=True
                    ).stdout
                )

    voeg_toe(
        "diff over een schooljaar",
        lambda: services_vaststellen.verschillen(map_, begin, "main"),
        twee_versies,
        "ruamel.yaml leest de twee versies van de gewijzigde bestanden",
        None,
    )
    actie = gevolgde_actie(m)
    bestand = f"plans/jaarplan-{laatste}-{laatste + 1}.yaml"
    git_log = proces(["git", "-C", str(repo), "log", "-p", "--", bestand])
    voeg_toe(
        f"history {actie} (in het proces)",
        lambda: services_historie.historie(map_, actie),
        git_log,
        f"git log -p -- {bestand}",
        3.0,
    )
    swv = [sys.executable, "-m", "swvplanner"]
    voeg_toe(
        f"swvplanner history {actie} (opdracht)",
        proces([*swv, "--plans", str(map_), "history", actie]),
        git_log,
        f"git log -p -- {bestand}",
        3.0,
    )
    voeg_toe(
        "swvplanner --help", proces([*swv, "--help"]), proces([sys.executable, "-c", "pass"]), "python -c pass", 10.0
    )
    return uit


def zonder_textual() -> bool:
    """`swvplanner --help` must not import Textual."""
    code = (
        "import sys\nfrom swvplanner.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('textual' in sys.modules, file=sys.stderr)"
    )
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return uit.stderr.strip().splitlines()[-1] == "False"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="kleine organisatie en minder herhalingen (< 1 minuut)")
    p.add_argument("--keer", type=int, default=None, help="hoe vaak elke meting draait (standaard 5, --quick 3)")
    p.add_argument("--format", choices=["tekst", "json"], default="tekst")
    args = p.parse_args()
    m = SNEL if args.quick else Maat()
    keer = args.keer or (3 if args.quick else 5)
    print(
        f"Organisatie: {len(m.jaren())} schooljaren, {m.organen} organen, {m.vergaderingen} vergaderingen en "
        f"{m.acties} acties per schooljaar, {m.kk_items} kwaliteitskalender-items, {m.commits} commits; "
        f"{keer}× gemeten (mediaan).",
        file=sys.stderr,
    )
    resultaten = meet(m, args.quick, keer)
    textual_vrij = zonder_textual()
    if args.format == "json":
        print(
            json.dumps(
                {
                    "resultaten": [{**asdict(r), "gehaald": r.gehaald} for r in resultaten],
                    "help_zonder_textual": textual_vrij,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    breedte = max(len(r.naam) for r in resultaten)
    print(f"{'meting':{breedte}}  {'seconden':>9}  {'vloer':>8}  {'ratio':>6}  {'doel':>6}  ruis   vloer")
    for r in resultaten:
        doel = f"≤{r.doel:g}" if r.doel is not None else "—"
        teken = "" if r.gehaald is None else (" ✓" if r.gehaald else " ✗")
        print(
            f"{r.naam:{breedte}}  {r.seconden:9.3f}  {r.vloer_seconden:8.3f}  {r.ratio:6.2f}  {doel:>6}{teken:2}"
            f" {r.spreiding:5.0%}  {r.vloer}"
        )
    print(f"swvplanner --help importeert Textual: {'nee ✓' if textual_vrij else 'JA ✗'}")


if __name__ == "__main__":
    main()
