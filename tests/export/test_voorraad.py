"""serve's in-memory copy of its files: never stale, whatever way the file changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from swvplanner.export.voorraad import Voorraad, etag_van


def test_bestand_wordt_een_keer_gelezen_en_daarna_uit_het_geheugen(tmp_path: Path) -> None:
    pad = tmp_path / "opr.ics"
    pad.write_bytes(b"BEGIN:VCALENDAR\r\n")
    v = Voorraad()
    eerste = v.bestand(pad)
    assert (eerste.inhoud, eerste.etag) == (b"BEGIN:VCALENDAR\r\n", etag_van(b"BEGIN:VCALENDAR\r\n"))
    assert v.bestand(pad) is eerste  # unchanged on disk: the same object, no read, no hash


def test_vervangen_door_hernoemen_met_dezelfde_tijd_en_grootte(tmp_path: Path) -> None:
    # export writes by rename: a new inode, even when mtime and size are the same as before
    pad, nieuw = tmp_path / "opr.ics", tmp_path / "nieuw.ics"
    pad.write_bytes(b"oud")
    v = Voorraad()
    assert v.bestand(pad).inhoud == b"oud"
    nieuw.write_bytes(b"nwe")
    st = os.stat(pad)
    os.utime(nieuw, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(nieuw, pad)
    assert v.bestand(pad).inhoud == b"nwe"
    assert v.bestand(pad).etag == etag_van(b"nwe")


def test_ter_plekke_overschreven(tmp_path: Path) -> None:
    pad = tmp_path / "feeds.json"
    pad.write_text('{"organisatie": "A"}', encoding="utf-8")
    v = Voorraad()
    assert v.json(pad) == {"organisatie": "A"}
    pad.write_text('{"organisatie": "BB"}', encoding="utf-8")
    assert v.json(pad) == {"organisatie": "BB"}


def test_verdwenen_bestand(tmp_path: Path) -> None:
    pad = tmp_path / "opr.ics"
    pad.write_bytes(b"x")
    v = Voorraad()
    v.bestand(pad)
    pad.unlink()
    with pytest.raises(FileNotFoundError):
        v.bestand(pad)
