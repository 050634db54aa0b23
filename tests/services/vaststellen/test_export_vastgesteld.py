"""`swvplanner export --vastgesteld`: the calendars show adopted documents as last adopted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.services.vaststellen.conftest import GOEDKEURDER, KK_BESTAND, SECRETARIS, VOORBEELD, Repo

OUD = "SUMMARY:Deadline: Beleidsnotitie PO/VO\r\n"
NIEUW = "SUMMARY:Deadline: Beleidsnotitie PO/VO herzien\r\n"


def kalenders(map_: Path) -> dict[str, str]:
    """Every .ics below the folder (unfolded), by path relative to it."""
    return {
        p.relative_to(map_).as_posix(): p.read_bytes().decode("utf-8").replace("\r\n ", "")
        for p in sorted(map_.rglob("*.ics"))
    }


def test_export_vastgesteld_gebruikt_de_vastgestelde_tekst(repo: Repo, tmp_path: Path) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve("kwaliteitskalender", "2026-09-14").code == 0
    repo.als(SECRETARIS)
    repo.vervang(KK_BESTAND, "wat: Beleidsnotitie PO/VO\n", "wat: Beleidsnotitie PO/VO herzien\n")
    repo.commit("Beleidsnotitie herzien")
    voor = repo.toestand()

    u = repo.swv("export", "--vastgesteld", "--out", str(tmp_path / "cal"))
    assert (u.code, u.err) == (0, "")
    assert f"bestand(en) bijgewerkt in {tmp_path / 'cal'}." in u.out.splitlines()[0]
    vastgesteld = kalenders(tmp_path / "cal")
    deadlines = vastgesteld["deadlines.ics"]
    assert deadlines.count(OUD) == 1
    assert NIEUW not in deadlines
    assert not any("herzien" in tekst for tekst in vastgesteld.values())
    assert OUD in vastgesteld["alles.ics"]
    # the jaarplan was never adopted: none of its acties is published yet
    assert "SUMMARY:Actie gereed: " not in deadlines

    u = repo.swv("export", "--out", str(tmp_path / "werk"))
    assert (u.code, u.err) == (0, "")
    werk = kalenders(tmp_path / "werk")
    assert werk["deadlines.ics"].count(NIEUW) == 1
    assert OUD not in werk["deadlines.ics"]
    assert "SUMMARY:Actie gereed: Uitvoering projectplan versterking voltijd onderwijs" in werk["deadlines.ics"]

    assert repo.toestand() == voor  # exporting changes nothing in the repository


def test_export_vastgesteld_na_nieuwe_vaststelling(repo: Repo, tmp_path: Path) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve("kwaliteitskalender", "2026-09-01").code == 0
    repo.vervang(KK_BESTAND, "wat: Beleidsnotitie PO/VO\n", "wat: Beleidsnotitie PO/VO herzien\n")
    repo.commit("Beleidsnotitie herzien")
    assert repo.approve("kwaliteitskalender", "2026-09-14").code == 0
    assert repo.swv("export", "--vastgesteld", "--out", str(tmp_path / "cal")).code == 0
    deadlines = kalenders(tmp_path / "cal")["deadlines.ics"]
    assert deadlines.count(NIEUW) == 1
    assert OUD not in deadlines


def test_export_vastgesteld_buiten_git(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    los = Repo(tmp_path / "los", capsys)
    shutil.copytree(VOORBEELD, los.plans)
    u = los.swv("export", "--vastgesteld", "--out", str(tmp_path / "cal"))
    assert u.code == 1
    assert f"de planmap {los.plans} staat niet in een git-repository" in u.err
    assert not (tmp_path / "cal").exists()
