import json

import pytest

from swvplanner.cli import main


def _json(capsys, args):
    with pytest.raises(SystemExit) as e:
        main(args)
    return e.value.code, json.loads(capsys.readouterr().out)


def test_when_json(capsys):
    code, uit = _json(capsys, ["when", "Jaarlijks voor 1 juli", "--schooljaar", "2025-2026", "--format", "json"])
    assert code == 0
    assert uit["herkend"] is True
    assert uit["data"] == ["2026-06-30"]
    assert uit["regel"] == {
        "soort": "herhaling",
        "frequentie": "jaarlijks",
        "maand": 7,
        "dag": 1,
        "relatie": "voor",
        "interval": 1,
    }


def test_when_vier_jaar_met_anker(capsys):
    code, uit = _json(
        capsys,
        [
            "when",
            "Een keer per vier jaar voor 1 mei",
            "--schooljaar",
            "2029-2030",
            "--anker",
            "2026",
            "--format",
            "json",
        ],
    )
    assert code == 0
    assert uit["data"] == ["2030-04-30"]


def test_when_niet_herkend_tekst(capsys):
    with pytest.raises(SystemExit) as e:
        main(["when", "jan-me 2025", "--schooljaar", "2024-2025"])
    assert e.value.code == 1
    uit = capsys.readouterr().out
    assert "Herkend:    nee" in uit
    assert "niet herkend" in uit


def test_when_json_niet_herkend(capsys):
    code, uit = _json(capsys, ["when", "jan-me 2025", "--format", "json", "--schooljaar", "2024-2025"])
    assert code == 1
    assert uit["herkend"] is False and uit["data"] == [] and uit["regel"]["soort"] == "onbekend"


def test_check_op_de_voorbeeldplannen(capsys):
    # The only fout is a real slip of the source: "PO/VO-middag 12 november 2024" in the 2025-2026 table.
    with pytest.raises(SystemExit) as e:
        main(["--plans", "plans", "check", "--vandaag", "2025-11-01"])
    assert e.value.code == 1
    uit = capsys.readouterr().out
    assert (
        "plans/vergaderingen-2025-2026.yaml:387:12: fout SWV104 vergadering overig-2526-02: "
        "12 november 2024 valt buiten schooljaar 2025-2026" in uit
    )
    # and one info: the outcome of Wg PO/VO's meeting of 17 September 2025 is not recorded (SWV305)
    assert "info SWV305 Wg PO/VO vergaderde op 17 september 2025; bij " in uit
    assert uit.rstrip().endswith("1 fout(en), 0 waarschuwing(en), 2 info.")


def test_plans_via_omgevingsvariabele(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SWVPLANNER_PLANS", str(tmp_path / "bestaat-niet"))
    with pytest.raises(SystemExit) as e:
        main(["check"])
    assert e.value.code == 1
    assert f"{tmp_path / 'bestaat-niet'}: fout SWV100 de planmap bestaat niet" in capsys.readouterr().out
