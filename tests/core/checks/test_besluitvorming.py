"""SWV301-SWV303: the besluitvorming of a kwaliteitskalender item before its deadline and in
order; bodies meeting often enough; recurring items on enough agendas."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from .hulp import KK, SWV, VERG, check, dedent, kern, plaats, schrijf, van_code, waarde

VANDAAG = date(2025, 11, 1)

# -- SWV301: besluitvorming not complete before the deadline ------------------------------------------------

KK_301 = dedent("""\
    titel: Kwaliteitskalender
    categorieen:
      - naam: 'Documenten: plannen'
        items:
          - id: begroting
            wat: Begroting
            wanneer: Jaarlijks voor 1 januari
            besluitvorming:
              - stap: advies
                orgaan: auditcommissie
              - stap: goedkeuring
                orgaan: tb
              - stap: vaststelling
                rol: directeur-bestuurder
    """)

VERG_301 = dedent("""\
    schooljaar: 2025-2026
    vergaderingen:
      - id: auditcommissie-2526-01
        orgaan: auditcommissie
        datum: ADVIESDATUM
        agenda: [{kwaliteitskalender: begroting, stap: advies}]
      - id: tb-2526-01
        orgaan: tb
        datum: TBDATUM
        status: STATUS
        agenda: TBAGENDA
    """)
OP_AGENDA = "[{kwaliteitskalender: begroting, stap: goedkeuring}]"


def maak_swv301(
    map_: Path, tb: str = "2025-12-10", advies: str = "2025-11-19", status: str = "gepland", agenda: str = OP_AGENDA
) -> str:
    """Auditcommissie advice on `advies`; a TB meeting on `tb` with `status` and `agenda`."""
    tekst = (
        VERG_301.replace("ADVIESDATUM", advies)
        .replace("TBDATUM", tb)
        .replace("STATUS", status)
        .replace("TBAGENDA", agenda)
    )
    schrijf(map_, {KK: KK_301, VERG: tekst})
    return tekst


# the finding points at the goedkeuring step (the list item) of the besluitvorming
STAP_TB = ("SWV301", "fout", KK, *plaats(KK_301, "          - stap: goedkeuring"))


def test_swv301_goedkeuring_ontbreekt(tmp_path: Path) -> None:
    maak_swv301(tmp_path, agenda="[{tekst: Rondvraag}]")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [STAP_TB]
    (b,) = van_code(bevindingen, "SWV301")
    assert b.melding == (
        "'Begroting' (uiterlijk 31 december 2025): goedkeuring door TB ontbreekt: geen vergadering van TB "
        "met dit item op de agenda uiterlijk 31 december 2025"
    )
    assert "na 19 november 2025" in b.hint and "uiterlijk 31 december 2025" in b.hint


def test_swv301_schoon(tmp_path: Path) -> None:
    maak_swv301(tmp_path, tb="2025-12-10")
    assert van_code(check(tmp_path, VANDAAG), "SWV301") == []


@pytest.mark.parametrize(
    "agenda",
    [
        "[{kwaliteitskalender: begroting}]",
        "[{tekst: Rondvraag}, {kwaliteitskalender: begroting, stap: goedkeuring}]",
    ],
)
def test_swv301_schoon_agendapunt_zonder_stap(tmp_path: Path, agenda: str) -> None:
    """An agenda item without 'stap' serves any step; other agenda items do not get in the way."""
    maak_swv301(tmp_path, tb="2025-12-10", agenda=agenda)
    assert van_code(check(tmp_path, VANDAAG), "SWV301") == []


def test_swv301_schoon_op_de_deadline(tmp_path: Path) -> None:
    maak_swv301(tmp_path, tb="2025-12-31")
    assert van_code(check(tmp_path, VANDAAG), "SWV301") == []


def test_swv301_te_laat(tmp_path: Path) -> None:
    maak_swv301(tmp_path, tb="2026-01-14")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [STAP_TB]
    assert "goedkeuring door TB ontbreekt" in bevindingen[0].melding
    assert "uiterlijk 31 december 2025" in bevindingen[0].melding


def test_swv301_andere_stap_op_de_agenda(tmp_path: Path) -> None:
    maak_swv301(tmp_path, tb="2025-12-10", agenda="[{kwaliteitskalender: begroting, stap: informatie}]")
    assert kern(check(tmp_path, VANDAAG), "SWV301") == [STAP_TB]


@pytest.mark.parametrize("status", ["geannuleerd", "reserve"])
def test_swv301_geannuleerd_of_reserve_telt_niet(tmp_path: Path, status: str) -> None:
    maak_swv301(tmp_path, status=status)
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [STAP_TB]
    assert "goedkeuring door TB ontbreekt" in bevindingen[0].melding


def test_swv301_volgorde_advies_na_goedkeuring(tmp_path: Path) -> None:
    maak_swv301(tmp_path, tb="2025-12-10", advies="2025-12-15")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [STAP_TB]
    (b,) = van_code(bevindingen, "SWV301")
    assert b.melding == (
        "'Begroting' (uiterlijk 31 december 2025): goedkeuring door TB (10 december 2025) komt vóór "
        "advies door Auditcie (15 december 2025)"
    )
    assert "komt vóór" in b.melding
    assert "na 15 december 2025" in b.hint


def test_swv301_advies_ontbreekt(tmp_path: Path) -> None:
    maak_swv301(tmp_path, tb="2025-12-10", advies="2026-01-07")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [("SWV301", "fout", KK, *plaats(KK_301, "          - stap: advies"))]
    assert "advies door Auditcie ontbreekt" in bevindingen[0].melding


def test_swv301_informatie_ontbreekt(tmp_path: Path) -> None:
    """'informatie' and 'overleg' only have to happen before the deadline."""
    kk = KK_301 + "          - stap: informatie\n            orgaan: opr\n"
    maak_swv301(tmp_path, tb="2025-12-10")
    schrijf(tmp_path, {KK: kk})
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [("SWV301", "fout", KK, *plaats(kk, "          - stap: informatie"))]
    assert "informatie door OPR ontbreekt" in bevindingen[0].melding


# -- SWV302: a body meets too rarely ---------------------------------------------------------------------

SWV_302 = SWV.replace(
    "    tijd: 19:30-21:30\n",
    "    tijd: 19:30-21:30\n    minimum-per-schooljaar: 4\n",
)


def maak_swv302(map_: Path, vierde: str) -> str:
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: 2025-10-01
          - id: opr-2526-02
            orgaan: opr
            datum: 2025-12-01
          - id: opr-2526-03
            orgaan: opr
            datum: 2026-02-11
          - id: opr-2526-04
            orgaan: opr
            datum: 2026-05-27
            status: STATUS
        """).replace("STATUS", vierde)
    schrijf(map_, {VERG: tekst}, swv=SWV_302)
    return tekst


