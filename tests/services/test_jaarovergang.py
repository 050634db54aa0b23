"""`jaarovergang` on a copy of the example plans (2025-2026 → 2026-2027): per body as many
meetings, none on a day off, the agenda items and unfinished acties carried, check without fout
in the new files, a dry run that writes nothing, and a second run refused byte for byte."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from swvplanner.core.fouten import JaarovergangFout
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.vakanties import Vakantiekalender
from swvplanner.services.check import check
from swvplanner.services.jaarovergang import jaarovergang, verslagregels
from swvplanner.store.werkset import Werkset

PLANS = Path(__file__).resolve().parents[2] / "plans"
OUD, NIEUW = Schooljaar.parse("2025-2026"), Schooljaar.parse("2026-2027")


def zonder_lege_evaluaties(tekst: str) -> str:
    return re.sub(r"\n +evaluatie:\n +behaald:\n +toelichting:(?=\n)", "", tekst)


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    """The example as it was before its jaarovergang: without the drafted 2026-2027 and without
    the empty evaluaties it put in 2025-2026 (the seven filled in stay)."""
    doel = Path(shutil.copytree(PLANS, tmp_path / "plans"))
    for pad in doel.glob("*-2026-2027.yaml"):
        pad.unlink()
    jp = doel / "jaarplan-2025-2026.yaml"
    jp.write_text(zonder_lege_evaluaties(jp.read_text(encoding="utf-8")), encoding="utf-8")
    return doel


def test_het_concept_in_het_voorbeeld_is_wat_de_jaarovergang_maakt(plans: Path) -> None:
    # plans/ holds the draft 2026-2027 as `jaarovergang` wrote it: byte for byte, so the example
    # shows what the command does (regenerate it with the command when the drafting changes).
    jaarovergang(plans, NIEUW)
    for naam in ("jaarplan-2026-2027.yaml", "vergaderingen-2026-2027.yaml", "jaarplan-2025-2026.yaml"):
        assert (plans / naam).read_bytes() == (PLANS / naam).read_bytes(), naam


def test_het_concept_zegt_wat_er_te_controleren_valt(plans: Path) -> None:
    verslag = jaarovergang(plans, NIEUW)
    tekst = (plans / "jaarplan-2026-2027.yaml").read_text(encoding="utf-8")
    # worded to stay true after approve, which keeps comments
    assert tekst.startswith(
        "# Gemaakt als CONCEPT met 'swvplanner jaarovergang 2026-2027' uit het jaarplan 2025-2026; elk\n"
        "# overgenomen item zegt waar het vandaan komt. Of het is vastgesteld, ziet u met swvplanner\n"
        "# status.\n#\n"
    )
    assert (
        (plans / "vergaderingen-2026-2027.yaml")
        .read_text(encoding="utf-8")
        .startswith(
            "# Gemaakt als CONCEPT met 'swvplanner jaarovergang 2026-2027' uit de vergaderplanning 2025-2026;\n"
            "# elk overgenomen item zegt waar het vandaan komt.\n#\n"
        )
    )
    # Last year's date is kept, never shifted by a guessed year: flagged in a comment and the report.
    assert (
        "          - id: basisondersteuning-07  # overgenomen van basisondersteuning-04 (jaarplan 2025-2026): nog"
        " niet gereed; 1 augustus 2026 is de datum van vorig schooljaar: geef een nieuwe\n"
    ) in tekst
    assert len(verslag.jaarplan.verlopen) == 15
    regels = [t for t, _ in verslagregels(verslag)]
    assert (
        "Let op: 15 overgenomen actie(s) hebben nog de datum van vorig schooljaar; geef ze een nieuwe (dat staat"
        " ook in een opmerking bij de actie):"
    ) in regels
    assert (
        "Let op: het jaarplan 2026-2027 verwijst naar 'Ondersteuningsplan 2022-2026', dat in 2026 afloopt: vul"
        " het ondersteuningsplan in dat nu geldt (ondersteuningsplan: in het jaarplan)"
    ) in regels
    # The evaluatie and progress of last year's actie stay there; the inleiding names the new year.
    nieuw = Werkset.laad(plans).plannen.jaarplannen[NIEUW]
    assert nieuw.actie("dekkend-netwerk-13").overgenomen_van == "dekkend-netwerk-06"
    assert nieuw.actie("dekkend-netwerk-13").evaluatie is None
    assert "voor het schooljaar 2026-2027. Het jaarplan" in (nieuw.inleiding or "")
    assert "2025-2026" not in (nieuw.inleiding or "")


def _inhoud(map_: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(map_.iterdir())}


def test_vergaderingen_per_orgaan_op_vrije_dagen_met_hun_agenda(plans: Path) -> None:
    verslag = jaarovergang(plans, NIEUW)
    assert verslag.geschreven == [
        str(plans / "jaarplan-2026-2027.yaml"),
        str(plans / "vergaderingen-2026-2027.yaml"),
        str(plans / "jaarplan-2025-2026.yaml"),  # after the new year: its empty evaluaties
    ]
    p = Werkset.laad(plans).plannen
    oud, nieuw = p.vergaderplanningen[OUD].vergaderingen, p.vergaderplanningen[NIEUW].vergaderingen
    per_oud = Counter(v.orgaan for v in oud if v.orgaan != "overig")
    assert Counter(v.orgaan for v in nieuw) == per_oud
    kalender = Vakantiekalender("noord")
    for v in nieuw:
        if v.datum is not None:
            assert NIEUW.bevat(v.datum), v.id
            assert v.datum.weekday() < 5 and kalender.vrij(v.datum) is None, (v.id, v.datum)
    acties = verslag.jaarplan.overgenomen
    afgerond = {a for a, _ in verslag.jaarplan.achtergebleven}  # a finished actie leaves the agenda
    oude_agenda = [
        (
            v.orgaan,
            [acties.get(a.actie, a.actie) if a.actie else a.plain() for a in v.agenda if a.actie not in afgerond],
        )
        for v in oud
        if v.orgaan != "overig"
    ]
    assert [(v.orgaan, [a.actie or a.plain() for a in v.agenda]) for v in nieuw] == oude_agenda
    opr = [(v.id, v.datum) for v in nieuw if v.orgaan == "opr"]
    assert opr == [
        ("opr-2627-01", date(2026, 9, 30)),
        ("opr-2627-02", date(2026, 11, 30)),
        ("opr-2627-03", date(2027, 2, 17)),
        ("opr-2627-04", date(2027, 3, 15)),
        ("opr-2627-05", date(2027, 6, 2)),
    ]
    assert [str(s) for s in verslag.vergaderingen.verschuivingen] == [
        "MR-P (mr-p-2627-01): 13 oktober 2026 valt in de herfstvakantie (regio noord) → 6 oktober 2026",
        "TB (tb-2627-03): 24 februari 2027 valt in de voorjaarsvakantie (regio noord) → 17 februari 2027",
        "Stuurgroep HB (stuurgroep-hb-2627-01): 12 oktober 2026 valt in de herfstvakantie (regio noord)"
        " → 5 oktober 2026",
        "Nw NT2/nieuwkomers (nw-nt2-2627-01): 13 oktober 2026 valt in de herfstvakantie (regio noord) → 6 oktober 2026",
    ]
    tekst = (plans / "vergaderingen-2026-2027.yaml").read_text(encoding="utf-8")
    assert (
        "  - id: opr-2627-01  # concept uit de vergaderplanning 2025-2026 (opr-2526-01): controleer de datum\n"
        "    orgaan: opr\n"
        "    datum: 2026-09-30\n"
    ) in tekst
    assert "    herhaling: iedere donderdag\n    uitgezonderd: [2027-01-28]\n" in tekst


def test_onafgeronde_acties_gaan_mee_afgeronde_blijven(plans: Path) -> None:
    jp = plans / "jaarplan-2025-2026.yaml"
    tekst = jp.read_text(encoding="utf-8")
    assert "          - id: dekkend-netwerk-02\n" in tekst
    jp.write_text(
        tekst.replace(
            "          - id: dekkend-netwerk-02\n", "          - id: dekkend-netwerk-02\n            status: gereed\n"
        ),
        encoding="utf-8",
    )
    verslag = jaarovergang(plans, NIEUW)
    p = Werkset.laad(plans).plannen
    oud, nieuw = p.jaarplannen[OUD], p.jaarplannen[NIEUW]
    onaf = [a.id for a in oud.acties() if a.status not in ("gereed", "vervallen")]
    assert len(onaf) == 17
    assert [a.overgenomen_van for a in nieuw.acties()] == onaf
    assert verslag.jaarplan.achtergebleven == [
        ("basisondersteuning-02", "gereed"),
        ("basisondersteuning-03", "gereed"),
        ("dekkend-netwerk-02", "gereed"),
        ("ouder-jeugdsteunpunt-02", "gereed"),
        ("steeds-inclusiever-02", "gereed"),
        ("organisatie-samenwerken-04", "gereed"),
    ]
    assert [o.id for o in nieuw.alle_onderdelen()] == [o.id for o in oud.alle_onderdelen()]
    assert [d.tekst for o in nieuw.alle_onderdelen() for d in o.doelen] == [
        d.tekst for o in oud.alle_onderdelen() for d in o.doelen
    ]
    assert (
        "          - id: dekkend-netwerk-08  # overgenomen van dekkend-netwerk-01 (jaarplan 2025-2026):"
        " nog niet gereed; 1 augustus 2026 is de datum van vorig schooljaar: geef een nieuwe\n"
        in (plans / "jaarplan-2026-2027.yaml").read_text(encoding="utf-8")
    )
    assert (
        nieuw.actie("dekkend-netwerk-09") is not None
        and nieuw.actie("dekkend-netwerk-09").overgenomen_van == "dekkend-netwerk-03"
    )
    na = jp.read_text(encoding="utf-8")
    # every actie of last year without one got an empty evaluatie, ready to fill in; nothing else changed
    assert na.count("            evaluatie:\n              behaald:\n              toelichting:\n") == 16
    assert zonder_lege_evaluaties(na) == tekst.replace(
        "          - id: dekkend-netwerk-02\n", "          - id: dekkend-netwerk-02\n            status: gereed\n"
    )


def test_check_zonder_fout_in_de_nieuwe_bestanden(plans: Path) -> None:
    jaarovergang(plans, NIEUW)
    fouten = [b for b in check(plans, date(2026, 12, 1)) if b.ernst == "fout" and "2026-2027" in b.bestand]
    assert fouten == []


def test_proef_schrijft_niets_en_tweede_keer_geweigerd_zonder_een_byte(plans: Path) -> None:
    voor = _inhoud(plans)
    proef = jaarovergang(plans, NIEUW, proef=True)
    assert _inhoud(plans) == voor
    assert proef.geschreven == []
    regels = [t for t, _ in verslagregels(proef, met_yaml=True)]
    assert "Vergaderplanning 2026-2027: 72 vergadering(en) overgenomen uit 2025-2026." in regels
    assert (
        "  - id: opr-2627-01  # concept uit de vergaderplanning 2025-2026 (opr-2526-01): controleer de datum" in regels
    )
    assert f"Nieuw bestand (zou worden aangemaakt): {plans / 'vergaderingen-2026-2027.yaml'}." in regels
    jaarovergang(plans, NIEUW)
    na = _inhoud(plans)
    with pytest.raises(JaarovergangFout) as fout:
        jaarovergang(plans, NIEUW)
    assert str(fout.value) == (
        f"{plans / 'vergaderingen-2026-2027.yaml'} bestaat al: de jaarovergang naar 2026-2027 is al gemaakt; "
        "er is niets gewijzigd"
    )
    assert _inhoud(plans) == na


def test_zonder_vorig_schooljaar_een_nederlandse_fout(plans: Path) -> None:
    voor = _inhoud(plans)
    with pytest.raises(
        JaarovergangFout,
        match="^er is geen vergaderplanning en geen jaarplan van 2026-2027 om schooljaar 2027-2028 uit over te nemen$",
    ):
        jaarovergang(plans, Schooljaar.parse("2027-2028"))
    assert _inhoud(plans) == voor


def test_mislukt_bewaren_laat_de_map_zoals_hij_was(plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The jaarplan is written first; the vergaderplanning cannot be: the jaarplan goes again, so
    # the folder is as before and the jaarovergang can be made once the disk has room.
    import errno

    from swvplanner.store import bestand

    echt = bestand.schrijf_atomisch

    def vol(pad: Path, inhoud: bytes) -> None:
        if pad.name == "vergaderingen-2026-2027.yaml":
            raise OSError(errno.ENOSPC, "No space left on device", str(pad))
        echt(pad, inhoud)

    monkeypatch.setattr(bestand, "schrijf_atomisch", vol)
    voor = _inhoud(plans)
    with pytest.raises(OSError):
        jaarovergang(plans, NIEUW)
    assert _inhoud(plans) == voor
    monkeypatch.setattr(bestand, "schrijf_atomisch", echt)
    assert len(jaarovergang(plans, NIEUW).geschreven) == 3


def test_een_collega_vult_intussen_dezelfde_evaluatie_in_dan_geen_bewaard(
    plans: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # While the jaarovergang runs, a colleague fills in the evaluatie of basisondersteuning-01 in
    # last year's jaarplan. Ours adds an empty evaluatie to the same actie: the same item, the same
    # field, so nothing of ours may overwrite it and the jaarovergang must not say it was saved.
    echt = Werkset.bewaar
    oud = plans / "jaarplan-2025-2026.yaml"

    def collega_eerst(self: Werkset, *args: object, **kwargs: object) -> object:
        if any("2025-2026" in d for d in self.gewijzigd):  # the second save: the evaluaties
            tekst = oud.read_text(encoding="utf-8")
            tekst = tekst.replace(
                "            wanneer: Continu\n            status: lopend\n          - id: basisondersteuning-02",
                "            wanneer: Continu\n            status: lopend\n            evaluatie:\n"
                "              behaald: deels\n              toelichting: Nog niet alle besturen.\n"
                "          - id: basisondersteuning-02",
                1,
            )
            oud.write_text(tekst, encoding="utf-8")
        return echt(self, *args, **kwargs)

    monkeypatch.setattr(Werkset, "bewaar", collega_eerst)
    with pytest.raises(JaarovergangFout) as fout:
        jaarovergang(plans, NIEUW)
    tekst = str(fout.value)
    assert tekst == (
        "het nieuwe schooljaar is bewaard, maar de lege evaluaties in het jaarplan 2025-2026 niet: "
        f"{oud}: niet bewaard: iemand anders wijzigde intussen hetzelfde (actie basisondersteuning-01); "
        "vul de evaluatie in de app in (scherm 2, toets v)"
    )
    # The colleague's evaluatie is on disk, untouched; the new year is there.
    assert "behaald: deels\n              toelichting: Nog niet alle besturen." in oud.read_text(encoding="utf-8")
    assert (plans / "jaarplan-2026-2027.yaml").exists()
