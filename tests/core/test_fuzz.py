"""Property tests: the Dutch date/time parsers, the 'wanneer' rules and the plan-file reader never
fail in any other way than their documented one (ValueError, herkend=False, PlanFout)."""

from __future__ import annotations

import calendar
import json
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from swvplanner.core.fouten import PlanFout
from swvplanner.core.model.jaarplan import Jaarplan
from swvplanner.core.model.kwaliteitskalender import Kwaliteitskalender
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Vergaderplanning
from swvplanner.core.nl_datum import (
    MAAND_KORT,
    MAANDEN,
    MAANDNAMEN,
    Tijdvak,
    formatteer_dagen,
    parse_dagen,
    parse_datum,
    parse_tijd,
)
from swvplanner.core.regel import Regel
from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.regel_tekst import omschrijving
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.store.bestand import PlanBestand, lees_tekst
from tests.fuzz import INSTELLINGEN, controleer_melding, mutatie, nederlands, regels_in
from tests.voorbeelden import EEN_JAAR

ROOT = Path(__file__).resolve().parents[2]
PLANS = EEN_JAAR

MODELLEN = [Organisatie, Kwaliteitskalender, Jaarplan, Vergaderplanning]
BESTANDEN = {
    "swv.yaml": Organisatie,
    "kwaliteitskalender.yaml": Kwaliteitskalender,
    "jaarplan-2025-2026.yaml": Jaarplan,
    "vergaderingen-2025-2026.yaml": Vergaderplanning,
}

# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_NAMEN_PER_MAAND = {m: sorted(k for k, v in MAANDEN.items() if v == m) for m in range(1, 13)}


@st.composite
def nl_datum(draw: st.DrawFn) -> tuple[str, date]:
    d = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
    vorm = draw(st.sampled_from(["naam", "kort", "kort-punt", "afkorting", "numeriek", "iso", "hoofdletters"]))
    if vorm == "naam":
        tekst = f"{d.day} {MAANDNAMEN[d.month]} {d.year}"
    elif vorm == "kort":
        tekst = f"{d.day} {MAAND_KORT[d.month]} {d.year}"
    elif vorm == "kort-punt":
        tekst = f"{d.day} {MAAND_KORT[d.month]}. {d.year}"
    elif vorm == "afkorting":  # every spelling parse_datum knows, with or without a dot
        naam = draw(st.sampled_from(_NAMEN_PER_MAAND[d.month]))
        tekst = f"{d.day} {naam}{draw(st.sampled_from(['', '.']))} {d.year}"
    elif vorm == "numeriek":
        tekst = f"{d.day}-{d.month}-{d.year}"
    elif vorm == "iso":
        tekst = d.isoformat()
    else:
        tekst = f"{d.day} {MAANDNAMEN[d.month].upper()} {d.year}"
    return tekst, d


@INSTELLINGEN
@given(st.text())
def test_parse_datum_willekeurige_tekst(tekst: str) -> None:
    try:
        uit = parse_datum(tekst)
    except ValueError as fout:
        assert str(fout) and nederlands(str(fout)), fout
    else:
        assert isinstance(uit, date)


@INSTELLINGEN
@given(st.text(), st.integers(1900, 2100))
def test_parse_datum_willekeurige_tekst_met_schooljaar(tekst: str, start: int) -> None:
    try:
        uit = parse_datum(tekst, schooljaar_start=start)
    except ValueError as fout:
        assert str(fout) and nederlands(str(fout)), fout
    else:
        assert isinstance(uit, date)


@INSTELLINGEN
@given(nl_datum())
def test_parse_datum_geldige_data(paar: tuple[str, date]) -> None:
    tekst, verwacht = paar
    assert parse_datum(tekst) == verwacht
    assert parse_datum(f"  {tekst}  ") == verwacht


@INSTELLINGEN
@given(st.dates(min_value=date(1901, 8, 1), max_value=date(2100, 7, 31)), st.booleans())
def test_parse_datum_zonder_jaar_valt_in_het_schooljaar(d: date, kort: bool) -> None:
    sj = Schooljaar.van_datum(d)
    naam = MAAND_KORT[d.month] if kort else MAANDNAMEN[d.month]
    assert parse_datum(f"{d.day} {naam}", schooljaar_start=sj.start_jaar) == d
    assert parse_datum(f"{d.day}-{d.month}", schooljaar_start=sj.start_jaar) == d


@INSTELLINGEN
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_parse_datum_jaar_in_twee_cijfers(d: date) -> None:
    assert parse_datum(f"{d.day}-{d.month}-{d.year % 100:02d}") == d
    assert parse_datum(f"{d.day} {MAAND_KORT[d.month]} {d.year % 100:02d}") == d


