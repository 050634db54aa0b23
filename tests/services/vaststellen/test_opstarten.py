"""The adoption commands from a real process: the `swvplanner` script and `python -m swvplanner.cli`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.services.vaststellen.conftest import VOORBEELD, Repo

VERWACHT = "jaarplan-2025-2026: nooit vastgesteld\nkwaliteitskalender: nooit vastgesteld\n"


def draai(repo: Repo, *opdracht: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*opdracht, "--plans", str(repo.plans), "status"],
        cwd=repo.root,
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )


def test_het_script_swvplanner(repo: Repo) -> None:
    script = Path(sys.executable).parent / "swvplanner"
    if not script.exists():
        pytest.skip("het script swvplanner is niet geïnstalleerd naast deze Python")
    r = draai(repo, str(script))
    assert (r.returncode, r.stdout, r.stderr) == (0, VERWACHT, "")


def test_python_m_swvplanner_cli(repo: Repo) -> None:
    r = draai(repo, sys.executable, "-m", "swvplanner.cli")
    assert (r.returncode, r.stdout, r.stderr) == (0, VERWACHT, "")


def test_python_m_swvplanner(repo: Repo) -> None:
    r = draai(repo, sys.executable, "-m", "swvplanner")
    assert (r.returncode, r.stdout, r.stderr) == (0, VERWACHT, "")


@pytest.mark.parametrize("opdracht", [["status"], ["diff"], ["verify"], ["history", "opr-2526-01"]])
def test_buiten_git_een_nederlandse_fout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], opdracht: list[str]
) -> None:
    los = Repo(tmp_path / "los", capsys)
    shutil.copytree(VOORBEELD, los.plans)
    u = los.swv(*opdracht)
    assert u.code == 1
    assert u.err == (
        f"git: de planmap {los.plans} staat niet in een git-repository\n1 fout(en); er is niets gewijzigd.\n"
    )


def test_vaststellen_buiten_git(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    los = Repo(tmp_path / "los", capsys)
    shutil.copytree(VOORBEELD, los.plans)
    u = los.swv("approve", "jaarplan-2025-2026", "--datum", "2025-09-15")
    assert u.code == 1
    assert u.err == (
        f"Het jaarplan 2025-2026 kan niet worden vastgesteld: de planmap {los.plans} staat niet in een "
        "git-repository. Vaststellen gaat via git; zie 'Vaststellen via git' in de README.\n"
        "Er is niets gewijzigd.\n"
    )
