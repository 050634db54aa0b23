"""The evaluatie: the model (Dutch errors), empty evaluatie blocks for the jaarovergang, and the
chapter 'Verantwoording jaarplan' (`swvplanner evaluatie`) on the example plans."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from swvplanner.cli import main
from swvplanner.core.evaluatie import met_lege_evaluaties
from swvplanner.core.fouten import PlanFout
from swvplanner.core.model.jaarplan import ActieEvaluatie, Jaarplan, KpiWaarde
from swvplanner.services.evaluatie import verantwoording_jaarplan
from swvplanner.store.planmap import laad_map

VOORBEELD = Path(__file__).resolve().parents[2] / "plans"
VERWACHT = Path(__file__).parent / "verwacht"

KPIS = """\
kpis:
  - nummer: 1
    tekst: Aantal thuiszitters
  - nummer: 2
    tekst: Percentage scholen met basisondersteuning op niveau
onderdelen:
"""

EVALUATIES = {
    # right after the id line of the actie
    "          - id: basisondersteuning-02\n": """\
            evaluatie:
              behaald: deels
              toelichting: Het expertisepunt is ingericht; de plusklassen zijn nog niet overal beschikbaar.
              kpi:
                - nummer: 2
                  waarde: 85%
""",
    "          - id: basisondersteuning-03\n": """\
            evaluatie:
              behaald: ja
              toelichting: Het project is afgerond en verantwoord aan de subsidiegever.
""",
    "          - id: dekkend-netwerk-02\n": """\
            evaluatie:
              behaald: nee
              toelichting: De afstemming over de bekostiging met de andere swv's loopt nog.
""",
}

VOLGEND = """\
schooljaar: 2026-2027
titel: Jaarplan 2026-2027
onderdelen:
  - id: basisondersteuning
    soort: ontwikkelpunt
    titel: Basisondersteuning
    ontwikkelpunten: [2, 3]
    acties:
      - id: basisondersteuning-2627-01
        wat: Uitvoering projectplan hoogbegaafdheid, tweede fase
        wie: Schoolbesturen / scholen
        wanneer: 1 augustus 2027
        overgenomen-van: basisondersteuning-02
"""


_EVALUATIEBLOK = re.compile(
    r"^( +)(?:# aangevuld: evaluatie als voorbeeld[^\n]*\n\1)?evaluatie:\n(?:\1  [^\n]*\n)*", re.MULTILINE
)


def _kopie(tmp_path: Path) -> Path:
    """The example as it was before its evaluatie: without the evaluatie blocks of 2025-2026 and
    without the drafted 2026-2027 (its own chapter is tested on the example as it is)."""
    doel = tmp_path / "plans"
    shutil.copytree(VOORBEELD, doel)
    pad = doel / "jaarplan-2025-2026.yaml"
    pad.write_text(_EVALUATIEBLOK.sub("", pad.read_text(encoding="utf-8")), encoding="utf-8")
    for nieuw in doel.glob("*-2026-2027.yaml"):
        nieuw.unlink()
    return doel


def _met_evaluaties(tmp_path: Path, volgend: bool = True) -> Path:
    """The example with three evaluaties, two KPIs, a status or two and next year's jaarplan."""
    plans = _kopie(tmp_path)
    pad = plans / "jaarplan-2025-2026.yaml"
    tekst = pad.read_text(encoding="utf-8").replace("onderdelen:\n", KPIS, 1)
    for anker, blok in EVALUATIES.items():
        assert tekst.count(anker) == 1
        tekst = tekst.replace(anker, anker + blok)
    assert "status: gereed" in tekst.split("- id: basisondersteuning-03\n")[1].split("- id:")[0]
    pad.write_text(tekst, encoding="utf-8")
    if volgend:
        (plans / "jaarplan-2026-2027.yaml").write_text(VOLGEND, encoding="utf-8")
    return plans


def test_de_evaluatie_staat_bij_de_goede_acties(tmp_path: Path) -> None:
    plan = laad_map(_met_evaluaties(tmp_path)).plannen.jaarplannen
    jp = next(p for p in plan.values() if str(p.schooljaar) == "2025-2026")
    assert jp.actie("basisondersteuning-01").evaluatie is None
    assert jp.actie("basisondersteuning-02").evaluatie == ActieEvaluatie(
        behaald="deels",
        toelichting="Het expertisepunt is ingericht; de plusklassen zijn nog niet overal beschikbaar.",
        kpi=[KpiWaarde(nummer=2, waarde="85%")],
    )
    assert jp.actie("basisondersteuning-03").status == "gereed"


def test_hoofdstuk_tekst_exact(tmp_path: Path) -> None:
    uit = verantwoording_jaarplan(_met_evaluaties(tmp_path), "2025-2026", "tekst")
    assert uit == (VERWACHT / "verantwoording-2025-2026.txt").read_text(encoding="utf-8")


