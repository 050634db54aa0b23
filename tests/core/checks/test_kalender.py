"""SWV201-SWV207: weekends, public holidays, school holidays, missing holiday data, overlaps,
a rol needed in two places, deadlines on a day off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from .hulp import KK, SWV, VERG, check, dedent, kern, schrijf, van_code, waarde

VANDAAG = date(2025, 11, 1)


def vergaderingen(schooljaar: str = "2025-2026", **datums: str) -> str:
    """A vergaderingen file with one meeting per keyword: id=datum (orgaan = the id's first part)."""
    regels = [f"schooljaar: {schooljaar}", "vergaderingen:"]
    for ident, datum in datums.items():
        ident = ident.replace("_", "-")
        regels += [f"  - id: {ident}", f"    orgaan: {ident.split('-')[0]}", f"    datum: {datum}"]
    return "\n".join(regels) + "\n"


# -- SWV201: weekend ------------------------------------------------------------------------------------


def maak_swv201(map_: Path, datum: str) -> str:
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: 2025-09-10
          - id: opr-2526-02
            orgaan: opr
            datum: DATUM
        """).replace("DATUM", datum)
    schrijf(map_, {VERG: tekst})
    return tekst


def test_swv201_zaterdag(tmp_path: Path) -> None:
    tekst = maak_swv201(tmp_path, "2025-10-04")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV201") == [("SWV201", "waarschuwing", VERG, *waarde(tekst, "    datum: 2025-10-04"))]
    assert van_code(bevindingen, "SWV201")[0].melding == "OPR 4 oktober 2025 valt op een zaterdag"


def test_swv201_schoon(tmp_path: Path) -> None:
    maak_swv201(tmp_path, "2025-10-06")
    assert van_code(check(tmp_path, VANDAAG), "SWV201") == []


def test_swv201_geannuleerd_telt_niet(tmp_path: Path) -> None:
    tekst = maak_swv201(tmp_path, "2025-10-05") + "    status: geannuleerd\n"
    schrijf(tmp_path, {VERG: tekst})
    assert van_code(check(tmp_path, VANDAAG), "SWV201") == []


# -- SWV202: public holiday ------------------------------------------------------------------------------


def maak_swv202(map_: Path, koningsdag: str, paasdag: str) -> str:
    tekst = (
        dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: alv-2526-01
            orgaan: alv
            datum: PAASDAG
          - id: alv-2526-02
            orgaan: alv
            datum: KONINGSDAG
        """)
        .replace("PAASDAG", paasdag)
        .replace("KONINGSDAG", koningsdag)
    )
    schrijf(map_, {VERG: tekst})
    return tekst


def test_swv202_koningsdag_en_tweede_paasdag(tmp_path: Path) -> None:
    tekst = maak_swv202(tmp_path, koningsdag="2026-04-27", paasdag="2026-04-06")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV202") == [
        ("SWV202", "fout", VERG, *waarde(tekst, "    datum: 2026-04-06")),
        ("SWV202", "fout", VERG, *waarde(tekst, "    datum: 2026-04-27")),
    ]
    paas, konings = van_code(bevindingen, "SWV202")
    assert paas.melding == "ALV 6 april 2026 valt op een feestdag: Tweede paasdag"
    assert konings.melding == "ALV 27 april 2026 valt op een feestdag: Koningsdag"
    # Koningsdag 2026 lies in the meivakantie: the holiday is reported, not the school holiday
    assert van_code(bevindingen, "SWV203") == []


def test_swv202_schoon(tmp_path: Path) -> None:
    maak_swv202(tmp_path, koningsdag="2026-04-22", paasdag="2026-04-08")
    assert van_code(check(tmp_path, VANDAAG), "SWV202") == []


# -- SWV203: school holiday -------------------------------------------------------------------------------


