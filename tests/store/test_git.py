"""The plan folder's git repository (store.git): git_staat and leg_vast on real temporary
repositories made with the git CLI. The user's and the system's git configuration are shut out.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from swvplanner.core.fouten import GitFout, PlanFout
from swvplanner.core.melding import Melding
from swvplanner.store.git import GitStaat, git_staat, leg_vast
from tests.voorbeelden import EEN_JAAR

PLANS = EEN_JAAR
PLANBESTANDEN = [
    "plans/jaarplan-2025-2026.yaml",
    "plans/kwaliteitskalender.yaml",
    "plans/swv.yaml",
    "plans/vergaderingen-2025-2026.yaml",
]


@pytest.fixture(autouse=True)
def _eigen_git_omgeving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    thuis = tmp_path / "thuis"
    thuis.mkdir()
    monkeypatch.setenv("HOME", str(thuis))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(thuis / ".config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for naam in (
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_AUTHOR_NAME",
        "GIT_AUTHOR_EMAIL",
        "GIT_COMMITTER_NAME",
        "GIT_COMMITTER_EMAIL",
        "EMAIL",
        "GIT_CONFIG_GLOBAL",
    ):
        monkeypatch.delenv(naam, raising=False)


def git(map_: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=map_, check=True, capture_output=True, text=True).stdout


def nieuwe_repo(map_: Path, identiteit: bool = True) -> Path:
    map_.mkdir(parents=True, exist_ok=True)
    git(map_, "init", "-q", "-b", "main")
    if identiteit:
        git(map_, "config", "user.name", "Secretariaat SWV")
        git(map_, "config", "user.email", "secretariaat@swv.example")
    else:  # never guess a name from the user account and host name
        git(map_, "config", "user.useConfigOnly", "true")
    return map_


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with a README (committed) and an uncommitted copy of the example plans."""
    r = nieuwe_repo(tmp_path / "repo")
    (r / "README").write_text("planning\n")
    git(r, "add", "README")
    git(r, "commit", "-q", "-m", "begin")
    shutil.copytree(PLANS, r / "plans")
    return r


def head(r: Path) -> str:
    return git(r, "rev-parse", "--short=7", "HEAD").strip()


def laatste_bestanden(r: Path) -> list[str]:
    return git(r, "show", "--name-status", "--format=", "HEAD").splitlines()


# --- git_staat -------------------------------------------------------------------------------


def test_staat_buiten_git(tmp_path: Path) -> None:
    los = tmp_path / "los"
    shutil.copytree(PLANS, los)
    assert git_staat(los) == GitStaat(False, None, None, [])


def test_staat_zonder_commits(tmp_path: Path) -> None:
    r = nieuwe_repo(tmp_path / "leeg")
    shutil.copytree(PLANS, r / "plans")
    (r / "notities.txt").write_text("buiten de planmap\n")
    assert git_staat(r / "plans") == GitStaat(True, "main", None, PLANBESTANDEN)


def test_staat_noemt_alleen_gewijzigde_planbestanden(repo: Path) -> None:
    git(repo, "add", "plans")
    git(repo, "commit", "-q", "-m", "Planning 2025-2026")
    sha = head(repo)
    assert git_staat(repo / "plans") == GitStaat(True, "main", f"{sha} Planning 2025-2026", [])
    pad = repo / "plans" / "vergaderingen-2025-2026.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("datum: 2025-12-08", "datum: 2025-12-15"), encoding="utf-8")
    (repo / "plans" / "swv.yaml").unlink()
    (repo / "README").write_text("anders\n")  # outside the plan folder: not listed
    git(repo, "add", "plans/swv.yaml")  # a staged deletion is listed too
    assert git_staat(repo / "plans").gewijzigd == ["plans/swv.yaml", "plans/vergaderingen-2025-2026.yaml"]


def test_staat_met_losgekoppelde_head(repo: Path) -> None:
    git(repo, "checkout", "-q", "--detach")
    staat = git_staat(repo / "plans")
    assert (staat.in_git, staat.tak, staat.laatste_commit) == (True, None, f"{head(repo)} begin")


def test_planmap_is_de_repository_zelf(tmp_path: Path) -> None:
    r = nieuwe_repo(tmp_path / "plannen")
    shutil.copytree(PLANS, r, dirs_exist_ok=True)
    assert git_staat(r).gewijzigd == [p.removeprefix("plans/") for p in PLANBESTANDEN]
    sha = leg_vast(r, "alles")
    assert sha == head(r)
    assert git_staat(r).gewijzigd == []


