"""The everyday phrasings of issue 16, each with its exact dates in two schooljaren (and, where the
school holidays matter, two regions). The dates follow the written conventions of the README."""

from __future__ import annotations

from datetime import date

import pytest

from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.regel_tekst import omschrijving
from swvplanner.core.schooljaar import Schooljaar

SJ25 = Schooljaar(2025)
SJ26 = Schooljaar(2026)

D = date

# (text, regio, schooljaar, due-by dates)
VAKANTIES = [
    ("voor de kerstvakantie", "noord", SJ25, [D(2025, 12, 19)]),
    ("voor de kerstvakantie", "noord", SJ26, [D(2026, 12, 18)]),
    ("Vóór de kerstvakantie", "zuid", SJ25, [D(2025, 12, 19)]),
    ("voor de zomervakantie", "noord", SJ25, [D(2026, 7, 3)]),
    ("voor de zomervakantie", "zuid", SJ25, [D(2026, 7, 10)]),
    ("voor de zomervakantie", "noord", SJ26, [D(2027, 7, 9)]),
    ("voor de zomervakantie", "zuid", SJ26, [D(2027, 7, 23)]),
    ("uiterlijk voor de meivakantie", "noord", SJ25, [D(2026, 4, 24)]),
    ("voor de meivakantie", "midden", SJ26, [D(2027, 4, 23)]),
    # na: up to the day before the next school holiday (herfst -> kerst)
    ("na de herfstvakantie", "noord", SJ25, [D(2025, 12, 19)]),
    ("na de herfstvakantie", "zuid", SJ26, [D(2026, 12, 18)]),
    # the zomervakantie that ends in August belongs to the new schooljaar
    ("na de zomervakantie", "noord", SJ25, [D(2025, 10, 17)]),
    ("na de zomervakantie", "zuid", SJ26, [D(2026, 10, 16)]),
    ("in de week na de voorjaarsvakantie", "noord", SJ25, [D(2026, 3, 6)]),
    ("in de week na de voorjaarsvakantie", "zuid", SJ25, [D(2026, 2, 27)]),
    ("in de week na de voorjaarsvakantie", "noord", SJ26, [D(2027, 3, 5)]),
    ("in de week voor de kerstvakantie", "noord", SJ25, [D(2025, 12, 19)]),
    ("tijdens de zomervakantie", "noord", SJ25, [D(2026, 7, 31)]),  # the holiday's days in the schooljaar
    ("voor de zomervakantie 2026", "noord", SJ25, [D(2026, 7, 3)]),
    ("voor de zomervakantie 2026", "noord", SJ26, []),
]


@pytest.mark.parametrize(("tekst", "regio", "sj", "verwacht"), VAKANTIES)
def test_vakanties(tekst: str, regio: str, sj: Schooljaar, verwacht: list[date]) -> None:
    r = parse_regel(tekst, regio=regio)
    assert r.herkend, r.reden
    assert r.data_in(sj) == verwacht


def test_vakantie_vensters_en_zonder_regio() -> None:
    r = parse_regel("in de week na de voorjaarsvakantie", regio="noord")
    assert [(p.van, p.tot) for p in r.periodes_in(SJ25)] == [(D(2026, 3, 2), D(2026, 3, 6))]
    r = parse_regel("na de herfstvakantie", regio="noord")
    assert [(p.van, p.tot) for p in r.periodes_in(SJ25)] == [(D(2025, 10, 27), D(2025, 12, 19))]
    zonder = parse_regel("voor de kerstvakantie")
    assert zonder.herkend and zonder.data_in(SJ25) == [] and zonder.gereed(SJ25) is None
    assert omschrijving(zonder) == "elk jaar, de laatste dag voor de kerstvakantie"
    assert omschrijving(parse_regel("voor de kerstvakantie", regio="noord")) == (
        "elk jaar, de laatste dag voor de kerstvakantie (regio noord)"
    )


