"""The export replaces its files all together or not at all (export.journaal): a process killed at
any moment, a full disk or missing permissions leave the complete old set (or, once the journal is
committed, the next export completes the new set); git never sees a private feed; errors are Dutch
and never show a token."""

from __future__ import annotations

import copy
import errno
import os
import re
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from swvplanner.cli import main
from swvplanner.export import schrijver
from swvplanner.export.journaal import JOURNAAL, NIEUW, herstel
from swvplanner.export.schrijver import exporteer
from swvplanner.store.planmap import laad_map

from .hulp import NU1, NU2, VANDAAG1, kopieer_plannen, tokens

OS_STAPPEN = ("open", "write", "fsync", "replace", "rename", "unlink", "rmdir", "mkdir")
"""The os-level calls the export writes with: a kill lands just before one of them."""


def _bestanden(uit: Path) -> dict[str, bytes]:
    return {p.relative_to(uit).as_posix(): p.read_bytes() for p in sorted(uit.rglob("*")) if p.is_file()}


def _zonder_staging(set_: dict[str, bytes]) -> dict[str, bytes]:
    return {k: v for k, v in set_.items() if not k.startswith(f"{NIEUW}/")}


def _tel_stappen(monkeypatch: pytest.MonkeyPatch, bij: int | None = None, actie=None) -> dict[str, int]:
    """Count the os-level steps; at step `bij` run `actie` (a kill, or raising an OSError)."""
    teller = {"n": 0}
    for naam in OS_STAPPEN:
        echt = getattr(os, naam)

        def stap(*args, _echt=echt, _naam=naam, **kwargs):
            teller["n"] += 1
            if teller["n"] == bij:
                actie(_naam, args)
            return _echt(*args, **kwargs)

        monkeypatch.setattr(os, naam, stap)
    return teller


def _plannen_b(tmp_path: Path) -> Path:
    """The example plans with every feed's title changed (kort) and the CvT made public: every file
    changes, a private feed and its folder go, a public one comes."""
    plans = kopieer_plannen(tmp_path / "b")
    swv = plans / "swv.yaml"
    tekst = swv.read_text(encoding="utf-8")
    regels = tekst.splitlines(keepends=True)
    assert regels[4] == "kort: SWV NMD PO\n" and regels[151].startswith("    openbaar: false  # de agenda van de CvT")
    regels[4] = "kort: SWV NMD-PO\n"
    regels[151] = "    openbaar: true\n"
    swv.write_text("".join(regels), encoding="utf-8")
    return plans


def _git_status(repo: Path) -> str:
    return subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all", "--ignored=no"],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _geheim_in_git(repo: Path, geheimen: set[str]) -> list[str]:
    """What git would stage of the export's private or half-written files. The only thing a kill may
    leave visible is an empty .gitignore (killed between creating it and writing its one line)."""
    uit = []
    for r in _git_status(repo).splitlines():
        pad = repo / r[3:]
        if re.fullmatch(r"(\.)?\.gitignore(\.[A-Za-z0-9_]{8}\.tmp)?", pad.name) and pad.stat().st_size == 0:
            continue
        if "prive" in r or NIEUW in r or any(t in r for t in geheimen):
            uit.append(r)
    return uit


def _gedood(plannen, uit: Path, bij: int, berekend) -> bool:
    """Export in a forked child that SIGKILLs itself just before its `bij`-th os-level step.
    Returns whether it was killed (False: it finished first).

    `berekend`: what schrijver._bereken gives for this folder, computed once: building the feeds is
    pure and the same in every round (same plans, same old set), and skipping it keeps the test fast.
    """
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            mp = pytest.MonkeyPatch()
            mp.setattr(schrijver, "_bereken", lambda *_, **__: copy.deepcopy(berekend))
            _tel_stappen(mp, bij, lambda *_: os.kill(os.getpid(), signal.SIGKILL))
            exporteer(plannen, uit, NU2, VANDAAG1)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return True
    assert os.WEXITSTATUS(status) == 0
    return False


@pytest.fixture(scope="module")
def sets(tmp_path_factory):
    """The old set (plans A), the new set (plans B over the old one) and how many steps that takes."""
    tmp = tmp_path_factory.mktemp("sets")
    oud = tmp / "oud"
    exporteer(laad_map(kopieer_plannen(tmp / "a")).plannen, oud, NU1, VANDAAG1)
    plannen_b = laad_map(_plannen_b(tmp)).plannen
    nieuw = tmp / "nieuw"
    shutil.copytree(oud, nieuw)
    mp = pytest.MonkeyPatch()
    teller = _tel_stappen(mp)
    exporteer(plannen_b, nieuw, NU2, VANDAAG1)
    mp.undo()
    return oud, _bestanden(oud), _bestanden(nieuw), plannen_b, teller["n"]


