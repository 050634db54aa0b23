"""What `serve` reads per request, kept in memory: each file is read (and hashed, or parsed) again
only when it changed on disk.

A calendar client polls every few minutes, and a few hundred of them poll the same handful of
files: reading, hashing and parsing them per request made the server the bottleneck under load. The
key is (inode, mtime, size): `export` writes by rename, so a new file always has a new key.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Inhoud:
    """A file's bytes with what the response needs: its ETag and its Last-Modified."""

    inhoud: bytes
    etag: str
    gewijzigd: datetime


def etag_van(inhoud: bytes) -> str:
    return '"' + hashlib.sha256(inhoud).hexdigest()[:32] + '"'


class Voorraad:
    """Files and their derived values by path (thread-safe); stat per request, read per change."""

    def __init__(self) -> None:
        self._slot = threading.Lock()
        self._waarden: dict[tuple[Path, str], tuple[tuple[int, int, int], Any]] = {}

    def afgeleid(self, pad: Path, soort: str, maak: Callable[[bytes, float], Any]) -> Any:
        """`maak(bytes, mtime)` of the file, computed again only when the file changed (OSError if unreadable)."""
        st = os.stat(pad)
        with self._slot:
            bewaard = self._waarden.get((pad, soort))
        if bewaard is not None and bewaard[0] == (st.st_ino, st.st_mtime_ns, st.st_size):
            return bewaard[1]
        with pad.open("rb") as f:  # the key of the bytes read, also when a rename comes in between
            st = os.fstat(f.fileno())
            inhoud = f.read()
        sleutel = (st.st_ino, st.st_mtime_ns, st.st_size)
        waarde = maak(inhoud, st.st_mtime_ns / 1e9)
        with self._slot:
            self._waarden[(pad, soort)] = (sleutel, waarde)
        return waarde

    def bestand(self, pad: Path) -> Inhoud:
        """The file's bytes, ETag and modification time (OSError when it cannot be read)."""
        return self.afgeleid(
            pad,
            "bestand",
            lambda inhoud, mtime: Inhoud(
                inhoud, etag_van(inhoud), datetime.fromtimestamp(mtime, UTC).replace(microsecond=0)
            ),
        )

    def json(self, pad: Path) -> Any:
        """The file's JSON (OSError or ValueError as json.loads gives them)."""
        return self.afgeleid(pad, "json", lambda inhoud, _: json.loads(inhoud.decode("utf-8")))
