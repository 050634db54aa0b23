"""The Werkset (unsaved edits, undo, safe saving) and the editing use cases of services_bewerken,
on a copy of plans/ in tmp_path: what the user types, what is recorded, and the bytes on disk.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from swvplanner.core.bewerken.jaarplan import nieuw_actie_id
from swvplanner.core.fouten import BewerkFout
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.services import bewerken as sb
from swvplanner.store import werkset as werkset_module
from swvplanner.store.werkset import MAX_ONGEDAAN, Werkset
from tests.voorbeelden import EEN_JAAR

PLANS = EEN_JAAR
VG, JP = "vergaderingen-2025-2026", "jaarplan-2025-2026"
VG_PAD, JP_PAD = Path("plans/vergaderingen-2025-2026.yaml"), Path("plans/jaarplan-2025-2026.yaml")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Werkset:
    """A copy of the example plans at tmp/plans; the working directory is tmp (names: plans/...)."""
    shutil.copytree(PLANS, tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    return Werkset.laad(Path("plans"))


def regels(pad: Path) -> list[str]:
    return pad.read_text(encoding="utf-8").splitlines(keepends=True)


def origineel(pad: Path) -> list[str]:
    return regels(PLANS / pad.name)


def commentaar(tekst: list[str]) -> list[str]:
    return [r.strip() for r in tekst if r.strip().startswith("#")]


# --- saving ----------------------------------------------------------------------------------


def test_nieuwe_vergadering_bewaren_voegt_precies_drie_regels_toe(ws) -> None:
    oud = origineel(VG_PAD)
    assert ws.bewaar().geschreven == []  # nothing changed: nothing written
    assert sb.vergadering_toevoegen(ws, "opr", "24 jun 2026", "19.30-21.30", "Assen") == "opr-2526-06"
    assert (ws.gewijzigd, ws.geschiedenis[-1].omschrijving) == ({VG}, "vergadering OPR 24 jun 2026 toegevoegd")
    assert regels(VG_PAD) == oud  # nothing written before bewaar
    assert ws.bewaar().geschreven == ["plans/vergaderingen-2025-2026.yaml"]
    assert oud[53] == "      - {kwaliteitskalender: jaarverslag, stap: informatie}\n"  # the end of opr-2526-05
    nieuw = regels(VG_PAD)
    assert nieuw == oud[:54] + ["  - id: opr-2526-06\n", "    orgaan: opr\n", "    datum: 2026-06-24\n"] + oud[54:]
    assert commentaar(nieuw) == commentaar(oud)
    for naam in ("jaarplan-2025-2026.yaml", "kwaliteitskalender.yaml", "swv.yaml"):
        assert (Path("plans") / naam).read_bytes() == (PLANS / naam).read_bytes()
    assert ws.gewijzigd == set()
    assert ws.op_schijf_gewijzigd() == []


def test_verplaatsen_annuleren_en_actie_bewaren(ws) -> None:
    sb.vergadering_verplaatsen(ws, "alv-2526-01", "15-12-2025")
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    assert sb.actie_status_volgende(ws, "basisondersteuning-02") == "lopend"
    sb.actie_voortgang(ws, "basisondersteuning-01", "  Eerste overleg gevoerd ", date(2025, 11, 3))
    assert [w.omschrijving for w in ws.geschiedenis] == [
        "vergadering alv-2526-01 verplaatst naar 15 dec 2025",
        "vergadering opr-2526-03 geannuleerd",
        "status van actie basisondersteuning-02 → lopend",
        "voortgang bij actie basisondersteuning-01",
    ]
    assert ws.bewaar().geschreven == ["plans/jaarplan-2025-2026.yaml", "plans/vergaderingen-2025-2026.yaml"]
    vg, oud = regels(VG_PAD), origineel(VG_PAD)
    assert (oud[12], oud[40]) == ("    datum: 2025-12-08\n", "    datum: 2026-02-11\n")
    assert (
        vg
        == oud[:12]
        + ["    datum: 2025-12-15\n", "    status: verplaatst\n", "    verplaatst-van: 2025-12-08\n"]
        + oud[13:41]
        + ["    status: geannuleerd\n"]
        + oud[41:]
    )
    jp, oud_jp = regels(JP_PAD), origineel(JP_PAD)
    assert (
        jp
        == oud_jp[:40]
        + [
            "            voortgang:\n",
            "              - datum: 2025-11-03\n",
            "                tekst: Eerste overleg gevoerd\n",
        ]
        + oud_jp[40:57]
        + ["            status: lopend\n"]
        + oud_jp[57:]
    )
    assert commentaar(vg) == commentaar(oud) and commentaar(jp) == commentaar(oud_jp)


def test_kwaliteitskalender_item_bewaren_raakt_een_regel(ws) -> None:
    basis = ws.plannen.kwaliteitskalender.item("begroting")
    item = sb.kk_item_uit_formulier(
        basis,
        {
            "wat": "Begroting",
            "wanneer": " Jaarlijks voor 1 december ",
            "wie": "Directeur-bestuurder",
            "voorbereiding": "6 weken",
        },
    )
    sb.kk_item_opslaan(ws, item)
    assert ws.geschiedenis[-1].omschrijving == "kwaliteitskalender-item begroting bewerkt"
    ws.bewaar()
    oud, nieuw = origineel(Path("kwaliteitskalender.yaml")), regels(Path("plans/kwaliteitskalender.yaml"))
    assert [(i, r) for i, (o, r) in enumerate(zip(oud, nieuw, strict=True)) if o != r] == [
        (66, "        wanneer: Jaarlijks voor 1 december\n")
    ]


# --- undo ------------------------------------------------------------------------------------


def test_ongedaan_herstelt_het_vorige_model(ws) -> None:
    assert ws.ongedaan() is None
    begin, versie = ws.modellen[VG], ws.versie
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    na_een = ws.modellen[VG]
    sb.vergadering_status(ws, "opr-2526-03", "reserve")
    assert ws.geschiedenis[-1].omschrijving == "vergadering opr-2526-03 reservedatum"
    w = ws.ongedaan()
    assert (w.document, w.omschrijving, w.voor) == (VG, "vergadering opr-2526-03 reservedatum", na_een)
    assert ws.modellen[VG] is na_een and ws.gewijzigd == {VG}
    ws.ongedaan()
    assert ws.modellen[VG] is begin
    assert ws.gewijzigd == set()  # back to what is on disk
    assert ws.versie == versie + 4


def test_zelfde_model_is_geen_wijziging(ws) -> None:
    versie = ws.versie
    ws.pas_toe(VG, ws.modellen[VG].model_copy(deep=True), "niets")
    sb.vergadering_status(ws, "opr-2526-03", "gepland")  # already gepland
    assert (ws.geschiedenis, ws.gewijzigd, ws.versie) == ([], set(), versie)


def test_geschiedenis_houdt_de_laatste_honderd(ws) -> None:
    for i in range(MAX_ONGEDAAN + 1):
        sb.vergadering_status(ws, "opr-2526-03", "geannuleerd" if i % 2 == 0 else "gepland")
    assert len(ws.geschiedenis) == MAX_ONGEDAAN == 100
    assert ws.geschiedenis[0].omschrijving == "vergadering opr-2526-03 weer gepland"  # the first one was dropped


def test_verwijderen_bewaren_en_ongedaan_maken_geeft_het_origineel_terug(ws) -> None:
    oud = origineel(VG_PAD)
    sb.vergadering_verwijderen(ws, "mr-p-2526-03")
    ws.bewaar()
    assert oud[62:65] == ["  - id: mr-p-2526-03\n", "    orgaan: mr-p\n", "    datum: 2026-05-12\n"]
    assert regels(VG_PAD) == oud[:62] + oud[65:]
    assert ws.ongedaan().omschrijving == "vergadering mr-p-2526-03 verwijderd"
    assert ws.gewijzigd == {VG}  # saved without it: restoring it is a change again
    ws.bewaar()
    assert regels(VG_PAD) == oud


def test_verwijderen_behoudt_het_kopje_van_de_volgende_groep(ws) -> None:
    oud = origineel(VG_PAD)
    sb.vergadering_verwijderen(ws, "alv-2526-03")
    ws.bewaar()
    assert oud[22:29] == [
        "  - id: alv-2526-03\n",
        "    orgaan: alv\n",
        "    datum: 2026-06-15\n",
        "    status: reserve\n",
        "    bron: 15 juni 2026 reserve\n",
        "\n",
        "  # OPR — 19.30u-21.30u, Locatie: Assen\n",
    ]
    assert regels(VG_PAD) == oud[:22] + oud[27:]


# --- conflicts and reloading -----------------------------------------------------------------


def _wijzig_op_schijf(pad: Path, oud: str, nieuw: str) -> bytes:
    inhoud = pad.read_text(encoding="utf-8").replace(oud, nieuw, 1).encode()
    pad.write_bytes(inhoud)
    return inhoud


def test_verwijderd_bestand_wordt_niet_opnieuw_gemaakt(ws) -> None:
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    sb.actie_status(ws, "basisondersteuning-02", "gereed")
    VG_PAD.unlink()
    assert ws.op_schijf_gewijzigd() == [VG]
    verslag = ws.bewaar()
    assert not VG_PAD.exists()
    assert verslag.geschreven == ["plans/jaarplan-2025-2026.yaml"]  # the other file is saved regardless
    assert [str(m) for m in verslag.onleesbaar[VG].meldingen] == [
        "plans/vergaderingen-2025-2026.yaml: het bestand bestaat niet meer op schijf (verwijderd of hernoemd)"
    ]
    assert ws.gewijzigd == {VG}  # my edit is still here


def test_herlaad_laat_de_wijzigingen_en_het_ongedaan_maken_van_dat_document_vallen(ws) -> None:
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    sb.actie_status(ws, "basisondersteuning-02", "gereed")
    sb.vergadering_status(ws, "opr-2526-04", "reserve")
    _wijzig_op_schijf(VG_PAD, "datum: 2025-10-01", "datum: 2025-10-02")
    ws.herlaad([VG])
    assert [w.document for w in ws.geschiedenis] == [JP]
    assert ws.gewijzigd == {JP}
    vp = ws.modellen[VG]
    assert vp.vergadering("opr-2526-01").datum == date(2025, 10, 2)  # the outside change is loaded
    assert (vp.vergadering("opr-2526-03").status, vp.vergadering("opr-2526-04").status) == ("gepland", "gepland")
    assert ws.op_schijf_gewijzigd() == []
    assert ws.bewaar().geschreven == ["plans/jaarplan-2025-2026.yaml"]
    ws.herlaad()
    assert (ws.geschiedenis, ws.gewijzigd) == ([], set())


def test_wijziging_tijdens_het_bewaren_blijft_onbewaard(ws, monkeypatch: pytest.MonkeyPatch) -> None:
    """Saving runs in a worker: an edit made meanwhile must stay in memory and marked as changed."""
    sb.vergadering_status(ws, "opr-2526-03", "geannuleerd")
    echt = werkset_module.bewaar_bestand

    def bewaar_met_tussenkomst(bestand, model, *opmerkingen):
        uit = echt(bestand, model, *opmerkingen)
        sb.vergadering_status(ws, "opr-2526-04", "reserve")
        return uit

    monkeypatch.setattr(werkset_module, "bewaar_bestand", bewaar_met_tussenkomst)
    ws.bewaar()
    assert ws.gewijzigd == {VG}
    assert ws.modellen[VG].vergadering("opr-2526-04").status == "reserve"
    opgeslagen = Werkset.laad(Path("plans")).modellen[VG]
    assert [opgeslagen.vergadering(i).status for i in ("opr-2526-03", "opr-2526-04")] == ["geannuleerd", "gepland"]
    assert ws.op_schijf_gewijzigd() == []  # the fingerprint is the one just written


def test_momentopname_voorlopige_bestanden(ws) -> None:
    nieuw_id = sb.vergadering_toevoegen(ws, "opr", "24 jun 2026")
    mo = ws.momentopname()
    sb.vergadering_status(ws, "opr-2526-01", "reserve")  # later edits do not change the snapshot
    assert (mo.gewijzigd, mo.versie) == (frozenset({VG}), 1)
    assert mo.plannen.vergaderplanningen[Schooljaar(2025)].vergadering("opr-2526-01").status == "gepland"
    voorlopig = mo.voorlopige_bestanden()
    assert voorlopig[JP] is ws.bestand(JP)
    b = voorlopig[VG]
    index = [v.id for v in b.model.vergaderingen].index(nieuw_id)
    assert str(b.melding(("vergaderingen", index, "datum"), "x")) == "plans/vergaderingen-2025-2026.yaml:57:12: x"
    assert regels(VG_PAD) == origineel(VG_PAD)  # nothing written


# --- services_bewerken: input and errors -----------------------------------------------------


def test_lees_datum_en_tijd() -> None:
    assert sb.lees_datum("8 dec 2025") == date(2025, 12, 8)
    assert sb.lees_datum("13-4", Schooljaar(2025)) == date(2026, 4, 13)  # year from the schooljaar
    assert sb.lees_datum("8 dec", Schooljaar(2025)) == date(2025, 12, 8)
    assert sb.lees_datum(" 2026-06-24 ") == date(2026, 6, 24)
    assert str(sb.lees_tijd("19.30-21.30 uur")) == "19:30-21:30"
    assert sb.lees_tijd("  ") is None  # the orgaan's default


@pytest.mark.parametrize(
    ("tekst", "soort", "melding"),
    [
        ("  ", BewerkFout, "vul een datum in, bijvoorbeeld 8 dec 2025 of 13-4-2026"),
        ("8 dec", ValueError, "'8 dec': het jaar ontbreekt"),
        ("31 feb 2026", ValueError, "'31 feb 2026' bestaat niet: februari 2026 heeft 28 dagen"),
        ("morgen", ValueError, "'morgen' is geen datum die ik herken (bijvoorbeeld: 8 dec 2025 of 13-4-2026)"),
    ],
)
def test_lees_datum_fout(tekst, soort, melding) -> None:
    with pytest.raises(soort) as fout:
        sb.lees_datum(tekst)
    assert str(fout.value) == melding
    with pytest.raises(ValueError, match=r"^'25.00': 25.00 is geen geldige tijd$"):
        sb.lees_tijd("25.00")


@pytest.mark.parametrize(
    ("actie", "melding"),
    [
        (
            lambda ws: sb.vergadering_toevoegen(ws, "opr", "8 dec 2026"),
            "er is nog geen vergaderplanning voor schooljaar 2026-2027 (vergaderingen-2026-2027.yaml)",
        ),
        (lambda ws: sb.vergadering_toevoegen(ws, "xyz", "8 dec 2025"), "onbekend overlegorgaan 'xyz'"),
        (
            lambda ws: sb.vergadering_status(ws, "opr-2526-99", "geannuleerd"),
            "vergadering 'opr-2526-99' bestaat niet (meer)",
        ),
        (lambda ws: sb.actie_status_volgende(ws, "weg-01"), "actie 'weg-01' bestaat niet (meer)"),
        (
            lambda ws: sb.actie_opslaan(ws, JP, sb.actie_uit_formulier(None, "nieuw-01", {"wat": "X"})),
            "kies het onderdeel waar de nieuwe actie onder valt",
        ),
    ],
)
def test_bewerkfouten(ws, actie, melding) -> None:
    with pytest.raises(BewerkFout) as fout:
        actie(ws)
    assert str(fout.value) == melding
    assert ws.geschiedenis == [] and ws.gewijzigd == set()


def test_verplaatsen_met_lege_tijd_neemt_de_standaardtijd(ws) -> None:
    sb.vergadering_verplaatsen(ws, "tb-2526-01", "8-10-2025", "")
    assert sb.vergadering(ws, "tb-2526-01").tijd is None  # TB's default 09:30-11:00 again
    sb.vergadering_verplaatsen(ws, "tb-2526-02", "11-12-2025", "11.00-12.30")
    assert str(sb.vergadering(ws, "tb-2526-02").tijd) == "11:00-12:30"
    sb.vergadering_verplaatsen(ws, "wg-steeds-inclusiever-2526-01", "17 sep 2025")  # no default: keeps its own
    assert str(sb.vergadering(ws, "wg-steeds-inclusiever-2526-01").tijd) == "10:30"


def test_toevoegen_agenda_en_statusteksten(ws) -> None:
    assert sb.vergadering_toevoegen(ws, "alv", "2-3", schooljaar=Schooljaar(2025), titel=" Extra ") == "alv-2526-04"
    assert sb.vergadering(ws, "alv-2526-04").plain() == {
        "id": "alv-2526-04",
        "orgaan": "alv",
        "titel": "Extra",
        "datum": "2026-03-02",
    }
    sb.agenda_zetten(ws, "opr-2526-01", ["begroting"], ["basisondersteuning-01"])
    assert [p.plain() for p in sb.vergadering(ws, "opr-2526-01").agenda] == [
        {"kwaliteitskalender": "begroting", "stap": "informatie"},
        {"actie": "basisondersteuning-01"},
    ]
    sb.vergadering_status(ws, "alv-2526-03", "gepland")
    assert [w.omschrijving for w in ws.geschiedenis] == [
        "vergadering ALV 2 mrt 2026 toegevoegd",
        "agenda van opr-2526-01 aangepast",
        "vergadering alv-2526-03 weer gepland",
    ]


def test_actie_formulier_houdt_wat_het_niet_toont(ws) -> None:
    basis = sb.actie(ws, "basisondersteuning-05")
    a = sb.actie_uit_formulier(
        basis,
        basis.id,
        {
            "wat": basis.wat,
            "wie": " Directeur-bestuurder ",
            "wanneer": "Continu",
            "status": "lopend",
            "personeel": "0,2 fte",
        },
    )
    assert a.plain() == {
        "id": "basisondersteuning-05",
        "wat": basis.wat,
        "wie": {"tekst": "Directeur-bestuurder", "rollen": ["directeur-bestuurder"], "organen": ["klankbordgroep"]},
        "wanneer": "Continu",
        "status": "lopend",
        "middelen": {"personeel": "0,2 fte"},
        "ontwikkelpunten": [4],
    }
    sb.actie_opslaan(ws, JP, a)
    nieuw = sb.actie_uit_formulier(None, nieuw_actie_id(ws.modellen[JP], "basisondersteuning"), {"wat": "Nieuw"})
    sb.actie_opslaan(ws, JP, nieuw, "basisondersteuning")
    assert [w.omschrijving for w in ws.geschiedenis] == [
        "actie basisondersteuning-05 bewerkt",
        "actie basisondersteuning-06 toegevoegd",
    ]
    assert [x.id for x in ws.modellen[JP].onderdelen[0].doelen[0].acties][-1] == "basisondersteuning-06"


@pytest.mark.parametrize(
    ("kk_velden", "velden"),
    [
        (
            None,
            {
                "status": "ongeldige waarde 'klaar' voor 'status': kies uit 'gepland', 'lopend', 'gereed', "
                "'uitgesteld' of 'vervallen'"
            },
        ),
        ({"wat": "Begroting", "anker": "abc"}, {"anker": "'anker' moet een geheel getal zijn, niet 'abc'"}),
        ({"wat": " "}, {"wat": "verplicht: noem het document, gesprek of onderzoek"}),
    ],
)
def test_formulierfout_per_veld(ws, kk_velden, velden) -> None:
    with pytest.raises(sb.FormulierFout) as fout:
        if kk_velden is None:
            sb.actie_uit_formulier(None, "x-01", {"wat": "X", "status": "klaar"})
        else:
            sb.kk_item_uit_formulier(ws.plannen.kwaliteitskalender.item("begroting"), kk_velden)
    assert fout.value.velden == velden
    assert str(fout.value) == "; ".join(f"{k}: {v}" for k, v in velden.items())


@pytest.mark.parametrize(
    ("velden", "meldingen"),
    [
        ({}, {"wat": "verplicht: beschrijf wat er gebeurt"}),
        ({"wat": "  \n ", "wie": "Directeur"}, {"wat": "verplicht: beschrijf wat er gebeurt"}),
        (
            {"wat": "", "status": "klaar"},
            {
                "wat": "verplicht: beschrijf wat er gebeurt",
                "status": "ongeldige waarde 'klaar' voor 'status': kies uit 'gepland', 'lopend', "
                "'gereed', 'uitgesteld' of 'vervallen'",
            },
        ),
    ],
)
def test_een_actie_zonder_wat_wordt_geweigerd(velden, meldingen) -> None:
    with pytest.raises(sb.FormulierFout) as fout:
        sb.actie_uit_formulier(None, "x-01", velden)
    assert fout.value.velden == meldingen
    assert fout.value.verplicht == {"wat"}


def test_lege_wie_en_wanneer_geven_de_waarschuwing_van_de_controle() -> None:
    assert sb.actie_waarschuwingen({"wat": "X"}) == {
        "wie": "leeg: de controle waarschuwt (SWV401 Actie zonder wie)",
        "wanneer": "leeg: de controle waarschuwt (SWV402 Actie zonder wanneer)",
    }
    assert sb.actie_waarschuwingen({"wat": "X", "wie": "Directeur", "wanneer": "Continu"}) == {}
    assert sb.actie_uit_formulier(None, "x-01", {"wat": "X"}).plain() == {"id": "x-01", "wat": "X"}


def test_status_een_stap_verder_stopt_bij_gereed(ws) -> None:
    assert sb.actie(ws, "basisondersteuning-02").status == "gepland"
    assert sb.actie_status_volgende(ws, "basisondersteuning-02") == "lopend"
    assert sb.actie_status_volgende(ws, "basisondersteuning-02") == "gereed"
    assert sb.geen_volgende_status(ws, "basisondersteuning-02") == "Actie basisondersteuning-02 is al gereed."
    with pytest.raises(BewerkFout, match="^Actie basisondersteuning-02 is al gereed.$"):
        sb.actie_status_volgende(ws, "basisondersteuning-02")
    assert sb.actie(ws, "basisondersteuning-02").status == "gereed"
    assert len(ws.geschiedenis) == 2
    sb.actie_status(ws, "basisondersteuning-02", "uitgesteld")
    assert sb.geen_volgende_status(ws, "basisondersteuning-02") == (
        "Actie basisondersteuning-02 staat op uitgesteld; de stap verder gaat alleen van gepland via lopend "
        "naar gereed."
    )


def test_datum_corrigeren_of_verplaatsen(ws) -> None:
    sb.vergadering_verplaatsen(ws, "opr-2526-02", "3-12-2025", als_verplaatst=False)
    assert (sb.vergadering(ws, "opr-2526-02").datum, sb.vergadering(ws, "opr-2526-02").status) == (
        date(2025, 12, 3),
        "gepland",
    )
    sb.vergadering_verplaatsen(ws, "opr-2526-03", "18-2-2026")
    assert sb.vergadering(ws, "opr-2526-03").status == "verplaatst"
    assert [w.omschrijving for w in ws.geschiedenis] == [
        "datum van vergadering opr-2526-02 gecorrigeerd in 3 dec 2025",
        "vergadering opr-2526-03 verplaatst naar 18 feb 2026",
    ]


def test_niet_bewaard_telt_wijzigingen(ws) -> None:
    assert ws.niet_bewaard == 0
    sb.actie_status(ws, "basisondersteuning-02", "lopend")
    sb.actie_status(ws, "basisondersteuning-03", "lopend")
    sb.vergadering_status(ws, "opr-2526-02", "geannuleerd")
    assert (ws.niet_bewaard, len(ws.gewijzigd)) == (3, 2)  # three edits in two files
    ws.ongedaan()
    assert ws.niet_bewaard == 2
    ws.bewaar()
    assert ws.niet_bewaard == 0
    ws.ongedaan()  # undoing a saved edit is an unsaved change
    assert ws.niet_bewaard == 1
    sb.actie_status(ws, "basisondersteuning-02", "gereed")
    assert ws.niet_bewaard == 2
    ws.ongedaan()
    assert ws.niet_bewaard == 1
    sb.actie_status(ws, "basisondersteuning-03", "lopend")  # by hand back as on disk: nothing to save
    assert (ws.niet_bewaard, ws.gewijzigd) == (0, set())
    sb.actie_status(ws, "basisondersteuning-02", "gereed")
    assert (ws.niet_bewaard, ws.gewijzigd) == (1, {JP})
    ws.herlaad([JP])
    assert (ws.niet_bewaard, ws.gewijzigd) == (0, set())
