"""Every 'wanneer'/period text of the seeds, with how it must be read."""

from __future__ import annotations

import json
from datetime import date

import pytest

from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.schooljaar import Schooljaar

SJ2526 = Schooljaar(2025)
SJ2425 = Schooljaar(2024)

# (text, anker, schooljaar, expected dates in that schooljaar)
KWALITEITSKALENDER_000 = [
    ("Een keer per vier jaar voor 1 mei", 2026, SJ2526, [date(2026, 4, 30)]),
    ("Een keer per vier jaar voor 1 mei", 2026, Schooljaar(2026), []),
    ("Een keer per vier jaar voor 1 mei", 2026, Schooljaar(2029), [date(2030, 4, 30)]),
    ("Eén keer per vier jaar of na vaststelling van de landelijke norm", None, SJ2526, []),
    ("Jaarlijks voor 1 augustus", None, SJ2526, [date(2026, 7, 31)]),
    ("Een keer per twee jaar", None, SJ2526, []),
    ("Jaarlijks voor 1 oktober", None, SJ2526, [date(2025, 9, 30)]),
    ("Jaarlijks voor 1 januari", None, SJ2526, [date(2025, 12, 31)]),
    ("Evalueren en bijstellen volgens planning", None, SJ2526, []),
    ("Jaarlijks voor 1 juli", None, SJ2526, [date(2026, 6, 30)]),
    # the remark 'kwartaal' may contradict three equal parts of the schooljaar: a count, no dates
    ("Drie keer per jaar (kwartaal)", None, SJ2526, []),
    ("Jaarlijks op nader te bepalen datum", None, SJ2526, []),
    ("Jaarlijks voor 1 april", None, SJ2526, [date(2026, 3, 31)]),
    ("Jaarlijks", None, SJ2526, []),
    ("Een keer per vier jaar", None, SJ2526, []),
    ("Volgens nog op te stellen planning", None, SJ2526, []),
]

SEED_004 = [
    ("Jaarlijks in oktober", None, SJ2526, [date(2025, 10, 31)]),
    ("Jaarlijks in oktober.", None, SJ2526, [date(2025, 10, 31)]),
    ("Voor 1 februari", None, SJ2526, [date(2026, 1, 31)]),
    ("Voor 1 februari.", None, SJ2526, [date(2026, 1, 31)]),
    ("Per kwartaal", None, SJ2526, [date(2025, 9, 30), date(2025, 12, 31), date(2026, 3, 31), date(2026, 6, 30)]),
    ("februari/maart", None, SJ2526, [date(2026, 3, 31)]),
    ("Begin 2027", None, Schooljaar(2026), [date(2027, 3, 31)]),
    ("Jaarlijks in maart.", None, SJ2526, [date(2026, 3, 31)]),
    ("Jaarlijks.", None, SJ2526, []),
    ("Tweejaarlijks.", None, SJ2526, []),
    ("4 x per jaar .", None, SJ2526, [date(2025, 10, 31), date(2026, 1, 31), date(2026, 4, 30), date(2026, 7, 31)]),
    ("Twee keer per jaar.", None, SJ2526, [date(2026, 1, 31), date(2026, 7, 31)]),
    ("Continu.", None, SJ2526, []),
    ("Eind 2026.", None, Schooljaar(2026), [date(2026, 12, 31)]),
    ("Januari 2027", None, Schooljaar(2026), [date(2027, 1, 31)]),
    ("Direct.", None, SJ2526, []),
]

JAARPLAN_000 = [
    ("Continu", None, SJ2526, []),
    ("31 december 2025", None, SJ2526, [date(2025, 12, 31)]),
    ("1 mei 2026", None, SJ2526, [date(2026, 5, 1)]),
    # The day after the schooljaar: it belongs to the next one (the checker flags it).
    ("1 augustus 2026", None, SJ2526, []),
]

PERIODES_003 = [
    ("oktober 2024", SJ2425, [date(2024, 10, 31)]),
    ("uiterlijk einde schooljaar", SJ2425, [date(2025, 7, 31)]),
    ("schooljaar 2024-2025", SJ2425, [date(2025, 7, 31)]),
    ("sept 2024", SJ2425, [date(2024, 9, 30)]),
    ("gehele schooljaar", SJ2425, [date(2025, 7, 31)]),
    ("nov 2024- feb & mei 2025", SJ2425, [date(2025, 2, 28), date(2025, 5, 31)]),
    ("Periodiek schooljaar 2024-2025", SJ2425, [date(2025, 7, 31)]),
    ("2024-2025 jaarlijks", SJ2425, [date(2025, 7, 31)]),
    ("2024-2025", SJ2425, [date(2025, 7, 31)]),
    (
        "2024-2025 cyclisch per kwartaal",
        SJ2425,
        [date(2024, 9, 30), date(2024, 12, 31), date(2025, 3, 31), date(2025, 6, 30)],
    ),
    ("mei-juni 2024", SJ2425, []),  # before the schooljaar (a real slip of the source)
    ("gedurende schooljaar", SJ2425, [date(2025, 7, 31)]),
    ("2024-2025 cyclisch", SJ2425, [date(2025, 7, 31)]),
    ("sept-okt 2024", SJ2425, [date(2024, 10, 31)]),
    ("dec 2024- mei en juni 2025", SJ2425, [date(2025, 5, 31), date(2025, 6, 30)]),
    ("feb-mei 2025", SJ2425, [date(2025, 5, 31)]),
    ("sep-dec 2024", SJ2425, [date(2024, 12, 31)]),
    ("eerste helft 2025", SJ2425, [date(2025, 6, 30)]),
    ("jan-apr 2025", SJ2425, [date(2025, 4, 30)]),
    ("begin schooljaar", SJ2425, [date(2024, 9, 30)]),
    ("9 oktober 2024", SJ2425, [date(2024, 10, 9)]),
    ("ca. sept 2024", SJ2425, [date(2024, 9, 30)]),
    ("sept-nov 2023", SJ2425, []),  # a year before the plan: kept, flagged by the checker
    ("vanaf start schooljaar", SJ2425, []),  # ongoing from 1 August: no deadline
    ("okt/nov 2024", SJ2425, [date(2024, 11, 30)]),
    ("okt 2024- feb 2025", SJ2425, [date(2025, 2, 28)]),
    ("okt 2024- mei 2025", SJ2425, [date(2025, 5, 31)]),
    ("gehele schooljaar  (experiment loopt t/m 2027)", SJ2425, [date(2025, 7, 31)]),
]

