"""A document whose file does not exist yet (a new schooljaar): unsaved until saved, then written
with its template; someone else's file of the same name is merged, never overwritten."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from swvplanner.core.fouten import GeenSchooljaarbestand, PlanFout
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.services import bewerken as sb
from swvplanner.store.planmap import laad_map
from swvplanner.store.sjablonen import sjabloon_tekst
from tests.voorbeelden import EEN_JAAR

VOORBEELD = EEN_JAAR
SJ = Schooljaar.parse("2026-2027")


@pytest.fixture
def ws(tmp_path: Path) -> sb.Werkset:
    shutil.copytree(VOORBEELD, tmp_path / "plans")
    return sb.Werkset.laad(tmp_path / "plans")


def test_een_vergadering_in_een_schooljaar_zonder_bestand_zegt_welk_bestand(ws: sb.Werkset) -> None:
    with pytest.raises(GeenSchooljaarbestand) as fout:
        sb.vergadering_toevoegen(ws, "opr", "6 okt 2026")
    assert str(fout.value) == (
        "er is nog geen vergaderplanning voor schooljaar 2026-2027 (vergaderingen-2026-2027.yaml)"
    )
    assert (fout.value.soort, str(fout.value.schooljaar)) == ("vergaderingen", "2026-2027")


def test_het_nieuwe_bestand_wordt_met_zijn_sjabloon_geschreven_zodra_er_iets_in_staat(ws: sb.Werkset) -> None:
    pad = ws.map / "vergaderingen-2026-2027.yaml"
    assert sb.schooljaarbestand_maken(ws, "vergaderingen", SJ) == "vergaderingen-2026-2027"
    # the bare template: nothing to write yet
    assert (ws.gewijzigd, ws.niet_bewaard) == (set(), 0)
    sb.vergadering_toevoegen(ws, "opr", "6 okt 2026")
    assert (ws.gewijzigd, ws.niet_bewaard) == ({"vergaderingen-2026-2027"}, 1)
    assert not pad.exists()
    verslag = ws.bewaar()
    assert verslag.geschreven == [str(pad)]
    assert pad.read_text() == sjabloon_tekst("vergaderingen", SJ, "SWV NMD PO").replace(
        "vergaderingen: []\n", "vergaderingen:\n  - id: opr-2627-01\n    orgaan: opr\n    datum: 2026-10-06\n"
    )
    assert ws.gewijzigd == set()
    # The written file is a plan file like any other: it loads, and saving it again changes nothing.
    assert laad_map(ws.map).bestanden["vergaderingen-2026-2027"].model.schooljaar == SJ
    assert ws.bewaar().geschreven == []


def test_ongedaan_maken_laat_geen_leeg_bestand_achter(ws: sb.Werkset) -> None:
    sb.schooljaarbestand_maken(ws, "jaarplan", SJ)
    sb.schooljaarbestand_maken(ws, "vergaderingen", SJ)
    sb.vergadering_toevoegen(ws, "opr", "6 okt 2026")
    ws.ongedaan()
    assert (ws.gewijzigd, ws.niet_bewaard) == (set(), 0)
    assert ws.bewaar().geschreven == []
    assert not (ws.map / "vergaderingen-2026-2027.yaml").exists()
    assert not (ws.map / "jaarplan-2026-2027.yaml").exists()


def test_twee_keer_aanmaken_kan_niet(ws: sb.Werkset) -> None:
    sb.schooljaarbestand_maken(ws, "vergaderingen", SJ)
    with pytest.raises(PlanFout, match="dit planbestand bestaat al"):
        sb.schooljaarbestand_maken(ws, "vergaderingen", SJ)


def test_herladen_zonder_bewaren_haalt_het_nieuwe_bestand_weer_weg(ws: sb.Werkset) -> None:
    sb.schooljaarbestand_maken(ws, "vergaderingen", SJ)
    sb.vergadering_toevoegen(ws, "opr", "6 okt 2026")
    ws.herlaad()
    assert "vergaderingen-2026-2027" not in ws.modellen
    assert ws.gewijzigd == set()
    assert ws.bewaar().geschreven == []
    assert not (ws.map / "vergaderingen-2026-2027.yaml").exists()


def test_iemand_anders_maakte_hetzelfde_bestand_intussen_aan(ws: sb.Werkset) -> None:
    sb.schooljaarbestand_maken(ws, "vergaderingen", SJ)
    sb.vergadering_toevoegen(ws, "opr", "6 okt 2026")
    pad = ws.map / "vergaderingen-2026-2027.yaml"
    hun = (
        "# Hun eigen kop\nschooljaar: 2026-2027\nvergaderingen:\n"
        "  - id: alv-2627-01  # van de collega\n    orgaan: alv\n    datum: 2026-11-02\n"
    )
    pad.write_text(hun)
    verslag = ws.bewaar()
    assert verslag.samengevoegd == [str(pad)]
    # Their file, with their comments, plus our meeting: nothing of theirs is lost.
    assert pad.read_text() == hun + "  - id: opr-2627-01\n    orgaan: opr\n    datum: 2026-10-06\n"