DELEN = [
    ("eind mei", SJ25, [D(2026, 5, 31)]),
    ("eind mei", SJ26, [D(2027, 5, 31)]),
    ("begin oktober", SJ25, [D(2025, 10, 10)]),
    ("begin oktober", SJ26, [D(2026, 10, 10)]),
    ("half maart", SJ25, [D(2026, 3, 20)]),
    ("medio maart", SJ26, [D(2027, 3, 20)]),
    ("eind februari", SJ25, [D(2026, 2, 28)]),
    ("eind februari", Schooljaar(2027), [D(2028, 2, 29)]),
    ("einde maart 2026", SJ25, [D(2026, 3, 31)]),
    ("begin oktober 2026", SJ26, [D(2026, 10, 10)]),
    ("begin oktober 2026", SJ25, []),
    ("Q1 2026", SJ25, [D(2026, 3, 31)]),
    ("q4 2026", SJ26, [D(2026, 12, 31)]),
    ("eerste kwartaal", SJ25, [D(2026, 3, 31)]),
    ("eerste kwartaal", SJ26, [D(2027, 3, 31)]),
    ("in het derde kwartaal", SJ25, [D(2025, 9, 30)]),
    ("in week 12", SJ25, [D(2026, 3, 20)]),
    ("in week 12", SJ26, [D(2027, 3, 26)]),
    ("week 12-14", SJ25, [D(2026, 4, 3)]),
    ("week 40", SJ25, [D(2025, 10, 3)]),
    ("week 12 2026", SJ25, [D(2026, 3, 20)]),
    ("week 53 2026", SJ26, [D(2027, 1, 1)]),
]


@pytest.mark.parametrize(("tekst", "sj", "verwacht"), DELEN)
def test_delen_kwartalen_weken(tekst: str, sj: Schooljaar, verwacht: list[date]) -> None:
    r = parse_regel(tekst)
    assert r.herkend, r.reden
    assert r.data_in(sj) == verwacht


def test_delen_vensters() -> None:
    assert [(p.van, p.tot) for p in parse_regel("eind mei").periodes_in(SJ25)] == [(D(2026, 5, 21), D(2026, 5, 31))]
    assert [(p.van, p.tot) for p in parse_regel("week 12-14").periodes_in(SJ25)] == [(D(2026, 3, 16), D(2026, 4, 3))]
    assert not parse_regel("Q1 2026").circa


@pytest.mark.parametrize(
    ("tekst", "reden"),
    [
        ("week 54", "week 54 bestaat niet: weken lopen van 1 t/m 53"),
        ("week 53 2025", "2025 heeft geen week 53"),
        ("week 14-12", "week 14 t/m 12 bestaat niet: weken lopen van 1 t/m 53"),
    ],
)
def test_weken_die_niet_bestaan(tekst: str, reden: str) -> None:
    r = parse_regel(tekst)
    assert not r.herkend and r.reden == reden


def _donderdagen(van: date, tot: date) -> list[date]:
    from datetime import timedelta

    uit, d = [], van
    while d <= tot:
        uit.append(d)
        d += timedelta(days=7)
    return uit


LAATSTE_VRIJDAGEN_2526 = [
    D(2025, 8, 29), D(2025, 9, 26), D(2025, 10, 31), D(2025, 11, 28), D(2025, 12, 26), D(2026, 1, 30),
    D(2026, 2, 27), D(2026, 3, 27), D(2026, 4, 24), D(2026, 5, 29), D(2026, 6, 26), D(2026, 7, 31),
]  # fmt: skip