@st.composite
def onmogelijke_dag(draw: st.DrawFn) -> tuple[int, int, int]:
    jaar = draw(st.integers(1900, 2100))
    maand = draw(st.integers(1, 12))
    laatste = calendar.monthrange(jaar, maand)[1]
    dag = draw(st.integers(laatste + 1, 99))
    return jaar, maand, dag


@INSTELLINGEN
@given(onmogelijke_dag(), st.sampled_from(["naam", "kort", "numeriek", "iso"]))
def test_parse_datum_onmogelijke_dag(jmd: tuple[int, int, int], vorm: str) -> None:
    jaar, maand, dag = jmd
    tekst = {
        "naam": f"{dag} {MAANDNAMEN[maand]} {jaar}",
        "kort": f"{dag} {MAAND_KORT[maand]} {jaar}",
        "numeriek": f"{dag}-{maand}-{jaar}",
        "iso": f"{jaar}-{maand:02d}-{dag:02d}",
    }[vorm]
    with pytest.raises(ValueError, match="bestaat niet") as fout:
        parse_datum(tekst)
    laatste = calendar.monthrange(jaar, maand)[1]
    assert str(fout.value) == f"{tekst!r} bestaat niet: {MAANDNAMEN[maand]} {jaar} heeft {laatste} dagen"


@pytest.mark.parametrize("tekst", ["1 ſep 2025", "1 aprİl 2025"])
def test_parse_datum_unicode_hoofdletters(tekst: str) -> None:
    try:
        uit = parse_datum(tekst)
    except ValueError:
        return
    assert isinstance(uit, date)


# --------------------------------------------------------------------------------------------
# Times
# --------------------------------------------------------------------------------------------

_UUR, _MINUUT = st.integers(0, 23), st.integers(0, 59)


@INSTELLINGEN
@given(st.text())
def test_parse_tijd_willekeurige_tekst(tekst: str) -> None:
    try:
        uit = parse_tijd(tekst)
    except ValueError as fout:
        assert str(fout) and nederlands(str(fout)), fout
    else:
        assert isinstance(uit, Tijdvak)
        assert isinstance(uit.start, time)


@INSTELLINGEN
@given(_UUR, _MINUUT, _UUR, _MINUUT)
def test_parse_tijd_rondgang(h: int, m: int, h2: int, m2: int) -> None:
    if (h2, m2) <= (h, m):
        with pytest.raises(ValueError, match="ligt niet na de begintijd"):
            parse_tijd(f"{h}.{m:02d}-{h2}.{m2:02d} uur")
        assert parse_tijd(f"{h}.{m:02d}-{h2}.{m2:02d} uur", eind_na_begin=False) == Tijdvak(time(h, m), time(h2, m2))
        return
    verwacht = Tijdvak(time(h, m), time(h2, m2))
    assert parse_tijd(f"{h}.{m:02d}-{h2}.{m2:02d} uur") == verwacht
    assert parse_tijd(f"{h}.{m:02d}u-{h2}.{m2:02d}u") == verwacht
    assert parse_tijd(f"{h}.{m:02d} – {h2}.{m2:02d} u") == verwacht
    assert parse_tijd(f"{h:02d}:{m:02d}-{h2:02d}:{m2:02d}") == verwacht
    assert parse_tijd(f"{h}.{m:02d} tot {h2}.{m2:02d}") == verwacht
    assert parse_tijd(str(verwacht)) == verwacht  # 'HH:MM-HH:MM', the form the models write
    assert parse_tijd(verwacht.nl()) == verwacht
    assert parse_tijd(f"{h}.{m:02d} uur") == Tijdvak(time(h, m))


@INSTELLINGEN
@given(st.integers(24, 99), _MINUUT)
def test_parse_tijd_onmogelijk_uur(h: int, m: int) -> None:
    with pytest.raises(ValueError, match="geen geldige tijd"):
        parse_tijd(f"{h}.{m:02d}-23.00 uur")


# --------------------------------------------------------------------------------------------
# 'wanneer' rules
# --------------------------------------------------------------------------------------------

