"""`importeer_in`: an import into a Werkset with unsaved edits (kept, the import one undoable edit,
nothing on disk), and a save that fails halfway: the report says which files were written."""

from __future__ import annotations

import errno
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from swvplanner.cli import main
from swvplanner.core.fouten import PlanFout
from swvplanner.core.melding import Melding
from swvplanner.services.bewerken import vergadering_toevoegen
from swvplanner.services.importeren import importeer, importeer_in, lees_invoer
from swvplanner.store import werkset as werkset_module
from swvplanner.store.werkset import Werkset
from tests.invoer_bestanden import excel
from tests.services.test_importeren import PLANS, _inhoud

VG = "vergaderingen-2025-2026"


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PLANS, tmp_path / "plans"))


def _xlsx(tmp_path: Path) -> Path:
    return excel(
        tmp_path / "p.xlsx",
        {"Blad1": [["Overleg", "Datum"], ["OPR", datetime(2025, 11, 12)], ["Klankbord X", "12-11-2025"]]},
    )


def test_in_de_werkset_met_niet_bewaarde_wijzigingen(plans: Path, tmp_path: Path) -> None:
    ws = Werkset.laad(plans)
    assert vergadering_toevoegen(ws, "alv", "9 feb 2026") == "alv-2526-04"  # unsaved, before the import
    met_alv = ws.modellen[VG]
    voor = _inhoud(plans)
    verslag = importeer_in(ws, lees_invoer(_xlsx(tmp_path)))
    assert [(r.plaats, r.uitkomst, r.reden, r.item) for r in verslag.regels] == [
        ("blad 'Blad1', rij 2", "toegevoegd", "OPR 12 november 2025", "opr-2526-06"),
        (
            "blad 'Blad1', rij 3",
            "niet geplaatst",
            "onbekend orgaan 'Klankbord X'; zet het in swv.yaml (of gebruik --nieuwe-organen) en importeer opnieuw; "
            "niets overgenomen",
            None,
        ),
    ]
    # the diff is the import's alone: from the plans with the unsaved ALV meeting, not from the disk
    assert verslag.verschil == {
        str(plans / f"{VG}.yaml"): f"--- a/{VG}.yaml\n+++ b/{VG}.yaml\n@@ -33,6 +33,9 @@\n"
        "   - id: opr-2526-01\n     orgaan: opr\n     datum: 2025-10-01\n"
        "+  - id: opr-2526-06  # geïmporteerd uit p.xlsx, blad 'Blad1', rij 2\n"
        "+    orgaan: opr\n+    datum: 2025-11-12\n"
        "   - id: opr-2526-02\n     orgaan: opr\n     datum: 2025-12-01\n"
    }
    assert _inhoud(plans) == voor  # nothing saved
    vg = ws.modellen[VG]
    assert vg.vergadering("alv-2526-04") is not None and vg.vergadering("opr-2526-06") is not None
    assert (ws.gewijzigd, ws.niet_bewaard) == ({VG}, 2)
    # one undoable edit: ctrl+z takes the import back, the ALV meeting stays
    assert ws.ongedaan().omschrijving == "geïmporteerd uit p.xlsx"
    assert ws.modellen[VG] is met_alv
    assert ws.niet_bewaard == 1


def test_tweemaal_in_dezelfde_werkset_voegt_niets_toe(plans: Path, tmp_path: Path) -> None:
    ws = Werkset.laad(plans)
    invoer = lees_invoer(_xlsx(tmp_path))
    importeer_in(ws, invoer)
    opnieuw = importeer_in(ws, invoer)
    assert [r.uitkomst for r in opnieuw.regels] == ["overgeslagen", "niet geplaatst"]
    assert (opnieuw.verschil, len(ws.geschiedenis)) == ({}, 1)


def _schijf_vol_bij(naam: str, monkeypatch: pytest.MonkeyPatch, fout: Exception) -> None:
    echt = werkset_module.bewaar_bestand

    def bewaar(basis: Any, *args: Any) -> Any:
        if basis.pad.name == naam:
            raise fout
        return echt(basis, *args)

    monkeypatch.setattr(werkset_module, "bewaar_bestand", bewaar)


@pytest.mark.parametrize(
    ("fout", "reden"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "de schijf is vol"),
        (PlanFout([Melding("x", 0, 0, "het resultaat is niet geldig")]), "het resultaat is niet geldig"),
    ],
)
def test_bewaren_halverwege_mislukt(
    plans: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fout: Exception,
    reden: str,
) -> None:
    """swv.yaml (the new orgaan) is written first, then the vergaderplanning fails: the report, and the
    CLI, say exactly that (it used to say 'er is niets gewijzigd')."""
    _schijf_vol_bij(f"{VG}.yaml", monkeypatch, fout)
    bestand = _xlsx(tmp_path)
    voor = _inhoud(plans)
    verslag = importeer(plans, bestand, nieuwe_organen=True)
    assert verslag.geschreven == [str(plans / "swv.yaml")]
    assert list(verslag.niet_geschreven) == [str(plans / f"{VG}.yaml")]
    assert reden in verslag.niet_geschreven[str(plans / f"{VG}.yaml")]
    na = _inhoud(plans)
    assert na["swv.yaml"] != voor["swv.yaml"] and na[f"{VG}.yaml"] == voor[f"{VG}.yaml"]
    # the CLI: on a fresh copy the same, and its last lines
    shutil.rmtree(plans)
    shutil.copytree(PLANS, plans)
    with pytest.raises(SystemExit) as einde:
        main(["--plans", str(plans), "import", str(bestand), "--nieuwe-organen"])
    assert einde.value.code == 1
    uit = capsys.readouterr().out.splitlines()
    assert uit[-3:] == [
        f"Bewaard: {plans / 'swv.yaml'}.",
        f"Niet bewaard: {plans / f'{VG}.yaml'}: {verslag.niet_geschreven[str(plans / f'{VG}.yaml')]}.",
        "De bewaarde bestanden zijn gewijzigd, de andere niet: importeer opnieuw als het probleem is verholpen "
        "(wat er al staat, wordt overgeslagen).",
    ]
