"""Bad input, end to end through `swvplanner.cli.main`: exact Dutch messages with
file:line:column, exit codes, no tracebacks, and nothing on disk changed.

Each case copies plans/ into tmp_path and breaks one file there. Expected line and column
numbers are computed from the text written into the file.

`check` prints each finding as '<bestand>:<regel>:<kolom>: <ernst> <code> <melding>' (the plain
'<plaats>: <melding>' of a Melding, with severity and rule code in between); the tests look for
that line in stdout and stderr together, and compare the same finding exactly in `--format json`.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from swvplanner.cli import main
from swvplanner.core.model.organisatie import Overlegorgaan
from tests.voorbeelden import EEN_JAAR

ROOT = Path(__file__).resolve().parents[2]
PLANS = EEN_JAAR
SWV = "swv.yaml"
VERG = "vergaderingen-2025-2026.yaml"


@pytest.fixture
def planmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of plans/ in tmp_path; the working folder is tmp_path, so files print as plans/<naam>."""
    for naam in ("SWVPLANNER_PLANS", "SWVPLANNER_DEBUG", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(naam, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(tmp_path)
    shutil.copytree(PLANS, tmp_path / "plans")
    return tmp_path / "plans"


def _alle_bestanden(map_: Path) -> dict[str, bytes]:
    return {str(p.relative_to(map_)): p.read_bytes() for p in sorted(map_.rglob("*")) if p.is_file()}


def _draai(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int | str | None, str, str]:
    with pytest.raises(SystemExit) as uitgang:
        main(argv)
    uit, fout = capsys.readouterr()
    assert "Traceback" not in uit + fout
    return uitgang.value.code, uit, fout


def _vervang(pad: Path, oud: str, nieuw: str) -> str:
    """Replace the single occurrence of `oud` in the file; return the new text."""
    tekst = pad.read_text(encoding="utf-8")
    assert tekst.count(oud) == 1, oud
    tekst = tekst.replace(oud, nieuw)
    pad.write_text(tekst, encoding="utf-8")
    return tekst


def _positie(tekst: str, stuk: str, begin: int = 0) -> tuple[int, int]:
    """1-based (line, column) of the first `stuk` at or after character `begin`."""
    plek = tekst.index(stuk, begin)
    regel = tekst.count("\n", 0, plek) + 1
    kolom = plek - (tekst.rfind("\n", 0, plek) + 1) + 1
    return regel, kolom


def _json(planmap: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int | str | None, list[dict]]:
    code, uit, _ = _draai(["--plans", str(planmap), "check", "--format", "json"], capsys)
    return code, json.loads(uit)["bevindingen"]


def _bevindingregels(uit: str, fout: str) -> list[str]:
    """The finding lines of the text output ('<plaats>: <ernst> ...'), wherever they were printed."""
    return [r for r in (uit + fout).splitlines() if re.match(r"^\S+: ", r)]


def _is_foutregel(regel: str, plaats: str, melding: str) -> bool:
    """`regel` is '<plaats>: fout [<code>] <melding>' (the code between ernst and melding is optional)."""
    if not (regel.startswith(plaats + ": ") and regel.endswith(" " + melding)):
        return False
    midden = regel[len(plaats) + 2 : len(regel) - len(melding)].split()
    return midden[:1] == ["fout"] and len(midden) <= 2


def _plaats(bestand: str, regel: int, kolom: int) -> str:
    return f"{bestand}:{regel}:{kolom}" if regel > 0 else bestand


def _check_faalt(
    planmap: Path, capsys: pytest.CaptureFixture[str], bestand: str, regel: int, kolom: int, melding: str
) -> None:
    """A file that cannot be loaded: `check` exits 1 with exactly this one error, in text and in JSON,
    and no file in the folder changes."""
    voor = _alle_bestanden(planmap)
    code, uit, fout = _draai(["--plans", str(planmap), "check"], capsys)
    assert code == 1
    regels = _bevindingregels(uit, fout)
    assert len(regels) == 1, regels
    assert _is_foutregel(regels[0], _plaats(bestand, regel, kolom), melding), regels[0]
    code, bevindingen = _json(planmap, capsys)
    assert code == 1
    assert [(b["ernst"], b["bestand"], b["regel"], b["kolom"], b["melding"]) for b in bevindingen] == [
        ("fout", bestand, regel, kolom, melding)
    ]
    assert _alle_bestanden(planmap) == voor


def _sleutel(b: dict) -> tuple[str, str, str, str]:
    return b["code"], b["ernst"], b["bestand"], b["melding"]


@pytest.fixture
def basis(planmap: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    """The findings of the unbroken copy (the example plans have some on purpose)."""
    _, bevindingen = _json(planmap, capsys)
    return bevindingen


def _check_nieuwe_fout(
    planmap: Path,
    capsys: pytest.CaptureFixture[str],
    basis: list[dict],
    bestand: str,
    regel: int,
    kolom: int,
    melding: str,
) -> None:
    """A file that loads but is wrong: compared with the unbroken copy, the broken file has exactly one
    new finding, this error at this place (consequences in other files are allowed); exit 1; no file
    in the folder changes."""
    voor = _alle_bestanden(planmap)
    code, uit, fout = _draai(["--plans", str(planmap), "check"], capsys)
    assert code == 1
    assert sum(_is_foutregel(r, _plaats(bestand, regel, kolom), melding) for r in _bevindingregels(uit, fout)) == 1
    code, bevindingen = _json(planmap, capsys)
    assert code == 1
    rest = Counter(_sleutel(b) for b in basis)
    nieuw = []
    for b in bevindingen:
        if rest[_sleutel(b)] > 0:
            rest[_sleutel(b)] -= 1
        else:
            nieuw.append(b)
    in_bestand = [
        (b["ernst"], b["bestand"], b["regel"], b["kolom"], b["melding"]) for b in nieuw if b["bestand"] == bestand
    ]
    assert in_bestand == [("fout", bestand, regel, kolom, melding)]
    assert _alle_bestanden(planmap) == voor


# --------------------------------------------------------------------------------------------
# Sanity: the unbroken copy loads
# --------------------------------------------------------------------------------------------


def test_ongebroken_kopie_laadt(planmap: Path, basis: list[dict]) -> None:
    from swvplanner.store.planmap import laad_map

    laad_map(planmap)  # no PlanFout: the findings of the example plans are about content, not loading
    assert all(b["regel"] > 0 and b["kolom"] > 0 for b in basis)
    assert all(b["bestand"].startswith("plans/") for b in basis)


# --------------------------------------------------------------------------------------------
# Broken YAML
# --------------------------------------------------------------------------------------------

_NAAM = "naam: Samenwerkingsverband Noord- en Midden-Drenthe PO\n"


def test_niet_gesloten_haak(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = _vervang(planmap / SWV, _NAAM, "naam: [unclosed\n")
    kapot, _ = _positie(tekst, "naam: [unclosed\n")
    # ruamel notices the problem at the ':' of the next line ("kort: ..."), and reports it there.
    volgende = tekst.splitlines()[kapot]
    assert volgende == "kort: SWV NMD PO"
    _check_faalt(
        planmap,
        capsys,
        "plans/swv.yaml",
        kapot + 1,
        volgende.index(":") + 1,
        "ongeldige YAML: een lijst tussen [ ] is niet goed gesloten (ontbreekt een ']' of een komma?) "
        f"(het blok begint op regel {kapot}, kolom 7)",
    )


def test_niet_gesloten_haak_melding_is_nederlands(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _vervang(planmap / SWV, _NAAM, "naam: [unclosed\n")
    code, bevindingen = _json(planmap, capsys)
    assert code == 1
    [b] = bevindingen
    assert b["melding"].startswith("ongeldige YAML: ")
    assert "expected" not in b["melding"] and "but got" not in b["melding"]


def test_tab_als_inspringing(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = _vervang(
        planmap / SWV,
        "  - id: tb\n    naam: Toezichthoudend bestuur\n",
        "  - id: tb\n\tnaam: Toezichthoudend bestuur\n",
    )
    regel, kolom = _positie(tekst, "\tnaam: Toezichthoudend bestuur")
    assert kolom == 1
    _check_faalt(
        planmap, capsys, "plans/swv.yaml", regel, kolom, "ongeldige YAML: een tab is niet toegestaan; gebruik spaties"
    )


def test_dubbele_sleutel(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = _vervang(planmap / SWV, "kort: SWV NMD PO\n", "kort: SWV NMD PO\nkort: SWV\n")
    regel, kolom = _positie(tekst, "kort: SWV\n")
    _check_faalt(planmap, capsys, "plans/swv.yaml", regel, kolom, "ongeldige YAML: deze sleutel staat er twee keer")


# --------------------------------------------------------------------------------------------
# Validation errors (the file cannot be loaded)
# --------------------------------------------------------------------------------------------


def test_onbekende_sleutel(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = _vervang(planmap / SWV, "    kort: TB\n", "    kort: TB\n    kleur: rood\n")
    regel, kolom = _positie(tekst, "kleur: rood")
    assert kolom == 5  # the key, not its value
    toegestaan = ", ".join(f.alias or n for n, f in Overlegorgaan.model_fields.items())
    assert toegestaan.startswith("id, naam, kort, soort, onderdeel-van, ")
    _check_faalt(
        planmap, capsys, "plans/swv.yaml", regel, kolom, f"onbekende sleutel 'kleur'; toegestaan zijn: {toegestaan}"
    )


def test_onbekende_sleutel_met_tikfout_geeft_suggestie(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = _vervang(
        planmap / SWV,
        "    tijd: 09:30-11:00\n    locatie: St. PrimAH\n",
        "    tijd: 09:30-11:00\n    lokatie: St. PrimAH\n",
    )
    regel, kolom = _positie(tekst, "lokatie:")
    _check_faalt(planmap, capsys, "plans/swv.yaml", regel, kolom, "onbekende sleutel 'lokatie'; bedoelt u 'locatie'?")


def test_onmogelijke_datum(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = _vervang(
        planmap / VERG,
        "  - id: opr-2526-03\n    orgaan: opr\n    datum: 2026-02-11\n",
        "  - id: opr-2526-03\n    orgaan: opr\n    datum: 2026-02-31\n",
    )
    regel, kolom = _positie(tekst, "2026-02-31")
    assert kolom == 12  # the value
    _check_faalt(
        planmap, capsys, f"plans/{VERG}", regel, kolom, "'2026-02-31' bestaat niet: februari 2026 heeft 28 dagen"
    )


def test_verplichte_sleutel_ontbreekt(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = _vervang(planmap / SWV, _NAAM, "")
    # A key missing from the top-level block is reported at the document's first key, not at the
    # comment lines above it.
    eerste = next(i for i, r in enumerate(tekst.splitlines()) if r and not r.startswith("#"))
    assert tekst.splitlines()[eerste] == "kort: SWV NMD PO"
    _check_faalt(planmap, capsys, "plans/swv.yaml", eerste + 1, 1, "het verplichte veld 'naam' ontbreekt")


def test_verplichte_sleutel_ontbreekt_in_lijstitem(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = _vervang(planmap / SWV, "  - id: tb\n    naam: Toezichthoudend bestuur\n", "  - id: tb\n")
    regel, kolom = _positie(tekst, "id: tb\n")  # the list item (its first key)
    _check_faalt(planmap, capsys, "plans/swv.yaml", regel, kolom, "het verplichte veld 'naam' ontbreekt")


def test_schooljaar_past_niet_bij_bestandsnaam(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = _vervang(planmap / VERG, "schooljaar: 2025-2026\n", "schooljaar: 2024-2025\n")
    regel, kolom = _positie(tekst, "2024-2025")
    _check_faalt(
        planmap,
        capsys,
        f"plans/{VERG}",
        regel,
        kolom,
        "het schooljaar 2024-2025 past niet bij de bestandsnaam (verwacht 2025-2026)",
    )


def test_onbekend_extra_bestand(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (planmap / "rommel.yaml").write_text("a: 1\n", encoding="utf-8")
    _check_faalt(
        planmap,
        capsys,
        "plans/rommel.yaml",
        0,
        0,
        "onbekend planbestand: verwacht swv.yaml, kwaliteitskalender.yaml, "
        "jaarplan-JJJJ-JJJJ.yaml of vergaderingen-JJJJ-JJJJ.yaml",
    )


def test_onbekende_sleutel_via_merge_key(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = _vervang(planmap / SWV, "  - id: tb\n", "  - id: tb\n    <<: {kleur: rood}\n")
    regel, _ = _positie(tekst, "<<: {kleur: rood}")
    voor = _alle_bestanden(planmap)
    code, uit, fout = _draai(["--plans", str(planmap), "check"], capsys)
    assert _alle_bestanden(planmap) == voor
    assert code == 1
    regels = _bevindingregels(uit, fout)
    assert len(regels) == 1 and regels[0].startswith(f"plans/swv.yaml:{regel}:")
    assert "onbekende sleutel 'kleur'" in regels[0]


# --------------------------------------------------------------------------------------------
# Reference errors (the files load; the checker reports them next to the other findings)
# --------------------------------------------------------------------------------------------


def test_onbekend_overlegorgaan(planmap: Path, capsys: pytest.CaptureFixture[str], basis: list[dict]) -> None:
    tekst = _vervang(
        planmap / VERG, "  - id: opr-2526-03\n    orgaan: opr\n", "  - id: opr-2526-03\n    orgaan: oprr\n"
    )
    regel, kolom = _positie(tekst, "oprr")
    _check_nieuwe_fout(
        planmap, capsys, basis, f"plans/{VERG}", regel, kolom, "onbekend overlegorgaan 'oprr'; bedoelt u 'opr'?"
    )


def test_dubbel_vergadering_id(planmap: Path, capsys: pytest.CaptureFixture[str], basis: list[dict]) -> None:
    tekst = _vervang(planmap / VERG, "  - id: opr-2526-03\n", "  - id: opr-2526-02\n")
    assert tekst.count("  - id: opr-2526-02\n") == 2
    tweede = tekst.index("  - id: opr-2526-02\n", tekst.index("  - id: opr-2526-02\n") + 1)
    regel, kolom = _positie(tekst, "opr-2526-02", tweede)  # the second one, at its id value
    _check_nieuwe_fout(
        planmap,
        capsys,
        basis,
        f"plans/{VERG}",
        regel,
        kolom,
        "het id 'opr-2526-02' (vergadering) wordt al gebruikt; ids moeten uniek zijn",
    )


def test_onbekend_kwaliteitskalender_item_in_agenda(
    planmap: Path, capsys: pytest.CaptureFixture[str], basis: list[dict]
) -> None:
    tekst = _vervang(
        planmap / VERG,
        "{kwaliteitskalender: jaarverslag-opr, stap: vaststelling}",
        "{kwaliteitskalender: jaarverslag-oprr, stap: vaststelling}",
    )
    regel, kolom = _positie(tekst, "jaarverslag-oprr")
    _check_nieuwe_fout(
        planmap,
        capsys,
        basis,
        f"plans/{VERG}",
        regel,
        kolom,
        "onbekend kwaliteitskalender-item 'jaarverslag-oprr'; bedoelt u 'jaarverslag-opr'?",
    )


# --------------------------------------------------------------------------------------------
# Bytes
# --------------------------------------------------------------------------------------------


def test_geen_utf8(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = planmap / SWV
    inhoud = pad.read_bytes()
    oud = b"regio: noord  # Drenthe valt"
    assert inhoud.count(oud) == 1
    inhoud = inhoud.replace(oud, b"regio: noord  # Drenthe \xff valt")
    pad.write_bytes(inhoud)
    regel = inhoud[: inhoud.index(b"\xff")].count(b"\n") + 1
    _check_faalt(planmap, capsys, "plans/swv.yaml", regel, 1, "het bestand is geen geldige UTF-8-tekst")


@pytest.mark.parametrize("naam", [SWV, VERG, "kwaliteitskalender.yaml", "jaarplan-2025-2026.yaml"])
def test_leeg_bestand(planmap: Path, capsys: pytest.CaptureFixture[str], naam: str) -> None:
    (planmap / naam).write_bytes(b"")
    _check_faalt(planmap, capsys, f"plans/{naam}", 1, 1, "het bestand is leeg")


def test_alleen_commentaar_is_leeg(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (planmap / VERG).write_bytes(b"# nog niets\n")
    _check_faalt(planmap, capsys, f"plans/{VERG}", 1, 1, "het bestand is leeg")


# --------------------------------------------------------------------------------------------
# Other commands and arguments
# --------------------------------------------------------------------------------------------


def test_when_onmogelijke_datum(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, fout = _draai(["when", "31 februari 2026", "--schooljaar", "2025-2026"], capsys)
    assert code == 1
    assert fout == ""
    assert uit.splitlines() == [
        "Tekst:      31 februari 2026",
        "Herkend:    nee",
        "Betekenis:  niet herkend: '31 februari 2026' bestaat niet: februari 2026 heeft 28 dagen",
        "Schooljaar: 2025-2026",
        "Data:       geen vaste data in dit schooljaar",
    ]


def test_when_onmogelijke_datum_zonder_schooljaar(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = _draai(["when", "31 februari 2026"], capsys)
    assert code == 1
    assert "Herkend:    nee" in uit.splitlines()


def test_when_ongeldig_schooljaar(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, fout = _draai(["when", "x", "--schooljaar", "2025"], capsys)
    assert code == 2
    assert uit == ""
    assert fout.splitlines() == [
        "Gebruik: swvplanner when [OPTIES] TEKST",
        "Fout: ongeldig schooljaar '2025': schrijf het als 2025-2026",
        "Gebruik 'swvplanner --help' voor hulp.",
    ]


def test_when_29_februari(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Regression: the yearly rule used to start its rrule at date(1900, 2, 29), which does not exist.
    code, uit, fout = _draai(
        ["when", "Jaarlijks op 29 februari", "--schooljaar", "2027-2028", "--format", "json"], capsys
    )
    assert code == 0, fout
    data = json.loads(uit)
    assert data["herkend"] is True
    assert data["data"] == ["2028-02-29"]


def test_planmap_bestaat_niet(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert not Path("/nonexistent").exists()
    code, uit, fout = _draai(["--plans", "/nonexistent", "check"], capsys)
    assert code == 1
    regels = _bevindingregels(uit, fout)
    assert len(regels) == 1
    assert _is_foutregel(regels[0], "/nonexistent", "de planmap bestaat niet (kies een andere met --plans)")


def test_planmap_zonder_swv_yaml(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (planmap / SWV).unlink()
    _check_faalt(planmap, capsys, str(planmap / SWV), 0, 0, "het organisatiebestand swv.yaml ontbreekt in de planmap")


@pytest.mark.parametrize(
    ("naam", "reden"),
    [
        ("jaarplan-2025-2027.yaml", "ongeldig schooljaar '2025-2027': het tweede jaar moet 2026 zijn"),
        (
            "vergaderingen-1000-1001.yaml",
            "ongeldig schooljaar '1000-1001': het jaar 1000 is geen planningsjaar (1900-2200)",
        ),
    ],
)
def test_bestandsnaam_met_onmogelijk_schooljaar(
    planmap: Path, capsys: pytest.CaptureFixture[str], naam: str, reden: str
) -> None:
    # Regression: the name matched the pattern, and the schooljaar check crashed on it (exit code 70).
    (planmap / "jaarplan-2025-2026.yaml").rename(planmap / naam)
    _check_faalt(planmap, capsys, f"plans/{naam}", 0, 0, f"onbekend planbestand: {reden} (in de bestandsnaam)")


def test_planmap_is_een_bestand(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, fout = _draai(["--plans", str(planmap / SWV), "check"], capsys)
    assert code == 2
    assert "is a file" not in fout


def test_onbekende_opdracht(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, fout = _draai(["--plans", str(planmap), "bla"], capsys)
    assert code == 2
    assert uit == ""
    assert fout.splitlines() == [
        "Gebruik: swvplanner [OPTIES] [OPDRACHT] [ARGUMENTEN]...",
        "Fout: onbekende opdracht 'bla'.",
        "Gebruik 'swvplanner --help' voor hulp.",
    ]


def test_onbekende_optie(planmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, fout = _draai(["check", "--formaat", "json"], capsys)
    assert code == 2
    assert "Fout: onbekende optie --formaat. Bedoelt u '--format'?" in fout.splitlines()


_KAPOT: list[tuple[str, Callable[[Path], None]]] = [
    ("yaml", lambda m: (m / SWV).write_text("naam: [\n", encoding="utf-8")),
    ("model", lambda m: (m / VERG).write_text("schooljaar: 2025-2026\nvergaderingen: 5\n", encoding="utf-8")),
]


@pytest.mark.parametrize("breek", [b for _, b in _KAPOT], ids=[n for n, _ in _KAPOT])
def test_tekst_en_json_melden_hetzelfde(
    planmap: Path, capsys: pytest.CaptureFixture[str], breek: Callable[[Path], None]
) -> None:
    breek(planmap)
    voor = _alle_bestanden(planmap)
    code, uit, fout = _draai(["--plans", str(planmap), "check"], capsys)
    code_json, bevindingen = _json(planmap, capsys)
    assert code == code_json == 1
    [b] = bevindingen
    [regel] = _bevindingregels(uit, fout)
    assert b["ernst"] == "fout" and b["regel"] > 0
    assert _is_foutregel(regel, _plaats(b["bestand"], b["regel"], b["kolom"]), b["melding"])
    assert _alle_bestanden(planmap) == voor
