"""Pure edits of the plan models (swvplanner.core.bewerken): new ids, add/move/cancel meetings,
agenda, acties and kwaliteitskalender items. Every edit returns a new validated model and leaves
its input untouched; impossible edits raise BewerkFout with a Dutch message.
"""

from __future__ import annotations

import shutil
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from swvplanner.core.bewerken import jaarplan as jp
from swvplanner.core.bewerken import kwaliteitskalender as kkb
from swvplanner.core.bewerken import vergaderingen as vg
from swvplanner.core.bewerken.hulp import sj_kort, volgend_id
from swvplanner.core.fouten import BewerkFout
from swvplanner.core.model.jaarplan import ACTIE_STATUSSEN, Actie, Jaarplan
from swvplanner.core.model.vergaderingen import Agendapunt
from swvplanner.core.nl_datum import Tijdvak
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.store.werkset import Werkset
from tests.voorbeelden import EEN_JAAR

PLANS = EEN_JAAR
VG, JP = "vergaderingen-2025-2026", "jaarplan-2025-2026"


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Werkset:
    """Loaded once: the edits are pure, and the tests check that their input stays untouched."""
    doel = tmp_path_factory.mktemp("bewerken") / "plans"
    shutil.copytree(PLANS, doel)
    return Werkset.laad(doel)


@pytest.fixture
def vp(ws):
    return ws.modellen[VG]


@pytest.fixture
def org(ws):
    return ws.plannen.organisatie


@pytest.fixture
def plan(ws) -> Jaarplan:
    return ws.modellen[JP]


def ids(vp) -> list[str]:
    return [v.id for v in vp.vergaderingen]


# --- hulp ------------------------------------------------------------------------------------


def test_sj_kort_en_volgend_id() -> None:
    assert [sj_kort(Schooljaar(j)) for j in (2025, 1999, 2009)] == ["2526", "9900", "0910"]
    assert volgend_id("opr-2526", ["opr-2526-01", "opr-2526-03", "alv-2526-07"]) == "opr-2526-04"
    assert volgend_id("opr-2526", []) == "opr-2526-01"
    assert volgend_id("opr-2526", ["opr-2526-09"]) == "opr-2526-10"
    assert volgend_id("opr-2526", ["opr-2526-123"]) == "opr-2526-124"
    # a longer prefix that starts the same, and ids with a suffix, do not count
    assert volgend_id("mr", ["mr-p-2526-05", "mr-02-oud"]) == "mr-01"
    # regex characters in the prefix are literal
    assert volgend_id("a.b", ["axb-05"]) == "a.b-01"


@given(
    st.text(alphabet="abc-", min_size=1, max_size=6),
    st.lists(st.one_of(st.integers(0, 200).map(str), st.text(alphabet="abc-0123456789", max_size=9)), max_size=20),
)
def test_volgend_id_is_altijd_nieuw_en_hoger(voorvoegsel: str, staarten: list[str]) -> None:
    bestaande = [f"{voorvoegsel}-{s}" for s in staarten] + staarten
    nieuw = volgend_id(voorvoegsel, bestaande)
    assert nieuw not in bestaande
    assert nieuw.startswith(f"{voorvoegsel}-")
    nummer = int(nieuw.rsplit("-", 1)[1])
    assert all(nummer > int(s) for s in staarten if s.isdigit())


# --- vergaderingen ---------------------------------------------------------------------------


def test_nieuw_vergadering_id(vp) -> None:
    assert [vg.nieuw_vergadering_id(vp, o) for o in ("opr", "alv", "mr-p")] == [
        "opr-2526-06",
        "alv-2526-04",
        "mr-p-2526-04",
    ]


def test_voeg_toe_na_de_andere_vergaderingen_van_het_orgaan_zonder_standaardwaarden(vp, org) -> None:
    voor = ids(vp)
    nieuw, nieuw_id = vg.voeg_toe(vp, org, "opr", date(2026, 6, 24), Tijdvak(time(19, 30), time(21, 30)), "Assen")
    assert nieuw_id == "opr-2526-06"
    assert ids(nieuw) == voor[:8] + ["opr-2526-06"] + voor[8:]
    assert voor[7] == "opr-2526-05"
    # time and location equal to the OPR's defaults are not written
    assert nieuw.vergadering("opr-2526-06").plain() == {"id": "opr-2526-06", "orgaan": "opr", "datum": "2026-06-24"}
    assert ids(vp) == voor  # the input is untouched


