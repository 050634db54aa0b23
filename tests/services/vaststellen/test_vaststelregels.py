"""The rules of adoption (services_vaststelregels) through `swvplanner approve` and `status`: which
fouten stop an adoption, which document a short name means, and which adoption dates are allowed.
Every refusal is checked as the exact Dutch text the directeur-bestuurder reads."""

from __future__ import annotations

import io
import json

import pytest

from swvplanner.cli import vaststellen as cli_vaststellen
from tests.services.vaststellen.conftest import (
    ACTIE_03,
    GOEDKEURDER,
    GOEDKEURDER_NAAM,
    JAARPLAN,
    JAARPLAN_BESTAND,
    KK_BESTAND,
    VERGADERINGEN_BESTAND,
    Repo,
)

NIETS_GEWIJZIGD = "\nEr is niets gewijzigd.\n"
KAN_NIET = "Het jaarplan 2025-2026 kan niet worden vastgesteld: "
KK_KAN_NIET = "De kwaliteitskalender kan niet worden vastgesteld: "
SWV104 = (
    "plans/vergaderingen-2025-2026.yaml:372:12 SWV104 vergadering overig-2526-02: 12 november 2024 valt buiten "
    "schooljaar 2025-2026"
)
SWV302 = "plans/swv.yaml:62:29 SWV302 OPR vergadert in 2025-2026 5 keer; het minimum is 40"
LET_OP_EEN = (
    "Let op: de controle vindt 1 fout in een document waar deze vaststelling niet van afhangt. Dat houdt de "
    "vaststelling niet tegen, maar herstel hem wel:\n"
)
DEEL = "Deel de vaststelling met: git push && git push --tags\n"
JAARPLAN_2627 = "schooljaar: 2026-2027\ntitel: Jaarplan 2026-2027\nonderdelen: []\n"


def jaar_fout(repo: Repo) -> None:
    repo.jaarfout_terug()
    repo.commit("PO/VO-middag")


def opr_minimum_40(repo: Repo) -> None:
    """A governance fout placed in swv.yaml: the OPR meets too little (SWV302)."""
    repo.vervang("swv.yaml", "minimum-per-schooljaar: 4\n", "minimum-per-schooljaar: 40\n")
    repo.commit("OPR vaker")


def datum_uit_het_voorbeeld(repo: Repo) -> str:
    repo.datum_terug()
    return repo.commit("Vastgesteld in september (voor swvplanner)")


# --- which fouten stop an adoption ----------------------------------------------------------


def test_fout_in_de_vergaderplanning_houdt_het_jaarplan_niet_tegen(repo: Repo) -> None:
    jaar_fout(repo)
    repo.als(GOEDKEURDER)
    u = repo.approve()
    assert (u.code, u.err) == (0, "")
    tag = "vastgesteld/jaarplan-2025-2026/2026-09-14"
    assert u.out == (
        f"jaarplan-2025-2026 is vastgesteld: tag {tag}, commit {repo.head()[:7]}.\n"
        "  - Nieuw document jaarplan-2025-2026\n" + LET_OP_EEN + f"  {SWV104}\n" + DEEL
    )
    assert repo.tags() == [tag]


def test_fout_in_swv_yaml_houdt_elke_vaststelling_tegen(repo: Repo) -> None:
    repo.vervang("swv.yaml", "tijd: 19:30-21:30\n", "tijd: 21:30-19:30\n")
    repo.commit("OPR-tijd omgedraaid")
    repo.als(GOEDKEURDER)
    voor = repo.toestand()
    fout = (
        "plans/swv.yaml:59:11 SWV103 de standaardtijd van OPR (21:30-19:30) eindigt niet na het begin. Herstel "
        "dit eerst en leg het vast."
    )
    assert repo.approve().err == KAN_NIET + fout + NIETS_GEWIJZIGD
    assert repo.approve("kwaliteitskalender").err == KK_KAN_NIET + fout + NIETS_GEWIJZIGD
    assert repo.toestand() == voor


