"""The library shipped in the package: every item is cited, its wanneer gives the expected dates,
and it is a valid kwaliteitskalender for an organisation with the bodies `init` creates."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from textwrap import dedent, indent

import pytest

from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.services.check import check
from swvplanner.store.bibliotheek import bibliotheek, bibliotheek_tekst

SJ = Schooljaar.van_datum(date(2026, 9, 1))

# Every library item with its deadlines in schooljaar 2026-2027 (the multi-year cycles need an anker).
VERWACHT = {
    "ondersteuningsplan": [],
    "jaarplan": [date(2027, 7, 31)],
    "begroting": [date(2026, 12, 31)],
    "medezeggenschapsstatuut": [],
    "jaarverslag": [date(2027, 6, 30)],
    "jaarverslag-opr": [date(2026, 9, 30)],
    "evaluatie-jaarplan": [date(2026, 9, 30)],
    "zelfevaluatie-toezicht": [date(2027, 6, 30)],
    "rooster-van-aftreden": [date(2026, 12, 31)],
    "kwaliteitskalender": [date(2027, 7, 31)],
}

SWV_VOLLEDIG = dedent("""\
    naam: Samenwerkingsverband Proef PO
    kort: SWV Proef
    regio: noord
    domein: planning.swv-proef.nl
    rollen:
      - id: directeur-bestuurder
        naam: Directeur-bestuurder
      - id: secretariaat
        naam: Secretariaat
      - id: accountant
        naam: Accountant
    overlegorganen:
      - {id: alv, naam: Algemene ledenvergadering, kort: ALV, soort: bestuur}
      - {id: tb, naam: Toezichthoudend bestuur, kort: TB, soort: toezicht}
      - {id: auditcommissie, naam: Auditcommissie, kort: Auditcie, soort: toezicht, onderdeel-van: tb}
      - {id: opr, naam: Ondersteuningsplanraad, kort: OPR, soort: medezeggenschap}
      - {id: mr-p, naam: Medezeggenschapsraad personeel, kort: MR-P, soort: medezeggenschap}
      - {id: oogo, naam: Op overeenstemming gericht overleg, kort: OOGO, soort: extern}
    """)


def test_elk_item_en_zijn_data_in_2026_2027() -> None:
    items = {i.id: i for i in bibliotheek().items()}
    assert list(items) == list(VERWACHT)
    for item_id, data in VERWACHT.items():
        regel = parse_regel(items[item_id].wanneer, items[item_id].anker)
        assert regel.herkend, item_id
        assert regel.data_in(SJ) == data, item_id


@pytest.mark.parametrize(
    ("item_id", "anker", "data"),
    [("ondersteuningsplan", 2027, [date(2027, 4, 30)]), ("medezeggenschapsstatuut", 2027, [date(2027, 7, 31)])],
)
def test_meerjarige_cyclus_met_anker(item_id: str, anker: int, data: list[date]) -> None:
    item = bibliotheek().item(item_id)
    assert item is not None and item.anker is None
    assert parse_regel(item.wanneer, anker).data_in(SJ) == data
    assert parse_regel(item.wanneer, anker).data_in(SJ.volgende()) == []


def test_elk_item_heeft_een_grondslag_en_een_bronvermelding() -> None:
    regels = bibliotheek_tekst().splitlines()
    for item in bibliotheek().items():
        assert item.grondslag, item.id
        assert item.bibliotheek is None, item.id  # set when copied into an organisation
        i = regels.index(f"      - id: {item.id}")
        assert regels[i - 1].lstrip().startswith("# "), f"{item.id}: geen commentaar met de bron erboven"


def test_ondersteuningsplan_zoals_de_inspectie_het_vraagt() -> None:
    item = bibliotheek().item("ondersteuningsplan")
    assert item is not None
    assert [(s.stap, s.orgaan or s.rol, s.aan) for s in item.besluitvorming] == [
        ("overleg", "oogo", None),
        ("overleg", "directeur-bestuurder", "samenwerkingsverbanden met een geheel of gedeeltelijk overlappend gebied"),
        ("instemming", "opr", None),
        ("goedkeuring", "tb", None),
        ("vaststelling", "directeur-bestuurder", None),
        ("aanleveren", "directeur-bestuurder", "Inspectie van het Onderwijs"),
    ]
    assert "uitstel is niet mogelijk" in (item.grondslag or "")
    assert "WMS art. 14a" in (item.grondslag or "")


def test_jaarverslag_met_controle_en_aanleveren_aan_duo() -> None:
    item = bibliotheek().item("jaarverslag")
    assert item is not None
    stappen = [(s.stap, s.orgaan or s.rol, s.aan) for s in item.besluitvorming]
    assert ("controle", "accountant", None) in stappen
    assert ("goedkeuring", "tb", None) in stappen
    assert stappen[-1] == ("aanleveren", "directeur-bestuurder", "DUO")


def test_bibliotheek_als_kwaliteitskalender_zonder_fouten(tmp_path: Path) -> None:
    """The library as an organisation's kwaliteitskalender.yaml: every orgaan and rol resolves."""
    (tmp_path / "swv.yaml").write_text(SWV_VOLLEDIG, encoding="utf-8")
    (tmp_path / "kwaliteitskalender.yaml").write_text(bibliotheek_tekst(), encoding="utf-8")
    assert [(b.code, b.melding) for b in check(tmp_path, vandaag=date(2026, 9, 1)) if b.ernst == "fout"] == []


KK_MET_COMMENTAAR = dedent("""\
    titel: Kwaliteitskalender
    categorieen:
      - naam: Plannen  # eigen kop
        items:
          # eigen toelichting
          - id: begroting
            wat: Begroting  # onze afspraak
    """)


def test_categorie_erbij_en_item_erbij_houdt_commentaar(tmp_path: Path) -> None:
    """Categories have no id: matched by name, a category that gets an item keeps its comments while
    another category is added in the same save (before, the whole list was written anew)."""
    from swvplanner.core.model.kwaliteitskalender import Categorie, Kwaliteitskalender, KwaliteitskalenderItem
    from swvplanner.store.bestand import bewaar, lees_bestand

    pad = tmp_path / "kwaliteitskalender.yaml"
    pad.write_text(KK_MET_COMMENTAAR, encoding="utf-8")
    bestand = lees_bestand(pad, Kwaliteitskalender)
    nieuw = bestand.model.model_copy(deep=True)
    nieuw.categorieen[0].items.append(KwaliteitskalenderItem(id="jaarplan", wat="Jaarplan"))
    nieuw.categorieen.append(Categorie(naam="Toezicht", items=[KwaliteitskalenderItem(id="rooster", wat="Rooster")]))
    bewaar(bestand, nieuw)
    erbij = dedent("""\
            - id: jaarplan
              wat: Jaarplan
        - naam: Toezicht
          items:
            - id: rooster
              wat: Rooster
        """)
    assert pad.read_text(encoding="utf-8") == KK_MET_COMMENTAAR + indent(erbij, "  ")