def test_hoofdstuk_markdown_exact_en_geldig(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--plans", str(_met_evaluaties(tmp_path)), "evaluatie", "2025-2026", "--format", "markdown"])
    assert e.value.code == 0
    uit = capsys.readouterr().out
    assert uit == (VERWACHT / "verantwoording-2025-2026.md").read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").enable("table").parse(uit)
    koppen = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert koppen[:3] == [
        "Verantwoording jaarplan 2025-2026",
        "Overzicht",
        "Per ontwikkelpunt van het ondersteuningsplan",
    ]
    assert "Basisondersteuning (ontwikkelpunten 2 en 3)" in koppen
    assert koppen[-1] == "Bijlage: de acties van het jaarplan 2025-2026"
    assert "\n\n\n" not in uit
    tabellen = [t for t in tokens if t.type == "table_open"]
    assert len(tabellen) == 2  # the overzicht and the bijlage


def test_het_hoofdstuk_van_het_voorbeeld(capsys: pytest.CaptureFixture[str]) -> None:
    # The bundled example as it is: seven acties evaluated, the drafted jaarplan 2026-2027 next to it.
    with pytest.raises(SystemExit) as e:
        main(["evaluatie", "2025-2026", "--format", "markdown", "--plans", str(VOORBEELD)])
    assert e.value.code == 0
    uit = capsys.readouterr().out
    assert uit == (VERWACHT / "verantwoording-voorbeeld.md").read_text(encoding="utf-8")
    assert (
        "Van de 23 acties zijn er 5 afgerond; 18 staan nog open (14 gepland en 4 lopend). Van 7 acties is het "
        "resultaat geëvalueerd: 4 behaald, 2 deels behaald en 1 niet behaald; bij 16 acties is de evaluatie nog "
        "niet ingevuld. 18 acties nemen wij mee naar het jaarplan 2026-2027.\n"
    ) in uit
    assert "| Totaal | 23 | 5 | 4 | 2 | 1 | 16 | 18 |\n" in uit
    assert (
        "- *Er is een vastgestelde doorbraakaanpak*: niet behaald. De landelijke regelgeving voor de "
        "doorbraakaanpak is nog niet vastgesteld"
    ) in uit


def test_zonder_evaluatie_zegt_het_dat(tmp_path: Path) -> None:
    uit = verantwoording_jaarplan(_kopie(tmp_path), "2025-2026", "tekst")
    assert (
        "Van de 23 acties zijn er 5 afgerond; 18 staan nog open (14 gepland en 4 lopend). Van geen enkele actie "
        "is het resultaat al geëvalueerd. Er is nog geen jaarplan 2026-2027, dus nog niets is meegenomen.\n"
    ) in uit
    assert (
        "Voor dit jaarplan is nog geen evaluatie ingevuld. Vul per actie in of het resultaat is behaald"
        " (ja, deels of nee), met een toelichting; dan verschijnt die hier.\n"
    ) in uit
    assert "Resultaten\n" not in uit
    assert uit.count("Evaluatie: nog niet ingevuld.") == 23
    assert ("Vervolg in 2026-2027. 3 acties zijn nog niet afgerond; het jaarplan 2026-2027 is er nog niet.\n") in uit


def test_een_onbekend_schooljaar_of_jaarplan_geeft_een_nederlandse_fout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plans = str(_kopie(tmp_path))
    with pytest.raises(SystemExit) as e:
        main(["--plans", plans, "evaluatie", "2027-2028"])
    assert e.value.code == 1
    assert capsys.readouterr().err == (
        "Fout: er is nog geen jaarplan voor schooljaar 2027-2028 (jaarplan-2027-2028.yaml)\n"
    )
    with pytest.raises(SystemExit) as e:
        main(["--plans", plans, "evaluatie", "2027"])
    assert e.value.code == 2
    assert "Fout: ongeldig schooljaar '2027': schrijf het als 2025-2026\n" in capsys.readouterr().err


def test_een_onbekende_kpi_of_uitkomst_is_een_nederlandse_fout(tmp_path: Path) -> None:
    plans = _met_evaluaties(tmp_path, volgend=False)
    pad = plans / "jaarplan-2025-2026.yaml"
    tekst = pad.read_text(encoding="utf-8")
    pad.write_text(
        tekst.replace(
            "                - nummer: 2\n                  waarde: 85%",
            "                - nummer: 7\n                  waarde: 85%",
        ),
        encoding="utf-8",
    )
    with pytest.raises(PlanFout) as fout:
        laad_map(plans)
    assert (
        "de evaluatie van actie 'basisondersteuning-02' noemt KPI 7, maar het jaarplan heeft die niet (kpis: 1, 2)"
        in str(fout.value)
    )
    pad.write_text(tekst.replace("behaald: nee", "behaald: misschien"), encoding="utf-8")
    with pytest.raises(PlanFout) as fout:
        laad_map(plans)
    assert "ongeldige waarde 'misschien' voor 'behaald': kies uit 'ja', 'deels' of 'nee'" in str(fout.value)


def test_met_lege_evaluaties_geeft_elke_actie_een_leeg_blok() -> None:
    plan = Jaarplan.model_validate(
        {
            "schooljaar": "2025-2026",
            "kpis": [{"nummer": 1, "tekst": "Thuiszitters"}, {"nummer": 2, "tekst": "Verwijzingen"}],
            "onderdelen": [
                {
                    "id": "thuiszitters",
                    "soort": "thema",
                    "titel": "Thuiszitters",
                    "acties": [
                        {"id": "thuiszitters-01", "wat": "Monitor", "kpi": [1, 2]},
                        {
                            "id": "thuiszitters-02",
                            "wat": "Overleg",
                            "kpi": [1],
                            "evaluatie": {"behaald": "ja", "kpi": [{"nummer": 1, "waarde": "4"}]},
                        },
                    ],
                }
            ],
        }
    )
    nieuw = met_lege_evaluaties(plan)
    assert plan.actie("thuiszitters-01").evaluatie is None  # the original is untouched
    assert nieuw.actie("thuiszitters-01").evaluatie == ActieEvaluatie(kpi=[KpiWaarde(nummer=1), KpiWaarde(nummer=2)])
    assert not nieuw.actie("thuiszitters-01").evaluatie.ingevuld
    assert nieuw.actie("thuiszitters-02").evaluatie == ActieEvaluatie(
        behaald="ja", kpi=[KpiWaarde(nummer=1, waarde="4")]
    )
    assert met_lege_evaluaties(nieuw) == nieuw


def test_het_formulier_maakt_de_evaluatie_met_kpi_en_leeg_is_geen_evaluatie(tmp_path: Path) -> None:
    from swvplanner.services.evaluatie import evaluatie_kpis, evaluatie_opslaan, evaluatie_uit_formulier
    from swvplanner.store.werkset import Werkset

    plans = _met_evaluaties(tmp_path, volgend=False)
    pad = plans / "jaarplan-2025-2026.yaml"
    pad.write_text(
        pad.read_text(encoding="utf-8").replace(
            "          - id: basisondersteuning-01\n", "          - id: basisondersteuning-01\n            kpi: [1]\n"
        ),
        encoding="utf-8",
    )
    ws = Werkset.laad(plans)
    assert evaluatie_kpis(ws, "basisondersteuning-01") == [(1, "KPI 1: Aantal thuiszitters", "")]
    assert evaluatie_kpis(ws, "basisondersteuning-02") == [
        (2, "KPI 2: Percentage scholen met basisondersteuning op niveau", "85%")
    ]
    assert (
        evaluatie_uit_formulier(ws, "basisondersteuning-01", {"behaald": "", "toelichting": " ", "kpi-1": ""}) is None
    )
    e = evaluatie_uit_formulier(ws, "basisondersteuning-01", {"behaald": "ja", "toelichting": "Gedaan.", "kpi-1": "12"})
    assert e == ActieEvaluatie(behaald="ja", toelichting="Gedaan.", kpi=[KpiWaarde(nummer=1, waarde="12")])
    evaluatie_opslaan(ws, "basisondersteuning-01", e)
    ws.bewaar()
    assert (
        "          - id: basisondersteuning-01\n"
        "            kpi: [1]\n"  # the store puts a new key after the key before it in the model
        "            evaluatie:\n"
        "              behaald: ja\n"
        "              toelichting: Gedaan.\n"
        "              kpi:\n"
        "                - nummer: 1\n"
        "                  waarde: '12'\n"
        "            resultaat: Er is zicht op de kwaliteit"
    ) in pad.read_text(encoding="utf-8")
    jp = next(iter(laad_map(plans).plannen.jaarplannen.values()))
    assert jp.actie("basisondersteuning-01").evaluatie == e


def test_lege_evaluaties_in_het_bestand_staan_klaar_om_in_te_vullen(tmp_path: Path) -> None:
    from swvplanner.store.werkset import Werkset

    plans = _kopie(tmp_path)
    pad = plans / "jaarplan-2025-2026.yaml"
    oud = pad.read_text(encoding="utf-8")
    ws = Werkset.laad(plans)
    ws.pas_toe("jaarplan-2025-2026", met_lege_evaluaties(ws.modellen["jaarplan-2025-2026"]), "lege evaluaties")
    ws.bewaar()
    nieuw = pad.read_text(encoding="utf-8")
    blok = "            evaluatie:\n              behaald:\n              toelichting:\n"
    assert nieuw.count(blok) == 23
    assert nieuw.replace(blok, "") == oud  # nothing else changed
    assert (
        "            wanneer: Continu\n            status: lopend\n" + blok + "          - id: basisondersteuning-02\n"
        in nieuw
    )
