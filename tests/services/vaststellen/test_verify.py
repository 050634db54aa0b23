"""`approve --sign` with an ssh key, and `swvplanner verify`: what makes a vastgesteld tag not in order."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from tests.services.vaststellen.conftest import GOEDKEURDER, JAARPLAN, SECRETARIS, Repo

TAG = "vastgesteld/jaarplan-2025-2026/2026-09-14"


def ondertekenen_verplicht(repo: Repo) -> None:
    repo.vervang("swv.yaml", "  ondertekenen: optioneel\n", "  ondertekenen: verplicht\n")
    repo.commit("Ondertekenen verplicht")


def test_ondertekende_vaststelling_is_in_orde(repo: Repo, ssh_sleutel: Path) -> None:
    repo.als(GOEDKEURDER)
    u = repo.approve(JAARPLAN, "2026-09-14", "--sign")
    assert u.code == 0, u.err
    assert u.out.startswith(f"jaarplan-2025-2026 is vastgesteld: tag {TAG} (ondertekend), commit ")
    assert repo.git("cat-file", "-t", TAG) == "tag\n"
    assert "-----BEGIN SSH SIGNATURE-----" in repo.git("cat-file", "tag", TAG)
    r = repo.run_git("verify-tag", TAG)
    assert r.returncode == 0, r.stderr
    assert f'Good "git" signature for {GOEDKEURDER[1]} with ED25519 key' in r.stderr
    u = repo.swv("verify")
    assert (u.code, u.err) == (0, "")
    assert u.out == f"in orde  {TAG}\n1 tag(s) gecontroleerd, 0 niet in orde.\n"
    # status shows it as signed; the signature is not part of the message
    assert '"ondertekend": true' in repo.swv("status", "--format", "json").out


def test_verplicht_ondertekenen_weigert_zonder_sign(repo: Repo) -> None:
    ondertekenen_verplicht(repo)
    repo.als(GOEDKEURDER)
    voor = repo.toestand()
    u = repo.approve()
    assert u.code == 1
    assert u.err == (
        "Het jaarplan 2025-2026 kan niet worden vastgesteld: swv.yaml vraagt bij elke vaststelling een "
        "handtekening (vaststelling.ondertekenen: verplicht). Gebruik --sign.\nEr is niets gewijzigd.\n"
    )
    assert repo.toestand() == voor


def test_mislukte_handtekening_draait_alles_terug(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    repo.git("config", "gpg.program", "false")  # gpg fails to sign: git tag -s fails
    voor = repo.toestand()
    u = repo.approve(JAARPLAN, "2026-09-14", "--sign")
    assert u.code == 1
    assert u.err.startswith("Het vaststellen van het jaarplan 2025-2026 is mislukt: git tag is mislukt: ")
    assert "gpg failed to sign the data" in u.err
    assert u.err.endswith(".\nEr is niets gewijzigd.\n")
    assert repo.toestand() == voor  # the vastgesteld commit is undone too


def _git_maakt_stil_een_ongetekende_tag() -> bool:
    """Whether this git, when ssh signing fails, still makes an unsigned tag and exits 0 (git 2.39 does)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": tmp,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
        }
        wie = ["-c", "user.name=x", "-c", "user.email=x@example.org"]

        def git(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(["git", "-C", tmp, *wie, *args], env=env, capture_output=True, text=True)

        git("init", "-q")
        git("commit", "-q", "--allow-empty", "-m", "x")
        r = git("-c", "gpg.format=ssh", "-c", f"user.signingkey={tmp}/geen.pub", "tag", "-s", "t", "-m", "x")
        return r.returncode == 0


def test_mislukte_ssh_handtekening_geeft_geen_ongetekende_tag(repo: Repo, eigen_omgeving: Path) -> None:
    repo.als(GOEDKEURDER)
    repo.git("config", "gpg.format", "ssh")
    repo.git("config", "user.signingkey", str(eigen_omgeving / "bestaat-niet.pub"))
    voor = repo.toestand()
    u = repo.approve(JAARPLAN, "2026-09-14", "--sign")
    assert (u.code, repo.toestand()) == (1, voor)
    assert u.err.startswith("Het vaststellen van het jaarplan 2025-2026 is mislukt: git ")
    assert u.err.endswith(".\nEr is niets gewijzigd.\n")


def test_geen_tags(repo: Repo) -> None:
    u = repo.swv("verify")
    assert (u.code, u.out) == (0, "Er zijn nog geen vastgesteld-tags.\n0 tag(s) gecontroleerd, 0 niet in orde.\n")


def test_niet_ondertekend_terwijl_verplicht(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve().code == 0
    assert repo.swv("verify").code == 0
    ondertekenen_verplicht(repo)
    u = repo.swv("verify")
    assert u.code == 1
    assert u.out == (
        f"FOUT     {TAG}\n"
        "         - niet ondertekend, terwijl ondertekenen verplicht is\n"
        "1 tag(s) gecontroleerd, 1 niet in orde.\n"
    )


def test_vervalst_tagbericht_met_behouden_handtekening(repo: Repo, ssh_sleutel: Path) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve(JAARPLAN, "2026-09-14", "--sign").code == 0
    origineel = repo.git("cat-file", "tag", TAG)
    vervalst = origineel.replace("Datum: 2026-09-14\n", "Datum: 2026-09-01\n")
    assert vervalst != origineel and "-----BEGIN SSH SIGNATURE-----" in vervalst
    nieuw = repo.git("mktag", invoer=vervalst).strip()
    repo.git("update-ref", f"refs/tags/{TAG}", nieuw)
    assert repo.git("rev-parse", TAG).strip() == nieuw
    assert repo.run_git("verify-tag", TAG).returncode != 0
    u = repo.swv("verify")
    assert u.code == 1
    regels = u.out.splitlines()
    assert regels[0] == f"FOUT     {TAG}"
    assert regels[1].startswith("         - de handtekening klopt niet: ")
    assert "Signature verification failed: incorrect signature" in u.out
    assert regels[-1] == "1 tag(s) gecontroleerd, 1 niet in orde."


def test_tag_van_iemand_die_geen_goedkeurder_is(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve().code == 0
    repo.als(SECRETARIS)
    neptag = "vastgesteld/jaarplan-2025-2026/2026-01-01"
    repo.git("tag", "-a", neptag, "-m", "x")
    u = repo.swv("verify")
    assert u.code == 1
    assert u.out == (
        f"FOUT     {neptag}\n"
        "         - het tagbericht legt niet vast welke inhoud is vastgesteld (geen regels 'Inhoud:'; een "
        "tag van swvplanner approve heeft die wel)\n"
        "         - secretaris@swv-nmd-po.nl staat niet als goedkeurder in swv.yaml (tak main)\n"
        f"LET OP   {TAG}\n"
        "         - niet ondertekend: niet vast te stellen wie dit vaststelde\n"
        "2 tag(s) gecontroleerd, 1 niet in orde, 1 met een waarschuwing.\n"
    )


def test_lichtgewicht_tag(repo: Repo) -> None:
    repo.git("tag", "vastgesteld/kwaliteitskalender/2026-02-02")
    u = repo.swv("verify")
    assert u.code == 1
    assert u.out == (
        "FOUT     vastgesteld/kwaliteitskalender/2026-02-02\n"
        "         - geen geannoteerde tag (geen vaststeller en datum vastgelegd)\n"
        "1 tag(s) gecontroleerd, 1 niet in orde.\n"
    )


def test_tag_buiten_de_hoofdtak(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    repo.git("switch", "-q", "-c", "voorstel")
    assert repo.approve().code == 0  # approve itself does not look at the branch
    repo.git("switch", "-q", "main")
    u = repo.swv("verify")
    assert u.code == 1
    assert u.out == (
        f"FOUT     {TAG}\n"
        "         - de vastgestelde versie zit niet in de tak main\n"
        "1 tag(s) gecontroleerd, 1 niet in orde.\n"
    )
    repo.git("merge", "-q", "--ff-only", "voorstel")
    assert repo.swv("verify").code == 0


def test_handtekening_van_een_ander_dan_de_goedkeurder(repo: Repo, ssh_sleutel: Path, eigen_omgeving: Path) -> None:
    sleutel = eigen_omgeving / "secretaris"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "secretaris", "-f", str(sleutel)],
        check=True,
        capture_output=True,
    )
    toegestaan = eigen_omgeving / "allowed_signers"
    publiek = (eigen_omgeving / "secretaris.pub").read_text().strip()
    toegestaan.write_text(toegestaan.read_text() + f'{SECRETARIS[1]} namespaces="git" {publiek}\n')
    ondertekenen_verplicht(repo)
    # the secretary signs with her own key, but poses as the approver
    repo.git("config", "user.signingkey", str(eigen_omgeving / "secretaris.pub"))
    repo.als(("Dirk Directeur", GOEDKEURDER[1]))
    voor = repo.toestand()
    u = repo.approve(JAARPLAN, "2026-09-14", "--sign")
    assert (u.code, repo.toestand()) == (1, voor)  # approve checks its own signature
    assert u.err == (
        "Het vaststellen van het jaarplan 2025-2026 is mislukt: de handtekening is van "
        f"{SECRETARIS[1]}, niet van {GOEDKEURDER[1]}.\nEr is niets gewijzigd.\n"
    )
    # the same tag made by hand: verify refuses it
    repo.git("tag", "-s", TAG, "-m", "Vastgesteld: jaarplan-2025-2026\n\n" + repo.inhoud("jaarplan-2025-2026.yaml"))
    r = repo.run_git("verify-tag", TAG)
    assert f'Good "git" signature for {SECRETARIS[1]}' in r.stderr
    u = repo.swv("verify", "--vandaag", "2026-09-14")
    assert (u.code, u.out) == (
        1,
        f"FOUT     {TAG}\n"
        f"         - ondertekend door {SECRETARIS[1]}, niet door de goedkeurder "
        f"{GOEDKEURDER[1]} die als maker van de tag staat\n"
        "1 tag(s) gecontroleerd, 1 niet in orde.\n",
    )


def test_tag_op_een_versie_met_een_fout_in_de_controle(repo: Repo) -> None:
    repo.vervang("jaarplan-2025-2026.yaml", "- id: basisondersteuning-02\n", "- id: basisondersteuning-01\n")
    repo.commit("Dubbel id")
    repo.als(GOEDKEURDER)
    tag = "vastgesteld/jaarplan-2025-2026/2026-09-14"
    repo.git("tag", "-a", tag, "-m", "met de hand, zonder approve\n\n" + repo.inhoud("jaarplan-2025-2026.yaml"))
    u = repo.swv("verify")
    assert u.code == 1
    assert u.out == (
        f"FOUT     {tag}\n"
        "         - de controle vindt een fout in de vastgestelde versie: "
        "jaarplan-2025-2026.yaml:40:17: het id 'basisondersteuning-01' (actie) wordt al gebruikt; ids "
        "moeten uniek zijn\n"
        "1 tag(s) gecontroleerd, 1 niet in orde.\n"
    )


def test_een_fout_waar_de_vastgestelde_versie_niet_van_afhangt(repo: Repo) -> None:
    """A meeting with a wrong year in the vergaderplanning does not make the jaarplan's tag wrong."""
    repo.jaarfout_terug()
    repo.commit("PO/VO-middag")
    repo.als(GOEDKEURDER)
    assert repo.approve().code == 0
    u = repo.swv("verify")
    assert (u.code, u.out, u.err) == (
        0,
        f"LET OP   {TAG}\n"
        "         - niet ondertekend: niet vast te stellen wie dit vaststelde\n"
        "1 tag(s) gecontroleerd, 0 niet in orde, 1 met een waarschuwing.\n",
        "",
    )
