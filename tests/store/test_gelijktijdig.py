"""Two processes saving the same plan file at the same moments lose nothing.

Each process adds its own meetings, one per round, and saves through the Werkset (the path the app
and the CLI take). The fingerprint check and the rename are under one lock for the plan folder, so
a writer that comes second sees the first one's file and merges into it instead of overwriting it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from swvplanner.core.model.vergaderingen import Vergaderplanning
from swvplanner.store.bestand import lees_bestand
from tests.voorbeelden import EEN_JAAR

VOORBEELD = EEN_JAAR
RONDES = int(os.environ.get("SWVPLANNER_GELIJKTIJDIG", "200"))

SCHRIJVER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from swvplanner.core.model.vergaderingen import Vergadering
    from swvplanner.store.werkset import Werkset

    map_, wie, rondes, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    doc = "vergaderingen-2025-2026"
    ws = Werkset.laad(map_)
    while not start.exists():
        time.sleep(0.001)
    for n in range(rondes):
        model = ws.modellen[doc]
        nieuw = Vergadering(id=f"{wie}-{n:03d}", orgaan="opr", datum=f"2025-10-{n % 28 + 1:02d}")
        ws.pas_toe(doc, model.model_copy(update={"vergaderingen": [*model.vergaderingen, nieuw]}), "erbij")
        for _ in range(100):
            verslag = ws.bewaar()
            assert not verslag.botsingen and not verslag.onleesbaar, verslag
            if verslag.klaar:
                ws.geschiedenis.clear()  # like the CLI: no undo to rebase onto the other's version
                break
        else:
            raise SystemExit(f"{wie}: ronde {n} niet bewaard")
    print("klaar", wie)
""")


def test_twee_schrijvers_tegelijk_verliezen_niets(tmp_path: Path) -> None:
    map_ = tmp_path / "plans"
    shutil.copytree(VOORBEELD, map_)
    verg = map_ / "vergaderingen-2025-2026.yaml"
    # A small file keeps 2 x RONDES saves quick; the race is the same at any size.
    verg.write_text(
        "schooljaar: 2025-2026\nvergaderingen:\n  - id: opr-start\n    orgaan: opr\n    datum: 2025-09-01\n",
        encoding="utf-8",
    )
    (map_ / "jaarplan-2025-2026.yaml").unlink()
    start = tmp_path / "start"
    processen = [
        subprocess.Popen(
            [sys.executable, "-c", SCHRIJVER, str(map_), wie, str(RONDES), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for wie in ("a", "b")
    ]
    start.touch()
    for p in processen:
        uit, fout = p.communicate(timeout=600)
        assert p.returncode == 0, fout[-2000:]
        assert uit.startswith("klaar")
    ids = [v.id for v in lees_bestand(verg, Vergaderplanning).model.vergaderingen]
    verwacht = {f"{wie}-{n:03d}" for wie in "ab" for n in range(RONDES)}
    verloren = verwacht - set(ids)
    assert not verloren, f"{len(verloren)} van {len(verwacht)} verloren"
    assert len(ids) == len(set(ids)) == len(verwacht) + 1
    assert not list(map_.glob(".*.tmp"))
