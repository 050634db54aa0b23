"""`importeer` on a copy of the example plans: what each row becomes, the bytes written, the
comment next to each new id, a dry run that writes nothing, and a second import that adds nothing."""

from __future__ import annotations

import shutil
from datetime import datetime, time
from pathlib import Path

import pytest

from swvplanner.core.fouten import ImportFout
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.services.importeren import importeer
from swvplanner.store.werkset import Werkset
from tests.invoer_bestanden import csv_bytes, excel, outlook_ics, word
from tests.voorbeelden import EEN_JAAR

PLANS = EEN_JAAR
VG = "vergaderingen-2025-2026.yaml"


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PLANS, tmp_path / "plans"))


def _inhoud(map_: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(map_.iterdir())}


def _vergaderingen_xlsx(tmp_path: Path) -> Path:
    return excel(
        tmp_path / "planning.xlsx",
        {
            "Planning": [
                ["Vergaderplanning 2025-2026"],
                [],
                ["Overleg", "Datum", "Tijd", "Plaats", "Onderwerp"],
                ["OPR", datetime(2025, 11, 12), "19.30-21.30 uur", "Assen", None],
                ["OPR", "di 13 januari 2026", time(20, 0), None, "Begroting"],
                ["ALV", "8 dec 2025", None, None, None],
                ["Werkgroep Thuiszitters", "10-12-2025", None, None, None],
                ["TB", "13-4", "9.30-11.00", None, None],
                ["TB", "ma 13 januari 2026", None, None, None],
            ]
        },
    )


def test_excel_vergaderingen(plans: Path, tmp_path: Path) -> None:
    bestand = _vergaderingen_xlsx(tmp_path)
    voor = (plans / VG).read_text(encoding="utf-8")
    verslag = importeer(plans, bestand)
    assert [(r.plaats, r.uitkomst, r.item) for r in verslag.regels] == [
        ("blad 'Planning', rij 4", "toegevoegd", "opr-2526-06"),
        ("blad 'Planning', rij 5", "toegevoegd", "opr-2526-07"),
        ("blad 'Planning', rij 6", "overgeslagen", "alv-2526-01"),
        ("blad 'Planning', rij 7", "niet geplaatst", None),
        ("blad 'Planning', rij 8", "toegevoegd", "tb-2526-06"),
        ("blad 'Planning', rij 9", "niet geplaatst", "tb-2526-07"),
    ]
    redenen = {r.plaats: r.reden for r in verslag.regels}
    assert redenen["blad 'Planning', rij 7"] == (
        "onbekend orgaan 'Werkgroep Thuiszitters'; zet het in swv.yaml (of gebruik --nieuwe-organen) "
        "en importeer opnieuw; niets overgenomen"
    )
    assert redenen["blad 'Planning', rij 9"] == (
        "B9: 'ma 13 januari 2026': 13 januari 2026 is een dinsdag, geen maandag; bewaard zonder datum als "
        "tb-2526-07 (wanneer en bron uit de tabel): vul de datum in"
    )
    assert verslag.aantallen == {"toegevoegd": 3, "bijgewerkt": 0, "overgeslagen": 1, "niet geplaatst": 2}
    na = (plans / VG).read_text(encoding="utf-8")
    # the new meetings come after their orgaan's earlier ones, the rest of the file is untouched
    assert na == voor.replace(
        "  - id: opr-2526-02\n",
        "  - id: opr-2526-06  # geïmporteerd uit planning.xlsx, blad 'Planning', rij 4\n"
        "    orgaan: opr\n    datum: 2025-11-12\n"
        "  - id: opr-2526-02\n",
    ).replace(
        "  - id: opr-2526-03\n",
        "  - id: opr-2526-07  # geïmporteerd uit planning.xlsx, blad 'Planning', rij 5\n"
        "    orgaan: opr\n    datum: 2026-01-13\n    tijd: 20:00\n"
        "    agenda:\n      - kwaliteitskalender: begroting\n        stap: informatie\n"
        "  - id: opr-2526-03\n",
    ).replace(
        "  - id: tb-2526-04\n",
        "  - id: tb-2526-06  # geïmporteerd uit planning.xlsx, blad 'Planning', rij 8\n"
        "    orgaan: tb\n    datum: 2026-04-13\n"
        "  - id: tb-2526-04\n",
    ).replace(
        "    bron: 10 juni 2026*\n",
        "    bron: 10 juni 2026*\n"
        "  - id: tb-2526-07  # geïmporteerd uit planning.xlsx, blad 'Planning', rij 9\n"
        "    orgaan: tb\n    wanneer: ma 13 januari 2026\n    bron: TB | ma 13 januari 2026\n",
    )
    # the written file round-trips byte for byte
    ws = Werkset.laad(plans)
    assert ws.bestand("vergaderingen-2025-2026").tekst == na
    ws.bewaar()
    assert (plans / VG).read_text(encoding="utf-8") == na


