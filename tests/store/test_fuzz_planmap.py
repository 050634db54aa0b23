"""Fuzz of the plan folder as the store reads it: bytes from disk (any encoding), a whole folder
with one broken file, and file names. Every failure is a PlanFout with Dutch messages; a message
about a file's contents has its file:line:column, one about a file's name names the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from swvplanner.core.fouten import PlanFout
from swvplanner.core.model.jaarplan import Jaarplan
from swvplanner.core.model.kwaliteitskalender import Kwaliteitskalender
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Vergaderplanning
from swvplanner.store.bestand import PlanBestand, lees_inhoud
from swvplanner.store.planmap import PlanMap, laad_map
from tests.fuzz import INSTELLINGEN, controleer_melding, mutatie, nederlands, regels_in

KLEIN = {
    "swv.yaml": (
        Organisatie,
        (
            "naam: SWV Test\nkort: SWV T  # kort\nregio: noord\ndomein: planning.test.nl\n"
            "rollen:\n  - id: secretariaat\n    naam: Secretariaat\n"
            "overlegorganen:\n  - id: opr\n    naam: Ondersteuningsplanraad\n    kort: OPR\n"
            "    soort: medezeggenschap\n"
            "    tijd: 19:30-21:30\n    rollen: [secretariaat]\n"
        ),
    ),
    "kwaliteitskalender.yaml": (
        Kwaliteitskalender,
        (
            "titel: Kwaliteitskalender\ncategorieen:\n  - naam: 'Documenten: plannen'\n    items:\n"
            "      - id: begroting\n        wat: Begroting\n        wanneer: Jaarlijks voor 1 december\n"
            "        # besluitvorming\n        besluitvorming:\n          - stap: advies\n            orgaan: opr\n"
        ),
    ),
    "jaarplan-2025-2026.yaml": (
        Jaarplan,
        (
            "schooljaar: 2025-2026\ntitel: Jaarplan\ninleiding: |-\n  Een tekst.\n\n  - met een lijst\n"
            "onderdelen:\n  - id: basis\n    soort: ontwikkelpunt\n    titel: Basis\n    doelen:\n"
            "      - id: basis-doel\n"
            "        tekst: Een doel.\n        acties:\n          - id: basis-01\n            wat: Iets doen\n"
            "            wanneer: voor 1 juli 2026\n            status: lopend\n"
        ),
    ),
    "vergaderingen-2025-2026.yaml": (
        Vergaderplanning,
        (
            "schooljaar: 2025-2026\nvergaderingen:\n  - id: opr-01\n    orgaan: opr\n    datum: 2025-10-01\n"
            "    tijd: 19.30-21.30 uur\n    agenda:\n      - {kwaliteitskalender: begroting, stap: advies}\n"
            "  - id: opr-02  # c\n    orgaan: opr\n    herhaling: elke eerste dinsdag van de maand\n"
        ),
    ),
}


def test_kleine_map_is_geldig(tmp_path: Path) -> None:
    for naam, (_, tekst) in KLEIN.items():
        (tmp_path / naam).write_text(tekst, encoding="utf-8")
    assert isinstance(laad_map(tmp_path), PlanMap)


def _controleer_inhoud(inhoud: bytes, model: type) -> None:
    try:
        bestand = lees_inhoud(Path("x.yaml"), inhoud, model, "x.yaml")
    except PlanFout as fout:
        assert fout.meldingen
        for m in fout.meldingen:
            controleer_melding(m, "x.yaml", regels_in(inhoud.decode("utf-8", "replace")))
    else:
        assert isinstance(bestand, PlanBestand) and isinstance(bestand.model, model)


@pytest.mark.parametrize("naam", sorted(KLEIN))
@INSTELLINGEN
@given(data=st.data())
def test_lees_inhoud_willekeurige_bytes(naam: str, data: st.DataObject) -> None:
    model, tekst = KLEIN[naam]
    inhoud = data.draw(
        st.binary()
        | st.sampled_from(["utf-16", "latin-1", "cp1252", "utf-8-sig"]).map(
            lambda codering: tekst.replace("Documenten", "Één € ß").encode(codering, "replace")
        )
    )
    _controleer_inhoud(inhoud, model)


@pytest.mark.parametrize("naam", sorted(KLEIN))
@INSTELLINGEN
@given(data=st.data())
def test_lees_inhoud_gemuteerde_bytes(naam: str, data: st.DataObject) -> None:
    model, tekst = KLEIN[naam]
    inhoud = bytearray(tekst.encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 3))):
        inhoud[data.draw(st.integers(0, len(inhoud) - 1))] = data.draw(st.integers(0, 255))
    _controleer_inhoud(bytes(inhoud), model)


@pytest.mark.parametrize("naam", sorted(KLEIN))
@INSTELLINGEN
@given(data=st.data())
def test_laad_map_met_een_kapot_bestand(naam: str, data: st.DataObject, tmp_path: Path) -> None:
    teksten = {n: t for n, (_, t) in KLEIN.items()}
    teksten[naam] = data.draw(mutatie(teksten[naam]))
    for n, t in teksten.items():  # a drawn surrogate ('\ud800') becomes bytes that are no UTF-8
        (tmp_path / n).write_text(t, encoding="utf-8", errors="surrogatepass", newline="")
    try:
        laad_map(tmp_path)
    except PlanFout as fout:
        assert fout.meldingen
        for m in fout.meldingen:  # a broken reference may be reported in another file
            bestand = Path(m.bestand).name
            assert bestand in teksten and Path(m.bestand).parent.resolve() == tmp_path.resolve(), m
            controleer_melding(m, m.bestand, regels_in(teksten[bestand]))


_NAAM = st.one_of(
    st.from_regex(r"\A(jaarplan|vergaderingen)-[0-9]{4}-[0-9]{4}\.ya?ml\Z"),
    st.text(st.characters(blacklist_characters="/\0", blacklist_categories=("Cs",)), min_size=1, max_size=40).map(
        lambda n: n + ".yaml"
    ),
)


@INSTELLINGEN
@given(naam=_NAAM)
def test_laad_map_bestandsnamen(naam: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    # A fresh folder per example: the name's file must not stay for the next one.
    map_ = tmp_path_factory.mktemp("namen")
    (map_ / "swv.yaml").write_text(KLEIN["swv.yaml"][1], encoding="utf-8")
    pad = map_ / naam
    if pad.name.startswith(".") or pad.exists() or len(naam.encode()) > 255:
        return  # hidden files are skipped by design; the name of swv.yaml itself is not a new file
    pad.write_text(KLEIN["jaarplan-2025-2026.yaml"][1], encoding="utf-8")
    try:
        laad_map(map_)
    except PlanFout as fout:
        for m in fout.meldingen:
            assert Path(m.bestand).name == naam, m
            assert nederlands(m.melding) and m.melding.strip(), m
            if m.regel == 0:  # about the name: the file itself is the position
                assert m.kolom == 0 and m.melding.startswith("onbekend planbestand: "), m
            else:
                controleer_melding(m, m.bestand, regels_in(KLEIN["jaarplan-2025-2026.yaml"][1]))
