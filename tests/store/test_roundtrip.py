"""Round-trip store: unchanged files stay byte-identical, edits touch only what changed,
saves are atomic, conflict-checked and re-validated.

Every test that writes works on a copy of plans/ in tmp_path; the repository's plans/ is only read.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import stat
from datetime import date
from pathlib import Path

import pytest

from swvplanner.core.fouten import ConflictFout, PlanFout
from swvplanner.core.model.jaarplan import Jaarplan
from swvplanner.core.model.kwaliteitskalender import Kwaliteitskalender
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Vergadering, Vergaderplanning
from swvplanner.store import atomisch
from swvplanner.store.atomisch import schrijf_atomisch
from swvplanner.store.bestand import bewaar, kenmerk, lees_bestand, nieuwe_tekst
from swvplanner.store.yaml_io import dump_tekst, laad_tekst
from tests.voorbeelden import EEN_JAAR

ROOT = Path(__file__).resolve().parents[2]
PLANS = EEN_JAAR
JAARPLAN = "jaarplan-2025-2026.yaml"
VERGADERINGEN = "vergaderingen-2025-2026.yaml"

# Collected once, at import (= collection) time: plans/ and whatever examples/ holds right now.
VOORBEELDEN = sorted({*PLANS.rglob("*.yaml"), *(ROOT / "examples").rglob("*.yaml")})
_PER_SCHOOLJAAR = re.compile(r"^(jaarplan|vergaderingen)-\d{4}-\d{4}\.yaml$")


def _model_voor(pad: Path) -> type:
    """The model class of a plan file, by its name. An unknown name fails loudly (never skipped)."""
    if pad.name == "swv.yaml":
        return Organisatie
    if pad.name == "kwaliteitskalender.yaml":
        return Kwaliteitskalender
    if m := _PER_SCHOOLJAAR.match(pad.name):
        return Jaarplan if m[1] == "jaarplan" else Vergaderplanning
    pytest.fail(f"{pad}: geen bekend soort planbestand; dit voorbeeld kan niet getest worden")


def _id(pad: Path) -> str:
    return str(pad.relative_to(ROOT))


def _commentaar(tekst: str) -> list[str]:
    return [r.strip() for r in tekst.splitlines() if r.strip().startswith("#")]


def _wijzigingen(oud: str, nieuw: str) -> list[tuple[str, int, list[str], list[str]]]:
    """(tag, 0-based line in `oud`, removed lines, added lines) for every non-equal block."""
    a, b = oud.splitlines(keepends=True), nieuw.splitlines(keepends=True)
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return [(tag, i1, a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]


def _regel_index(regels: list[str], begin: int, inhoud: str) -> int:
    """Index of the first line at or after `begin` whose stripped form starts with `inhoud`."""
    return next(i for i in range(begin, len(regels)) if regels[i].strip().startswith(inhoud))


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    doel = tmp_path / "plans"
    shutil.copytree(PLANS, doel)
    return doel


def _met_actie(plan: Jaarplan, actie_id: str, **update: object) -> Jaarplan:
    """A new Jaarplan with one actie changed, built by model_copy at each level."""
    for oi, onderdeel in enumerate(plan.onderdelen):
        for di, doel in enumerate(onderdeel.doelen):
            for ai, actie in enumerate(doel.acties):
                if actie.id == actie_id:
                    acties = list(doel.acties)
                    acties[ai] = actie.model_copy(update=update)
                    doelen = list(onderdeel.doelen)
                    doelen[di] = doel.model_copy(update={"acties": acties})
                    onderdelen = list(plan.onderdelen)
                    onderdelen[oi] = onderdeel.model_copy(update={"doelen": doelen})
                    return plan.model_copy(update={"onderdelen": onderdelen})
    raise KeyError(actie_id)


def _met_actie_via_plain(plan: Jaarplan, actie_id: str, **update: object) -> Jaarplan:
    """The same edit through the YAML-shaped dict and model_validate."""
    plat = plan.plain()
    gevonden = 0
    for onderdeel in plat["onderdelen"]:
        for actie in onderdeel["doelen"][0]["acties"]:
            if actie["id"] == actie_id:
                actie.update(update)
                gevonden += 1
    assert gevonden == 1
    return Jaarplan.model_validate(plat)


# --------------------------------------------------------------------------------------------
# Unchanged files
# --------------------------------------------------------------------------------------------


def test_voorbeelden_gevonden() -> None:
    namen = {p.name for p in VOORBEELDEN if p.parent == PLANS}
    assert {"swv.yaml", "kwaliteitskalender.yaml", JAARPLAN, VERGADERINGEN} <= namen


@pytest.mark.parametrize("pad", VOORBEELDEN, ids=_id)
def test_ongewijzigd_model_geeft_exact_de_oorspronkelijke_tekst(pad: Path) -> None:
    tekst = pad.read_bytes().decode("utf-8")
    bestand = lees_bestand(pad, _model_voor(pad))
    assert bestand.tekst == tekst
    assert bestand.kenmerk == kenmerk(pad.read_bytes())
    assert nieuwe_tekst(bestand, bestand.model) == tekst
    # A validated copy of the model (equal, but another object) changes nothing either.
    kopie = type(bestand.model).model_validate(bestand.model.plain())
    assert nieuwe_tekst(bestand, kopie) == tekst


@pytest.mark.parametrize("pad", VOORBEELDEN, ids=_id)
def test_yaml_rondgang_is_byte_gelijk(pad: Path) -> None:
    tekst = pad.read_bytes().decode("utf-8")
    assert dump_tekst(laad_tekst(tekst)) == tekst


@pytest.mark.parametrize("pad", VOORBEELDEN, ids=_id)
def test_bewaar_zonder_wijziging_raakt_het_bestand_niet_aan(pad: Path, tmp_path: Path) -> None:
    kopie = tmp_path / pad.name
    shutil.copy2(pad, kopie)
    voor_bytes = kopie.read_bytes()
    voor_mtime = kopie.stat().st_mtime_ns
    bestand = lees_bestand(kopie, _model_voor(pad))
    terug = bewaar(bestand, bestand.model)
    assert kopie.read_bytes() == voor_bytes
    assert kopie.stat().st_mtime_ns == voor_mtime
    assert terug.tekst == bestand.tekst
    assert terug.kenmerk == kenmerk(voor_bytes)
    assert sorted(p.name for p in tmp_path.iterdir()) == [pad.name]


# --------------------------------------------------------------------------------------------
# Edits through the model
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bouw", [_met_actie, _met_actie_via_plain], ids=["model_copy", "model_validate"])
def test_status_actie_toevoegen_raakt_alleen_die_regel(plans: Path, bouw) -> None:  # noqa: ANN001
    pad = plans / JAARPLAN
    bestand = lees_bestand(pad, Jaarplan)
    oud = bestand.tekst
    assert bestand.model.actie("steeds-inclusiever-02").status == "gepland"  # not in the file yet

    nieuw = bouw(bestand.model, "steeds-inclusiever-02", status="lopend")
    assert bestand.model.actie("steeds-inclusiever-02").status == "gepland"  # original untouched
    terug = bewaar(bestand, nieuw)

    tekst = pad.read_text(encoding="utf-8")
    regels = oud.splitlines(keepends=True)
    plek = _regel_index(regels, regels.index("          - id: steeds-inclusiever-02\n"), "wanneer:") + 1
    assert regels[plek - 1] == "            wanneer: 1 mei 2026\n"
    assert _wijzigingen(oud, tekst) == [("insert", plek, [], ["            status: lopend\n"])]
    assert _commentaar(tekst) == _commentaar(oud)
    assert tekst.encode("utf-8") == terug.tekst.encode("utf-8")
    assert terug.kenmerk == kenmerk(pad.read_bytes())

    opnieuw = lees_bestand(pad, Jaarplan)
    assert opnieuw.model == nieuw
    assert opnieuw.model.actie("steeds-inclusiever-02").status == "lopend"
    assert [a.status for a in opnieuw.model.acties() if a.id != "steeds-inclusiever-02"] == [
        a.status for a in bestand.model.acties() if a.id != "steeds-inclusiever-02"
    ]


def test_bestaande_status_wijzigen_vervangt_alleen_die_regel(plans: Path) -> None:
    pad = plans / JAARPLAN
    bestand = lees_bestand(pad, Jaarplan)
    oud = bestand.tekst
    bewaar(bestand, _met_actie(bestand.model, "basisondersteuning-01", status="gereed"))
    tekst = pad.read_text(encoding="utf-8")
    regels = oud.splitlines(keepends=True)
    plek = _regel_index(regels, regels.index("          - id: basisondersteuning-01\n"), "status:")
    assert _wijzigingen(oud, tekst) == [
        ("replace", plek, ["            status: lopend\n"], ["            status: gereed\n"])
    ]
    assert _commentaar(tekst) == _commentaar(oud)
    assert lees_bestand(pad, Jaarplan).model.actie("basisondersteuning-01").status == "gereed"


def test_status_terug_naar_standaard_verwijdert_alleen_de_statusregel(plans: Path) -> None:
    # 'gepland' is the default: plain() leaves it out, so the status line goes.
    pad = plans / JAARPLAN
    bestand = lees_bestand(pad, Jaarplan)
    oud = bestand.tekst
    bewaar(bestand, _met_actie(bestand.model, "basisondersteuning-01", status="gepland"))
    tekst = pad.read_text(encoding="utf-8")
    regels = oud.splitlines(keepends=True)
    plek = _regel_index(regels, regels.index("          - id: basisondersteuning-01\n"), "status:")
    assert _wijzigingen(oud, tekst) == [("delete", plek, ["            status: lopend\n"], [])]
    assert lees_bestand(pad, Jaarplan).model.actie("basisondersteuning-01").status == "gepland"


def test_status_terug_naar_standaard_behoudt_commentaar_bij_volgende_sleutel(plans: Path) -> None:
    # Regression: ruamel stores the comment lines after 'status' on that key; they belong to the next key.
    pad = plans / JAARPLAN
    bestand = lees_bestand(pad, Jaarplan)
    oud = bestand.tekst
    bewaar(bestand, _met_actie(bestand.model, "basisondersteuning-05", status="gepland"))
    tekst = pad.read_text(encoding="utf-8")
    regels = oud.splitlines(keepends=True)
    plek = _regel_index(regels, regels.index("          - id: basisondersteuning-05\n"), "status:")
    assert regels[plek + 1].strip().startswith('# bron: het label "Ontwikkelpunt 4"')
    assert _commentaar(tekst) == _commentaar(oud)
    assert _wijzigingen(oud, tekst) == [("delete", plek, ["            status: lopend\n"], [])]


def _vergadering_index(plan: Vergaderplanning, vergadering_id: str) -> int:
    return next(i for i, v in enumerate(plan.vergaderingen) if v.id == vergadering_id)


def test_vergadering_verplaatsen_wijzigt_alleen_de_datumregel(plans: Path) -> None:
    pad = plans / VERGADERINGEN
    bestand = lees_bestand(pad, Vergaderplanning)
    oud = bestand.tekst
    i = _vergadering_index(bestand.model, "opr-2526-03")
    vergaderingen = list(bestand.model.vergaderingen)
    vergaderingen[i] = vergaderingen[i].model_copy(update={"datum": date(2026, 2, 18)})
    bewaar(bestand, bestand.model.model_copy(update={"vergaderingen": vergaderingen}))

    tekst = pad.read_text(encoding="utf-8")
    regels = oud.splitlines(keepends=True)
    plek = _regel_index(regels, regels.index("  - id: opr-2526-03\n"), "datum:")
    assert _wijzigingen(oud, tekst) == [("replace", plek, ["    datum: 2026-02-11\n"], ["    datum: 2026-02-18\n"])]
    assert _commentaar(tekst) == _commentaar(oud)

    opnieuw = lees_bestand(pad, Vergaderplanning).model
    assert [v.id for v in opnieuw.vergaderingen] == [v.id for v in bestand.model.vergaderingen]
    assert opnieuw.vergaderingen[i].id == "opr-2526-03"
    assert opnieuw.vergadering("opr-2526-03").datum == date(2026, 2, 18)
    for voor, na in zip(bestand.model.vergaderingen, opnieuw.vergaderingen, strict=True):
        if voor.id != "opr-2526-03":
            assert voor == na


def _toevoegen_en_verwijderen(bestand) -> Vergaderplanning:  # noqa: ANN001
    nieuw = Vergadering(id="opr-2526-06", orgaan="opr", datum=date(2026, 6, 24))
    vergaderingen = [v for v in bestand.model.vergaderingen if v.id != "mr-p-2526-03"] + [nieuw]
    return bestand.model.model_copy(update={"vergaderingen": vergaderingen})


def test_vergadering_toevoegen_en_verwijderen(plans: Path) -> None:
    pad = plans / VERGADERINGEN
    bestand = lees_bestand(pad, Vergaderplanning)
    oud = bestand.tekst
    bewaar(bestand, _toevoegen_en_verwijderen(bestand))
    tekst = pad.read_text(encoding="utf-8")

    # The new entry: block style, at the end of the list (= of the file), house indentation.
    assert tekst.endswith("\n  - id: opr-2526-06\n    orgaan: opr\n    datum: 2026-06-24\n")
    assert "{id: opr-2526-06" not in tekst
    assert tekst.count("opr-2526-06") == 1
    # The deleted entry is gone, with all three of its lines.
    assert "mr-p-2526-03" not in tekst
    assert "    datum: 2026-05-12\n" not in tekst
    # Everything before the deleted entry is untouched.
    begin = oud.index("  - id: mr-p-2526-03\n")
    assert tekst[:begin] == oud[:begin]

    opnieuw = lees_bestand(pad, Vergaderplanning).model
    assert [v.id for v in opnieuw.vergaderingen] == [
        v.id for v in bestand.model.vergaderingen if v.id != "mr-p-2526-03"
    ] + ["opr-2526-06"]
    assert opnieuw.vergadering("opr-2526-06") == Vergadering(id="opr-2526-06", orgaan="opr", datum=date(2026, 6, 24))


def test_vergadering_verwijderen_behoudt_commentaar_van_anderen(plans: Path) -> None:
    # Regression: the blank line and '# (Toezichhoudend) Bestuur' heading after mr-p-2526-03 belong to tb.
    pad = plans / VERGADERINGEN
    bestand = lees_bestand(pad, Vergaderplanning)
    oud = bestand.tekst
    bewaar(bestand, _toevoegen_en_verwijderen(bestand))
    tekst = pad.read_text(encoding="utf-8")
    # mr-p-2526-03 (lines 'id', 'orgaan', 'datum') has no comments of its own.
    assert _commentaar(tekst) == _commentaar(oud)
    regels = oud.splitlines(keepends=True)
    plek = regels.index("  - id: mr-p-2526-03\n")
    assert _wijzigingen(oud, tekst) == [
        ("delete", plek, regels[plek : plek + 3], []),
        ("insert", len(regels), [], ["  - id: opr-2526-06\n", "    orgaan: opr\n", "    datum: 2026-06-24\n"]),
    ]


def test_vergadering_invoegen_na_laatste_van_groep_komt_voor_volgende_kop(plans: Path) -> None:
    # Regression: the new OPR meeting goes above the blank line and the '# MR-p' heading, not below it.
    pad = plans / VERGADERINGEN
    bestand = lees_bestand(pad, Vergaderplanning)
    oud = bestand.tekst
    i = _vergadering_index(bestand.model, "opr-2526-05")
    vergaderingen = list(bestand.model.vergaderingen)
    vergaderingen.insert(i + 1, Vergadering(id="opr-2526-06", orgaan="opr", datum=date(2026, 6, 24)))
    bewaar(bestand, bestand.model.model_copy(update={"vergaderingen": vergaderingen}))
    tekst = pad.read_text(encoding="utf-8")
    regels = oud.splitlines(keepends=True)
    plek = _regel_index(regels, regels.index("  - id: opr-2526-05\n"), "- {kwaliteitskalender: jaarverslag") + 1
    assert regels[plek] == "\n"
    assert _wijzigingen(oud, tekst) == [
        ("insert", plek, [], ["  - id: opr-2526-06\n", "    orgaan: opr\n", "    datum: 2026-06-24\n"])
    ]


# --------------------------------------------------------------------------------------------
# Atomic writes
# --------------------------------------------------------------------------------------------


def test_mislukte_replace_laat_bestand_en_map_heel(plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pad = plans / VERGADERINGEN
    voor = pad.read_bytes()
    namen_voor = sorted(p.name for p in plans.iterdir())
    bestand = lees_bestand(pad, Vergaderplanning)
    nieuw = _toevoegen_en_verwijderen(bestand)
    aanroepen: list[tuple[str, str]] = []

    def kapotte_replace(bron: str, doel: object) -> None:
        aanroepen.append((str(bron), str(doel)))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomisch.os, "replace", kapotte_replace)
    with pytest.raises(OSError, match="No space left on device"):
        bewaar(bestand, nieuw)
    monkeypatch.undo()

    assert len(aanroepen) == 1
    tijdelijk, doel = aanroepen[0]
    assert Path(doel) == pad
    assert Path(tijdelijk).parent == plans
    assert Path(tijdelijk).name.startswith(f".{pad.name}.") and tijdelijk.endswith(".tmp")
    assert pad.read_bytes() == voor
    assert sorted(p.name for p in plans.iterdir()) == namen_voor
    assert not [p for p in plans.iterdir() if p.name.endswith(".tmp")]
    # The loaded file is still usable: a retry without the fault writes.
    bewaar(bestand, nieuw)
    assert pad.read_bytes() == nieuwe_tekst(bestand, nieuw).encode("utf-8")


def test_schrijf_atomisch_behoudt_rechten(tmp_path: Path) -> None:
    pad = tmp_path / "swv.yaml"
    pad.write_bytes(b"oud\n")
    pad.chmod(0o640)
    schrijf_atomisch(pad, "naam: één\n".encode())
    assert pad.read_bytes() == "naam: één\n".encode()
    assert stat.S_IMODE(pad.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["swv.yaml"]


def test_bewaar_behoudt_rechten(plans: Path) -> None:
    pad = plans / JAARPLAN
    pad.chmod(0o640)
    bestand = lees_bestand(pad, Jaarplan)
    bewaar(bestand, _met_actie(bestand.model, "steeds-inclusiever-02", status="lopend"))
    assert stat.S_IMODE(pad.stat().st_mode) == 0o640
    assert "            status: lopend\n" in pad.read_text(encoding="utf-8")


def test_schrijf_atomisch_nieuw_bestand(tmp_path: Path) -> None:
    pad = tmp_path / "nieuw.yaml"
    schrijf_atomisch(pad, b"a: 1\n")
    assert pad.read_bytes() == b"a: 1\n"
    assert os.listdir(tmp_path) == ["nieuw.yaml"]


# --------------------------------------------------------------------------------------------
# Conflicts and re-validation
# --------------------------------------------------------------------------------------------


def test_conflict_als_bestand_buiten_om_gewijzigd_is(plans: Path) -> None:
    pad = plans / JAARPLAN
    bestand = lees_bestand(pad, Jaarplan)
    buiten = bestand.tekst.encode("utf-8") + b"# door iemand anders toegevoegd\n"
    pad.write_bytes(buiten)
    nieuw = _met_actie(bestand.model, "steeds-inclusiever-02", status="lopend")

    with pytest.raises(ConflictFout) as fout:
        bewaar(bestand, nieuw)
    assert isinstance(fout.value, PlanFout)
    assert [(m.bestand, m.regel, m.kolom) for m in fout.value.meldingen] == [(str(pad), 0, 0)]
    assert fout.value.meldingen[0].melding.startswith("het bestand is gewijzigd sinds het werd geladen")
    assert pad.read_bytes() == buiten
    assert not [p for p in plans.iterdir() if p.name.endswith(".tmp")]

    with pytest.raises(ConflictFout):  # no way to overwrite it: the Werkset merges instead
        bewaar(bestand, nieuw)
    assert pad.read_bytes() == buiten


def test_conflict_als_bestand_verdwenen_is(plans: Path) -> None:
    pad = plans / JAARPLAN
    bestand = lees_bestand(pad, Jaarplan)
    pad.unlink()
    with pytest.raises(ConflictFout):
        bewaar(bestand, _met_actie(bestand.model, "steeds-inclusiever-02", status="lopend"))
    assert not pad.exists()


def test_tweede_bewaar_met_teruggegeven_bestand_geeft_geen_conflict(plans: Path) -> None:
    pad = plans / JAARPLAN
    bestand = lees_bestand(pad, Jaarplan)
    eerste = bewaar(bestand, _met_actie(bestand.model, "steeds-inclusiever-02", status="lopend"))
    tweede = bewaar(eerste, _met_actie(eerste.model, "steeds-inclusiever-01", status="gereed"))
    opnieuw = lees_bestand(pad, Jaarplan)
    assert opnieuw.model == tweede.model
    assert opnieuw.model.actie("steeds-inclusiever-01").status == "gereed"
    assert opnieuw.model.actie("steeds-inclusiever-02").status == "lopend"
    # ...but the stale first PlanBestand now conflicts.
    with pytest.raises(ConflictFout):
        bewaar(bestand, _met_actie(bestand.model, "basisondersteuning-02", status="lopend"))


def test_ongeldig_resultaat_wordt_niet_geschreven(plans: Path) -> None:
    pad = plans / JAARPLAN
    voor = pad.read_bytes()
    bestand = lees_bestand(pad, Jaarplan)
    kapot = _met_actie(bestand.model, "steeds-inclusiever-02", status="kapot")  # model_copy: not validated
    assert kapot.actie("steeds-inclusiever-02").status == "kapot"

    with pytest.raises(PlanFout) as fout:
        bewaar(bestand, kapot)
    assert not isinstance(fout.value, ConflictFout)
    regels = bestand.tekst.splitlines()
    plek = _regel_index(regels, regels.index("          - id: steeds-inclusiever-02"), "wanneer:") + 1
    # The line number is that of the status line as it would have been written (right after wanneer).
    assert [str(m) for m in fout.value.meldingen] == [
        f"{pad}:{plek + 1}:21: ongeldige waarde 'kapot' voor 'status': kies uit 'gepland', 'lopend', "
        "'gereed', 'uitgesteld' of 'vervallen'"
    ]
    assert pad.read_bytes() == voor
    assert sorted(p.name for p in plans.iterdir()) == sorted(p.name for p in PLANS.iterdir())
    # The loaded PlanBestand is intact and can still save a valid change.
    assert bestand.tekst == voor.decode("utf-8")
    bewaar(bestand, _met_actie(bestand.model, "steeds-inclusiever-02", status="lopend"))
    assert lees_bestand(pad, Jaarplan).model.actie("steeds-inclusiever-02").status == "lopend"


def test_nieuwe_sleutel_komt_na_een_uitgeschreven_standaardwaarde(tmp_path: Path) -> None:
    # 'titel: Kwaliteitskalender' is the default, so the model leaves it out; a first categorie
    # went above it (at the top of the file). It goes after it, the comments stay where they were.
    pad = tmp_path / "kwaliteitskalender.yaml"
    pad.write_text("# kop\ntitel: Kwaliteitskalender  # de naam\n")
    b = lees_bestand(pad, Kwaliteitskalender, "kwaliteitskalender.yaml")
    nieuw = Kwaliteitskalender.model_validate({"titel": "Kwaliteitskalender", "categorieen": [{"naam": "Documenten"}]})
    assert nieuwe_tekst(b, nieuw) == (
        "# kop\ntitel: Kwaliteitskalender  # de naam\ncategorieen:\n  - naam: Documenten\n"
    )