FREQUENTIES = [
    ("twee keer per jaar", SJ25, [D(2026, 1, 31), D(2026, 7, 31)]),
    ("Twee keer per jaar.", SJ26, [D(2027, 1, 31), D(2027, 7, 31)]),
    ("2x per jaar", SJ25, [D(2026, 1, 31), D(2026, 7, 31)]),
    ("tweemaal per jaar", SJ25, [D(2026, 1, 31), D(2026, 7, 31)]),
    ("2 maal per schooljaar", SJ25, [D(2026, 1, 31), D(2026, 7, 31)]),
    ("halfjaarlijks", SJ25, [D(2026, 1, 31), D(2026, 7, 31)]),
    ("elk half jaar", SJ25, [D(2026, 1, 31), D(2026, 7, 31)]),
    ("twee keer in het jaar", SJ25, [D(2026, 1, 31), D(2026, 7, 31)]),
    ("drie keer per jaar", SJ25, [D(2025, 11, 30), D(2026, 3, 31), D(2026, 7, 31)]),
    ("driemaal per jaar", SJ26, [D(2026, 11, 30), D(2027, 3, 31), D(2027, 7, 31)]),
    ("4 x per jaar .", SJ25, [D(2025, 10, 31), D(2026, 1, 31), D(2026, 4, 30), D(2026, 7, 31)]),
    (
        "zes keer per jaar",
        SJ25,
        [D(2025, 9, 30), D(2025, 11, 30), D(2026, 1, 31), D(2026, 3, 31), D(2026, 5, 31), D(2026, 7, 31)],
    ),  # fmt: skip
    ("vijf keer per jaar", SJ25, []),  # 12 months do not split in five: a count, no dates
    ("twee keer per jaar (maart en oktober)", SJ25, [D(2025, 10, 31), D(2026, 3, 31)]),
    ("twee keer per jaar (maart en oktober)", SJ26, [D(2026, 10, 31), D(2027, 3, 31)]),
    ("tweemaal per jaar: maart en oktober", SJ25, [D(2025, 10, 31), D(2026, 3, 31)]),
    ("in maart en oktober", SJ25, [D(2025, 10, 31), D(2026, 3, 31)]),
    ("maart, juni en november", SJ25, [D(2025, 11, 30), D(2026, 3, 31), D(2026, 6, 30)]),
    ("jaarlijks in maart en oktober", SJ26, [D(2026, 10, 31), D(2027, 3, 31)]),
    ("twee keer per jaar (voorjaar en najaar)", SJ25, [D(2025, 11, 30), D(2026, 5, 31)]),
    (
        "maandelijks",
        SJ25,
        [
            D(2025, 8, 31),
            D(2025, 9, 30),
            D(2025, 10, 31),
            D(2025, 11, 30),
            D(2025, 12, 31),
            D(2026, 1, 31),
            D(2026, 2, 28),
            D(2026, 3, 31),
            D(2026, 4, 30),
            D(2026, 5, 31),
            D(2026, 6, 30),
            D(2026, 7, 31),
        ],
    ),  # fmt: skip
    (
        "elke laatste vrijdag van de maand",
        SJ25,
        LAATSTE_VRIJDAGEN_2526,
    ),  # fmt: skip
    (
        "op de eerste maandag van de maand",
        SJ26,
        [
            D(2026, 8, 3),
            D(2026, 9, 7),
            D(2026, 10, 5),
            D(2026, 11, 2),
            D(2026, 12, 7),
            D(2027, 1, 4),
            D(2027, 2, 1),
            D(2027, 3, 1),
            D(2027, 4, 5),
            D(2027, 5, 3),
            D(2027, 6, 7),
            D(2027, 7, 5),
        ],
    ),  # fmt: skip
    ("wekelijks op donderdag", SJ25, _donderdagen(D(2025, 8, 7), D(2026, 7, 30))),
    ("elke week op donderdag", SJ26, _donderdagen(D(2026, 8, 6), D(2027, 7, 29))),
    ("iedere donderdag 19.30 uur", SJ25, _donderdagen(D(2025, 8, 7), D(2026, 7, 30))),
    (
        "tweewekelijks op dinsdag vanaf 2 september 2025",
        SJ25,
        [D(2025, 9, 2) + (D(2025, 9, 16) - D(2025, 9, 2)) * i for i in range(24)],
    ),  # fmt: skip
    (
        "om de week op dinsdag vanaf 2 september 2025",
        SJ26,
        [D(2026, 8, 4) + (D(2025, 9, 16) - D(2025, 9, 2)) * i for i in range(26)],
    ),  # fmt: skip
]


@pytest.mark.parametrize(("tekst", "sj", "verwacht"), FREQUENTIES)
def test_frequenties(tekst: str, sj: Schooljaar, verwacht: list[date]) -> None:
    r = parse_regel(tekst)
    assert r.herkend, r.reden
    assert r.data_in(sj) == verwacht


def test_aantallen() -> None:
    assert parse_regel("vijf keer per jaar").aantal_per_schooljaar(SJ25) == 5
    assert parse_regel("twee keer per jaar (maart en oktober)").aantal_per_schooljaar(SJ25) == 2
    kwartaal = parse_regel("Drie keer per jaar (kwartaal)")
    assert (kwartaal.opmerking, kwartaal.maandgroepen, kwartaal.aantal_per_schooljaar(SJ25)) == ("kwartaal", (), 3)
    assert omschrijving(parse_regel("twee keer per jaar")) == (
        "2 keer per jaar, uiterlijk aan het eind van: augustus t/m januari en februari t/m juli"
    )
    assert omschrijving(parse_regel("in maart en oktober")) == (
        "2 keer per jaar, uiterlijk aan het eind van oktober en maart"
    )


