"""The history of one item across commits, read from a single `git log -p` stream.

Parsing every version of a plan file with the round-trip YAML parser would cost seconds per
version; instead the file is rebuilt from the patches in one pass (git's own diff output), the
item's block (`- id: <ID>` and the lines indented under it) is followed through the hunks, and only
the versions in which that block changed are parsed — just the block, not the file.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


@dataclass(frozen=True)
class BlokVersie:
    """A commit in which the item's block changed: its text before and after (None: absent)."""

    commit: str
    auteur: str
    email: str
    tijd: datetime
    onderwerp: str
    pad: str
    oud: str | None
    nieuw: str | None


def kop_patroon(item_id: str) -> re.Pattern[str]:
    """The first line of an item's block: '- id: ID' (block style) or '- {id: ID, ...}' (flow style)."""
    ident = re.escape(item_id)
    return re.compile(rf"^ *- (?:id: {ident} *(?:#.*)?$|\{{id: {ident}[,}}])", re.MULTILINE)


def _inspringing(regel: str) -> int:
    return len(regel) - len(regel.lstrip(" "))


class Blok:
    """Where the item's block is in the current lines; found again only when a hunk touches it."""

    def __init__(self, item_id: str) -> None:
        self.kop = kop_patroon(item_id)
        self.begin: int | None = None
        self.eind = 0  # exclusive

    def zoek(self, regels: list[str]) -> None:
        self.begin = next((i for i, regel in enumerate(regels) if self.kop.match(regel)), None)
        if self.begin is None:
            return
        kolom = _inspringing(regels[self.begin])
        j = self.begin + 1
        while j < len(regels) and (not regels[j].strip() or _inspringing(regels[j]) > kolom):
            j += 1
        while j > self.begin + 1 and not regels[j - 1].strip():
            j -= 1
        self.eind = j

    def tekst(self, regels: list[str]) -> str | None:
        return None if self.begin is None else "\n".join(regels[self.begin : self.eind])


def _commits(uitvoer: Iterator[str]) -> Iterator[tuple[list[str], list[str]]]:
    """(header fields, diff lines) per commit of `git log -p --format=%x00...`."""
    kop: list[str] | None = None
    diff: list[str] = []
    for regel in uitvoer:
        regel = regel.rstrip("\n")
        if regel.startswith("\0"):
            if kop is not None:
                yield kop, diff
            kop, diff = regel[1:].split("\0"), []
        else:
            diff.append(regel)
    if kop is not None:
        yield kop, diff


def _hunks(diff: list[str]) -> Iterator[tuple[int, int, int, int, list[str]]]:
    i = 0
    while i < len(diff):
        m = _HUNK.match(diff[i])
        if not m:
            i += 1
            continue
        a, b = int(m[1]), int(m[2]) if m[2] is not None else 1
        c, d = int(m[3]), int(m[4]) if m[4] is not None else 1
        erbij = []
        i += 1
        while i < len(diff) and not diff[i].startswith(("@@", "diff --git")):
            if diff[i].startswith("+") and not diff[i].startswith("+++"):
                erbij.append(diff[i][1:])
            i += 1
        yield a, b, c, d, erbij


def blokversies(repo: str, pad: str, item_id: str) -> list[BlokVersie]:
    """Every commit (oldest first) that changed the item's block in the file at `pad` (relative to repo)."""
    proces = subprocess.Popen(
        # --first-parent with merges diffed against their first parent: one straight line of versions of
        # the main branch, so the patches apply in sequence (a merged branch arrives as its merge commit)
        [
            "git",
            "-C",
            repo,
            "log",
            "-p",
            "-U0",
            "--reverse",
            "--first-parent",
            "--diff-merges=first-parent",
            "--no-renames",
            "--no-color",
            "--no-ext-diff",
            "--format=%x00%H%x00%an%x00%ae%x00%aI%x00%s",
            "--",
            pad,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    assert proces.stdout is not None
    regels: list[str] = []
    blok = Blok(item_id)
    vorige: str | None = None
    uit: list[BlokVersie] = []
    for kop, diff in _commits(proces.stdout):
        verschuiving = 0
        geraakt = blok.begin is None
        for a, b, _c, d, erbij in _hunks(diff):
            start = (a - 1 if b > 0 else a) + verschuiving
            if not geraakt and blok.begin is not None:
                if start + b <= blok.begin:  # entirely before the block: it moves
                    blok.begin += d - b
                    blok.eind += d - b
                elif start >= blok.eind + 1:  # after the block (and not touching its last line)
                    pass
                else:
                    geraakt = True
            regels[start : start + b] = erbij
            verschuiving += d - b
        if geraakt:
            blok.zoek(regels)
        tekst = blok.tekst(regels)
        if tekst != vorige:
            sha, naam, email, tijd, onderwerp = (kop + [""] * 5)[:5]
            uit.append(BlokVersie(sha, naam, email, datetime.fromisoformat(tijd), onderwerp, pad, vorige, tekst))
            vorige = tekst
    proces.wait()
    if proces.returncode not in (0, None):
        from swvplanner.core.fouten import GitFout

        raise GitFout(f"git log is mislukt: {proces.stderr.read().strip() if proces.stderr else ''}")
    return uit


def _als_lijstitem(tekst: str) -> str:
    """The block moved to column 0: '- id: x' with its lines indented under it."""
    regels = tekst.split("\n")
    kolom = _inspringing(regels[0])
    return "\n".join([regels[0][kolom:], *(r[kolom:] if r.strip() else "" for r in regels[1:])])


@lru_cache(maxsize=4096)
def blok_als_data(tekst: str) -> dict[str, object] | None:
    """The block's YAML as plain data (None when it does not parse: an old, broken version).

    Cached: each version of a block is both the 'after' of one change and the 'before' of the next.
    """
    try:
        data = _lezer().load(_als_lijstitem(tekst) + "\n")
    except Exception:  # noqa: BLE001 - any YAML error: the caller reports the change as text
        return None
    return dict(data[0]) if isinstance(data, list) and data and isinstance(data[0], dict) else None


def lees_blokken(teksten: list[str]) -> dict[str, dict[str, object] | None]:
    """Many blocks as plain data, parsed as one YAML document: one reader pass instead of one per
    block (the reader's set-up costs more than a small block). A batch that does not parse (an old,
    broken version among them) falls back to reading the blocks one by one."""
    uniek = list(dict.fromkeys(teksten))
    try:
        data = _lezer().load("\n".join(_als_lijstitem(t) for t in uniek) + "\n") if uniek else []
    except Exception:  # noqa: BLE001 - read them separately below
        data = None
    if isinstance(data, list) and len(data) == len(uniek):
        return {t: dict(w) if isinstance(w, dict) else None for t, w in zip(uniek, data, strict=True)}
    return {t: blok_als_data(t) for t in uniek}


@lru_cache(maxsize=1)
def _lezer() -> object:
    """One safe (plain data) YAML reader for all blocks: building a reader costs more than a block."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.version = (1, 2)
    return yaml