def maak_swv203(map_: Path, regio: str, datum: str) -> str:
    swv = SWV.replace("regio: noord", f"regio: {regio}")
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: DATUM
        """).replace("DATUM", datum)
    schrijf(map_, {VERG: tekst}, swv=swv)
    return tekst


def test_swv203_herfstvakantie_noord(tmp_path: Path) -> None:
    tekst = maak_swv203(tmp_path, "noord", "2025-10-20")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV203") == [("SWV203", "waarschuwing", VERG, *waarde(tekst, "    datum: 2025-10-20"))]
    assert van_code(bevindingen, "SWV203")[0].melding == "OPR 20 oktober 2025 valt in de herfstvakantie (regio noord)"


def test_swv203_zuid_heeft_dan_geen_vakantie(tmp_path: Path) -> None:
    """Herfstvakantie zuid 2025 is 11-19 October: 20 October is a school day there."""
    maak_swv203(tmp_path, "zuid", "2025-10-20")
    assert van_code(check(tmp_path, VANDAAG), "SWV203") == []


def test_swv203_herfstvakantie_zuid(tmp_path: Path) -> None:
    tekst = maak_swv203(tmp_path, "zuid", "2025-10-13")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV203") == [("SWV203", "waarschuwing", VERG, *waarde(tekst, "    datum: 2025-10-13"))]
    assert "(regio zuid)" in van_code(bevindingen, "SWV203")[0].melding


def test_swv203_schoon(tmp_path: Path) -> None:
    maak_swv203(tmp_path, "noord", "2025-10-13")
    assert van_code(check(tmp_path, VANDAAG), "SWV203") == []


# -- SWV204: no holiday data --------------------------------------------------------------------------------


def maak_swv204(map_: Path, schooljaar: str, datums: tuple[str, ...]) -> str:
    tekst = vergaderingen(schooljaar, **{f"opr-{i}": d for i, d in enumerate(datums, 1)})
    schrijf(map_, {f"vergaderingen-{schooljaar}.yaml": tekst})
    return tekst


def test_swv204_geen_vakantiedata(tmp_path: Path) -> None:
    tekst = maak_swv204(tmp_path, "2031-2032", ("2031-10-01", "2031-11-12", "2032-03-10"))
    bevindingen = check(tmp_path, VANDAAG)
    # once per file, at the schooljaar key's value
    assert kern(bevindingen, "SWV204") == [
        ("SWV204", "info", "vergaderingen-2031-2032.yaml", *waarde(tekst, "schooljaar: 2031-2032"))
    ]
    assert "geen vakantiedata voor schooljaar 2031-2032" in bevindingen[0].melding


def test_swv204_schoon(tmp_path: Path) -> None:
    maak_swv204(tmp_path, "2025-2026", ("2025-10-01", "2025-11-12"))
    assert van_code(check(tmp_path, VANDAAG), "SWV204") == []


# -- SWV205: overlapping meetings of one orgaan -------------------------------------------------------------


def maak_swv205(map_: Path, tijd: str) -> str:
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: 2025-11-12
          - id: opr-2526-02
            orgaan: opr
            datum: 2025-11-12
            tijd: TIJD
        """).replace("TIJD", tijd)
    schrijf(map_, {VERG: tekst})
    return tekst


def test_swv205_overlap(tmp_path: Path) -> None:
    tekst = maak_swv205(tmp_path, "20:00-22:00")
    bevindingen = check(tmp_path, VANDAAG)
    # reported at the later of the two (opr-2526-01 has the orgaan's 19:30-21:30)
    assert kern(bevindingen, "SWV205") == [("SWV205", "fout", VERG, *waarde(tekst, "    datum: 2025-11-12", keer=2))]
    assert van_code(bevindingen, "SWV205")[0].melding == ("OPR 12 november 2025 (opr-2526-02) overlapt met opr-2526-01")


@pytest.mark.parametrize("tijd", ["21:30-22:30", "18:00-19:30"])
def test_swv205_schoon(tmp_path: Path, tijd: str) -> None:
    """Back-to-back meetings do not overlap."""
    maak_swv205(tmp_path, tijd)
    assert van_code(check(tmp_path, VANDAAG), "SWV205") == []


