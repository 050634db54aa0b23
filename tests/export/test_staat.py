"""UID, SEQUENCE and DTSTAMP across exports: export with nu1, change the plans copy, export with nu2."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from swvplanner.core.model.vergaderingen import Vergadering

from .hulp import (
    ALLE_FEEDS,
    NU1,
    NU2,
    NU3,
    OPENBARE_FEEDS,
    STEMPEL1,
    STEMPEL2,
    STEMPEL3,
    VANDAAG1,
    VANDAAG2,
    VERG,
    bestanden,
    events,
    exporteer_map,
    feedpad,
    kopieer_plannen,
    uid,
    verplaats,
    verwijder,
    vevent_blok,
    voeg_toe,
    wijzig_vergaderingen,
    zet_status,
)

OPR3 = uid("opr-2526-03")
OPR_FEEDS = ("opr", "directeur-bestuurder", "alles")  # the feeds opr-2526-03 is in
OUD_NS = 1_600_000_000_000_000_000


def opr_blok(u: str, datum: str, stempel: str, volgnummer: int, status: str, samenvatting: str = "OPR") -> bytes:
    return "\r\n".join(
        [
            "BEGIN:VEVENT",
            f"SUMMARY:{samenvatting}",
            f"DTSTART;TZID=Europe/Amsterdam:{datum}T193000",
            f"DTEND;TZID=Europe/Amsterdam:{datum}T213000",
            f"DTSTAMP:{stempel}",
            f"UID:{u}",
            f"SEQUENCE:{volgnummer}",
            "CATEGORIES:OPR",
            "DESCRIPTION:Ondersteuningsplanraad",
            f"LAST-MODIFIED:{stempel}",
            "LOCATION:Assen",
            f"STATUS:{status}",
            "TRANSP:OPAQUE",
            "END:VEVENT",
            "",
        ]
    ).encode("utf-8")


@pytest.fixture
def eerste(tmp_path: Path) -> tuple[Path, Path]:
    """A plans copy, exported once with NU1 / VANDAAG1."""
    plans = kopieer_plannen(tmp_path)
    uit = tmp_path / "calendars"
    r = exporteer_map(plans, uit, NU1, VANDAAG1)
    assert len(r.geschreven) == 37  # 31 feeds, 2 state files, tokens, .gitignore, feeds.json, index.html
    assert r.verwijderd == []
    return plans, uit


def _namen(paden: list[str], uit: Path) -> set[str]:
    return {str(Path(p).relative_to(uit)) for p in paden}


def _overal(uit: Path, u: str) -> dict[str, object]:
    """The event with this UID in every feed that holds it."""
    return {f: e for f in ALLE_FEEDS if (e := events(uit, f).get(u)) is not None}


def _rest_onveranderd(uit: Path, behalve: set[str]) -> None:
    for f in ALLE_FEEDS:
        for u, e in events(uit, f).items():
            if u in behalve:
                continue
            assert int(e["SEQUENCE"]) == 0, (f, u)
            assert e["DTSTAMP"].to_ical().decode() == STEMPEL1, (f, u)
            assert e["LAST-MODIFIED"].to_ical().decode() == STEMPEL1, (f, u)


def _staat(uit: Path) -> dict[str, dict]:
    return json.loads((uit / ".swvplanner-staat.json").read_text(encoding="utf-8"))["gebeurtenissen"]


# ---------------------------------------------------------------------------------------------


def test_twee_keer_exporteren_zonder_wijziging(eerste):
    plans, uit = eerste
    for p in uit.rglob("*"):
        if p.is_file():
            os.utime(p, ns=(OUD_NS, OUD_NS))
    voor = bestanden(uit)
    r = exporteer_map(plans, uit, NU2, VANDAAG2)
    assert r.geschreven == []
    assert r.verwijderd == []
    assert bestanden(uit) == voor  # same bytes, same mtime, same inode: nothing rewritten
    assert r.aantal_gebeurtenissen == 143
    # And with a third clock again.
    assert exporteer_map(plans, uit, NU3, VANDAAG2).geschreven == []
    assert bestanden(uit) == voor


def test_verplaatste_vergadering(eerste):
    plans, uit = eerste
    verplaats(plans, "opr-2526-03", date(2026, 2, 18))
    r = exporteer_map(plans, uit, NU2, VANDAAG2)
    assert _namen(r.geschreven, uit) == {"opr.ics", "directeur-bestuurder.ics", "alles.ics", ".swvplanner-staat.json"}
    verwacht = opr_blok(OPR3, "20260218", STEMPEL2, 1, "CONFIRMED")
    for f in OPR_FEEDS:
        assert vevent_blok(feedpad(uit, f).read_bytes(), OPR3) == verwacht, f
    assert set(_overal(uit, OPR3)) == set(OPR_FEEDS)
    assert b"20260211" not in feedpad(uit, "opr").read_bytes()
    _rest_onveranderd(uit, {OPR3})
    regel = _staat(uit)[OPR3]
    assert (regel["volgnummer"], regel["tijdstempel"], regel["datum"], regel["verwijderd"]) == (
        1,
        STEMPEL2,
        "2026-02-18",
        None,
    )
    # Still sorted by start: 18 February is between opr-2526-02 and opr-2526-04.
    assert list(events(uit, "opr")) == [uid(f"opr-2526-0{i}") for i in range(1, 6)]

    # A later export without change keeps SEQUENCE 1 and DTSTAMP nu2.
    voor = bestanden(uit)
    assert exporteer_map(plans, uit, NU3, VANDAAG2).geschreven == []
    assert bestanden(uit) == voor

    # Moving it again: SEQUENCE 2.
    verplaats(plans, "opr-2526-03", date(2026, 2, 25))
    exporteer_map(plans, uit, NU3, VANDAAG2)
    assert vevent_blok(feedpad(uit, "opr").read_bytes(), OPR3) == opr_blok(OPR3, "20260225", STEMPEL3, 2, "CONFIRMED")
    _rest_onveranderd(uit, {OPR3})


def test_geannuleerde_vergadering(eerste):
    plans, uit = eerste
    zet_status(plans, "opr-2526-03", "geannuleerd")
    r = exporteer_map(plans, uit, NU2, VANDAAG2)
    assert _namen(r.geschreven, uit) == {"opr.ics", "directeur-bestuurder.ics", "alles.ics", ".swvplanner-staat.json"}
    verwacht = opr_blok(OPR3, "20260211", STEMPEL2, 1, "CANCELLED", "Geannuleerd: OPR")
    for f in OPR_FEEDS:
        assert vevent_blok(feedpad(uit, f).read_bytes(), OPR3) == verwacht, f
    _rest_onveranderd(uit, {OPR3})

    # Still published on the day itself, unchanged.
    voor = bestanden(uit)
    assert exporteer_map(plans, uit, NU3, date(2026, 2, 11)).geschreven == []
    assert bestanden(uit) == voor

    # The day after: gone from every feed and from the state.
    r = exporteer_map(plans, uit, NU3, date(2026, 2, 12))
    assert _namen(r.geschreven, uit) == {"opr.ics", "directeur-bestuurder.ics", "alles.ics", ".swvplanner-staat.json"}
    assert _overal(uit, OPR3) == {}
    assert OPR3 not in _staat(uit)
    assert list(events(uit, "opr")) == [uid(f"opr-2526-0{i}") for i in (1, 2, 4, 5)]
    _rest_onveranderd(uit, set())


def test_annulering_teruggedraaid(eerste):
    plans, uit = eerste
    zet_status(plans, "opr-2526-03", "geannuleerd")
    exporteer_map(plans, uit, NU2, VANDAAG2)
    zet_status(plans, "opr-2526-03", "gepland")
    exporteer_map(plans, uit, NU3, VANDAAG2)
    assert vevent_blok(feedpad(uit, "opr").read_bytes(), OPR3) == opr_blok(OPR3, "20260211", STEMPEL3, 2, "CONFIRMED")


def test_verwijderde_vergadering_blijft_als_geannuleerd(eerste):
    plans, uit = eerste
    verwijder(plans, "opr-2526-03")
    r = exporteer_map(plans, uit, NU2, VANDAAG2)
    assert _namen(r.geschreven, uit) == {"opr.ics", "directeur-bestuurder.ics", "alles.ics", ".swvplanner-staat.json"}
    assert r.aantal_gebeurtenissen == 142
    # Its last version, cancelled, and read like a cancelled meeting.
    verwacht = opr_blok(OPR3, "20260211", STEMPEL2, 1, "CANCELLED", "Geannuleerd: OPR")
    for f in OPR_FEEDS:
        assert vevent_blok(feedpad(uit, f).read_bytes(), OPR3) == verwacht, f
    assert set(_overal(uit, OPR3)) == set(OPR_FEEDS)
    _rest_onveranderd(uit, {OPR3})
    regel = _staat(uit)[OPR3]
    assert (regel["volgnummer"], regel["tijdstempel"], regel["verwijderd"]) == (1, STEMPEL2, "2025-09-08")

    # Within bewaar_dagen (60): unchanged, nothing written.
    voor = bestanden(uit)
    assert exporteer_map(plans, uit, NU3, VANDAAG2 + timedelta(days=60)).geschreven == []
    assert bestanden(uit) == voor

    # After bewaar_dagen: gone.
    exporteer_map(plans, uit, NU3, VANDAAG2 + timedelta(days=61))
    assert _overal(uit, OPR3) == {}
    assert OPR3 not in _staat(uit)
    _rest_onveranderd(uit, set())


def test_verwijderd_met_kortere_bewaartijd(eerste):
    plans, uit = eerste
    verwijder(plans, "opr-2526-03")
    exporteer_map(plans, uit, NU2, VANDAAG2, bewaar_dagen=10)
    exporteer_map(plans, uit, NU3, VANDAAG2 + timedelta(days=10), bewaar_dagen=10)
    assert OPR3 in events(uit, "opr")
    exporteer_map(plans, uit, NU3, VANDAAG2 + timedelta(days=11), bewaar_dagen=10)
    assert OPR3 not in events(uit, "opr")


def test_verwijderd_verdwijnt_na_de_datum(eerste):
    plans, uit = eerste
    opr1 = uid("opr-2526-01")  # 2025-10-01, 23 days after VANDAAG2: inside bewaar_dagen
    verwijder(plans, "opr-2526-01")
    exporteer_map(plans, uit, NU2, VANDAAG2)
    assert vevent_blok(feedpad(uit, "opr").read_bytes(), opr1) == opr_blok(
        opr1, "20251001", STEMPEL2, 1, "CANCELLED", "Geannuleerd: OPR"
    )
    exporteer_map(plans, uit, NU3, date(2025, 10, 1))
    assert opr1 in events(uit, "opr")
    exporteer_map(plans, uit, NU3, date(2025, 10, 2))
    assert _overal(uit, opr1) == {}
    assert opr1 not in _staat(uit)


def test_verwijderd_in_het_verleden_verdwijnt_meteen(eerste):
    plans, uit = eerste
    audit1 = uid("auditcommissie-2526-01")  # 2025-09-10
    assert audit1 in events(uit, "auditcommissie")
    verwijder(plans, "auditcommissie-2526-01")
    exporteer_map(plans, uit, NU2, date(2025, 9, 15))
    assert _overal(uit, audit1) == {}
    assert audit1 not in _staat(uit)


def test_opnieuw_toegevoegd(eerste):
    plans, uit = eerste
    pad = plans / f"{VERG}.yaml"
    origineel = pad.read_bytes()
    verwijder(plans, "opr-2526-03")
    exporteer_map(plans, uit, NU2, VANDAAG2)
    assert str(events(uit, "opr")[OPR3]["STATUS"]) == "CANCELLED"
    pad.write_bytes(origineel)  # the meeting is back, exactly as it was
    r = exporteer_map(plans, uit, NU3, VANDAAG2)
    assert r.aantal_gebeurtenissen == 143
    verwacht = opr_blok(OPR3, "20260211", STEMPEL3, 2, "CONFIRMED")
    for f in OPR_FEEDS:
        assert vevent_blok(feedpad(uit, f).read_bytes(), OPR3) == verwacht, f
    regel = _staat(uit)[OPR3]
    assert (regel["volgnummer"], regel["verwijderd"]) == (2, None)
    _rest_onveranderd(uit, {OPR3})


def test_opnieuw_toegevoegd_via_het_model(eerste):
    plans, uit = eerste
    verwijder(plans, "opr-2526-03")
    exporteer_map(plans, uit, NU2, VANDAAG2)
    voeg_toe(plans, Vergadering(id="opr-2526-03", orgaan="opr", datum=date(2026, 2, 11)))
    exporteer_map(plans, uit, NU3, VANDAAG2)
    assert vevent_blok(feedpad(uit, "opr").read_bytes(), OPR3) == opr_blok(OPR3, "20260211", STEMPEL3, 2, "CONFIRMED")


def test_besloten_wijziging_blijft_besloten(eerste):
    """An occurrence of the private CvT series that is dropped stays cancelled in the private feeds,
    and the public state file (committed to git) does not change."""
    plans, uit = eerste
    openbare_staat = (uit / ".swvplanner-staat.json").read_bytes()
    cvt = uid("cvt-2526-01-20250911")
    wijzig_vergaderingen(
        plans,
        lambda vs: [
            v.model_copy(update={"uitgezonderd": [*v.uitgezonderd, date(2025, 9, 11)]}) if v.id == "cvt-2526-01" else v
            for v in vs
        ],
    )
    r = exporteer_map(plans, uit, NU2, VANDAAG2)
    namen = _namen(r.geschreven, uit)
    assert (uit / ".swvplanner-staat.json").read_bytes() == openbare_staat
    assert ".swvplanner-staat.json" not in namen and "prive/staat.json" in namen
    assert all(n.startswith("prive/") for n in namen)
    assert set(_overal(uit, cvt)) == {"cvt", "voorzitter-cvt-cva"}
    e = events(uit, "cvt")[cvt]
    assert (str(e["STATUS"]), int(e["SEQUENCE"]), e["DTSTAMP"].to_ical().decode()) == ("CANCELLED", 1, STEMPEL2)
    for f in OPENBARE_FEEDS:
        assert b"cvt-2526-01-" not in feedpad(uit, f).read_bytes()


# ---------------------------------------------------------------------------------------------
# Privacy of what the state keeps publishing


def _rol_alleen_bij_remuneratiecommissie(plans: Path) -> None:
    pad = plans / "swv.yaml"
    tekst = pad.read_text(encoding="utf-8")
    rol = "  - id: beleidsadviseur\n    naam: Beleidsadviseur\n"
    orgaan = "    tijd: 09:00\n    openbaar: false  # aangevuld: gaat"
    assert rol in tekst and orgaan in tekst
    tekst = tekst.replace(rol, rol + "  - id: secretaris-rc\n    naam: Secretaris remuneratiecommissie\n")
    tekst = tekst.replace(
        orgaan, "    tijd: 09:00\n    rollen: [secretaris-rc]\n    openbaar: false  # aangevuld: gaat"
    )
    pad.write_text(tekst, encoding="utf-8")


def test_verwijderde_besloten_vergadering_komt_niet_in_openbare_feed(tmp_path):
    plans = kopieer_plannen(tmp_path)
    _rol_alleen_bij_remuneratiecommissie(plans)
    uit = tmp_path / "calendars"
    r = exporteer_map(plans, uit, NU1, VANDAAG1)
    assert {f.naam: f.prive for f in r.feeds}["secretaris-rc"] is True
    verwijder(plans, "remuneratiecommissie-2526-01")
    verwijder(plans, "remuneratiecommissie-2526-02")
    exporteer_map(plans, uit, NU2, VANDAAG2)
    # Still published as cancelled in the private remuneratiecommissie feed...
    assert str(events(uit, "remuneratiecommissie")[uid("remuneratiecommissie-2526-02")]["STATUS"]) == "CANCELLED"
    # ...but in no public file.
    for pad in [*uit.glob("*.ics"), uit / "feeds.json", uit / "index.html"]:
        assert b"remuneratiecommissie-2526" not in pad.read_bytes(), pad.name


def test_orgaan_besloten_gemaakt_verhuist_naar_besloten_staat(eerste):
    plans, uit = eerste
    pad = plans / "swv.yaml"
    tekst = pad.read_text(encoding="utf-8")
    assert "    minimum-per-schooljaar: 4\n" in tekst
    pad.write_text(
        tekst.replace("    minimum-per-schooljaar: 4\n", "    minimum-per-schooljaar: 4\n    openbaar: false\n"),
        encoding="utf-8",
    )
    r = exporteer_map(plans, uit, NU2, VANDAAG2)
    assert {f.naam: f.prive for f in r.feeds}["opr"] is True
    assert not (uit / "opr.ics").exists()
    token = json.loads((uit / "prive" / "tokens.json").read_text(encoding="utf-8"))["opr"]
    assert f"UID:{OPR3}".encode() in (uit / "prive" / token / "opr.ics").read_bytes()  # now private
    prive = json.loads((uit / "prive" / "staat.json").read_text(encoding="utf-8"))["gebeurtenissen"]
    assert OPR3 in prive
    assert not [u for u in _staat(uit) if u.startswith("opr-2526-")]


def test_dubbele_uid_wordt_gemeld(tmp_path):
    from swvplanner.core.fouten import ExportFout

    plans = kopieer_plannen(tmp_path)
    voeg_toe(plans, Vergadering(id="cvt-2526-01-20250904", orgaan="opr", titel="Extra", datum=date(2025, 9, 4)))
    uit = tmp_path / "calendars"
    try:
        exporteer_map(plans, uit, NU1, VANDAAG1)
    except ExportFout:
        return
    cvt = events(uit, "cvt")
    assert uid("cvt-2526-01-20250904") in cvt, "the CvT occurrence of 4 September 2025 is gone"
    assert str(cvt[uid("cvt-2526-01-20250904")]["SUMMARY"]) == "CvT"
    assert str(events(uit, "opr")[uid("cvt-2526-01-20250904")]["SUMMARY"]) == "OPR: Extra"
