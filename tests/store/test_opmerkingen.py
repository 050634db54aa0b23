"""A comment next to the id of a new item (`Werkset.pas_toe(..., opmerkingen)`): written once, at
the end of the id line, the rest of the file unchanged, and read back and saved byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

from swvplanner.core.bewerken import vergaderingen as vg_bewerken
from swvplanner.core.nl_datum import parse_datum
from swvplanner.store.werkset import Werkset
from tests.voorbeelden import EEN_JAAR

PLANS = EEN_JAAR
VG = "vergaderingen-2025-2026"


def test_opmerking_bij_nieuw_item(tmp_path: Path) -> None:
    map_ = Path(shutil.copytree(PLANS, tmp_path / "plans"))
    voor = (map_ / f"{VG}.yaml").read_text(encoding="utf-8")
    ws = Werkset.laad(map_)
    nieuw, nieuw_id = vg_bewerken.voeg_toe(ws.modellen[VG], ws.plannen.organisatie, "mr-p", parse_datum("2026-06-09"))
    ws.pas_toe(VG, nieuw, "toegevoegd", {nieuw_id: "geïmporteerd uit planning.xlsx, rij 7"})
    ws.bewaar()
    na = (map_ / f"{VG}.yaml").read_text(encoding="utf-8")
    assert na == voor.replace(
        "    datum: 2026-05-12\n",
        "    datum: 2026-05-12\n"
        "  - id: mr-p-2526-04  # geïmporteerd uit planning.xlsx, rij 7\n"
        "    orgaan: mr-p\n"
        "    datum: 2026-06-09\n",
        1,
    )
    assert ws.opmerkingen == {}
    # another edit later does not write the comment again, and load + save keeps the bytes
    ws2 = Werkset.laad(map_)
    ws2.pas_toe(VG, vg_bewerken.zet_status(ws2.modellen[VG], "mr-p-2526-04", "reserve"), "reserve")
    ws2.bewaar()
    assert (map_ / f"{VG}.yaml").read_text(encoding="utf-8").count("# geïmporteerd uit planning.xlsx, rij 7") == 1
    tekst = (map_ / f"{VG}.yaml").read_bytes()
    Werkset.laad(map_).bewaar()
    assert (map_ / f"{VG}.yaml").read_bytes() == tekst
