"""Hostile and broken plan files: each is refused with one positioned Dutch message, quickly and
without echoing more of the file than the place needs."""

from __future__ import annotations

import os
import resource
import shutil
import time
from pathlib import Path

import pytest

from swvplanner.core.fouten import PlanFout
from swvplanner.core.melding import citaat
from swvplanner.core.model.jaarplan import Jaarplan
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Vergaderplanning
from swvplanner.core.nl_datum import parse_tijd
from swvplanner.store.bestand import MAX_GROOTTE, lees_bestand, lees_tekst
from swvplanner.store.planmap import laad_map
from tests.voorbeelden import EEN_JAAR

_AANHALING = " (tekst die op een getal lijkt zet u tussen aanhalingstekens)"
VOORBEELD = EEN_JAAR


def _meldingen(tekst: str, model: type = Vergaderplanning) -> list[str]:
    with pytest.raises(PlanFout) as fout:
        lees_tekst(Path("x.yaml"), tekst, model, "x.yaml")
    return [str(m) for m in fout.value.meldingen]


def test_billion_laughs_wordt_geweigerd_zonder_uit_te_pakken() -> None:
    lagen = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, naam in enumerate("bcdefghi"):
        vorige = "abcdefghi"[i]
        lagen.append(f"{naam}: &{naam} [{','.join(['*' + vorige] * 9)}]")
    tekst = "schooljaar: 2025-2026\n" + "\n".join(lagen) + "\ntitel: *i\n"
    assert len(tekst) < 700
    voor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    begin = time.perf_counter()
    meldingen = _meldingen(tekst)
    assert time.perf_counter() - begin < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - voor < 50_000  # kB: nothing was expanded
    assert meldingen == [
        "x.yaml:3:8: verwijzingen (*a) zijn in planbestanden alleen toegestaan als "
        "samenvoegsleutel ('<<: *a'); schrijf de waarde hier uit"
    ]


def test_samenvoegsleutels_blijven_werken() -> None:
    tekst = (
        "schooljaar: 2025-2026\nvergaderingen:\n  - &opr {orgaan: opr, id: opr-1, datum: 2025-10-01}\n"
        "  - <<: *opr\n    id: opr-2\n    datum: 2025-11-05\n"
        "  - <<: [*opr]\n    id: opr-3\n    datum: 2025-12-03\n"
    )
    bestand = lees_tekst(Path("x.yaml"), tekst, Vergaderplanning, "x.yaml")
    assert [(v.id, v.orgaan) for v in bestand.model.vergaderingen] == [
        ("opr-1", "opr"),
        ("opr-2", "opr"),
        ("opr-3", "opr"),
    ]


def test_te_veel_samenvoegingen() -> None:
    regels = ["schooljaar: 2025-2026", "vergaderingen:", "  - &s {orgaan: opr, id: s, datum: 2025-10-01}"]
    regels += [f"  - {{<<: *s, id: v{i}}}" for i in range(201)]
    meldingen = _meldingen("\n".join(regels) + "\n")
    assert meldingen == ["x.yaml:204:10: het bestand gebruikt meer dan 200 verwijzingen (*naam)"]


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        (
            "schooljaar: 2025-2026\ntitel: !!int\n",
            "x.yaml:2:8: typeaanduidingen als '!!int' worden in planbestanden niet gebruikt; laat die weg" + _AANHALING,
        ),
        (
            "schooljaar: 2025-2026\ntitel: !!set \n",
            "x.yaml:2:8: typeaanduidingen als '!!set' worden in planbestanden niet gebruikt; laat die weg" + _AANHALING,
        ),
        (
            "schooljaar: 2025-2026\ntitel: !!omap \n",
            "x.yaml:2:8: typeaanduidingen als '!!omap' worden in planbestanden "
            "niet gebruikt; laat die weg" + _AANHALING,
        ),
        (
            "schooljaar: 2025-2026\ntitel: !!python/object:os.system x\n",
            "x.yaml:2:8: typeaanduidingen als "
            "'!!python/object:os.system' worden in planbestanden niet gebruikt; laat die weg" + _AANHALING,
        ),
        (
            "schooljaar: 2025-2026\n?   - naam:\n",
            "x.yaml:2:5: een sleutel moet een gewone tekst zijn, geen lijst of blok (staat er een '?' voor?)",
        ),
        (
            "schooljaar: &a 2025-2026\ntitel: &a x\n",
            "x.yaml:2:8: de naam &a staat er twee keer; geef elk blok een eigen naam",
        ),
        (
            "schooljaar: 2025-2026\ntitel: \x1f\n",
            "x.yaml:2:8: ongeldige YAML: het bestand bevat een onzichtbaar stuurteken dat niet is toegestaan",
        ),
    ],
)
def test_constructies_die_de_lezer_lieten_vastlopen(tekst: str, verwacht: str) -> None:
    assert _meldingen(tekst) == [verwacht]


