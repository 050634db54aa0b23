"""Meetings of several days (`einddatum`) and meetings known only by their period (`wanneer:
december 2025`) in the checker: SWV103/SWV104 on the einddatum, overlaps on every day, the
governance checks counting a meeting once (its first day), and SWV307 for a period that lies
wholly before the deadline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from .hulp import KK, KK_OP, VERG, check, dedent, kern, plaats, schrijf, van_code, waarde
from .test_besluitvorming import KK_301, STAP_TB, VANDAAG

# -- structure -----------------------------------------------------------------------------------------------


def test_einddatum_niet_na_de_datum_swv103(tmp_path: Path) -> None:
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: 2025-10-02
            einddatum: 2025-10-02
        """)
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV103") == [("SWV103", "fout", VERG, *waarde(tekst, "    einddatum: 2025-10-02"))]
    assert van_code(bevindingen, "SWV103")[0].melding == (
        "vergadering opr-2526-01: de einddatum 2 oktober 2025 ligt niet na de datum 2 oktober 2025"
    )


def test_einddatum_buiten_het_schooljaar_swv104(tmp_path: Path) -> None:
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: 2026-07-30
            einddatum: 2026-08-03
        """)
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV104") == [("SWV104", "fout", VERG, *waarde(tekst, "    einddatum: 2026-08-03"))]
    assert van_code(bevindingen, "SWV104")[0].melding == (
        "vergadering opr-2526-01: 3 augustus 2026 valt buiten schooljaar 2025-2026"
    )


def test_einddatum_zonder_datum_is_onleesbaar(tmp_path: Path) -> None:
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            wanneer: voorjaar 2026
            einddatum: 2026-03-04
        """)
    schrijf(tmp_path, {VERG: tekst})
    (b,) = van_code(check(tmp_path, VANDAAG), "SWV100")
    assert "'einddatum' hoort bij een datum: de eerste dag van een vergadering van meer dagen" in b.melding


# -- calendar: every day of a meeting of several days --------------------------------------------------------


def test_swv206_op_de_tweede_dag(tmp_path: Path) -> None:
    """A two-day ALV (14:00-16:00 each day) overlaps a TB meeting (09:30-11:00 default, here 15:00) on day two."""
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: alv-2526-01
            orgaan: alv
            datum: 2025-11-11
            einddatum: 2025-11-12
          - id: tb-2526-01
            orgaan: tb
            datum: 2025-11-12
            tijd: 15:00-17:00
        """)
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV206") == [("SWV206", "waarschuwing", VERG, *waarde(tekst, "    datum: 2025-11-12"))]
    assert van_code(bevindingen, "SWV206")[0].melding == (
        "TB 12 november 2025 overlapt met ALV 12 november 2025; beide met: Directeur-bestuurder"
    )


def test_swv203_een_keer_per_vergadering(tmp_path: Path) -> None:
    """A two-day meeting inside the herfstvakantie (noord: 18-26 October 2025) is reported once."""
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: 2025-10-20
            einddatum: 2025-10-21
        """)
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV203") == [("SWV203", "waarschuwing", VERG, *waarde(tekst, "    datum: 2025-10-20"))]


def test_swv201_weekenddag_van_een_meerdaagse(tmp_path: Path) -> None:
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: 2025-11-07
            einddatum: 2025-11-09
        """)
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert [b.melding for b in van_code(bevindingen, "SWV201")] == ["OPR 8 november 2025 valt op een zaterdag"]


# -- governance: a meeting of several days counts once, from its first day -----------------------------------

KK_OPR = KK_OP.replace("Jaarlijks voor 1 mei", "Uiterlijk 1 december 2025")


@pytest.mark.parametrize(
    ("eerste", "laatste", "telt"),
    [("2025-11-30", "2025-12-01", True), ("2025-12-01", "2025-12-02", True), ("2025-12-02", "2025-12-03", False)],
)
def test_swv301_eerste_dag_telt(tmp_path: Path, eerste: str, laatste: str, telt: bool) -> None:
    verg = dedent(f"""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: {eerste}
            einddatum: {laatste}
            agenda: [{{kwaliteitskalender: ondersteuningsplan, stap: instemming}}]
        """)
    schrijf(tmp_path, {KK: KK_OPR, VERG: verg})
    gevonden = van_code(check(tmp_path, VANDAAG), "SWV301")
    assert (gevonden == []) is telt


def test_swv302_telt_een_meerdaagse_een_keer(tmp_path: Path) -> None:
    from .hulp import SWV

    swv = SWV.replace("    kort: OPR\n", "    kort: OPR\n    minimum-per-schooljaar: 2\n")
    verg = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: 2025-11-11
            einddatum: 2025-11-12
        """)
    schrijf(tmp_path, {VERG: verg, "swv.yaml": swv})
    assert [b.melding for b in van_code(check(tmp_path, VANDAAG), "SWV302")] == [
        "OPR vergadert in 2025-2026 1 keer; het minimum is 2"
    ]


