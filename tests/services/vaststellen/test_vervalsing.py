"""Forging an adoption with nothing but push access: each way in the issue, and that it now fails.

The forger is the secretary (she can commit, push, tag and set her own git config); the director
holds the approver's key. See the chain of trust in swvplanner/services/vertrouwen.py.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.services.vaststellen.conftest import (
    GOEDKEURDER,
    JAARPLAN,
    JAARPLAN_BESTAND,
    KK_BESTAND,
    SECRETARIS,
    Repo,
)
from tests.services.vaststellen.test_export_vastgesteld import NIEUW, OUD, kalenders

TAG = "vastgesteld/jaarplan-2025-2026/2026-09-14"
KK_TAG = "vastgesteld/kwaliteitskalender/2026-09-14"
VANDAAG = "2026-09-14"
NIET_ONDERTEKEND = "         - niet ondertekend: niet vast te stellen wie dit vaststelde\n"
GOEDKEURDER_ERBIJ = (
    f"  - naam: {SECRETARIS[0]}\n    email: {SECRETARIS[1]}\n\n# aangevuld: wat de goedkeurders vaststellen"
)


def verify(repo: Repo) -> tuple[int, str]:
    u = repo.swv("verify", "--vandaag", VANDAAG)
    assert u.err == ""
    return u.code, u.out


def ondertekenen(repo: Repo, hoe: str) -> None:
    repo.vervang("swv.yaml", "  ondertekenen: optioneel\n", f"  ondertekenen: {hoe}\n" if hoe else "")


def sleutel_van_secretaris(repo: Repo, thuis: Path) -> Path:
    """A key of the secretary, in the same allowed-signers file as the director's (one team, one file)."""
    sleutel = thuis / "secretaris"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "secretaris", "-f", str(sleutel)],
        check=True,
        capture_output=True,
    )
    toegestaan = thuis / "allowed_signers"
    toegestaan.write_text(
        toegestaan.read_text() + f'{SECRETARIS[1]} namespaces="git" {(thuis / "secretaris.pub").read_text().strip()}\n'
    )
    return thuis / "secretaris.pub"


def secretaris_erbij(repo: Repo, thuis: Path) -> Path:
    """After a signed adoption by the director, the secretary adds herself to the goedkeurders on main."""
    ondertekend_vastgesteld(repo)
    eigen = sleutel_van_secretaris(repo, thuis)
    repo.als(SECRETARIS)
    repo.vervang("swv.yaml", "\n# aangevuld: wat de goedkeurders vaststellen", GOEDKEURDER_ERBIJ)
    repo.commit("Secretaris erbij als goedkeurder")
    return eigen


def ondertekend_vastgesteld(repo: Repo, document: str = JAARPLAN, vandaag: str = "2026-09-01") -> None:
    """The director adopts, signed, as it should be (ssh_sleutel must be configured)."""
    repo.als(GOEDKEURDER)
    u = repo.approve(document, vandaag, "--sign")
    assert u.code == 0, u.err


def kopieer_tag(repo: Repo, naam: str) -> str:
    """The message of a tag, to forge a copy of it."""
    return repo.git("for-each-ref", "--format=%(contents)", f"refs/tags/{naam}").rstrip("\n") + "\n"


# --- 1. a borrowed user.email --------------------------------------------------------------


