"""The kwaliteitskalender: the standing quality cycle of documents, reports, talks, evaluations."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import model_validator

from swvplanner.core.model.basis import Basis, Datum, Id, Tekst, WieVeld

Stap = Literal[
    "advies", "overleg", "instemming", "goedkeuring", "vaststelling", "informatie",
    "aanleveren", "controle", "bespreking",
]  # fmt: skip
"""Steps of the besluitvorming. overleg = OOGO (op overeenstemming gericht overleg); aanleveren =
delivered to an outside body (`aan`: the Inspectie, DUO); controle = the accountant's audit;
bespreking = discussed, no decision. Which of them must follow which is the organisation's
`besluitvolgorde` (swv.yaml), not fixed here."""

STANDAARD_VOLGORDE: tuple[Stap, ...] = ("advies", "instemming", "goedkeuring", "vaststelling")
"""The usual order of the decision steps when swv.yaml sets no `besluitvolgorde`."""

STAP_NL: dict[Stap, str] = {
    "advies": "advies",
    "overleg": "overleg",
    "instemming": "instemming",
    "goedkeuring": "goedkeuring",
    "vaststelling": "vaststelling",
    "informatie": "informatie",
    "aanleveren": "aanlevering",
    "controle": "controle",
    "bespreking": "bespreking",
}
"""Each step kind as a Dutch noun, the one vocabulary of the check messages, the app and the feeds
("goedkeuring door TB ontbreekt", "- aanlevering: Directeur-bestuurder aan DUO")."""


class Besluitstap(Basis):
    """One step of the besluitvorming: which orgaan (a body that meets) or rol (a person, such
    as the directeur-bestuurder, who needs no meeting) gives advies, instemming, goedkeuring, ..."""

    stap: Stap
    orgaan: Id | None = None
    rol: Id | None = None
    aan: Tekst | None = None
    """For aanleveren: the outside body it goes to ("Inspectie van het Onderwijs", "DUO")."""
    toelichting: Tekst | None = None

    @model_validator(mode="after")
    def _wie(self) -> Besluitstap:
        if (self.orgaan is None) == (self.rol is None):
            raise ValueError("een besluitstap noemt óf een orgaan, óf een rol")
        return self


class KwaliteitskalenderItem(Basis):
    """One recurring item: what, when (the document's Dutch text), who, and how it is decided."""

    id: Id
    wat: Tekst
    wanneer: Tekst | None = None
    anker: int | None = None
    """For cycles of several years ('een keer per vier jaar'): a calendar year in which it is due."""
    wie: WieVeld | None = None
    opmerking: Tekst | list[Tekst] | None = None
    """One remark, or several (a note and one about the next cycle: "naar verwachting in 2027").
    A single text stays a plain string in the YAML; read it through `opmerkingen()`."""
    voorbereiding: Tekst | None = None
    besluitvorming: list[Besluitstap] = []
    grondslag: Tekst | None = None
    """Why the item is on the calendar: the article of law or code and its source ("WPO art. 18a
    lid 8; Wet medezeggenschap op scholen art. 14a"), or that it is the organisation's own norm."""
    bibliotheek: Id | None = None
    """The id of the library item it was taken from (`swvplanner library`), if any."""

    def opmerkingen(self) -> list[str]:
        """The remarks, one text each (none, one, or several)."""
        return opmerkingen(self.opmerking)


def opmerkingen(opmerking: str | list[str] | None) -> list[str]:
    """An `opmerking` value as a list of its non-empty remarks."""
    delen = [opmerking] if isinstance(opmerking, str) else list(opmerking or [])
    return [d for d in delen if d.strip()]


class Categorie(Basis):
    naam: Tekst
    items: list[KwaliteitskalenderItem] = []


class Kwaliteitskalender(Basis):
    titel: Tekst = "Kwaliteitskalender"
    vastgesteld: Datum | None = None
    """The date the document was adopted (set by `swvplanner approve`)."""
    categorieen: list[Categorie] = []

    def items(self) -> Iterator[KwaliteitskalenderItem]:
        for categorie in self.categorieen:
            yield from categorie.items

    def item(self, item_id: str) -> KwaliteitskalenderItem | None:
        return next((i for i in self.items() if i.id == item_id), None)
