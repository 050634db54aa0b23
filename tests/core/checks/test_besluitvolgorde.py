"""SWV301 with the organisation's besluitvolgorde (swv.yaml), the step kinds aanleveren, controle and
bespreking, and the item's grondslag at the end of the hint."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import get_args

from swvplanner.core.model.kwaliteitskalender import STAP_NL, Stap

from .hulp import KK, SWV, VERG, check, dedent, kern, plaats, schrijf, van_code

VANDAAG = date(2025, 11, 1)

KK_OP = dedent("""\
    titel: Kwaliteitskalender
    categorieen:
      - naam: 'Documenten: plannen'
        items:
          - id: begroting
            wat: Begroting
            wanneer: Jaarlijks voor 1 januari
            besluitvorming:
              - stap: instemming
                orgaan: opr
              - stap: goedkeuring
                orgaan: tb
              - stap: vaststelling
                rol: directeur-bestuurder
    """)

VERG_OP = dedent("""\
    schooljaar: 2025-2026
    vergaderingen:
      - id: opr-2526-01
        orgaan: opr
        datum: OPRDATUM
        agenda: [{kwaliteitskalender: begroting, stap: instemming}]
      - id: tb-2526-01
        orgaan: tb
        datum: 2025-12-10
        agenda: [{kwaliteitskalender: begroting, stap: goedkeuring}]
    """)

GOEDKEURING_EERST = SWV + "besluitvolgorde: [advies, goedkeuring, instemming, vaststelling]\n"
STAP_OPR = ("SWV301", "fout", KK, *plaats(KK_OP, "          - stap: instemming"))
STAP_TB = ("SWV301", "fout", KK, *plaats(KK_OP, "          - stap: goedkeuring"))


def maak(map_: Path, opr: str, swv: str = SWV, kk: str = KK_OP) -> None:
    schrijf(map_, {KK: kk, VERG: VERG_OP.replace("OPRDATUM", opr)}, swv=swv)


def test_stap_nl_noemt_elke_stap() -> None:
    """One vocabulary for every step kind: no KeyError for a kind the model allows."""
    assert set(STAP_NL) == set(get_args(Stap))


def test_standaardvolgorde_instemming_voor_goedkeuring(tmp_path: Path) -> None:
    maak(tmp_path, opr="2025-12-01")
    assert van_code(check(tmp_path, VANDAAG), "SWV301") == []
    maak(tmp_path, opr="2025-12-15")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [STAP_TB]
    (b,) = van_code(bevindingen, "SWV301")
    assert b.melding == (
        "'Begroting' (uiterlijk 31 december 2025): goedkeuring door TB (10 december 2025) komt vóór "
        "instemming door OPR (15 december 2025)"
    )
    assert b.hint == (
        "De volgorde is advies → instemming → goedkeuring → vaststelling: plan TB na 15 december 2025 en "
        "uiterlijk 31 december 2025."
    )


def test_goedkeuring_voor_instemming_volgens_swv_yaml(tmp_path: Path) -> None:
    """besluitvolgorde in swv.yaml turns the order round: the OPR now has to come after the TB."""
    maak(tmp_path, opr="2025-12-15", swv=GOEDKEURING_EERST)
    assert van_code(check(tmp_path, VANDAAG), "SWV301") == []
    maak(tmp_path, opr="2025-12-01", swv=GOEDKEURING_EERST)
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [STAP_OPR]
    (b,) = van_code(bevindingen, "SWV301")
    assert b.melding == (
        "'Begroting' (uiterlijk 31 december 2025): instemming door OPR (1 december 2025) komt vóór "
        "goedkeuring door TB (10 december 2025)"
    )
    assert b.hint == (
        "De volgorde is advies → goedkeuring → instemming → vaststelling: plan OPR na 10 december 2025 en "
        "uiterlijk 31 december 2025."
    )


def test_stap_buiten_de_volgorde_hoeft_alleen_voor_de_deadline(tmp_path: Path) -> None:
    """A besluitvolgorde without instemming: the OPR's instemming only has to be before the deadline."""
    maak(tmp_path, opr="2025-12-15", swv=SWV + "besluitvolgorde: [goedkeuring, vaststelling]\n")
    assert van_code(check(tmp_path, VANDAAG), "SWV301") == []