def test_geleend_emailadres_zonder_handtekening_weigert_standaard(repo: Repo) -> None:
    """A new organisation (no `ondertekenen` in swv.yaml) demands a signature: user.email alone is not enough."""
    ondertekenen(repo, "")
    repo.commit("Ondertekenen: de standaard")
    repo.als(("Sanne als directeur", GOEDKEURDER[1]))
    voor = repo.toestand()
    u = repo.approve()
    assert (u.code, repo.toestand()) == (1, voor)
    assert u.err == (
        "Het jaarplan 2025-2026 kan niet worden vastgesteld: swv.yaml vraagt bij elke vaststelling een "
        "handtekening (vaststelling.ondertekenen: verplicht). Gebruik --sign.\nEr is niets gewijzigd.\n"
    )
    # the tag made by hand does not count either
    repo.git("tag", "-a", TAG, "-m", "Vastgesteld: jaarplan-2025-2026\n\n" + repo.inhoud(JAARPLAN_BESTAND))
    assert verify(repo) == (
        1,
        f"FOUT     {TAG}\n"
        "         - niet ondertekend, terwijl ondertekenen verplicht is\n"
        "1 tag(s) gecontroleerd, 1 niet in orde.\n",
    )
    assert repo.swv("status", "--vandaag", VANDAAG).out.startswith("jaarplan-2025-2026: nooit vastgesteld\n")


# --- 2. unsigned where signing is optional ----------------------------------------------------


