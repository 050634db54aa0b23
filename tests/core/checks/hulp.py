"""Helpers for the checker tests: write a plan folder, find positions in the written text,
run the checker and keep the findings of one code.

Expected positions are never typed as numbers: they are read off the YAML text the test wrote.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from textwrap import dedent

from swvplanner.services import check as services_check
from swvplanner.services.check import GeplaatsteBevinding

SWV = dedent("""\
    naam: Samenwerkingsverband Testregio PO
    kort: SWV Test
    regio: noord
    domein: planning.swv-test.nl
    rollen:
      - id: directeur-bestuurder
        naam: Directeur-bestuurder
      - id: secretariaat
        naam: Secretariaat
      - id: beleidsadviseur
        naam: Beleidsadviseur
    overlegorganen:
      - id: tb
        naam: Toezichthoudend bestuur
        kort: TB
        soort: toezicht
        tijd: 09:30-11:00
        rollen: [directeur-bestuurder, secretariaat]
      - id: auditcommissie
        naam: Auditcommissie
        kort: Auditcie
        soort: toezicht
        onderdeel-van: tb
        tijd: 09:00
      - id: opr
        naam: Ondersteuningsplanraad
        kort: OPR
        soort: medezeggenschap
        tijd: 19:30-21:30
      - id: alv
        naam: Algemene ledenvergadering
        kort: ALV
        soort: bestuur
        tijd: 14:00-16:00
        rollen: [directeur-bestuurder]
      - id: klankbordgroep
        naam: Klankbordgroep
        kort: Klankbordgroep
        soort: advies
        tijd: 09:00-11:30
        rollen: [beleidsadviseur]
    """)
"""A minimal organisation: regio noord, three rollen, five overlegorganen (no minimum, no OP)."""

VERG = "vergaderingen-2025-2026.yaml"
JP = "jaarplan-2025-2026.yaml"
KK = "kwaliteitskalender.yaml"

KK_OP = dedent("""\
    titel: Kwaliteitskalender
    categorieen:
      - naam: 'Documenten: plannen'
        items:
          - id: ondersteuningsplan
            wat: Ondersteuningsplan
            wanneer: Jaarlijks voor 1 mei
            besluitvorming:
              - stap: instemming
                orgaan: opr
    """)
"""One item, the ondersteuningsplan, due before 1 May with the OPR's instemming."""


def schrijf(map_: Path, bestanden: dict[str, str], swv: str | None = SWV) -> Path:
    """Write the plan files (name -> YAML text) into `map_`; swv.yaml is the minimal SWV unless given."""
    if swv is not None and "swv.yaml" not in bestanden:
        (map_ / "swv.yaml").write_text(swv, encoding="utf-8")
    for naam, tekst in bestanden.items():
        (map_ / naam).write_text(tekst, encoding="utf-8")
    return map_


def plaats(tekst: str, regel: str, stuk: str | None = None, keer: int = 1) -> tuple[int, int]:
    """1-based (line, column) of `stuk` on the line that is exactly `regel` (its `keer`-th
    occurrence; a line that is meant to be unique must occur once). Without `stuk`: the first
    non-blank character after a list dash, or else the first non-blank character."""
    regels = tekst.splitlines()
    nummers = [i for i, r in enumerate(regels) if r == regel]
    if keer == 1:
        assert len(nummers) == 1, f"regel {regel!r} staat {len(nummers)} keer in de tekst"
    assert len(nummers) >= keer, f"regel {regel!r} staat geen {keer} keer in de tekst"
    nummer = nummers[keer - 1] + 1
    if stuk is None:
        inhoud = regel.lstrip()
        if inhoud.startswith("- "):
            inhoud = inhoud[2:].lstrip()
        kolom = regel.index(inhoud) + 1
    else:
        assert regel.count(stuk) >= 1, f"{stuk!r} staat niet op regel {regel!r}"
        kolom = regel.index(stuk) + 1
    return nummer, kolom


def waarde(tekst: str, regel: str, keer: int = 1) -> tuple[int, int]:
    """Position of the value of a `sleutel: waarde` line."""
    stuk = regel.split(": ", 1)[1]
    nummer, _ = plaats(tekst, regel, keer=keer)
    assert stuk, f"regel {regel!r} heeft geen waarde"
    return nummer, regel.index(": ") + 3


def check(map_: Path, vandaag: date) -> list[GeplaatsteBevinding]:
    return services_check.check(map_, vandaag=vandaag)


def van_code(bevindingen: list[GeplaatsteBevinding], code: str) -> list[GeplaatsteBevinding]:
    return [b for b in bevindingen if b.code == code]


def kern(bevindingen: list[GeplaatsteBevinding], code: str) -> list[tuple[str, str, str, int, int]]:
    """(code, ernst, file name, line, column) of the findings of one code."""
    return [(b.code, b.ernst, Path(b.bestand).name, b.regel, b.kolom) for b in van_code(bevindingen, code)]


def codes(bevindingen: list[GeplaatsteBevinding]) -> set[str]:
    return {b.code for b in bevindingen}


__all__ = [
    "SWV",
    "VERG",
    "JP",
    "KK",
    "KK_OP",
    "schrijf",
    "plaats",
    "waarde",
    "check",
    "van_code",
    "kern",
    "codes",
    "dedent",
]