VERGADERINGEN_000 = [
    ("iedere donderdag", SJ2526, 52),
    ("voorjaar 2026", SJ2526, 1),
    ("ntb", SJ2526, 0),
    ("dinsdag, nnb", SJ2526, 0),
]

NIET_HERKEND = [
    # 003: a typo of the source ("me" for "mei"); guessing would be wrong.
    "jan-me 2025",
    # 003: two periods of two activities in one cell, separated only by spaces.
    "gehele schooljaar  sept 2024 - jan 2025",
    # 003: a schooljaar with an evaluation window inside prose.
    "2024-2025 jaarlijks evaluatie in jan-april 2025",
    # 004: the second sentence is an instruction, not a time.
    "Jaarlijks in oktober. Eens per vier jaar ondersteuningsaanbod opnieuw vast te stellen door MR-en. "
    "(Bij wijzigingen jaarlijks.)",
    # 004: the planning cell mixes a period with prose.
    "Gesprekken worden gevoerd in februari/ maart. Rapportage jaarlijks gereed in april.",
    "31 februari 2026",
    "",
    "morgen misschien",
]


@pytest.mark.parametrize(("tekst", "anker", "sj", "data"), KWALITEITSKALENDER_000 + SEED_004 + JAARPLAN_000)
def test_kwaliteitskalender_en_planning(tekst, anker, sj, data):
    regel = parse_regel(tekst, anker=anker)
    assert regel.herkend, regel.reden
    assert regel.data_in(sj) == data
    json.dumps(regel.to_dict())


@pytest.mark.parametrize(("tekst", "sj", "data"), PERIODES_003)
def test_perioden_003(tekst, sj, data):
    regel = parse_regel(tekst)
    assert regel.herkend, regel.reden
    assert regel.data_in(sj) == data


@pytest.mark.parametrize(("tekst", "sj", "aantal"), VERGADERINGEN_000)
def test_vergaderingen_000(tekst, sj, aantal):
    regel = parse_regel(tekst)
    assert regel.herkend
    assert len(regel.data_in(sj)) == aantal


@pytest.mark.parametrize("tekst", NIET_HERKEND)
def test_niet_herkend_blijft_tekst(tekst):
    regel = parse_regel(tekst)
    assert not regel.herkend
    assert regel.tekst == tekst
    assert regel.reden
    assert regel.data_in(SJ2526) == []


def test_voor_betekent_de_dag_ervoor():
    assert parse_regel("voor 1 januari 2026").data_in(SJ2526) == [date(2025, 12, 31)]
    assert parse_regel("uiterlijk 1 januari 2026").data_in(SJ2526) == [date(2026, 1, 1)]
    assert parse_regel("Jaarlijks uiterlijk 1 juli").data_in(SJ2526) == [date(2026, 7, 1)]


def test_structuur_van_de_regel():
    r = parse_regel("Een keer per vier jaar voor 1 mei", anker=2026)
    assert r.to_dict() == {
        "soort": "herhaling",
        "frequentie": "jaarlijks",
        "maand": 5,
        "dag": 1,
        "relatie": "voor",
        "anker": 2026,
        "interval": 4,
    }
    assert parse_regel("Drie keer per jaar (kwartaal)").to_dict() == {
        "soort": "herhaling",
        "frequentie": "keer-per-jaar",
        "keer-per-jaar": 3,
        "opmerking": "kwartaal",
    }
    assert parse_regel("Eén keer per vier jaar of na vaststelling van de landelijke norm").opmerking == (
        "of na vaststelling van de landelijke norm"
    )


def test_aantal_per_schooljaar():
    assert parse_regel("Drie keer per jaar (kwartaal)").aantal_per_schooljaar(SJ2526) == 3
    assert parse_regel("Per kwartaal").aantal_per_schooljaar(SJ2526) == 4
    assert parse_regel("Jaarlijks voor 1 juli").aantal_per_schooljaar(SJ2526) == 1
    assert parse_regel("Een keer per vier jaar voor 1 mei", anker=2026).aantal_per_schooljaar(SJ2526) == 1
    assert parse_regel("Een keer per vier jaar voor 1 mei", anker=2026).aantal_per_schooljaar(Schooljaar(2026)) == 0
    assert parse_regel("Continu").aantal_per_schooljaar(SJ2526) is None


def test_maandelijkse_reeks():
    r = parse_regel("elke eerste maandag van de maand")
    data = r.data_in(SJ2526)
    assert data[0] == date(2025, 8, 4)
    assert len(data) == 12
    assert all(d.weekday() == 0 and d.day <= 7 for d in data)
