"""SWV100-SWV105: unreadable files, duplicate ids, unknown references, impossible times, dates
outside the schooljaar, wanneer texts that are not understood."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from .hulp import JP, KK, SWV, VERG, check, codes, dedent, kern, plaats, schrijf, van_code, waarde

VANDAAG = date(2025, 11, 1)


# -- SWV100: file not readable ---------------------------------------------------------------------


def maak_swv100(map_: Path, fout: str | None) -> str:
    """A vergaderingen file with a broken YAML line ('yaml'), an unknown key ('sleutel') or neither."""
    regel = {
        "yaml": "    notitie: let op: zaal gewijzigd",
        "sleutel": "    tijdstip: 19:30-21:30",
        None: "    notitie: 'let op: zaal gewijzigd'",
    }[fout]
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: 2025-10-01
        REGEL
          - id: opr-2526-02
            orgaan: opr
            datum: 2025-11-12
        """).replace("REGEL", regel)
    schrijf(map_, {VERG: tekst})
    return tekst


def test_swv100_ongeldige_yaml(tmp_path: Path) -> None:
    tekst = maak_swv100(tmp_path, "yaml")
    bevindingen = check(tmp_path, VANDAAG)
    # the second ':' on the line is where the YAML breaks
    regel, kolom = plaats(tekst, "    notitie: let op: zaal gewijzigd", ": zaal")
    assert kern(bevindingen, "SWV100") == [("SWV100", "fout", VERG, regel, kolom)]
    assert codes(bevindingen) == {"SWV100"}, "a file that cannot be read stops all other rules"
    (b,) = bevindingen
    assert b.melding.startswith("ongeldige YAML: ")
    assert "':'" in b.melding and "aanhalingstekens" in b.melding
    assert b.bestand.endswith(VERG)
    assert b.hint


def test_swv100_onbekende_sleutel(tmp_path: Path) -> None:
    tekst = maak_swv100(tmp_path, "sleutel")
    bevindingen = check(tmp_path, VANDAAG)
    # an unknown key is reported at the key itself, not at its value
    regel, kolom = plaats(tekst, "    tijdstip: 19:30-21:30", "tijdstip")
    assert kern(bevindingen, "SWV100") == [("SWV100", "fout", VERG, regel, kolom)]
    (b,) = bevindingen
    assert "onbekende sleutel 'tijdstip'" in b.melding
    assert "bedoelt u 'tijd'?" in b.melding


def test_swv100_onbekende_sleutel_in_swv_yaml(tmp_path: Path) -> None:
    swv = SWV.replace("    tijd: 19:30-21:30\n", "    tijd: 19:30-21:30\n    minimum: 4\n")
    assert swv != SWV
    schrijf(tmp_path, {}, swv=swv)
    regel, kolom = plaats(swv, "    minimum: 4", "minimum")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV100") == [("SWV100", "fout", "swv.yaml", regel, kolom)]
    assert "onbekende sleutel 'minimum'" in bevindingen[0].melding


def test_swv100_schoon(tmp_path: Path) -> None:
    maak_swv100(tmp_path, None)
    assert van_code(check(tmp_path, VANDAAG), "SWV100") == []


@pytest.mark.parametrize(
    ("regel", "stuk", "melding"),
    [
        ("    datum: 2026-02-31", "2026-02-31", "'2026-02-31' bestaat niet: februari 2026 heeft 28 dagen"),
        ("    orgaan: opr", "orgaan", "deze sleutel staat er twee keer"),
        ("\torgaan: opr", "\t", "een tab is niet toegestaan; gebruik spaties"),
    ],
)
def test_swv100_andere_leesfouten(tmp_path: Path, regel: str, stuk: str, melding: str) -> None:
    """An impossible date (at the value), a duplicate key (at the second key), a tab (at the tab)."""
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
        REGEL
        """).replace("REGEL", regel)
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    keer = 2 if regel == "    orgaan: opr" else 1
    assert kern(bevindingen, "SWV100") == [("SWV100", "fout", VERG, *plaats(tekst, regel, stuk, keer=keer))]
    assert melding in bevindingen[0].melding


def test_swv100_verplicht_veld_en_schooljaar_in_twee_bestanden(tmp_path: Path) -> None:
    """Every unreadable file is reported, each at its own place."""
    verg = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            datum: 2026-02-11
        """)
    jp = "schooljaar: 2024-2025\n"
    schrijf(tmp_path, {VERG: verg, JP: jp})
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV100") == [
        ("SWV100", "fout", JP, *waarde(jp, "schooljaar: 2024-2025")),
        # a missing field is reported at the meeting it is missing from
        ("SWV100", "fout", VERG, *plaats(verg, "  - id: opr-2526-01")),
    ]
    assert "past niet bij de bestandsnaam (verwacht 2025-2026)" in bevindingen[0].melding
    assert bevindingen[1].melding == "het verplichte veld 'orgaan' ontbreekt"