def test_tweede_keer_voegt_niets_toe(plans: Path, tmp_path: Path) -> None:
    bestand = _vergaderingen_xlsx(tmp_path)
    importeer(plans, bestand)
    eerst = _inhoud(plans)
    verslag = importeer(plans, bestand)
    assert _inhoud(plans) == eerst
    assert [r.uitkomst for r in verslag.regels] == ["overgeslagen"] * 3 + ["niet geplaatst", "overgeslagen"] * 1 + [
        "niet geplaatst"
    ]
    assert verslag.regels[5].reden.endswith("; staat al zonder datum als tb-2526-07")
    assert verslag.geschreven == []


def test_proef_schrijft_niets(plans: Path, tmp_path: Path) -> None:
    voor = _inhoud(plans)
    verslag = importeer(plans, _vergaderingen_xlsx(tmp_path), proef=True)
    assert _inhoud(plans) == voor
    assert verslag.aantallen["toegevoegd"] == 3
    diff = verslag.verschil[str(plans / VG)]
    assert "+  - id: opr-2526-06  # geïmporteerd uit planning.xlsx, blad 'Planning', rij 4\n" in diff
    assert diff.startswith(f"--- a/{VG}\n+++ b/{VG}\n")


def test_nieuwe_organen(plans: Path, tmp_path: Path) -> None:
    verslag = importeer(plans, _vergaderingen_xlsx(tmp_path), nieuwe_organen=True)
    regel = verslag.regels[3]
    assert (regel.uitkomst, regel.item) == ("toegevoegd", "werkgroep-thuiszitters-2526-01")
    swv = (plans / "swv.yaml").read_text(encoding="utf-8")
    assert (
        "  - id: werkgroep-thuiszitters  # geïmporteerd uit planning.xlsx, blad 'Planning', rij 7\n"
        "    naam: Werkgroep Thuiszitters\n    kort: Werkgroep Thuiszitters\n    soort: overig\n"
    ) in swv


def test_schooljaar_zonder_vergaderplanning_krijgt_een_nieuw_bestand(plans: Path, tmp_path: Path) -> None:
    bestand = excel(tmp_path / "v.xlsx", {"Blad1": [["Orgaan", "Datum"], ["OPR", "do 1 okt 2026"]]})
    nieuw = plans / "vergaderingen-2026-2027.yaml"
    proef = importeer(plans, bestand, proef=True)
    assert (proef.regels[0].uitkomst, proef.regels[0].item) == ("toegevoegd", "opr-2627-01")
    assert proef.nieuwe_bestanden == [str(nieuw)]
    assert proef.verschil[str(nieuw)].startswith("--- /dev/null\n+++ b/vergaderingen-2026-2027.yaml\n")
    assert not nieuw.exists()  # a dry run writes nothing
    verslag = importeer(plans, bestand)
    assert verslag.geschreven == [str(nieuw)]
    assert nieuw.read_text(encoding="utf-8").endswith(
        "titel: Vergaderplanning 2026-2027\n# vergaderingen: de vergaderingen van dit schooljaar.\nvergaderingen:\n"
        "  - id: opr-2627-01  # geïmporteerd uit v.xlsx, blad 'Blad1', rij 2\n    orgaan: opr\n    datum: 2026-10-01\n"
    )
    opnieuw = importeer(plans, bestand)
    assert ([r.uitkomst for r in opnieuw.regels], opnieuw.nieuwe_bestanden) == (["overgeslagen"], [])