_WOORDEN = [
    "jaarlijks",
    "elk jaar",
    "een keer per",
    "één keer per",
    "twee",
    "vier",
    "jaar",
    "voor",
    "vóór",
    "uiterlijk",
    "op",
    "in",
    "per",
    "van",
    "de",
    "het",
    "1",
    "15",
    "28",
    "29",
    "30",
    "31",
    "0",
    "99",
    "januari",
    "feb",
    "februari",
    "mrt",
    "april",
    "mei",
    "juni",
    "juli",
    "aug",
    "sept",
    "okt.",
    "nov",
    "december",
    "2024",
    "2025",
    "2026",
    "25",
    "26",
    "-",
    "/",
    "t/m",
    "en",
    "&",
    ",",
    ".",
    "ca.",
    "circa",
    "(",
    ")",
    "ntb",
    "nnb",
    "continu",
    "schooljaar",
    "einde",
    "begin",
    "start",
    "vanaf",
    "iedere",
    "elke",
    "donderdag",
    "di",
    "eerste",
    "laatste",
    "van de maand",
    "keer",
    "x",
    "kwartaal",
    "halfjaarlijks",
    "voorjaar",
    "najaar",
    "2024-2025",
    "2025/26",
    "of na vaststelling",
    "13-4",
    "13-4-2026",
    "2026-04-13",
    "jan-apr",
    "nov 2024- feb & mei 2025",
    "periodiek",
    "cyclisch",
    "vierjaarlijks",
    "keer per jaar",
    "3",
    "12",
    # issue 16: holidays, parts of a month, quarters, weeks, frequencies, vanaf, several days
    "de kerstvakantie",
    "zomervakantie",
    "in de week na de",
    "tijdens",
    "begin",
    "medio",
    "eind",
    "q1",
    "kwartaal",
    "week 12",
    "-14",
    "week 53",
    "maandelijks",
    "wekelijks op",
    "tweewekelijks",
    "om de week",
    "vanaf",
    "m.i.v.",
    "2 september 2025",
    "elke laatste vrijdag van de maand",
    "twee keer per jaar",
    "2x",
    "(maart en oktober)",
    "maart en oktober",
    "voorjaar en najaar",
    "halfjaarlijks",
    "2 en 3 oktober",
    "2-3",
    "maandag 2 t/m woensdag 4 maart",
    ", ook in de vakanties",
    "29 februari",
]
regeltekst = st.one_of(
    st.text(),
    st.lists(st.sampled_from(_WOORDEN), min_size=1, max_size=8).map(" ".join),
    st.lists(st.sampled_from(_WOORDEN) | st.text(max_size=2), min_size=1, max_size=6).map("".join),
)


def _alle_regels(r: Regel) -> list[Regel]:
    return [r, *(x for o in r.onderdelen for x in _alle_regels(o))]


@INSTELLINGEN
@given(
    regeltekst,
    st.integers(1950, 2100),
    st.none() | st.integers(1990, 2100),
    st.sampled_from([None, "noord", "midden", "zuid"]),
)
def test_parse_regel_nooit_een_uitzondering(tekst: str, jaar: int, anker: int | None, regio: str | None) -> None:
    r = parse_regel(tekst, regio=regio)
    assert isinstance(r, Regel)
    assert r.tekst == tekst  # the source text is kept, never dropped
    assert isinstance(r.herkend, bool)
    if not r.herkend:
        assert r.soort == "onbekend"
        assert isinstance(r.reden, str) and r.reden.strip() and nederlands(r.reden), r.reden
        assert omschrijving(r) == f"niet herkend: {r.reden}"
    else:
        assert r.reden is None
    json.loads(json.dumps(r.to_dict()))
    assert r.to_dict()["soort"] == r.soort
    assert isinstance(omschrijving(r), str) and omschrijving(r)

    sj = Schooljaar(jaar)
    data = r.data_in(sj, anker)
    assert all(isinstance(d, date) for d in data)
    assert all(sj.bevat(d) for d in data), data
    assert data == sorted(set(data))
    for p in r.periodes_in(sj):
        assert p.van <= p.tot
    aantal = r.aantal_per_schooljaar(sj, anker)
    assert aantal is None or (isinstance(aantal, int) and aantal >= 0)


@INSTELLINGEN
@given(st.none() | st.text(), st.none() | st.integers(1990, 2100))
def test_parse_regel_met_anker(tekst: str | None, anker: int | None) -> None:
    r = parse_regel(tekst, anker=anker)
    assert r.tekst == ("" if tekst is None else tekst)
    if anker is not None and r.herkend:
        assert r.anker is not None
    if not r.herkend:
        assert r.reden


