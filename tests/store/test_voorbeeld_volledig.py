"""The example plans hold the seed documents completely: count what the sources contain."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.store.planmap import laad_map
from tests.voorbeelden import EEN_JAAR

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def plannen():
    return laad_map(EEN_JAAR).plannen


def test_organisatie(plannen):
    org = plannen.organisatie
    assert org.naam == "Samenwerkingsverband Noord- en Midden-Drenthe PO"
    assert org.regio == "noord"
    assert org.tijdzone == "Europe/Amsterdam"
    assert [o.nummer for o in org.ondersteuningsplan.ontwikkelpunten] == list(range(1, 11))
    assert org.orgaan("opr").minimum_per_schooljaar == 4
    assert org.orgaan("cvt").openbaar is False


def test_jaarplan_rijen_per_ontwikkelpunt(plannen):
    plan = plannen.jaarplannen[Schooljaar(2025)]
    assert plan.vastgesteld == date(2025, 9, 15)
    rijen = {
        o.id: (o.ontwikkelpunten, sum(len(d.acties) for d in o.doelen) + len(o.acties)) for o in plan.alle_onderdelen()
    }
    # Row counts of the tables in seed 000, section 2.
    assert rijen == {
        "basisondersteuning": ([2, 3], 5),
        "dekkend-netwerk": ([6, 7, 10], 7),
        "ouder-jeugdsteunpunt": ([5], 3),
        "steeds-inclusiever": ([1, 3], 2),
        "doorbraakaanpak": ([8], 2),
        "organisatie-samenwerken": ([9, 10], 4),
    }
    for o in plan.alle_onderdelen():
        assert len(o.doelen) == 1 and o.doelen[0].tekst
        for a in o.doelen[0].acties:
            assert a.wat and a.wie and a.wanneer, a.id
    nieuw_op = plan.actie("organisatie-samenwerken-04")
    assert nieuw_op.wanneer == "1 mei 2026"
    assert "2026-20230" in nieuw_op.wat  # the source's slip is kept, not corrected


def test_kwaliteitskalender_compleet(plannen):
    kk = plannen.kwaliteitskalender
    assert [(c.naam, len(c.items)) for c in kk.categorieen] == [
        ("Documenten: plannen", 7),
        ("Documenten: verantwoording", 6),
        ("Gesprekscyclus", 3),
        ("Evaluatie en onderzoeken", 6),
    ]
    assert kk.item("jaarverslag").wanneer == "Jaarlijks voor 1 juli"
    assert kk.item("ondersteuningsplan").anker == 2026
    stappen = [(s.stap, s.orgaan or s.rol) for s in kk.item("begroting").besluitvorming]
    assert stappen[:3] == [
        ("advies", "auditcommissie"),
        ("goedkeuring", "tb"),
        ("vaststelling", "directeur-bestuurder"),
    ]


def test_elke_wanneer_van_de_kwaliteitskalender_wordt_gelezen(plannen):
    niet_herkend = [
        i.wanneer
        for i in plannen.kwaliteitskalender.items()
        if i.wanneer and not parse_regel(i.wanneer, i.anker).herkend
    ]
    assert niet_herkend == []


def test_vergaderingen_compleet(plannen):
    vp = plannen.vergaderplanningen[Schooljaar(2025)]
    per_orgaan = Counter(v.orgaan for v in vp.vergaderingen if v.datum)
    # Dates per body in the table "4. Jaarplanning 2025 – 2026" of seed 000 (the study day of
    # 9 October 2025, listed under ALV, Klankbordgroep and Overig, is one meeting).
    assert per_orgaan == {
        "alv": 3,
        "opr": 5,
        "mr-p": 3,
        "tb": 5,
        "auditcommissie": 5,
        "remuneratiecommissie": 2,
        "klankbordgroep": 5,
        "dir-sbo-so": 3,
        "wg-po-vo": 6,
        "stuurgroep-hb": 4,
        "wg-steeds-inclusiever": 5,
        "nw-regievoerders": 3,
        "nw-orthopedagogen": 3,
        "nw-nt2": 3,
        "nw-ab": 4,
        "nw-hb-po": 5,
        "nw-financien": 1,
        "overig": 4,
        "oogo": 1,
        "regionaal-beleidsoverleg": 2,
    }
    assert sum(per_orgaan.values()) == 72
    ongedateerd = {v.id: (v.wanneer, v.herhaling) for v in vp.vergaderingen if v.datum is None}
    assert ongedateerd == {
        "stuurgroep-go-2526-01": ("ntb", None),
        "cvt-2526-01": (None, "iedere donderdag"),
        "atoz-2526-01": ("dinsdag, nnb", None),
        "oogo-2526-02": ("voorjaar 2026", None),
    }
    reserve = [v.id for v in vp.vergaderingen if v.status == "reserve"]
    assert reserve == ["alv-2526-03"]
    # The source's slip is kept as written: the PO/VO-middag dated 2024 in the 2025-2026 table.
    assert any(v.datum == date(2024, 11, 12) for v in vp.vergaderingen)


def test_sterretje_tijden_van_het_bestuur(plannen):
    vp = plannen.vergaderplanningen[Schooljaar(2025)]
    tb = {v.datum: str(v.tijd) if v.tijd else None for v in vp.vergaderingen if v.orgaan == "tb"}
    assert tb == {
        date(2025, 10, 1): "11:00-12:30",
        date(2025, 12, 10): None,
        date(2026, 2, 18): None,
        date(2026, 4, 15): None,
        date(2026, 6, 10): "11:00-12:30",
    }


def test_vo_groningen_stad_rijen_per_thema():
    plannen = laad_map(ROOT / "examples" / "vo-groningen-stad").plannen
    plan = plannen.jaarplannen[Schooljaar(2024)]
    delen = {d.id: [(t.nummer, len(t.acties)) for t in d.onderdelen] for d in plan.onderdelen}
    # Rows per theme in the tables of seed 003 (a row continued after a page break is one row).
    assert delen == {
        "jaarkalender": [("1", 9), ("2", 4), ("3", 6), ("4", 1), ("5", 2), ("6", 2), ("7", 1), ("8", 1), ("9", 1)],
        "jaarplan": [("1", 12), ("2", 1), ("3", 2), ("4", 3), ("5", 2), ("6", 1), ("7", 1), ("8", 1), ("9", 7)],
    }
    assert [k.nummer for k in plan.kpis] == list(range(1, 13))
    assert plan.evaluatie is not None and plan.evaluatie.gerealiseerd and plan.evaluatie.niet_gerealiseerd
    # jaarplan theme 9 numbers its rows 1, 2, 3, 4, 3, 5, 6 in the source; kept as written.
    assert [a.nummer for a in plan.onderdelen[1].onderdelen[8].acties] == ["1", "2", "3", "4", "3", "5", "6"]
    eerste = plan.onderdelen[0].onderdelen[0].acties[0]
    assert eerste.wanneer == "oktober 2024"
    assert eerste.kpi == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert eerste.middelen is not None and "€0,09 per lln" in eerste.middelen.financieel


def test_po_2203_programmalijn_compleet():
    plannen = laad_map(ROOT / "examples" / "po-2203").plannen
    plan = plannen.jaarplannen[Schooljaar(2025)]
    [thema] = plan.onderdelen
    [lijn] = thema.onderdelen
    assert (thema.soort, lijn.soort, lijn.titel) == ("thema", "programmalijn", "Basisondersteuning & zorgplicht")
    assert lijn.verantwoordelijkheid and lijn.speerpunt and lijn.beschrijving
    assert [d.nummer for d in lijn.doelen] == ["1", "2", "3", "4", "5", "6"]
    assert [d.indicator for d in lijn.doelen][0] == "100% van de scholen."
    assert [a.wanneer for a in lijn.acties] == [
        "Jaarlijks in oktober. Eens per vier jaar ondersteuningsaanbod opnieuw vast te stellen door MR-en. "
        "(Bij wijzigingen jaarlijks.)",
        "Jaarlijks.",
        "Tweejaarlijks. Jaarlijks. 4 x per jaar .",
        "Tweejaarlijks.",
        "Voor 1 februari.",
        "Jaarlijks.",
    ]
    assert all(a.actiepunten and a.indicator and a.meetinstrument and a.wie for a in lijn.acties)
    assert len(lijn.risicos) == 4 and all(r.beheersmaatregelen for r in lijn.risicos)
    assert lijn.begroting is not None and "€ 143 per leerling" in lijn.begroting.geraamde_kosten
