from datetime import date, time

import pytest

from swvplanner.core.nl_datum import Tijdvak, parse_datum, parse_tijd
from swvplanner.core.schooljaar import Schooljaar


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("8 dec 2025", date(2025, 12, 8)),
        ("13-4 2026", date(2026, 4, 13)),
        ("13-4-2026", date(2026, 4, 13)),
        ("15 juni 2026", date(2026, 6, 15)),
        ("1 okt. 2025", date(2025, 10, 1)),
        ("25 mrt 26", date(2026, 3, 25)),
        ("10 sept 25", date(2025, 9, 10)),
        ("17 nov. 2025", date(2025, 11, 17)),
        ("2026-04-13", date(2026, 4, 13)),
        ("di 8 dec 2025", date(2025, 12, 8)),
        ("  8  december   2025 ", date(2025, 12, 8)),
    ],
)
def test_data_uit_de_bron(tekst, verwacht):
    assert parse_datum(tekst) == verwacht


def test_zonder_jaar_beslist_het_schooljaar():
    assert parse_datum("8 dec", schooljaar_start=2025) == date(2025, 12, 8)
    assert parse_datum("13-4", schooljaar_start=2025) == date(2026, 4, 13)
    with pytest.raises(ValueError, match="het jaar ontbreekt"):
        parse_datum("8 dec")


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("31 februari 2026", "'31 februari 2026' bestaat niet: februari 2026 heeft 28 dagen"),
        ("29-2-2025", "'29-2-2025' bestaat niet: februari 2025 heeft 28 dagen"),
        ("13-13-2026", "maand 13 bestaat niet"),
        ("8 foo 2025", "is geen datum die ik herken"),
    ],
)
def test_onmogelijke_data(tekst, melding):
    with pytest.raises(ValueError, match=melding):
        parse_datum(tekst)


@pytest.mark.parametrize(
    ("tekst", "start", "eind"),
    [
        ("19.30u-21.30u", time(19, 30), time(21, 30)),
        ("9.00-11.30 uur", time(9, 0), time(11, 30)),
        ("13.00 – 14.30 u", time(13, 0), time(14, 30)),
        ("11u", time(11, 0), None),
        ("08.30-10.00 uur", time(8, 30), time(10, 0)),
        ("15 tot 16.30 uur", time(15, 0), time(16, 30)),
        ("14.30 - 15.45u", time(14, 30), time(15, 45)),
        ("13.00u", time(13, 0), None),
        ("19:30-21:30", time(19, 30), time(21, 30)),
        ("9.00-21.00u", time(9, 0), time(21, 0)),
    ],
)
def test_tijden_uit_de_bron(tekst, start, eind):
    assert parse_tijd(tekst) == Tijdvak(start, eind)


def test_tijdvak_schrijfwijze():
    assert str(parse_tijd("19.30u-21.30u")) == "19:30-21:30"
    assert parse_tijd("19.30u-21.30u").nl() == "19.30-21.30 uur"
    with pytest.raises(ValueError, match="geen geldige tijd"):
        parse_tijd("25.00-26.00")


def test_schooljaar():
    sj = Schooljaar.parse("2025-2026")
    assert (sj.begin, sj.einde) == (date(2025, 8, 1), date(2026, 7, 31))
    assert Schooljaar.parse("2025/26") == sj
    assert Schooljaar.van_datum(date(2026, 7, 31)) == sj
    assert Schooljaar.van_datum(date(2026, 8, 1)) == sj.volgende()
    with pytest.raises(ValueError, match="het tweede jaar moet 2026 zijn"):
        Schooljaar.parse("2025-2027")


def test_datum_met_tijd_erachter() -> None:
    from swvplanner.core.nl_datum import parse_datum_tijd

    assert parse_datum_tijd("di 13 april 2027 19.30-21.30 uur") == (
        date(2027, 4, 13),
        Tijdvak(time(19, 30), time(21, 30)),
    )
    assert parse_datum_tijd("13-4-2027 om 19.30") == (date(2027, 4, 13), Tijdvak(time(19, 30)))
    assert parse_datum_tijd("13-4 26") == (date(2026, 4, 13), None)  # a two-digit year, not a time
    with pytest.raises(ValueError, match="geen datum die ik herken"):
        parse_datum_tijd("voorjaar 19.30")


def test_genoemde_weekdag() -> None:
    from swvplanner.core.nl_datum import genoemde_weekdag, parse_datum

    assert genoemde_weekdag("di 13 april 2027") == 1
    assert genoemde_weekdag("Donderdag, 1 okt 2026") == 3
    assert genoemde_weekdag("13 april 2027") is None
    assert parse_datum("wo, 14 april 2027") == date(2027, 4, 14)
