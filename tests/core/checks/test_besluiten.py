"""What meetings decided: outcomes per agenda point (uitkomst), aanwezig and actiepunten in the YAML;
SWV301 does not count a held meeting that withheld the step; SWV305 (outcome not recorded) and SWV306
(actiepunt over tijd)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from .hulp import KK, KK_OP, VERG, check, dedent, kern, plaats, schrijf, van_code, waarde

VERG_OP = dedent("""\
    schooljaar: 2025-2026
    vergaderingen:
      - id: opr-2526-03
        orgaan: opr
        datum: 2026-04-15
        agenda:
          - kwaliteitskalender: ondersteuningsplan
            stap: instemming
    UITKOMST
    """)

STAP_OPR = ("SWV301", "fout", KK, *plaats(KK_OP, "          - stap: instemming"))


def maak(map_: Path, extra: str = "") -> str:
    """The OPR meets on 15 April 2026 with the OP (instemming) on its agenda; `extra` lines are added
    to that agenda point (indented as its keys)."""
    tekst = VERG_OP.replace("UITKOMST\n", "".join(f"        {r}\n" for r in extra.splitlines()))
    schrijf(map_, {KK: KK_OP, VERG: tekst})
    return tekst


# -- SWV301 reads the outcome of a held meeting -------------------------------------------------------------


def test_instemming_onthouden_telt_niet(tmp_path: Path) -> None:
    maak(tmp_path, "uitkomst: instemming-onthouden")
    bevindingen = check(tmp_path, date(2026, 4, 20))
    assert kern(bevindingen, "SWV301") == [STAP_OPR]
    (b,) = van_code(bevindingen, "SWV301")
    assert b.melding == (
        "OPR heeft op 15 april 2026 geen instemming verleend op 'Ondersteuningsplan'; deadline 30 april 2026"
    )
    assert b.hint == (
        "Zet 'Ondersteuningsplan' (stap: instemming) opnieuw op de agenda van een vergadering van OPR uiterlijk "
        "30 april 2026, of plan zo'n vergadering."
    )


def test_aangehouden_telt_niet(tmp_path: Path) -> None:
    maak(tmp_path, "uitkomst: aangehouden")
    (b,) = van_code(check(tmp_path, date(2026, 4, 15)), "SWV301")  # the day of the meeting counts as held
    assert b.melding == (
        "OPR heeft 'Ondersteuningsplan' op 15 april 2026 aangehouden: de instemming is niet gegeven; "
        "deadline 30 april 2026"
    )


def test_uitkomst_van_een_komende_vergadering_telt_nog_niet(tmp_path: Path) -> None:
    maak(tmp_path, "uitkomst: instemming-onthouden")
    assert van_code(check(tmp_path, date(2026, 4, 14)), "SWV301") == []


@pytest.mark.parametrize("uitkomst", ["instemming-verleend", None])
def test_andere_uitkomst_telt(tmp_path: Path, uitkomst: str | None) -> None:
    maak(tmp_path, f"uitkomst: {uitkomst}" if uitkomst else "")
    assert van_code(check(tmp_path, date(2026, 4, 20)), "SWV301") == []


def test_alleen_besproken_is_geen_instemming(tmp_path: Path) -> None:
    """'besproken' is discussed without a decision: it does not give the instemming that was asked
    (before: it counted as the instemming, and the OP looked ready for adoption)."""
    maak(tmp_path, "uitkomst: besproken")
    bevindingen = check(tmp_path, date(2026, 4, 20))
    assert kern(bevindingen, "SWV301") == [STAP_OPR]
    (b,) = van_code(bevindingen, "SWV301")
    assert b.melding == (
        "OPR heeft 'Ondersteuningsplan' op 15 april 2026 alleen besproken: de instemming is niet gegeven; "
        "deadline 30 april 2026"
    )
    assert b.hint == (
        "Zet 'Ondersteuningsplan' (stap: instemming) opnieuw op de agenda van een vergadering van OPR uiterlijk "
        "30 april 2026, of plan zo'n vergadering."
    )


def test_besproken_is_de_bespreking(tmp_path: Path) -> None:
    """For a step bespreking (or overleg, informatie) 'besproken' is just what was asked."""
    schrijf(
        tmp_path,
        {
            KK: KK_OP.replace("stap: instemming", "stap: bespreking"),
            VERG: VERG_OP.replace("stap: instemming", "stap: bespreking").replace(
                "UITKOMST\n", "        uitkomst: besproken\n"
            ),
        },
    )
    assert van_code(check(tmp_path, date(2026, 4, 20)), "SWV301") == []


def test_latere_vergadering_met_instemming_telt(tmp_path: Path) -> None:
    tekst = maak(tmp_path, "uitkomst: instemming-onthouden")
    tekst += dedent("""\
          - id: opr-2526-04
            orgaan: opr
            datum: 2026-04-29
            agenda: [{kwaliteitskalender: ondersteuningsplan, stap: instemming, uitkomst: instemming-verleend}]
        """)
    schrijf(tmp_path, {VERG: tekst})
    assert van_code(check(tmp_path, date(2026, 5, 20)), "SWV301") == []


# -- validation of the new keys: Dutch, at file:line:column ------------------------------------------------


def test_onbekende_uitkomst(tmp_path: Path) -> None:
    tekst = maak(tmp_path, "uitkomst: instemming")
    bevindingen = check(tmp_path, date(2026, 4, 20))
    assert kern(bevindingen, "SWV100") == [("SWV100", "fout", VERG, *waarde(tekst, "        uitkomst: instemming"))]
    (b,) = bevindingen
    assert b.melding == (
        "ongeldige waarde 'instemming' voor 'uitkomst': kies uit 'instemming-verleend', 'instemming-onthouden', "
        "'positief-advies', 'negatief-advies', 'goedgekeurd', 'vastgesteld', 'aangehouden', 'besproken' of "
        "'ter-kennisname'"
    )


ACTIEPUNTEN = dedent("""\
    schooljaar: 2025-2026
    vergaderingen:
      - id: opr-2526-03
        orgaan: opr
        datum: 2026-04-15
        aanwezig:
          rollen: [secretariaat]
          namen: [J. de Vries, A. Bakker]
        actiepunten:
          - wat: Reactie OPR verwerken in het ondersteuningsplan
            wie: {tekst: Secretariaat, rollen: [secretariaat]}
            wanneer: 2026-05-01
          - id: notulen-opr-0415
            wat: Notulen rondsturen
            wanneer: 2026-04-22
            status: gereed
          - wat: Datum extra vergadering zoeken
    """)


def test_actiepunt_zonder_wat(tmp_path: Path) -> None:
    tekst = ACTIEPUNTEN.replace("      - wat: Datum extra vergadering zoeken\n", "      - wie: Voorzitter\n")
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, date(2026, 4, 20))
    assert kern(bevindingen, "SWV100") == [("SWV100", "fout", VERG, *plaats(tekst, "      - wie: Voorzitter"))]
    assert bevindingen[0].melding == "het verplichte veld 'wat' ontbreekt"


def test_actiepunt_wanneer_is_een_datum(tmp_path: Path) -> None:
    tekst = ACTIEPUNTEN.replace("wanneer: 2026-05-01", "wanneer: volgende week")
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, date(2026, 4, 20))
    assert kern(bevindingen, "SWV100") == [("SWV100", "fout", VERG, *waarde(tekst, "        wanneer: volgende week"))]
    assert bevindingen[0].melding == "'volgende week' is geen datum: schrijf JJJJ-MM-DD, bijvoorbeeld 2025-12-08"


def test_aanwezig_onbekende_sleutel(tmp_path: Path) -> None:
    tekst = ACTIEPUNTEN.replace("      namen: [J. de Vries", "      naam: [J. de Vries")
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, date(2026, 4, 20))
    assert kern(bevindingen, "SWV100") == [
        ("SWV100", "fout", VERG, *plaats(tekst, "      naam: [J. de Vries, A. Bakker]"))
    ]
    assert bevindingen[0].melding == "onbekende sleutel 'naam'; bedoelt u 'namen'?"


# -- SWV306: actiepunt over tijd ------------------------------------------------------------------------------


def test_swv306_actiepunt_over_tijd(tmp_path: Path) -> None:
    schrijf(tmp_path, {VERG: ACTIEPUNTEN})
    assert van_code(check(tmp_path, date(2026, 5, 1)), "SWV306") == []  # due today: not yet over
    bevindingen = check(tmp_path, date(2026, 5, 2))
    # the second (gereed) and the third (no date) are never over tijd
    assert kern(bevindingen, "SWV306") == [
        ("SWV306", "waarschuwing", VERG, *waarde(ACTIEPUNTEN, "        wanneer: 2026-05-01"))
    ]
    (b,) = van_code(bevindingen, "SWV306")
    assert b.melding == (
        "actiepunt 'Reactie OPR verwerken in het ondersteuningsplan' (Secretariaat) van vergadering opr-2526-03 "
        "moest uiterlijk 1 mei 2026 klaar zijn en staat nog open"
    )


# -- SWV305: outcome not recorded after the grace period --------------------------------------------------------


def test_swv305_na_veertien_dagen(tmp_path: Path) -> None:
    tekst = maak(tmp_path)
    assert van_code(check(tmp_path, date(2026, 4, 29)), "SWV305") == []  # 14 days after: still in time
    bevindingen = check(tmp_path, date(2026, 4, 30))
    assert kern(bevindingen, "SWV305") == [
        ("SWV305", "info", VERG, *plaats(tekst, "      - kwaliteitskalender: ondersteuningsplan"))
    ]
    (b,) = van_code(bevindingen, "SWV305")
    assert b.melding == "OPR vergaderde op 15 april 2026; bij 'Ondersteuningsplan' staat geen uitkomst"
    assert [x.code for x in bevindingen if x.ernst == "fout"] == []


def test_swv305_niet_met_uitkomst(tmp_path: Path) -> None:
    maak(tmp_path, "uitkomst: instemming-verleend\nbesluit: De OPR stemt in met het ondersteuningsplan.")
    assert van_code(check(tmp_path, date(2026, 6, 1)), "SWV305") == []


def test_onbekende_rol_bij_aanwezig_en_actiepunt(tmp_path: Path) -> None:
    tekst = ACTIEPUNTEN.replace("rollen: [secretariaat]\n", "rollen: [secretaris]\n").replace(
        "rollen: [secretariaat]}", "rollen: [voorzitter]}"
    )
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, date(2026, 4, 20))
    assert kern(bevindingen, "SWV102") == [
        ("SWV102", "fout", VERG, *plaats(tekst, "      rollen: [secretaris]", "secretaris")),
        (
            "SWV102",
            "fout",
            VERG,
            *plaats(tekst, "        wie: {tekst: Secretariaat, rollen: [voorzitter]}", "voorzitter"),
        ),
    ]
    assert [b.melding for b in van_code(bevindingen, "SWV102")] == [
        "onbekende rol 'secretaris'; bedoelt u 'secretariaat'?",
        "onbekende rol 'voorzitter'",
    ]


def test_dubbel_id_van_actiepunt(tmp_path: Path) -> None:
    tekst = ACTIEPUNTEN.replace(
        "      - wat: Datum extra vergadering zoeken\n", "      - id: notulen-opr-0415\n        wat: Datum zoeken\n"
    )
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, date(2026, 4, 20))
    assert kern(bevindingen, "SWV101") == [
        ("SWV101", "fout", VERG, *waarde(tekst, "      - id: notulen-opr-0415", keer=2))
    ]
