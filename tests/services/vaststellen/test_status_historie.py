"""`swvplanner status` (per adopted document: last adoption, changed since?) and `swvplanner history ID`."""

from __future__ import annotations

import json

from tests.services.vaststellen.conftest import (
    ACTIE_03,
    ACTIE_03_NOEM,
    GOEDKEURDER,
    JAARPLAN,
    JAARPLAN_BESTAND,
    KK_BESTAND,
    SECRETARIS,
    VERGADERINGEN_BESTAND,
    Repo,
)

TAG = "vastgesteld/jaarplan-2025-2026/2026-09-14"
DOOR = "Dirk Directeur directeur@swv-nmd-po.nl"
OPR_01 = "  - id: opr-2526-01\n    orgaan: opr\n    datum: 2025-10-01\n"
BEA = ("Bea Beleid", "beleid@swv-nmd-po.nl")


def status(repo: Repo) -> list[dict[str, object]]:
    u = repo.swv("status", "--format", "json")
    assert (u.code, u.err) == (0, "")
    data = json.loads(u.out)
    assert list(data) == ["documenten"]
    return data["documenten"]  # type: ignore[no-any-return]


def nooit(document: str) -> dict[str, object]:
    return {
        "document": document,
        "vastgesteld": None,
        "gewijzigd": True,
        "aantal_wijzigingen": 1,
        "niet_vastgelegde_datum": None,
    }


# --- status ----------------------------------------------------------------------------------


def test_status_voor_en_na_vaststelling(repo: Repo) -> None:
    assert status(repo) == [nooit(JAARPLAN), nooit("kwaliteitskalender")]
    assert repo.swv("status").out == "jaarplan-2025-2026: nooit vastgesteld\nkwaliteitskalender: nooit vastgesteld\n"

    repo.als(GOEDKEURDER)
    assert repo.approve().code == 0
    vastgesteld = {"tag": TAG, "datum": "2026-09-14", "door": DOOR, "commit": repo.head(), "ondertekend": False}
    assert status(repo) == [
        {
            "document": JAARPLAN,
            "vastgesteld": vastgesteld,
            "gewijzigd": False,
            "aantal_wijzigingen": 0,
            "niet_vastgelegde_datum": None,
        },
        nooit("kwaliteitskalender"),
    ]
    assert repo.swv("status").out.splitlines()[:2] == [
        "jaarplan-2025-2026: vastgesteld, ongewijzigd",
        f"  laatst vastgesteld 2026-09-14 door {DOOR} ({TAG})",
    ]

    # not the jaarplan: a meeting moved, a comment in the jaarplan (no change of content)
    repo.als(SECRETARIS)
    repo.vervang(VERGADERINGEN_BESTAND, OPR_01, OPR_01.replace("2025-10-01", "2025-10-08"))
    repo.vervang(JAARPLAN_BESTAND, ACTIE_03, "          # opmerking van het secretariaat\n" + ACTIE_03)
    repo.commit("OPR verplaatst, opmerking")
    assert status(repo)[0]["gewijzigd"] is False

    repo.vervang(JAARPLAN_BESTAND, ACTIE_03, ACTIE_03.replace("31 december 2025", "1 maart 2026"))
    assert status(repo)[0]["gewijzigd"] is True  # the working tree counts
    repo.commit("Actie later")
    rijen = status(repo)
    assert rijen[0] == {
        "document": JAARPLAN,
        "vastgesteld": vastgesteld,
        "gewijzigd": True,
        "aantal_wijzigingen": 1,
        "niet_vastgelegde_datum": None,
    }
    assert rijen[1] == nooit("kwaliteitskalender")
    assert repo.swv("status").out.splitlines()[:3] == [
        "jaarplan-2025-2026: gewijzigd sinds vaststelling",
        f"  laatst vastgesteld 2026-09-14 door {DOOR} ({TAG})",
        "  1 wijziging(en) wachten op vaststelling (swvplanner diff)",
    ]


