"""The bundled example is adoptable as shipped, by following the README's section "Vaststellen via
git" literally: its shell lines make a fresh repository of a copy of plans/ (as a user would), and
every `$ swvplanner ...` line of its console block is run and must print exactly what the README shows.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from swvplanner.cli import main

WORTEL = Path(__file__).resolve().parents[3]
VANDAAG = "2025-10-01"  # approve gets a fixed today; nothing else the README shows depends on it


def _sectie() -> str:
    tekst = (WORTEL / "README.md").read_text(encoding="utf-8")
    begin = tekst.index("### Vaststellen via git")
    return tekst[begin : tekst.index("\n### ", begin + 1)]


def _blok(sectie: str, taal: str, na: str) -> str:
    m = re.search(rf"```{taal}\n(.*?)```", sectie[sectie.index(na) :], re.S)
    assert m, f"geen ```{taal}-blok na {na!r} in de README"
    return m[1]


def _stappen(console: str) -> list[tuple[list[str], str]]:
    """The console block as (command arguments, expected output) pairs."""
    stappen: list[tuple[list[str], str]] = []
    for regel in console.splitlines(keepends=True):
        if regel.startswith("$ "):
            stappen.append((regel[2:].split(), ""))
        else:
            stappen[-1] = (stappen[-1][0], stappen[-1][1] + regel)
    return stappen


def _zonder_commit(tekst: str) -> str:
    return re.sub(r"commit [0-9a-f]{7}\b", "commit <sha>", tekst)


def test_het_voorbeeld_vaststellen_zoals_de_readme_zegt(
    eigen_omgeving: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sectie = _sectie()
    shell = _blok(sectie, "sh", "**Het voorbeeld vaststellen.**")
    r = subprocess.run(["bash", "-e", "-c", shell], cwd=WORTEL, capture_output=True, text=True, env=os.environ.copy())
    assert r.returncode == 0, r.stderr
    kopie = eigen_omgeving / "swv-plannen"  # ~/swv-plannen; HOME is the test's own
    assert (kopie / "plans" / "jaarplan-2025-2026.yaml").read_bytes() == (
        WORTEL / "plans" / "jaarplan-2025-2026.yaml"
    ).read_bytes()  # as shipped: date and deliberate slip included
    monkeypatch.chdir(kopie)

    stappen = _stappen(_blok(sectie, "console", "**Het voorbeeld vaststellen.**"))
    assert [" ".join(a) for a, _ in stappen] == [
        "swvplanner status",
        "swvplanner approve jaarplan-2025-2026 --datum 2025-09-15",
        "swvplanner status",
        "swvplanner verify",
    ]
    for argumenten, verwacht in stappen:
        extra = ["--vandaag", VANDAAG] if argumenten[1] == "approve" else []
        capsys.readouterr()
        try:
            main([*argumenten[1:], *extra])
            code: object = 0
        except SystemExit as e:
            code = e.code or 0
        out, err = capsys.readouterr()
        assert (code, err) == (0, ""), " ".join(argumenten)
        assert _zonder_commit(out) == _zonder_commit(verwacht), " ".join(argumenten)

    tag = "vastgesteld/jaarplan-2025-2026/2025-09-15"
    bericht = subprocess.run(["git", "cat-file", "tag", tag], cwd=kopie, capture_output=True, text=True).stdout
    assert f"Datum: 2025-09-15\nVastgelegd op: {VANDAAG} (deze tag legt een eerdere vaststelling vast)\n" in bericht
    assert subprocess.run(["git", "status", "--porcelain"], cwd=kopie, capture_output=True, text=True).stdout == ""
