"""`swvplanner diff`: the semantic diff between versions of the plans, one Dutch sentence a change."""

from __future__ import annotations

import json

from tests.services.vaststellen.conftest import (
    ACTIE_03,
    GOEDKEURDER,
    JAARPLAN,
    JAARPLAN_BESTAND,
    VERGADERINGEN_BESTAND,
    Repo,
)

OPR_01 = "  - id: opr-2526-01\n    orgaan: opr\n    datum: 2025-10-01\n"
MR_P_01 = "  - id: mr-p-2526-01\n    orgaan: mr-p\n    datum: 2025-10-14\n"
MR_P_02 = "  - id: mr-p-2526-02\n    orgaan: mr-p\n    datum: 2026-01-13\n"
MR_P_03 = "  - id: mr-p-2526-03\n    orgaan: mr-p\n    datum: 2026-05-12\n"
MR_P_04 = "  - id: mr-p-2526-04\n    orgaan: mr-p\n    datum: 2026-06-23\n"

ZIN_VERPLAATST = "OPR 1 okt 2025 verplaatst naar 8 okt 2025"
ZIN_WANNEER = (
    "Actie 'Uitvoering projectplan versterking voltijd onderwijs aan ho…': wanneer '31 december 2025' → '1 maart 2026'"
)
ZIN_TOEGEVOEGD = "Vergadering MR-P 23 jun 2026 toegevoegd"
ZIN_VERWIJDERD = (
    "Actie 'Bewustwordingsactiviteiten en zichtbaar maken van goede voo…' verwijderd (uit 'Basisondersteuning')"
)


def verplaats_opr(repo: Repo) -> None:
    """A move: another date and the status 'verplaatst' (what `v` in the app writes)."""
    repo.vervang(VERGADERINGEN_BESTAND, OPR_01, OPR_01.replace("2025-10-01", "2025-10-08") + "    status: verplaatst\n")


def wanneer_anders(repo: Repo) -> None:
    repo.vervang(JAARPLAN_BESTAND, ACTIE_03, ACTIE_03.replace("31 december 2025", "1 maart 2026"))


def nieuwe_vergadering(repo: Repo) -> None:
    repo.vervang(VERGADERINGEN_BESTAND, MR_P_03, MR_P_03 + MR_P_04)


def verwijder_actie_04(repo: Repo) -> None:
    tekst = repo.lees(JAARPLAN_BESTAND)
    begin = tekst.index("          - id: basisondersteuning-04\n")
    eind = tekst.index("          - id: basisondersteuning-05\n")
    repo.vervang(JAARPLAN_BESTAND, tekst[begin:eind], "")


def alle_vier(repo: Repo) -> None:
    verplaats_opr(repo)
    wanneer_anders(repo)
    nieuwe_vergadering(repo)
    verwijder_actie_04(repo)


def test_tekst_beschrijft_elke_wijziging_in_een_zin(repo: Repo) -> None:
    alle_vier(repo)
    u = repo.swv("diff", "HEAD")
    assert (u.code, u.err) == (0, "")
    assert u.out.splitlines() == [
        "jaarplan-2025-2026: van HEAD naar werkmap",
        f"  - {ZIN_WANNEER}",
        f"  - {ZIN_VERWIJDERD}",
        "",
        "vergaderingen-2025-2026: van HEAD naar werkmap",
        f"  - {ZIN_VERPLAATST}",
        f"  - {ZIN_TOEGEVOEGD}",
        "",
    ]


