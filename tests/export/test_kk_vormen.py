"""A deadline's DESCRIPTION with several remarks, and a wie with a trekker: trekker and betrokkenen
both get the item in their rol feeds, the trekker named first."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from swvplanner.export.gebeurtenissen import gebeurtenissen
from swvplanner.store.planmap import laad_map
from tests.voorbeelden import EEN_JAAR

OUD = (
    "      - id: begroting\n"
    "        wat: Begroting\n"
    "        wanneer: Jaarlijks voor 1 januari\n"
    "        wie:\n"
    "          tekst: Directeur-bestuurder\n"
    "          rollen: [directeur-bestuurder]\n"
)
NIEUW = (
    "      - id: begroting\n"
    "        wat: Begroting\n"
    "        wanneer: Jaarlijks voor 1 januari\n"
    "        wie:\n"
    "          tekst: Directeur-bestuurder i.s.m. beleidsadviseur en auditcommissie\n"
    "          trekker: directeur-bestuurder\n"
    "          rollen: [directeur-bestuurder, beleidsadviseur]\n"
    "          organen: [auditcommissie]\n"
    "        opmerking:\n"
    "          - Meerjarenbegroting erbij\n"
    "          - Naar verwachting vanaf 2027 per kwartaal\n"
)


def test_opmerkingen_en_trekker_in_de_deadline(tmp_path: Path) -> None:
    plans = Path(shutil.copytree(EEN_JAAR, tmp_path / "plans"))
    kk = plans / "kwaliteitskalender.yaml"
    tekst = kk.read_text(encoding="utf-8")
    assert tekst.count(OUD) == 1
    kk.write_text(tekst.replace(OUD, NIEUW), encoding="utf-8")
    (deadline,) = [
        g
        for g in gebeurtenissen(laad_map(plans).plannen, date(2025, 9, 1))
        if g.uid == "kk-begroting-20251231@planning.swv-nmd-po.nl"
    ]
    assert deadline.begin == date(2025, 12, 31)
    assert deadline.beschrijving == (
        "Wanneer: Jaarlijks voor 1 januari\n"
        "Wie: Directeur-bestuurder i.s.m. beleidsadviseur en auditcommissie\n"
        "Trekker: Directeur-bestuurder; betrokken: Beleidsadviseur, Auditcie\n"
        "Meerjarenbegroting erbij\n"
        "Naar verwachting vanaf 2027 per kwartaal\n"
        "\n"
        "Besluitvorming:\n"
        "- advies: Auditcie\n"
        "- goedkeuring: TB\n"
        "- vaststelling: Directeur-bestuurder\n"
        "- informatie: OPR\n"
        "- informatie: ALV"
    )
    assert {"directeur-bestuurder", "beleidsadviseur", "deadlines", "alles"} <= deadline.feeds


def test_actie_met_trekker(tmp_path: Path) -> None:
    """The example's 'Directeur-bestuurder i.s.m. klankbordgroep' acties name their trekker."""
    plans = Path(shutil.copytree(EEN_JAAR, tmp_path / "plans"))
    jp = plans / "jaarplan-2025-2026.yaml"
    wie = "              tekst: Directeur-bestuurder i.s.m. klankbordgroep\n"
    jp.write_text(
        jp.read_text(encoding="utf-8").replace(wie, wie + "              trekker: directeur-bestuurder\n"),
        encoding="utf-8",
    )
    (actie,) = [
        g
        for g in gebeurtenissen(laad_map(plans).plannen, date(2025, 9, 1))
        if g.uid.startswith("actie-organisatie-samenwerken-01@")
    ]
    assert (
        "\nWie: Directeur-bestuurder i.s.m. klankbordgroep\nTrekker: Directeur-bestuurder; betrokken: Klankbordgroep\n"
        in (actie.beschrijving)
    )
    assert "directeur-bestuurder" in actie.feeds