@pytest.mark.parametrize("status", ["geannuleerd", "reserve"])
def test_swv302_te_weinig(tmp_path: Path, status: str) -> None:
    assert SWV_302 != SWV
    maak_swv302(tmp_path, status)
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV302") == [
        ("SWV302", "fout", "swv.yaml", *waarde(SWV_302, "    minimum-per-schooljaar: 4"))
    ]
    (b,) = van_code(bevindingen, "SWV302")
    assert b.melding == "OPR vergadert in 2025-2026 3 keer; het minimum is 4"
    assert "nog 1 vergadering(en) van OPR" in b.hint


@pytest.mark.parametrize("status", ["gepland", "verplaatst"])
def test_swv302_schoon(tmp_path: Path, status: str) -> None:
    maak_swv302(tmp_path, status)
    assert van_code(check(tmp_path, VANDAAG), "SWV302") == []


# -- SWV303: recurring item on too few agendas ---------------------------------------------------------

KK_303 = dedent("""\
    titel: Kwaliteitskalender
    categorieen:
      - naam: 'Documenten: verantwoording'
        items:
          - id: managementrapportage
            wat: Managementrapportage financieel
            wanneer: Drie keer per jaar
    """)


def maak_swv303(map_: Path, derde: str | None) -> str:
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: tb-2526-01
            orgaan: tb
            datum: 2025-12-10
            agenda:
              - kwaliteitskalender: managementrapportage
          - id: tb-2526-02
            orgaan: tb
            datum: 2026-04-15
            agenda:
              - kwaliteitskalender: managementrapportage
          - id: tb-2526-03
            orgaan: tb
            datum: 2026-06-10
        """)
    if derde is not None:
        tekst += f"    status: {derde}\n    agenda:\n      - kwaliteitskalender: managementrapportage\n"
    schrijf(map_, {KK: KK_303, VERG: tekst})
    return tekst


@pytest.mark.parametrize("derde", [None, "geannuleerd"])
def test_swv303_te_weinig_ingepland(tmp_path: Path, derde: str | None) -> None:
    maak_swv303(tmp_path, derde)
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV303") == [
        ("SWV303", "waarschuwing", KK, *waarde(KK_303, "        wanneer: Drie keer per jaar"))
    ]
    (b,) = van_code(bevindingen, "SWV303")
    assert b.melding == (
        "'Managementrapportage financieel' (Drie keer per jaar) staat in 2025-2026 op 2 "
        "vergaderagenda('s); de regel vraagt 3 keer"
    )
    assert "nog 1 vergadering(en)" in b.hint


def test_swv303_schoon(tmp_path: Path) -> None:
    maak_swv303(tmp_path, "gepland")
    assert van_code(check(tmp_path, VANDAAG), "SWV303") == []


# -- SWV301: two steps of the same kind -------------------------------------------------------------------

KK_TWEE_ADVIEZEN = dedent("""\
    titel: Kwaliteitskalender
    categorieen:
      - naam: 'Documenten: plannen'
        items:
          - id: begroting
            wat: Begroting
            wanneer: Jaarlijks voor 1 januari
            besluitvorming:
              - stap: advies
                orgaan: klankbordgroep
              - stap: advies
                orgaan: auditcommissie
              - stap: goedkeuring
                orgaan: tb
    """)


def maak_twee_adviezen(map_: Path, audit: str, klankbord: str) -> None:
    tekst = (
        dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: auditcommissie-2526-01
            orgaan: auditcommissie
            datum: AUDIT
            agenda: [{kwaliteitskalender: begroting, stap: advies}]
          - id: klankbordgroep-2526-01
            orgaan: klankbordgroep
            datum: KLANKBORD
            agenda: [{kwaliteitskalender: begroting, stap: advies}]
          - id: tb-2526-01
            orgaan: tb
            datum: 2025-12-10
            agenda: [{kwaliteitskalender: begroting, stap: goedkeuring}]
        """)
        .replace("AUDIT", audit)
        .replace("KLANKBORD", klankbord)
    )
    schrijf(map_, {KK: KK_TWEE_ADVIEZEN, VERG: tekst})


