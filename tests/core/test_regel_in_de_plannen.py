"""Holiday-relative and other new 'wanneer' texts in real plans: the export, the vooruitblik and
the checker read them with the organisation's region (swv.yaml `regio`)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from swvplanner.core.vooruitblik import vooruitblik
from swvplanner.export.gebeurtenissen import gebeurtenissen
from swvplanner.store.planmap import laad_map
from tests.voorbeelden import EEN_JAAR


def _plans(tmp_path: Path, wanneer: str, regio: str = "noord") -> Path:
    doel = tmp_path / "plans"
    shutil.copytree(EEN_JAAR, doel)
    kk = doel / "kwaliteitskalender.yaml"
    tekst = kk.read_text(encoding="utf-8")
    assert "wanneer: Jaarlijks voor 1 juli\n" in tekst
    kk.write_text(tekst.replace("wanneer: Jaarlijks voor 1 juli\n", f"wanneer: {wanneer}\n", 1), encoding="utf-8")
    swv = doel / "swv.yaml"
    swv.write_text(swv.read_text(encoding="utf-8").replace("regio: noord", f"regio: {regio}"), encoding="utf-8")
    return doel


def _item_id(plans: Path, wanneer: str) -> str:
    kk = laad_map(plans).plannen.kwaliteitskalender
    assert kk is not None
    return next(i.id for i in kk.items() if i.wanneer == wanneer)


def test_voor_de_zomervakantie_in_de_agenda_per_regio(tmp_path: Path) -> None:
    for regio, verwacht in (("noord", date(2026, 7, 3)), ("zuid", date(2026, 7, 10))):
        plans = _plans(tmp_path / regio, "voor de zomervakantie", regio)
        item = _item_id(plans, "voor de zomervakantie")
        alles = gebeurtenissen(laad_map(plans).plannen, date(2025, 9, 1))
        deadlines = [
            (g.uid.split("@")[0], g.begin)
            for g in alles
            if g.uid.startswith(f"kk-{item}-2") and "voorbereiding" not in g.uid
        ]
        assert deadlines == [(f"kk-{item}-{verwacht:%Y%m%d}", verwacht)]


def test_voor_de_kerstvakantie_in_de_vooruitblik(tmp_path: Path) -> None:
    plans = _plans(tmp_path, "voor de kerstvakantie")
    item = _item_id(plans, "voor de kerstvakantie")
    v = vooruitblik(laad_map(plans).plannen, date(2025, 12, 1), 6)
    assert [(d.datum, d.id) for d in v.deadlines if d.id == item] == [(date(2025, 12, 19), item)]


def test_check_kent_de_nieuwe_teksten(tmp_path: Path) -> None:
    """No SWV105 ('niet herkend') for the new phrasings; a fortnightly series without a first day is flagged."""
    from swvplanner.services.check import check

    for wanneer, herkend in (
        ("eind mei", True),
        ("twee keer per jaar (maart en oktober)", True),
        ("in de week na de voorjaarsvakantie", True),
        ("tweewekelijks op dinsdag", False),
    ):
        plans = _plans(tmp_path / str(abs(hash(wanneer))), wanneer)
        codes = [b.melding for b in check(plans, date(2025, 9, 1)) if b.code == "SWV105"]
        assert bool(codes) is not herkend, (wanneer, codes)
