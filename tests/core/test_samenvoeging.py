"""The three-way merge of plain documents: by item id and field, moves followed, conflicts only
where both sides changed the same field of the same item."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from swvplanner.core.fouten import PlanFout
from swvplanner.core.lijstitems import AFWEZIG
from swvplanner.core.model.vergaderingen import Vergaderplanning
from swvplanner.core.samenvoeging import Botsing, Botsveld, voeg_drieweg_samen
from swvplanner.store.drieweg import voeg_modellen_samen


def plan(*onderdelen: tuple[str, list[dict]]) -> dict:
    return {"schooljaar": "2025-2026", "onderdelen": [{"id": o, "acties": a} for o, a in onderdelen]}


X = {"id": "x-01", "wat": "Iets", "status": "gepland"}


def test_verplaatst_naar_een_ander_onderdeel_en_daar_gewijzigd_door_de_ander() -> None:
    basis = plan(("a", [X]), ("b", []))
    mijn = plan(("a", []), ("b", [X]))  # I moved it
    hun = plan(("a", [{**X, "status": "lopend"}]), ("b", []))  # they changed its status where it was
    verwacht = plan(("a", []), ("b", [{**X, "status": "lopend"}]))
    assert voeg_drieweg_samen(basis, mijn, hun).waarde == verwacht
    assert voeg_drieweg_samen(basis, hun, mijn).waarde == verwacht  # the same the other way round


def test_allebei_verplaatst_naar_een_andere_plek_is_een_botsing() -> None:
    basis = plan(("a", [X]), ("b", []), ("c", []))
    mijn, hun = plan(("a", []), ("b", [X]), ("c", [])), plan(("a", []), ("b", []), ("c", [X]))
    s = voeg_drieweg_samen(basis, mijn, hun)
    assert s.open == (Botsing(("id", "x-01"), "actie", "x-01", (Botsveld("plaats", "c", "b"),)),)
    assert s.waarde == hun
    assert voeg_drieweg_samen(basis, mijn, hun, {("id", "x-01"): "mijn"}).waarde == mijn


def test_velden_van_een_actie_per_veld() -> None:
    basis = plan(("a", [X]))
    mijn = plan(("a", [{**X, "wat": "Anders", "wie": "Directeur"}]))
    hun = plan(("a", [{**X, "wat": "Nog anders", "opmerking": "let op"}]))
    s = voeg_drieweg_samen(basis, mijn, hun)
    assert [b.velden for b in s.open] == [(Botsveld("wat", "Nog anders", "Anders"),)]
    assert s.waarde == plan(("a", [{**X, "wat": "Nog anders", "opmerking": "let op", "wie": "Directeur"}]))
    assert voeg_drieweg_samen(basis, mijn, hun, {("id", "x-01"): "mijn"}).waarde == plan(
        ("a", [{**X, "wat": "Anders", "opmerking": "let op", "wie": "Directeur"}])
    )


def test_verwijderd_door_mij_ongewijzigd_door_hen_is_weg() -> None:
    basis = plan(("a", [X, {"id": "x-02", "wat": "Twee"}]))
    mijn = plan(("a", [{"id": "x-02", "wat": "Twee"}]))
    hun = plan(("a", [X, {"id": "x-02", "wat": "Twee"}, {"id": "x-03", "wat": "Drie"}]))
    s = voeg_drieweg_samen(basis, mijn, hun)
    assert (s.waarde, s.botsingen) == (plan(("a", [{"id": "x-02", "wat": "Twee"}, {"id": "x-03", "wat": "Drie"}])), ())


def test_verwijderd_door_mij_gewijzigd_door_hen_is_een_botsing() -> None:
    basis, mijn, hun = plan(("a", [X])), plan(("a", [])), plan(("a", [{**X, "status": "gereed"}]))
    [b] = voeg_drieweg_samen(basis, mijn, hun).open
    assert (b.naam, b.velden) == ("actie x-01", (Botsveld("", {**X, "status": "gereed"}, AFWEZIG),))
    assert voeg_drieweg_samen(basis, mijn, hun, {("id", "x-01"): "mijn"}).waarde == mijn


def test_onderdeel_door_hen_verwijderd_met_een_actie_die_ik_erin_zette() -> None:
    basis = plan(("a", [X]), ("b", []))
    mijn = plan(("a", [X]), ("b", [{"id": "b-01", "wat": "Nieuw"}]))
    hun = plan(("a", [X]))
    [b] = voeg_drieweg_samen(basis, mijn, hun).open
    assert (b.naam, b.velden[0].veld, b.velden[0].hun) == ("onderdeel b", "", AFWEZIG)


def test_agendapunten_op_onderwerp_en_stap_per_punt() -> None:
    def vp(agenda: list[dict]) -> dict:
        return {"vergaderingen": [{"id": "opr-01", "agenda": agenda}]}

    begroting = {"kwaliteitskalender": "begroting", "stap": "informatie"}
    basis = vp([begroting, {"actie": "x-01"}])
    mijn = vp([{**begroting, "stap": "advies"}, {"actie": "x-01"}, {"kwaliteitskalender": "jaarverslag"}])
    hun = vp([begroting, {"tekst": "Rondvraag"}])
    s = voeg_drieweg_samen(basis, mijn, hun)
    assert s.botsingen == ()
    assert s.waarde == vp(
        [{**begroting, "stap": "advies"}, {"tekst": "Rondvraag"}, {"kwaliteitskalender": "jaarverslag"}]
    )
    both = voeg_drieweg_samen(basis, mijn, vp([{**begroting, "stap": "overleg"}, {"actie": "x-01"}]))
    assert [(b.naam, b.velden) for b in both.open] == [
        ("vergadering opr-01", (Botsveld("agenda › begroting › stap", "overleg", "advies"),))
    ]


def test_lijsten_van_ids_en_organisatie() -> None:
    basis = {
        "rollen": [{"id": "dir", "naam": "Directeur"}],
        "overlegorganen": [{"id": "opr", "naam": "OPR", "rollen": ["dir"]}],
    }
    mijn = {
        "rollen": [{"id": "dir", "naam": "Directeur-bestuurder"}],
        "overlegorganen": [{"id": "opr", "naam": "OPR", "rollen": ["dir", "sec"]}],
    }
    hun = {
        "rollen": [{"id": "dir", "naam": "Directeur"}, {"id": "sec", "naam": "Secretaris"}],
        "overlegorganen": [{"id": "opr", "naam": "Ondersteuningsplanraad", "rollen": ["dir", "pb"]}],
    }
    s = voeg_drieweg_samen(basis, mijn, hun)
    assert s.botsingen == ()
    assert s.waarde == {
        "rollen": [{"id": "dir", "naam": "Directeur-bestuurder"}, {"id": "sec", "naam": "Secretaris"}],
        "overlegorganen": [{"id": "opr", "naam": "Ondersteuningsplanraad", "rollen": ["dir", "pb", "sec"]}],
    }


def test_categorie_hernoemd_door_hen_item_gewijzigd_door_mij() -> None:
    item = {"id": "begroting", "wat": "Begroting"}
    basis = {"categorieen": [{"naam": "Financien", "items": [item]}]}
    mijn = {"categorieen": [{"naam": "Financien", "items": [{**item, "wanneer": "voor 1 december"}]}]}
    hun = {"categorieen": [{"naam": "Financiën", "items": [item]}]}
    s = voeg_drieweg_samen(basis, mijn, hun)
    assert (s.waarde, s.botsingen) == (
        {"categorieen": [{"naam": "Financiën", "items": [{**item, "wanneer": "voor 1 december"}]}]},
        (),
    )


def _vp(**velden: object) -> Vergaderplanning:
    return Vergaderplanning.model_validate(
        {"schooljaar": "2025-2026", "vergaderingen": [{"id": "opr-2526-01", "orgaan": "opr", **velden}]}
    )


def test_ongeldige_combinatie_wordt_een_botsing_van_het_hele_item() -> None:
    basis = _vp(wanneer="voorjaar 2026")
    mijn = _vp(datum="2026-03-09")  # I gave it a date
    hun = _vp(herhaling="iedere maandag")  # they made it a series
    s = voeg_modellen_samen(basis, mijn, hun)
    [b] = s.samenvoeging.open
    assert b.item == ("id", "opr-2526-01") and b.velden[0].veld == ""
    assert b.reden == (
        "een vergadering heeft óf een datum, óf een herhaling, óf een wanneer-tekst; hier staan er 2: datum, herhaling"
    )
    assert s.model == hun  # their item stands in until the choice
    assert voeg_modellen_samen(basis, mijn, hun, {("id", "opr-2526-01"): "mijn"}).model == mijn


def test_ongeldig_ook_als_geheel_item_geeft_een_fout() -> None:
    basis = Vergaderplanning.model_validate({"schooljaar": "2025-2026"})
    mijn = Vergaderplanning.model_validate({"schooljaar": "2025-2026", "titel": "A"})
    hun = Vergaderplanning.model_validate({"schooljaar": "2025-2026", "vastgesteld": "2025-09-01"})
    assert voeg_modellen_samen(basis, mijn, hun).model.plain() == {
        "schooljaar": "2025-2026",
        "titel": "A",
        "vastgesteld": "2025-09-01",
    }
    with pytest.raises(PlanFout):
        voeg_modellen_samen(
            basis, mijn, Vergaderplanning.model_construct(schooljaar="2025-2026", vergaderingen=[{"id": 5}])
        )


_item = st.fixed_dictionaries(
    {
        "id": st.sampled_from(["a-01", "a-02", "b-01", "b-02"]),
        "status": st.sampled_from(["gepland", "reserve"]),
        "agenda": st.lists(st.sampled_from([{"actie": "x"}, {"tekst": "Rondvraag"}]), max_size=2),
    }
)
_document = st.builds(lambda xs: {"vergaderingen": list({x["id"]: x for x in xs}.values())}, st.lists(_item))


@given(_document, _document)
def test_een_kant_ongewijzigd_geeft_de_andere(basis: dict, ander: dict) -> None:
    assert voeg_drieweg_samen(basis, ander, basis).waarde == ander
    assert voeg_drieweg_samen(basis, basis, ander).waarde == ander
    assert voeg_drieweg_samen(basis, ander, ander).waarde == ander


@given(_document, _document, _document)
def test_zonder_botsing_blijft_elke_wijziging(basis: dict, mijn: dict, hun: dict) -> None:
    s = voeg_drieweg_samen(basis, mijn, hun)
    if s.botsingen:
        return
    uit = {v["id"]: v for v in s.waarde["vergaderingen"]}
    for kant, hernoemd in ((mijn, s.hernoemd), (hun, {})):
        for v in kant["vergaderingen"]:
            oud = next((b for b in basis["vergaderingen"] if b["id"] == v["id"]), None)
            if oud is None or v["status"] != oud["status"]:  # every change of either side is in the result
                assert uit[hernoemd.get(v["id"], v["id"])]["status"] == v["status"]


def test_actiepunten_zonder_id_op_wat_per_veld() -> None:
    """An actiepunt without an id is the same item by its 'wat': my status and their date both stay,
    and their new actiepunt is added, instead of the edited one turning into a second copy."""

    def vp(punten: list[dict]) -> dict:
        return {"vergaderingen": [{"id": "opr-01", "actiepunten": punten}]}

    notulen = {"wat": "Notulen rondsturen", "wanneer": "2026-04-22"}
    basis = vp([notulen])
    mijn = vp([{**notulen, "status": "gereed"}])
    hun = vp([{**notulen, "wanneer": "2026-04-29"}, {"wat": "Zaal boeken"}])
    s = voeg_drieweg_samen(basis, mijn, hun)
    assert s.botsingen == ()
    assert s.waarde == vp(
        [{"wat": "Notulen rondsturen", "wanneer": "2026-04-29", "status": "gereed"}, {"wat": "Zaal boeken"}]
    )