def test_swv301_twee_adviezen_in_lijstvolgorde(tmp_path: Path) -> None:
    maak_twee_adviezen(tmp_path, audit="2025-11-20", klankbord="2025-11-10")
    assert van_code(check(tmp_path, VANDAAG), "SWV301") == []


def test_swv301_goedkeuring_voor_tweede_advies(tmp_path: Path) -> None:
    maak_twee_adviezen(tmp_path, audit="2025-12-15", klankbord="2025-11-10")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [
        ("SWV301", "fout", KK, *plaats(KK_TWEE_ADVIEZEN, "          - stap: goedkeuring"))
    ]
    assert "goedkeuring door TB (10 december 2025) komt vóór advies door Auditcie (15 december 2025)" in (
        bevindingen[0].melding
    )


def test_swv301_twee_adviezen_in_andere_volgorde(tmp_path: Path) -> None:
    maak_twee_adviezen(tmp_path, audit="2025-11-10", klankbord="2025-11-20")
    assert van_code(check(tmp_path, VANDAAG), "SWV301") == []


# -- SWV301: a deadline early in the schooljaar ---------------------------------------------------------

KK_OKTOBER = dedent("""\
    titel: Kwaliteitskalender
    categorieen:
      - naam: 'Documenten: plannen'
        items:
          - id: beleidsnotitie-po-vo
            wat: Beleidsnotitie PO/VO
            wanneer: Jaarlijks voor 1 oktober
            besluitvorming:
              - stap: advies
                orgaan: klankbordgroep
    """)