def test_str_typeaanduiding_wijst_naar_aanhalingstekens() -> None:
    assert _meldingen("schooljaar: 2025-2026\ntitel: !!str 2025\n") == [
        "x.yaml:2:8: typeaanduidingen als '!!str' worden in planbestanden niet gebruikt; laat die weg (tekst die "
        "op een getal lijkt zet u tussen aanhalingstekens)"
    ]


@pytest.mark.parametrize(
    ("tekst", "regel"),
    [
        ("<<<<<<< HEAD\nschooljaar: 2025-2026\n=======\nschooljaar: 2026-2027\n>>>>>>> ander\n", 1),
        ("schooljaar: 2025-2026\ntitel: |\n  oud\n<<<<<<< HEAD\n  a\n=======\n  b\n>>>>>>> ander\n", 4),
        ("schooljaar: 2025-2026\ntitel: x\n=======\n", 3),
    ],
)
def test_git_merge_markeringen(tekst: str, regel: int) -> None:
    (melding,) = _meldingen(tekst)
    assert melding.startswith(f"x.yaml:{regel}:1: dit bestand bevat een onopgeloste git-merge (regel {regel}: ")
    assert melding.endswith(
        "kies per blok tussen '<<<<<<<' en '>>>>>>>' welke versie blijft en verwijder de markeringen"
    )


def test_ingesprongen_gelijktekens_zijn_gewone_tekst() -> None:
    bestand = lees_tekst(Path("x.yaml"), "schooljaar: 2025-2026\ntitel: |\n  =======\n", Vergaderplanning, "x.yaml")
    assert bestand.model.titel == "=======\n"


def test_te_groot_bestand_wordt_snel_geweigerd(tmp_path: Path) -> None:
    pad = tmp_path / "vergaderingen-2025-2026.yaml"
    pad.write_bytes(b"schooljaar: 2025-2026\n" + b"# " + b"x" * MAX_GROOTTE + b"\n")
    begin = time.perf_counter()
    with pytest.raises(PlanFout) as fout:
        lees_bestand(pad, Vergaderplanning, "plans/vergaderingen-2025-2026.yaml")
    assert time.perf_counter() - begin < 0.5
    assert [str(m) for m in fout.value.meldingen] == [
        "plans/vergaderingen-2025-2026.yaml: het bestand is te groot (2.0 MB; een planbestand mag hoogstens 2 MB zijn)"
    ]


def test_koppeling_naar_buiten_de_planmap_wordt_niet_gelezen(tmp_path: Path) -> None:
    geheim = tmp_path / "geheim"
    geheim.write_text("naam: GEHEIME-SLEUTEL-123\n", encoding="utf-8")
    map_ = tmp_path / "plans"
    shutil.copytree(VOORBEELD, map_)
    (map_ / "swv.yaml").unlink()
    os.symlink(geheim, map_ / "swv.yaml")
    with pytest.raises(PlanFout) as fout:
        laad_map(map_)
    teksten = [m.melding for m in fout.value.meldingen]
    assert teksten == [
        "dit planbestand is een koppeling naar een bestand buiten de planmap; swvplanner leest het "
        "niet (zet het bestand zelf in de map)"
    ]
    assert "GEHEIM" not in repr(fout.value.meldingen)


def test_koppeling_binnen_de_planmap_mag(tmp_path: Path) -> None:
    map_ = tmp_path / "plans"
    shutil.copytree(VOORBEELD, map_)
    (map_ / "swv-echt.yml.bak").write_bytes((map_ / "swv.yaml").read_bytes())
    (map_ / "swv.yaml").unlink()
    os.symlink("swv-echt.yml.bak", map_ / "swv.yaml")
    assert laad_map(map_).plannen.organisatie.kort


def test_een_map_als_planbestand(tmp_path: Path) -> None:
    (tmp_path / "swv.yaml").mkdir()
    with pytest.raises(PlanFout) as fout:
        lees_bestand(tmp_path / "swv.yaml", Organisatie, "swv.yaml")
    assert [str(m) for m in fout.value.meldingen] == [
        "swv.yaml: dit is geen gewoon bestand (een map, pijp of apparaat)"
    ]


def test_id_met_regeleinde_wordt_geweigerd() -> None:
    tekst = 'schooljaar: 2025-2026\nvergaderingen:\n  - id: "opr-1\\n"\n    orgaan: opr\n'
    assert _meldingen(tekst) == [
        "x.yaml:3:9: ongeldig id 'opr-1\\n': gebruik kleine letters, cijfers en streepjes (bijvoorbeeld opr-2526-01)"
    ]


def test_schooljaar_nul_is_nederlands() -> None:
    assert _meldingen("schooljaar: 0000-0001\n") == [
        "x.yaml:1:13: ongeldig schooljaar '0000-0001': het jaar 0 is geen planningsjaar (1900-2200)"
    ]


