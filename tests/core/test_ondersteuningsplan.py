"""The Ondersteuningsplan in swv.yaml: its period, adoption date and ontwikkelpunten with titles and goals."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from swvplanner.core.model.organisatie import Ondersteuningsplan
from swvplanner.store.planmap import laad_map
from tests.voorbeelden import EEN_JAAR

from .checks.hulp import check, kern, van_code

OP = {
    "titel": "Ondersteuningsplan 2022-2026",
    "eerste-schooljaar": "2022-2023",
    "laatste-schooljaar": "2025-2026",
    "vastgesteld": "2022-05-12",
    "ontwikkelpunten": [
        {"nummer": 1, "titel": "Thuiszitters", "doelen": ["Ieder kind gaat naar school"]},
        {"nummer": 2},
    ],
}


def test_velden_en_rondgang() -> None:
    op = Ondersteuningsplan.model_validate(OP)
    assert op.vastgesteld == date(2022, 5, 12)
    assert op.periode == "2022-2023 t/m 2025-2026"
    assert op.ontwikkelpunt(1).doelen == ["Ieder kind gaat naar school"]  # type: ignore[union-attr]
    assert op.ontwikkelpunt(3) is None
    assert op.plain() == OP


def test_het_voorbeeld_noemt_alleen_nummers() -> None:
    """The sources give no titles of the OP 2022-2026's ontwikkelpunten: the example has numbers only."""
    op = laad_map(EEN_JAAR).plannen.organisatie.ondersteuningsplan
    assert op is not None and op.vastgesteld is None
    assert [(p.nummer, p.titel, p.doelen) for p in op.ontwikkelpunten] == [(n, None, []) for n in range(1, 11)]


def test_laatste_schooljaar_voor_het_eerste(tmp_path: Path) -> None:
    plans = Path(shutil.copytree(EEN_JAAR, tmp_path / "plans"))
    swv = plans / "swv.yaml"
    tekst = swv.read_text(encoding="utf-8")
    regel = "  laatste-schooljaar: 2025-2026\n"
    assert tekst.count(regel) == 1
    nummer = tekst[: tekst.index(regel)].count("\n") + 1
    swv.write_text(tekst.replace(regel, "  laatste-schooljaar: 2021-2022\n"), encoding="utf-8")
    bevindingen = check(plans, date(2026, 1, 10))
    assert kern(bevindingen, "SWV100") == [("SWV100", "fout", "swv.yaml", nummer, 23)]
    assert van_code(bevindingen, "SWV100")[0].melding == (
        "het laatste schooljaar 2021-2022 ligt vóór het eerste schooljaar 2022-2023"
    )
