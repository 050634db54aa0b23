"""Fuzz of what a user types outside the plan files: the TUI's form fields (services_bewerken),
the command line's options and arguments, and the small core parsers they use. Each fails only
in its documented way (ValueError / BewerkFout / FormulierFout per field, click's exit code 2),
always in Dutch, with the field or option it is about. The plan files: tests/core/test_fuzz.py and
tests/store/test_fuzz_planmap.py."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from swvplanner.cli import main
from swvplanner.core.bedrag import bedragen, is_pm
from swvplanner.core.model.jaarplan import Actie
from swvplanner.core.model.kwaliteitskalender import KwaliteitskalenderItem
from swvplanner.core.nl_datum import Tijdvak, lees_iso_datum
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.services import bewerken as sb
from tests.fuzz import INSTELLINGEN, nederlands
from tests.voorbeelden import EEN_JAAR

PLANS = EEN_JAAR
datumachtig = st.one_of(
    st.text(),
    st.from_regex(r"\A\s?[0-9]{1,5}[-/. ][0-9]{1,2}[-/. ][0-9]{0,5}\s?\Z"),
    st.dates(min_value=date(1, 1, 1)).map(date.isoformat),
)


def _nederlandse_fout(fout: Exception) -> None:
    assert str(fout).strip() and nederlands(str(fout)), fout


# --- core --------------------------------------------------------------------------------------


@INSTELLINGEN
@given(st.text() | st.from_regex(r"\A\s?[0-9]{4}\s?[-/–]\s?[0-9]{2,4}\s?\Z"))
def test_schooljaar_lezen(tekst: str) -> None:
    try:
        sj = Schooljaar.parse(tekst)
    except ValueError as fout:
        _nederlandse_fout(fout)
    else:
        assert 1900 <= sj.start_jaar <= 2199 and Schooljaar.parse(str(sj)) == sj


@INSTELLINGEN
@given(datumachtig)
def test_iso_datum_lezen(tekst: str) -> None:
    try:
        d = lees_iso_datum(tekst)
    except ValueError as fout:
        _nederlandse_fout(fout)
    else:
        assert 1900 <= d.year <= 2200 and d.isoformat() == tekst.strip()


@INSTELLINGEN
@given(st.text() | st.from_regex(r"\A.{0,3}(€|p\.m\.)\s?[0-9.,-]{0,12}.{0,3}\Z"))
def test_bedragen_lezen(tekst: str) -> None:
    uit = bedragen(tekst)
    assert all(isinstance(b, Decimal) and b >= 0 for b in uit)
    assert isinstance(is_pm(tekst), bool)


# --- form fields (the TUI calls these as you type) ---------------------------------------------


@INSTELLINGEN
@given(datumachtig, st.none() | st.integers(1900, 2199))
def test_formulier_datum(tekst: str, jaar: int | None) -> None:
    try:
        d = sb.lees_datum(tekst, Schooljaar(jaar) if jaar is not None else None)
    except ValueError as fout:
        _nederlandse_fout(fout)
    else:
        assert isinstance(d, date) and 1900 <= d.year <= 2200


@INSTELLINGEN
@given(st.text() | st.from_regex(r"\A[0-9]{1,3}[.:]?[0-9]{0,3}\s?(-|tot|–)?\s?[0-9]{0,3}[.:]?[0-9]{0,3}\s?(uur|u)?\Z"))
def test_formulier_tijd(tekst: str) -> None:
    try:
        t = sb.lees_tijd(tekst)
    except ValueError as fout:
        _nederlandse_fout(fout)
    else:
        assert t is None or isinstance(t, Tijdvak)


def _formulierfout(fout: sb.FormulierFout, velden: set[str]) -> None:
    assert fout.velden and fout.verplicht <= set(fout.velden)
    for veld, tekst in fout.velden.items():
        assert veld in velden, (veld, tekst)  # the form shows it at that field ('' = the whole form)
        assert tekst.strip() and nederlands(tekst), (veld, tekst)


_ACTIE_VELDEN = st.dictionaries(
    st.sampled_from(sb.ACTIE_VELDEN + sb.MIDDELEN_VELDEN),
    st.text(max_size=30) | st.sampled_from(["gepland", "lopend", "gereed", "x", "€ 1.000", "p.m."]),
)


@INSTELLINGEN
@given(_ACTIE_VELDEN, st.booleans())
def test_actie_formulier(velden: dict[str, str], nieuw: bool) -> None:
    basis = (
        None
        if nieuw
        else Actie.model_validate(
            {
                "id": "a-01",
                "wat": "Iets",
                "voortgang": [{"datum": "2025-10-01", "tekst": "begonnen"}],
                "middelen": {"personeel": "2 uur"},
            }
        )
    )
    try:
        actie = sb.actie_uit_formulier(basis, "a-01", velden)
    except sb.FormulierFout as fout:
        _formulierfout(fout, {*sb.ACTIE_VELDEN, "middelen", ""})
    else:
        assert actie.id == "a-01" and actie.wat == velden["wat"].strip()


@INSTELLINGEN
@given(
    st.dictionaries(
        st.sampled_from((*sb.KK_VELDEN, "anker")),
        st.text(max_size=30) | st.sampled_from(["2026", "0", "99999", "Jaarlijks voor 1 juli", "-1"]),
    )
)
def test_kwaliteitskalender_formulier(velden: dict[str, str]) -> None:
    basis = KwaliteitskalenderItem.model_validate(
        {"id": "op", "wat": "Ondersteuningsplan", "wanneer": "Een keer per vier jaar voor 1 mei"}
    )
    try:
        item = sb.kk_item_uit_formulier(basis, velden)
    except sb.FormulierFout as fout:
        _formulierfout(fout, {*sb.KK_VELDEN, "anker", ""})
    else:
        assert item.id == "op"


# --- the command line --------------------------------------------------------------------------


def _cli(argv: list[str]) -> tuple[int | str | None, str, str]:
    uit, fout = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(fout), pytest.raises(SystemExit) as code:
        main(argv)
    return code.value.code, uit.getvalue(), fout.getvalue()


def _nederlandse_uitvoer(tekst: str) -> None:
    for regel in tekst.splitlines():
        assert nederlands(regel), regel


@pytest.fixture(autouse=True)
def _geen_debug(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SWVPLANNER_DEBUG", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


@INSTELLINGEN
@given(datumachtig, st.sampled_from(["overzicht", "check"]))
def test_cli_vandaag(tekst: str, opdracht: str) -> None:
    # No plan folder: a valid date gets as far as loading (exit 1, 'de planmap bestaat niet').
    code, uit, fout = _cli(["--plans", "/nonexistent/swvplanner-fuzz", opdracht, "--vandaag", tekst])
    assert code in (1, 2), (code, fout)
    _nederlandse_uitvoer(uit + fout)
    if code == 2:  # a usage error: Dutch, about the option (or its missing value)
        assert "Fout: " in fout and "--vandaag" in fout, fout
    else:
        assert 1900 <= lees_iso_datum(tekst).year <= 2200


@INSTELLINGEN
@given(
    st.text(max_size=60),
    st.none() | st.text(max_size=12) | st.from_regex(r"\A[0-9]{4}-[0-9]{2,4}\Z"),
    st.none() | st.text(max_size=6) | st.integers(-10, 10_000).map(str),
)
def test_cli_when(tekst: str, schooljaar: str | None, anker: str | None) -> None:
    argv = ["when", "--format", "json", "--", tekst]
    if schooljaar is not None:
        argv[1:1] = ["--schooljaar", schooljaar]
    if anker is not None:
        argv[1:1] = ["--anker", anker]
    code, uit, fout = _cli(argv)
    assert code in (0, 1, 2), (code, fout)
    _nederlandse_uitvoer(fout)
    if code != 2:
        assert json.loads(uit)["tekst"] == tekst
