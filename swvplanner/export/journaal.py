"""All-or-nothing replacement of the export's files in the feed folder, through a journal.

Why a journal and not a folder swap: the feed folder (calendars/) is tracked in git and may hold
the user's own files (a README, a CNAME, the .git of a publishing repository), and its public feeds
must stay plain files at fixed names. So neither renaming the whole folder nor pointing a symlink at
a generation folder (Kubernetes' AtomicWriter) fits. Instead, as SQLite and package managers do:

1. Every new or changed file is written and fsync'd into the staging folder `<uit>/.swvplanner-nieuw/`,
   whose first file, made durable before any other, is a `.gitignore` with `*`: a killed export
   never leaves anything (a private feed, a token) that `git add -A` would stage.
2. The journal (which staged file goes where, which old files go) is written to a temporary name,
   fsync'd and renamed to `journaal.json`: that rename is the commit point.
3. The staged files are renamed over their targets and the old files removed (renames need no disk
   space), the folders are fsync'd, then the journal and the staging folder are removed.

A process killed before 2 leaves the old set untouched; the next export (`herstel`) removes the
staging folder. Killed during 3, the journal is there and the next export first rolls it forward
(every step can be repeated), so the new set is completed. Exports of one folder are serialised by
a file lock (store.atomisch.slot). A reader in another process (a static web server) can see a mix
only in the milliseconds of step 3; `serve` reads under the same lock as its own exports.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

NIEUW = ".swvplanner-nieuw"
JOURNAAL = "journaal.json"
NEGEER = b"# swvplanner: a half-finished export; never goes into git.\n*\n"


@dataclass
class Wijzigingen:
    """What one export changes below `uit`: relative path -> new bytes, and relative paths to remove."""

    schrijven: dict[str, bytes] = field(default_factory=dict)
    verwijderen: list[str] = field(default_factory=list)


class HalfToegepast(OSError):
    """The journal was committed but applying it failed: the next export completes it."""


def fsync_map(map_: Path) -> None:
    """Make the folder's entries (a rename, a new file) durable."""
    with contextlib.suppress(OSError):  # not every platform/filesystem can fsync a folder
        fd = os.open(map_, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def schrijf_nieuw(pad: Path, inhoud: bytes, modus: int) -> None:
    """A new file, written and fsync'd (os-level calls: the tests inject ENOSPC into os.write)."""
    fd = os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, modus)
    try:
        rest = memoryview(inhoud)
        while rest:
            rest = rest[os.write(fd, rest) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _binnen(doel: object) -> bool:
    """A relative path below the folder (no '..', not absolute), as the export writes them."""
    return isinstance(doel, str) and bool(doel) and not Path(doel).is_absolute() and ".." not in Path(doel).parts


def herstel(uit: Path) -> Wijzigingen:
    """Finish or undo what a killed export left in `uit` (hold the folder's lock).

    A committed journal is rolled forward; a staging folder without one is removed. Returns what
    the rolled-forward journal wrote and removed (nothing when there was none); its `schrijven`
    holds no bytes, only the paths.
    """
    gedaan = Wijzigingen()
    staging = uit / NIEUW
    if not staging.is_dir() or staging.is_symlink():
        return gedaan
    try:
        journaal = json.loads((staging / JOURNAAL).read_bytes())
        if not all(map(_binnen, [d for _, d in journaal["plaatsen"]] + journaal["verwijderen"])):
            journaal = None  # not ours: never move or remove anything outside the folder
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        journaal = None  # not committed: the old set is still complete
    if journaal is not None:
        _voltooi(uit, staging, journaal["plaatsen"], journaal["verwijderen"])
        gedaan.schrijven = {doel: b"" for _, doel in journaal["plaatsen"]}
        gedaan.verwijderen = list(journaal["verwijderen"])
    shutil.rmtree(staging)
    fsync_map(uit)
    return gedaan


def pas_toe(uit: Path, wijzigingen: Wijzigingen) -> None:
    """Replace the files of `wijzigingen` together (see the module docstring). Raises OSError; before
    the commit point the old set is then untouched, after it HalfToegepast is raised."""
    staging = uit / NIEUW
    uit.mkdir(parents=True, exist_ok=True)
    staging.mkdir()
    try:
        plaatsen = _zet_klaar(uit, staging, wijzigingen)
    except BaseException:
        with contextlib.suppress(OSError):  # not committed: the old set stays, the staging folder goes
            shutil.rmtree(staging)
        raise
    try:
        _voltooi(uit, staging, plaatsen, wijzigingen.verwijderen)
        shutil.rmtree(staging)
        fsync_map(uit)
    except OSError as fout:
        raise HalfToegepast(fout.errno, fout.strerror, fout.filename, None, fout.filename2) from fout


def _zet_klaar(uit: Path, staging: Path, wijzigingen: Wijzigingen) -> list[list[str]]:
    """Steps 1 and 2: stage every file, then commit the journal. Returns the journal's renames."""
    fsync_map(uit)
    schrijf_nieuw(staging / ".gitignore", NEGEER, 0o644)
    fsync_map(staging)
    plaatsen = []
    for i, (doel, inhoud) in enumerate(sorted(wijzigingen.schrijven.items())):
        naam = f"{i:05d}"
        try:
            modus = (uit / doel).stat().st_mode & 0o7777
        except FileNotFoundError:
            modus = 0o600 if doel.startswith("prive/") else 0o644
        schrijf_nieuw(staging / naam, inhoud, modus)
        plaatsen.append([naam, doel])
    for doel in {str(Path(d).parent) for d in wijzigingen.schrijven} - {"."}:
        (uit / doel).mkdir(parents=True, exist_ok=True)  # before the commit: applying needs no new folder
    tijdelijk = staging / f"{JOURNAAL}.tmp"
    schrijf_nieuw(tijdelijk, json.dumps({"plaatsen": plaatsen, "verwijderen": wijzigingen.verwijderen}).encode(), 0o600)
    fsync_map(staging)
    os.replace(tijdelijk, staging / JOURNAAL)  # the commit point
    fsync_map(staging)
    return plaatsen


def _voltooi(uit: Path, staging: Path, plaatsen: Iterable[list[str]], verwijderen: Iterable[str]) -> None:
    """Apply a committed journal; safe to repeat after a kill halfway."""
    mappen = {uit}
    for naam, doel in plaatsen:
        bron, pad = staging / naam, uit / doel
        if bron.exists():  # else: already moved by the killed run
            pad.parent.mkdir(parents=True, exist_ok=True)
            os.replace(bron, pad)
        mappen.add(pad.parent)
    for doel in verwijderen:
        pad = uit / doel
        pad.unlink(missing_ok=True)
        mappen.add(pad.parent)
        if pad.parent != uit and pad.parent.is_dir() and not any(pad.parent.iterdir()):
            pad.parent.rmdir()  # the folder of a private feed that is gone
            mappen.add(pad.parent.parent)
    for map_ in sorted(mappen, key=lambda p: len(p.parts), reverse=True):
        if map_.is_dir():
            fsync_map(map_)
    (staging / JOURNAAL).unlink(missing_ok=True)