def test_besluitvorming_houdt_alleen_de_kwaliteitskalender_tegen(repo: Repo) -> None:
    """SWV302 sits in swv.yaml but is about the governance cycle: it stops the kwaliteitskalender only."""
    opr_minimum_40(repo)
    repo.als(GOEDKEURDER)
    voor = repo.toestand()
    u = repo.approve("kwaliteitskalender")
    assert (u.code, u.out) == (1, "")
    assert u.err == KK_KAN_NIET + SWV302 + ". Herstel dit eerst en leg het vast." + NIETS_GEWIJZIGD
    assert repo.toestand() == voor
    u = repo.approve()
    assert (u.code, u.err) == (0, "")
    assert LET_OP_EEN + f"  {SWV302}\n" + DEEL in u.out


def test_ontbrekende_besluitstap_houdt_de_kwaliteitskalender_tegen(repo: Repo) -> None:
    repo.vervang(VERGADERINGEN_BESTAND, "      - {kwaliteitskalender: ondersteuningsplan, stap: instemming}\n", "")
    repo.commit("OP niet bij de OPR")
    repo.als(GOEDKEURDER)
    u = repo.approve("kwaliteitskalender")
    assert u.code == 1
    assert u.err == (
        KK_KAN_NIET + "plans/kwaliteitskalender.yaml:21:13 SWV301 'Ondersteuningsplan' (uiterlijk 30 "
        "april 2026): instemming door OPR ontbreekt: geen vergadering van OPR met dit item op de agenda "
        "uiterlijk 30 april 2026. Herstel dit eerst en leg het vast." + NIETS_GEWIJZIGD
    )
    assert repo.approve().code == 0  # the jaarplan does not depend on it


def test_meerdere_fouten_worden_alle_genoemd(repo: Repo) -> None:
    repo.vervang(JAARPLAN_BESTAND, "- id: basisondersteuning-02\n", "- id: basisondersteuning-01\n")
    repo.vervang("swv.yaml", "tijd: 19:30-21:30\n", "tijd: 21:30-19:30\n")
    jaar_fout(repo)
    repo.als(GOEDKEURDER)
    u = repo.approve()
    assert u.code == 1
    assert u.err == (
        KAN_NIET + "de controle vindt 2 fouten die de vaststelling tegenhouden:\n"
        "  plans/jaarplan-2025-2026.yaml:40:17 SWV101 het id 'basisondersteuning-01' (actie) wordt al "
        "gebruikt; ids moeten uniek zijn\n"
        "  plans/swv.yaml:59:11 SWV103 de standaardtijd van OPR (21:30-19:30) eindigt niet na het begin\n"
        "Herstel ze eerst en leg ze vast." + NIETS_GEWIJZIGD
    )


def test_een_onleesbaar_bestand_houdt_alles_tegen(repo: Repo) -> None:
    """Then no check can run at all, so even a file the jaarplan does not depend on stops it."""
    repo.vervang(
        VERGADERINGEN_BESTAND, "  - id: opr-2526-01\n    orgaan: opr\n", "  - id: opr-2526-01\n    orgaan: [opr\n"
    )
    repo.commit("Kapot")
    repo.als(GOEDKEURDER)
    u = repo.approve()
    assert u.code == 1
    assert u.err.startswith(KAN_NIET + "plans/vergaderingen-2025-2026.yaml:")
    assert " SWV100 ongeldige YAML: " in u.err
    assert u.err.endswith(". Herstel dit eerst en leg het vast." + NIETS_GEWIJZIGD)


# --- which document a short name means ------------------------------------------------------


