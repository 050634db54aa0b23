"""SWV401-SWV405: acties without wie or wanneer, overdue acties, ontwikkelpunten nobody works on,
unfinished acties of last year that were not carried over."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from .hulp import JP, SWV, check, dedent, kern, plaats, schrijf, van_code, waarde

VANDAAG = date(2025, 11, 1)


def jaarplan(actie: str, schooljaar: str = "2025-2026", ontwikkelpunten: str = "[1]") -> str:
    """A jaarplan with one onderdeel holding one doel with the given actie lines (already indented)."""
    return (
        dedent("""\
        schooljaar: SCHOOLJAAR
        onderdelen:
          - id: basisondersteuning
            soort: ontwikkelpunt
            titel: Basisondersteuning
            ontwikkelpunten: PUNTEN
            doelen:
              - tekst: Alle scholen realiseren de basisondersteuning.
                acties:
        """)
        .replace("SCHOOLJAAR", schooljaar)
        .replace("PUNTEN", ontwikkelpunten)
        + actie
    )


# -- SWV401 / SWV402: actie without wie / wanneer -------------------------------------------------------

ACTIE_VOL = (
    "          - id: basis-01\n"
    "            wat: Basisondersteuning in het kwaliteitssysteem opnemen\n"
    "            wie: Schoolbesturen\n"
    "            wanneer: Continu\n"
)


def _zonder(sleutel: str | None) -> str:
    if sleutel is None:
        return ACTIE_VOL
    actie = "".join(r for r in ACTIE_VOL.splitlines(keepends=True) if not r.strip().startswith(f"{sleutel}:"))
    assert actie != ACTIE_VOL
    return actie


def maak_swv401(map_: Path, zonder_wie: bool) -> str:
    tekst = jaarplan(_zonder("wie" if zonder_wie else None))
    schrijf(map_, {JP: tekst})
    return tekst


def maak_swv402(map_: Path, zonder_wanneer: bool) -> str:
    tekst = jaarplan(_zonder("wanneer" if zonder_wanneer else None))
    schrijf(map_, {JP: tekst})
    return tekst


def test_swv401_actie_zonder_wie(tmp_path: Path) -> None:
    tekst = maak_swv401(tmp_path, zonder_wie=True)
    bevindingen = check(tmp_path, VANDAAG)
    # the whole actie is reported: its list item (where its first key starts)
    assert kern(bevindingen, "SWV401") == [("SWV401", "waarschuwing", JP, *plaats(tekst, "          - id: basis-01"))]
    assert van_code(bevindingen, "SWV401")[0].melding == "actie basis-01 heeft geen 'wie'"
    assert van_code(bevindingen, "SWV402") == []


def test_swv401_lege_wie(tmp_path: Path) -> None:
    tekst = jaarplan(ACTIE_VOL.replace("wie: Schoolbesturen", "wie: ' '"))
    schrijf(tmp_path, {JP: tekst})
    assert kern(check(tmp_path, VANDAAG), "SWV401") == [
        ("SWV401", "waarschuwing", JP, *plaats(tekst, "          - id: basis-01"))
    ]


def test_swv402_actie_zonder_wanneer(tmp_path: Path) -> None:
    tekst = maak_swv402(tmp_path, zonder_wanneer=True)
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV402") == [("SWV402", "waarschuwing", JP, *plaats(tekst, "          - id: basis-01"))]
    assert van_code(bevindingen, "SWV402")[0].melding == "actie basis-01 heeft geen 'wanneer'"
    assert van_code(bevindingen, "SWV401") == []


def test_swv401_schoon(tmp_path: Path) -> None:
    maak_swv401(tmp_path, zonder_wie=False)
    assert van_code(check(tmp_path, VANDAAG), "SWV401") == []


def test_swv402_schoon(tmp_path: Path) -> None:
    maak_swv402(tmp_path, zonder_wanneer=False)
    assert van_code(check(tmp_path, VANDAAG), "SWV402") == []


# -- SWV403: actie overdue --------------------------------------------------------------------------------


def maak_swv403(map_: Path, status: str | None) -> str:
    actie = (
        "          - id: basis-02\n"
        "            wat: Projectplan hoogbegaafdheid uitvoeren\n"
        "            wie: Projectleider HB\n"
        "            wanneer: 31 december 2025\n"
    )
    if status is not None:
        actie += f"            status: {status}\n"
    tekst = jaarplan(actie)
    schrijf(map_, {JP: tekst})
    return tekst


def test_swv403_over_tijd(tmp_path: Path) -> None:
    tekst = maak_swv403(tmp_path, "gepland")
    bevindingen = check(tmp_path, date(2026, 1, 15))
    # with an explicit status the finding points at the status
    assert kern(bevindingen, "SWV403") == [
        ("SWV403", "waarschuwing", JP, *waarde(tekst, "            status: gepland"))
    ]
    assert van_code(bevindingen, "SWV403")[0].melding == (
        "actie basis-02 moest uiterlijk 31 december 2025 klaar zijn en staat op 'gepland'"
    )


def test_swv403_over_tijd_zonder_status(tmp_path: Path) -> None:
    tekst = maak_swv403(tmp_path, None)
    bevindingen = check(tmp_path, date(2026, 1, 1))
    # without a status key (default gepland) it points at the wanneer
    assert kern(bevindingen, "SWV403") == [
        ("SWV403", "waarschuwing", JP, *waarde(tekst, "            wanneer: 31 december 2025"))
    ]


@pytest.mark.parametrize("status", ["lopend", "uitgesteld"])
def test_swv403_over_tijd_andere_open_status(tmp_path: Path, status: str) -> None:
    tekst = maak_swv403(tmp_path, status)
    assert kern(check(tmp_path, date(2026, 1, 15)), "SWV403") == [
        ("SWV403", "waarschuwing", JP, *waarde(tekst, f"            status: {status}"))
    ]


def test_swv403_een_voortgezette_actie_telt_in_het_nieuwe_jaar(tmp_path: Path) -> None:
    # basis-02 is carried into 2026-2027 as basis-03 with its old date: only basis-03 is overdue,
    # in the new file; the old actie lives on there and is not reported twice.
    oud = maak_swv403(tmp_path, "gepland")
    nieuw = jaarplan(
        "          - id: basis-03\n"
        "            wat: Projectplan hoogbegaafdheid uitvoeren\n"
        "            wie: Projectleider HB\n"
        "            wanneer: 31 december 2025\n"
        "            overgenomen-van: basis-02\n",
        schooljaar="2026-2027",
    )
    schrijf(tmp_path, {"jaarplan-2026-2027.yaml": nieuw})
    assert oud in (tmp_path / JP).read_text(encoding="utf-8")
    bevindingen = van_code(check(tmp_path, date(2026, 9, 1)), "SWV403")
    assert [(Path(b.bestand).name, b.melding) for b in bevindingen] == [
        ("jaarplan-2026-2027.yaml", "actie basis-03 moest uiterlijk 31 december 2025 klaar zijn en staat op 'gepland'")
    ]


@pytest.mark.parametrize("status", ["gereed", "vervallen"])
def test_swv403_schoon_afgerond(tmp_path: Path, status: str) -> None:
    maak_swv403(tmp_path, status)
    assert van_code(check(tmp_path, date(2026, 1, 15)), "SWV403") == []


@pytest.mark.parametrize("vandaag", [date(2025, 12, 1), date(2025, 12, 31)])
def test_swv403_schoon_nog_niet_over_tijd(tmp_path: Path, vandaag: date) -> None:
    maak_swv403(tmp_path, "gepland")
    assert van_code(check(tmp_path, vandaag), "SWV403") == []


# -- SWV404: ontwikkelpunt without actie ---------------------------------------------------------------

SWV_404 = SWV + dedent("""\
    ondersteuningsplan:
      titel: Ondersteuningsplan 2022-2026
      eerste-schooljaar: 2022-2023
      laatste-schooljaar: 2025-2026
      ontwikkelpunten:
        - nummer: 1
        - nummer: 2
        - nummer: 3
          titel: Thuiszitters
    """)


def maak_swv404(map_: Path, actiepunten: str, schooljaar: str = "2025-2026") -> str:
    actie = (
        "          - id: basis-01\n"
        "            wie: Schoolbesturen\n"
        "            wanneer: Continu\n"
        f"            ontwikkelpunten: {actiepunten}\n"
    )
    tekst = jaarplan(actie, schooljaar=schooljaar, ontwikkelpunten="[1]")
    schrijf(map_, {f"jaarplan-{schooljaar}.yaml": tekst}, swv=SWV_404)
    return tekst


def test_swv404_ontwikkelpunt_zonder_actie(tmp_path: Path) -> None:
    maak_swv404(tmp_path, "[2]")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV404") == [("SWV404", "waarschuwing", "swv.yaml", *plaats(SWV_404, "    - nummer: 3"))]
    (b,) = van_code(bevindingen, "SWV404")
    assert b.melding == "ontwikkelpunt 3 (Thuiszitters) krijgt in het jaarplan 2025-2026 geen actie"
    assert "jaarplan-2025-2026.yaml" in b.hint


def test_swv404_schoon(tmp_path: Path) -> None:
    maak_swv404(tmp_path, "[2, 3]")
    assert van_code(check(tmp_path, VANDAAG), "SWV404") == []


def test_swv404_schoon_buiten_looptijd(tmp_path: Path) -> None:
    """A jaarplan after the OP's last schooljaar is not held to its ontwikkelpunten."""
    maak_swv404(tmp_path, "[]", schooljaar="2026-2027")
    assert van_code(check(tmp_path, VANDAAG), "SWV404") == []