def test_voeg_toe_schrijft_afwijkende_velden(vp, org) -> None:
    nieuw, nieuw_id = vg.voeg_toe(
        vp, org, "opr", date(2026, 6, 24), Tijdvak(time(20, 0)), "Emmen", "Extra OPR", online=True, status="reserve"
    )
    assert nieuw.vergadering(nieuw_id).plain() == {
        "id": "opr-2526-06",
        "orgaan": "opr",
        "titel": "Extra OPR",
        "datum": "2026-06-24",
        "tijd": "20:00",
        "locatie": "Emmen",
        "online": True,
        "status": "reserve",
    }


def test_voeg_toe_voor_orgaan_zonder_vergaderingen_komt_achteraan(vp, org) -> None:
    zonder_opr = vp
    for i in ("opr-2526-01", "opr-2526-02", "opr-2526-03", "opr-2526-04", "opr-2526-05"):
        zonder_opr = vg.verwijder(zonder_opr, i)
    nieuw, nieuw_id = vg.voeg_toe(zonder_opr, org, "opr", date(2025, 9, 1))
    assert nieuw_id == "opr-2526-01"
    assert ids(nieuw) == ids(zonder_opr) + ["opr-2526-01"]


@pytest.mark.parametrize(
    ("orgaan", "datum", "melding"),
    [
        ("xyz", date(2026, 1, 5), "onbekend overlegorgaan 'xyz'"),
        ("opr", date(2026, 8, 1), "01-08-2026 valt buiten schooljaar 2025-2026"),
        ("opr", date(2025, 7, 31), "31-07-2025 valt buiten schooljaar 2025-2026"),
    ],
)
def test_voeg_toe_weigert(vp, org, orgaan, datum, melding) -> None:
    with pytest.raises(BewerkFout) as fout:
        vg.voeg_toe(vp, org, orgaan, datum)
    assert str(fout.value) == melding


def test_verplaats_houdt_id_en_markeert_verplaatst(vp, org) -> None:
    nieuw = vg.verplaats(vp, org, "alv-2526-01", date(2025, 12, 15))
    assert ids(nieuw) == ids(vp)
    v = nieuw.vergadering("alv-2526-01")
    assert (v.datum, v.status, v.tijd, v.verplaatst_van) == (date(2025, 12, 15), "verplaatst", None, date(2025, 12, 8))
    assert vp.vergadering("alv-2526-01").datum == date(2025, 12, 8)
    # moved again: it still came from 8 December; moved back there: planned as before
    nog_eens = vg.verplaats(nieuw, org, "alv-2526-01", date(2025, 12, 17))
    assert nog_eens.vergadering("alv-2526-01").verplaatst_van == date(2025, 12, 8)
    terug = vg.verplaats(nog_eens, org, "alv-2526-01", date(2025, 12, 8)).vergadering("alv-2526-01")
    assert (terug.status, terug.verplaatst_van) == ("gepland", None)
    assert terug.plain() == vp.vergadering("alv-2526-01").plain()


def test_verplaats_tijd(vp, org) -> None:
    # only another time on the same day: still gepland
    v = vg.verplaats(vp, org, "opr-2526-02", date(2025, 12, 1), Tijdvak(time(20, 0), time(22, 0))).vergadering(
        "opr-2526-02"
    )
    assert (v.status, str(v.tijd)) == ("gepland", "20:00-22:00")
    # back to the orgaan's default time: the meeting's own time is removed
    assert str(vp.vergadering("tb-2526-01").tijd) == "11:00-12:30"
    nieuw = vg.verplaats(vp, org, "tb-2526-01", date(2025, 10, 8), Tijdvak(time(9, 30), time(11, 0)))
    assert nieuw.vergadering("tb-2526-01").plain() == {
        "id": "tb-2526-01",
        "orgaan": "tb",
        "datum": "2025-10-08",
        "status": "verplaatst",
        "verplaatst-van": "2025-10-01",
        "bron": "1 okt. 2025*",
    }


