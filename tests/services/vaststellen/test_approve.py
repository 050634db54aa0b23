"""`swvplanner approve`: who may adopt, when it is refused (nothing changed), and what it records in git."""

from __future__ import annotations

from tests.services.vaststellen.conftest import (
    ACTIE_03,
    GOEDKEURDER,
    GOEDKEURDER_NAAM,
    JAARPLAN,
    JAARPLAN_BESTAND,
    KK_BESTAND,
    SECRETARIS,
    Repo,
)

TAG = "vastgesteld/jaarplan-2025-2026/2026-09-14"
NIETS_GEWIJZIGD = "\nEr is niets gewijzigd.\n"
KAN_NIET = "Het jaarplan 2025-2026 kan niet worden vastgesteld: "
NOG_VASTLEGGEN = (
    "Leg ze eerst vast (ctrl+g in de app, of git commit) of maak ze ongedaan; vastgesteld wordt wat is vastgelegd."
)
ZIN_WANNEER = (
    "Actie 'Uitvoering projectplan versterking voltijd onderwijs aan ho…': wanneer '31 december 2025' → '1 maart 2026'"
)


def tagbericht_en_kop(repo: Repo, tag: str) -> tuple[list[str], str]:
    """The header lines of the tag object and its message."""
    kop, _, bericht = repo.git("cat-file", "tag", tag).partition("\n\n")
    return kop.splitlines(), bericht


# --- refused: nothing changes ----------------------------------------------------------------


def test_geen_goedkeurder_wordt_geweigerd(repo: Repo) -> None:
    voor = repo.toestand()
    u = repo.approve()
    assert u.code == 1
    assert u.out == ""
    assert u.err == (
        KAN_NIET + "u (secretaris@swv-nmd-po.nl) staat niet als goedkeurder in swv.yaml. Alleen een "
        "goedkeurder mag vaststellen. Staat u er wel in, kijk dan of het e-mailadres daar hetzelfde is "
        "als dat van uw git-identiteit (git config user.email)." + NIETS_GEWIJZIGD
    )
    assert repo.toestand() == voor
    assert repo.tags() == []
    assert repo.git("rev-list", "--count", "HEAD").strip() == "1"


def test_goedkeurder_met_een_ander_e_mailadres_wordt_geweigerd(repo: Repo) -> None:
    repo.als(("Dirk Directeur", "directeur@elders.example"))
    voor = repo.toestand()
    u = repo.approve()
    assert u.code == 1
    assert u.err.startswith(KAN_NIET + "u (directeur@elders.example) staat niet als goedkeurder in swv.yaml. ")
    assert repo.toestand() == voor


def test_zonder_git_identiteit_wordt_geweigerd(repo: Repo) -> None:
    repo.git("config", "--unset", "user.email")
    voor = repo.toestand()
    u = repo.approve()
    assert u.code == 1
    assert u.err == (
        KAN_NIET + "git weet niet wie u bent. Stel uw naam en e-mailadres in: git config user.name "
        '"Uw naam" en git config user.email uw@adres.nl.' + NIETS_GEWIJZIGD
    )
    assert repo.toestand() == voor


