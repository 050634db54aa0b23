"""`maak_planmap` (swvplanner init): the exact files, the library filtered on the ruamel document,
the check and the export on the result, all or nothing, refusal, and git."""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import pytest

from swvplanner.core.fouten import PlanFout
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Vergadering, Vergaderplanning
from swvplanner.core.nieuw import OPTIONEEL, ROLLEN, alle_organen, standaard_domein, standaard_schooljaar
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.services.export import exporteer_feeds
from swvplanner.services.init import maak_planmap
from swvplanner.store.bestand import bewaar, lees_bestand
from swvplanner.store.bibliotheek import bibliotheek
from swvplanner.store.planmap import laad_map
from swvplanner.store.yaml_io import laad_tekst

from .init_hulp import alle_bytes, bibliotheek_van_de_test, git_met_identiteit, git_zonder_identiteit, keuzes  # noqa: F401

VANDAAG = date(2026, 12, 1)
BESTANDEN = ["swv.yaml", "kwaliteitskalender.yaml", "jaarplan-2026-2027.yaml", "vergaderingen-2026-2027.yaml"]


def _yaml(map_: Path, naam: str) -> dict:
    return laad_tekst((map_ / naam).read_text(encoding="utf-8"))


def _stappen(kk: dict) -> list[tuple[str, str, str]]:
    return [
        (item["id"], stap["stap"], stap.get("orgaan") or stap.get("rol"))
        for cat in kk["categorieen"]
        for item in cat["items"]
        for stap in item.get("besluitvorming", [])
    ]


@pytest.mark.usefixtures("bibliotheek_van_de_test")
def test_vereniging_de_bestanden(tmp_path: Path) -> None:
    map_ = tmp_path / "plans"
    a = maak_planmap(
        map_,
        keuzes(rechtsvorm="vereniging", email="info@swv-proef.nl", goedkeurder_naam="Jan de Vries",
               goedkeurder_email="jan@swv-proef.nl"),
        VANDAAG,
        git=False,
    )  # fmt: skip
    assert sorted(p.name for p in map_.iterdir()) == sorted(BESTANDEN)
    assert a.bestanden == BESTANDEN
    swv = _yaml(map_, "swv.yaml")
    assert [(o["id"], o["naam"], o["kort"], o["soort"]) for o in swv["overlegorganen"]] == [
        ("opr", "Ondersteuningsplanraad", "OPR", "medezeggenschap"),
        ("alv", "Algemene ledenvergadering", "ALV", "bestuur"),
        ("tb", "Toezichthoudend bestuur", "TB", "toezicht"),
        ("oogo", "Op overeenstemming gericht overleg (gemeenten)", "OOGO", "extern"),
    ]
    assert [o.get("minimum-per-schooljaar") for o in swv["overlegorganen"]] == [4, 2, 4, None]
    assert [r["id"] for r in swv["rollen"]] == ["directeur-bestuurder", "secretariaat", "accountant"]
    assert swv["rollen"][1]["omschrijving"] == "Houdt de planning bij en bereidt vergaderingen voor (info@swv-proef.nl)"
    assert swv["goedkeurders"] == [{"naam": "Jan de Vries", "email": "jan@swv-proef.nl", "rol": "directeur-bestuurder"}]
    assert list(swv["besluitvolgorde"]) == ["advies", "instemming", "goedkeuring", "vaststelling"]
    assert (swv["naam"], swv["kort"], swv["regio"], swv["domein"]) == (
        "SWV Proef PO", "SWV Proef", "noord", "planning.swv-proef.nl"
    )  # fmt: skip
    tekst = (map_ / "swv.yaml").read_text(encoding="utf-8")
    for regel in (
        "# Organisatie: SWV Proef PO (samenwerkingsverband passend onderwijs, primair onderwijs; vereniging).",
        "# Gemaakt met `swvplanner init` op 2026-12-01. Pas aan wat voor uw SWV anders is;",
        "# naam: de volledige naam, zoals in de statuten.",
        "    # Ten minste 4 keer per schooljaar: eigen norm die veel SWV's in hun",
        "# domein (afgeleid van de korte naam): alleen voor de vaste kenmerken (UID's) van de agenda-items.",
        "# besluitvolgorde: de volgorde waarin de stappen van de besluitvorming moeten gebeuren. SWV's",
    ):
        assert regel in tekst.splitlines()
    for sleutel in Organisatie.model_fields:  # every key of swv.yaml is there or explained in a comment
        assert f"{sleutel.replace('_', '-')}:" in tekst, sleutel
    kk = _yaml(map_, "kwaliteitskalender.yaml")
    assert _stappen(kk) == [
        ("jaarverslag", "controle", "accountant"),
        ("jaarverslag", "goedkeuring", "tb"),
        ("jaarverslag", "vaststelling", "directeur-bestuurder"),
        ("jaarverslag", "informatie", "alv"),
        ("jaarverslag", "aanleveren", "directeur-bestuurder"),
        ("begroting", "instemming", "opr"),
        ("begroting", "informatie", "alv"),
        ("ondersteuningsplan", "overleg", "oogo"),
    ]
    assert a.zonder_anker == ["Ondersteuningsplan"]
    assert [(w.item, w.stap, w.wie) for w in a.weggelaten] == [("jaarverslag", "bespreking", "auditcommissie")]


