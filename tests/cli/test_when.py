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


def _donderdagen(van, tot):
    from datetime import date, timedelta

    d, uit = date.fromisoformat(van), []
    while d <= date.fromisoformat(tot):
        uit.append(d.isoformat())
        d += timedelta(days=7)
    return uit


def test_when_reeks_slaat_de_vakanties_van_de_plannen_over(capsys):
    """'iedere donderdag' lists what the plans do: no 7, 14, 21 augustus 2025 (zomervakantie
    noord), no herfst-, kerst-, voorjaars- or meivakantie, no Hemelvaart; the skipped days named."""
    from tests.voorbeelden import LEVEND

    code, uit = _json(
        capsys, ["when", "iedere donderdag", "--schooljaar", "2025-2026", "--plans", str(LEVEND), "--format", "json"]
    )
    assert code == 0 and uit["regio"] == "noord"
    vrij = {
        "2025-08-07", "2025-08-14", "2025-08-21", "2025-10-23", "2025-12-25", "2026-01-01",
        "2026-02-26", "2026-04-30", "2026-05-14", "2026-07-09", "2026-07-16", "2026-07-23", "2026-07-30",
    }  # fmt: skip
    assert uit["data"] == [d for d in _donderdagen("2025-08-07", "2026-07-30") if d not in vrij]
    assert {o["datum"]: o["reden"] for o in uit["overgeslagen"]} == {
        "2025-08-07": "Zomervakantie",
        "2025-08-14": "Zomervakantie",
        "2025-08-21": "Zomervakantie",
        "2025-10-23": "Herfstvakantie",
        "2025-12-25": "Eerste kerstdag",
        "2026-01-01": "Nieuwjaarsdag",
        "2026-02-26": "Voorjaarsvakantie",
        "2026-04-30": "Meivakantie",
        "2026-05-14": "Hemelvaartsdag",
        "2026-07-09": "Zomervakantie",
        "2026-07-16": "Zomervakantie",
        "2026-07-23": "Zomervakantie",
        "2026-07-30": "Zomervakantie",
    }
    assert uit["aantal_per_schooljaar"] == len(uit["data"])


def test_when_ook_in_vakanties_en_zonder_regio(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./plans: no region
    code, uit = _json(
        capsys, ["when", "iedere donderdag, ook in de vakanties", "--schooljaar", "2025-2026", "--regio", "zuid",
                 "--format", "json"],
    )  # fmt: skip
    assert code == 0 and uit["data"] == _donderdagen("2025-08-07", "2026-07-30") and "overgeslagen" not in uit
    code, uit = _json(capsys, ["when", "iedere donderdag", "--schooljaar", "2025-2026", "--format", "json"])
    assert uit["data"][:3] == ["2025-08-07", "2025-08-14", "2025-08-21"]
    assert uit["meldingen"] == ["schoolvakanties niet overgeslagen: de regio is onbekend (geef --regio of --plans)"]


@pytest.mark.parametrize(
    ("regio", "verwacht"),
    [("noord", ["2026-07-03"]), ("zuid", ["2026-07-10"]), ("Midden", ["2026-07-17"])],
)
def test_when_voor_de_zomervakantie_per_regio(capsys, regio, verwacht):
    code, uit = _json(
        capsys, ["when", "voor de zomervakantie", "--schooljaar", "2025-2026", "--regio", regio, "--format", "json"]
    )
    assert (code, uit["data"], uit["regio"]) == (0, verwacht, regio.lower())


def test_when_vandaag_bepaalt_het_schooljaar(capsys):
    code, uit = _json(capsys, ["when", "eind mei", "--vandaag", "2026-09-01", "--format", "json"])
    assert (code, uit["schooljaar"], uit["data"]) == (0, "2026-2027", ["2027-05-31"])


def test_when_tekst_zonder_regio_en_slechte_invoer(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as e:
        main(["when", "voor de kerstvakantie", "--schooljaar", "2025-2026"])
    uit = capsys.readouterr().out
    assert e.value.code == 0
    assert "Data:       geen vaste data in dit schooljaar" in uit
    assert "Let op: geen data: de schoolvakantieregio is onbekend (geef --regio of --plans)" in uit
    with pytest.raises(SystemExit) as e:
        main(["when", "eind mei", "--regio", "oost"])
    assert e.value.code == 2
    fout = capsys.readouterr().err
    assert "ongeldige waarde voor '--regio': 'oost' kan niet; kies uit 'noord', 'midden', 'zuid'" in fout
    with pytest.raises(SystemExit) as e:
        main(["when", "eind mei", "--plans", str(tmp_path / "nergens")])
    assert e.value.code == 1
    assert "de planmap bestaat niet" in capsys.readouterr().err


def test_when_vakantie_in_een_jaar_zonder_vakantiedata(capsys):
    """The Regeling schoolvakanties runs to 2030: later years are said to be unknown, not left empty."""
    code, uit = _json(
        capsys, ["when", "voor de kerstvakantie", "--schooljaar", "2035-2036", "--regio", "noord", "--format", "json"]
    )
    assert (code, uit["data"]) == (0, [])
    assert uit["meldingen"] == ["geen data: de schoolvakanties van 2035-2036 zijn nog niet bekend"]
