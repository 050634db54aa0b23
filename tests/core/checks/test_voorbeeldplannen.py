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
    # everything else the checker says about the example plans: the example records few outcomes, so the one
    # meeting with a kwaliteitskalender item more than 14 days before 1 November 2025 gets an info (SWV305),
    # at its first agenda point without an outcome
    overig = [(b.code, b.ernst, b.bestand, b.regel, b.kolom, b.melding) for b in bevindingen if b.ernst != "fout"]
    begin = regels.index("  - id: wg-po-vo-2526-01")
    agendaregel = next(i for i in range(begin, len(regels)) if regels[i].strip().startswith("agenda:"))
    kk = (in_root / "plans" / "kwaliteitskalender.yaml").read_text(encoding="utf-8").splitlines()
    sop = kk.index("        wat: Schoolondersteuningsprofiel (is onderdeel van schoolgids)") + 1
    assert overig == [
        # the draft 2026-2027 makes that schooljaar's deadlines count: one falls on a Saturday
        (
            "SWV207",
            "info",
            "plans/kwaliteitskalender.yaml",
            sop + 1,
            kk[sop].index("wanneer:") + len("wanneer: ") + 1,
            "'Schoolondersteuningsprofiel (is onderdeel van schoolgids)': de deadline 31 juli 2027 valt op een "
            "zaterdag",
        ),
        (
            "SWV305",
            "info",
            "plans/vergaderingen-2025-2026.yaml",
            agendaregel + 2,
            regels[agendaregel + 1].index("{") + 1,
            "Wg PO/VO vergaderde op 17 september 2025; bij 'Beleidsnotitie PO/VO' staat geen uitkomst",
        ),
    ]


def test_voorbeeldplannen_gesorteerd(in_root: Path) -> None:
    bevindingen = services_check.check(Path("plans"), date(2026, 7, 31))
    assert bevindingen == sorted(
        bevindingen, key=lambda b: (b.bestand, b.regel, b.kolom, services_check.ERNST_VOLGORDE[b.ernst], b.code)
    )