@pytest.mark.usefixtures("bibliotheek_van_de_test")
def test_stichting_zonder_alv_en_de_stappen_weggelaten_met_het_commentaar_erbij(tmp_path: Path) -> None:
    map_ = tmp_path / "plans"
    maak_planmap(map_, keuzes(rechtsvorm="stichting"), VANDAAG, git=False)
    swv = _yaml(map_, "swv.yaml")
    assert [o["id"] for o in swv["overlegorganen"]] == ["opr", "tb", "oogo"]
    assert (swv["overlegorganen"][1]["naam"], swv["overlegorganen"][1]["kort"]) == ("Raad van toezicht", "RvT")
    assert swv["goedkeurders"] == []
    kk = _yaml(map_, "kwaliteitskalender.yaml")
    assert _stappen(kk) == [
        ("jaarverslag", "controle", "accountant"),
        ("jaarverslag", "goedkeuring", "tb"),
        ("jaarverslag", "vaststelling", "directeur-bestuurder"),
        ("jaarverslag", "aanleveren", "directeur-bestuurder"),
        ("begroting", "instemming", "opr"),
        ("ondersteuningsplan", "overleg", "oogo"),
    ]
    jaarverslag = kk["categorieen"][0]["items"][0]
    assert jaarverslag["bibliotheek"] == "jaarverslag"
    assert dict(jaarverslag["wie"]) == {
        "tekst": "Directeur-bestuurder en auditcommissie",
        "rollen": ["directeur-bestuurder"],
    }
    regels = (map_ / "kwaliteitskalender.yaml").read_text(encoding="utf-8").splitlines()
    assert regels[0] == "# Kwaliteitskalender van SWV Proef PO."
    assert regels[1].startswith("# Overgenomen uit de bibliotheek van swvplanner bij `swvplanner init` op 2026-12-01")
    assert "# De bibliotheek (test): deze kop is over de bibliotheek zelf." not in regels
    kop = " ".join(r.removeprefix("# ") for r in regels if r.startswith("# "))
    assert (
        "Weggelaten omdat het orgaan of de rol er niet is: jaarverslag: bespreking door auditcommissie; "
        "jaarverslag: informatie door alv; begroting: informatie door alv." in kop
    )
    # the library's own comments stay where they were; the one on a removed step goes with it
    assert "      # Jaarverslag: bron Regeling jaarverslaggeving onderwijs." in regels
    assert "          # de goedkeuring door het toezicht" in regels
    assert "          # aanleveren bij DUO" in regels
    assert not any("alleen met een auditcommissie" in r for r in regels)


