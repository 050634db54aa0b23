"""Recording a meeting's actiepunten from the form (services.besluiten): an actiepunt left as shown
keeps its YAML exactly; a form opened before the actiepunten changed is refused, nothing changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from swvplanner.core.fouten import BewerkFout
from swvplanner.services.besluiten import actiepunt_velden, besluiten_vastleggen
from swvplanner.services.bewerken import vergadering
from swvplanner.store.werkset import Werkset
from tests.voorbeelden import EEN_JAAR

VOOR = "    agenda:\n      - {kwaliteitskalender: begroting, stap: informatie}\n  - id: opr-2526-03\n"
NA = (
    "    agenda:\n      - {kwaliteitskalender: begroting, stap: informatie}\n"
    "    actiepunten:\n"
    "      - wat: |-\n          Vragen OPR beantwoorden\n          en rondsturen\n"
    "        wie:\n          tekst: Secretariaat\n          rollen: [secretariaat]\n"
    "  - id: opr-2526-03\n"
)


@pytest.fixture
def ws(tmp_path: Path) -> Werkset:
    plans = Path(shutil.copytree(EEN_JAAR, tmp_path / "plans"))
    pad = plans / "vergaderingen-2025-2026.yaml"
    tekst = pad.read_text(encoding="utf-8")
    assert tekst.count(VOOR) == 1
    pad.write_text(tekst.replace(VOOR, NA), encoding="utf-8")
    return Werkset.laad(plans)


def test_een_actiepunt_zoals_getoond_blijft_precies_staan(ws: Werkset) -> None:
    [ap] = vergadering(ws, "opr-2526-02").actiepunten
    getoond = actiepunt_velden(ap)
    # only the status changes; the two-line wat and the wie with its rol stay exactly as they were
    velden = (*getoond[:3], "gereed")
    besluiten_vastleggen(ws, "opr-2526-02", [("", "")], bestaande=[velden])
    [na] = vergadering(ws, "opr-2526-02").actiepunten
    assert (na.wat, na.wie, na.status) == (ap.wat, ap.wie, "gereed")


def test_een_verouderd_formulier_wordt_geweigerd(ws: Werkset) -> None:
    with pytest.raises(BewerkFout) as fout:
        besluiten_vastleggen(ws, "opr-2526-02", [("", "")], bestaande=[])
    assert str(fout.value) == (
        "de actiepunten van vergadering opr-2526-02 zijn intussen gewijzigd; open het formulier opnieuw"
    )
    assert ws.gewijzigd == set()


def test_een_nieuw_actiepunt_met_trekker(ws: Werkset) -> None:
    """The wie of a new actiepunt is read like the other forms: 'X samen met Y' gives the trekker."""
    getoond = actiepunt_velden(vergadering(ws, "opr-2526-02").actiepunten[0])
    nieuw = ("Reactie verwerken", "Secretariaat samen met de beleidsadviseur", "1 mei 2026")
    besluiten_vastleggen(ws, "opr-2526-02", [("", "")], bestaande=[getoond], nieuw=nieuw)
    na = vergadering(ws, "opr-2526-02").actiepunten[1]
    assert na.wie is not None and na.wie.plain() == {
        "tekst": "Secretariaat samen met de beleidsadviseur",
        "rollen": ["secretariaat", "beleidsadviseur"],
        "trekker": "secretariaat",
    }