def test_niet_vastgelegde_wijziging_wordt_geweigerd(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    repo.vervang(JAARPLAN_BESTAND, ACTIE_03, ACTIE_03.replace("31 december 2025", "1 maart 2026"))
    voor = repo.toestand()
    assert voor.status == " M plans/jaarplan-2025-2026.yaml\n"
    u = repo.approve()
    assert u.code == 1
    assert u.err == (
        KAN_NIET
        + "er zijn wijzigingen die nog niet zijn vastgelegd: plans/jaarplan-2025-2026.yaml. "
        + NOG_VASTLEGGEN
        + NIETS_GEWIJZIGD
    )
    assert repo.toestand() == voor  # the uncommitted edit is still there, byte for byte
    assert repo.tags() == []


def test_onbekend_planbestand_in_de_planmap_wordt_geweigerd(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    (repo.plans / "vergaderingen-2026-2027.yaml").write_text("schooljaar: 2026-2027\nvergaderingen: []\n")
    voor = repo.toestand()
    assert voor.status == "?? plans/vergaderingen-2026-2027.yaml\n"
    u = repo.approve()
    assert u.code == 1
    assert u.err == (
        KAN_NIET
        + "er zijn wijzigingen die nog niet zijn vastgelegd: plans/vergaderingen-2026-2027.yaml. "
        + NOG_VASTLEGGEN
        + NIETS_GEWIJZIGD
    )
    assert repo.toestand() == voor
    assert repo.tags() == []


def test_klaargezette_wijziging_en_wijziging_buiten_de_planmap_worden_geweigerd(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    (repo.root / "README").write_text("planning\n")
    repo.git("add", "README")
    repo.git("commit", "-q", "-m", "README")
    (repo.root / "README").write_text("planning, gewijzigd\n")
    repo.vervang(KK_BESTAND, "wat: Beleidsnotitie PO/VO\n", "wat: Beleidsnotitie PO/VO herzien\n")
    repo.git("add", "plans/kwaliteitskalender.yaml")
    voor = repo.toestand()
    u = repo.approve()
    assert u.code == 1
    assert u.err.startswith(KAN_NIET + "er zijn wijzigingen die nog niet zijn vastgelegd: ")
    assert "README" in u.err and "plans/kwaliteitskalender.yaml" in u.err
    assert repo.toestand() == voor


def test_fout_in_het_document_zelf_blokkeert(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    repo.vervang(JAARPLAN_BESTAND, "- id: basisondersteuning-02\n", "- id: basisondersteuning-01\n")
    repo.commit("Dubbel id")
    voor = repo.toestand()
    u = repo.approve()
    assert u.code == 1
    assert u.err == (
        KAN_NIET + "plans/jaarplan-2025-2026.yaml:40:17 SWV101 het id 'basisondersteuning-01' (actie) "
        "wordt al gebruikt; ids moeten uniek zijn. Herstel dit eerst en leg het vast." + NIETS_GEWIJZIGD
    )
    assert repo.toestand() == voor
    assert repo.tags() == []


def test_document_dat_niet_wordt_vastgesteld(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    voor = repo.toestand()
    u = repo.approve("vergaderingen-2025-2026")
    assert (u.code, u.err) == (
        1,
        "De vergaderplanning 2025-2026 hoeft niet te worden vastgesteld: swv.yaml noemt "
        "onder vaststelling.documenten alleen jaarplan en kwaliteitskalender." + NIETS_GEWIJZIGD,
    )
    u = repo.approve("vergaderingen")
    assert (u.code, u.err) == (
        1,
        "De vergaderplanning hoeft niet te worden vastgesteld: swv.yaml noemt onder "
        "vaststelling.documenten alleen jaarplan en kwaliteitskalender." + NIETS_GEWIJZIGD,
    )
    u = repo.approve("organisatie")
    assert (u.code, u.err) == (
        1,
        "De organisatie (swv.yaml) hoeft niet te worden vastgesteld: swv.yaml noemt onder "
        "vaststelling.documenten alleen jaarplan en kwaliteitskalender." + NIETS_GEWIJZIGD,
    )
    u = repo.approve("jaarplan-2030-2031")
    assert (u.code, u.err) == (
        1,
        "Er is geen document 'jaarplan-2030-2031' in de planmap. Vast te stellen zijn: "
        "jaarplan-2025-2026 en kwaliteitskalender." + NIETS_GEWIJZIGD,
    )
    assert repo.toestand() == voor


def test_ongeldige_datum(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    voor = repo.toestand()
    u = repo.approve(JAARPLAN, "14-09-2026")
    assert u.code == 2
    assert "'14-09-2026' is geen datum; schrijf JJJJ-MM-DD" in u.err
    assert repo.toestand() == voor


# --- success ---------------------------------------------------------------------------------


def test_vaststellen_maakt_commit_en_geannoteerde_tag(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    vorige = repo.head()
    u = repo.approve()
    assert (u.code, u.err) == (0, "")
    head = repo.head()
    assert head != vorige
    assert u.out == (
        f"jaarplan-2025-2026 is vastgesteld: tag {TAG}, commit {head[:7]}.\n"
        "  - Nieuw document jaarplan-2025-2026\n"
        "Deel de vaststelling met: git push && git push --tags\n"
    )
    assert repo.tags() == [TAG]
    assert repo.git("cat-file", "-t", TAG) == "tag\n"
    assert repo.git("rev-parse", f"{TAG}^{{commit}}").strip() == head
    kop, bericht = tagbericht_en_kop(repo, TAG)
    assert kop[:3] == [f"object {head}", "type commit", f"tag {TAG}"]
    assert kop[3].startswith("tagger Dirk Directeur <directeur@swv-nmd-po.nl> ")
    assert bericht == (
        "Vastgesteld: jaarplan-2025-2026\n\n"
        f"Vastgesteld door: {GOEDKEURDER_NAAM} (Dirk Directeur <directeur@swv-nmd-po.nl>)\n"
        "Datum: 2026-09-14\n"
        "Vorige vaststelling: geen (eerste vaststelling)\n\n"
        "Wijzigingen sinds het begin:\n"
        "- Nieuw document jaarplan-2025-2026\n\n" + repo.inhoud(JAARPLAN_BESTAND)
    )
    # the commit: only the vastgesteld line of the jaarplan, by the approver, on main
    assert repo.git("rev-parse", "HEAD~1").strip() == vorige
    assert repo.git("log", "-1", "--format=%an <%ae>%n%B", "HEAD") == (
        "Dirk Directeur <directeur@swv-nmd-po.nl>\nVastgesteld: jaarplan-2025-2026 (2026-09-14)\n\n"
        f"Vastgesteld door {GOEDKEURDER_NAAM} <directeur@swv-nmd-po.nl>.\n\n"
    )
    assert repo.git("show", "--format=", "--name-only", "HEAD") == "plans/jaarplan-2025-2026.yaml\n"
    verschil = [
        r
        for r in repo.git("diff", "-U0", "HEAD~1", "HEAD").splitlines()
        if r[:1] in "+-" and not r.startswith(("+++", "---"))
    ]
    assert verschil == ["+vastgesteld: 2026-09-14"]  # the fixture's jaarplan has no date yet
    assert "\nvastgesteld: 2026-09-14\n" in repo.lees(JAARPLAN_BESTAND)
    assert repo.git("branch", "--show-current") == "main\n"
    assert repo.status() == ""


def test_tweede_vaststelling_noemt_de_wijziging_sinds_de_vorige(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve(JAARPLAN, "2026-09-01").code == 0
    repo.als(SECRETARIS)
    repo.vervang(JAARPLAN_BESTAND, ACTIE_03, ACTIE_03.replace("31 december 2025", "1 maart 2026"))
    wijziging = repo.commit("Actie later")
    repo.als(GOEDKEURDER)
    u = repo.approve()
    assert u.code == 0, u.err
    assert f"  - {ZIN_WANNEER}\n" in u.out
    assert repo.tags() == ["vastgesteld/jaarplan-2025-2026/2026-09-01", TAG]
    assert repo.git("rev-parse", "HEAD~1").strip() == wijziging
    _, bericht = tagbericht_en_kop(repo, TAG)
    assert bericht == (
        "Vastgesteld: jaarplan-2025-2026\n\n"
        f"Vastgesteld door: {GOEDKEURDER_NAAM} (Dirk Directeur <directeur@swv-nmd-po.nl>)\n"
        "Datum: 2026-09-14\n"
        "Vorige vaststelling: vastgesteld/jaarplan-2025-2026/2026-09-01\n\n"
        "Wijzigingen sinds de vorige vaststelling:\n"
        f"- {ZIN_WANNEER}\n\n" + repo.inhoud(JAARPLAN_BESTAND)
    )
    assert repo.status() == ""


def test_tweede_vaststelling_op_dezelfde_dag_krijgt_volgnummer(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve().code == 0
    eerste = repo.head()
    repo.als(SECRETARIS)
    repo.vervang(JAARPLAN_BESTAND, ACTIE_03, ACTIE_03.replace("31 december 2025", "1 maart 2026"))
    wijziging = repo.commit("Actie later")
    repo.als(GOEDKEURDER)
    u = repo.approve()
    assert u.code == 0, u.err
    tweede = f"{TAG}-2"
    assert u.out.startswith(f"jaarplan-2025-2026 is vastgesteld: tag {tweede}, commit {wijziging[:7]}.\n")
    assert repo.tags() == [TAG, tweede]
    assert repo.git("cat-file", "-t", tweede) == "tag\n"
    # the date was already 2026-09-14: no new commit, the tag is on the change itself
    assert repo.head() == wijziging
    assert repo.git("rev-parse", f"{tweede}^{{commit}}").strip() == wijziging
    assert repo.git("rev-parse", f"{TAG}^{{commit}}").strip() == eerste
    _, bericht = tagbericht_en_kop(repo, tweede)
    assert f"Vorige vaststelling: {TAG}\n" in bericht
    assert bericht.endswith(
        f"Wijzigingen sinds de vorige vaststelling:\n- {ZIN_WANNEER}\n\n" + repo.inhoud(JAARPLAN_BESTAND)
    )
    # and a third, without any change in between
    u = repo.approve()
    assert u.code == 0
    assert "  - geen inhoudelijke wijzigingen sinds de vorige vaststelling\n" in u.out
    assert repo.tags() == [TAG, tweede, f"{TAG}-3"]
    assert tagbericht_en_kop(repo, f"{TAG}-3")[1].endswith(
        "Wijzigingen sinds de vorige vaststelling:\n- geen inhoudelijke wijzigingen\n\n" + repo.inhoud(JAARPLAN_BESTAND)
    )
    assert repo.status() == ""


def test_kwaliteitskalender_krijgt_een_vastgesteld_regel(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    assert "vastgesteld:" not in "".join(r for r in repo.lees(KK_BESTAND).splitlines() if not r.startswith("#"))
    u = repo.approve("kwaliteitskalender", "2026-09-14")
    assert u.code == 0, u.err
    assert repo.tags() == ["vastgesteld/kwaliteitskalender/2026-09-14"]
    assert "\nvastgesteld: 2026-09-14\n" in repo.lees(KK_BESTAND)
    assert repo.git("show", "--format=", "--name-only", "HEAD") == "plans/kwaliteitskalender.yaml\n"
    assert repo.status() == ""
    assert repo.swv("check", "--vandaag", "2026-09-14").code == 0


def test_hoofdletters_in_het_e_mailadres_tellen_niet(repo: Repo) -> None:
    repo.als(("Dirk Directeur", "Directeur@SWV-NMD-PO.nl"))
    u = repo.approve()
    assert u.code == 0, u.err
    assert repo.tags() == [TAG]
