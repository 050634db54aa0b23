"""Recovery folders: unsaved edits written aside, never over the plan files."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from swvplanner.store.herstel import bewaar_herstel, gevonden_herstel, herstelmappen
from swvplanner.store.planmap import laad_map
from tests.voorbeelden import EEN_JAAR

VOORBEELD = EEN_JAAR
MOMENT = datetime(2025, 11, 3, 14, 30, 5)


@pytest.fixture
def map_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "thuis"))
    doel = tmp_path / "plans"
    shutil.copytree(VOORBEELD, doel)
    return doel


def _gewijzigd(map_: Path):  # type: ignore[no-untyped-def]
    pm = laad_map(map_, verwijzingen=False)
    b = pm.bestanden["organisatie"]
    return b, b.model.model_copy(update={"naam": "Nieuwe naam"})


def test_herstel_naast_de_planmap(map_: Path) -> None:
    oud = {p.name: p.read_bytes() for p in map_.iterdir()}
    b, nieuw = _gewijzigd(map_)
    doel = bewaar_herstel(map_, [(b, nieuw)], MOMENT)
    assert doel == map_.parent / "plans.herstel" / "2025-11-03_14.30.05"
    assert sorted(p.name for p in doel.iterdir()) == ["LEESMIJ.txt", "swv.yaml"]
    assert (doel / "swv.yaml").read_text() == oud["swv.yaml"].decode().replace(
        "naam: Samenwerkingsverband Noord- en Midden-Drenthe PO", "naam: Nieuwe naam", 1
    )
    assert {p.name: p.read_bytes() for p in map_.iterdir()} == oud
    assert gevonden_herstel(map_) == [doel]
    # A second hang-up in the same second never overwrites the first recovery.
    tweede = bewaar_herstel(map_, [(b, nieuw)], MOMENT)
    assert tweede == doel.with_name("2025-11-03_14.30.05-2")
    assert gevonden_herstel(map_) == [doel, tweede]


def test_herstel_in_de_thuismap_als_naast_de_planmap_niet_kan(map_: Path) -> None:
    (map_.parent / "plans.herstel").write_text("een bestand, geen map\n")
    b, nieuw = _gewijzigd(map_)
    doel = bewaar_herstel(map_, [(b, nieuw)], MOMENT)
    assert doel == herstelmappen(map_)[1] / "2025-11-03_14.30.05"
    assert str(doel).startswith(str(map_.parent / "thuis" / ".swvplanner-herstel"))
    assert "naam: Nieuwe naam" in (doel / "swv.yaml").read_text()
    assert gevonden_herstel(map_) == [doel]


def test_geen_herstel_gevonden(map_: Path) -> None:
    assert gevonden_herstel(map_) == []
    (map_.parent / "plans.herstel" / "leeg").mkdir(parents=True)  # no plan file in it: not reported
    assert gevonden_herstel(map_) == []