def test_schooljaar_optie_weigert_data_erbuiten(plans: Path, tmp_path: Path) -> None:
    bestand = excel(tmp_path / "v.xlsx", {"OPR": [["Datum", "Tijd"], ["1-10-2024", "19.30"], ["14 jan", ""]]})
    verslag = importeer(plans, bestand, schooljaar=Schooljaar(2025))
    # no orgaan column: the sheet's name is the orgaan; '14 jan' is read in --schooljaar
    assert [(r.uitkomst, r.item) for r in verslag.regels] == [
        ("niet geplaatst", "opr-2526-06"),
        ("toegevoegd", "opr-2526-07"),
    ]
    assert verslag.regels[0].reden.startswith("A2: 1 oktober 2024 valt buiten schooljaar 2025-2026; bewaard zonder")
    assert "    datum: 2026-01-14\n" in (plans / VG).read_text(encoding="utf-8")


def test_word_kwaliteitskalender(plans: Path, tmp_path: Path) -> None:
    bestand = word(
        tmp_path / "kk.docx",
        [
            [
                ["Wat", "Wanneer", "Wie", "Opmerking"],
                ["Gesprekscyclus", "", "", ""],
                ["Gesprek met de Inspectie", "Jaarlijks voor 1 maart", "Directeur-bestuurder", ""],
                ["Jaarverslag", "Jaarlijks voor 1 juli", "", ""],
                ["Ondersteuningsplan", "Een keer per vier jaar voor 1 mei", "Directeur-bestuurder", "OPR-instemming"],
            ]
        ],
        samenvoegen=[(0, 1)],
    )
    verslag = importeer(plans, bestand)
    assert [(r.plaats, r.uitkomst, r.item) for r in verslag.regels] == [
        ("tabel 1, rij 3", "toegevoegd", "gesprek-met-de-inspectie"),
        ("tabel 1, rij 4", "overgeslagen", "jaarverslag"),
        ("tabel 1, rij 5", "bijgewerkt", "ondersteuningsplan"),
    ]
    assert verslag.regels[2].reden == "opmerking aangepast"
    kk = (plans / "kwaliteitskalender.yaml").read_text(encoding="utf-8")
    # into the existing category 'Gesprekscyclus' (the merged row above), after its items
    assert (
        "          organen: [remuneratiecommissie]\n"
        "      - id: gesprek-met-de-inspectie  # geïmporteerd uit kk.docx, tabel 1, rij 3\n"
        "        wat: Gesprek met de Inspectie\n"
        "        wanneer: Jaarlijks voor 1 maart\n"
        "        wie:\n"
        "          tekst: Directeur-bestuurder\n"
        "          rollen: [directeur-bestuurder]\n"
        "  - naam: Evaluatie en onderzoeken\n"
    ) in kk
    assert "        opmerking: OPR-instemming\n        voorbereiding: 8 weken  # aangevuld\n" in kk
    assert importeer(plans, bestand).aantallen["overgeslagen"] == 3


def test_csv_jaarplan(plans: Path, tmp_path: Path) -> None:
    bestand = tmp_path / "jaarplan.csv"
    bestand.write_bytes(
        csv_bytes(
            [
                ["Jaarplan 2025-2026", "", "", "", ""],
                ["Thema", "Actie", "Wie", "Wanneer gereed", "Status"],
                ["Thuiszitters", "Overzicht thuiszitters per kwartaal", "Beleidsadviseur", "Per kwartaal", "lopend"],
                ["", "Aanpak verzuim met gemeenten", "Directeur-bestuurder", "1 juli 2026", "nog niet gestart"],
                ["Basisondersteuning", "Financiën op orde", "Controller", "31 december 2025", "bijna klaar"],
            ]
        )
    )
    verslag = importeer(plans, bestand)
    assert [(r.uitkomst, r.item) for r in verslag.regels] == [
        ("toegevoegd", "thuiszitters-01"),
        ("toegevoegd", "thuiszitters-02"),
        ("toegevoegd", "basisondersteuning-06"),
    ]
    assert verslag.regels[2].reden == "onder Basisondersteuning (status 'bijna klaar' onbekend: niet overgenomen)"
    jp = (plans / "jaarplan-2025-2026.yaml").read_text(encoding="utf-8")
    assert jp.endswith(
        "  - id: thuiszitters  # geïmporteerd uit jaarplan.csv, rij 3\n"
        "    soort: thema\n"
        "    titel: Thuiszitters\n"
        "    acties:\n"
        "      - id: thuiszitters-01  # geïmporteerd uit jaarplan.csv, rij 3\n"
        "        wat: Overzicht thuiszitters per kwartaal\n"
        "        wie:\n"
        "          tekst: Beleidsadviseur\n"
        "          rollen: [beleidsadviseur]\n"
        "        wanneer: Per kwartaal\n"
        "        status: lopend\n"
        "      - id: thuiszitters-02  # geïmporteerd uit jaarplan.csv, rij 4\n"
        "        wat: Aanpak verzuim met gemeenten\n"
        "        wie:\n"
        "          tekst: Directeur-bestuurder\n"
        "          rollen: [directeur-bestuurder]\n"
        "        wanneer: 1 juli 2026\n"
    )
    assert importeer(plans, bestand).aantallen["overgeslagen"] == 3