# -- SWV101: duplicate id ----------------------------------------------------------------------------


def maak_swv101(map_: Path, dubbel: bool) -> str:
    tweede = "opr-2526-01" if dubbel else "opr-2526-02"
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: 2025-10-01
          - id: TWEEDE
            orgaan: opr
            datum: 2025-11-12
        """).replace("TWEEDE", tweede)
    schrijf(map_, {VERG: tekst})
    return tekst


def test_swv101_dubbel_vergaderid(tmp_path: Path) -> None:
    tekst = maak_swv101(tmp_path, dubbel=True)
    bevindingen = check(tmp_path, VANDAAG)
    # the second use of the id is reported, at the id's value
    regel, kolom = plaats(tekst, "  - id: opr-2526-01", "opr-2526-01", keer=2)
    assert kern(bevindingen, "SWV101") == [("SWV101", "fout", VERG, regel, kolom)]
    (b,) = van_code(bevindingen, "SWV101")
    assert "'opr-2526-01'" in b.melding and "vergadering" in b.melding and "al gebruikt" in b.melding


def test_swv101_schoon(tmp_path: Path) -> None:
    maak_swv101(tmp_path, dubbel=False)
    assert van_code(check(tmp_path, VANDAAG), "SWV101") == []


def test_swv101_dubbel_actie_id(tmp_path: Path) -> None:
    tekst = dedent("""\
        schooljaar: 2025-2026
        onderdelen:
          - id: basisondersteuning
            soort: ontwikkelpunt
            titel: Basisondersteuning
            acties:
              - id: basis-01
                wie: Directeur-bestuurder
                wanneer: 31 december 2025
              - id: basis-01
                wie: Directeur-bestuurder
                wanneer: 1 mei 2026
        """)
    schrijf(tmp_path, {JP: tekst})
    regel, kolom = plaats(tekst, "      - id: basis-01", "basis-01", keer=2)
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV101") == [("SWV101", "fout", JP, regel, kolom)]
    assert "'basis-01' (actie)" in van_code(bevindingen, "SWV101")[0].melding


# -- SWV102: unknown reference -----------------------------------------------------------------------

KK_BEGROTING = dedent("""\
    titel: Kwaliteitskalender
    categorieen:
      - naam: Documenten
        items:
          - id: begroting
            wat: Begroting
            wanneer: Jaarlijks voor 1 januari
    """)


def maak_swv102(map_: Path, orgaan: str, item: str) -> str:
    tekst = (
        dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: tb-2526-01
            orgaan: ORGAAN
            datum: 2025-12-10
            agenda:
              - kwaliteitskalender: ITEM
                stap: goedkeuring
        """)
        .replace("ORGAAN", orgaan)
        .replace("ITEM", item)
    )
    schrijf(map_, {KK: KK_BEGROTING, VERG: tekst})
    return tekst


def test_swv102_onbekend_orgaan_en_kwaliteitskalender_item(tmp_path: Path) -> None:
    tekst = maak_swv102(tmp_path, orgaan="tbb", item="begrooting")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV102") == [
        ("SWV102", "fout", VERG, *waarde(tekst, "    orgaan: tbb")),
        ("SWV102", "fout", VERG, *waarde(tekst, "      - kwaliteitskalender: begrooting")),
    ]
    orgaan, item = van_code(bevindingen, "SWV102")
    assert "onbekend overlegorgaan 'tbb'" in orgaan.melding and "bedoelt u 'tb'?" in orgaan.melding
    assert "onbekend kwaliteitskalender-item 'begrooting'" in item.melding
    assert "bedoelt u 'begroting'?" in item.melding