def test_jaarplan_is_het_jaarplan_van_het_huidige_schooljaar(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    u = repo.approve("jaarplan", "2026-07-31")
    assert u.code == 0, u.err
    assert repo.tags() == ["vastgesteld/jaarplan-2025-2026/2026-07-31"]


def test_jaarplan_zonder_jaarplan_voor_het_huidige_schooljaar(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    voor = repo.toestand()
    u = repo.approve("jaarplan", "2026-09-14")
    assert (u.code, u.out) == (1, "")
    assert u.err == (
        "Welk jaarplan? Er is geen jaarplan-2026-2027 (het schooljaar van 14 september 2026), alleen "
        "jaarplan-2025-2026; noem het volledig." + NIETS_GEWIJZIGD
    )
    assert repo.toestand() == voor


def test_jaarplan_met_twee_jaarplannen_zonder_terminal(repo: Repo) -> None:
    (repo.plans / "jaarplan-2026-2027.yaml").write_text(JAARPLAN_2627, encoding="utf-8")
    repo.commit("Jaarplan 2026-2027 begonnen")
    repo.als(GOEDKEURDER)
    voor = repo.toestand()
    u = repo.approve("jaarplan", "2026-06-15")  # in June the next one is being prepared: which is meant?
    assert u.code == 1
    assert u.err == "Welk jaarplan? jaarplan-2025-2026 of jaarplan-2026-2027; noem het volledig." + NIETS_GEWIJZIGD
    assert repo.toestand() == voor


def test_jaarplan_met_twee_jaarplannen_op_een_terminal(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    (repo.plans / "jaarplan-2026-2027.yaml").write_text(JAARPLAN_2627, encoding="utf-8")
    repo.commit("Jaarplan 2026-2027 begonnen")
    repo.als(GOEDKEURDER)
    monkeypatch.setattr(cli_vaststellen.sys, "stdin", _Terminal("3\njaarplan-2026-2027\n"))
    monkeypatch.setattr(cli_vaststellen.sys.stdout, "isatty", lambda: True, raising=False)
    u = repo.approve("jaarplan", "2026-06-15")
    assert (u.code, u.err) == (0, "")
    tag = "vastgesteld/jaarplan-2026-2027/2026-06-15"
    assert u.out.startswith(
        "  1. jaarplan-2025-2026\n  2. jaarplan-2026-2027\n"
        "Welk jaarplan? Kies 1-2 of de naam: "
        "'3' is geen van de keuzes; typ een nummer of een naam (ctrl+c stopt).\n"
        "Welk jaarplan? Kies 1-2 of de naam: "
        f"jaarplan-2026-2027 is vastgesteld: tag {tag}, commit "
    )
    assert repo.tags() == [tag]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_vergaderingen_als_die_worden_vastgesteld(repo: Repo) -> None:
    repo.vervang(
        "swv.yaml",
        "  documenten: [jaarplan, kwaliteitskalender]\n",
        "  documenten: [jaarplan, kwaliteitskalender, vergaderingen]\n",
    )
    repo.commit("Ook de vergaderplanning vaststellen")
    repo.als(GOEDKEURDER)
    u = repo.approve("vergaderingen", "2026-09-14")
    assert u.err == (
        "Welke vergaderplanning? Er is geen vergaderingen-2026-2027 (het schooljaar van 14 september "
        "2026), alleen vergaderingen-2025-2026; noem het volledig." + NIETS_GEWIJZIGD
    )
    u = repo.approve("vergaderingen", "2026-03-01")
    assert u.code == 0, u.err
    assert repo.tags() == ["vastgesteld/vergaderingen-2025-2026/2026-03-01"]


# --- the adoption date ----------------------------------------------------------------------


def test_datum_in_de_toekomst(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    voor = repo.toestand()
    u = repo.approve(JAARPLAN, "2026-09-14", "--datum", "2026-09-15")
    assert u.err == (
        KAN_NIET + "de datum 15 september 2026 ligt in de toekomst (vandaag is 14 september 2026). Een "
        "vaststelling is vandaag of eerder." + NIETS_GEWIJZIGD
    )
    assert repo.toestand() == voor


def test_datum_voor_de_vorige_vaststelling(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve(JAARPLAN, "2026-03-01").code == 0
    voor = repo.toestand()
    u = repo.approve(JAARPLAN, "2026-09-14", "--datum", "2026-02-28")
    assert u.err == (
        KAN_NIET + "de vorige vaststelling in git is van 1 maart 2026, later dan 28 februari 2026. Kies "
        "1 maart 2026 of een latere datum." + NIETS_GEWIJZIGD
    )
    assert repo.toestand() == voor


def test_een_datum_zonder_tag_wordt_nooit_stil_vervangen(repo: Repo) -> None:
    datum_uit_het_voorbeeld(repo)
    repo.als(GOEDKEURDER)
    voor = repo.toestand()
    verwacht = (
        "Het jaarplan 2025-2026 is volgens het document vastgesteld op 15 september 2025, maar die "
        "vaststelling staat nog niet in git; swvplanner vervangt die datum niet zomaar. Leg die vaststelling "
        "eerst vast met: swvplanner approve jaarplan-2025-2026 --datum 2025-09-15\n"
        "Klopt die datum niet, verbeter hem dan in het document en leg dat vast." + NIETS_GEWIJZIGD
    )
    assert repo.approve().err == verwacht
    assert repo.approve(JAARPLAN, "2026-09-14", "--datum", "2025-10-01").err == verwacht
    assert repo.toestand() == voor


def test_eerdere_vaststelling_vastleggen_en_daarna_opnieuw_vaststellen(repo: Repo) -> None:
    eerder = datum_uit_het_voorbeeld(repo)
    repo.als(GOEDKEURDER)
    regels = repo.swv("status").out.splitlines()
    assert regels[0] == (
        "jaarplan-2025-2026: vastgesteld op 15 september 2025 volgens het document; nog niet in git "
        "vastgelegd — leg dat vast met `swvplanner approve jaarplan --datum 2025-09-15`"
    )
    rij = json.loads(repo.swv("status", "--format", "json").out)["documenten"][0]
    assert (rij["vastgesteld"], rij["niet_vastgelegde_datum"]) == (None, "2025-09-15")

    u = repo.approve("jaarplan", "2025-10-01", "--datum", "2025-09-15")
    tag = "vastgesteld/jaarplan-2025-2026/2025-09-15"
    assert (u.code, u.err) == (0, "")
    assert u.out == (
        f"De vaststelling van jaarplan-2025-2026 op 15 september 2025 is vastgelegd: tag {tag}, commit "
        f"{eerder[:7]}.\n  - Nieuw document jaarplan-2025-2026\n" + DEEL
    )
    assert repo.head() == eerder  # the date was in the document already: no commit, the tag is on that version
    assert repo.git("rev-parse", f"{tag}^{{commit}}").strip() == eerder
    assert repo.tagbericht(tag) == (
        f"Vastgesteld door: {GOEDKEURDER_NAAM} (Dirk Directeur <directeur@swv-nmd-po.nl>)\n"
        "Datum: 2025-09-15\n"
        "Vastgelegd op: 2025-10-01 (deze tag legt een eerdere vaststelling vast)\n"
        "Vorige vaststelling: geen (eerste vaststelling)\n\n"
        "Wijzigingen sinds het begin:\n- Nieuw document jaarplan-2025-2026\n\n" + repo.inhoud(JAARPLAN_BESTAND) + "\n"
    )
    assert repo.swv("status").out.splitlines()[:2] == [
        "jaarplan-2025-2026: vastgesteld, ongewijzigd",
        f"  laatst vastgesteld 2025-09-15 door Dirk Directeur directeur@swv-nmd-po.nl ({tag})",
    ]

    # later the jaarplan changes and is adopted again: now the date in the document becomes today's
    repo.vervang(JAARPLAN_BESTAND, ACTIE_03, ACTIE_03.replace("31 december 2025", "1 maart 2026"))
    repo.commit("Actie later")
    u = repo.approve(JAARPLAN, "2026-01-12")
    assert u.code == 0, u.err
    assert repo.tags() == [tag, "vastgesteld/jaarplan-2025-2026/2026-01-12"]
    assert "\nvastgesteld: 2026-01-12\n" in repo.lees(JAARPLAN_BESTAND)
    assert repo.git("log", "-1", "--format=%s") == "Vastgesteld: jaarplan-2025-2026 (2026-01-12)\n"


def test_eerdere_vaststelling_van_een_document_zonder_datum(repo: Repo) -> None:
    """--datum on a document without a date: the date is written and committed, and the commit says so."""
    repo.als(GOEDKEURDER)
    u = repo.approve("kwaliteitskalender", "2025-10-01", "--datum", "2025-09-15")
    assert u.code == 0, u.err
    assert repo.tags() == ["vastgesteld/kwaliteitskalender/2025-09-15"]
    assert "\nvastgesteld: 2025-09-15\n" in repo.lees(KK_BESTAND)
    assert repo.git("log", "-1", "--format=%B") == (
        "Vastgesteld: kwaliteitskalender (2025-09-15)\n\n"
        f"Vastgesteld door {GOEDKEURDER_NAAM} <directeur@swv-nmd-po.nl>. Vastgelegd op 2025-10-01: een eerdere "
        "vaststelling.\n\n"
    )
    assert repo.status() == ""
