"""Fixtures for adoption through git (diff, approve, status, verify, history, export --vastgesteld).

Every test gets a real, private git repository in tmp_path holding a copy of the example plans
(with the example's one deliberate error fixed), made with the git CLI. The machine's git
configuration is shut out: HOME, the global config file and XDG_CONFIG_HOME point into tmp_path
and the system config is ignored; monkeypatch.setenv makes GitPython's git subprocesses see that.
The CLI runs in-process through `swvplanner.cli.main` (errors: Dutch text on stderr, exit code 1).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from swvplanner.cli import main
from tests.voorbeelden import EEN_JAAR

VOORBEELD = EEN_JAAR
JAARPLAN = "jaarplan-2025-2026"
JAARPLAN_BESTAND = "jaarplan-2025-2026.yaml"
VERGADERINGEN_BESTAND = "vergaderingen-2025-2026.yaml"
KK_BESTAND = "kwaliteitskalender.yaml"

GOEDKEURDER = ("Dirk Directeur", "directeur@swv-nmd-po.nl")
GOEDKEURDER_NAAM = "Directeur-bestuurder SWV NMD PO"  # the name in swv.yaml
SECRETARIS = ("Sanne Secretaris", "secretaris@swv-nmd-po.nl")

# basisondersteuning-03 in the example jaarplan, as it is written in the file.
ACTIE_03 = (
    "          - id: basisondersteuning-03\n"
    "            wat: Uitvoering projectplan versterking voltijd onderwijs aan hoogbegaafden "
    "(subsidie 2023-2025)\n"
    "            wie: Leonardo afdeling Kloostertuin (CKC-Drenthe)\n"
    "            wanneer: 31 december 2025\n"
)
ACTIE_03_NOEM = "Actie 'Uitvoering projectplan versterking voltijd onderwijs aan ho…'"


@dataclass(frozen=True)
class Uitkomst:
    code: int
    out: str
    err: str


@dataclass(frozen=True)
class Toestand:
    """What approval must leave alone when it refuses: HEAD, tags, status and the plan files' bytes."""

    head: str
    tags: tuple[str, ...]
    status: str
    bestanden: tuple[tuple[str, bytes], ...]