def test_datum_corrigeren_laat_de_status_staan(vp, org) -> None:
    nieuw = vg.verplaats(vp, org, "alv-2526-01", date(2025, 12, 15), als_verplaatst=False)
    assert ids(nieuw) == ids(vp)
    v = nieuw.vergadering("alv-2526-01")
    assert (v.datum, v.status, v.tijd) == (date(2025, 12, 15), "gepland", None)
    assert "status" not in v.plain() and "verplaatst-van" not in v.plain()


def test_verplaats_ongedateerde_vergadering_wordt_niet_verplaatst(vp, org) -> None:
    v = vg.verplaats(vp, org, "stuurgroep-go-2526-01", date(2026, 3, 2)).vergadering("stuurgroep-go-2526-01")
    assert (v.datum, v.wanneer) == (date(2026, 3, 2), None)
    assert v.status == "gepland"


@pytest.mark.parametrize(
    ("vid", "datum", "melding"),
    [
        (
            "cvt-2526-01",
            date(2026, 1, 8),
            "een reeks verplaatst u door de herhaling aan te passen, niet door één datum",
        ),
        ("opr-2526-01", date(2026, 9, 1), "01-09-2026 valt buiten schooljaar 2025-2026"),
        ("opr-2526-99", date(2026, 1, 8), "vergadering 'opr-2526-99' bestaat niet (meer)"),
    ],
)
def test_verplaats_weigert(vp, org, vid, datum, melding) -> None:
    with pytest.raises(BewerkFout) as fout:
        vg.verplaats(vp, org, vid, datum)
    assert str(fout.value) == melding


def test_zet_status_en_ongeldige_status(vp) -> None:
    nieuw = vg.zet_status(vp, "opr-2526-03", "geannuleerd")
    assert nieuw.vergadering("opr-2526-03").status == "geannuleerd"
    assert vg.zet_status(nieuw, "opr-2526-03", "gepland").plain() == vp.plain()
    with pytest.raises(ValidationError):
        vg.zet_status(vp, "opr-2526-03", "afgelast")
    assert vp.vergadering("opr-2526-03").status == "gepland"


def test_zet_agenda_houdt_stappen_en_neemt_stap_uit_besluitvorming(ws, vp) -> None:
    kk = ws.plannen.kwaliteitskalender
    nieuw = vg.zet_agenda(
        vp, "opr-2526-04", ["jaarverslag-opr", "begroting", "handboek"], ["basisondersteuning-01"], kk
    )
    assert [p.plain() for p in nieuw.vergadering("opr-2526-04").agenda] == [
        {"kwaliteitskalender": "jaarverslag-opr", "stap": "vaststelling"},
        {"kwaliteitskalender": "begroting", "stap": "informatie"},  # the OPR's step in its besluitvorming
        {"kwaliteitskalender": "handboek"},  # no besluitvorming: no step
        {"actie": "basisondersteuning-01"},
    ]
    # without the kwaliteitskalender no step can be derived; a point that stays keeps its step
    zonder = vg.zet_agenda(vp, "opr-2526-01", ["begroting"], [], None)
    assert [p.plain() for p in zonder.vergadering("opr-2526-01").agenda] == [{"kwaliteitskalender": "begroting"}]
    behouden = vg.zet_agenda(nieuw, "opr-2526-04", ["begroting"], [], None)
    assert [p.plain() for p in behouden.vergadering("opr-2526-04").agenda] == [
        {"kwaliteitskalender": "begroting", "stap": "informatie"}
    ]


def test_zet_agenda_houdt_vrije_tekst_achteraan(vp) -> None:
    oud = vp.vergadering("tb-2526-03")
    v = oud.model_copy(update={"agenda": [Agendapunt(tekst="Rondvraag"), *oud.agenda]})
    met_tekst = vp.model_copy(update={"vergaderingen": [v if x.id == v.id else x for x in vp.vergaderingen]})
    nieuw = vg.zet_agenda(met_tekst, "tb-2526-03", ["managementrapportage"], [])
    assert [p.plain() for p in nieuw.vergadering("tb-2526-03").agenda] == [
        {"kwaliteitskalender": "managementrapportage"},
        {"tekst": "Rondvraag"},
    ]


