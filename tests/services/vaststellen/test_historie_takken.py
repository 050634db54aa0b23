"""`swvplanner history` when history is not one straight line of commits: merged branches, and commits
whose author date is older than their place in history (after a rebase or cherry-pick)."""

from __future__ import annotations

import json

import pytest

from tests.services.vaststellen.conftest import ACTIE_03, ACTIE_03_NOEM, JAARPLAN_BESTAND, Repo

NIEUWE_ACTIE = (
    "          - id: basisondersteuning-01b\n"
    "            wat: Nieuwe actie\n"
    "            wie: Secretariaat\n"
    "            wanneer: 1 juni 2026\n"
)
ACTIE_02_KOP = "          - id: basisondersteuning-02\n"


def commit_op(repo: Repo, monkeypatch: pytest.MonkeyPatch, bericht: str, auteur: str, committer: str) -> str:
    monkeypatch.setenv("GIT_AUTHOR_DATE", auteur)
    monkeypatch.setenv("GIT_COMMITTER_DATE", committer)
    try:
        return repo.commit(bericht)
    finally:
        monkeypatch.delenv("GIT_AUTHOR_DATE")
        monkeypatch.delenv("GIT_COMMITTER_DATE")


def historie(repo: Repo, item_id: str) -> list[tuple[str, list[str]]]:
    u = repo.swv("history", item_id, "--format", "json")
    assert u.code == 0, u.err
    return [(r["commit"], [w["tekst"] for w in r["wijzigingen"]]) for r in json.loads(u.out)["historie"]]


def test_lineaire_historie_met_regels_ervoor_erbij(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines added above the actie shift it; the actie's own change after that is still found."""
    begin = repo.head()
    repo.vervang(JAARPLAN_BESTAND, ACTIE_02_KOP, NIEUWE_ACTIE + ACTIE_02_KOP)
    erbij = commit_op(repo, monkeypatch, "Nieuwe actie", "2030-01-02T10:00:00+00:00", "2030-01-02T10:00:00+00:00")
    repo.vervang(JAARPLAN_BESTAND, ACTIE_03, ACTIE_03.replace("31 december 2025", "1 maart 2026"))
    later = commit_op(repo, monkeypatch, "Actie 03 later", "2030-01-03T10:00:00+00:00", "2030-01-03T10:00:00+00:00")
    assert [c for c, _ in historie(repo, "basisondersteuning-03")] == [begin, later]
    assert historie(repo, "basisondersteuning-01b") == [
        (erbij, ["Nieuwe actie 'Nieuwe actie' (wanneer: '1 juni 2026', wie: 'Secretariaat')"])
    ]
    assert [c for c, _ in historie(repo, "basisondersteuning-02")] == [begin]


def test_historie_over_een_samengevoegde_tak(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    begin = repo.head()
    repo.git("switch", "-q", "-c", "voorstel")
    repo.vervang(JAARPLAN_BESTAND, ACTIE_02_KOP, NIEUWE_ACTIE + ACTIE_02_KOP)
    commit_op(repo, monkeypatch, "Nieuwe actie (tak)", "2030-01-02T10:00:00+00:00", "2030-01-02T10:00:00+00:00")
    repo.git("switch", "-q", "main")
    repo.vervang(JAARPLAN_BESTAND, ACTIE_03, ACTIE_03.replace("31 december 2025", "1 maart 2026"))
    later = commit_op(repo, monkeypatch, "Actie 03 later", "2030-01-03T10:00:00+00:00", "2030-01-03T10:00:00+00:00")
    monkeypatch.setenv("GIT_AUTHOR_DATE", "2030-01-04T10:00:00+00:00")
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2030-01-04T10:00:00+00:00")
    repo.git("merge", "-q", "--no-edit", "voorstel")
    monkeypatch.delenv("GIT_AUTHOR_DATE")
    monkeypatch.delenv("GIT_COMMITTER_DATE")
    tekst = repo.lees(JAARPLAN_BESTAND)
    assert NIEUWE_ACTIE in tekst and ACTIE_03.replace("31 december 2025", "1 maart 2026") in tekst

    assert [c for c, _ in historie(repo, "basisondersteuning-02")] == [begin]
    assert historie(repo, "basisondersteuning-03")[1:] == [
        (later, [f"{ACTIE_03_NOEM}: wanneer '31 december 2025' → '1 maart 2026'"])
    ]


def test_historie_volgt_de_volgorde_in_git_niet_de_auteursdatum(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    maart = ACTIE_03.replace("31 december 2025", "1 maart 2026")
    repo.vervang(JAARPLAN_BESTAND, ACTIE_03, maart)
    eerst = commit_op(repo, monkeypatch, "Naar maart", "2030-01-03T10:00:00+00:00", "2030-01-03T10:00:00+00:00")
    repo.vervang(JAARPLAN_BESTAND, maart, ACTIE_03.replace("31 december 2025", "1 april 2026"))
    # written a day earlier on a branch, rebased onto main afterwards: older author date, newer commit
    daarna = commit_op(repo, monkeypatch, "Naar april", "2030-01-02T10:00:00+00:00", "2030-01-04T10:00:00+00:00")
    assert repo.git("log", "--format=%H", "-2").split() == [daarna, eerst]
    assert historie(repo, "basisondersteuning-03")[1:] == [
        (eerst, [f"{ACTIE_03_NOEM}: wanneer '31 december 2025' → '1 maart 2026'"]),
        (daarna, [f"{ACTIE_03_NOEM}: wanneer '1 maart 2026' → '1 april 2026'"]),
    ]
