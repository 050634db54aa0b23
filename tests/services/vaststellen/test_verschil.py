"""The pure semantic diff (swvplanner.core.verschil) on the example plans, edited the way the TUI does."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from swvplanner.core.bewerken import jaarplan as jp_bewerken
from swvplanner.core.model.jaarplan import Actie
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.verschil import Wijziging, verschil, waarde
from swvplanner.services import bewerken as sb
from swvplanner.store.werkset import Werkset
from tests.services.vaststellen.conftest import ACTIE_03_NOEM, JAARPLAN, VOORBEELD

VERGADERINGEN = "vergaderingen-2025-2026"


@pytest.fixture
def ws(tmp_path: Path) -> Werkset:
    shutil.copytree(VOORBEELD, tmp_path / "plans")
    return Werkset.laad(tmp_path / "plans")


def zinnen(oud: dict[str, Any], nieuw: dict[str, Any]) -> list[tuple[str, str, str | None, str]]:
    return [(w.document, w.soort, w.id, w.tekst) for w in verschil(oud, nieuw)]


def test_geen_wijziging(ws: Werkset) -> None:
    assert verschil(ws.modellen, dict(ws.modellen)) == []


def test_vergaderingen_verplaatsen_annuleren_en_meer(ws: Werkset) -> None:
    oud = dict(ws.modellen)
    sb.vergadering_verplaatsen(ws, "opr-2526-01", "8 okt 2025")
    sb.vergadering_verplaatsen(ws, "tb-2526-02", "17 dec 2025", "13.00-14.30")
    sb.vergadering_status(ws, "mr-p-2526-02", "geannuleerd")
    sb.vergadering_status(ws, "opr-2526-03", "reserve")
    sb.vergadering_status(ws, "alv-2526-03", "gepland")
    sb.vergadering_verwijderen(ws, "mr-p-2526-03")
    nieuw_id = sb.vergadering_toevoegen(ws, "opr", "24 jun 2026")
    sb.agenda_zetten(ws, "opr-2526-02", ["begroting", "jaarverslag"], [])
    assert nieuw_id == "opr-2526-06"
    assert sorted(zinnen(oud, ws.modellen)) == sorted(
        [
            (VERGADERINGEN, "verplaatst", "opr-2526-01", "OPR 1 okt 2025 verplaatst naar 8 okt 2025"),
            (VERGADERINGEN, "verplaatst", "tb-2526-02", "TB 10 dec 2025 verplaatst naar 17 dec 2025, 13.00-14.30 uur"),
            (VERGADERINGEN, "geannuleerd", "mr-p-2526-02", "MR-P 13 jan 2026 geannuleerd"),
            (VERGADERINGEN, "gewijzigd", "opr-2526-03", "OPR 11 feb 2026 is nu een reservedatum"),
            (VERGADERINGEN, "gewijzigd", "alv-2526-03", "ALV 15 jun 2026 gaat weer door"),
            (VERGADERINGEN, "verwijderd", "mr-p-2526-03", "Vergadering MR-P 12 mei 2026 verwijderd"),
            (VERGADERINGEN, "toegevoegd", "opr-2526-06", "Vergadering OPR 24 jun 2026 toegevoegd"),
            (
                VERGADERINGEN,
                "gewijzigd",
                "opr-2526-02",
                "OPR 1 dec 2025: agendapunt jaarverslag (informatie) toegevoegd",
            ),
        ]
    )


def test_verplaatsing_als_json(ws: Werkset) -> None:
    oud = dict(ws.modellen)
    sb.vergadering_verplaatsen(ws, "opr-2526-01", "8 okt 2025")
    [w] = verschil(oud, ws.modellen)
    assert (w.veld, w.oud, w.nieuw) == ("datum", date(2025, 10, 1), date(2025, 10, 8))
    assert w.als_dict() == {
        "document": VERGADERINGEN,
        "soort": "verplaatst",
        "onderwerp": "vergadering",
        "id": "opr-2526-01",
        "tekst": "OPR 1 okt 2025 verplaatst naar 8 okt 2025",
        "veld": "datum",
        "oud": "2025-10-01",
        "nieuw": "2025-10-08",
    }


def test_acties(ws: Werkset) -> None:
    oud = dict(ws.modellen)
    sb.actie_status(ws, "basisondersteuning-03", "gereed")
    sb.actie_voortgang(ws, "basisondersteuning-02", "Eerste bijeenkomst gehouden", date(2025, 10, 1))
    sb.actie_verwijderen(ws, "basisondersteuning-04")
    assert zinnen(oud, ws.modellen) == [
        (
            JAARPLAN,
            "gewijzigd",
            "basisondersteuning-02",
            "Actie 'Uitvoering projectplan 2023-2025': voortgang 1 oktober 2025 'Eerste bijeenkomst gehouden'",
        ),
        (JAARPLAN, "gewijzigd", "basisondersteuning-03", f"{ACTIE_03_NOEM}: status gepland → gereed"),
        (
            JAARPLAN,
            "verwijderd",
            "basisondersteuning-04",
            "Actie 'Bewustwordingsactiviteiten en zichtbaar maken van goede voo…' verwijderd "
            "(uit 'Basisondersteuning')",
        ),
    ]


def test_actie_naar_een_ander_onderdeel_is_een_verplaatsing(ws: Werkset) -> None:
    jp = ws.modellen[JAARPLAN]
    actie = jp.actie("dekkend-netwerk-01")  # type: ignore[attr-defined]
    nieuw = jp_bewerken.voeg_toe(jp_bewerken.verwijder(jp, "dekkend-netwerk-01"), "basisondersteuning", actie)  # type: ignore[arg-type]
    assert zinnen({JAARPLAN: jp}, {JAARPLAN: nieuw}) == [
        (
            JAARPLAN,
            "verplaatst",
            "dekkend-netwerk-01",
            "Actie 'Opzetten regionaal project versterking onderwijs en onderst…' verplaatst van 'Dekkend netwerk "
            "ondersteuningsvoorzieningen' naar 'Basisondersteuning'",
        )
    ]


def test_volgorde_van_vergaderingen_telt_niet(ws: Werkset) -> None:
    vp = ws.modellen[VERGADERINGEN]
    omgekeerd = vp.model_copy(update={"vergaderingen": list(reversed(vp.vergaderingen))})  # type: ignore[attr-defined]
    assert [v.id for v in omgekeerd.vergaderingen] != [v.id for v in vp.vergaderingen]  # type: ignore[attr-defined]
    assert verschil({VERGADERINGEN: vp}, {VERGADERINGEN: omgekeerd}) == []


def test_kwaliteitskalender_item(ws: Werkset) -> None:
    oud = dict(ws.modellen)
    kk = ws.modellen["kwaliteitskalender"]
    basis = kk.item("beleidsnotitie-po-vo")  # type: ignore[attr-defined]
    velden = {
        "wat": "Beleidsnotitie PO/VO herzien",
        "wanneer": "Jaarlijks voor 1 november",
        "wie": "Directeur-bestuurder\nSwv-VO",
    }
    sb.kk_item_opslaan(ws, sb.kk_item_uit_formulier(basis, velden))
    assert [w.tekst for w in verschil(oud, ws.modellen)] == [
        "Kwaliteitskalender 'Beleidsnotitie PO/VO herzien': wat 'Beleidsnotitie PO/VO' → 'Beleidsnotitie PO/VO "
        "herzien'",
        "Kwaliteitskalender 'Beleidsnotitie PO/VO herzien': wanneer 'Jaarlijks voor 1 oktober' → 'Jaarlijks voor 1 "
        "november'",
    ]


def test_organisatie_goedkeurders(ws: Werkset) -> None:
    org = ws.modellen["organisatie"]
    plain = org.plain()  # type: ignore[attr-defined]
    plain["goedkeurders"][0]["naam"] = "Directeur"
    plain["goedkeurders"].append({"naam": "Voorzitter TB", "email": "voorzitter@swv-nmd-po.nl"})
    nieuw = Organisatie.model_validate(plain)
    assert zinnen({"organisatie": org}, {"organisatie": nieuw}) == [
        (
            "organisatie",
            "gewijzigd",
            "directeur@swv-nmd-po.nl",
            "Goedkeurder Directeur: naam 'Directeur-bestuurder SWV NMD PO' → 'Directeur'",
        ),
        (
            "organisatie",
            "toegevoegd",
            "voorzitter@swv-nmd-po.nl",
            "Nieuw(e) goedkeurder: Voorzitter TB (voorzitter@swv-nmd-po.nl)",
        ),
    ]


def test_documenten_erbij_en_eraf_in_vaste_volgorde(ws: Werkset) -> None:
    alles = dict(ws.modellen)
    assert zinnen({}, alles) == [
        ("organisatie", "toegevoegd", None, "Nieuw document organisatie"),
        ("kwaliteitskalender", "toegevoegd", None, "Nieuw document kwaliteitskalender"),
        (JAARPLAN, "toegevoegd", None, "Nieuw document jaarplan-2025-2026"),
        (VERGADERINGEN, "toegevoegd", None, "Nieuw document vergaderingen-2025-2026"),
    ]
    assert zinnen(alles, {"organisatie": alles["organisatie"]}) == [
        ("kwaliteitskalender", "verwijderd", None, "Document kwaliteitskalender verwijderd"),
        (JAARPLAN, "verwijderd", None, "Document jaarplan-2025-2026 verwijderd"),
        (VERGADERINGEN, "verwijderd", None, "Document vergaderingen-2025-2026 verwijderd"),
    ]


@pytest.mark.parametrize(
    ("invoer", "uit"),
    [
        (None, "(leeg)"),
        ("", "(leeg)"),
        ([], "(leeg)"),
        (date(2026, 3, 1), "1 maart 2026"),
        ("2026-03-01", "1 maart 2026"),
        ("Jaarlijks  voor\n1 juli", "'Jaarlijks voor 1 juli'"),
        ("x" * 61, "'" + "x" * 59 + "…'"),
        ("x" * 60, f"'{'x' * 60}'"),
        (True, "ja"),
        (False, "nee"),
        (["a", "b"], "a, b"),
        ([{"a": 1}], "1 regel"),
        ([{"a": 1}, {"b": 2}], "2 regels"),
        ({"tekst": "Directeur", "rollen": ["x"]}, "'Directeur'"),
    ],
)
def test_waarde_in_een_zin(invoer: Any, uit: str) -> None:
    assert waarde(invoer) == uit


def test_wijziging_vergelijkt_zonder_oud_en_nieuw() -> None:
    a = Wijziging("d", "gewijzigd", "actie", "x", "zin", "wanneer", "1", "2")
    assert a == Wijziging("d", "gewijzigd", "actie", "x", "zin", "wanneer", "3", "4")


def test_wijziging_van_de_rollen_bij_wie_is_te_zien(ws: Werkset) -> None:
    jp = ws.modellen[JAARPLAN]
    plain = jp.actie("basisondersteuning-02").plain()  # type: ignore[attr-defined]
    plain["wie"]["rollen"] = []  # no longer the projectleider HB
    nieuw = jp_bewerken.vervang(jp, Actie.model_validate(plain))  # type: ignore[arg-type]
    [w] = verschil({JAARPLAN: jp}, {JAARPLAN: nieuw})
    assert (w.id, w.veld) == ("basisondersteuning-02", "wie")
    voor, _, na = w.tekst.partition(": wie ")[2].partition(" → ")
    assert voor != na


def test_uitkomst_van_een_agendapunt_is_een_zin(ws: Werkset) -> None:
    oud = dict(ws.modellen)
    vp = ws.modellen[VERGADERINGEN]

    def met_uitkomst(v):  # type: ignore[no-untyped-def]
        if v.id != "opr-2526-02":
            return v
        eerste = v.agenda[0].model_copy(update={"uitkomst": "ter-kennisname", "besluit": "Eerst de gemeenten."})
        return v.model_copy(update={"agenda": [eerste, *v.agenda[1:]]})

    nieuw = {**oud, VERGADERINGEN: vp.model_copy(update={"vergaderingen": [met_uitkomst(v) for v in vp.vergaderingen]})}
    assert zinnen(oud, nieuw) == [
        (
            VERGADERINGEN,
            "gewijzigd",
            "opr-2526-02",
            "OPR 1 dec 2025: uitkomst bij agendapunt begroting (informatie): ter kennisname (Eerst de gemeenten.)",
        )
    ]


def test_meerdaagse_vergadering_in_de_zinnen(ws: Werkset) -> None:
    oud = dict(ws.modellen)
    nieuw_id = sb.vergadering_toevoegen(ws, "overig", "2-3 okt 2025")
    sb.vergadering_verplaatsen(ws, "opr-2526-01", "8 t/m 10 okt 2025")
    assert sorted(zinnen(oud, ws.modellen)) == [
        (VERGADERINGEN, "toegevoegd", nieuw_id, "Vergadering Overig 2 en 3 okt 2025 toegevoegd"),
        (VERGADERINGEN, "verplaatst", "opr-2526-01", "OPR 1 okt 2025 verplaatst naar 8 t/m 10 okt 2025"),
    ]
