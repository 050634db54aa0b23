"""The CLI in an ASCII-only locale (`LC_ALL=C`, `PYTHONUTF8=0`, no `PYTHONIOENCODING`).

Every command runs in a subprocess in that environment and once more in UTF-8 mode: the exit code
and the bytes on stdout and stderr must be the same (plan files and git output are UTF-8 whatever
the locale; an ASCII terminal stream gets UTF-8, as click and Python's UTF-8 mode do), and nothing
may crash with a UnicodeEncodeError or report a false YAML error on a file read from git.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.voorbeelden import EEN_JAAR

ROOT = Path(__file__).resolve().parents[2]
GOEDKEURDER = ("Dirk Directeur", "directeur@swv-nmd-po.nl")
ACTIE = "basisondersteuning-03"
TAG = "vastgesteld/jaarplan-2025-2026/2025-09-15"


def _omgeving(thuis: Path, **extra: str) -> dict[str, str]:
    """A clean environment: no locale variables, no PYTHONIOENCODING, the machine's git config shut out;
    this checkout's swvplanner."""
    env = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(ROOT),
        "HOME": str(thuis),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": str(thuis / "gitconfig"),
        "XDG_CONFIG_HOME": str(thuis / ".config"),
    }
    return {**env, **extra}


ASCII = {"LC_ALL": "C", "PYTHONUTF8": "0"}
UTF8 = {"LC_ALL": "C", "PYTHONUTF8": "1"}


def _git(root: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git repository with the example plans, an adoption tag of the jaarplan and, after it, a change
    with non-ASCII text (the text, the commit message and the author's name)."""
    tmp = tmp_path_factory.mktemp("ascii")
    thuis = tmp / "thuis"
    thuis.mkdir()
    (thuis / "gitconfig").write_text("", encoding="utf-8")
    root = tmp / "repo"
    shutil.copytree(EEN_JAAR, root / "plans")
    verg = root / "plans" / "vergaderingen-2025-2026.yaml"
    verg.write_text(
        verg.read_text(encoding="utf-8").replace("datum: 2024-11-12", "datum: 2025-11-12"), encoding="utf-8"
    )
    env = _omgeving(thuis, LC_ALL="C.UTF-8")
    _git(root, env, "init", "-q", "-b", "main")
    _git(root, env, "config", "user.name", GOEDKEURDER[0])
    _git(root, env, "config", "user.email", GOEDKEURDER[1])
    _git(root, env, "config", "commit.gpgSign", "false")
    _git(root, env, "config", "tag.gpgSign", "false")
    _git(root, env, "add", "-A")
    _git(root, env, "commit", "-q", "-m", "Plannen 2025-2026 (één versie)")
    inhoud = "".join(
        f"Inhoud: {naam} "
        + subprocess.run(
            ["git", "rev-parse", f"HEAD:plans/{naam}"], cwd=root, env=env, check=True, capture_output=True, text=True
        ).stdout
        for naam in ("jaarplan-2025-2026.yaml", "swv.yaml")
    )  # what approve pins
    _git(root, env, "tag", "-a", TAG, "-m", f"Vastgesteld: jaarplan-2025-2026 — één keer\n\n{inhoud}")
    jaarplan = root / "plans" / "jaarplan-2025-2026.yaml"
    tekst = jaarplan.read_text(encoding="utf-8")
    oud = "wat: Uitvoering projectplan versterking voltijd onderwijs aan hoogbegaafden"
    assert tekst.count(oud) == 1
    jaarplan.write_text(tekst.replace(oud, "wat: Uitvoering één plan → café für hoogbegaafden"), encoding="utf-8")
    _git(root, env, "add", "-A")
    _git(root, env, "-c", "user.name=Zoë Secretariaat", "commit", "-q", "-m", "Actie aangepast: één → café")
    return root


OPDRACHTEN = [
    ["check", "--vandaag", "2026-03-01"],
    ["check", "--vandaag", "2026-03-01", "--format", "json"],
    ["overzicht", "--vandaag", "2025-10-01"],
    ["diff"],
    ["diff", "--format", "json"],
    ["diff", TAG, "HEAD"],
    ["status"],
    ["verify"],
    ["history", ACTIE],
    ["when", "Jaarlijks vóór 1 juli", "--schooljaar", "2025-2026"],
    ["export", "--out", "UIT"],
    ["approve", "jaarplan-2025-2026", "--vandaag", "2026-13-01"],  # a Dutch usage error
    ["bestaat-niet"],
]


def _draai(repo: Path, args: list[str], locale: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    uit = "calendars-" + locale["PYTHONUTF8"]
    args = [uit if a == "UIT" else a for a in args]
    return subprocess.run(
        [sys.executable, "-m", "swvplanner", "--plans", "plans", *args],
        cwd=repo,
        env=_omgeving(repo.parent / "thuis", **locale),
        capture_output=True,
        timeout=120,
    )


@pytest.mark.parametrize("args", OPDRACHTEN, ids=[" ".join(a) for a in OPDRACHTEN])
def test_ascii_locale_geeft_dezelfde_uitvoer(repo: Path, args: list[str]) -> None:
    ascii_ = _draai(repo, args, ASCII)
    utf8 = _draai(repo, args, UTF8)
    for r in (ascii_, utf8):
        assert b"Traceback" not in r.stderr
        assert b"Onverwachte fout" not in r.stderr and b"PYTHONIOENCODING" not in r.stderr
        assert b"ongeldige YAML" not in r.stdout + r.stderr
    assert ascii_.returncode == utf8.returncode
    assert ascii_.returncode in (0, 1, 2)
    if args[0] == "export":  # each run has its own folder (and so its own tokens)
        assert ascii_.stdout.replace(b"calendars-0", b"calendars-1") == utf8.stdout
    else:
        assert ascii_.stdout == utf8.stdout
    assert ascii_.stderr == utf8.stderr


def test_ascii_locale_inhoud(repo: Path) -> None:
    """The non-ASCII text arrives intact: from the plan files, from git and from the program itself."""
    r = _draai(repo, ["history", ACTIE], ASCII)
    assert r.returncode == 0
    uit = r.stdout.decode("utf-8")
    assert "Zoë Secretariaat <directeur@swv-nmd-po.nl> — Actie aangepast: één → café" in uit
    assert "→ 'Uitvoering één plan → café für hoogbegaafden (subsidie 2023…'" in uit
    r = _draai(repo, ["diff"], ASCII)
    assert r.returncode == 0
    assert "jaarplan-2025-2026: van de laatst vastgestelde versie" in r.stdout.decode("utf-8")
    assert "Uitvoering één plan → café für hoogbegaafden" in r.stdout.decode("utf-8")
    r = _draai(repo, ["check", "--vandaag", "2026-03-01"], ASCII)
    assert "    → " in r.stdout.decode("utf-8")