def test_json_heeft_documenten_met_wijzigingen(repo: Repo) -> None:
    alle_vier(repo)
    u = repo.swv("diff", "HEAD", "--format", "json")
    assert u.code == 0
    data = json.loads(u.out)
    assert list(data) == ["documenten"]
    assert [(d["document"], d["van"], d["tot"]) for d in data["documenten"]] == [
        (JAARPLAN, "HEAD", "werkmap"),
        ("vergaderingen-2025-2026", "HEAD", "werkmap"),
    ]
    wijzigingen = [w for d in data["documenten"] for w in d["wijzigingen"]]
    assert [(w["document"], w["soort"], w["id"], w["tekst"]) for w in wijzigingen] == [
        (JAARPLAN, "gewijzigd", "basisondersteuning-03", ZIN_WANNEER),
        (JAARPLAN, "verwijderd", "basisondersteuning-04", ZIN_VERWIJDERD),
        ("vergaderingen-2025-2026", "verplaatst", "opr-2526-01", ZIN_VERPLAATST),
        ("vergaderingen-2025-2026", "toegevoegd", "mr-p-2526-04", ZIN_TOEGEVOEGD),
    ]
    assert wijzigingen[0] | {"tekst": ""} == {
        "document": JAARPLAN,
        "soort": "gewijzigd",
        "onderwerp": "actie",
        "id": "basisondersteuning-03",
        "tekst": "",
        "veld": "wanneer",
        "oud": "31 december 2025",
        "nieuw": "1 maart 2026",
    }
    assert (wijzigingen[2]["onderwerp"], wijzigingen[2]["veld"], wijzigingen[2]["oud"], wijzigingen[2]["nieuw"]) == (
        "vergadering",
        "datum",
        "2025-10-01",
        "2025-10-08",
    )


def test_markdown_voor_een_merge_request(repo: Repo) -> None:
    alle_vier(repo)
    u = repo.swv("diff", "HEAD", "--format", "markdown")
    assert u.code == 0
    assert u.out.startswith("## Wijzigingen in de plannen\n")
    assert "### jaarplan-2025-2026\n\n_van `HEAD` naar `werkmap`_\n" in u.out
    assert "### vergaderingen-2025-2026\n" in u.out
    for zin in (ZIN_WANNEER, ZIN_VERWIJDERD, ZIN_VERPLAATST, ZIN_TOEGEVOEGD):
        assert f"\n- {zin}\n" in u.out


def test_volgorde_in_het_bestand_is_geen_wijziging(repo: Repo) -> None:
    repo.vervang(VERGADERINGEN_BESTAND, MR_P_01 + MR_P_02, MR_P_02 + MR_P_01)
    assert repo.status() == " M plans/vergaderingen-2025-2026.yaml\n"
    u = repo.swv("diff", "HEAD")
    assert (u.code, u.out) == (0, "Geen inhoudelijke wijzigingen.\n")
    assert json.loads(repo.swv("diff", "HEAD", "--format", "json").out) == {"documenten": []}
    repo.commit("Volgorde MR-P")
    assert json.loads(repo.swv("diff", "HEAD~1", "HEAD", "--format", "json").out) == {"documenten": []}


def test_verplaatsen_en_herordenen_samen_geeft_alleen_de_verplaatsing(repo: Repo) -> None:
    repo.vervang(
        VERGADERINGEN_BESTAND,
        MR_P_01 + MR_P_02,
        MR_P_02 + MR_P_01.replace("2025-10-14", "2025-10-21") + "    status: verplaatst\n",
    )
    data = json.loads(repo.swv("diff", "HEAD", "--format", "json").out)
    assert [(w["soort"], w["id"], w["tekst"]) for d in data["documenten"] for w in d["wijzigingen"]] == [
        ("verplaatst", "mr-p-2526-01", "MR-P 14 okt 2025 verplaatst naar 21 okt 2025")
    ]


def test_een_andere_datum_zonder_verplaatst_is_een_gecorrigeerde_datum(repo: Repo) -> None:
    # The example's PO/VO-middag says 2024 in the 2025-2026 planning: correcting the year is no move.
    repo.vervang(VERGADERINGEN_BESTAND, OPR_01, OPR_01.replace("2025-10-01", "2025-10-08"))
    data = json.loads(repo.swv("diff", "HEAD", "--format", "json").out)
    assert [
        (w["soort"], w["id"], w["tekst"], w["veld"], w["oud"], w["nieuw"])
        for d in data["documenten"]
        for w in d["wijzigingen"]
    ] == [
        (
            "gewijzigd",
            "opr-2526-01",
            "OPR 1 okt 2025 datum gewijzigd in 8 okt 2025",
            "datum",
            "2025-10-01",
            "2025-10-08",
        )
    ]
    assert repo.swv("diff", "HEAD").out.splitlines()[1:2] == ["  - OPR 1 okt 2025 datum gewijzigd in 8 okt 2025"]


