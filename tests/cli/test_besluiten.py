"""`swvplanner besluiten`: the besluitenlijst and actielijst as text, markdown and JSON; Dutch errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from swvplanner.cli import main
from tests.core.checks.hulp import KK, KK_OP, VERG, dedent, schrijf

VERGADERINGEN = dedent("""\
    schooljaar: 2025-2026
    vergaderingen:
      - id: opr-2526-03
        orgaan: opr
        datum: 2026-04-15
        aanwezig:
          rollen: [secretariaat]
          namen: [J. de Vries, A. Bakker]
        agenda:
          - kwaliteitskalender: ondersteuningsplan
            stap: instemming
            uitkomst: instemming-onthouden
            besluit: 'De OPR wil eerst de reactie van de gemeenten zien | daarna opnieuw.'
          - tekst: Rondvraag
        actiepunten:
          - wat: Reactie OPR verwerken
            wie: {tekst: Secretariaat, rollen: [secretariaat]}
            wanneer: 2026-05-01
          - wat: Datum extra vergadering zoeken
      - id: tb-2526-03
        orgaan: tb
        datum: 2026-04-16
        agenda: [{tekst: Begroting}]
    """)


def draai(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[object, str, str]:
    with pytest.raises(SystemExit) as uitgang:
        main(list(args))
    uit, fout = capsys.readouterr()
    assert "Traceback" not in uit + fout
    return uitgang.value.code, uit, fout


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    return schrijf(tmp_path, {KK: KK_OP, VERG: VERGADERINGEN})


def test_tekst(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, "--plans", str(plans), "besluiten")
    assert code == 0
    assert uit == (
        "OPR, 15 april 2026 (opr-2526-03)\n"
        "  Aanwezig: Secretariaat, J. de Vries, A. Bakker\n"
        "  - Ondersteuningsplan (instemming): instemming onthouden. De OPR wil eerst de reactie van de gemeenten "
        "zien | daarna opnieuw.\n"
        "  - Rondvraag: geen uitkomst vastgelegd\n"
        "  Actiepunten:\n"
        "  - Reactie OPR verwerken (wie: Secretariaat; uiterlijk: 1 mei 2026; open)\n"
        "  - Datum extra vergadering zoeken (wie: —; uiterlijk: —; open)\n"
    )


def test_markdown(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, "--plans", str(plans), "besluiten", "OPR", "--format", "markdown")
    assert code == 0
    assert uit == (
        "# Besluitenlijst Samenwerkingsverband Testregio PO\n"
        "\n"
        "## OPR, 15 april 2026\n"
        "\n"
        "**Aanwezig:** Secretariaat, J. de Vries, A. Bakker\n"
        "\n"
        "| Agendapunt | Uitkomst | Besluit |\n"
        "|---|---|---|\n"
        "| Ondersteuningsplan (instemming) | instemming onthouden | De OPR wil eerst de reactie van de gemeenten "
        "zien \\| daarna opnieuw. |\n"
        "| Rondvraag | — |  |\n"
        "\n"
        "**Actiepunten**\n"
        "\n"
        "| Wat | Wie | Uiterlijk | Status |\n"
        "|---|---|---|---|\n"
        "| Reactie OPR verwerken | Secretariaat | 1 mei 2026 | open |\n"
        "| Datum extra vergadering zoeken | — | — | open |\n"
    )


def test_json(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(
        capsys, "--plans", str(plans), "besluiten", "opr", "--format", "json", "--schooljaar", "2025-2026"
    )
    assert code == 0
    assert json.loads(uit) == {
        "organisatie": "Samenwerkingsverband Testregio PO",
        "vergaderingen": [
            {
                "id": "opr-2526-03",
                "orgaan": "opr",
                "datum": "2026-04-15",
                "titel": "",
                "aanwezig": ["Secretariaat", "J. de Vries", "A. Bakker"],
                "besluiten": [
                    {
                        "agendapunt": "Ondersteuningsplan (instemming)",
                        "uitkomst": "instemming onthouden",
                        "besluit": "De OPR wil eerst de reactie van de gemeenten zien | daarna opnieuw.",
                    },
                    {"agendapunt": "Rondvraag", "uitkomst": None, "besluit": None},
                ],
                "actiepunten": [
                    {"wat": "Reactie OPR verwerken", "wie": "Secretariaat", "wanneer": "2026-05-01", "status": "open"},
                    {"wat": "Datum extra vergadering zoeken", "wie": "", "wanneer": None, "status": "open"},
                ],
            }
        ],
    }


def test_orgaan_zonder_besluiten(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, "--plans", str(plans), "besluiten", "tb")
    assert (code, uit) == (0, "Geen vergaderingen met vastgelegde besluiten, aanwezigen of actiepunten.\n")


@pytest.mark.parametrize(
    ("args", "melding"),
    [
        (["opx"], "Fout: onbekend overlegorgaan 'opx'; bedoelt u 'opr'?"),
        (["--schooljaar", "2030-2031"], "Fout: er is geen vergaderplanning voor 2030-2031"),
    ],
)
def test_fouten(plans: Path, capsys: pytest.CaptureFixture[str], args: list[str], melding: str) -> None:
    code, _, fout = draai(capsys, "--plans", str(plans), "besluiten", *args)
    assert code == 2
    assert melding in fout.splitlines()