@INSTELLINGEN
@given(st.integers(1, 12), st.integers(1, 31), st.sampled_from(["voor", "uiterlijk", "op"]), st.integers(1950, 2100))
def test_jaarlijkse_datum_valt_elk_schooljaar(maand: int, dag: int, rel: str, jaar: int) -> None:
    assume(dag <= calendar.monthrange(2000, maand)[1])  # 29 februari bestaat (in schrikkeljaren)
    r = parse_regel(f"Jaarlijks {rel} {dag} {MAANDNAMEN[maand]}")
    assert r.herkend and r.soort == "herhaling" and (r.maand, r.dag) == (maand, dag)
    sj = Schooljaar(jaar)
    data = r.data_in(sj)
    jaar_van = sj.jaar_van_maand(maand)
    if (maand, dag) == (2, 29) and not calendar.isleap(jaar_van):
        return  # no 29 February in this schooljaar; only "no exception" is required
    stated = date(jaar_van, maand, dag)
    verwacht = stated.fromordinal(stated.toordinal() - 1) if rel == "voor" else stated
    if sj.bevat(verwacht):
        assert verwacht in data
    assert len(data) <= 2


@pytest.mark.parametrize(
    ("tekst", "jaar", "verwacht"),
    [
        ("Jaarlijks op 29 februari", 2027, [date(2028, 2, 29)]),
        ("Jaarlijks uiterlijk 29 februari", 2027, [date(2028, 2, 29)]),
        ("Jaarlijks voor 29 februari", 2027, [date(2028, 2, 28)]),
        ("Een keer per vier jaar op 29 februari", 2027, []),  # interval > 1 without anker: no dates
    ],
)
def test_29_februari(tekst: str, jaar: int, verwacht: list[date]) -> None:
    # Regression: the rrule used to start at date(1900, 2, 29), which does not exist.
    assert parse_regel(tekst).data_in(Schooljaar(jaar)) == verwacht


def test_29_februari_met_anker() -> None:
    r = parse_regel("Een keer per vier jaar op 29 februari", anker=2028)
    assert r.data_in(Schooljaar(2027)) == [date(2028, 2, 29)]
    assert r.data_in(Schooljaar(2028)) == []


def test_parse_regel_unicode_hoofdletters() -> None:
    r = parse_regel("1 ſep 2025")
    assert isinstance(r.herkend, bool)


# --------------------------------------------------------------------------------------------
# Plan files
# --------------------------------------------------------------------------------------------


def _controleer_lezen(tekst: str, model: type, naam: str = "x.yaml") -> None:
    """lees_tekst returns a PlanBestand or raises PlanFout with sane messages; nothing else."""
    try:
        bestand = lees_tekst(Path(naam), tekst, model, naam)
    except PlanFout as fout:
        assert fout.meldingen
        for m in fout.meldingen:  # every message about the text has its line:column
            controleer_melding(m, naam, regels_in(tekst))
    else:
        assert isinstance(bestand, PlanBestand)
        assert bestand.tekst == tekst
        assert isinstance(bestand.model, model)


_YAML_STUKKEN = [
    "naam",
    "kort",
    "regio",
    "noord",
    "domein",
    "id",
    "datum",
    "2025-12-08",
    "2026-02-31",
    "schooljaar",
    "2025-2026",
    "vergaderingen",
    "orgaan",
    "opr",
    "tijd",
    "19.30-21.30",
    "25:00",
    "titel",
    "categorieen",
    "items",
    "wat",
    "onderdelen",
    "soort",
    "acties",
    "status",
    "kapot",
    "nummer",
    "1",
    "-1",
    "1.5",
    "true",
    "null",
    "~",
    ":",
    ": ",
    "- ",
    "\n",
    "  ",
    "    ",
    "\t",
    "[",
    "]",
    "{",
    "}",
    ",",
    "#",
    "'",
    '"',
    "|",
    ">",
    "&a ",
    "*a",
    "!!str ",
    "---",
    "...",
    "?",
    "%YAML 1.2\n",
    "\\",
    "é",
    "€",
    "!!int",
    "!!set ",
    "!!omap ",
    "!!binary ",
    "!eigen ",
    "? ",
    "?   - ",
    "<<: ",
    "&b ",
    "*b",
    "<<: [*a, *b]",
    "<<<<<<< HEAD\n",
    "=======\n",
    ">>>>>>> ander\n",
    "\r\n",
    "\ufeff",
]
yamlachtig = st.lists(st.sampled_from(_YAML_STUKKEN), max_size=40).map("".join)


@pytest.mark.parametrize("model", MODELLEN, ids=lambda m: m.__name__)
@INSTELLINGEN
@given(tekst=st.text())
def test_lees_tekst_willekeurige_tekst(model: type, tekst: str) -> None:
    _controleer_lezen(tekst, model)