def test_tussen_twee_commits(repo: Repo) -> None:
    begin = repo.head()
    verplaats_opr(repo)
    verplaatst = repo.commit("OPR verplaatst")
    nieuwe_vergadering(repo)
    wanneer_anders(repo)
    laatste = repo.commit("MR-P erbij, actie later")

    def zinnen(van: str, tot: str) -> list[tuple[str, str]]:
        u = repo.swv("diff", van, tot, "--format", "json")
        assert u.code == 0, u.err
        data = json.loads(u.out)
        assert all((d["van"], d["tot"]) == (van, tot) for d in data["documenten"])
        return [(d["document"], w["tekst"]) for d in data["documenten"] for w in d["wijzigingen"]]

    assert zinnen(begin, verplaatst) == [("vergaderingen-2025-2026", ZIN_VERPLAATST)]
    assert zinnen(verplaatst, laatste) == [(JAARPLAN, ZIN_WANNEER), ("vergaderingen-2025-2026", ZIN_TOEGEVOEGD)]
    assert zinnen(begin, laatste) == [
        (JAARPLAN, ZIN_WANNEER),
        ("vergaderingen-2025-2026", ZIN_VERPLAATST),
        ("vergaderingen-2025-2026", ZIN_TOEGEVOEGD),
    ]
    # Back to the first date and 'gepland': no longer marked as moved, so a changed date that goes ahead again.
    assert zinnen(laatste, begin)[1:3] == [
        ("vergaderingen-2025-2026", "OPR 8 okt 2025 datum gewijzigd in 1 okt 2025"),
        ("vergaderingen-2025-2026", "OPR 8 okt 2025 gaat weer door"),
    ]
    # the working tree is untouched by any of this
    assert repo.status() == ""
    u = repo.swv("diff", begin[:10], "main")
    assert u.out.splitlines()[0] == f"jaarplan-2025-2026: van {begin[:10]} naar main"


def test_zonder_van_vanaf_de_laatste_vaststelling(repo: Repo) -> None:
    u = repo.swv("diff")
    assert u.out.splitlines() == [
        "jaarplan-2025-2026: van nooit vastgesteld naar werkmap",
        "  - Nieuw document jaarplan-2025-2026",
        "",
        "kwaliteitskalender: van nooit vastgesteld naar werkmap",
        "  - Nieuw document kwaliteitskalender",
        "",
    ]
    repo.als(GOEDKEURDER)
    assert repo.approve().code == 0
    alle_vier(repo)  # the vergaderplanning is not adopted: its changes are not shown here
    u = repo.swv("diff")
    assert u.code == 0
    tag = "vastgesteld/jaarplan-2025-2026/2026-09-14"
    assert u.out.splitlines() == [
        f"jaarplan-2025-2026: van de laatst vastgestelde versie ({tag}) naar werkmap",
        f"  - {ZIN_WANNEER}",
        f"  - {ZIN_VERWIJDERD}",
        "",
        "kwaliteitskalender: van nooit vastgesteld naar werkmap",
        "  - Nieuw document kwaliteitskalender",
        "",
    ]
    data = json.loads(repo.swv("diff", "--format", "json").out)
    assert data["documenten"][0]["van"] == tag
    # the adoption date itself is no change to review
    assert all(w["veld"] != "vastgesteld" for d in data["documenten"] for w in d["wijzigingen"])


def test_onbekende_versie(repo: Repo) -> None:
    u = repo.swv("diff", "bestaat-niet")
    assert u.code == 1
    assert "onbekende versie 'bestaat-niet' (een commit, tak of tag)" in u.err
    assert u.out == ""
