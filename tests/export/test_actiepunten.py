"""Actiepunten of meetings in the feeds: like acties (deadlines, alles, the rol feeds of wie), with a
stable UID (the point's id, else meeting id + place); a closed body's actiepunten stay private."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from swvplanner.core.model.vergaderingen import Actiepunt, Vergadering

from .hulp import CRLF, events, exporteer_map, feedpad, kopieer_plannen, uid, vevent_blok, voeg_toe

OPR = Vergadering(
    id="opr-2526-99",
    orgaan="opr",
    datum=date(2026, 4, 15),
    actiepunten=[
        Actiepunt(
            wat="Reactie OPR verwerken",
            wie={"tekst": "Secretariaat", "rollen": ["secretariaat"]},
            wanneer=date(2026, 5, 1),
        ),
        Actiepunt(id="notulen-opr-0415", wat="Notulen rondsturen", wanneer=date(2026, 4, 22), status="gereed"),
        Actiepunt(wat="Zonder datum: nergens in een agenda"),
        Actiepunt(wat="Vervallen", wanneer=date(2026, 5, 2), status="vervallen"),
    ],
)
CVT = Vergadering(
    id="cvt-2526-99",
    orgaan="cvt",
    datum=date(2026, 4, 16),
    actiepunten=[
        Actiepunt(
            wat="Dossier nakijken",
            wie={"tekst": "Voorzitter", "rollen": ["voorzitter-cvt-cva"]},
            wanneer=date(2026, 4, 30),
        )
    ],
)


def test_actiepunten_in_de_feeds(tmp_path: Path) -> None:
    plans = kopieer_plannen(tmp_path)
    voeg_toe(plans, OPR, CVT)
    uit = tmp_path / "calendars"
    exporteer_map(plans, uit)
    eerste, tweede, prive = (
        uid("actiepunt-opr-2526-99-1"),
        uid("actiepunt-notulen-opr-0415"),
        uid("actiepunt-cvt-2526-99-1"),
    )
    for feed in ("deadlines", "alles"):
        gevonden = {u for u in events(uit, feed) if u.startswith("actiepunt-")}
        assert gevonden == {eerste, tweede}, feed
    assert {u for u in events(uit, "secretariaat") if u.startswith("actiepunt-")} == {eerste}
    assert {u for u in events(uit, "opr") if u.startswith("actiepunt-")} == set()
    assert {u for u in events(uit, "voorzitter-cvt-cva") if u.startswith("actiepunt-")} == {prive}
    assert feedpad(uit, "voorzitter-cvt-cva").parent.parent.name == "prive"
    blok = vevent_blok((uit / "deadlines.ics").read_bytes(), eerste)
    assert blok == CRLF.join(
        [
            b"BEGIN:VEVENT",
            b"SUMMARY:Actiepunt: Reactie OPR verwerken",
            b"DTSTART;VALUE=DATE:20260501",
            b"DTEND;VALUE=DATE:20260502",
            b"DTSTAMP:20250901T080000Z",
            f"UID:{eerste}".encode(),
            b"SEQUENCE:0",
            b"CATEGORIES:Actielijst",
            b"DESCRIPTION:Wat: Reactie OPR verwerken\\nWie: Secretariaat\\nStatus: open\\nA",
            b" ctiepunt van de vergadering OPR\\, 15 april 2026 (opr-2526-99)",
            b"LAST-MODIFIED:20250901T080000Z",
            b"STATUS:CONFIRMED",
            b"TRANSP:TRANSPARENT",
            b"END:VEVENT",
            b"",
        ]
    )


def test_een_voortgezette_actie_staat_een_keer_in_de_deadlines() -> None:
    # In the bundled example basisondersteuning-04 (1 augustus 2026) is carried into 2026-2027 as
    # basisondersteuning-07 with the same date: the feeds have the new one only, not both.
    from swvplanner.export.gebeurtenissen import gebeurtenissen
    from swvplanner.store.planmap import laad_map
    from tests.voorbeelden import LEVEND

    uids = [g.uid for g in gebeurtenissen(laad_map(LEVEND).plannen, date(2026, 12, 1))]
    assert "actie-basisondersteuning-07@planning.swv-nmd-po.nl" in uids
    assert "actie-basisondersteuning-04@planning.swv-nmd-po.nl" not in uids
    # a finished actie that stayed behind is still there (its date has passed, it was done)
    assert "actie-basisondersteuning-03@planning.swv-nmd-po.nl" in uids
    assert len(uids) == len(set(uids))