def test_outlook_ics(plans: Path, tmp_path: Path) -> None:
    from datetime import date

    bestand = outlook_ics(
        tmp_path / "outlook.ics",
        [
            {
                "summary": "OPR vergadering",
                "begin": datetime(2025, 11, 12, 19, 0),
                "einde": datetime(2025, 11, 12, 21, 0),
            },
            {"summary": "Studiedag", "begin": date(2026, 3, 4), "einde": date(2026, 3, 5), "categories": ["ALV"]},
            {
                "summary": "MR-P",
                "begin": datetime(2026, 3, 10, 8, 30),
                "einde": datetime(2026, 3, 10, 10, 0),
                "rrule": {"freq": "monthly", "count": 2},
            },
        ],
    )
    verslag = importeer(plans, bestand)
    assert [(r.plaats, r.uitkomst, r.item) for r in verslag.regels] == [
        ("afspraak 1", "toegevoegd", "opr-2526-06"),
        ("afspraak 2", "toegevoegd", "alv-2526-04"),
        ("afspraak 3", "toegevoegd", "mr-p-2526-04"),
        ("afspraak 3", "toegevoegd", "mr-p-2526-05"),
    ]
    vg = Werkset.laad(plans).modellen["vergaderingen-2025-2026"]
    assert str(vg.vergadering("opr-2526-06").tijd) == "19:00-21:00"
    alv = vg.vergadering("alv-2526-04")
    assert (alv.datum, alv.titel, alv.tijd) == (date(2026, 3, 4), "Studiedag", None)
    assert [vg.vergadering(i).datum for i in ("mr-p-2526-04", "mr-p-2526-05")] == [date(2026, 3, 10), date(2026, 4, 10)]


def test_bestand_zonder_kopjes(plans: Path, tmp_path: Path) -> None:
    bestand = excel(tmp_path / "notities.xlsx", {"Notities": [["Zie de mail van 3 juni"], ["Groet, Anja"]]})
    with pytest.raises(ImportFout) as fout:
        importeer(plans, bestand)
    assert str(fout.value) == (
        "notities.xlsx, blad 'Notities': geen kopjes herkend in de eerste rijen "
        "(verwacht bijvoorbeeld Orgaan, Datum, Tijd, Locatie of Wat, Wanneer, Wie)"
    )


def test_een_in_de_app_verplaatste_vergadering_wordt_niet_opnieuw_toegevoegd(plans: Path, tmp_path: Path) -> None:
    from swvplanner.services import bewerken as sb

    bestand = excel(tmp_path / "v.xlsx", {"Blad1": [["Orgaan", "Datum"], ["OPR", "wo 3 dec 2025"]]})
    assert [r.uitkomst for r in importeer(plans, bestand).regels] == ["toegevoegd"]
    ws = Werkset.laad(plans)
    sb.vergadering_verplaatsen(ws, "opr-2526-06", "10 dec 2025")
    ws.bewaar()
    voor = (plans / VG).read_bytes()
    regel = importeer(plans, bestand).regels[0]
    assert (regel.uitkomst, regel.reden, regel.item) == (
        "overgeslagen",
        "staat er al, verplaatst naar 10 december 2025",
        "opr-2526-06",
    )
    assert (plans / VG).read_bytes() == voor