def test_niet_ondertekend_is_nooit_in_orde(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve().code == 0
    assert verify(repo) == (
        0,
        f"LET OP   {TAG}\n{NIET_ONDERTEKEND}1 tag(s) gecontroleerd, 0 niet in orde, 1 met een waarschuwing.\n",
    )


# --- 3, 4. a tag recreated or moved onto other content ----------------------------------------


def _ongezien_gewijzigd(repo: Repo) -> str:
    repo.als(GOEDKEURDER)
    assert repo.approve("kwaliteitskalender", VANDAAG).code == 0
    repo.als(SECRETARIS)
    repo.vervang(KK_BESTAND, "wat: Beleidsnotitie PO/VO\n", "wat: Beleidsnotitie PO/VO herzien\n")
    repo.commit("Beleidsnotitie herzien, niet vastgesteld")
    return kopieer_tag(repo, KK_TAG)


MISMATCH = (
    f"FOUT     {KK_TAG}\n"
    f"         - {KK_BESTAND} is in deze versie niet wat is vastgesteld (de tag is verplaatst of opnieuw "
    "gemaakt)\n"
    "1 tag(s) gecontroleerd, 1 niet in orde.\n"
)


GEEN_GELDIGE_TAG = (
    "vastgesteld op 14 september 2026 volgens het document; nog niet in git vastgelegd — leg dat vast "
    "met `swvplanner approve kwaliteitskalender --datum 2026-09-14`"
)
"""The document carries the date, but no tag that counts records it: status says so (and diff shows the change)."""


def _niets_gepubliceerd(repo: Repo, tmp_path: Path, stand: str = "nooit vastgesteld") -> None:
    assert repo.swv("status", "--vandaag", VANDAAG).out.splitlines()[1] == f"kwaliteitskalender: {stand}"
    assert repo.swv("export", "--vastgesteld", "--vandaag", VANDAAG, "--out", str(tmp_path / "cal")).code == 0
    deadlines = kalenders(tmp_path / "cal")["deadlines.ics"]
    assert NIEUW not in deadlines and OUD not in deadlines


def test_tag_opnieuw_gemaakt_op_een_andere_commit(repo: Repo, tmp_path: Path) -> None:
    bericht = _ongezien_gewijzigd(repo)
    repo.git("tag", "-d", KK_TAG)
    repo.git(
        "-c", f"user.name={GOEDKEURDER[0]}", "-c", f"user.email={GOEDKEURDER[1]}", "tag", "-a", KK_TAG, "-m", bericht
    )
    assert verify(repo) == (1, MISMATCH)
    _niets_gepubliceerd(repo, tmp_path, GEEN_GELDIGE_TAG)


def test_tag_verplaatst_met_hetzelfde_tagobject(repo: Repo, tmp_path: Path) -> None:
    """The very tag object, copied byte for byte except the commit it points to (git mktag)."""
    _ongezien_gewijzigd(repo)
    origineel = repo.git("cat-file", "tag", KK_TAG)
    oud = repo.git("rev-parse", f"{KK_TAG}^{{commit}}").strip()
    nieuw = repo.git("mktag", invoer=origineel.replace(f"object {oud}\n", f"object {repo.head()}\n")).strip()
    repo.git("update-ref", f"refs/tags/{KK_TAG}", nieuw)
    assert verify(repo) == (1, MISMATCH)
    _niets_gepubliceerd(repo, tmp_path, GEEN_GELDIGE_TAG)


# --- 5, 6. swv.yaml changed on main without an adoption ---------------------------------------


def test_goedkeurder_toegevoegd_op_main_zonder_vaststelling(
    repo: Repo, ssh_sleutel: Path, eigen_omgeving: Path
) -> None:
    repo.git("config", "user.signingkey", str(secretaris_erbij(repo, eigen_omgeving)))
    voor = repo.toestand()
    u = repo.approve(JAARPLAN, VANDAAG, "--sign")
    assert (u.code, repo.toestand()) == (1, voor)
    assert u.err == (
        f"Het jaarplan 2025-2026 kan niet worden vastgesteld: u ({SECRETARIS[1]}) staat wel in swv.yaml, "
        "maar die wijziging van de goedkeurders is nog niet vastgesteld. Een goedkeurder van nu "
        f"({GOEDKEURDER[1]}) stelt eerst een versie met die wijziging ondertekend vast (--sign).\n"
        "Er is niets gewijzigd.\n"
    )
    repo.git("tag", "-s", TAG, "-m", "Vastgesteld: jaarplan-2025-2026\n\n" + repo.inhoud(JAARPLAN_BESTAND))
    assert repo.run_git("verify-tag", TAG).returncode == 0  # a good signature, of the wrong person
    code, uit = verify(repo)
    assert code == 1
    assert uit == (
        "in orde  vastgesteld/jaarplan-2025-2026/2026-09-01\n"
        f"FOUT     {TAG}\n"
        f"         - {SECRETARIS[1]} staat wel in swv.yaml, maar die wijziging van de goedkeurders is nooit "
        "vastgesteld door een goedkeurder van daarvoor\n"
        "2 tag(s) gecontroleerd, 1 niet in orde.\n"
    )
    assert "vastgesteld/jaarplan-2025-2026/2026-09-01" in repo.swv("status", "--vandaag", VANDAAG).out


def test_goedkeurder_erbij_telt_na_ondertekende_vaststelling(
    repo: Repo, ssh_sleutel: Path, eigen_omgeving: Path
) -> None:
    """The way it should go: the director adopts (signed) a version that adds the secretary; from then on she may."""
    eigen = secretaris_erbij(repo, eigen_omgeving)
    repo.als(GOEDKEURDER)
    assert repo.approve(JAARPLAN, "2026-09-01").code == 1  # a change of the approvers needs a signature
    u = repo.approve("kwaliteitskalender", "2026-09-02", "--sign")
    assert u.code == 0, u.err
    assert (
        f"  - swv.yaml: goedkeurders {GOEDKEURDER[1]}, {SECRETARIS[1]}; ondertekenen optioneel (was: goedkeurders "
        f"{GOEDKEURDER[1]}; ondertekenen optioneel)\n"
    ) in u.out
    repo.als(SECRETARIS)
    repo.git("config", "user.signingkey", str(eigen))
    assert repo.approve(JAARPLAN, VANDAAG, "--sign").code == 0
    code, uit = verify(repo)
    assert (code, uit.splitlines()[-1]) == (0, "3 tag(s) gecontroleerd, 0 niet in orde.")


def test_ondertekenen_verzwakt_op_main(repo: Repo, ssh_sleutel: Path) -> None:
    ondertekenen(repo, "verplicht")
    repo.commit("Ondertekenen verplicht")
    ondertekend_vastgesteld(repo)
    repo.als(SECRETARIS)
    repo.vervang("swv.yaml", "  ondertekenen: verplicht\n", "  ondertekenen: optioneel\n")
    repo.commit("Ondertekenen optioneel")
    repo.als(GOEDKEURDER)
    voor = repo.toestand()
    u = repo.approve()
    assert (u.code, repo.toestand()) == (1, voor)
    assert u.err == (
        "Het jaarplan 2025-2026 kan niet worden vastgesteld: de vastgestelde swv.yaml vraagt bij elke "
        "vaststelling een handtekening (vaststelling.ondertekenen: verplicht). Gebruik --sign.\n"
        "Er is niets gewijzigd.\n"
    )
    repo.git("tag", "-a", TAG, "-m", "Vastgesteld: jaarplan-2025-2026\n\n" + repo.inhoud(JAARPLAN_BESTAND))
    code, uit = verify(repo)
    assert code == 1
    assert f"FOUT     {TAG}\n         - niet ondertekend, terwijl ondertekenen verplicht is\n" in uit


def test_tak_uit_de_werkmap_telt_niet(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    repo.git("switch", "-q", "-c", "eigen")
    assert repo.approve().code == 0  # on a branch of her own, never merged
    repo.git("switch", "-q", "main")
    # the working tree names her branch; never committed
    repo.vervang("swv.yaml", "  ondertekenen: optioneel\n", "  ondertekenen: optioneel\n  tak: eigen\n")
    assert verify(repo) == (
        1,
        f"FOUT     {TAG}\n         - de vastgestelde versie zit niet in de tak main\n"
        "1 tag(s) gecontroleerd, 1 niet in orde.\n",
    )


# --- 8, 9. tags that are no adoption ----------------------------------------------------------


def test_lichtgewicht_tag_telt_niet_voor_status_en_export(repo: Repo, tmp_path: Path) -> None:
    repo.git("tag", KK_TAG)
    _niets_gepubliceerd(repo, tmp_path)


def test_vaststelling_in_de_toekomst_telt_niet(repo: Repo, tmp_path: Path) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve("kwaliteitskalender", "2026-09-01").code == 0
    repo.vervang(KK_BESTAND, "wat: Beleidsnotitie PO/VO\n", "wat: Beleidsnotitie PO/VO herzien\n")
    repo.commit("Beleidsnotitie herzien")
    assert repo.approve("kwaliteitskalender", "2027-01-04").code == 0  # a clock set ahead
    code, uit = verify(repo)
    assert (code, uit) == (
        1,
        f"LET OP   vastgesteld/kwaliteitskalender/2026-09-01\n{NIET_ONDERTEKEND}"
        "FOUT     vastgesteld/kwaliteitskalender/2027-01-04\n"
        "         - de datum van vaststelling, 4 januari 2027, ligt in de toekomst (vandaag "
        "is 14 september 2026)\n"
        "2 tag(s) gecontroleerd, 1 niet in orde, 1 met een waarschuwing.\n",
    )
    assert "(vastgesteld/kwaliteitskalender/2026-09-01)" in repo.swv("status", "--vandaag", VANDAAG).out
    assert repo.swv("export", "--vastgesteld", "--vandaag", VANDAAG, "--out", str(tmp_path / "cal")).code == 0
    deadlines = kalenders(tmp_path / "cal")["deadlines.ics"]
    assert OUD in deadlines and NIEUW not in deadlines


# --- 10, 11. where verify runs ----------------------------------------------------------------


def test_verify_op_een_losse_head_zonder_main(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve().code == 0
    repo.git("switch", "-q", "--detach")
    repo.git("branch", "-q", "-D", "main")
    assert verify(repo) == (
        0,
        f"LET OP   {TAG}\n{NIET_ONDERTEKEND}1 tag(s) gecontroleerd, 0 niet in orde, 1 met een waarschuwing.\n",
    )


def test_verify_in_een_kloon_zonder_eigen_main(repo: Repo, tmp_path: Path) -> None:
    """A CI checkout: a detached HEAD, only origin/main; a tag outside origin/main fails against it."""
    repo.als(GOEDKEURDER)
    assert repo.approve().code == 0
    repo.git("switch", "-q", "-c", "voorstel")
    repo.vervang(JAARPLAN_BESTAND, "titel: Jaarplan 2025-2026\n", "titel: Jaarplan 2025-2026 (voorstel)\n")
    repo.commit("Voorstel")
    assert repo.approve(JAARPLAN, VANDAAG).code == 0
    repo.git("switch", "-q", "main")
    kloon = Repo(tmp_path / "kloon", repo._capsys)
    subprocess.run(["git", "clone", "-q", str(repo.root), str(kloon.root)], check=True)
    kloon.git("switch", "-q", "--detach", "origin/voorstel")
    kloon.git("branch", "-q", "-D", "main")
    code, uit = verify(kloon)
    assert (code, uit) == (
        1,
        f"LET OP   {TAG}\n{NIET_ONDERTEKEND}"
        f"FOUT     {TAG}-2\n         - de vastgestelde versie zit niet in de tak origin/main\n"
        "2 tag(s) gecontroleerd, 1 niet in orde, 1 met een waarschuwing.\n",
    )


# --- 12. a save killed halfway ----------------------------------------------------------------


def test_tijdelijk_bestand_van_een_afgebroken_bewaring_houdt_vaststellen_niet_tegen(repo: Repo) -> None:
    (repo.plans / f".{JAARPLAN_BESTAND}.k3J_9xQz.tmp").write_text("half\n", encoding="utf-8")
    repo.als(GOEDKEURDER)
    u = repo.approve()
    assert (u.code, u.err) == (0, "")
    assert u.out.startswith(f"jaarplan-2025-2026 is vastgesteld: tag {TAG}, commit ")
    assert repo.status() == f"?? plans/.{JAARPLAN_BESTAND}.k3J_9xQz.tmp\n"  # left alone, never committed


def test_historie_noemt_alleen_vaststellingen_die_tellen(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve(JAARPLAN, "2026-09-01").code == 0
    repo.git("tag", TAG)  # lightweight, by anyone
    u = repo.swv("history", "basisondersteuning-03")
    assert u.code == 0
    assert "  vastgesteld in: vastgesteld/jaarplan-2025-2026/2026-09-01\n" in u.out
    assert TAG not in u.out


def test_een_ongetekende_vaststelling_verandert_de_goedkeurders_niet(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve(JAARPLAN, "2026-09-01").code == 0
    repo.als(SECRETARIS)
    repo.vervang("swv.yaml", "\n# aangevuld: wat de goedkeurders vaststellen", GOEDKEURDER_ERBIJ)
    repo.commit("Secretaris erbij als goedkeurder")
    repo.git(
        "-c",
        f"user.name={GOEDKEURDER[0]}",
        "-c",
        f"user.email={GOEDKEURDER[1]}",
        "tag",
        "-a",
        KK_TAG,
        "-m",
        "Vastgesteld: kwaliteitskalender\n\n" + repo.inhoud(KK_BESTAND),
    )  # unsigned: anyone can write this
    repo.git("tag", "-a", TAG, "-m", "Vastgesteld: jaarplan-2025-2026\n\n" + repo.inhoud(JAARPLAN_BESTAND))
    code, uit = verify(repo)
    assert (code, uit) == (
        1,
        f"LET OP   vastgesteld/jaarplan-2025-2026/2026-09-01\n{NIET_ONDERTEKEND}"
        f"FOUT     {TAG}\n"
        f"         - {SECRETARIS[1]} staat wel in swv.yaml, maar die wijziging van de "
        "goedkeurders is nooit vastgesteld door een goedkeurder van daarvoor\n"
        f"LET OP   {KK_TAG}\n{NIET_ONDERTEKEND}"
        "         - swv.yaml wijzigt hier de goedkeurders of het ondertekenen; zonder "
        "handtekening telt die wijziging niet\n"
        "3 tag(s) gecontroleerd, 1 niet in orde, 2 met een waarschuwing.\n",
    )