def test_swv301_vergadering_in_vorig_schooljaar_telt(tmp_path: Path) -> None:
    vorig = dedent("""\
        schooljaar: 2024-2025
        vergaderingen:
          - id: klankbordgroep-2425-01
            orgaan: klankbordgroep
            datum: 2024-09-16
            agenda: [{kwaliteitskalender: beleidsnotitie-po-vo, stap: advies}]
          - id: klankbordgroep-2425-02
            orgaan: klankbordgroep
            datum: 2025-06-16
            agenda: [{kwaliteitskalender: beleidsnotitie-po-vo, stap: advies}]
        """)
    dit = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: klankbordgroep-2526-01
            orgaan: klankbordgroep
            datum: 2025-11-17
        """)
    schrijf(tmp_path, {KK: KK_OKTOBER, "vergaderingen-2024-2025.yaml": vorig, VERG: dit})
    assert van_code(check(tmp_path, VANDAAG), "SWV301") == []


def test_swv301_deadline_vroeg_in_het_schooljaar(tmp_path: Path) -> None:
    dit = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: klankbordgroep-2526-01
            orgaan: klankbordgroep
            datum: 2025-09-15
            agenda: [{kwaliteitskalender: beleidsnotitie-po-vo, stap: advies}]
        """)
    schrijf(tmp_path, {KK: KK_OKTOBER, VERG: dit})
    assert van_code(check(tmp_path, VANDAAG), "SWV301") == []
    schrijf(tmp_path, {VERG: dit.replace("2025-09-15", "2025-10-06")})
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV301") == [("SWV301", "fout", KK, *plaats(KK_OKTOBER, "          - stap: advies"))]
    assert "uiterlijk 30 september 2025" in bevindingen[0].melding


# -- SWV304: an empty vergaderplanning is not planned yet -------------------------------------------------

VERG_LEEG = "schooljaar: 2025-2026\nvergaderingen: []\n"


def test_swv304_lege_vergaderplanning(tmp_path: Path) -> None:
    """An empty vergaderplanning (as init writes it) gives one waarschuwing instead of a fout per
    missing step (SWV301) and per body below its minimum (SWV302)."""
    schrijf(tmp_path, {KK: KK_301, VERG: VERG_LEEG}, swv=SWV_302)
    bevindingen = check(tmp_path, VANDAAG)
    assert [(b.code, b.ernst, Path(b.bestand).name, b.regel, b.kolom) for b in bevindingen] == [
        ("SWV304", "waarschuwing", VERG, *waarde(VERG_LEEG, "vergaderingen: []"))
    ]
    assert bevindingen[0].melding == (
        "de vergaderplanning 2025-2026 heeft nog geen vergaderingen; besluitvorming en minimum aantal "
        "vergaderingen worden gecontroleerd zodra er een in staat"
    )


def test_swv304_een_vergadering_en_alles_wordt_gecontroleerd(tmp_path: Path) -> None:
    """One meeting, even a cancelled one, and the planning counts as planned: SWV301 and SWV302 report."""
    verg = VERG_LEEG.replace(
        "vergaderingen: []\n",
        "vergaderingen:\n  - id: opr-2526-01\n    orgaan: opr\n    datum: 2025-10-01\n    status: geannuleerd\n",
    )
    schrijf(tmp_path, {KK: KK_301, VERG: verg}, swv=SWV_302)
    bevindingen = check(tmp_path, VANDAAG)
    assert van_code(bevindingen, "SWV304") == []
    assert [b.melding for b in van_code(bevindingen, "SWV302")] == [
        "OPR vergadert in 2025-2026 0 keer; het minimum is 4"
    ]
    assert len(van_code(bevindingen, "SWV301")) == 2  # goedkeuring by TB, advies by the auditcommissie