# -- SWV206: a rol in two places at once ------------------------------------------------------------------


def maak_swv206(map_: Path, tijd: str, orgaan: str = "alv") -> str:
    tekst = (
        dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: tb-2526-01
            orgaan: tb
            datum: 2025-11-12
          - id: ORGAAN-2526-01
            orgaan: ORGAAN
            datum: 2025-11-12
            tijd: TIJD
        """)
        .replace("TIJD", tijd)
        .replace("ORGAAN", orgaan)
    )
    schrijf(map_, {VERG: tekst})
    return tekst


def test_swv206_directeur_bestuurder_dubbel(tmp_path: Path) -> None:
    tekst = maak_swv206(tmp_path, "10:00-12:00")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV206") == [
        ("SWV206", "waarschuwing", VERG, *waarde(tekst, "    datum: 2025-11-12", keer=2))
    ]
    assert van_code(bevindingen, "SWV206")[0].melding == (
        "ALV 12 november 2025 overlapt met TB 12 november 2025; beide met: Directeur-bestuurder"
    )
    assert van_code(bevindingen, "SWV205") == []


@pytest.mark.parametrize("tijd", ["11:00-12:00", "08:00-09:30"])
def test_swv206_schoon_geen_overlap(tmp_path: Path, tijd: str) -> None:
    maak_swv206(tmp_path, tijd)
    assert van_code(check(tmp_path, VANDAAG), "SWV206") == []


def test_swv206_schoon_geen_gedeelde_rol(tmp_path: Path) -> None:
    """The klankbordgroep has only the beleidsadviseur; the TB has no beleidsadviseur."""
    maak_swv206(tmp_path, "10:00-12:00", orgaan="klankbordgroep")
    assert van_code(check(tmp_path, VANDAAG), "SWV206") == []


def test_swv206_rol_als_deelnemer(tmp_path: Path) -> None:
    tekst = maak_swv206(tmp_path, "10:00-12:00", orgaan="klankbordgroep") + ("    deelnemers: [directeur-bestuurder]\n")
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV206") == [
        ("SWV206", "waarschuwing", VERG, *waarde(tekst, "    datum: 2025-11-12", keer=2))
    ]
    assert "beide met: Directeur-bestuurder" in bevindingen[0].melding


# -- SWV207: deadline on a day off --------------------------------------------------------------------------


def maak_swv207(map_: Path, wanneer: str) -> str:
    kk = dedent("""\
        titel: Kwaliteitskalender
        categorieen:
          - naam: Documenten
            items:
              - id: beleidsnotitie
                wat: Beleidsnotitie PO/VO
                wanneer: WANNEER
        """).replace("WANNEER", wanneer)
    # a schooljaar to check: deadlines are computed per schooljaar of the plan folder
    schrijf(map_, {KK: kk, VERG: vergaderingen(opr_2526_01="2025-10-01")})
    return kk


def test_swv207_deadline_op_zaterdag(tmp_path: Path) -> None:
    kk = maak_swv207(tmp_path, "Jaarlijks voor 2 november")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV207") == [
        ("SWV207", "info", KK, *waarde(kk, "        wanneer: Jaarlijks voor 2 november"))
    ]
    assert van_code(bevindingen, "SWV207")[0].melding == (
        "'Beleidsnotitie PO/VO': de deadline 1 november 2025 valt op een zaterdag"
    )


def test_swv207_deadline_op_feestdag(tmp_path: Path) -> None:
    kk = maak_swv207(tmp_path, "Jaarlijks voor 28 april")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV207") == [
        ("SWV207", "info", KK, *waarde(kk, "        wanneer: Jaarlijks voor 28 april"))
    ]
    assert "27 april 2026 valt op een koningsdag" in van_code(bevindingen, "SWV207")[0].melding


def test_swv207_schoon(tmp_path: Path) -> None:
    """31 October 2025 is a Friday."""
    maak_swv207(tmp_path, "Jaarlijks voor 1 november")
    assert van_code(check(tmp_path, VANDAAG), "SWV207") == []


@pytest.mark.parametrize(
    ("datum", "naam"),
    [
        ("2026-04-03", "Goede vrijdag"),
        ("2026-05-14", "Hemelvaartsdag"),
        ("2026-05-25", "Tweede pinksterdag"),
        ("2025-12-25", "Eerste kerstdag"),
        ("2026-01-01", "Nieuwjaarsdag"),
    ],
)
def test_swv202_andere_feestdagen(tmp_path: Path, datum: str, naam: str) -> None:
    tekst = vergaderingen(alv_2526_01=datum)
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV202") == [("SWV202", "fout", VERG, *waarde(tekst, f"    datum: {datum}"))]
    assert bevindingen[0].melding.endswith(f"valt op een feestdag: {naam}")


def test_swv202_bevrijdingsdag_buiten_lustrumjaar(tmp_path: Path) -> None:
    """5 May 2026 is not a lustrum year: no public holiday (it is in no school holiday either)."""
    schrijf(tmp_path, {VERG: vergaderingen(alv_2526_01="2026-05-05")})
    assert van_code(check(tmp_path, VANDAAG), "SWV202") == []


# -- series (herhaling) -------------------------------------------------------------------------------------

REEKS = dedent("""\
    schooljaar: 2025-2026
    vergaderingen:
      - id: opr-2526-01
        orgaan: opr
        herhaling: iedere maandag
        van: VAN
        tot: TOT
        ook-in-vakanties: true
    """)


def test_swv201_reeks_in_het_weekend_eenmaal_op_herhaling(tmp_path: Path) -> None:
    tekst = REEKS.replace("iedere maandag", "iedere zaterdag").replace("VAN", "2025-09-01").replace("TOT", "2025-09-30")
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV201") == [
        ("SWV201", "waarschuwing", VERG, *waarde(tekst, "    herhaling: iedere zaterdag"))
    ]
    assert bevindingen[0].melding == "OPR 6 september 2025 valt op een zaterdag"


def test_swv202_reeks_ook_in_vakanties_op_feestdag(tmp_path: Path) -> None:
    tekst = REEKS.replace("VAN", "2026-04-01").replace("TOT", "2026-04-30")
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert [b.melding for b in van_code(bevindingen, "SWV202")] == [
        "OPR 6 april 2026 valt op een feestdag: Tweede paasdag",
        "OPR 27 april 2026 valt op een feestdag: Koningsdag",
    ]


def test_swv203_reeks_ook_in_vakanties_wordt_gemeld(tmp_path: Path) -> None:
    tekst = REEKS.replace("VAN", "2025-10-01").replace("TOT", "2025-10-31")
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = van_code(check(tmp_path, VANDAAG), "SWV203")
    assert [b.melding for b in bevindingen] == ["OPR 20 oktober 2025 valt in de herfstvakantie (regio noord)"]


def test_swv203_reeks_op_herhaling(tmp_path: Path) -> None:
    tekst = REEKS.replace("VAN", "2025-10-01").replace("TOT", "2025-10-31")
    schrijf(tmp_path, {VERG: tekst})
    assert kern(check(tmp_path, VANDAAG), "SWV203") == [
        ("SWV203", "waarschuwing", VERG, *waarde(tekst, "    herhaling: iedere maandag"))
    ]


def test_swv205_reeks_op_herhaling(tmp_path: Path) -> None:
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: 2025-10-01
            tijd: 18:00-20:00
          - id: opr-2526-02
            orgaan: opr
            herhaling: iedere woensdag
            van: 2025-09-24
            tot: 2025-10-08
        """)
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert [b.melding for b in van_code(bevindingen, "SWV205")] == [
        "OPR 1 oktober 2025 (opr-2526-02) overlapt met opr-2526-01"
    ]
    assert kern(bevindingen, "SWV205") == [("SWV205", "fout", VERG, *waarde(tekst, "    herhaling: iedere woensdag"))]
