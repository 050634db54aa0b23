"""`swvplanner check` through `swvplanner.cli.main`: exit codes and the JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from swvplanner.cli import main

from .hulp import VERG, dedent, schrijf

SLEUTELS = {"code", "ernst", "bestand", "regel", "kolom", "melding", "hint"}


@pytest.fixture(autouse=True)
def schone_omgeving(monkeypatch: pytest.MonkeyPatch) -> None:
    for naam in ("SWVPLANNER_PLANS", "SWVPLANNER_DEBUG", "FORCE_COLOR"):
        monkeypatch.delenv(naam, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


def vergadering(datum: str) -> str:
    return dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: DATUM
        """).replace("DATUM", datum)


def draai(map_: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[object, str]:
    with pytest.raises(SystemExit) as uitgang:
        main(["--plans", str(map_), "check", "--vandaag", "2025-11-01", *args])
    uit, fout = capsys.readouterr()
    assert "Traceback" not in uit + fout
    return uitgang.value.code, uit


def json_bevindingen(map_: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[object, list[dict]]:
    code, uit = draai(map_, capsys, "--format", "json", *args)
    data = json.loads(uit)
    assert isinstance(data, dict) and set(data) == {"bevindingen"}
    return code, data["bevindingen"]


def test_fout_geeft_afsluitcode_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    schrijf(tmp_path, {VERG: vergadering("2026-04-27")})  # Koningsdag: SWV202 fout
    code, bevindingen = json_bevindingen(tmp_path, capsys)
    assert code == 1
    assert [(b["code"], b["ernst"]) for b in bevindingen] == [("SWV202", "fout")]


def test_alleen_waarschuwingen_geeft_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    schrijf(tmp_path, {VERG: vergadering("2025-10-04")})  # zaterdag: SWV201 waarschuwing
    code, bevindingen = json_bevindingen(tmp_path, capsys)
    assert code == 0
    assert [(b["code"], b["ernst"]) for b in bevindingen] == [("SWV201", "waarschuwing")]


def test_strict_met_waarschuwing_geeft_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    schrijf(tmp_path, {VERG: vergadering("2025-10-04")})
    code, _ = draai(tmp_path, capsys, "--strict")
    assert code == 1


def test_strict_met_alleen_info_geeft_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    schrijf(tmp_path, {"vergaderingen-2031-2032.yaml": vergadering("2031-10-01").replace("2025-2026", "2031-2032")})
    code, bevindingen = json_bevindingen(tmp_path, capsys, "--strict")
    assert [(b["code"], b["ernst"]) for b in bevindingen] == [("SWV204", "info")]
    assert code == 0


def test_schoon_geeft_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    schrijf(tmp_path, {VERG: vergadering("2025-10-01")})
    code, bevindingen = json_bevindingen(tmp_path, capsys, "--strict")
    assert (code, bevindingen) == (0, [])


def test_onleesbaar_bestand_geeft_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    schrijf(tmp_path, {VERG: vergadering("2025-10-01") + "    notitie: let op: zaal\n"})
    code, bevindingen = json_bevindingen(tmp_path, capsys)
    assert code == 1
    assert [(b["code"], b["ernst"], b["regel"]) for b in bevindingen] == [("SWV100", "fout", 6)]


def test_json_vorm(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = vergadering("2025-10-04")
    schrijf(tmp_path, {VERG: tekst})
    _, bevindingen = json_bevindingen(tmp_path, capsys)
    (b,) = bevindingen
    assert set(b) == SLEUTELS
    regel = tekst.splitlines().index("    datum: 2025-10-04") + 1
    assert b["code"] == "SWV201" and b["ernst"] == "waarschuwing"
    assert b["bestand"].endswith(VERG)
    assert (b["regel"], b["kolom"]) == (regel, len("    datum: ") + 1)
    assert isinstance(b["regel"], int) and isinstance(b["kolom"], int)
    assert b["melding"] == "OPR 4 oktober 2025 valt op een zaterdag"
    assert isinstance(b["hint"], str) and b["hint"]


def test_tekstuitvoer_noemt_plaats_en_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = vergadering("2025-10-04")
    schrijf(tmp_path, {VERG: tekst})
    code, uit = draai(tmp_path, capsys)
    assert code == 0
    regel = tekst.splitlines().index("    datum: 2025-10-04") + 1
    assert f"{VERG}:{regel}:{len('    datum: ') + 1}" in uit
    assert "SWV201" in uit


def test_regels_json(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as uitgang:
        main(["check", "--regels", "--format", "json"])
    assert uitgang.value.code == 0
    regels = json.loads(capsys.readouterr().out)["regels"]
    assert [(r["code"], r["ernst"]) for r in regels] == [
        ("SWV100", "fout"),
        ("SWV101", "fout"),
        ("SWV102", "fout"),
        ("SWV103", "fout"),
        ("SWV104", "fout"),
        ("SWV105", "waarschuwing"),
        ("SWV106", "fout"),
        ("SWV201", "waarschuwing"),
        ("SWV202", "fout"),
        ("SWV203", "waarschuwing"),
        ("SWV204", "info"),
        ("SWV205", "fout"),
        ("SWV206", "waarschuwing"),
        ("SWV207", "info"),
        ("SWV301", "fout"),
        ("SWV302", "fout"),
        ("SWV303", "waarschuwing"),
        ("SWV304", "waarschuwing"),
        ("SWV305", "info"),
        ("SWV306", "waarschuwing"),
        ("SWV307", "info"),
        ("SWV401", "waarschuwing"),
        ("SWV402", "waarschuwing"),
        ("SWV403", "waarschuwing"),
        ("SWV404", "waarschuwing"),
        ("SWV405", "waarschuwing"),
    ]
    assert all(set(r) == {"code", "ernst", "titel", "uitleg"} for r in regels)
