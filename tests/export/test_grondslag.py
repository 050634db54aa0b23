"""A deadline's DESCRIPTION names every step kind (aanleveren to DUO, the accountant's controle) and
ends with the item's grondslag."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from swvplanner.export.gebeurtenissen import gebeurtenissen
from swvplanner.store.planmap import laad_map

from ..core.checks.test_besluitvolgorde import KK_NIEUWE_STAPPEN, SWV_ACCOUNTANT


def test_deadline_met_nieuwe_stappen_en_grondslag(tmp_path: Path) -> None:
    (tmp_path / "swv.yaml").write_text(SWV_ACCOUNTANT, encoding="utf-8")
    (tmp_path / "kwaliteitskalender.yaml").write_text(KK_NIEUWE_STAPPEN, encoding="utf-8")
    alle = gebeurtenissen(laad_map(tmp_path).plannen, date(2025, 11, 1))
    (deadline,) = [g for g in alle if g.uid.startswith("kk-jaarverslag-")]
    assert deadline.begin == date(2026, 6, 30)
    assert deadline.beschrijving == (
        "Wanneer: Jaarlijks voor 1 juli\n"
        "\n"
        "Besluitvorming:\n"
        "- controle: Accountant\n"
        "- bespreking: OPR\n"
        "- goedkeuring: TB\n"
        "- aanlevering: Directeur-bestuurder aan DUO\n"
        "\n"
        "Grondslag: WPO art. 171 lid 1 (voor 1 juli aan DUO)"
    )