def test_swv102_schoon(tmp_path: Path) -> None:
    maak_swv102(tmp_path, orgaan="tb", item="begroting")
    assert van_code(check(tmp_path, VANDAAG), "SWV102") == []


def test_swv102_onbekend_item_in_flow_agenda(tmp_path: Path) -> None:
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: tb-2526-01
            orgaan: tb
            datum: 2025-12-10
            agenda: [{kwaliteitskalender: jaarrekening, stap: goedkeuring}]
        """)
    schrijf(tmp_path, {KK: KK_BEGROTING, VERG: tekst})
    regel = "    agenda: [{kwaliteitskalender: jaarrekening, stap: goedkeuring}]"
    assert kern(check(tmp_path, VANDAAG), "SWV102") == [("SWV102", "fout", VERG, *plaats(tekst, regel, "jaarrekening"))]


# -- SWV103: end before start ------------------------------------------------------------------------


def maak_swv103(map_: Path, tijd: str) -> str:
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: opr-2526-01
            orgaan: opr
            datum: 2025-10-01
            tijd: TIJD
        """).replace("TIJD", tijd)
    schrijf(map_, {VERG: tekst})
    return tekst


def test_swv103_eindtijd_voor_begintijd(tmp_path: Path) -> None:
    tekst = maak_swv103(tmp_path, "21:30-19:30")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV103") == [("SWV103", "fout", VERG, *waarde(tekst, "    tijd: 21:30-19:30"))]
    (b,) = van_code(bevindingen, "SWV103")
    assert "opr-2526-01" in b.melding and "21:30-19:30" in b.melding and "eindigt niet na het begin" in b.melding


def test_swv103_schoon(tmp_path: Path) -> None:
    maak_swv103(tmp_path, "19:30-21:30")
    assert van_code(check(tmp_path, VANDAAG), "SWV103") == []


def test_swv103_standaardtijd_van_orgaan(tmp_path: Path) -> None:
    swv = SWV.replace("    tijd: 19:30-21:30\n", "    tijd: 21:30-19:30\n")
    assert swv != SWV
    schrijf(tmp_path, {}, swv=swv)
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV103") == [("SWV103", "fout", "swv.yaml", *waarde(swv, "    tijd: 21:30-19:30"))]
    assert "standaardtijd van OPR" in bevindingen[0].melding


# -- SWV104: date outside the schooljaar -------------------------------------------------------------