@pytest.mark.usefixtures("bibliotheek_van_de_test")
def test_met_de_optionele_organen(tmp_path: Path) -> None:
    map_ = tmp_path / "plans"
    a = maak_planmap(map_, keuzes(rechtsvorm="stichting", met=tuple(OPTIONEEL)), VANDAAG, git=False)
    swv = _yaml(map_, "swv.yaml")
    assert [(o["id"], o.get("onderdeel-van"), o.get("openbaar", True)) for o in swv["overlegorganen"]] == [
        ("opr", None, True),
        ("tb", None, True),
        ("oogo", None, True),
        ("auditcommissie", "tb", True),
        ("remuneratiecommissie", "tb", False),
        ("mr-p", None, True),
        ("cva", None, False),
    ]
    assert ("jaarverslag", "bespreking", "auditcommissie") in _stappen(_yaml(map_, "kwaliteitskalender.yaml"))
    assert [w.wie for w in a.weggelaten] == ["alv", "alv"]
    assert "Alle organen die init kent staan erin." in (map_ / "swv.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("rechtsvorm", ["vereniging", "stichting"])
@pytest.mark.parametrize("met", [(), tuple(OPTIONEEL)])
def test_check_zonder_fout_en_export_met_de_echte_bibliotheek(tmp_path: Path, rechtsvorm: str, met: tuple) -> None:
    """With the library the package ships: loads, no fout on an empty planning, and exports."""
    map_ = tmp_path / "plans"
    a = maak_planmap(map_, keuzes(rechtsvorm=rechtsvorm, met=met), VANDAAG, git=False)
    laad_map(map_)  # references and schooljaren hold
    assert [b for b in a.bevindingen if b.ernst == "fout"] == []
    assert ("SWV304", "waarschuwing") in {(b.code, b.ernst) for b in a.bevindingen}
    r = exporteer_feeds(map_, tmp_path / "calendars", vandaag=VANDAAG)
    namen = {p.name for p in (tmp_path / "calendars").rglob("*.ics")}
    assert {"opr.ics", "tb.ics", "oogo.ics", "deadlines.ics", "alles.ics", "directeur-bestuurder.ics"} <= namen
    assert ("alv.ics" in namen) == (rechtsvorm == "vereniging")
    assert r.aantal_gebeurtenissen >= 0


@pytest.mark.usefixtures("bibliotheek_van_de_test")
def test_check_zonder_fout_met_de_testbibliotheek(tmp_path: Path) -> None:
    """The test library has yearly deadlines in the schooljaar with steps of bodies that do not meet yet:
    on the empty vergaderplanning that is one SWV304, not a SWV301/SWV302 fout per step and body."""
    a = maak_planmap(tmp_path / "plans", keuzes(), VANDAAG, git=False)
    assert [(b.code, b.ernst, Path(b.bestand).name) for b in a.bevindingen] == [
        ("SWV304", "waarschuwing", "vergaderingen-2026-2027.yaml")
    ]


def test_elke_bibliotheekstap_verwijst_naar_wat_init_kan_maken() -> None:
    """A library item with an orgaan or rol init cannot create would be left out silently for
    everyone: that is a library (or init) to fix, so CI fails."""
    organen, rollen = alle_organen(), {r.id for r in ROLLEN}
    onbekend = []
    for item in bibliotheek().items():
        for stap in item.besluitvorming:
            if (stap.orgaan and stap.orgaan not in organen) or (stap.rol and stap.rol not in rollen):
                onbekend.append((item.id, stap.stap, stap.orgaan or stap.rol))
        if item.wie is not None:
            onbekend += [(item.id, "wie", o) for o in item.wie.organen if o not in organen]
            onbekend += [(item.id, "wie", r) for r in item.wie.rollen if r not in rollen]
    assert onbekend == []


def test_lege_bestanden_zijn_geldig_met_uitleg(tmp_path: Path) -> None:
    map_ = tmp_path / "plans"
    maak_planmap(map_, keuzes(), VANDAAG, git=False)
    pm = laad_map(map_)
    assert pm.bestanden["jaarplan-2026-2027"].model.onderdelen == []
    assert pm.bestanden["vergaderingen-2026-2027"].model.vergaderingen == []
    verg = (map_ / "vergaderingen-2026-2027.yaml").read_text(encoding="utf-8").splitlines()
    assert verg[-6:] == [
        "# schooljaar: het schooljaar van dit bestand (1 augustus tot en met 31 juli), zoals in de bestandsnaam.",
        "schooljaar: 2026-2027",
        "# titel: de titel van de planning.",
        "titel: Vergaderplanning 2026-2027",
        "# vergaderingen: de vergaderingen van dit schooljaar.",
        "vergaderingen: []",
    ]
    assert "#   - id: opr-2627-01" in verg
    jaarplan = (map_ / "jaarplan-2026-2027.yaml").read_text(encoding="utf-8").splitlines()
    assert jaarplan[-2:] == ["# onderdelen: de onderdelen van het jaarplan.", "onderdelen: []"]
    assert "#           - id: basisondersteuning-01" in jaarplan


def test_een_eerste_vergadering_bewaren_houdt_het_commentaar(tmp_path: Path) -> None:
    map_ = tmp_path / "plans"
    maak_planmap(map_, keuzes(), VANDAAG, git=False)
    pad = map_ / "vergaderingen-2026-2027.yaml"
    oud = pad.read_text(encoding="utf-8")
    b = lees_bestand(pad, Vergaderplanning)
    nieuw = b.model.model_copy(deep=True)
    nieuw.vergaderingen.append(Vergadering(id="opr-2627-01", orgaan="opr", datum=date(2026, 10, 5)))
    bewaar(b, nieuw)
    assert pad.read_text(encoding="utf-8") == oud.replace(
        "vergaderingen: []\n", "vergaderingen:\n  - id: opr-2627-01\n    orgaan: opr\n    datum: 2026-10-05\n"
    )


# -- all or nothing, and never over an existing folder ---------------------------------------------


@pytest.mark.parametrize("inhoud", ["swv.yaml", "notities.txt", ".git"])
def test_weigert_een_map_met_inhoud_en_laat_haar_zoals_ze_was(tmp_path: Path, inhoud: str) -> None:
    map_ = tmp_path / "plans"
    map_.mkdir()
    (map_ / inhoud).write_text("van iemand anders\n", encoding="utf-8")
    voor = alle_bytes(tmp_path)
    with pytest.raises(PlanFout) as fout:
        maak_planmap(map_, keuzes(), VANDAAG, git=True)
    assert str(fout.value) == (
        f"{map_}: bestaat al en is niet leeg ({inhoud}); swvplanner init schrijft nooit over bestaande "
        "bestanden en heeft niets geschreven. Kies een nieuwe map: swvplanner init ANDERE-MAP"
    )
    assert alle_bytes(tmp_path) == voor


def test_weigert_een_bestand(tmp_path: Path) -> None:
    (tmp_path / "plans").write_text("x", encoding="utf-8")
    with pytest.raises(PlanFout, match="bestaat al en is geen map; er is niets geschreven"):
        maak_planmap(tmp_path / "plans", keuzes(), VANDAAG, git=False)
    assert alle_bytes(tmp_path) == {"plans": b"x"}


def test_een_lege_map_mag(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    maak_planmap(tmp_path / "plans", keuzes(), VANDAAG, git=False)
    assert sorted(p.name for p in (tmp_path / "plans").iterdir()) == sorted(BESTANDEN)


def test_mislukt_schrijven_laat_niets_achter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    echte = os.replace

    def vol(bron: str, doel: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", vol)
    with pytest.raises(OSError):
        maak_planmap(tmp_path / "plans", keuzes(), VANDAAG, git=False)
    monkeypatch.setattr(os, "replace", echte)
    assert alle_bytes(tmp_path) == {}


# -- git ------------------------------------------------------------------------------------------------


def _git(map_: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(map_), *args], capture_output=True, text=True, check=True).stdout


def test_git_init_en_eerste_vastlegging(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git_met_identiteit(monkeypatch, tmp_path)
    map_ = tmp_path / "plans"
    a = maak_planmap(map_, keuzes(), VANDAAG, git=True)
    assert a.git is not None and (a.git.soort, a.git.repository, a.git.melding) == ("nieuw", map_.resolve(), None)
    assert _git(map_, "log", "--format=%h %an <%ae> %s") == (
        f"{a.git.commit} Jan de Vries <jan@swv-proef.nl> Nieuwe planmap voor SWV Proef (swvplanner init)\n"
    )
    assert sorted(_git(map_, "ls-files").split()) == sorted(BESTANDEN)
    assert _git(map_, "status", "--porcelain") == ""


def test_git_zonder_identiteit_houdt_de_bestanden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git_zonder_identiteit(monkeypatch, tmp_path)
    map_ = tmp_path / "plans"
    a = maak_planmap(map_, keuzes(), VANDAAG, git=True)
    assert a.git is not None and a.git.commit is None and a.git.soort == "nieuw"
    assert a.git.melding == (
        "git weet niet wie u bent (git config user.name en user.email zijn niet ingesteld), dus er is nog niets "
        "vastgelegd; de bestanden staan er wel. Stel ze in en leg vast met: "
        f'git -C {map_} add . && git -C {map_} commit -m "Nieuwe planmap"'
    )
    assert (map_ / ".git").is_dir()
    assert sorted(p.name for p in map_.iterdir() if p.name != ".git") == sorted(BESTANDEN)


def test_in_een_bestaande_repository_alleen_de_planmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git_met_identiteit(monkeypatch, tmp_path)
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "ander.txt").write_text("niet van init\n", encoding="utf-8")
    a = maak_planmap(repo / "plannen" / "plans", keuzes(), VANDAAG, git=True)
    assert a.git is not None and (a.git.soort, a.git.repository) == ("bestaand", repo.resolve())
    assert sorted(_git(repo, "ls-files").split()) == sorted(f"plannen/plans/{b}" for b in BESTANDEN)
    assert _git(repo, "status", "--porcelain") == "?? ander.txt\n"
    assert not (repo / "plannen" / "plans" / ".git").exists()


# -- the defaults --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("vandaag", "schooljaar"),
    [
        (date(2026, 12, 1), "2026-2027"),
        (date(2026, 8, 1), "2026-2027"),
        (date(2026, 7, 31), "2026-2027"),
        (date(2027, 1, 15), "2027-2028"),
    ],
)
def test_standaard_schooljaar(vandaag: date, schooljaar: str) -> None:
    assert standaard_schooljaar(vandaag) == Schooljaar.parse(schooljaar)


def test_standaard_domein() -> None:
    assert standaard_domein("SWV Proef") == "planning.swv-proef.nl"
    assert (
        standaard_domein("Passend Onderwijs Zuid-Oost Brabant (VO)")
        == "planning.passend-onderwijs-zuid-oost-brabant-vo.nl"
    )
    assert standaard_domein("Coöperatie 's-Hertogenbosch") == "planning.cooperatie-s-hertogenbosch.nl"
