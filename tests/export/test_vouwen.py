"""Line folding (RFC 5545 3.1) where we serialise: never inside an escape ('\\n', '\\,', '\\;', '\\\\')
or a UTF-8 character, every line at most 75 octets, and unfolding gives back the exact text."""

from __future__ import annotations

from datetime import date

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Event

from swvplanner.export.ical import naar_ical, vouw

# Characters that escape ("\n", ",", ";", "\\") or take 2-4 octets: é, ĳ, €, an emoji (and a ZWJ one).
LASTIG = st.lists(st.sampled_from([*"ab\n,;\\éĳ€😀", "👩\u200d💻"]), max_size=400).map("".join)


def _event(beschrijving: str) -> Event:
    e = Event()
    e.add("UID", "x@swv.nl")
    e.add("DTSTART", date(2026, 3, 2))
    e.add("SUMMARY", beschrijving)
    e.add("DESCRIPTION", beschrijving)
    return e


def _regels(ruw: bytes) -> list[bytes]:
    assert ruw.endswith(b"\r\n")
    return ruw[:-2].split(b"\r\n")


def _geen_gesplitste_escape(regels: list[bytes]) -> None:
    for a, b in zip(regels, regels[1:], strict=False):
        if b.startswith(b" "):
            staart = len(a) - len(a.rstrip(b"\\"))
            assert staart % 2 == 0, f"fold inside an escape: {a[-12:]!r} / {b[:12]!r}"


def _controleer(ruw: bytes, tekst: str) -> None:
    regels = _regels(ruw)
    for r in regels:
        assert len(r) <= 75, r
        r.decode("utf-8")  # a fold never splits a multi-byte character
    _geen_gesplitste_escape(regels)
    e = icalendar.Event.from_ical(ruw)
    assert str(e["DESCRIPTION"]) == tekst
    assert str(e["SUMMARY"]) == tekst


@pytest.mark.parametrize("escape", ["\n", ",", ";", "\\"])
@pytest.mark.parametrize("voor", range(60, 80))
def test_vouw_precies_bij_een_escape(escape, voor):
    """The escape at every position around the fold of the first and the second line."""
    tekst = "a" * voor + escape + "b" * 80 + escape + "c"
    _controleer(naar_ical(_event(tekst)), tekst)


@pytest.mark.parametrize("teken", ["é", "ĳ", "€", "😀", "👩‍💻"])
@pytest.mark.parametrize("voor", range(60, 80))
def test_vouw_precies_bij_een_multibyte_teken(teken, voor):
    tekst = "a" * voor + teken * 30
    _controleer(naar_ical(_event(tekst)), tekst)


def test_vouw_exact():
    """The exact bytes where icalendar 7.3 split '\\\\' (literal backslash, then 'n'): its fold moves one
    trailing backslash, so a line ended in '\\' and the next began with '\\n'."""
    regel = "DESCRIPTION:" + "a" * 60 + "\\\\n"  # 72 octets, the escaped backslash, then 'n'
    assert vouw(regel) == "DESCRIPTION:" + "a" * 60 + "\\\\\r\n n"  # icalendar: ...a\\r\n \\n
    assert vouw("DESCRIPTION:" + "a" * 61 + "\\\\n") == "DESCRIPTION:" + "a" * 61 + "\r\n \\\\n"
    assert vouw("DESCRIPTION:" + "a" * 62 + "\\n") == "DESCRIPTION:" + "a" * 62 + "\r\n \\n"
    assert vouw("DESCRIPTION:" + "a" * 60 + "é") == "DESCRIPTION:" + "a" * 60 + "é"  # 74 octets: fits
    assert vouw("DESCRIPTION:" + "a" * 61 + "é") == "DESCRIPTION:" + "a" * 61 + "\r\n é"


@given(LASTIG)
@settings(max_examples=300, deadline=None)
def test_vouwen_hypothesis(tekst):
    _controleer(naar_ical(_event(tekst)), tekst)


@given(LASTIG)
@settings(max_examples=300, deadline=None)
def test_zelfde_bytes_als_icalendar_waar_dat_goed_vouwt(tekst):
    """Byte-stable: where icalendar's own fold splits no escape, ours gives the same bytes."""
    e = _event(tekst)
    theirs = e.to_ical()
    try:
        _geen_gesplitste_escape(_regels(theirs))
    except AssertionError:
        return
    assert naar_ical(e) == theirs