def test_verwijder(vp) -> None:
    weg = vg.verwijder(vp, "alv-2526-03")
    assert ids(weg) == [i for i in ids(vp) if i != "alv-2526-03"]
    with pytest.raises(BewerkFout, match=r"^vergadering 'alv-2526-03' bestaat niet \(meer\)$"):
        vg.verwijder(weg, "alv-2526-03")


# --- jaarplan --------------------------------------------------------------------------------

SYNTHETISCH = {
    "schooljaar": "2025-2026",
    "onderdelen": [
        {"id": "los", "soort": "deel", "titel": "Los", "acties": [{"id": "los-01"}]},
        {
            "id": "gemengd",
            "soort": "thema",
            "titel": "Gemengd",
            "doelen": [{"tekst": "D1", "acties": [{"id": "gemengd-02"}]}, {"tekst": "D2"}],
            "acties": [{"id": "gemengd-05"}],
            "onderdelen": [
                {"id": "gemengd-07", "soort": "programmalijn", "titel": "Lijn", "acties": [{"id": "lijn-01"}]}
            ],
        },
    ],
}


def test_nieuw_actie_id(plan) -> None:
    assert jp.nieuw_actie_id(plan, "basisondersteuning") == "basisondersteuning-06"
    assert jp.nieuw_actie_id(plan, "dekkend-netwerk") == "dekkend-netwerk-08"
    # an onderdeel id with the same prefix counts as used
    assert jp.nieuw_actie_id(Jaarplan.model_validate(SYNTHETISCH), "gemengd") == "gemengd-08"


def test_voeg_toe_aan_laatste_doel_van_onderdeel_met_doelen(plan) -> None:
    nieuw = jp.voeg_toe(plan, "basisondersteuning", Actie(id="basisondersteuning-06", wat="Nieuw"))
    doel = nieuw.onderdelen[0].doelen[-1]
    assert [a.id for a in doel.acties][-2:] == ["basisondersteuning-05", "basisondersteuning-06"]
    assert nieuw.onderdelen[0].acties == []
    assert plan.actie("basisondersteuning-06") is None


def test_voeg_toe_aan_acties_of_gekozen_doel() -> None:
    plan = Jaarplan.model_validate(SYNTHETISCH)
    a = jp.voeg_toe(plan, "gemengd", Actie(id="gemengd-08"))  # has own acties: added there
    assert [x.id for x in a.onderdelen[1].acties] == ["gemengd-05", "gemengd-08"]
    b = jp.voeg_toe(plan, "gemengd", Actie(id="gemengd-08"), doel_index=1)
    assert [x.id for x in b.onderdelen[1].doelen[1].acties] == ["gemengd-08"]
    c = jp.voeg_toe(plan, "gemengd-07", Actie(id="lijn-02"))  # a nested onderdeel
    assert [x.id for x in c.onderdelen[1].onderdelen[0].acties] == ["lijn-01", "lijn-02"]


@pytest.mark.parametrize(
    ("onderdeel", "actie_id", "doel", "melding"),
    [
        ("bestaat-niet", "x-01", None, "onderdeel 'bestaat-niet' bestaat niet (meer)"),
        ("basisondersteuning", "dekkend-netwerk-01", None, "het id 'dekkend-netwerk-01' wordt al gebruikt"),
        ("basisondersteuning", "basisondersteuning-06", 1, "onderdeel 'basisondersteuning' heeft geen doel 2"),
    ],
)
def test_voeg_toe_actie_weigert(plan, onderdeel, actie_id, doel, melding) -> None:
    with pytest.raises(BewerkFout) as fout:
        jp.voeg_toe(plan, onderdeel, Actie(id=actie_id), doel)
    assert str(fout.value) == melding