class Repo:
    def __init__(self, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.root = root
        self.plans = root / "plans"
        self._capsys = capsys

    # --- git -----------------------------------------------------------------------------

    def run_git(self, *args: str, invoer: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["git", *args], cwd=self.root, capture_output=True, text=True, input=invoer, env=os.environ.copy()
        )

    def git(self, *args: str, invoer: str | None = None) -> str:
        r = self.run_git(*args, invoer=invoer)
        assert r.returncode == 0, f"git {' '.join(args)}: {r.stderr}"
        return r.stdout

    def als(self, wie: tuple[str, str]) -> None:
        """Act as this person from now on (user.name / user.email of the repository)."""
        self.git("config", "user.name", wie[0])
        self.git("config", "user.email", wie[1])

    def commit(self, bericht: str) -> str:
        self.git("add", "-A", "plans")
        self.git("commit", "-q", "-m", bericht)
        return self.head()

    def head(self) -> str:
        return self.git("rev-parse", "HEAD").strip()

    def tags(self) -> list[str]:
        return self.git("tag", "-l").split()

    def inhoud(self, bestand: str, rev: str = "HEAD") -> str:
        """The 'Inhoud:' lines approve writes into a tag message for a document's file at `rev`."""
        return "".join(
            f"Inhoud: {naam} {self.git('rev-parse', f'{rev}:plans/{naam}').strip()}\n"
            for naam in dict.fromkeys([bestand, "swv.yaml"])
        )

    def tagbericht(self, tag: str) -> str:
        return self.git("for-each-ref", "--format=%(contents:body)", f"refs/tags/{tag}")

    def status(self) -> str:
        return self.git("status", "--porcelain", "--untracked-files=all")

    def toestand(self) -> Toestand:
        bestanden = tuple(sorted((p.name, p.read_bytes()) for p in self.plans.iterdir() if p.is_file()))
        return Toestand(self.head(), tuple(self.tags()), self.status(), bestanden)

    # --- files ---------------------------------------------------------------------------

    def lees(self, bestand: str) -> str:
        return (self.plans / bestand).read_text(encoding="utf-8")

    def vervang(self, bestand: str, oud: str, nieuw: str) -> None:
        """Replace one exact, unique piece of text in a plan file."""
        tekst = self.lees(bestand)
        assert tekst.count(oud) == 1, f"{oud!r} staat niet precies één keer in {bestand}"
        (self.plans / bestand).write_text(tekst.replace(oud, nieuw), encoding="utf-8")

    def jaarfout_terug(self) -> None:
        """Put back the example's slip the fixture fixed: a meeting of 12 november 2024 in 2025-2026 (SWV104)."""
        self.vervang(
            VERGADERINGEN_BESTAND,
            "titel: PO/VO-middag\n    datum: 2025-11-12",
            "titel: PO/VO-middag\n    datum: 2024-11-12",
        )

    def datum_terug(self) -> None:
        """Put back the example's `vastgesteld: 2025-09-15` (adopted before swvplanner) the fixture removed."""
        titel = "titel: Jaarplan 2025-2026\n"
        self.vervang(JAARPLAN_BESTAND, titel, titel + "vastgesteld: 2025-09-15\n")

    # --- the CLI -------------------------------------------------------------------------

    def swv(self, *args: str) -> Uitkomst:
        """`swvplanner --plans <repo>/plans ARGS...` in-process: exit code, stdout, stderr."""
        self._capsys.readouterr()
        try:
            main(["--plans", str(self.plans), *args])
            code: int | str | None = 0
        except SystemExit as e:
            code = e.code
        out, err = self._capsys.readouterr()
        assert isinstance(code, int | None), code
        assert "Traceback" not in err
        return Uitkomst(code or 0, out, err)

    def approve(self, document: str = JAARPLAN, vandaag: str = "2026-09-14", *extra: str) -> Uitkomst:
        return self.swv("approve", document, "--vandaag", vandaag, *extra)


@pytest.fixture(autouse=True)
def eigen_omgeving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    thuis = tmp_path / "thuis"
    thuis.mkdir()
    (thuis / "gitconfig").write_text("")
    monkeypatch.setenv("HOME", str(thuis))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(thuis / ".config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(thuis / "gitconfig"))
    monkeypatch.setenv("NO_COLOR", "1")
    for naam in (
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_AUTHOR_NAME",
        "GIT_AUTHOR_EMAIL",
        "GIT_AUTHOR_DATE",
        "GIT_COMMITTER_NAME",
        "GIT_COMMITTER_EMAIL",
        "GIT_COMMITTER_DATE",
        "EMAIL",
        "GIT_CONFIG",
        "GIT_CONFIG_PARAMETERS",
        "GIT_CONFIG_COUNT",
        "SWVPLANNER_PLANS",
        "SWVPLANNER_DEBUG",
        "FORCE_COLOR",
    ):
        monkeypatch.delenv(naam, raising=False)
    return thuis


@pytest.fixture
def repo(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Repo:
    """tmp_path/repo: git repository (branch main) with the example plans in plans/ (never adopted, without
    errors), committed by the secretary, who is also the current user. The work tree is kept apart from HOME
    (tmp_path/thuis)."""
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copytree(VOORBEELD, root / "plans")
    r = Repo(root, capsys)
    # the example's one deliberate error (a 2024 date in 2025-2026): with it `check` has a fout.
    r.vervang(VERGADERINGEN_BESTAND, "datum: 2024-11-12", "datum: 2025-11-12")
    # and its adoption from before swvplanner (test_voorbeeld.py adopts the example as shipped)
    r.vervang(JAARPLAN_BESTAND, "vastgesteld: 2025-09-15\n", "")
    r.git("init", "-q", "-b", "main")
    r.git("config", "user.useConfigOnly", "true")
    r.git("config", "commit.gpgSign", "false")
    r.git("config", "tag.gpgSign", "false")
    r.als(SECRETARIS)
    r.commit("Plannen 2025-2026")
    monkeypatch.chdir(root)
    return r


@pytest.fixture
def ssh_sleutel(repo: Repo, eigen_omgeving: Path) -> Path:
    """An ssh key of the approver, configured for signing; its public key is an allowed signer."""
    if shutil.which("ssh-keygen") is None:
        pytest.skip("ssh-keygen is niet beschikbaar")
    sleutel = eigen_omgeving / "key"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "directeur", "-f", str(sleutel)],
        check=True,
        capture_output=True,
    )
    publiek = (eigen_omgeving / "key.pub").read_text().strip()
    toegestaan = eigen_omgeving / "allowed_signers"
    toegestaan.write_text(f'{GOEDKEURDER[1]} namespaces="git" {publiek}\n')
    repo.git("config", "gpg.format", "ssh")
    repo.git("config", "user.signingkey", str(eigen_omgeving / "key.pub"))
    repo.git("config", "gpg.ssh.allowedSignersFile", str(toegestaan))
    return sleutel