@pytest.mark.filterwarnings("ignore::ruamel.yaml.error.ReusedAnchorWarning")  # '&a ... &a' only warns
@pytest.mark.parametrize("model", MODELLEN, ids=lambda m: m.__name__)
@INSTELLINGEN
@given(tekst=yamlachtig)
def test_lees_tekst_yaml_achtige_tekst(model: type, tekst: str) -> None:
    _controleer_lezen(tekst, model)


@pytest.mark.parametrize("naam", sorted(BESTANDEN))
@INSTELLINGEN
@given(data=st.data())
def test_lees_tekst_gemuteerde_voorbeelden(naam: str, data: st.DataObject) -> None:
    tekst = (PLANS / naam).read_text(encoding="utf-8")
    _controleer_lezen(data.draw(mutatie(tekst)), BESTANDEN[naam], f"plans/{naam}")


@pytest.mark.parametrize("naam", sorted(BESTANDEN))
def test_voorbeelden_zelf_zijn_geldig(naam: str) -> None:
    tekst = (PLANS / naam).read_text(encoding="utf-8")
    bestand = lees_tekst(PLANS / naam, tekst, BESTANDEN[naam], naam)
    assert bestand.tekst == tekst


def _planfout(tekst: str, model: type) -> PlanFout:
    with pytest.raises(PlanFout) as fout:
        lees_tekst(Path("x.yaml"), tekst, model, "x.yaml")
    return fout.value


def test_lees_tekst_merge_key() -> None:
    fout = _planfout("naam: a\nkort: b\nregio: noord\ndomein: d\n<<: {kleur: rood}\n", Organisatie)
    assert [m.melding for m in fout.meldingen][0].startswith("onbekende sleutel 'kleur'")


def test_lees_tekst_diep_genest() -> None:
    fout = _planfout("[" * 500 + "]" * 500, Organisatie)
    assert fout.meldingen


def test_lees_tekst_oneindig_getal_is_nederlands() -> None:
    fout = _planfout("schooljaar: 2025-2026\nkpis:\n  - nummer: .inf\n    tekst: x\n", Jaarplan)
    assert [(m.regel, m.kolom) for m in fout.meldingen] == [(3, 13)]
    assert all(nederlands(m.melding) for m in fout.meldingen), fout.meldingen


def test_lees_tekst_jaar_nul_is_nederlands() -> None:
    fout = _planfout(
        "schooljaar: 2025-2026\nvergaderingen:\n  - id: a\n    orgaan: opr\n    datum: 0000-01-01\n", Vergaderplanning
    )
    assert [(m.regel, m.kolom) for m in fout.meldingen] == [(5, 12)]
    assert all(nederlands(m.melding) for m in fout.meldingen), fout.meldingen


def test_lees_tekst_sleutel_zonder_naam_is_nederlands() -> None:
    fout = _planfout("naam: a\nkort: b\nregio: noord\ndomein: d\n: rood\n", Organisatie)
    assert all(nederlands(m.melding) for m in fout.meldingen), fout.meldingen


# Ranges of days ('2-3 oktober 2025', '2 en 3 oktober 2025'): the meeting dates of several days
# --------------------------------------------------------------------------------------------


@INSTELLINGEN
@given(st.text(), st.one_of(st.none(), st.integers(1900, 2100)))
def test_parse_dagen_willekeurige_tekst(tekst: str, start: int | None) -> None:
    try:
        eerste, laatste = parse_dagen(tekst, schooljaar_start=start)
    except ValueError as fout:
        assert str(fout) and nederlands(str(fout)), fout
    else:
        assert isinstance(eerste, date) and (laatste is None or laatste > eerste)


@INSTELLINGEN
@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 1)),
    st.integers(1, 40),
    st.booleans(),
)
def test_formatteer_dagen_leest_terug(eerste: date, dagen: int, kort: bool) -> None:
    """What swvplanner writes ('2 en 3 okt 2025', '30 september t/m 2 oktober 2025') it reads back."""
    laatste = eerste + timedelta(days=dagen)
    assume(laatste.year <= 2100)
    assert parse_dagen(formatteer_dagen(eerste, laatste, kort)) == (eerste, laatste)


@INSTELLINGEN
@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.sampled_from(["-", " - ", " t/m ", " en "])
)
def test_parse_dagen_twee_volledige_data(eerste: date, tussen: str) -> None:
    laatste = eerste + timedelta(days=1)
    assume(laatste.year <= 2100)
    tekst = f"{eerste.day}-{eerste.month}-{eerste.year}{tussen}{laatste.day}-{laatste.month}-{laatste.year}"
    assert parse_dagen(tekst) == (eerste, laatste)
