"""The sentences of the chapter 'Verantwoording jaarplan' for the small cases: one actie, every
actie afgerond, a vervallen one (afgerond, but not done), and a name list of several acties."""

from __future__ import annotations

import shutil
from pathlib import Path

from swvplanner.services.evaluatie import verantwoording_jaarplan
from tests.voorbeelden import EEN_JAAR


def _plan(tmp_path: Path, acties: str) -> Path:
    map_ = tmp_path / "plans"
    map_.mkdir(parents=True)
    shutil.copy(EEN_JAAR / "swv.yaml", map_ / "swv.yaml")
    (map_ / "jaarplan-2025-2026.yaml").write_text(
        "schooljaar: 2025-2026\nonderdelen:\n  - id: a\n    soort: thema\n    titel: Thuiszitters\n"
        "    doelen:\n      - tekst: Minder thuiszitters\n        acties:\n" + acties,
        encoding="utf-8",
    )
    return map_


def _actie(n: int, status: str, wat: str = "Monitor bijhouden") -> str:
    return f"          - id: a-0{n}\n            wat: {wat}\n            status: {status}\n"


def test_een_afgeronde_actie(tmp_path: Path) -> None:
    uit = verantwoording_jaarplan(_plan(tmp_path, _actie(1, "gereed")), "2025-2026", "tekst")
    assert "Voor dit onderdeel stond 1 actie gepland. Die is afgerond.\n" in uit
    assert "De actie is afgerond. Van geen enkele actie is het resultaat al geëvalueerd.\n" in uit
    assert "Vervolg in 2026-2027. Alle acties van dit onderdeel zijn afgerond.\n" in uit


def test_vervallen_is_afgerond_maar_niet_gedaan(tmp_path: Path) -> None:
    acties = _actie(1, "gereed") + _actie(2, "vervallen") + _actie(3, "lopend")
    uit = verantwoording_jaarplan(_plan(tmp_path, acties), "2025-2026", "tekst")
    assert "Daarvan zijn er 2 afgerond (1 gereed en 1 vervallen); 1 staat nog open (lopend).\n" in uit
    assert "Status: vervallen. Evaluatie: nog niet ingevuld. In 2026-2027: vervallen.\n" in uit
    twee = verantwoording_jaarplan(_plan(tmp_path / "b", _actie(1, "gereed") + _actie(2, "vervallen")), "2025-2026")
    assert "Daarvan: beide" not in twee and "Beide zijn afgerond (1 gereed en 1 vervallen).\n" in twee
    assert "Beide acties zijn afgerond (1 gereed en 1 vervallen). Van geen enkele actie" in twee


def test_namen_met_komma_en_en_in_een_lijst(tmp_path: Path) -> None:
    acties = _actie(1, "lopend", "SBO, SO 2, 3 en 4 laten samenwerken.") + _actie(2, "gepland", "Overleg met gemeenten")
    uit = verantwoording_jaarplan(_plan(tmp_path, acties), "2025-2026", "markdown")
    assert (
        "**Nog niet geëvalueerd.** Van deze 2 acties is de evaluatie nog niet ingevuld:\n\n"
        "- *SBO, SO 2, 3 en 4 laten samenwerken*\n- *Overleg met gemeenten*\n"
    ) in uit


OP_MET_TITELS = """\
ondersteuningsplan:
  titel: Ondersteuningsplan 2022-2026
  eerste-schooljaar: 2022-2023
  laatste-schooljaar: 2025-2026
  vastgesteld: 2022-05-12
  ontwikkelpunten:
    - nummer: 1
      titel: Thuiszitters
      doelen:
        - Ieder kind gaat naar school
        - Binnen drie maanden een passende plek
    - nummer: 2
"""


def _met_op(map_: Path) -> Path:
    swv = map_ / "swv.yaml"
    tekst = swv.read_text(encoding="utf-8")
    begin = tekst.index("ondersteuningsplan:\n")
    eind = tekst.index("\n\n", begin) + 1
    swv.write_text(tekst[:begin] + OP_MET_TITELS + tekst[eind:], encoding="utf-8")
    jp = map_ / "jaarplan-2025-2026.yaml"
    jp.write_text(
        jp.read_text(encoding="utf-8").replace(
            "    titel: Thuiszitters\n", "    titel: Thuiszitters\n    ontwikkelpunten: [1]\n"
        ),
        encoding="utf-8",
    )
    return map_


def test_ontwikkelpunten_met_titel_doelen_en_vaststelling(tmp_path: Path) -> None:
    map_ = _met_op(_plan(tmp_path, _actie(1, "gereed")))
    assert (
        "Per ontwikkelpunt van het ondersteuningsplan\n"
        "--------------------------------------------\n"
        "\n"
        "Het Ondersteuningsplan 2022-2026 geldt voor de schooljaren 2022-2023 t/m 2025-2026 en is vastgesteld op "
        "12 mei 2022.\n"
        "\n"
        "- Ontwikkelpunt 1 (Thuiszitters): 1 actie, in Thuiszitters.\n"
        "  - Doel. Ieder kind gaat naar school.\n"
        "  - Doel. Binnen drie maanden een passende plek.\n"
        "- Ontwikkelpunt 2: geen acties in dit jaarplan.\n"
        "\n"
    ) in verantwoording_jaarplan(map_, "2025-2026", "tekst")
    assert (
        "## Per ontwikkelpunt van het ondersteuningsplan\n"
        "\n"
        "Het Ondersteuningsplan 2022-2026 geldt voor de schooljaren 2022-2023 t/m 2025-2026 en is vastgesteld op "
        "12 mei 2022.\n"
        "\n"
        "- Ontwikkelpunt 1 (Thuiszitters): 1 actie, in Thuiszitters.\n"
        "  - **Doel.** Ieder kind gaat naar school.\n"
        "  - **Doel.** Binnen drie maanden een passende plek.\n"
        "- Ontwikkelpunt 2: geen acties in dit jaarplan.\n"
        "\n"
    ) in verantwoording_jaarplan(map_, "2025-2026", "markdown")
