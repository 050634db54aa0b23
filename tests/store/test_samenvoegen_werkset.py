"""Saving while someone else changed the same file: their change is never lost.

A copy of plans/ in tmp_path; "they" edit the file on disk as an editor or `git pull` would (plain
text replacements), "I" edit through services_bewerken. Each test checks the bytes on disk.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from swvplanner.core.lijstitems import AFWEZIG
from swvplanner.core.samenvoeging import Botsveld
from swvplanner.services import bewerken as sb
from swvplanner.store.verslagen import Schijfstand
from swvplanner.store.werkset import Werkset
from tests.voorbeelden import EEN_JAAR

PLANS = EEN_JAAR
VG, JP = "vergaderingen-2025-2026", "jaarplan-2025-2026"
VG_PAD, JP_PAD = Path("plans/vergaderingen-2025-2026.yaml"), Path("plans/jaarplan-2025-2026.yaml")
VG_NAAM, JP_NAAM = str(VG_PAD), str(JP_PAD)


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Werkset:
    shutil.copytree(PLANS, tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    return Werkset.laad(Path("plans"))


def hun_wijziging(pad: Path, *vervangingen: tuple[str, str]) -> str:
    """Someone else saves the file: each text replaced once. Returns the new text."""
    tekst = pad.read_text(encoding="utf-8")
    for oud, nieuw in vervangingen:
        assert tekst.count(oud) == 1, oud
        tekst = tekst.replace(oud, nieuw)
    pad.write_text(tekst, encoding="utf-8")
    return tekst


OPR_03 = "  - id: opr-2526-03\n    orgaan: opr\n    datum: 2026-02-11\n"
OPR_01 = "  - id: opr-2526-01\n    orgaan: opr\n    datum: 2025-10-01\n"
GOED = "opr-2526-01\n    orgaan: opr\n    datum: 2025-10-01\n"
KAPOT = GOED.replace("datum: ", "datum: [")


def test_mijn_wijziging_en_die_van_een_ander_in_hetzelfde_bestand_blijven_allebei(ws) -> None:
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    hun = hun_wijziging(
        VG_PAD,
        (
            "  - id: opr-2526-01\n    orgaan: opr\n    datum: 2025-10-01\n",
            "  # verschoven op verzoek van de voorzitter\n"
            "  - id: opr-2526-01\n    orgaan: opr\n    datum: 2025-10-02\n",
        ),
    )
    verslag = ws.bewaar()
    assert (verslag.geschreven, verslag.samengevoegd, verslag.botsingen) == ([VG_NAAM], [VG_NAAM], {})
    assert verslag.klaar
    # Written on top of THEIR text: their comment and their date stay, my status is added.
    assert VG_PAD.read_text(encoding="utf-8") == hun.replace(OPR_03, OPR_03 + "    status: geannuleerd\n")
    assert ws.gewijzigd == set() and ws.op_schijf_gewijzigd() == []
    assert ws.modellen[VG].vergadering("opr-2526-01").datum == date(2025, 10, 2)


def test_zelfde_item_ander_veld_is_geen_botsing(ws) -> None:
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    hun = hun_wijziging(VG_PAD, (OPR_03, OPR_03 + "    locatie: Emmen\n"))
    verslag = ws.bewaar()
    assert verslag.botsingen == {} and verslag.samengevoegd == [VG_NAAM]
    assert VG_PAD.read_text(encoding="utf-8") == hun.replace(
        "    locatie: Emmen\n", "    locatie: Emmen\n    status: geannuleerd\n"
    )


def test_botsing_alleen_bij_zelfde_id_en_veld_en_ander_bestand_wordt_toch_bewaard(ws) -> None:
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    sb.vergadering_status(ws, "opr-2526-04", "reserve")
    sb.actie_status(ws, "basisondersteuning-02", "gereed")
    hun = hun_wijziging(
        VG_PAD, (OPR_03, OPR_03 + "    status: verplaatst\n"), (OPR_01, OPR_01.replace("2025-10-01", "2025-10-02"))
    )
    verslag = ws.bewaar()
    # The jaarplan (no outside change) is written; the vergaderingen file waits for a choice.
    assert verslag.geschreven == [JP_NAAM] and not verslag.klaar
    assert "status: gereed" in JP_PAD.read_text(encoding="utf-8")
    assert VG_PAD.read_text(encoding="utf-8") == hun
    [botsing] = verslag.botsingen[VG]
    assert (botsing.item, botsing.naam, botsing.velden) == (
        ("id", "opr-2526-03"),
        "vergadering opr-2526-03",
        (Botsveld("status", "verplaatst", "geannuleerd"),),
    )
    assert ws.gewijzigd == {VG}

    verslag = ws.bewaar({(VG, ("id", "opr-2526-03")): "mijn"})
    assert (verslag.geschreven, verslag.samengevoegd, verslag.klaar) == ([VG_NAAM], [VG_NAAM], True)
    assert VG_PAD.read_text(encoding="utf-8") == hun.replace(
        OPR_03 + "    status: verplaatst\n", OPR_03 + "    status: geannuleerd\n"
    ).replace(
        "  - id: opr-2526-04\n    orgaan: opr\n    datum: 2026-03-09\n",
        "  - id: opr-2526-04\n    orgaan: opr\n    datum: 2026-03-09\n    status: reserve\n",
    )
    assert ws.gewijzigd == set()


def test_kiezen_voor_hun_versie_laat_hun_bestand_staan(ws) -> None:
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    hun = hun_wijziging(VG_PAD, (OPR_03, OPR_03 + "    status: reserve\n"))
    assert ws.bewaar().botsingen[VG][0].velden == (Botsveld("status", "reserve", "geannuleerd"),)
    verslag = ws.bewaar({(VG, ("id", "opr-2526-03")): "hun"})
    assert verslag.klaar and verslag.samengevoegd == [VG_NAAM]
    assert VG_PAD.read_text(encoding="utf-8") == hun
    assert ws.gewijzigd == set()


def test_allebei_een_nieuwe_vergadering_met_hetzelfde_id(ws) -> None:
    assert sb.vergadering_toevoegen(ws, "opr", "24 jun 2026") == "opr-2526-06"
    hun_06 = "  - id: opr-2526-06\n    orgaan: opr\n    datum: 2026-06-17\n"
    hun = hun_wijziging(VG_PAD, ("stap: informatie}\n\n  # MR-p", f"stap: informatie}}\n{hun_06}\n  # MR-p"))
    verslag = ws.bewaar()
    assert verslag.hernoemd == {"opr-2526-06": "opr-2526-07"} and verslag.klaar  # both meetings stay
    assert VG_PAD.read_text(encoding="utf-8") == hun.replace(
        hun_06, hun_06 + "  - id: opr-2526-07\n    orgaan: opr\n    datum: 2026-06-24\n"
    )


def test_zij_verwijderden_wat_ik_wijzigde(ws) -> None:
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    hun = hun_wijziging(VG_PAD, (OPR_03, ""))
    [botsing] = ws.bewaar().botsingen[VG]
    assert botsing.velden[0].veld == "" and botsing.velden[0].hun is AFWEZIG
    assert botsing.velden[0].mijn["status"] == "geannuleerd"
    assert VG_PAD.read_text(encoding="utf-8") == hun
    assert ws.bewaar({(VG, ("id", "opr-2526-03")): "mijn"}).klaar
    assert VG_PAD.read_text(encoding="utf-8") == hun.replace(
        "  - id: opr-2526-04\n", OPR_03 + "    status: geannuleerd\n  - id: opr-2526-04\n"
    )


def test_agenda_van_beide_kanten(ws) -> None:
    sb.agenda_zetten(ws, "opr-2526-02", ["begroting", "jaarverslag"], [])
    hun = hun_wijziging(
        VG_PAD,
        (
            "      - {kwaliteitskalender: begroting, stap: informatie}\n  - id: opr-2526-03\n",
            "      - {kwaliteitskalender: begroting, stap: informatie}\n"
            "      - {tekst: Rondvraag}\n  - id: opr-2526-03\n",
        ),
    )
    assert ws.bewaar().klaar
    assert [p.plain() for p in Werkset.laad(Path("plans")).modellen[VG].vergadering("opr-2526-02").agenda] == [
        {"kwaliteitskalender": "begroting", "stap": "informatie"},
        {"tekst": "Rondvraag"},
        {"kwaliteitskalender": "jaarverslag", "stap": "informatie"},
    ]
    assert VG_PAD.read_text(encoding="utf-8") == hun.replace(
        "      - {tekst: Rondvraag}\n",
        "      - {tekst: Rondvraag}\n      - {kwaliteitskalender: jaarverslag, stap: informatie}\n",
    )


def test_ongedaan_maken_na_samenvoegen_laat_hun_wijziging_staan(ws) -> None:
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    sb.vergadering_status(ws, "opr-2526-04", "reserve")
    hun = hun_wijziging(VG_PAD, (OPR_01, OPR_01.replace("2025-10-01", "2025-10-02")))
    ws.bewaar()
    assert ws.ongedaan().omschrijving == "vergadering opr-2526-04 reservedatum"
    vp = ws.modellen[VG]
    assert [vp.vergadering(i).status for i in ("opr-2526-03", "opr-2526-04")] == ["geannuleerd", "gepland"]
    assert vp.vergadering("opr-2526-01").datum == date(2025, 10, 2)  # theirs stays
    ws.ongedaan()
    assert ws.modellen[VG].vergadering("opr-2526-01").datum == date(2025, 10, 2)
    ws.bewaar()
    assert VG_PAD.read_text(encoding="utf-8") == hun


def test_kapot_bestand_wordt_niet_overschreven_en_de_rest_wel(ws) -> None:
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    sb.actie_status(ws, "basisondersteuning-02", "gereed")
    kapot = hun_wijziging(VG_PAD, (GOED, KAPOT))
    verslag = ws.bewaar()
    assert verslag.geschreven == [JP_NAAM]
    assert [str(m) for m in verslag.onleesbaar[VG].meldingen] == [
        "plans/vergaderingen-2025-2026.yaml:33:7: ongeldige YAML: een lijst tussen [ ] is niet goed gesloten "
        "(ontbreekt een ']' of een komma?) (het blok begint op regel 32, kolom 12)"
    ]
    assert VG_PAD.read_text(encoding="utf-8") == kapot
    assert ws.gewijzigd == {VG} and VG in ws.onleesbaar
    # Fixed on disk (with another change of theirs): merged on the next save.
    hun = hun_wijziging(VG_PAD, (KAPOT, GOED.replace("10-01", "10-03")))
    verslag = ws.bewaar()
    assert (verslag.geschreven, verslag.samengevoegd, verslag.klaar) == ([VG_NAAM], [VG_NAAM], True)
    assert VG_PAD.read_text(encoding="utf-8") == hun.replace(OPR_03, OPR_03 + "    status: geannuleerd\n")
    assert ws.onleesbaar == {}


def test_kijk_op_schijf_meldt_een_breuk_een_keer_en_herlaadt_na_herstel(ws) -> None:
    assert ws.kijk_op_schijf() == Schijfstand()  # nothing changed
    hun_wijziging(VG_PAD, (GOED, KAPOT))
    verslag = ws.verwerk(ws.kijk_op_schijf())
    assert list(verslag.onleesbaar) == [VG] and ws.onleesbaar.keys() == {VG}
    assert ws.modellen[VG].vergadering("opr-2526-01").datum == date(2025, 10, 1)  # the last good version
    stand = ws.kijk_op_schijf()
    assert (stand.gelezen, stand.onleesbaar, stand.terug) == ({}, {}, [])  # the same breakage: nothing new
    assert ws.verwerk(stand).onleesbaar == {}
    hun_wijziging(VG_PAD, (KAPOT, KAPOT.replace("01\n", "011\n")))  # broken another way
    assert list(ws.verwerk(ws.kijk_op_schijf()).onleesbaar) == [VG]
    hun_wijziging(VG_PAD, (KAPOT.replace("01\n", "011\n"), GOED.replace("10-01", "10-04")))
    verslag = ws.verwerk(ws.kijk_op_schijf())
    assert (verslag.hersteld, verslag.herladen, verslag.onleesbaar) == ([VG], [VG], {})
    assert ws.onleesbaar == {} and ws.modellen[VG].vergadering("opr-2526-01").datum == date(2025, 10, 4)


def test_kapot_bestand_met_eigen_wijziging_en_terugzetten(ws) -> None:
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    oud = VG_PAD.read_bytes()
    hun_wijziging(VG_PAD, (GOED, KAPOT))
    assert list(ws.verwerk(ws.kijk_op_schijf()).onleesbaar) == [VG]
    VG_PAD.write_bytes(oud)  # git checkout: back to what was loaded
    verslag = ws.verwerk(ws.kijk_op_schijf())
    assert (verslag.hersteld, verslag.herladen) == ([VG], [])
    assert ws.onleesbaar == {} and ws.gewijzigd == {VG}
    assert ws.bewaar().samengevoegd == []


def _datum(ws: Werkset, vergadering_id: str) -> str:
    return str(
        ws.plannen.vergaderplanningen[next(iter(ws.plannen.vergaderplanningen))].vergadering(vergadering_id).datum
    )


def test_bewaren_op_een_kopie_houdt_een_bewerking_van_tijdens_het_bewaren(ws) -> None:
    """The app saves a copy in its worker and takes it over on its own thread (Werkset.neem_over):
    an edit made while the copy was saved is neither written nor lost, and stays undoable."""
    oud = VG_PAD.read_text(encoding="utf-8")
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    kopie = ws.kopie()
    sb.vergadering_status(ws, "opr-2526-01", "geannuleerd")  # while the worker saves
    verslag = kopie.bewaar()
    assert verslag.geschreven == [VG_NAAM]
    ws.neem_over(kopie)
    # the edit before the save is written, the one made during it is not (yet)
    assert VG_PAD.read_text(encoding="utf-8") == oud.replace(OPR_03, OPR_03 + "    status: geannuleerd\n")
    assert ws.gewijzigd == {VG} and ws.niet_bewaard == 1
    assert ws.ongedaan().omschrijving == "vergadering opr-2526-01 geannuleerd"
    assert ws.gewijzigd == set()  # back to what is on disk
    assert ws.ongedaan().omschrijving == "vergadering opr-2526-03 geannuleerd"  # the saved edit, still undoable
    assert ws.gewijzigd == {VG}


def test_bewaren_op_een_kopie_met_hun_wijziging_en_een_bewerking_van_tijdens_het_bewaren(ws) -> None:
    """Their change comes in with the save; my edit made meanwhile is merged on top of it, and
    its undo step goes (undoing it would bring back the text without their change)."""
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    hun_wijziging(VG_PAD, (OPR_01, OPR_01.replace("2025-10-01", "2025-10-02")))
    kopie = ws.kopie()
    sb.vergadering_status(ws, "opr-2526-04", "geannuleerd")  # while the worker saves
    kopie.bewaar()
    ws.neem_over(kopie)
    assert _datum(ws, "opr-2526-01") == "2025-10-02"  # theirs, in what I see
    [vp] = ws.plannen.vergaderplanningen.values()
    assert vp.vergadering("opr-2526-04").status == "geannuleerd"  # mine, made during the save
    assert vp.vergadering("opr-2526-03").status == "geannuleerd"
    assert ws.gewijzigd == {VG}
    ws.bewaar()
    tekst = VG_PAD.read_text(encoding="utf-8")
    assert "id: opr-2526-01\n    orgaan: opr\n    datum: 2025-10-02\n" in tekst
    assert tekst.count("status: geannuleerd") >= 2
    assert all(w.omschrijving != "vergadering opr-2526-04 geannuleerd" for w in ws.geschiedenis)