# -- SWV405: unfinished actie of last year not carried over ---------------------------------------------

VORIG = jaarplan(
    "          - id: basis-2425-01\n"
    "            wie: Projectleider HB\n"
    "            wanneer: jan-jun 2025\n"
    "            status: STATUS\n",
    schooljaar="2024-2025",
)


def maak_swv405(map_: Path, status: str, overgenomen: bool) -> str:
    actie = "          - id: basis-2526-01\n            wie: Projectleider HB\n            wanneer: jan-jun 2026\n"
    if overgenomen:
        actie += "            overgenomen-van: basis-2425-01\n"
    vorig = VORIG.replace("STATUS", status)
    schrijf(map_, {"jaarplan-2024-2025.yaml": vorig, JP: jaarplan(actie)})
    return vorig


def test_swv405_niet_overgenomen(tmp_path: Path) -> None:
    vorig = maak_swv405(tmp_path, "lopend", overgenomen=False)
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV405") == [
        ("SWV405", "waarschuwing", "jaarplan-2024-2025.yaml", *waarde(vorig, "            status: lopend"))
    ]
    (b,) = van_code(bevindingen, "SWV405")
    assert b.melding == (
        "actie basis-2425-01 (lopend) uit 2024-2025 is niet afgerond en niet overgenomen in het jaarplan 2025-2026"
    )
    assert "overgenomen-van: basis-2425-01" in b.hint


def test_swv405_schoon_overgenomen(tmp_path: Path) -> None:
    maak_swv405(tmp_path, "lopend", overgenomen=True)
    assert van_code(check(tmp_path, VANDAAG), "SWV405") == []


@pytest.mark.parametrize("status", ["gereed", "vervallen"])
def test_swv405_schoon_afgerond(tmp_path: Path, status: str) -> None:
    maak_swv405(tmp_path, status, overgenomen=False)
    assert van_code(check(tmp_path, VANDAAG), "SWV405") == []


def test_swv405_schoon_zonder_jaarplan_van_dit_jaar(tmp_path: Path) -> None:
    """Without a jaarplan of the next schooljaar there is nothing to carry over to yet."""
    schrijf(tmp_path, {"jaarplan-2024-2025.yaml": VORIG.replace("STATUS", "lopend")})
    assert van_code(check(tmp_path, VANDAAG), "SWV405") == []
