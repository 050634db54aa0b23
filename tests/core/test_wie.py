"""A wie with a lead and partners: the trekker in the model, and reading 'X i.s.m. Y' against swv.yaml."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from swvplanner.core.bewerken.jaarplan import vervang
from swvplanner.core.model.basis import Wie
from swvplanner.core.model.kwaliteitskalender import KwaliteitskalenderItem
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.verschil.documenten import jaarplan
from swvplanner.core.wie import lees_wie, nieuwe_wie, trekker_tekst
from swvplanner.store.planmap import laad_map
from tests.voorbeelden import EEN_JAAR

from .checks.hulp import check, kern, van_code

ORG = laad_map(EEN_JAAR).plannen.organisatie


def test_trekker_is_een_van_de_rollen_of_organen() -> None:
    wie = Wie(tekst="x", trekker="opr", rollen=["secretariaat"], organen=["opr"])
    assert wie.betrokkenen() == ["secretariaat"]
    assert wie.plain() == {"tekst": "x", "trekker": "opr", "rollen": ["secretariaat"], "organen": ["opr"]}
    with pytest.raises(ValidationError) as fout:
        Wie(tekst="x", trekker="tb", rollen=["secretariaat"])
    assert fout.value.errors()[0]["msg"] == (
        "Value error, de trekker 'tb' staat niet bij de rollen of organen van wie; "
        "zet het id ook onder rollen of organen"
    )


def test_wie_zonder_trekker_blijft_zoals_hij_was() -> None:
    """Existing YAML: a plain text stays a plain text, a mapping keeps its keys (no trekker added)."""
    assert KwaliteitskalenderItem(id="a", wat="A", wie="Directeur-bestuurder").plain()["wie"] == "Directeur-bestuurder"
    wie = {"tekst": "Directeur-bestuurder", "rollen": ["directeur-bestuurder"]}
    assert KwaliteitskalenderItem(id="a", wat="A", wie=wie).plain()["wie"] == wie


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        (
            "Directeur-bestuurder i.s.m. klankbordgroep",
            {"trekker": "directeur-bestuurder", "rollen": ["directeur-bestuurder"], "organen": ["klankbordgroep"]},
        ),
        (
            "Directeur-bestuurder in samenwerking met OPR en TB",
            {"trekker": "directeur-bestuurder", "rollen": ["directeur-bestuurder"], "organen": ["opr", "tb"]},
        ),
        (
            "Beleidsadviseur samen met het secretariaat",
            {"trekker": "beleidsadviseur", "rollen": ["beleidsadviseur", "secretariaat"]},
        ),
        (
            "Secretariaat met hulp van de beleidsadviseur",
            {"trekker": "secretariaat", "rollen": ["secretariaat", "beleidsadviseur"]},
        ),
        (  # the source's slip "i.s.m. met"; the partner is not a name in swv.yaml
            "Consulent passend onderwijs i.s.m. met regievoerders zorgplicht",
            {"trekker": "consulent-passend-onderwijs", "rollen": ["consulent-passend-onderwijs"]},
        ),
        (  # quotes and case ignored
            "Werkgroep 'steeds inclusiever' i.s.m. diverse betrokkenen",
            {"trekker": "wg-steeds-inclusiever", "organen": ["wg-steeds-inclusiever"]},
        ),
        (  # no connector: references, no trekker; a rol name with 'en' in it stays one rol
            "Voorzitter CvT en CvA / Directeur-bestuurder",
            {"rollen": ["voorzitter-cvt-cva", "directeur-bestuurder"]},
        ),
        (  # the lead is no rol or orgaan: only the partner is referenced
            "Diverse schoolbesturen i.s.m. netwerk NT2/nieuwkomers",
            {"organen": ["nw-nt2"]},
        ),
    ],
)
def test_lees_wie(tekst: str, verwacht: dict[str, object]) -> None:
    assert lees_wie(tekst, ORG).plain() == {"tekst": tekst, **verwacht}


def test_lees_wie_zonder_bekende_naam_is_alleen_tekst() -> None:
    assert lees_wie("Werkgroep (i.s.m. swv VO)", ORG).plain() == "Werkgroep (i.s.m. swv VO)"


def test_trekker_alleen_van_de_eerste_regel() -> None:
    tekst = "Schoolbesturen\nDirecteur-bestuurder i.s.m. klankbordgroep"
    assert lees_wie(tekst, ORG).plain() == {
        "tekst": tekst,
        "rollen": ["directeur-bestuurder"],
        "organen": ["klankbordgroep"],
    }


def test_nieuwe_wie_houdt_de_oude_verwijzingen_als_de_tekst_niets_noemt() -> None:
    oud = {"tekst": "DB", "rollen": ["directeur-bestuurder"]}
    assert nieuwe_wie("De directeur", oud, ORG) == {"tekst": "De directeur", "rollen": ["directeur-bestuurder"]}
    assert nieuwe_wie("De directeur", "DB", ORG) == "De directeur"
    assert nieuwe_wie("OPR samen met TB", oud, ORG) == {
        "tekst": "OPR samen met TB",
        "trekker": "opr",
        "organen": ["opr", "tb"],
    }


def test_trekker_tekst() -> None:
    assert (
        trekker_tekst(lees_wie("Directeur-bestuurder in samenwerking met OPR en TB", ORG), ORG)
        == "Trekker: Directeur-bestuurder; betrokken: OPR, TB"
    )
    assert trekker_tekst(lees_wie("Directeur-bestuurder i.s.m. diverse betrokkenen", ORG), ORG) == (
        "Trekker: Directeur-bestuurder"
    )
    assert trekker_tekst(lees_wie("Secretariaat", ORG), ORG) is None
    assert trekker_tekst(None, ORG) is None


def test_onbekende_trekker_in_het_bestand(tmp_path: Path) -> None:
    """The check names the trekker's own line and column, in Dutch; a known trekker is no finding."""
    plans = Path(shutil.copytree(EEN_JAAR, tmp_path / "plans"))
    pad = plans / "jaarplan-2025-2026.yaml"
    tekst = pad.read_text(encoding="utf-8")
    wie = "              tekst: Directeur-bestuurder i.s.m. klankbordgroep\n"
    assert tekst.count(wie) == 2
    regel = tekst[: tekst.index(wie)].count("\n") + 2  # 1-based line after the tekst line
    pad.write_text(tekst.replace(wie, wie + "              trekker: klankbordgroep-x\n", 1), encoding="utf-8")
    bevindingen = check(plans, date(2026, 1, 10))
    assert kern(bevindingen, "SWV100") == [("SWV100", "fout", "jaarplan-2025-2026.yaml", regel, 24)]
    assert van_code(bevindingen, "SWV100")[0].melding == (
        "de trekker 'klankbordgroep-x' staat niet bij de rollen of organen van wie; "
        "zet het id ook onder rollen of organen"
    )
    pad.write_text(tekst.replace(wie, wie + "              trekker: klankbordgroep\n", 1), encoding="utf-8")
    assert van_code(check(plans, date(2026, 1, 10)), "SWV100") == []


