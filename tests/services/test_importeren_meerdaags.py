"""Importing a meeting of several days: a cell '2-3 oktober 2025' or '2 en 3 oktober 2025' becomes one
meeting with an einddatum (not a meeting without a date, not a guess); a second import adds nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from swvplanner.services.importeren import importeer
from tests.invoer_bestanden import excel
from tests.voorbeelden import EEN_JAAR

VG = "vergaderingen-2025-2026.yaml"


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    return Path(shutil.copytree(EEN_JAAR, tmp_path / "plans"))


def _xlsx(tmp_path: Path, *rijen: list[object]) -> Path:
    titel = ["Vergaderplanning 2025-2026"]
    return excel(tmp_path / "planning.xlsx", {"Planning": [titel, ["Overleg", "Datum", "Onderwerp"], *rijen]})


def test_twee_dagen_een_vergadering(plans: Path, tmp_path: Path) -> None:
    bestand = _xlsx(
        tmp_path,
        ["Overig", "2-3 oktober 2025", "Congres passend onderwijs"],
        ["Overig", "do 4 en vr 5 juni 2026 9.00-16.30 uur", "Tweedaagse"],
    )
    voor = (plans / VG).read_text(encoding="utf-8")
    verslag = importeer(plans, bestand)
    assert [(r.plaats, r.uitkomst, r.item, r.reden) for r in verslag.regels] == [
        ("blad 'Planning', rij 3", "toegevoegd", "overig-2526-05", "Overig 2 en 3 oktober 2025"),
        ("blad 'Planning', rij 4", "toegevoegd", "overig-2526-06", "Overig 4 en 5 juni 2026"),
    ]
    # one meeting each, einddatum right after datum; the new one comes before the orgaan's later meetings
    # (the comments above the next meeting stay with it, as in every import)
    assert (plans / VG).read_text(encoding="utf-8") == voor.replace(
        "    bron: 13.00-14.30u di nnb digitaal\n",
        "    bron: 13.00-14.30u di nnb digitaal\n"
        "  - id: overig-2526-05  # geïmporteerd uit planning.xlsx, blad 'Planning', rij 3\n"
        "    orgaan: overig\n    titel: Congres passend onderwijs\n"
        "    datum: 2025-10-02\n    einddatum: 2025-10-03\n",
    ).replace(
        "    contactpersoon: Nicole de Groot\n",
        "    contactpersoon: Nicole de Groot\n"
        "  - id: overig-2526-06  # geïmporteerd uit planning.xlsx, blad 'Planning', rij 4\n"
        "    orgaan: overig\n    titel: Tweedaagse\n"
        "    datum: 2026-06-04\n    einddatum: 2026-06-05\n    tijd: 09:00-16:30\n",
    )
    eerst = (plans / VG).read_bytes()
    opnieuw = importeer(plans, bestand)
    assert [r.uitkomst for r in opnieuw.regels] == ["overgeslagen", "overgeslagen"]
    assert (plans / VG).read_bytes() == eerst


def test_verkeerde_weekdag_in_een_reeks_dagen(plans: Path, tmp_path: Path) -> None:
    verslag = importeer(plans, _xlsx(tmp_path, ["Overig", "ma 2 en di 3 oktober 2025", "Congres"]))
    (regel,) = verslag.regels
    assert regel.uitkomst == "niet geplaatst"
    assert regel.reden == (
        "B3: 'ma 2': 2 oktober 2025 is een donderdag, geen maandag; bewaard zonder datum als overig-2526-05 "
        "(wanneer en bron uit de tabel): vul de datum in"
    )
