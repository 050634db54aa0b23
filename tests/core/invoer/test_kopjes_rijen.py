"""Header recognition, the kind of a table, and dates and times read without guessing."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from swvplanner.core.invoer.kopjes import herken_soort, veld_van_kopje, zoek_kopregel
from swvplanner.core.invoer.rijen import Onleesbaar, invoerrijen, lees_datum, lees_tijd, slug
from swvplanner.core.invoer.tabel import Cel, Rij, Tabel
from swvplanner.core.nl_datum import Tijdvak
from swvplanner.core.schooljaar import Schooljaar


def tabel(*rijen: list[object]) -> Tabel:
    return Tabel(
        "",
        tuple(
            Rij(n, tuple(Cel(w, f"{chr(65 + k)}{n}") for k, w in enumerate(r))) for n, r in enumerate(rijen, start=1)
        ),
    )


@pytest.mark.parametrize(
    ("kopje", "veld"),
    [
        ("Overleg", "orgaan"),
        ("GREMIUM", "orgaan"),
        ("Tijdstip:", "tijd"),
        ("Plaats", "locatie"),
        ("Agenda", "onderwerp"),
        ("Deadline", "wanneer"),
        ("Eigenaar", "wie"),
        ("Middelen (financieel)", "financieel"),
        ("Middelen (personeel)", "personeel"),
        ("Ontwikkelpunt", "onderdeel"),
        ("Wanneer gereed", "wanneer"),
        ("Beoogd resultaat", "resultaat"),
        ("Kleur", None),
    ],
)
def test_kopjes_en_synoniemen(kopje: str, veld: str | None) -> None:
    assert veld_van_kopje(kopje) == veld


def test_kopregel_onder_een_titel_met_schooljaar() -> None:
    t = tabel(["Vergaderplanning 2026 – 2027"], [], ["Overleg", "Datum", "Tijd", "Plaats"], ["OPR", "1-10-2026"])
    kop = zoek_kopregel(t)
    assert kop is not None
    assert (kop.index, kop.kolommen) == (2, {"orgaan": 0, "datum": 1, "tijd": 2, "locatie": 3})
    assert kop.titel == ["Vergaderplanning 2026 – 2027"]
    assert kop.schooljaar == Schooljaar(2026)
    assert herken_soort(kop) == "vergaderingen"


@pytest.mark.parametrize(
    ("kopjes", "soort"),
    [
        (["Wat", "Wanneer", "Wie", "Opmerking"], "kwaliteitskalender"),
        (["Ontwikkelpunt", "Actie", "Wie", "Wanneer", "Status"], "jaarplan"),
        (["Onderwerp", "Datum"], "vergaderingen"),
        (["Wat", "Opmerking"], None),
    ],
)
def test_soort_uit_de_kopjes(kopjes: list[str], soort: str | None) -> None:
    kop = zoek_kopregel(tabel(kopjes))
    assert kop is not None and herken_soort(kop) == soort


def test_geen_kopregel() -> None:
    assert zoek_kopregel(tabel(["Toelichting bij de planning"], ["zie hieronder"])) is None


def test_kopregelrij_wordt_groep_en_lege_cel_neemt_de_waarde_erboven() -> None:
    t = tabel(
        ["Wat", "Wanneer", "Wie"],
        ["Documenten: plannen", "Documenten: plannen", "Documenten: plannen"],
        ["Ondersteuningsplan", "Een keer per vier jaar voor 1 mei", "Directeur-bestuurder"],
        [],
        ["Jaarverslag", "Jaarlijks voor 1 juli", ""],
    )
    kop = zoek_kopregel(t)
    assert kop is not None
    rijen = invoerrijen(t, kop)
    assert [(r.rij.nummer, r.groep, r.tekst("onderwerp")) for r in rijen] == [
        (3, "Documenten: plannen", "Ondersteuningsplan"),
        (5, "Documenten: plannen", "Jaarverslag"),
    ]


SJ = Schooljaar(2026)


@pytest.mark.parametrize(
    ("waarde", "jaarloos", "verwacht"),
    [
        (datetime(2027, 4, 13), None, (date(2027, 4, 13), None)),
        (datetime(2027, 4, 13, 19, 30), None, (date(2027, 4, 13), Tijdvak(time(19, 30)))),
        ("di 13 april 2027", None, (date(2027, 4, 13), None)),
        ("dinsdag, 13 april 2027", None, (date(2027, 4, 13), None)),
        ("13-4-2027", None, (date(2027, 4, 13), None)),
        ("13-4", SJ, (date(2027, 4, 13), None)),
        ("1 okt", SJ, (date(2026, 10, 1), None)),
        ("di 13 april 2027 19.30-21.30 uur", None, (date(2027, 4, 13), Tijdvak(time(19, 30), time(21, 30)))),
    ],
)
def test_datum(waarde: object, jaarloos: Schooljaar | None, verwacht: tuple[date, Tijdvak | None]) -> None:
    d, einddatum, tijd = lees_datum(Cel(waarde, "B7"), jaarloos)
    assert (d, tijd) == verwacht and einddatum is None


@pytest.mark.parametrize(
    ("tekst", "jaarloos", "verwacht"),
    [
        ("2-3 oktober 2025", None, (date(2025, 10, 2), date(2025, 10, 3), None)),
        ("2 en 3 oktober 2025", None, (date(2025, 10, 2), date(2025, 10, 3), None)),
        ("2 t/m 4 okt", Schooljaar(2025), (date(2025, 10, 2), date(2025, 10, 4), None)),
        ("maandag 2 t/m woensdag 4 maart 2026", None, (date(2026, 3, 2), date(2026, 3, 4), None)),
        ("30 sep - 2 okt 2025", None, (date(2025, 9, 30), date(2025, 10, 2), None)),
        ("30 december t/m 2 januari 2026", None, (date(2025, 12, 30), date(2026, 1, 2), None)),
        ("2-10-2025 t/m 3-10-2025", None, (date(2025, 10, 2), date(2025, 10, 3), None)),
        (
            "2 en 3 oktober 2025 9.00-17.00 uur",
            None,
            (date(2025, 10, 2), date(2025, 10, 3), Tijdvak(time(9, 0), time(17, 0))),
        ),
    ],
)
def test_meer_dagen(tekst: str, jaarloos: Schooljaar | None, verwacht: tuple[date, date, Tijdvak | None]) -> None:
    assert lees_datum(Cel(tekst, "B7"), jaarloos) == verwacht


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("13-4", "B7: '13-4': het jaar ontbreekt (geef --schooljaar, of schrijf het jaar erbij)"),
        ("ma 13 april 2027", "B7: 'ma 13 april 2027': 13 april 2027 is een dinsdag, geen maandag"),
        ("31-2-2027", "B7: '31-2-2027' bestaat niet: februari 2027 heeft 28 dagen"),
        ("voorjaar 2027", "B7: 'voorjaar 2027' is geen datum die ik herken (bijvoorbeeld: 8 dec 2025 of 13-4-2026)"),
        ("", "B7: de datum ontbreekt"),
        (
            "3-2 oktober 2025",
            "B7: '3-2 oktober 2025': de laatste dag (2 oktober 2025) ligt niet na de eerste (3 oktober 2025)",
        ),
        ("ma 2 en di 3 oktober 2025", "B7: 'ma 2': 2 oktober 2025 is een donderdag, geen maandag"),
        ("2 en 3 oktober", "B7: '2 en 3 oktober': het jaar ontbreekt (geef --schooljaar, of schrijf het jaar erbij)"),
    ],
)
def test_datum_niet_geraden(tekst: str, melding: str) -> None:
    with pytest.raises(Onleesbaar) as fout:
        lees_datum(Cel(tekst, "B7"), None)
    assert str(fout.value) == melding


def test_tijd() -> None:
    assert lees_tijd(Cel("19.30-21.30 uur", "C4"), None) == Tijdvak(time(19, 30), time(21, 30))
    assert lees_tijd(Cel(time(19, 30), "C4"), Cel(time(21, 0), "D4")) == Tijdvak(time(19, 30), time(21, 0))
    assert lees_tijd(Cel(None, "C4"), None) is None
    with pytest.raises(Onleesbaar) as fout:
        lees_tijd(Cel("21.30-19.30", "C4"), None)
    assert str(fout.value) == "C4: '21.30-19.30': de eindtijd 19.30 ligt niet na de begintijd 21.30"


def test_slug() -> None:
    assert slug("Jaarverslag OPR") == "jaarverslag-opr"
    assert slug("Evaluatie ‘Zelfevaluatie’ – toezicht (RvT)") == "evaluatie-zelfevaluatie-toezicht-rvt"
    assert slug("Financiën") == "financien"
    assert slug("???") == "item"