@pytest.mark.parametrize(
    ("tekst", "reden"),
    [
        (
            "tweewekelijks op dinsdag",
            "om de 2 weken: noem de eerste datum, bijvoorbeeld 'tweewekelijks op dinsdag vanaf 2 september 2025'",
        ),
        ("tweewekelijks op woensdag vanaf 2 september 2025", "2 september 2025 is een dinsdag, geen woensdag"),
        ("drie keer per jaar (maart en oktober)", "de tekst noemt 3 keer per jaar maar 2 maanden: maak ze gelijk"),
        ("dinsdag 2 t/m woensdag 4 maart 2026", "2 maart 2026 is een maandag, geen dinsdag"),
        ("vanaf 1 maart", "noem het jaar: 'vanaf 1 maart 2026' (of 'vanaf maart')"),
        ("vanaf 31 februari 2026", "'31 februari 2026' bestaat niet: februari 2026 heeft 28 dagen"),
        ("voor de paasvakantie", "deze formulering ken ik niet"),
        ("eind 31 mei", "deze formulering ken ik niet"),
    ],
)
def test_gemarkeerd_nooit_geraden(tekst: str, reden: str) -> None:
    r = parse_regel(tekst)
    assert not r.herkend
    assert r.reden == reden


VANAF = [
    ("vanaf 1 maart 2026", D(2026, 3, 1)),
    ("vanaf januari 2026", D(2026, 1, 1)),
    ("Vanaf 2027", D(2027, 1, 1)),
    ("vanaf augustus 2024", D(2024, 8, 1)),
    ("m.i.v. schooljaar 2026-2027", D(2026, 8, 1)),
    ("met ingang van 1 januari 2026", D(2026, 1, 1)),
]


@pytest.mark.parametrize(("tekst", "vanaf"), VANAF)
def test_vanaf_is_doorlopend_zonder_deadline(tekst: str, vanaf: date) -> None:
    r = parse_regel(tekst)
    assert (r.herkend, r.soort, r.vanaf) == (True, "doorlopend", vanaf)
    assert r.data_in(SJ25) == [] and r.gereed(SJ25) is None and r.gereed(SJ26) is None


def test_vanaf_vensters() -> None:
    assert [(p.van, p.tot) for p in parse_regel("vanaf 1 maart 2026").periodes_in(SJ25)] == [
        (D(2026, 3, 1), D(2026, 7, 31))
    ]
    assert [(p.van, p.tot) for p in parse_regel("vanaf augustus 2024").periodes_in(SJ25)] == [
        (D(2025, 8, 1), D(2026, 7, 31))
    ]
    assert parse_regel("vanaf 2027").periodes_in(SJ25) == []
    jan = parse_regel("vanaf januari")
    assert (jan.soort, jan.maand) == ("doorlopend", 1)
    assert [(p.van, p.tot) for p in jan.periodes_in(SJ26)] == [(D(2027, 1, 1), D(2027, 7, 31))]
    start = parse_regel("vanaf start schooljaar")
    assert (start.soort, start.gereed(SJ25)) == ("doorlopend", None)


DAGEN = [
    ("2 en 3 oktober 2025", SJ25, [(D(2025, 10, 2), D(2025, 10, 3))]),
    ("2-3 oktober 2025", SJ25, [(D(2025, 10, 2), D(2025, 10, 3))]),
    ("2 t/m 4 oktober 2025", SJ25, [(D(2025, 10, 2), D(2025, 10, 4))]),
    ("2 en 9 oktober 2025", SJ25, [(D(2025, 10, 2), D(2025, 10, 2)), (D(2025, 10, 9), D(2025, 10, 9))]),
    ("maandag 2 t/m woensdag 4 maart 2026", SJ25, [(D(2026, 3, 2), D(2026, 3, 4))]),
    # without a year: read in the schooljaar, only where the weekdays hold
    ("maandag 2 t/m woensdag 4 maart", SJ25, [(D(2026, 3, 2), D(2026, 3, 4))]),
    ("maandag 2 t/m woensdag 4 maart", SJ26, []),
    ("2 en 3 oktober", SJ26, [(D(2026, 10, 2), D(2026, 10, 3))]),
    ("30 september - 2 oktober 2025", SJ25, [(D(2025, 9, 30), D(2025, 10, 2))]),
]


@pytest.mark.parametrize(("tekst", "sj", "vensters"), DAGEN)
def test_meerdere_dagen(tekst: str, sj: Schooljaar, vensters: list[tuple[date, date]]) -> None:
    r = parse_regel(tekst)
    assert r.herkend, r.reden
    assert [(p.van, p.tot) for p in r.periodes_in(sj)] == vensters
    assert r.data_in(sj) == [tot for _, tot in vensters]