def test_lange_waarde_wordt_ingekort_in_de_melding() -> None:
    lang = "X" * 5000
    (melding,) = _meldingen(
        f"schooljaar: 2025-2026\nvergaderingen:\n  - id: {lang}\n    orgaan: opr\n    datum: 2025-10-01\n"
    )
    assert len(melding) < 200
    assert "'" + "X" * 59 + "…'" in melding


def test_geen_repr_van_een_structuur() -> None:
    (melding,) = _meldingen("schooljaar: 2025-2026\ntitel: [geheim, nog-geheimer]\n")
    assert melding == "x.yaml:2:8: 'titel' moet tekst zijn, niet een lijst"


def test_citaat() -> None:
    assert citaat("abc") == "'abc'"
    assert citaat("a" * 61) == "'" + "a" * 59 + "…'"
    assert citaat(["a"] * 10**6) == "een lijst"
    assert citaat({"a": 1}) == "een blok"
    assert citaat(True) == "true"
    assert citaat(None) == "een lege waarde"
    assert citaat(12) == "12"


def test_tijd_die_eindigt_voor_het_begin() -> None:
    with pytest.raises(ValueError, match="^'21.30-19.30': de eindtijd 19.30 ligt niet na de begintijd 21.30$"):
        parse_tijd("21.30-19.30")
    # In a plan file it loads, so that the checker reports it (SWV103) at its place.
    tekst = (
        "schooljaar: 2025-2026\nvergaderingen:\n  - id: a\n    orgaan: opr\n    datum: 2025-10-01\n"
        "    tijd: 21:30-19:30\n"
    )
    assert (
        str(lees_tekst(Path("x.yaml"), tekst, Vergaderplanning, "x.yaml").model.vergaderingen[0].tijd) == "21:30-19:30"
    )


def test_jaarplan_met_tag_in_diepe_actie() -> None:
    tekst = "schooljaar: 2025-2026\nonderdelen:\n  - titel: a\n    acties:\n      - id: x\n        wat: !!binary eA==\n"
    assert _meldingen(tekst, Jaarplan) == [
        "x.yaml:6:14: typeaanduidingen als '!!binary' worden in planbestanden niet gebruikt; laat die weg" + _AANHALING
    ]


@pytest.mark.parametrize(("bom", "einde"), [("", "\r\n"), ("\ufeff", "\r\n"), ("\ufeff", "\n"), ("", "\n")])
def test_regeleinden_en_bom_blijven_zoals_ze_waren(tmp_path: Path, bom: str, einde: str) -> None:
    from swvplanner.store.bestand import bewaar

    origineel = (VOORBEELD / "vergaderingen-2025-2026.yaml").read_text(encoding="utf-8")
    pad = tmp_path / "vergaderingen-2025-2026.yaml"
    pad.write_bytes((bom + origineel.replace("\n", einde)).encode("utf-8"))
    bestand = lees_bestand(pad, Vergaderplanning)
    eerste = bestand.model.vergaderingen[0]
    nieuw = bestand.model.model_copy(
        update={"vergaderingen": [eerste.model_copy(update={"locatie": "Elders"}), *bestand.model.vergaderingen[1:]]}
    )
    bewaar(bestand, nieuw)
    na = pad.read_bytes().decode("utf-8")
    assert na.startswith(bom + "#")
    regels_voor = (bom + origineel.replace("\n", einde)).split(einde)
    regels_na = na.split(einde)
    assert len(regels_na) == len(regels_voor) + 1  # one line added: the meeting's own locatie
    if einde == "\r\n":
        assert na.count("\r\n") == na.count("\n")  # no bare LF: one line ending throughout
    verschil = [r for r in regels_na if r not in regels_voor]
    assert verschil == ["    locatie: Elders"]


def test_oude_tijdelijke_bestanden_worden_opgeruimd_bij_laden(tmp_path: Path) -> None:
    map_ = tmp_path / "plans"
    shutil.copytree(VOORBEELD, map_)
    oud = map_ / ".swv.yaml.ab12cd34.tmp"
    nieuw = map_ / ".jaarplan-2025-2026.yaml.zz99yy88.tmp"
    eigen = map_ / ".notities.tmp"  # not one of ours: stays
    for pad in (oud, nieuw, eigen):
        pad.write_bytes(b"half geschreven")
    os.utime(oud, (time.time() - 3600, time.time() - 3600))
    os.utime(eigen, (time.time() - 3600, time.time() - 3600))
    laad_map(map_)
    assert not oud.exists()
    assert nieuw.exists()  # a save in another process may still be writing it
    assert eigen.exists()


def test_blokteken_na_commentaar_laat_de_lezer_niet_vastlopen() -> None:
    # ruamel's scanner stops on an internal assert here (found by the mutation fuzz); the message
    # points at the '|' (line 4, column 1), where the scanner was
    assert _meldingen("schooljaar: 2025-2026\nvergaderingen:\n  # c\n| # x\n  - id: a\n") == [
        "x.yaml:4:1: ongeldige YAML: een constructie die swvplanner niet kan lezen"
    ]
