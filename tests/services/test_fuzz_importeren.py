"""Fuzz of `swvplanner import`: random cells under recognised headers, and random bytes as a file,
never crash the importer: a Dutch ImportFout or a report with a Dutch reason per row."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime, time
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from swvplanner.core.fouten import ImportFout
from swvplanner.services.importeren import importeer
from tests.fuzz import INSTELLINGEN, nederlands
from tests.invoer_bestanden import excel
from tests.voorbeelden import EEN_JAAR

PLANS = EEN_JAAR
KOPJES = ["Overleg", "Datum", "Tijd", "Locatie", "Wat", "Wanneer", "Wie", "Status", "Thema", "Categorie", "Eindtijd"]
FUZZ = max(10, INSTELLINGEN.max_examples // 8)  # each example copies the plans and imports (~0.1 s)

cel = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(
        ["OPR", "ALV", "tb", "di 13 april 2027", "13-4", "19.30-21.30 uur", "reserve", "lopend", "Jaarverslag"]
    ),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 1, 1)),
    st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2150, 1, 1)),
    st.times(),
    st.integers(-(10**6), 10**6),
)


def _controleer(map_: Path, pad: Path) -> None:
    try:
        verslag = importeer(map_, pad, proef=True)
    except ImportFout as fout:
        assert str(fout).strip() and nederlands(str(fout)), fout
        return
    for r in verslag.regels:
        assert r.reden.strip() and nederlands(r.reden), r


@INSTELLINGEN.__class__(INSTELLINGEN, max_examples=FUZZ)
@given(
    st.lists(st.sampled_from(KOPJES), min_size=1, max_size=6, unique=True),
    st.lists(st.lists(cel, max_size=7), max_size=6),
)
def test_willekeurige_cellen(kopjes: list[str], rijen: list[list[object]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        map_ = Path(shutil.copytree(PLANS, Path(tmp) / "plans"))
        schoon = [[c.replace(tzinfo=None) if isinstance(c, datetime | time) else c for c in r] for r in rijen]
        schoon = [
            [c if not isinstance(c, str) else "".join(ch for ch in c if ch.isprintable()) for c in r] for r in schoon
        ]
        _controleer(map_, excel(Path(tmp) / "f.xlsx", {"Blad1": [["Vergaderplanning 2025-2026"], kopjes, *schoon]}))


@INSTELLINGEN.__class__(INSTELLINGEN, max_examples=FUZZ)
@given(st.binary(max_size=300), st.sampled_from([".csv", ".xlsx", ".docx", ".ics"]))
def test_willekeurige_bytes(inhoud: bytes, extensie: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        map_ = Path(shutil.copytree(PLANS, Path(tmp) / "plans"))
        pad = Path(tmp) / f"f{extensie}"
        pad.write_bytes(inhoud)
        _controleer(map_, pad)