KK_NIEUWE_STAPPEN = dedent("""\
    titel: Kwaliteitskalender
    categorieen:
      - naam: 'Documenten: verantwoording'
        items:
          - id: jaarverslag
            wat: Jaarverslag
            wanneer: Jaarlijks voor 1 juli
            grondslag: WPO art. 171 lid 1 (voor 1 juli aan DUO)
            besluitvorming:
              - stap: controle
                rol: accountant
              - stap: bespreking
                orgaan: opr
              - stap: goedkeuring
                orgaan: tb
              - stap: aanleveren
                rol: directeur-bestuurder
                aan: DUO
    """)

SWV_ACCOUNTANT = SWV.replace("overlegorganen:\n", "  - id: accountant\n    naam: Accountant\noverlegorganen:\n", 1)


def test_nieuwe_stappen_van_een_rol_vragen_geen_vergadering(tmp_path: Path) -> None:
    """controle and aanleveren by a rol need no meeting; bespreking by an orgaan needs the item on its
    agenda like any step (before: KeyError 'bespreking')."""
    verg = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: tb-2526-01
            orgaan: tb
            datum: 2026-06-10
            agenda: [{kwaliteitskalender: jaarverslag, stap: goedkeuring}]
          - id: opr-2526-01
            orgaan: opr
            datum: 2026-06-03
            agenda: [{tekst: Rondvraag}]
        """)
    schrijf(tmp_path, {KK: KK_NIEUWE_STAPPEN, VERG: verg}, swv=SWV_ACCOUNTANT)
    bevindingen = check(tmp_path, VANDAAG)
    assert [b.code for b in bevindingen if b.ernst == "fout"] == ["SWV301"]
    assert kern(bevindingen, "SWV301") == [
        ("SWV301", "fout", KK, *plaats(KK_NIEUWE_STAPPEN, "          - stap: bespreking"))
    ]
    (b,) = van_code(bevindingen, "SWV301")
    assert b.melding == (
        "'Jaarverslag' (uiterlijk 30 juni 2026): bespreking door OPR ontbreekt: geen vergadering van OPR met "
        "dit item op de agenda uiterlijk 30 juni 2026"
    )
    assert b.hint == (
        "Zet 'Jaarverslag' (stap: bespreking) op de agenda van een vergadering van OPR uiterlijk 30 juni 2026, "
        "of plan zo'n vergadering. Grondslag: WPO art. 171 lid 1 (voor 1 juli aan DUO)"
    )
    schrijf(tmp_path, {VERG: verg.replace("[{tekst: Rondvraag}]", "[{kwaliteitskalender: jaarverslag}]")})
    assert van_code(check(tmp_path, VANDAAG), "SWV301") == []


def test_grondslag_sluit_de_hint_af(tmp_path: Path) -> None:
    """A folded grondslag over two lines reads as one line at the end of the hint."""
    kk = KK_OP.replace(
        "        wanneer: Jaarlijks voor 1 januari\n",
        "        wanneer: Jaarlijks voor 1 januari\n"
        "        grondslag: >-\n          Eigen norm van het\n          samenwerkingsverband\n",
    )
    assert kk != KK_OP
    maak(tmp_path, opr="2025-12-15", kk=kk)
    (b,) = van_code(check(tmp_path, VANDAAG), "SWV301")
    assert b.hint.endswith("uiterlijk 31 december 2025. Grondslag: Eigen norm van het samenwerkingsverband")


def test_besluitvolgorde_dubbel_is_een_fout(tmp_path: Path) -> None:
    maak(tmp_path, opr="2025-12-01", swv=SWV + "besluitvolgorde: [advies, advies]\n")
    (b,) = check(tmp_path, VANDAAG)
    assert "de besluitvolgorde noemt advies meer dan eens" in b.melding