def test_planmap_met_spatie_in_de_naam(tmp_path: Path) -> None:
    r = nieuwe_repo(tmp_path / "repo")
    shutil.copytree(PLANS, r / "mijn plannen")
    assert git_staat(r / "mijn plannen").gewijzigd == [p.replace("plans/", "mijn plannen/") for p in PLANBESTANDEN]


def test_planmap_met_niet_ascii_naam(tmp_path: Path) -> None:
    r = nieuwe_repo(tmp_path / "repo")
    shutil.copytree(PLANS, r / "coördinatie")
    assert git_staat(r / "coördinatie").gewijzigd == [p.replace("plans/", "coördinatie/") for p in PLANBESTANDEN]


# --- leg_vast --------------------------------------------------------------------------------


def test_leg_vast_alleen_de_planbestanden(repo: Path) -> None:
    (repo / "README").write_text("gewijzigd\n")
    git(repo, "add", "README")  # staged outside the plan folder: must not be committed with the plans
    sha = leg_vast(repo / "plans", "  Planning 2025-2026 ingevoerd \n")
    assert sha == head(repo) and len(sha) == 7
    assert git(repo, "log", "-1", "--format=%s%n%an <%ae>").splitlines() == [
        "Planning 2025-2026 ingevoerd",
        "Secretariaat SWV <secretariaat@swv.example>",
    ]
    assert laatste_bestanden(repo) == [f"A\t{p}" for p in PLANBESTANDEN]
    assert git(repo, "diff", "--cached", "--name-only").splitlines() == ["README"]  # still staged
    assert git_staat(repo / "plans") == GitStaat(True, "main", f"{sha} Planning 2025-2026 ingevoerd", [])


def test_leg_vast_wijziging_verwijdering_en_nieuw_bestand(repo: Path) -> None:
    leg_vast(repo / "plans", "begin planning")
    pad = repo / "plans" / "vergaderingen-2025-2026.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("datum: 2025-12-01", "datum: 2025-12-03"), encoding="utf-8")
    shutil.move(repo / "plans" / "jaarplan-2025-2026.yaml", repo / "oud-jaarplan.yaml")
    (repo / "plans" / "vergaderingen-2026-2027.yaml").write_text("schooljaar: 2026-2027\n")
    leg_vast(repo / "plans", "OPR-vergadering van december verplaatst")
    assert laatste_bestanden(repo) == [
        "D\tplans/jaarplan-2025-2026.yaml",
        "M\tplans/vergaderingen-2025-2026.yaml",
        "A\tplans/vergaderingen-2026-2027.yaml",
    ]
    assert git(repo, "log", "--format=%s").splitlines() == [
        "OPR-vergadering van december verplaatst",
        "begin planning",
        "begin",
    ]
    assert git(repo, "status", "--porcelain").splitlines() == ["?? oud-jaarplan.yaml"]


def test_niets_vast_te_leggen(repo: Path) -> None:
    sha = leg_vast(repo / "plans", "eerste")
    (repo / "README").write_text("alleen hier gewijzigd\n")
    with pytest.raises(GitFout) as fout:
        leg_vast(repo / "plans", "tweede")
    assert fout.value.tekst == "er is niets vast te leggen: de planbestanden zijn niet gewijzigd"
    assert fout.value.meldingen == [Melding("git", 0, 0, fout.value.tekst)]
    assert isinstance(fout.value, PlanFout)
    assert str(fout.value) == "git: er is niets vast te leggen: de planbestanden zijn niet gewijzigd"
    assert head(repo) == sha


def test_lege_omschrijving(repo: Path) -> None:
    with pytest.raises(GitFout) as fout:
        leg_vast(repo / "plans", " \n ")
    assert fout.value.tekst == "een vastlegging heeft een omschrijving nodig"
    assert git(repo, "log", "--format=%s").splitlines() == ["begin"]
    assert git(repo, "diff", "--cached", "--name-only") == ""  # nothing was staged either


def test_niet_in_een_git_repository(tmp_path: Path) -> None:
    los = tmp_path / "los"
    shutil.copytree(PLANS, los)
    with pytest.raises(GitFout) as fout:
        leg_vast(los, "vastleggen")
    assert fout.value.tekst == f"de planmap {los} staat niet in een git-repository"


