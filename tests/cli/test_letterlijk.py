"""User data prints literally in every command's text output: no rich markup ('[bold]'), no emoji
codes (':smile:', and positions such as ':100:12', which rich once turned into '💯12').

One git repository, in a folder whose name is itself markup and emoji, holds plans with such texts
in a meeting's titel and locatie, an actie's wat and wanneer, the committer's and tagger's names and
the commit messages. Each command's text output is compared line by line with what its JSON says
(or with the exact text), so every piece of user data is checked exactly as it must appear.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.services.vaststellen.conftest import Repo, eigen_omgeving  # noqa: F401 - the fixture shuts out git config
from tests.voorbeelden import EEN_JAAR

VOORBEELD = EEN_JAAR
TITEL = "[bold]Titel[/bold] :smile:"
LOCATIE = ":100: [red]zaal[/red]"
WAT = "[bold]Vet[/bold] :smile: :100: [link=https://x.nl]klik[/link]"
WANNEER = "[i]ooit[/i] :thumbs_up:"
SECRETARIS = ("[red]Sanne[/red] :smile: Secretaris", "secretaris@swv-nmd-po.nl")  # git drops a final ":"
TAGGER = ("[bold]Dirk[/bold] :smile: Directeur", "directeur@swv-nmd-po.nl")
TAG = "vastgesteld/jaarplan-2025-2026/2025-09-15"
ONDERWERP1 = ":100: [bold]Plannen[/bold]"
ONDERWERP2 = ":smile: [red]wat[/red] aangepast"
VANDAAG = "2025-12-01"
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")


def _vervang(pad: Path, oud: str, nieuw: str) -> None:
    tekst = pad.read_text(encoding="utf-8")
    assert tekst.count(oud) == 1, oud
    pad.write_text(tekst.replace(oud, nieuw), encoding="utf-8")


def _op_regel(pad: Path, stuk: str, regel: int) -> None:
    """Comment lines at the top of the file so that `stuk` stands on line `regel`."""
    tekst = pad.read_text(encoding="utf-8")
    nu = tekst[: tekst.index(stuk)].count("\n") + 1
    assert nu <= regel
    pad.write_text("# opvulling\n" * (regel - nu) + tekst, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Repo:
    root = tmp_path / "[bold]map[/bold] :smile:" / "repo"
    root.mkdir(parents=True)
    shutil.copytree(VOORBEELD, root / "plans")
    r = Repo(root, capsys)
    verg = r.plans / "vergaderingen-2025-2026.yaml"
    jaarplan = r.plans / "jaarplan-2025-2026.yaml"
    _vervang(verg, "datum: 2024-11-12", "datum: 2025-11-12")
    _vervang(
        verg,
        "  - id: alv-2526-01\n    orgaan: alv\n",
        f"  - id: alv-2526-01\n    orgaan: alv\n    titel: '{TITEL}'\n    locatie: '{LOCATIE}'\n",
    )
    # a fout at line 100, column 12: the place prints as 'vergaderingen-2025-2026.yaml:100:12'
    _vervang(verg, "datum: 2026-06-10", "datum: 2024-06-10")
    _op_regel(verg, "datum: 2024-06-10", 100)
    _vervang(
        jaarplan,
        "wanneer: 1 augustus 2026\n          - id: basisondersteuning-05",
        f"wanneer: '{WANNEER}'\n          - id: basisondersteuning-05",
    )
    r.git("init", "-q", "-b", "main")
    r.git("config", "commit.gpgSign", "false")
    r.git("config", "tag.gpgSign", "false")
    r.als(SECRETARIS)
    r.commit(ONDERWERP1)
    r.git(
        "-c",
        f"user.name={TAGGER[0]}",
        "-c",
        f"user.email={TAGGER[1]}",
        "tag",
        "-a",
        TAG,
        "-m",
        ":100: [b]ja[/b]\n\n" + r.inhoud("jaarplan-2025-2026.yaml"),
    )
    _vervang(
        jaarplan,
        "wat: Uitvoering projectplan versterking voltijd onderwijs aan hoogbegaafden (subsidie 2023-2025)",
        f"wat: '{WAT}'",
    )
    r.commit(ONDERWERP2)
    monkeypatch.chdir(tmp_path)  # the plan files print as '[bold]map[/bold] :smile:/repo/plans/...'
    monkeypatch.setenv("COLUMNS", "250")  # rich's tables in a pipe: wide enough for every cell on one line
    return r


def _zonder_emoji(tekst: str) -> None:
    assert not EMOJI.search(tekst), EMOJI.findall(tekst)


def test_check(repo: Repo) -> None:
    u = repo.swv("check", "--vandaag", VANDAAG)
    _zonder_emoji(u.out)
    bevindingen = json.loads(repo.swv("check", "--vandaag", VANDAAG, "--format", "json").out)["bevindingen"]
    regels = u.out.splitlines()
    for b in bevindingen:
        plaats = f"{b['bestand']}:{b['regel']}:{b['kolom']}" if b["regel"] > 0 else b["bestand"]
        assert f"{plaats}: {b['ernst']} {b['code']} {b['melding'].replace(chr(10), ' ⏎ ')}" in regels
        assert b["bestand"] in regels  # the file's heading
        if b["hint"]:
            assert f"    → {b['hint']}" in regels
    p = "[bold]map[/bold] :smile:/repo/plans"
    assert (
        f"{p}/vergaderingen-2025-2026.yaml:100:12: fout SWV104 vergadering tb-2526-05: 10 juni 2024 valt "
        f"buiten schooljaar 2025-2026" in regels
    )
    assert any(
        r.startswith(f"{p}/jaarplan-2025-2026.yaml:") and f"wanneer-tekst '{WANNEER}' niet herkend" in r for r in regels
    )


def test_overzicht(repo: Repo) -> None:
    u = repo.swv("overzicht", "--vandaag", VANDAAG)
    assert u.code == 0
    _zonder_emoji(u.out)
    regels = u.out.splitlines()
    assert regels[0] == (
        f"Samenwerkingsverband Noord- en Midden-Drenthe PO — planmap {repo.plans}, vandaag 1 december 2025"
    )
    rij = rf"│ 8 dec 2025 +│ ALV – {re.escape(TITEL)} +│ [^│]+│ {re.escape(LOCATIE)} +│ gepland +│"
    assert any(re.fullmatch(rij, r) for r in regels), u.out
    assert any(re.fullmatch(rf"│ 31 dec 2025 +│ {re.escape(WAT)} +│ 31 december 2025 +│", r) for r in regels), u.out


def test_when(repo: Repo) -> None:
    u = repo.swv("when", f"{WAT} {LOCATIE}", "--schooljaar", "2025-2026")
    assert u.code == 1
    assert u.out.splitlines()[0] == f"Tekst:      {WAT} {LOCATIE}"
    _zonder_emoji(u.out)


def test_diff(repo: Repo) -> None:
    for args in ((), (TAG, "HEAD")):
        u = repo.swv("diff", *args)
        assert u.code == 0
        _zonder_emoji(u.out)
        data = json.loads(repo.swv("diff", *args, "--format", "json").out)
        regels = u.out.splitlines()
        teksten = [w["tekst"] for d in data["documenten"] for w in d["wijzigingen"]]
        assert all(f"  - {t}" in regels for t in teksten)
        assert any(WAT[:40] in t for t in teksten)


def test_status(repo: Repo) -> None:
    u = repo.swv("status")
    _zonder_emoji(u.out)
    [jaarplan] = [
        d
        for d in json.loads(repo.swv("status", "--format", "json").out)["documenten"]
        if d["document"] == "jaarplan-2025-2026"
    ]
    assert TAGGER[0] in jaarplan["vastgesteld"]["door"]
    assert any(f"door {jaarplan['vastgesteld']['door']}" in r for r in u.out.splitlines()), u.out


def test_verify(repo: Repo) -> None:
    # The fout at vergaderingen-2025-2026.yaml:100:12 does not block the jaarplan's adoption (the
    # jaarplan does not depend on the vergaderplanning), so the tag is in order; its name prints as is.
    u = repo.swv("verify")
    assert u.code == 0
    _zonder_emoji(u.out)
    assert u.out.splitlines() == [
        f"LET OP   {TAG}",
        "         - niet ondertekend: niet vast te stellen wie dit vaststelde",
        "1 tag(s) gecontroleerd, 0 niet in orde, 1 met een waarschuwing.",
    ]


def test_history(repo: Repo) -> None:
    for item in ("basisondersteuning-03", "alv-2526-01"):
        u = repo.swv("history", item)
        assert u.code == 0
        _zonder_emoji(u.out)
        regels = u.out.splitlines()
        historie = json.loads(repo.swv("history", item, "--format", "json").out)["historie"]
        for h in historie:
            assert f"{h['datum']} {h['commit'][:7]} {h['auteur']} — {h['onderwerp']}" in regels
            assert all(f"  - {w['tekst']}" in regels for w in h["wijzigingen"])
        assert f"{SECRETARIS[0]} <{SECRETARIS[1]}> — {ONDERWERP1}" in u.out


def test_export_en_fouten(repo: Repo, tmp_path: Path) -> None:
    uit = tmp_path / ":100: [bold]uit[/bold]"
    u = repo.swv("export", "--out", str(uit))
    assert u.code == 0
    assert u.out.splitlines()[0].endswith(f"bijgewerkt in {uit}.")
    (repo.plans / "swv.yaml").write_text("naam: [bold\n", encoding="utf-8")
    u = repo.swv("check")
    assert u.code == 1
    assert "[bold]map[/bold] :smile:/repo/plans/swv.yaml:2:1: fout SWV100 ongeldige YAML: " in u.out
    _zonder_emoji(u.out + u.err)
