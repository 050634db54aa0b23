"""Rows of the TUI lists (core.overzichten), the item a finding is about (core.vindplaats) and the
overview of what is coming up (core.vooruitblik), on the example plans.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date

import pytest

from swvplanner.core import overzichten as ov
from swvplanner.core.bewerken import jaarplan as jp_bewerken
from swvplanner.core.bewerken import vergaderingen as vg_bewerken
from swvplanner.core.model.jaarplan import Jaarplan
from swvplanner.core.model.kwaliteitskalender import KwaliteitskalenderItem
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.vindplaats import Onderwerp, onderwerp
from swvplanner.core.vooruitblik import vooruitblik
from swvplanner.store.werkset import Werkset
from tests.voorbeelden import EEN_JAAR, LEVEND

PLANS = EEN_JAAR
VG, JP, KK = "vergaderingen-2025-2026", "jaarplan-2025-2026", "kwaliteitskalender"
SJ = Schooljaar(2025)


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Werkset:
    doel = tmp_path_factory.mktemp("overzichten") / "plans"
    shutil.copytree(PLANS, doel)
    return Werkset.laad(doel)


@pytest.fixture
def plannen(ws):
    return ws.plannen


# --- vergaderrijen ---------------------------------------------------------------------------


def test_vergaderrijen_opr_met_standaardtijd_locatie_en_agenda(plannen) -> None:
    rijen = ov.vergaderrijen(plannen, orgaan="opr")
    assert [(r.id, r.wanneer) for r in rijen] == [
        ("opr-2526-01", "wo 1 okt 2025"),
        ("opr-2526-02", "ma 1 dec 2025"),
        ("opr-2526-03", "wo 11 feb 2026"),
        ("opr-2526-04", "ma 9 mrt 2026"),
        ("opr-2526-05", "wo 27 mei 2026"),
    ]
    r = rijen[3]
    assert (r.document, r.datum, r.tijd, r.orgaan_kort, r.locatie, r.status, r.titel) == (
        VG,
        date(2026, 3, 9),
        "19:30-21:30",
        "OPR",
        "Assen",
        "gepland",
        "",
    )
    assert r.agenda == ("Ondersteuningsplan (instemming)", "Jaarverslag OPR (vaststelling)")


def test_vergaderrijen_gedateerd_eerst_dan_reeksen_en_teksten(plannen) -> None:
    rijen = ov.vergaderrijen(plannen)
    assert len(rijen) == 76
    assert rijen[0].id == "overig-2526-02"  # 12 nov 2024: the earliest date, although misdated
    datums = [r.datum for r in rijen if r.datum]
    assert datums == sorted(datums)
    assert [(r.id, r.wanneer, r.tijd) for r in rijen if r.datum is None] == [
        ("stuurgroep-go-2526-01", "ntb", ""),
        ("oogo-2526-02", "voorjaar 2026", "11:30-14:00"),
        ("cvt-2526-01", "iedere donderdag", "13:00"),
        ("atoz-2526-01", "dinsdag, nnb", "13:00-14:30"),
    ]
    # on one day: by time
    assert [r.id for r in rijen if r.datum == date(2025, 12, 1)] == ["stuurgroep-hb-2526-02", "opr-2526-02"]


@pytest.mark.parametrize(
    ("filters", "verwacht"),
    [
        ({"status": "reserve"}, ["alv-2526-03"]),
        ({"orgaan": "alv", "status": "gepland"}, ["alv-2526-01", "alv-2526-02"]),
        ({"zoek": "OPR dec"}, ["opr-2526-02"]),  # every word must match (orgaan and date)
        ({"zoek": "teams"}, ["klankbordgroep-2526-02", "klankbordgroep-2526-03"]),  # location
        ({"zoek": "gezamenlijk"}, ["dir-sbo-so-2526-02"]),  # notitie
        ({"zoek": "POVomi"}, ["wg-po-vo-2526-03"]),  # bron
        ({"zoek": "ondersteuningsplan 2026-20230"}, ["tb-2526-03"]),  # the actie on the agenda, by its text
        ({"zoek": "themabijeenkomst"}, ["overig-2526-03"]),
        ({"zoek": "bestaat nergens"}, []),
    ],
)
def test_vergaderrijen_filters(plannen, filters, verwacht) -> None:
    assert [r.id for r in ov.vergaderrijen(plannen, **filters)] == verwacht


def test_agenda_actie_tekst(plannen) -> None:
    (rij,) = ov.vergaderrijen(plannen, orgaan="tb", zoek="feb")
    assert rij.agenda == ("actie: Opstellen nieuwe Ondersteuningsplan 2026-20230",)


# --- maand -----------------------------------------------------------------------------------


def test_maand_december_met_reeks_zonder_kerstvakantie(plannen) -> None:
    assert ov.maand(plannen, 2025, 12) == {
        date(2025, 12, 1): [("Stuurgroep HB", "gepland", "stuurgroep-hb-2526-02"), ("OPR", "gepland", "opr-2526-02")],
        date(2025, 12, 4): [("CvT", "gepland", "cvt-2526-01")],
        date(2025, 12, 8): [("ALV", "gepland", "alv-2526-01")],
        date(2025, 12, 10): [("TB", "gepland", "tb-2526-02")],
        date(2025, 12, 11): [("CvT", "gepland", "cvt-2526-01")],
        date(2025, 12, 16): [("Nw AB-ers", "gepland", "nw-ab-2526-02")],
        date(2025, 12, 18): [("CvT", "gepland", "cvt-2526-01")],
    }


def test_maand_uitzondering_en_status(ws, plannen) -> None:
    januari = ov.maand(plannen, 2026, 1)
    assert januari[date(2026, 1, 22)] == [("Dir sbo/so", "gepland", "dir-sbo-so-2526-02")]  # CvT uitgezonderd
    assert januari[date(2026, 1, 15)] == [("CvT", "gepland", "cvt-2526-01")]
    vp = vg_bewerken.zet_status(ws.modellen[VG], "alv-2526-01", "geannuleerd")
    anders = replace(plannen, vergaderplanningen={SJ: vp})
    assert ov.maand(anders, 2025, 12)[date(2025, 12, 8)] == [("ALV", "geannuleerd", "alv-2526-01")]
    assert ov.maand(plannen, 2030, 1) == {}  # no vergaderplanning for that schooljaar


# --- kwaliteitskalender ----------------------------------------------------------------------


def test_kk_rijen(plannen) -> None:
    rijen = {r.id: r for r in ov.kk_rijen(plannen, date(2025, 11, 1))}
    assert len(rijen) == 22
    assert rijen["begroting"] == ov.KkRij(
        "begroting",
        "Documenten: plannen",
        "Begroting",
        "Jaarlijks voor 1 januari",
        date(2025, 12, 31),
        "Directeur-bestuurder",
        "advies Auditcie → goedkeuring TB → vaststelling Directeur-bestuurder → informatie OPR → informatie ALV",
    )
    assert (rijen["handboek"].volgende, rijen["handboek"].wie, rijen["handboek"].besluitvorming) == (None, "", "")
    assert rijen["jaarverslag"].wie == "Directeur-bestuurder\nToezichthoudend bestuur"
    assert [r.id for r in ov.kk_rijen(plannen, date(2025, 11, 1), zoek="opr advies")] == [
        "ondersteuningsplan",
        "begroting",
        "jaarverslag",
    ]
    assert ov.kk_rijen(replace(plannen, kwaliteitskalender=None), date(2025, 11, 1)) == []


@pytest.mark.parametrize(
    ("item", "vandaag", "verwacht"),
    [
        ("begroting", date(2025, 11, 1), date(2025, 12, 31)),
        ("begroting", date(2025, 12, 31), date(2025, 12, 31)),  # today still counts
        ("begroting", date(2026, 1, 1), date(2026, 12, 31)),  # the next schooljaar
        ("jaarverslag", date(2026, 5, 1), date(2026, 6, 30)),
        ("ondersteuningsplan", date(2025, 11, 1), date(2026, 4, 30)),
        ("ondersteuningsplan", date(2026, 5, 1), date(2030, 4, 30)),  # four years on from the anker
        ("handboek", date(2025, 11, 1), None),
    ],
)
def test_volgende_deadline(plannen, item, vandaag, verwacht) -> None:
    assert ov.volgende_deadline(plannen.kwaliteitskalender.item(item), vandaag) == verwacht


def test_besluitvorming_tekst_met_onbekend_orgaan_en_rol(plannen) -> None:
    item = KwaliteitskalenderItem.model_validate(
        {
            "id": "x",
            "wat": "X",
            "besluitvorming": [
                {"stap": "advies", "orgaan": "xyz"},
                {"stap": "vaststelling", "rol": "onbekend"},
                {"stap": "informatie", "orgaan": "mr-p"},
            ],
        }
    )
    assert ov.besluitvorming_tekst(item, plannen.organisatie) == "advies xyz → vaststelling onbekend → informatie MR-P"


@pytest.mark.parametrize(
    ("wie", "status", "zoek", "verwacht"),
    [
        ("klankbord", None, "", ["basisondersteuning-05", "organisatie-samenwerken-01", "organisatie-samenwerken-02"]),
        ("directeur-bestuurder", "lopend", "", ["basisondersteuning-05"]),  # a rol id
        ("nw-hb-po", None, "", ["basisondersteuning-02"]),  # an orgaan id
        ("", None, "hoogbegaafd", ["basisondersteuning-02", "basisondersteuning-03", "dekkend-netwerk-02"]),
        ("", "gepland", "1 mei 2026", ["steeds-inclusiever-02", "organisatie-samenwerken-04"]),
        ("", "vervallen", "", []),
    ],
)
def test_actie_past(ws, wie, status, zoek, verwacht) -> None:
    assert [a.id for a in ws.modellen[JP].acties() if ov.actie_past(a, wie, status, zoek)] == verwacht


@pytest.mark.parametrize(
    ("tekst", "anker", "verwacht"),
    [
        ("  ", None, ("leeg: geen datum", True)),
        (
            "Jaarlijks voor 1 januari",
            None,
            ("elk jaar, voor 1 januari (uiterlijk 31 december) → 2025-2026: 31 dec 2025", True),
        ),
        (
            "Een keer per vier jaar voor 1 mei",
            2028,
            ("eens per 4 jaar, voor 1 mei (uiterlijk 30 april) (ankerjaar 2028); geen datum in 2025-2026", True),
        ),
        (
            "iedere donderdag",
            None,
            (
                "elke donderdag → 2025-2026: 7 aug 2025, 14 aug 2025, 21 aug 2025, 28 aug 2025, "
                "4 sep 2025, 11 sep 2025 … (52 keer)",
                True,
            ),
        ),
        ("blabla", None, ("niet herkend — blijft als tekst staan (deze formulering ken ik niet)", False)),
    ],
)
def test_wanneer_voorbeeld(tekst, anker, verwacht) -> None:
    assert ov.wanneer_voorbeeld(tekst, anker, SJ) == verwacht


# --- vindplaats ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "pad", "verwacht"),
    [
        (VG, ("vergaderingen", 3, "datum"), Onderwerp("vergadering", VG, "opr-2526-01")),
        (VG, ("vergaderingen", 0), Onderwerp("vergadering", VG, "alv-2526-01")),
        (VG, ("vergaderingen", 999, "datum"), Onderwerp("vergadering", VG)),
        (VG, ("schooljaar",), Onderwerp("vergadering", VG)),
        (KK, ("categorieen", 0, "items", 5, "wanneer"), Onderwerp("kwaliteitskalender", KK, "begroting")),
        (KK, ("categorieen", 1, "items", 0), Onderwerp("kwaliteitskalender", KK, "jaarverslag")),
        (KK, ("categorieen", 0, "items", 99), Onderwerp("kwaliteitskalender", KK)),
        (KK, ("categorieen", "x", "items", 0), Onderwerp("kwaliteitskalender", KK)),
        (KK, ("titel",), Onderwerp("kwaliteitskalender", KK)),
        (
            JP,
            ("onderdelen", 0, "doelen", 0, "acties", 2, "wie", "tekst"),
            Onderwerp("actie", JP, "basisondersteuning-03"),
        ),
        (JP, ("onderdelen", 1, "titel"), Onderwerp("onderdeel", JP, "dekkend-netwerk")),
        (JP, ("onderdelen", 1, "toelichting", 0, "tekst"), Onderwerp("onderdeel", JP, "dekkend-netwerk")),
        (JP, ("onderdelen", 0, "doelen", 0, "acties", 99), Onderwerp("onderdeel", JP, "basisondersteuning")),
        (JP, ("onderdelen", 99), Onderwerp("onderdeel", JP)),
        (JP, ("vastgesteld",), Onderwerp("onderdeel", JP)),
        ("organisatie", ("overlegorganen", 4, "tijd"), Onderwerp("organisatie", "organisatie")),
    ],
)
def test_onderwerp(ws, document, pad, verwacht) -> None:
    assert onderwerp(ws.modellen[document], document, pad) == verwacht


def test_onderwerp_in_genest_onderdeel() -> None:
    plan = Jaarplan.model_validate(
        {
            "schooljaar": "2025-2026",
            "onderdelen": [
                {
                    "id": "thema",
                    "soort": "thema",
                    "titel": "T",
                    "onderdelen": [
                        {
                            "id": "lijn",
                            "soort": "programmalijn",
                            "titel": "L",
                            "acties": [{"id": "a-01"}, {"id": "a-02"}],
                        }
                    ],
                }
            ],
        }
    )
    assert onderwerp(plan, JP, ("onderdelen", 0, "onderdelen", 0, "acties", 1, "wat")) == Onderwerp("actie", JP, "a-02")
    assert onderwerp(plan, JP, ("onderdelen", 0, "onderdelen", 0, "titel")) == Onderwerp("onderdeel", JP, "lijn")


# --- vooruitblik -----------------------------------------------------------------------------


def test_vooruitblik_vier_weken_november(plannen) -> None:
    v = vooruitblik(plannen, date(2025, 11, 1), 4)
    assert (v.vandaag, v.tot, v.deadlines, v.achterstallig) == (date(2025, 11, 1), date(2025, 11, 29), [], [])
    assert [(k.datum.day, k.vergadering_id) for k in v.vergaderingen] == [
        (6, "oogo-2526-01"),
        (6, "cvt-2526-01"),
        (10, "nw-hb-po-2526-02"),
        (11, "regionaal-beleidsoverleg-2526-02"),
        (12, "wg-po-vo-2526-03"),
        (12, "wg-steeds-inclusiever-2526-02"),
        (13, "cvt-2526-01"),
        (17, "klankbordgroep-2526-02"),
        (19, "auditcommissie-2526-02"),
        (19, "nw-financien-2526-01"),
        (20, "cvt-2526-01"),
        (26, "remuneratiecommissie-2526-01"),
        (27, "cvt-2526-01"),
    ]
    k = v.vergaderingen[2]
    assert (k.orgaan, k.titel, str(k.tijd), k.locatie, k.status) == ("Nw HB-PO", None, "15:00-16:30", "UniQ", "gepland")
    assert v.vergaderingen[7].locatie == "teams"  # the meeting's own location over the orgaan's


def test_vooruitblik_grenzen_zijn_inbegrepen(plannen) -> None:
    v = vooruitblik(plannen, date(2025, 12, 1), 0)
    assert [(k.vergadering_id, k.orgaan) for k in v.vergaderingen] == [
        ("stuurgroep-hb-2526-02", "Stuurgroep HB"),
        ("opr-2526-02", "OPR"),
    ]


def test_vooruitblik_deadlines_en_achterstallig(ws, plannen) -> None:
    v = vooruitblik(plannen, date(2026, 4, 20), 2)
    assert [(d.datum, d.soort, d.id, d.status) for d in v.deadlines] == [
        (date(2026, 4, 30), "kwaliteitskalender", "ondersteuningsplan", None),
        (date(2026, 5, 1), "actie", "organisatie-samenwerken-04", "gepland"),
        (date(2026, 5, 1), "actie", "steeds-inclusiever-02", "gepland"),
    ]
    assert v.deadlines[1].wat == "Opstellen nieuwe Ondersteuningsplan 2026-20230"
    assert [(d.datum, d.id, d.wanneer) for d in v.achterstallig] == [
        (date(2025, 12, 31), "basisondersteuning-02", "31 december 2025"),
        (date(2025, 12, 31), "basisondersteuning-03", "31 december 2025"),
    ]
    # a finished actie is not overdue
    plan = jp_bewerken.zet_status(ws.modellen[JP], "basisondersteuning-02", "gereed")
    plan = jp_bewerken.zet_status(plan, "basisondersteuning-03", "vervallen")
    assert vooruitblik(replace(plannen, jaarplannen={SJ: plan}), date(2026, 4, 20), 2).achterstallig == []


def test_vooruitblik_over_de_grens_van_het_schooljaar(plannen) -> None:
    v = vooruitblik(plannen, date(2026, 7, 20), 6)
    assert v.vergaderingen == []  # summer holiday
    assert (v.deadlines[0].datum, v.deadlines[0].id) == (date(2026, 7, 31), "schoolondersteuningsprofiel")
    assert {d.datum for d in v.deadlines[1:]} == {date(2026, 8, 1)}
    assert "dekkend-netwerk-05" in {d.id for d in v.deadlines}
    assert (
        next(d.wat for d in v.deadlines if d.id == "dekkend-netwerk-05")
        == "Uitvoeren van plan van aanpak 2023-2025 o.a.:"
    )  # the first line of wat


def test_vooruitblik_lange_periode_mist_geen_schooljaar(plannen) -> None:
    v = vooruitblik(plannen, date(2025, 7, 30), 53)
    assert (date(2025, 12, 31), "begroting") in {(d.datum, d.id) for d in v.deadlines}


def test_vooruitblik_actiepunten(plannen) -> None:
    from swvplanner.core.model.vergaderingen import Actiepunt

    vp = plannen.vergaderplanningen[SJ]
    opr = next(v for v in vp.vergaderingen if v.id == "opr-2526-02")
    punten = [
        Actiepunt(wat="Notulen rondsturen", wanneer=date(2026, 4, 1)),
        Actiepunt(id="reactie-op", wat="Reactie verwerken", wanneer=date(2026, 5, 1)),
        Actiepunt(wat="Al gedaan", wanneer=date(2026, 4, 2), status="gereed"),
        Actiepunt(wat="Later", wanneer=date(2026, 6, 1)),
    ]
    vergaderingen = [v.model_copy(update={"actiepunten": punten}) if v is opr else v for v in vp.vergaderingen]
    p = replace(plannen, vergaderplanningen={SJ: vp.model_copy(update={"vergaderingen": vergaderingen})})
    v = vooruitblik(p, date(2026, 4, 20), 2)
    assert [(d.datum, d.soort, d.id, d.wat, d.wanneer, d.status) for d in v.deadlines if d.soort == "actiepunt"] == [
        (date(2026, 5, 1), "actiepunt", "reactie-op", "Reactie verwerken", "actiepunt OPR, 1 dec 2025", "open")
    ]
    assert [(d.datum, d.soort, d.id) for d in v.achterstallig if d.soort == "actiepunt"] == [
        (date(2026, 4, 1), "actiepunt", "opr-2526-02-1")
    ]


def test_vooruitblik_in_het_concept_2026_2027_een_voortgezette_actie_telt_een_keer() -> None:
    # The bundled example's next year is the jaarovergang's draft: its meetings come up, and each
    # actie carried over is overdue once, as the new actie (its date is still last year's), never twice.
    plannen = Werkset.laad(LEVEND).plannen
    v = vooruitblik(plannen, date(2026, 12, 1), 6)
    assert [(k.datum, k.vergadering_id) for k in v.vergaderingen][:4] == [
        (date(2026, 12, 3), "cvt-2627-01"),
        (date(2026, 12, 7), "alv-2627-01"),
        (date(2026, 12, 9), "tb-2627-02"),
        (date(2026, 12, 10), "cvt-2627-01"),
    ]
    assert [(d.datum, d.id) for d in v.deadlines] == [(date(2026, 12, 31), "begroting")]
    nieuw = plannen.jaarplannen[Schooljaar(2026)]
    assert len(v.achterstallig) == 15
    assert all(nieuw.actie(d.id) is not None and d.datum == date(2026, 8, 1) for d in v.achterstallig)