def test_vervang_verwijder_status_voortgang(plan) -> None:
    volgorde = [a.id for a in plan.acties()]
    vervangen = jp.vervang(plan, Actie(id="basisondersteuning-03", wat="Anders"))
    assert [a.id for a in vervangen.acties()] == volgorde
    assert vervangen.actie("basisondersteuning-03").plain() == {"id": "basisondersteuning-03", "wat": "Anders"}
    assert [a.id for a in jp.verwijder(plan, "basisondersteuning-03").acties()] == [
        i for i in volgorde if i != "basisondersteuning-03"
    ]
    assert jp.zet_status(plan, "basisondersteuning-02", "gereed").actie("basisondersteuning-02").status == "gereed"
    with pytest.raises(ValidationError):
        jp.zet_status(plan, "basisondersteuning-02", "klaar")
    met = jp.voeg_voortgang_toe(plan, "basisondersteuning-01", date(2025, 11, 3), "  Eerste overleg  ")
    assert [v.plain() for v in met.actie("basisondersteuning-01").voortgang] == [
        {"datum": "2025-11-03", "tekst": "Eerste overleg"}
    ]
    assert plan.actie("basisondersteuning-01").voortgang == []
    assert plan.actie("basisondersteuning-02").status == "gepland"


@pytest.mark.parametrize(
    ("functie", "args", "melding"),
    [
        (jp.vervang, (Actie(id="weg-01"),), "actie 'weg-01' bestaat niet (meer)"),
        (jp.verwijder, ("weg-01",), "actie 'weg-01' bestaat niet (meer)"),
        (jp.zet_status, ("weg-01", "gereed"), "actie 'weg-01' bestaat niet (meer)"),
        (
            jp.voeg_voortgang_toe,
            ("basisondersteuning-01", date(2025, 11, 3), "   "),
            "een voortgangsnotitie heeft tekst nodig",
        ),
    ],
)
def test_actie_bewerking_weigert(plan, functie, args, melding) -> None:
    with pytest.raises(BewerkFout) as fout:
        functie(plan, *args)
    assert str(fout.value) == melding


@pytest.mark.parametrize(
    ("status", "volgende"),
    [
        ("gepland", "lopend"),
        ("lopend", "gereed"),
        ("gereed", None),
        ("uitgesteld", None),
        ("vervallen", None),
        ("onzin", None),
    ],
)
def test_volgende_status_stopt_bij_gereed(status, volgende) -> None:
    # One key walks gepland → lopend → gereed; a finished actie never becomes 'uitgesteld' by a key press.
    assert jp.volgende_status(status) == volgende


def test_statussen_komen_uit_het_model() -> None:
    from typing import get_args

    from swvplanner.core.model.jaarplan import ActieStatus
    from swvplanner.core.model.vergaderingen import VERGADERSTATUSSEN, Status

    assert ACTIE_STATUSSEN == get_args(ActieStatus) == ("gepland", "lopend", "gereed", "uitgesteld", "vervallen")
    assert set(jp.VOORUIT) <= set(ACTIE_STATUSSEN)
    assert VERGADERSTATUSSEN == get_args(Status) == ("gepland", "verplaatst", "geannuleerd", "reserve")


@given(st.sampled_from(ACTIE_STATUSSEN))
def test_volgende_status_komt_altijd_bij_gereed_uit(start: str) -> None:
    gezien = [start]
    for _ in range(5):  # bounded: a cycle (the old behaviour) must fail, not hang
        if (volgende := jp.volgende_status(gezien[-1])) is None:
            break
        gezien.append(volgende)
    assert len(gezien) <= 3
    assert gezien[-1] in ("gereed", "uitgesteld", "vervallen")


# --- kwaliteitskalender ----------------------------------------------------------------------


def test_kk_vervang(ws) -> None:
    kk = ws.plannen.kwaliteitskalender
    item = kk.item("begroting").model_copy(update={"wanneer": "Jaarlijks voor 1 december"})
    nieuw = kkb.vervang(kk, item)
    assert [i.id for i in nieuw.items()] == [i.id for i in kk.items()]
    assert nieuw.item("begroting").wanneer == "Jaarlijks voor 1 december"
    assert kk.item("begroting").wanneer == "Jaarlijks voor 1 januari"
    with pytest.raises(BewerkFout) as fout:
        kkb.vervang(kk, item.model_copy(update={"id": "weg"}))
    assert str(fout.value) == "kwaliteitskalender-item 'weg' bestaat niet (meer)"