def test_status_volgt_de_laatste_vaststelling(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve("kwaliteitskalender", "2026-09-01").code == 0
    repo.vervang(KK_BESTAND, "wat: Beleidsnotitie PO/VO\n", "wat: Beleidsnotitie PO/VO herzien\n")
    repo.commit("Beleidsnotitie")
    assert status(repo)[1]["gewijzigd"] is True
    assert repo.approve("kwaliteitskalender", "2026-09-02").code == 0
    kk = status(repo)[1]
    assert kk["gewijzigd"] is False
    assert kk["vastgesteld"] == {
        "tag": "vastgesteld/kwaliteitskalender/2026-09-02",
        "datum": "2026-09-02",
        "door": DOOR,
        "commit": repo.head(),
        "ondertekend": False,
    }


# --- history ---------------------------------------------------------------------------------


def test_historie_van_een_actie(repo: Repo) -> None:
    begin = repo.head()
    # 1: the actie's wanneer (the secretary)
    repo.vervang(JAARPLAN_BESTAND, ACTIE_03, ACTIE_03.replace("31 december 2025", "1 maart 2026"))
    wanneer = repo.commit("Actie 03 later")
    # not this actie: a meeting moved
    repo.vervang(VERGADERINGEN_BESTAND, OPR_01, OPR_01.replace("2025-10-01", "2025-10-08"))
    repo.commit("OPR verplaatst")
    repo.als(GOEDKEURDER)
    assert repo.approve(JAARPLAN, "2026-03-02").code == 0
    eerste_tag = "vastgesteld/jaarplan-2025-2026/2026-03-02"
    # 2: the actie's wie
    repo.als(SECRETARIS)
    actie = repo.lees(JAARPLAN_BESTAND)
    repo.vervang(
        JAARPLAN_BESTAND, "wie: Leonardo afdeling Kloostertuin (CKC-Drenthe)\n", "wie: Leonardo afdeling Kloostertuin\n"
    )
    wie = repo.commit("Wie bij actie 03")
    # not this actie: another actie in the same file
    repo.vervang(
        JAARPLAN_BESTAND,
        "            wanneer: 31 december 2025\n          - id: basisondersteuning-03\n",
        "            wanneer: 1 februari 2026\n          - id: basisondersteuning-03\n",
    )
    repo.commit("Actie 02 later")
    # 3: the actie's status (someone else)
    repo.als(BEA)
    repo.vervang(
        JAARPLAN_BESTAND,
        "            wanneer: 1 maart 2026\n",
        "            wanneer: 1 maart 2026\n            status: lopend\n",
    )
    status_ = repo.commit("Actie 03 loopt")
    assert actie != repo.lees(JAARPLAN_BESTAND)
    repo.als(GOEDKEURDER)
    assert repo.approve().code == 0

    u = repo.swv("history", "basisondersteuning-03", "--format", "json")
    assert (u.code, u.err) == (0, "")
    data = json.loads(u.out)
    assert data["id"] == "basisondersteuning-03"
    regels = data["historie"]
    assert [r["commit"] for r in regels] == [begin, wanneer, wie, status_]
    assert [r["onderwerp"] for r in regels] == [
        "Plannen 2025-2026",
        "Actie 03 later",
        "Wie bij actie 03",
        "Actie 03 loopt",
    ]
    assert [r["auteur"] for r in regels] == ["Sanne Secretaris <secretaris@swv-nmd-po.nl>"] * 3 + [
        "Bea Beleid <beleid@swv-nmd-po.nl>"
    ]
    assert [r["datum"] for r in regels] == [
        repo.git("log", "-1", "--format=%aI", c)[:10] for c in (begin, wanneer, wie, status_)
    ]
    assert [[w["tekst"] for w in r["wijzigingen"]] for r in regels] == [
        [
            f"Nieuwe {ACTIE_03_NOEM[0].lower()}{ACTIE_03_NOEM[1:]} (wanneer: '31 december 2025', "
            "wie: 'Leonardo afdeling Kloostertuin (CKC-Drenthe)')"
        ],
        [f"{ACTIE_03_NOEM}: wanneer '31 december 2025' → '1 maart 2026'"],
        [f"{ACTIE_03_NOEM}: wie 'Leonardo afdeling Kloostertuin (CKC-Drenthe)' → 'Leonardo afdeling Kloostertuin'"],
        [f"{ACTIE_03_NOEM}: status gepland → lopend"],
    ]
    assert all(
        w["id"] == "basisondersteuning-03" and w["document"] == JAARPLAN for r in regels for w in r["wijzigingen"]
    )
    assert [r["vastgesteld_in"] for r in regels] == [[eerste_tag, TAG], [eerste_tag, TAG], [TAG], [TAG]]
    assert set(regels[0]) == {"commit", "datum", "auteur", "onderwerp", "wijzigingen", "vastgesteld_in"}

    tekst = repo.swv("history", "basisondersteuning-03")
    assert tekst.code == 0
    assert f"{wie[:7]} Sanne Secretaris <secretaris@swv-nmd-po.nl> — Wie bij actie 03" in tekst.out
    assert f"  vastgesteld in: {eerste_tag}, {TAG}\n" in tekst.out


def test_historie_van_een_verwijderde_actie_en_een_vergadering(repo: Repo) -> None:
    tekst = repo.lees(JAARPLAN_BESTAND)
    repo.vervang(
        JAARPLAN_BESTAND, tekst[tekst.index(ACTIE_03) : tekst.index("          - id: basisondersteuning-04\n")], ""
    )
    weg = repo.commit("Actie 03 vervalt")
    repo.vervang(VERGADERINGEN_BESTAND, OPR_01, OPR_01.replace("2025-10-01", "2025-10-08") + "    status: verplaatst\n")
    verplaatst = repo.commit("OPR verplaatst")
    data = json.loads(repo.swv("history", "basisondersteuning-03", "--format", "json").out)
    assert [(r["commit"], [w["tekst"] for w in r["wijzigingen"]]) for r in data["historie"]][1:] == [
        (weg, [f"{ACTIE_03_NOEM} verwijderd"])
    ]
    data = json.loads(repo.swv("history", "opr-2526-01", "--format", "json").out)
    assert [(r["commit"], [w["tekst"] for w in r["wijzigingen"]]) for r in data["historie"]][1:] == [
        (verplaatst, ["OPR 1 okt 2025 verplaatst naar 8 okt 2025"])
    ]


def test_historie_van_een_onbekend_id(repo: Repo) -> None:
    u = repo.swv("history", "bestaat-niet")
    assert (u.code, u.out) == (1, "Geen wijzigingen gevonden voor 'bestaat-niet' (bestaat het id?).\n")
    u = repo.swv("history", "bestaat-niet", "--format", "json")
    assert u.code == 1
    assert json.loads(u.out) == {"id": "bestaat-niet", "historie": []}
