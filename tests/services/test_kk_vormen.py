"""Several remarks per kwaliteitskalender item and a wie with a trekker, through the form functions,
the Werkset (bytes on disk) and the import."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from swvplanner.services import bewerken as sb
from swvplanner.services.importeren import importeer
from swvplanner.store.werkset import Werkset
from tests.invoer_bestanden import word
from tests.voorbeelden import EEN_JAAR

KK = "kwaliteitskalender.yaml"
TWEE = (
    "        opmerking: Naar verwachting voorjaar 2026\n",
    "        opmerking:\n"
    "          - Naar verwachting voorjaar 2026\n"
    "          - De volgende keer naar verwachting in 2030  # tweede opmerking\n",
)


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    """The example plans, with two remarks (a block list with a comment) at the inspectie-onderzoek."""
    map_ = Path(shutil.copytree(EEN_JAAR, tmp_path / "plans"))
    tekst = (map_ / KK).read_text(encoding="utf-8")
    assert tekst.count(TWEE[0]) == 1
    (map_ / KK).write_text(tekst.replace(*TWEE), encoding="utf-8")
    return map_


def test_lijst_van_opmerkingen_blijft_byte_voor_byte(plans: Path) -> None:
    """Editing another field of the item keeps the list, its layout and comment; only one line changes."""
    ws = Werkset.laad(plans)
    item = ws.plannen.kwaliteitskalender.item("inspectie-onderzoek")
    assert item.opmerkingen() == ["Naar verwachting voorjaar 2026", "De volgende keer naar verwachting in 2030"]
    velden = {
        "wat": "Inspectie-onderzoek",
        "wanneer": "Een keer per vier jaar voor 1 juli",
        "anker": "2026",
        "wie": "Directeur-bestuurder\nSchoolbestuur",
        "opmerking": sb.opmerking_in_formulier(item.opmerking),
    }
    assert velden["opmerking"] == "Naar verwachting voorjaar 2026\n\nDe volgende keer naar verwachting in 2030"
    voor = (plans / KK).read_text(encoding="utf-8")
    sb.kk_item_opslaan(ws, sb.kk_item_uit_formulier(item, velden, ws.plannen.organisatie))
    ws.bewaar()
    assert (plans / KK).read_text(encoding="utf-8") == voor.replace(
        "        wanneer: Een keer per vier jaar\n        anker: 2026",
        "        wanneer: Een keer per vier jaar voor 1 juli\n        anker: 2026",
    )


@pytest.mark.parametrize(
    ("getypt", "verwacht"),
    [
        ("Eén opmerking\nover twee regels", "Eén opmerking\nover twee regels"),
        ("Eerste\n\nTweede\n  \nDerde", ["Eerste", "Tweede", "Derde"]),
        ("", None),
    ],
)
def test_opmerkingen_uit_het_formulier(getypt: str, verwacht: object) -> None:
    """One remark per paragraph; a single one stays plain text; empty removes the key."""
    basis = sb.KwaliteitskalenderItem(id="x", wat="X", opmerking=["a", "b"])
    item = sb.kk_item_uit_formulier(basis, {"wat": "X", "opmerking": getypt})
    assert item.plain().get("opmerking") == verwacht


def test_wie_met_trekker_uit_het_formulier(plans: Path) -> None:
    ws = Werkset.laad(plans)
    org = ws.plannen.organisatie
    basis = ws.plannen.kwaliteitskalender.item("begroting")
    velden = {"wat": "Begroting", "wanneer": "Jaarlijks voor 1 januari", "wie": "Directeur-bestuurder"}
    assert sb.kk_item_uit_formulier(basis, velden, org).wie == basis.wie  # unchanged text: as it was
    velden["wie"] = "Directeur-bestuurder i.s.m. secretariaat"
    assert sb.kk_item_uit_formulier(basis, velden, org).plain()["wie"] == {
        "tekst": "Directeur-bestuurder i.s.m. secretariaat",
        "trekker": "directeur-bestuurder",
        "rollen": ["directeur-bestuurder", "secretariaat"],
    }
    actie = sb.actie_uit_formulier(None, "x-01", {"wat": "X", "wie": "Beleidsadviseur samen met OPR"}, org)
    assert actie.plain()["wie"] == {
        "tekst": "Beleidsadviseur samen met OPR",
        "trekker": "beleidsadviseur",
        "rollen": ["beleidsadviseur"],
        "organen": ["opr"],
    }


def test_import_opmerkingen_per_regel_en_trekker(plans: Path, tmp_path: Path) -> None:
    """A Word cell with two paragraphs gives two remarks; 'X i.s.m. Y' gives the trekker and betrokkenen."""
    bestand = word(
        tmp_path / "kk.docx",
        [
            [
                ["Wat", "Wanneer", "Wie", "Opmerking"],
                ["Gesprekscyclus", "", "", ""],
                [
                    "Gesprek met de Inspectie",
                    "Jaarlijks voor 1 maart",
                    "Directeur-bestuurder i.s.m. secretariaat",
                    "Met het toezichthoudend bestuur\nNaar verwachting in 2027 digitaal",
                ],
            ]
        ],
        samenvoegen=[(0, 1)],
    )
    verslag = importeer(plans, bestand)
    assert [(r.uitkomst, r.item) for r in verslag.regels] == [("toegevoegd", "gesprek-met-de-inspectie")]
    assert (
        "      - id: gesprek-met-de-inspectie  # geïmporteerd uit kk.docx, tabel 1, rij 3\n"
        "        wat: Gesprek met de Inspectie\n"
        "        wanneer: Jaarlijks voor 1 maart\n"
        "        wie:\n"
        "          tekst: Directeur-bestuurder i.s.m. secretariaat\n"
        "          rollen: [directeur-bestuurder, secretariaat]\n"
        "          trekker: directeur-bestuurder\n"
        "        opmerking:\n"
        "          - Met het toezichthoudend bestuur\n"
        "          - Naar verwachting in 2027 digitaal\n"
        "  - naam: Evaluatie en onderzoeken\n"
    ) in (plans / KK).read_text(encoding="utf-8")
    assert importeer(plans, bestand).aantallen["overgeslagen"] == 1


def test_import_besluitvorming_met_ter_bespreking(plans: Path, tmp_path: Path) -> None:
    """A Besluitvorming column: 'ter bespreking' / 'bespreken' is the step bespreking; a part that names
    no step or no orgaan of swv.yaml is reported, not guessed; an item's own steps stay."""
    bestand = word(
        tmp_path / "kk.docx",
        [
            [
                ["Wat", "Wanneer", "Wie", "Besluitvorming"],
                ["Gesprekscyclus", "", "", ""],
                [
                    "Evaluatie passend onderwijs",
                    "Jaarlijks voor 1 juni",
                    "Beleidsadviseur",
                    "Ter bespreking in de klankbordgroep; OPR: bespreken\nvaststelling door directeur-bestuurder; "
                    "gemeenten ter informatie",
                ],
                ["Begroting", "", "", "OPR ter bespreking"],
            ]
        ],
        samenvoegen=[(0, 1)],
    )
    verslag = importeer(plans, bestand)
    assert [(r.uitkomst, r.item, r.reden) for r in verslag.regels] == [
        (
            "toegevoegd",
            "evaluatie-passend-onderwijs",
            "in categorie 'Gesprekscyclus'; besluitvorming 'gemeenten ter informatie' niet herkend: niet overgenomen",
        ),
        (
            "overgeslagen",
            "begroting",
            "staat er al; de besluitvorming in de kwaliteitskalender is anders en blijft staan",
        ),
    ]
    assert (
        "        wie:\n"
        "          tekst: Beleidsadviseur\n"
        "          rollen: [beleidsadviseur]\n"
        "        besluitvorming:\n"
        "          - stap: bespreking\n"
        "            orgaan: klankbordgroep\n"
        "          - stap: bespreking\n"
        "            orgaan: opr\n"
        "          - stap: vaststelling\n"
        "            rol: directeur-bestuurder\n"
        "  - naam: Evaluatie en onderzoeken\n"
    ) in (plans / KK).read_text(encoding="utf-8")
