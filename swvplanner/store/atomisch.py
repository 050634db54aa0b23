"""Atomic file writes: a temporary file in the same folder, fsync, then rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def schrijf_atomisch(pad: Path, inhoud: bytes) -> None:
    """Replace `pad` with `inhoud` so that readers see either the old or the new file, never half.

    The file's permission bits are kept. On any error the original file is untouched.
    """
    pad = Path(pad)
    map_ = pad.parent
    fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=map_)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(inhoud)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tijdelijk, pad.stat().st_mode & 0o7777)
        os.replace(tijdelijk, pad)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tijdelijk)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dfd = os.open(map_, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
