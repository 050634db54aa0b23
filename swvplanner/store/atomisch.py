"""Atomic file writes: a temporary file in the same folder, fsync, then rename."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock

TIJDELIJK = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")
"""The names of schrijf_atomisch's temporary files: '.<name>.<8 random characters>.tmp'."""
OUD_NA = 300.0
"""Seconds after which a temporary file is stale: a save takes well under a second."""


def _met_naam(fout: OSError, pad: Path) -> OSError:
    """The same error, naming the file being saved rather than the temporary file nobody knows."""
    return type(fout)(fout.errno, fout.strerror, str(pad)) if fout.errno is not None else fout


def schrijf_atomisch(pad: Path, inhoud: bytes) -> None:
    """Replace `pad` with `inhoud` so that readers see either the old or the new file, never half.

    The file's permission bits are kept. On any error the original file is untouched.
    """
    pad = Path(pad)
    map_ = pad.parent
    try:
        fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=map_)  # name: TIJDELIJK
    except OSError as fout:
        raise _met_naam(fout, pad) from fout
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(inhoud)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tijdelijk, pad.stat().st_mode & 0o7777)
        os.replace(tijdelijk, pad)
    except BaseException as fout:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tijdelijk)
        if isinstance(fout, OSError):
            raise _met_naam(fout, pad) from fout
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dfd = os.open(map_, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def is_tijdelijk(naam: str) -> bool:
    """Whether a file name is one of our temporary files (never a plan file, never committed)."""
    return TIJDELIJK.match(Path(naam).name) is not None


def ruim_op(map_: Path, nu: float | None = None) -> list[Path]:
    """Remove the stale temporary files a killed save left in `map_`; returns what was removed.

    Only files older than OUD_NA are touched, so a save running in another process keeps its own.
    """
    nu = time.time() if nu is None else nu
    weg = []
    with contextlib.suppress(OSError):
        for pad in Path(map_).iterdir():
            if not is_tijdelijk(pad.name) or not pad.is_file() or pad.is_symlink():
                continue
            with contextlib.suppress(OSError):
                if nu - pad.stat().st_mtime > OUD_NA:
                    pad.unlink()
                    weg.append(pad)
    return weg


WACHTEN = 30.0
"""Seconds a save waits for another process's save of the same folder before giving up."""


@contextlib.contextmanager
def slot(map_: Path) -> Iterator[None]:
    """Hold the plan folder's save lock: from comparing a file's fingerprint to its rename, no other
    process (the CLI, a second app, import) can write a plan file of the same folder.

    The lock file lives in the system's temporary folder, named after the folder's absolute path,
    so that it never shows up in the plan folder or in git; it locks processes on one machine
    (writers on other machines meet in git). filelock is used for the OS lock (fcntl on Unix,
    msvcrt on Windows) instead of hand-written calls.
    """
    sleutel = hashlib.sha256(str(Path(map_).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    pad = Path(tempfile.gettempdir()) / f"swvplanner-{sleutel}.lock"
    with FileLock(pad, timeout=WACHTEN, mode=0o666, thread_local=False):
        yield
