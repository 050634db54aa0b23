"""What the feeds remember between exports, so that UIDs, SEQUENCE and DTSTAMP behave.

Per UID: a fingerprint of the event's content, its SEQUENCE, the DTSTAMP of its last change, the
feeds it appeared in, its last content (to publish it as cancelled after it was deleted from the
plans) and when it disappeared. SEQUENCE rises and DTSTAMP moves on only when the content
changes, so exporting twice without a change gives the same bytes.

Pure: the adapter reads and writes the JSON; nothing here touches files or the clock.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any

STAMP_FORMAAT = "%Y%m%dT%H%M%SZ"


@dataclass
class Vermelding:
    """One event's entry in the state file: what was exported, when, and in which feeds."""

    kenmerk: str
    volgnummer: int
    tijdstempel: str
    feeds: list[str]
    inhoud: str
    """The VEVENT without stamps, as iCalendar text."""
    datum: str
    """The event's (first) day, ISO; a deleted event is dropped once this has passed."""
    prive: bool = False
    verwijderd: str | None = None
    """The day the event was first missing from the plans (ISO), or None."""

    @property
    def stempel_tijd(self) -> datetime:
        return datetime.strptime(self.tijdstempel, STAMP_FORMAAT).replace(tzinfo=UTC)


@dataclass
class Staat:
    versie: int = 1
    gebeurtenissen: dict[str, Vermelding] = field(default_factory=dict)

    @classmethod
    def uit_json(cls, data: dict[str, Any]) -> Staat:
        return cls(
            versie=int(data.get("versie", 1)),
            gebeurtenissen={uid: Vermelding(**r) for uid, r in (data.get("gebeurtenissen") or {}).items()},
        )

    def naar_json(self, prive: bool) -> dict[str, Any]:
        return {
            "versie": self.versie,
            "gebeurtenissen": {uid: asdict(r) for uid, r in sorted(self.gebeurtenissen.items()) if r.prive == prive},
        }


def stempel(nu: datetime) -> str:
    return nu.astimezone(UTC).strftime(STAMP_FORMAAT)


def werk_bij(
    staat: Staat,
    actueel: dict[str, tuple[str, list[str], str, str, bool]],
    nu: datetime,
    vandaag: date,
    bewaar_dagen: int,
) -> list[str]:
    """Update the state with the current events: uid -> (kenmerk, feeds, inhoud, datum, prive).

    Returns the UIDs of deleted events that must still be published as cancelled.
    """
    for uid, (kenmerk, feeds, inhoud, datum, prive) in actueel.items():
        oud = staat.gebeurtenissen.get(uid)
        if oud is None:
            staat.gebeurtenissen[uid] = Vermelding(kenmerk, 0, stempel(nu), sorted(feeds), inhoud, datum, prive)
        elif oud.kenmerk != kenmerk or oud.verwijderd is not None:
            staat.gebeurtenissen[uid] = Vermelding(
                kenmerk, oud.volgnummer + 1, stempel(nu), sorted(feeds), inhoud, datum, prive
            )
        else:  # a change of feeds or visibility is not a change of the event itself
            oud.feeds = sorted(feeds)
            oud.prive = prive
    geannuleerd = []
    for uid, regel in list(staat.gebeurtenissen.items()):
        if uid in actueel:
            continue
        voorbij = date.fromisoformat(regel.datum) < vandaag
        if regel.verwijderd is None:
            if voorbij or "STATUS:CANCELLED" in regel.inhoud:
                # A past event, or a cancelled one whose date has passed: nothing left to tell subscribers.
                del staat.gebeurtenissen[uid]
                continue
            regel.verwijderd = vandaag.isoformat()
            regel.volgnummer += 1
            regel.tijdstempel = stempel(nu)
        if voorbij or (vandaag - date.fromisoformat(regel.verwijderd)).days > bewaar_dagen:
            del staat.gebeurtenissen[uid]
            continue
        geannuleerd.append(uid)
    return geannuleerd