def maak_swv104(map_: Path, datum: str, wanneer: str) -> tuple[str, str]:
    verg = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: overig-2526-02
            orgaan: alv
            datum: DATUM
        """).replace("DATUM", datum)
    jp = dedent("""\
        schooljaar: 2025-2026
        onderdelen:
          - id: basisondersteuning
            soort: ontwikkelpunt
            titel: Basisondersteuning
            acties:
              - id: basis-01
                wat: Projectplan uitvoeren
                wie: Directeur-bestuurder
                wanneer: WANNEER
        """).replace("WANNEER", wanneer)
    schrijf(map_, {VERG: verg, JP: jp})
    return verg, jp


def test_swv104_vergadering_en_actie_buiten_schooljaar(tmp_path: Path) -> None:
    verg, jp = maak_swv104(tmp_path, "2024-11-12", "sept-nov 2023")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV104") == [
        ("SWV104", "waarschuwing", JP, *waarde(jp, "        wanneer: sept-nov 2023")),
        ("SWV104", "fout", VERG, *waarde(verg, "    datum: 2024-11-12")),
    ]
    actie, vergadering = van_code(bevindingen, "SWV104")
    assert vergadering.melding == "vergadering overig-2526-02: 12 november 2024 valt buiten schooljaar 2025-2026"
    assert "vergaderingen-2024-2025.yaml" in vergadering.hint
    assert actie.melding == "actie basis-01: 'sept-nov 2023' valt buiten schooljaar 2025-2026"


@pytest.mark.parametrize("wanneer", ["1 augustus 2026", "31 juli 2026", "1 augustus 2025", "sept-nov 2025"])
def test_swv104_schoon(tmp_path: Path, wanneer: str) -> None:
    """'gereed 1 augustus' (the day after the schooljaar) counts as the end of the schooljaar."""
    maak_swv104(tmp_path, "2025-11-12", wanneer)
    assert van_code(check(tmp_path, VANDAAG), "SWV104") == []


@pytest.mark.parametrize("wanneer", ["2 augustus 2026", "31 juli 2025"])
def test_swv104_actie_net_buiten_schooljaar(tmp_path: Path, wanneer: str) -> None:
    _verg, jp = maak_swv104(tmp_path, "2025-11-12", wanneer)
    assert kern(check(tmp_path, VANDAAG), "SWV104") == [
        ("SWV104", "waarschuwing", JP, *waarde(jp, f"        wanneer: {wanneer}"))
    ]


# -- SWV105: wanneer not understood --------------------------------------------------------------------


def maak_swv105(map_: Path, actie_wanneer: str, item_wanneer: str) -> tuple[str, str]:
    jp = dedent("""\
        schooljaar: 2025-2026
        onderdelen:
          - id: basisondersteuning
            soort: ontwikkelpunt
            titel: Basisondersteuning
            acties:
              - id: basis-01
                wie: Directeur-bestuurder
                wanneer: ACTIE
        """).replace("ACTIE", actie_wanneer)
    kk = dedent("""\
        titel: Kwaliteitskalender
        categorieen:
          - naam: Documenten
            items:
              - id: handboek
                wat: Handboek
                wanneer: ITEM
        """).replace("ITEM", item_wanneer)
    schrijf(map_, {JP: jp, KK: kk})
    return jp, kk


def test_swv105_wanneer_niet_herkend(tmp_path: Path) -> None:
    jp, kk = maak_swv105(tmp_path, "jan-me 2025", "Zodra het uitkomt")
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV105") == [
        ("SWV105", "waarschuwing", JP, *waarde(jp, "        wanneer: jan-me 2025")),
        ("SWV105", "waarschuwing", KK, *waarde(kk, "        wanneer: Zodra het uitkomt")),
    ]
    actie, item = van_code(bevindingen, "SWV105")
    assert actie.melding.startswith("actie basis-01: wanneer-tekst 'jan-me 2025' niet herkend")
    assert item.melding.startswith("'Handboek': wanneer-tekst 'Zodra het uitkomt' niet herkend")
    assert "swvplanner when" in actie.hint


def test_swv105_schoon(tmp_path: Path) -> None:
    maak_swv105(tmp_path, "jan-mei 2026", "Jaarlijks voor 1 juli")
    assert van_code(check(tmp_path, VANDAAG), "SWV105") == []


def test_swv105_vergadering_wanneer(tmp_path: Path) -> None:
    tekst = dedent("""\
        schooljaar: 2025-2026
        vergaderingen:
          - id: alv-2526-01
            orgaan: alv
            wanneer: als de zon schijnt
        """)
    schrijf(tmp_path, {VERG: tekst})
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV105") == [
        ("SWV105", "waarschuwing", VERG, *waarde(tekst, "    wanneer: als de zon schijnt"))
    ]
    assert "vergadering alv-2526-01: wanneer 'als de zon schijnt' niet herkend" in bevindingen[0].melding


# -- SWV106: a voorbereiding the export cannot read ----------------------------------------------------


def test_swv106_voorbereiding_niet_te_lezen(tmp_path: Path) -> None:
    kk = dedent("""\
        titel: Kwaliteitskalender
        categorieen:
          - naam: Documenten
            items:
              - id: handboek
                wat: Handboek
                wanneer: Jaarlijks voor 1 juli
                voorbereiding: twee weken
              - id: begroting
                wat: Begroting
                wanneer: Jaarlijks voor 1 december
                voorbereiding: 6 weken
        """)
    schrijf(tmp_path, {KK: kk})
    bevindingen = check(tmp_path, VANDAAG)
    assert kern(bevindingen, "SWV106") == [("SWV106", "fout", KK, *waarde(kk, "        voorbereiding: twee weken"))]
    [b] = van_code(bevindingen, "SWV106")
    assert b.melding == "'Handboek': voorbereiding 'twee weken' is geen duur"
    assert b.hint == "Schrijf een getal en dagen, weken of maanden, bijvoorbeeld '4 weken' of '10 dagen'."
