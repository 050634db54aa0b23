"""The checker on the real example plans in plans/."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from swvplanner.services import check as services_check

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    return ROOT


def test_voorbeeldplannen_een_fout(in_root: Path) -> None:
    bevindingen = services_check.check(Path("plans"), date(2025, 11, 1))
    tekst = (in_root / "plans" / "vergaderingen-2025-2026.yaml").read_text(encoding="utf-8")
    regels = tekst.splitlines()
    # the meeting overig-2526-02 is dated 2024-11-12 (the source's own slip)
    begin = regels.index("  - id: overig-2526-02")
    datumregel = next(i for i in range(begin, len(regels)) if regels[i].strip().startswith("datum:"))
    assert regels[datumregel] == "    datum: 2024-11-12"
    fouten = [b for b in bevindingen if b.ernst == "fout"]
    assert [(b.code, b.ernst, b.bestand, b.regel, b.kolom) for b in fouten] == [
        ("SWV104", "fout", "plans/vergaderingen-2025-2026.yaml", datumregel + 1, regels[datumregel].index("2024") + 1)
    ]
    assert fouten[0].melding == "vergadering overig-2526-02: 12 november 2024 valt buiten schooljaar 2025-2026"
    # everything else the checker says about the example plans (none at the time of writing)
    overig = [(b.code, b.ernst, b.bestand, b.regel, b.kolom, b.melding) for b in bevindingen if b.ernst != "fout"]
    assert overig == []


def test_voorbeeldplannen_gesorteerd(in_root: Path) -> None:
    bevindingen = services_check.check(Path("plans"), date(2026, 7, 31))
    assert bevindingen == sorted(
        bevindingen, key=lambda b: (b.bestand, b.regel, b.kolom, services_check.ERNST_VOLGORDE[b.ernst], b.code)
    )