def test_swv305_na_de_laatste_dag_een_keer(tmp_path: Path) -> None:
    verg = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: 2025-10-01
            einddatum: 2025-10-02
            agenda: [{kwaliteitskalender: ondersteuningsplan, stap: instemming}]
        """)
    schrijf(tmp_path, {KK: KK_OPR, VERG: verg})
    assert van_code(check(tmp_path, date(2025, 10, 16)), "SWV305") == []  # 14 days after the last day
    assert [b.melding for b in van_code(check(tmp_path, date(2025, 10, 17)), "SWV305")] == [
        "OPR vergaderde op 1 en 2 oktober 2025; bij 'Ondersteuningsplan' staat geen uitkomst"
    ]


# -- governance: a meeting known only by its period (SWV307) -------------------------------------------------

VERG_PERIODE = dedent("""\
    schooljaar: 2025-2026
    vergaderingen:
      - id: auditcommissie-2526-01
        orgaan: auditcommissie
        datum: 2025-11-19
        agenda: [{kwaliteitskalender: begroting, stap: advies}]
      - id: tb-2526-01
        orgaan: tb
        wanneer: WANNEER
        agenda: [{kwaliteitskalender: begroting, stap: goedkeuring}]
    """)


def maak_periode(map_: Path, wanneer: str) -> str:
    tekst = VERG_PERIODE.replace("WANNEER", wanneer)
    schrijf(map_, {KK: KK_301, VERG: tekst})
    return tekst


def test_swv307_periode_voor_de_deadline_telt(tmp_path: Path) -> None:
    """'Jaarlijks voor 1 januari': deadline 31 December 2025; the TB meets in December 2025, after
    the advies of 19 November and wholly before the deadline."""
    wanneer = "december 2025"
    tekst = maak_periode(tmp_path, wanneer)
    bevindingen = check(tmp_path, VANDAAG)
    assert van_code(bevindingen, "SWV301") == []
    assert kern(bevindingen, "SWV307") == [("SWV307", "info", VERG, *waarde(tekst, f"    wanneer: {wanneer}"))]
    (b,) = van_code(bevindingen, "SWV307")
    assert b.melding == (
        "TB december 2025 (tb-2526-01) telt als goedkeuring op 'Begroting' (deadline 31 december 2025): "
        "datum nog vaststellen"
    )
    assert b.hint == (
        "'december 2025' eindigt uiterlijk 31 december 2025, vóór de deadline. Zet de datum erin zodra die "
        "bekend is (scherm 4 Vergaderingen, toets d); pas dan staat de vergadering in de agenda's."
    )


def test_swv307_periode_na_de_deadline_blijft_fout(tmp_path: Path) -> None:
    """'voorjaar 2026' (March-May 2026) ends after 31 December 2025: the goedkeuring is missing."""
    maak_periode(tmp_path, "voorjaar 2026")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [STAP_TB]
    assert van_code(bevindingen, "SWV307") == []


def test_swv307_periode_over_de_deadline_heen_telt_niet(tmp_path: Path) -> None:
    """'december 2025 - januari 2026' is not wholly before 31 December 2025."""
    maak_periode(tmp_path, "dec 2025-jan 2026")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [STAP_TB]
    assert van_code(bevindingen, "SWV307") == []


def test_swv307_periode_die_voor_de_vorige_stap_begint(tmp_path: Path) -> None:
    """'najaar 2025' (September-November) may lie before the advies of 19 November: it cannot count
    as the goedkeuring after it."""
    maak_periode(tmp_path, "najaar 2025")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [STAP_TB]
    assert van_code(bevindingen, "SWV307") == []


@pytest.mark.parametrize("wanneer", ["ntb", "datum onbekend"])
def test_swv307_zonder_periode_blijft_fout(tmp_path: Path, wanneer: str) -> None:
    maak_periode(tmp_path, wanneer)
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [STAP_TB]
    assert van_code(bevindingen, "SWV307") == []


def test_swv307_gedateerde_vergadering_gaat_voor(tmp_path: Path) -> None:
    tekst = maak_periode(tmp_path, "december 2025") + (
        "  - id: tb-2526-02\n"
        "    orgaan: tb\n"
        "    datum: 2025-12-10\n"
        "    agenda: [{kwaliteitskalender: begroting, stap: goedkeuring}]\n"
    )
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert van_code(bevindingen, "SWV100") == []
    assert van_code(bevindingen, "SWV301") == [] and van_code(bevindingen, "SWV307") == []


def test_swv307_stap_buiten_de_volgorde(tmp_path: Path) -> None:
    """An informatie step (not in the besluitvolgorde) only has to be before the deadline."""
    kk = KK_301.replace(
        "          - stap: vaststelling\n",
        "          - stap: informatie\n            orgaan: alv\n          - stap: vaststelling\n",
    )
    assert kk != KK_301
    tekst = maak_periode(tmp_path, "december 2025") + (
        "  - id: alv-2526-01\n"
        "    orgaan: alv\n"
        "    wanneer: november 2025\n"
        "    agenda: [{kwaliteitskalender: begroting, stap: informatie}]\n"
    )
    schrijf(tmp_path, {KK: kk, VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert van_code(bevindingen, "SWV301") == []
    assert [(b.melding, b.regel) for b in van_code(bevindingen, "SWV307")] == [
        (
            "TB december 2025 (tb-2526-01) telt als goedkeuring op 'Begroting' (deadline 31 december 2025): "
            "datum nog vaststellen",
            plaats(tekst, "    wanneer: december 2025")[0],
        ),
        (
            "ALV november 2025 (alv-2526-01) telt als informatie op 'Begroting' (deadline 31 december 2025): "
            "datum nog vaststellen",
            plaats(tekst, "    wanneer: november 2025")[0],
        ),
    ]


@pytest.mark.parametrize(("tb", "volgorde_fout"), [("2025-12-10", False), ("2025-11-26", True)])
def test_swv307_periode_als_stap_ervoor(tmp_path: Path, tb: str, volgorde_fout: bool) -> None:
    """An advies known only as 'november 2025' counts with its last day, 30 November: a goedkeuring on
    10 December comes after it; one on 26 November may come before it, so the advies does not count."""
    tekst = dedent(f"""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: auditcommissie-2526-01
            orgaan: auditcommissie
            wanneer: november 2025
            agenda: [{{kwaliteitskalender: begroting, stap: advies}}]
          - id: tb-2526-01
            orgaan: tb
            datum: {tb}
            agenda: [{{kwaliteitskalender: begroting, stap: goedkeuring}}]
        """)
    schrijf(tmp_path, {KK: KK_301, VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert [b.melding for b in van_code(bevindingen, "SWV307")] == [
        "Auditcie november 2025 (auditcommissie-2526-01) telt als advies op 'Begroting' (deadline 31 december "
        "2025): datum nog vaststellen"
    ]
    if volgorde_fout:
        assert [b.melding for b in van_code(bevindingen, "SWV301")] == [
            "'Begroting' (uiterlijk 31 december 2025): goedkeuring door TB (26 november 2025) komt vóór advies "
            "door Auditcie (30 november 2025)"
        ]
    else:
        assert van_code(bevindingen, "SWV301") == []
