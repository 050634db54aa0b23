"""A feed assembled from serialised events is byte-identical to icalendar's own Calendar.to_ical()."""

from __future__ import annotations

from datetime import UTC, date, datetime

from swvplanner.export.gebeurtenissen import Gebeurtenis
from swvplanner.export.ical import Stempel, kalender, kalender_uit_delen, met_stempel, vevent_zonder_stempel


def _gebeurtenis(uid: str, tekst: str) -> Gebeurtenis:
    return Gebeurtenis(
        uid=uid,
        samenvatting=tekst,
        begin=datetime(2025, 12, 8, 14, tzinfo=UTC),
        eind=datetime(2025, 12, 8, 16, tzinfo=UTC),
        locatie="Assen; zaal 2",
        beschrijving="Agenda:\n- begroting, jaarverslag\n" + "lang " * 40,
        categorie="ALV",
        transparant=False,
        status="CONFIRMED",
        feeds=frozenset({"alv"}),
    )


def test_samengestelde_kalender_is_gelijk_aan_icalendar() -> None:
    stempel = Stempel(3, datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    events = []
    for i, tekst in enumerate(["ALV", "ALV – begroting, € 21.500", "Studiedag\\ ;,"]):
        inhoud = vevent_zonder_stempel(_gebeurtenis(f"u{i}@x", tekst)).to_ical()
        events.append(met_stempel(inhoud, stempel))
    for met_tijdzone in (True, False):
        verwacht = kalender("SWV – ALV", "Europe/Amsterdam", events, met_tijdzone)
        assert (
            kalender_uit_delen("SWV – ALV", "Europe/Amsterdam", [e.to_ical() for e in events], met_tijdzone) == verwacht
        )
    assert kalender_uit_delen("leeg", "Europe/Amsterdam", [], True) == kalender("leeg", "Europe/Amsterdam", [], True)
    assert date(2025, 12, 8).isoformat().encode().replace(b"-", b"") in verwacht
