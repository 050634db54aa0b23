"""The vergaderplanning of one schooljaar: every meeting of every overlegorgaan."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal, get_args

from pydantic import model_validator

from swvplanner.core.model.basis import Basis, Datum, Id, SchooljaarVeld, Tekst, TijdvakVeld, WieVeld
from swvplanner.core.model.kwaliteitskalender import Stap

Status = Literal["gepland", "verplaatst", "geannuleerd", "reserve"]
VERGADERSTATUSSEN: tuple[Status, ...] = get_args(Status)
"""Every status a meeting can have, in this order."""


Uitkomst = Literal[
    "instemming-verleend", "instemming-onthouden", "positief-advies", "negatief-advies",
    "goedgekeurd", "vastgesteld", "aangehouden", "besproken", "ter-kennisname",
]  # fmt: skip
"""What a meeting decided on one agenda point (the besluitenlijst), written in the YAML as `uitkomst`."""
UITKOMSTEN: tuple[Uitkomst, ...] = get_args(Uitkomst)

UITKOMST_NL: dict[Uitkomst, str] = {u: u.replace("-", " ") for u in UITKOMSTEN}
"""How an outcome reads in a sentence ('instemming onthouden')."""

NIET_GENOMEN: frozenset[Uitkomst] = frozenset({"aangehouden", "instemming-onthouden"})
"""Outcomes after which the decision step of the agenda point has not been taken: the governance
check does not count such a meeting. A negatief advies is still an advies, so it counts."""


class Agendapunt(Basis):
    """A reference to a kwaliteitskalender item or an actie, or free text; after the meeting, its outcome."""

    kwaliteitskalender: Id | None = None
    stap: Stap | None = None
    actie: Id | None = None
    tekst: Tekst | None = None
    uitkomst: Uitkomst | None = None
    besluit: Tekst | None = None
    """The decision as minuted, in the meeting's own words."""

    @model_validator(mode="after")
    def _een_onderwerp(self) -> Agendapunt:
        if sum(x is not None for x in (self.kwaliteitskalender, self.actie, self.tekst)) == 0:
            raise ValueError("een agendapunt heeft een kwaliteitskalender-item, een actie of een tekst")
        if self.stap is not None and self.kwaliteitskalender is None:
            raise ValueError("'stap' hoort bij een kwaliteitskalender-item")
        return self


class Aanwezig(Basis):
    """Who attended a meeting: rollen (ids from swv.yaml) and anyone else by name."""

    rollen: list[Id] = []
    namen: list[Tekst] = []


ActiepuntStatus = Literal["open", "gereed", "vervallen"]
ACTIEPUNTSTATUSSEN: tuple[ActiepuntStatus, ...] = get_args(ActiepuntStatus)


class Actiepunt(Basis):
    """An action a meeting agreed on (the actielijst): what, who and by when.

    `id` is optional; without it the calendar UID follows the meeting id and the point's place in the list."""

    id: Id | None = None
    wat: Tekst
    wie: WieVeld | None = None
    wanneer: Datum | None = None
    status: ActiepuntStatus = "open"


class Vergadering(Basis):
    """A meeting. `datum` for a dated meeting, `herhaling` for a weekly or monthly series
    ("iedere donderdag"), `wanneer` for an entry without a date yet ("voorjaar 2026", "ntb")."""

    id: Id
    orgaan: Id
    titel: Tekst | None = None
    datum: Datum | None = None
    einddatum: Datum | None = None
    """The last day of a meeting of several days (a two-day conference); `datum` is the first."""
    herhaling: Tekst | None = None
    """A series: 'iedere donderdag', 'elke eerste maandag van de maand'."""
    van: Datum | None = None
    """First day of a series (default: the start of the schooljaar)."""
    tot: Datum | None = None
    """Last day of a series (default: the end of the schooljaar)."""
    ook_in_vakanties: bool = False
    """A series skips public and school holidays unless this is true."""
    uitgezonderd: list[Datum] = []
    """Dates on which a series does not meet."""
    wanneer: Tekst | None = None
    tijd: TijdvakVeld | None = None
    locatie: Tekst | None = None
    online: bool = False
    status: Status = "gepland"
    verplaatst_van: Datum | None = None
    """The date a moved meeting had before its first move (set by the app's Verplaatsen): an
    import of the original table recognises the meeting by it."""
    deelnemers: list[Id] = []
    contactpersoon: Tekst | None = None
    agenda: list[Agendapunt] = []
    aanwezig: Aanwezig | None = None
    actiepunten: list[Actiepunt] = []
    notitie: Tekst | None = None
    bron: Tekst | None = None
    """The entry as written in the source document, where it differs from the fields."""

    @model_validator(mode="after")
    def _wanneer(self) -> Vergadering:
        gezet = [k for k in ("datum", "herhaling", "wanneer") if getattr(self, k) is not None]
        if len(gezet) > 1:
            raise ValueError(
                f"een vergadering heeft óf een datum, óf een herhaling, óf een wanneer-tekst; "
                f"hier staan er {len(gezet)}: {', '.join(gezet)}"
            )
        if not gezet:
            raise ValueError("een vergadering heeft een datum, een herhaling of een wanneer-tekst")
        if self.herhaling is None and (self.van or self.tot or self.ook_in_vakanties or self.uitgezonderd):
            raise ValueError("'van', 'tot', 'ook-in-vakanties' en 'uitgezonderd' horen bij een herhaling")
        if self.einddatum is not None and self.datum is None:
            raise ValueError("'einddatum' hoort bij een datum: de eerste dag van een vergadering van meer dagen")
        return self

    def dagen(self) -> list[date]:
        """The days of a dated meeting: `datum`, through `einddatum` for one of several days (an
        einddatum not after the datum is reported by the checker, SWV103, and counts as one day)."""
        if self.datum is None:
            return []
        laatste = max(self.datum, self.einddatum or self.datum)
        return [self.datum + timedelta(days=n) for n in range((laatste - self.datum).days + 1)]


class Vergaderplanning(Basis):
    schooljaar: SchooljaarVeld
    titel: Tekst | None = None
    vastgesteld: Datum | None = None
    """The date the document was adopted (set by `swvplanner approve`)."""
    vergaderingen: list[Vergadering] = []

    def vergadering(self, vergadering_id: str) -> Vergadering | None:
        return next((v for v in self.vergaderingen if v.id == vergadering_id), None)