def test_zonder_naam_en_emailadres(tmp_path: Path) -> None:
    r = nieuwe_repo(tmp_path / "repo", identiteit=False)
    shutil.copytree(PLANS, r / "plans")
    with pytest.raises(GitFout) as fout:
        leg_vast(r / "plans", "eerste")
    assert fout.value.tekst == (
        "vastleggen is mislukt: uw naam en e-mailadres zijn niet ingesteld (git config user.name / user.email)"
    )
    assert subprocess.run(["git", "rev-parse", "--verify", "-q", "HEAD"], cwd=r).returncode != 0  # no commit


def test_geweigerd_door_een_hook(repo: Path) -> None:
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text('#!/bin/sh\necho "geweigerd door de hook" >&2\nexit 1\n')
    hook.chmod(0o755)
    with pytest.raises(GitFout) as fout:
        leg_vast(repo / "plans", "eerste")
    assert fout.value.tekst == "vastleggen is mislukt: geweigerd door de hook"
    assert git(repo, "log", "--format=%s").splitlines() == ["begin"]


# --- the calendars the app exports ------------------------------------------------------------


def _agendas(r: Path) -> Path:
    """A calendar folder as the export writes it: public feeds and state, and prive/ with its own .gitignore."""
    uit = r / "calendars"
    (uit / "prive" / "geheim").mkdir(parents=True)
    (uit / "alv.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    (uit / ".swvplanner-staat.json").write_text("{}\n")
    (uit / "prive" / ".gitignore").write_text("*\n")
    (uit / "prive" / "tokens.json").write_text('{"cvt": "geheim"}\n')
    (uit / "prive" / "geheim" / "cvt.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    return uit


def test_agendas_worden_mee_vastgelegd_behalve_prive(repo: Path) -> None:
    leg_vast(repo / "plans", "begin planning")
    uit = _agendas(repo)
    staat = git_staat(repo / "plans", uit)
    assert (staat.gewijzigd, staat.agenda) == ([], ["calendars/.swvplanner-staat.json", "calendars/alv.ics"])
    assert git_staat(repo / "plans").agenda == []  # without the folder: only the plan files
    sha = leg_vast(repo / "plans", "Agenda's gemaakt", uit)
    assert sha == head(repo)
    assert laatste_bestanden(repo) == ["A\tcalendars/.swvplanner-staat.json", "A\tcalendars/alv.ics"]
    assert git(repo, "ls-files", "calendars") == "calendars/.swvplanner-staat.json\ncalendars/alv.ics\n"
    assert git_staat(repo / "plans", uit).agenda == []
    # a tracked feed changed, one removed, a private one changed: the public changes are committed
    (uit / "alv.ics").write_text("BEGIN:VCALENDAR\r\nX:1\r\nEND:VCALENDAR\r\n")
    (uit / "prive" / "geheim" / "cvt.ics").write_text("anders\r\n")
    (uit / ".swvplanner-staat.json").unlink()
    assert git_staat(repo / "plans", uit).agenda == ["calendars/.swvplanner-staat.json", "calendars/alv.ics"]
    leg_vast(repo / "plans", "Agenda's bijgewerkt", uit)
    assert laatste_bestanden(repo) == ["D\tcalendars/.swvplanner-staat.json", "M\tcalendars/alv.ics"]
    assert "prive" not in git(repo, "ls-files")
    with pytest.raises(GitFout) as fout:
        leg_vast(repo / "plans", "nog eens", uit)
    assert fout.value.tekst == "er is niets vast te leggen: de planbestanden en de agenda's zijn niet gewijzigd"


def test_genegeerde_agendas_blijven_buiten_git(repo: Path) -> None:
    (repo / ".gitignore").write_text("calendars/\n")
    git(repo, "add", ".gitignore")
    git(repo, "commit", "-q", "-m", "geen agenda's in git")
    uit = _agendas(repo)
    assert git_staat(repo / "plans", uit).agenda == []
    leg_vast(repo / "plans", "begin planning", uit)  # no error about ignored paths
    assert git(repo, "ls-files", "calendars") == ""


def test_agendamap_buiten_de_repository(repo: Path, tmp_path: Path) -> None:
    uit = _agendas(tmp_path / "elders")
    assert git_staat(repo / "plans", uit).agenda == []
    leg_vast(repo / "plans", "begin planning", uit)
    assert [r.split("\t")[1] for r in laatste_bestanden(repo)] == PLANBESTANDEN
