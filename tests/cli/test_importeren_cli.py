"""`swvplanner import`: the report per row, exit codes 0 / 3 / 1, bytes unchanged by --dry-run,
and Dutch errors (never a traceback) for bad input."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.invoer_bestanden import excel
from tests.voorbeelden import EEN_JAAR

PLANS = EEN_JAAR


def swv(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "swvplanner", *map(str, args)], capture_output=True, text=True, encoding="utf-8"
    )


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PLANS, tmp_path / "plans"))


def _inhoud(map_: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(map_.iterdir())}


def test_import_proef_en_echt(plans: Path, tmp_path: Path) -> None:
    bestand = excel(
        tmp_path / "p.xlsx", {"Blad1": [["Overleg", "Datum", "Tijd"], ["OPR", "12-11-2025", "19.30-21.30 uur"]]}
    )
    voor = _inhoud(plans)
    proef = swv("import", bestand, "--dry-run", "--plans", plans)
    assert proef.returncode == 0, proef.stderr
    assert _inhoud(plans) == voor
    assert proef.stdout.splitlines()[:4] == [
        "Proef (--dry-run): uit p.xlsx zou dit worden overgenomen; er is niets geschreven.",
        "blad 'Blad1': vergaderingen, 1 rij(en)",
        "blad 'Blad1', rij 2: toegevoegd — OPR 12 november 2025 [opr-2526-06]",
        "Samenvatting: 1 toegevoegd, 0 bijgewerkt, 0 overgeslagen, 0 niet geplaatst (1 rij(en)).",
    ]
    assert "+  - id: opr-2526-06  # geïmporteerd uit p.xlsx, blad 'Blad1', rij 2" in proef.stdout
    echt = swv("--plans", plans, "import", bestand)
    assert echt.returncode == 0, echt.stderr
    assert echt.stdout.splitlines()[-1] == f"Bewaard: {plans / 'vergaderingen-2025-2026.yaml'}."
    nogmaals = swv("--plans", plans, "import", bestand)
    assert "blad 'Blad1', rij 2: overgeslagen — staat er al [opr-2526-06]" in nogmaals.stdout
    assert nogmaals.stdout.splitlines()[-1] == "Er is niets veranderd."


def test_niet_geplaatst_geeft_afsluitcode_3(plans: Path, tmp_path: Path) -> None:
    bestand = excel(tmp_path / "p.xlsx", {"Blad1": [["Overleg", "Datum"], ["Klankbord X", "12-11-2025"]]})
    uit = swv("--plans", plans, "import", bestand)
    assert uit.returncode == 3
    assert "blad 'Blad1', rij 2: niet geplaatst — onbekend orgaan 'Klankbord X'" in uit.stdout


@pytest.mark.parametrize(
    ("naam", "inhoud", "melding"),
    [
        ("weg.xlsx", None, "het bestand bestaat niet"),
        ("p.txt", b"x", "swvplanner leest .xlsx, .xlsm, .csv, .docx, .ics, geen '.txt'"),
        ("p.xlsx", b"kapot", "p.xlsx: geen geldig Excel-bestand (.xlsx)"),
        ("p.csv", b"", "p.csv: het bestand is leeg"),
        ("p.csv", b"Kleur;Maat\r\nrood;3\r\n", "p.csv: geen kopjes herkend in de eerste rijen"),
    ],
)
def test_slechte_invoer(plans: Path, tmp_path: Path, naam: str, inhoud: bytes | None, melding: str) -> None:
    pad = tmp_path / naam
    if inhoud is not None:
        pad.write_bytes(inhoud)
    voor = _inhoud(plans)
    uit = swv("--plans", plans, "import", pad)
    assert uit.returncode == 1
    assert uit.stderr.startswith("Fout: ") and melding in uit.stderr, uit.stderr
    assert uit.stderr.rstrip().endswith("Er is niets gewijzigd.")
    assert "Traceback" not in uit.stderr
    assert _inhoud(plans) == voor


def test_verkeerd_schooljaar(plans: Path, tmp_path: Path) -> None:
    uit = swv("--plans", plans, "import", tmp_path / "p.xlsx", "--schooljaar", "2025")
    assert uit.returncode == 2
    assert "ongeldig schooljaar '2025': schrijf het als 2025-2026" in uit.stderr