def test_ook_in_vakanties_in_de_tekst() -> None:
    r = parse_regel("iedere donderdag, ook in de vakanties")
    assert (r.herkend, r.ook_in_vakanties, r.weekdag) == (True, True, 3)
    fout = parse_regel("voor 1 juli, ook in de vakanties")
    assert not fout.herkend
    assert fout.reden == "'ook in de vakanties' hoort bij een wekelijkse of maandelijkse reeks"


OPMERKINGEN = [
    # a remark that names the times is read with the text
    ("2x per jaar (voorjaar/najaar)", [D(2025, 11, 30), D(2026, 5, 31)]),
    ("2x per jaar (maart/oktober)", [D(2025, 10, 31), D(2026, 3, 31)]),
    ("twee keer per jaar (in maart en oktober)", [D(2025, 10, 31), D(2026, 3, 31)]),
    (
        "maandelijks (laatste vrijdag)",
        LAATSTE_VRIJDAGEN_2526,
    ),  # fmt: skip
    # one that may contradict the equal parts leaves a count without dates
    ("vier keer per jaar (elk kwartaal)", []),
    ("2x per jaar (voor de kerst- en zomervakantie)", []),
    ("2 keer per jaar (najaar 2025 en voorjaar 2026)", []),
    # a remark on a stated date stays a remark
    ("Jaarlijks voor 1 juli (bij voorkeur eerder)", [D(2026, 6, 30)]),
]


@pytest.mark.parametrize(("tekst", "verwacht"), OPMERKINGEN)
def test_opmerking_tussen_haakjes_die_zegt_wanneer(tekst: str, verwacht: list[date]) -> None:
    r = parse_regel(tekst)
    assert r.herkend, r.reden
    assert r.data_in(SJ25) == verwacht


def test_opmerking_die_een_reeks_tegenspreekt_wordt_gemarkeerd() -> None:
    r = parse_regel("maandelijks (zie notulen)")
    assert not r.herkend
    assert (
        r.reden == "de opmerking (zie notulen) zegt iets over wanneer dat ik niet kan lezen: schrijf het zonder haakjes"
    )
    assert parse_regel("iedere donderdag (ook in de vakanties)").ook_in_vakanties


@pytest.mark.parametrize(
    ("tekst", "vensters"),
    [
        ("Q3", [(D(2025, 7, 1), D(2025, 9, 30))]),  # a window across 31 July ends in the first year
        ("derde kwartaal", [(D(2025, 7, 1), D(2025, 9, 30))]),
        ("juli t/m september", [(D(2025, 7, 1), D(2025, 9, 30))]),
        ("jaarlijks in nov-feb", [(D(2025, 11, 1), D(2026, 2, 28))]),
    ],
)
def test_maandvensters_nooit_achterstevoren(tekst: str, vensters: list[tuple[date, date]]) -> None:
    assert [(p.van, p.tot) for p in parse_regel(tekst).periodes_in(SJ25)] == vensters


@pytest.mark.parametrize(
    ("tekst", "reden"),
    [
        ("donderdag 13 maart 2026", "'donderdag 13 maart 2026': 13 maart 2026 is een vrijdag, geen donderdag"),
        (
            "iedere dinsdag vanaf woensdag 2 september 2025",
            "'woensdag 2 september 2025': 2 september 2025 is een dinsdag, geen woensdag",
        ),
        ("vanaf di 3 september 2025", "'di 3 september 2025': 3 september 2025 is een woensdag, geen dinsdag"),
        ("Q4 9999", "'Q4 9999': het jaar 9999 is geen planningsjaar (1900-2200)"),
        ("eind december 9999", "'eind december 9999': het jaar 9999 is geen planningsjaar (1900-2200)"),
        ("voorjaar 0000", "'voorjaar 0000': het jaar 0 is geen planningsjaar (1900-2200)"),
    ],
)
def test_verkeerde_weekdag_en_jaar_gemarkeerd(tekst: str, reden: str) -> None:
    r = parse_regel(tekst)
    assert (r.herkend, r.reden) == (False, reden)


def test_vakanties_na_2030_geven_geen_afgekapte_data() -> None:
    """The package knows the kerstvakantie 2030 only up to 31 December: no cut-off window."""
    for tekst in ("tijdens de kerstvakantie", "in de week na de kerstvakantie", "voor de kerstvakantie"):
        assert parse_regel(tekst, regio="noord").data_in(Schooljaar(2030)) == []


def test_voor_29_februari_zegt_de_dag_ervoor() -> None:
    assert omschrijving(parse_regel("voor 29 februari")) == "elk jaar, voor 29 februari (uiterlijk 28 februari)"
