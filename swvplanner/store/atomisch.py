"""Atomic file writes: a temporary file in the same folder, fsync, then rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


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
        fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=map_)
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