def test_plannen_b_wijzigen_alles(sets):
    oud, a, b, _, stappen = sets
    assert NIEUW not in str(list(b))
    assert set(a) != set(b)  # the CvT's private feed went, cvt.ics came
    assert "cvt.ics" in b and "cvt.ics" not in a
    assert all(a[k] != b[k] for k in set(a) & set(b) if k.endswith(".ics"))
    assert stappen > 100


def test_gedood_op_elk_moment_oud_of_nieuw(sets, tmp_path):
    """100 kills spread over every step of the export: right after the kill the folder holds the old
    or the new set, or a committed journal that the next export rolls forward; after that recovery
    (what every export does first) exactly the old or the new set; git never shows a private file."""
    oud, a, b, plannen_b, stappen = sets
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    uit = repo / "agenda"
    geheimen = set(tokens(oud).values())
    gezien = {"oud": 0, "nieuw": 0, "vooruit": 0}
    berekend = schrijver._bereken(plannen_b, oud, NU2, VANDAAG1, 60, None)
    momenten = sorted({1 + (i * stappen) // 100 for i in range(100)})
    assert len(momenten) >= 100
    for bij in momenten:
        if uit.exists():
            shutil.rmtree(uit)
        shutil.copytree(oud, uit)
        assert _gedood(plannen_b, uit, bij, berekend), f"not killed at step {bij} of {stappen}"
        assert _geheim_in_git(repo, geheimen) == [], bij
        direct = _bestanden(uit)
        toegezegd = (uit / NIEUW / JOURNAAL).exists()
        assert toegezegd or _zonder_staging(direct) in (a, b), bij
        hersteld = herstel(uit)
        assert bool(hersteld.schrijven) == toegezegd
        na = _bestanden(uit)
        assert na in (a, b), bij
        assert not (uit / NIEUW).exists()
        gezien["vooruit" if toegezegd else ("oud" if na == a else "nieuw")] += 1
    assert all(gezien.values()), gezien  # kills landed before, during and after the commit
    # After any kill, the next export gives the complete new set.
    exporteer(plannen_b, uit, NU2, VANDAAG1)
    assert _bestanden(uit) == b


def test_gedood_bij_de_eerste_export_nooit_iets_voor_git(tmp_path):
    """The probe: killed first exports left a private feed that `git add -A` would stage."""
    plannen = laad_map(kopieer_plannen(tmp_path)).plannen
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    uit = repo / "agenda"
    berekend = schrijver._bereken(plannen, uit, NU1, VANDAAG1, 60, None)
    for bij in range(1, 400, 5):
        if uit.exists():
            shutil.rmtree(uit)
        if not _gedood(plannen, uit, bij, berekend):
            break
        assert _geheim_in_git(repo, set()) == [], bij
        if (uit / "prive").exists() and any((uit / "prive").glob("*/*.ics")):
            assert (uit / "prive" / ".gitignore").is_file(), bij
        herstel(uit)
        ics = [p for p in uit.rglob("*.ics")] if uit.exists() else []
        assert len(ics) in (0, 31), bij  # no feeds, or all of them
    else:
        pytest.fail("the export never finished")


def _draai(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    uit = capsys.readouterr()
    return exc.value.code, uit.out, uit.err


@pytest.mark.parametrize(
    ("stap", "bij", "code", "tekst"),
    [
        ("write", 3, errno.ENOSPC, "de schijf is vol (bij {uit})"),  # halfway through staging
        ("open", 3, errno.EACCES, "geen schrijfrechten op {uit}"),
        ("mkdir", 1, errno.EACCES, "geen schrijfrechten op {uit}"),  # the staging folder itself
        ("replace", 1, errno.ENOSPC, "de schijf is vol (bij {uit})"),  # the commit (old code: 2 of 27 feeds new)
    ],
)
def test_schijf_vol_of_geen_rechten_laat_de_oude_agendas_staan(tmp_path, capsys, monkeypatch, stap, bij, code, tekst):
    plans = kopieer_plannen(tmp_path)
    uit = tmp_path / "uit"
    assert _draai(["--plans", str(plans), "export", "--out", str(uit)], capsys)[0] == 0
    oud = _bestanden(uit)
    _plannen_b_naar(plans, tmp_path)
    teller = {"n": 0}
    echt = getattr(os, stap)

    def mislukt(*args, **kwargs):
        pad = str(args[0]) if args and stap != "write" else ""
        if stap == "write" or pad.startswith(str(uit / NIEUW)):
            teller["n"] += 1
            if teller["n"] == bij:
                raise OSError(code, os.strerror(code), *([pad] if pad else []))
        return echt(*args, **kwargs)

    monkeypatch.setattr(os, stap, mislukt)
    code_, stdout, stderr = _draai(["--plans", str(plans), "export", "--out", str(uit)], capsys)
    monkeypatch.undo()
    assert teller["n"] >= bij  # it failed (and the clean-up after it may open the staging folder)
    assert code_ == 1
    assert stdout == ""
    assert stderr == (f"Fout: {tekst.format(uit=uit)}; de vorige agenda's staan er nog ongewijzigd\n")
    assert _bestanden(uit) == oud  # byte for byte, and no staging folder left
    assert not (uit / NIEUW).exists()


def _plannen_b_naar(plans: Path, tmp_path: Path) -> None:
    shutil.copy(_plannen_b(tmp_path) / "swv.yaml", plans / "swv.yaml")


def test_mislukt_na_het_vastleggen_dan_maakt_de_volgende_export_het_af(tmp_path, capsys, monkeypatch):
    plans = kopieer_plannen(tmp_path)
    uit = tmp_path / "uit"
    _draai(["--plans", str(plans), "export", "--out", str(uit)], capsys)
    _plannen_b_naar(plans, tmp_path)
    echt = os.replace

    def mislukt(bron, doel):
        if str(doel) == str(uit / "opr.ics"):
            raise PermissionError(errno.EACCES, "Permission denied", str(bron), None, str(doel))
        return echt(bron, doel)

    monkeypatch.setattr(os, "replace", mislukt)
    code, stdout, stderr = _draai(["--plans", str(plans), "export", "--out", str(uit)], capsys)
    monkeypatch.undo()
    assert code == 1 and stdout == ""
    assert stderr == (
        f"Fout: geen schrijfrechten op {uit / 'opr.ics'}; de agenda's zijn maar deels bijgewerkt, "
        "de volgende export maakt ze af\n"
    )
    assert (uit / NIEUW / JOURNAAL).is_file()
    code, stdout, _ = _draai(["--plans", str(plans), "export", "--out", str(uit)], capsys)
    assert code == 0
    assert not (uit / NIEUW).exists()
    assert b"SWV NMD-PO" in (uit / "opr.ics").read_bytes() and (uit / "cvt.ics").is_file()
    # It reports what it completed: every file the failed export had not yet moved into place.
    assert re.match(
        r"29 openbare en 2 besloten agenda's, 143 agenda-items; ([1-9]\d*) bestand\(en\) bijgewerkt", stdout
    )


def test_oude_staging_wordt_opgeruimd(tmp_path):
    """A staging folder without a journal (a killed export before its commit) is removed."""
    plans = kopieer_plannen(tmp_path)
    uit = tmp_path / "uit"
    exporteer(laad_map(plans).plannen, uit, NU1, VANDAAG1)
    oud = _bestanden(uit)
    (uit / NIEUW).mkdir()
    (uit / NIEUW / ".gitignore").write_bytes(b"*\n")
    (uit / NIEUW / "00000").write_bytes(b"half")
    exporteer(laad_map(plans).plannen, uit, NU1, VANDAAG1)
    assert _bestanden(uit) == oud and not (uit / NIEUW).exists()


TOKEN = re.compile(r"prive/[A-Za-z0-9_-]{20,}")


def test_foutmelding_noemt_nooit_een_token(tmp_path, capsys, monkeypatch):
    """A failure at a private feed's folder names it as prive/…, on the CLI and in serve's log."""
    plans = kopieer_plannen(tmp_path)
    uit = tmp_path / "uit"
    echt = os.mkdir

    def mislukt(pad, *args, **kwargs):
        if re.search(r"/prive/[^/]+$", str(pad)):
            raise PermissionError(errno.EACCES, "Permission denied", str(pad))
        return echt(pad, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", mislukt)
    code, stdout, stderr = _draai(["--plans", str(plans), "export", "--out", str(uit)], capsys)
    assert code == 1
    assert stderr == f"Fout: geen schrijfrechten op {uit}/prive/…; de vorige agenda's staan er nog ongewijzigd\n"
    assert not TOKEN.search(stdout + stderr)
    assert not any(uit.rglob("*.ics"))

    from swvplanner.server import Bron

    Bron(plans, uit).actualiseer()
    log = capsys.readouterr().err
    assert log == (
        f"swvplanner serve: de agenda's zijn niet bijgewerkt: geen schrijfrechten op {uit}/prive/…; "
        "de vorige agenda's staan er nog ongewijzigd\n"
    )
    assert not TOKEN.search(log)


def test_journaal_buiten_de_map_wordt_niet_uitgevoerd(tmp_path):
    """A journal naming a path outside the folder is not ours: nothing outside is touched."""
    buiten = tmp_path / "buiten.txt"
    buiten.write_bytes(b"van de gebruiker")
    uit = tmp_path / "uit"
    (uit / NIEUW).mkdir(parents=True)
    (uit / NIEUW / "00000").write_bytes(b"x")
    (uit / NIEUW / JOURNAAL).write_text('{"plaatsen": [["00000", "../buiten.txt"]], "verwijderen": []}')
    assert herstel(uit).schrijven == {}
    assert buiten.read_bytes() == b"van de gebruiker" and not (uit / NIEUW).exists()