def test_diff_noemt_een_nieuwe_trekker() -> None:
    plan = laad_map(EEN_JAAR).plannen.jaarplannen[Schooljaar(2025)]
    oud = plan.actie("basisondersteuning-05")
    assert oud is not None and oud.wie is not None and oud.wie.trekker is None
    nieuw_wie = oud.wie.model_copy(update={"trekker": "directeur-bestuurder"})
    nieuw = vervang(plan, oud.model_copy(update={"wie": nieuw_wie}))
    assert [w.tekst for w in jaarplan("jaarplan-2025-2026", plan, nieuw)] == [
        "Actie 'Volgen ontwikkelingen landelijke norm basisondersteuning': wie rollen directeur-bestuurder; "
        "organen klankbordgroep → rollen directeur-bestuurder; organen klankbordgroep; trekker directeur-bestuurder"
    ]


def test_bibliotheek_laat_een_trekker_weg_die_de_organisatie_niet_heeft() -> None:
    """A library item whose trekker is a rol the organisation lacks keeps its other references, and no trekker."""
    from swvplanner.core.bibliotheek import passend

    bron = KwaliteitskalenderItem(
        id="x",
        wat="X",
        wie={
            "tekst": "Controller i.s.m. secretariaat",
            "trekker": "controller",
            "rollen": ["controller", "secretariaat"],
        },
    )
    item, weg = passend(bron, {"opr"}, {"secretariaat"})
    assert item.wie is not None and item.wie.plain() == {
        "tekst": "Controller i.s.m. secretariaat",
        "rollen": ["secretariaat"],
    }
    assert KwaliteitskalenderItem.model_validate(item.plain()).wie == item.wie
    assert [w.tekst for w in weg] == ["rol 'controller' bij wie weggelaten: die rol staat niet in swv.yaml"]
