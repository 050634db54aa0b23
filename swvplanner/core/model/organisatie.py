"""The organisation file (plans/swv.yaml): bodies, roles, OP ontwikkelpunten, approvers."""

from __future__ import annotations

from typing import Literal

from pydantic import ValidationInfo, field_validator

from swvplanner.core.melding import citaat
from swvplanner.core.model.basis import Basis, Datum, Id, SchooljaarVeld, Tekst, TijdvakVeld
from swvplanner.core.model.kwaliteitskalender import STANDAARD_VOLGORDE, Stap
from swvplanner.core.schooljaar import Schooljaar

Regio = Literal["noord", "midden", "zuid"]
SoortOrgaan = Literal[
    "bestuur", "toezicht", "medezeggenschap", "commissie", "advies", "werkgroep", "netwerk",
    "extern", "overig",
]  # fmt: skip


class Rol(Basis):
    """A role a person holds (directeur-bestuurder, beleidsadviseur, secretariaat, ...)."""

    id: Id
    naam: Tekst
    omschrijving: Tekst | None = None


class Overlegorgaan(Basis):
    """A body that meets: ALV, OPR, toezichthoudend bestuur, a werkgroep, a netwerk, ..."""

    id: Id
    naam: Tekst
    kort: Tekst
    soort: SoortOrgaan
    onderdeel_van: Id | None = None
    locatie: Tekst | None = None
    tijd: TijdvakVeld | None = None
    minimum_per_schooljaar: int | None = None
    openbaar: bool = True
    contactpersoon: Tekst | None = None
    rollen: list[Id] = []
    omschrijving: Tekst | None = None

    @field_validator("minimum_per_schooljaar")
    @classmethod
    def _niet_negatief(cls, v: int | None) -> int | None:
        if v is not None and v < 0:
            raise ValueError("het minimum aantal vergaderingen kan niet negatief zijn")
        return v


class Ontwikkelpunt(Basis):
    """A numbered development point of the Ondersteuningsplan, with its title and goals when the
    organisation copied them from the OP."""

    nummer: int
    titel: Tekst | None = None
    doelen: list[Tekst] = []
    """What the OP wants reached on this point, as the OP words it."""


class Ondersteuningsplan(Basis):
    """The current four-yearly Ondersteuningsplan (OP): its period (four schooljaren), the date it
    was adopted, and its ontwikkelpunten."""

    titel: Tekst
    eerste_schooljaar: SchooljaarVeld
    laatste_schooljaar: SchooljaarVeld
    vastgesteld: Datum | None = None
    """The date the OP was adopted (vastgesteld), as the OP itself says."""
    ontwikkelpunten: list[Ontwikkelpunt] = []

    @field_validator("laatste_schooljaar")
    @classmethod
    def _na_het_eerste(cls, v: Schooljaar, info: ValidationInfo) -> Schooljaar:
        eerste = info.data.get("eerste_schooljaar")
        if eerste is not None and v < eerste:
            raise ValueError(f"het laatste schooljaar {v} ligt vóór het eerste schooljaar {eerste}")
        return v

    def ontwikkelpunt(self, nummer: int) -> Ontwikkelpunt | None:
        return next((p for p in self.ontwikkelpunten if p.nummer == nummer), None)

    @property
    def periode(self) -> str:
        """'2022-2023 t/m 2025-2026'."""
        return f"{self.eerste_schooljaar} t/m {self.laatste_schooljaar}"


class Goedkeurder(Basis):
    """Someone who may adopt (vaststellen) documents, identified by their git e-mail."""

    naam: Tekst
    email: Tekst
    rol: Id | None = None

    @field_validator("email")
    @classmethod
    def _email(cls, v: str) -> str:
        if "@" not in v or v.strip() != v or " " in v:
            raise ValueError(f"{citaat(v)} is geen e-mailadres")
        return v


DocumentSoort = Literal["jaarplan", "kwaliteitskalender", "vergaderingen"]


class Vaststelling(Basis):
    """Which documents the goedkeurders adopt (`swvplanner approve`), and how."""

    documenten: list[DocumentSoort] = ["jaarplan", "kwaliteitskalender"]
    """Kinds of documents that need adoption; vergaderingen are usually operational."""
    ondertekenen: Literal["verplicht", "optioneel"] = "verplicht"
    """'verplicht' (the default): a vastgesteld tag must be signed (gpg or ssh); `verify` fails on an
    unsigned one. With 'optioneel' an unsigned tag counts, but `verify` warns that nobody can tell who made it."""
    tak: Id | None = None
    """The main branch adopted versions must be on (default: main, else master)."""

    def nodig_voor(self, document: str) -> bool:
        return any(document == soort or document.startswith(f"{soort}-") for soort in self.documenten)


class Organisatie(Basis):
    """The SWV itself."""

    naam: Tekst
    kort: Tekst
    regio: Regio
    tijdzone: Tekst = "Europe/Amsterdam"
    domein: Tekst
    website: Tekst | None = None
    rollen: list[Rol] = []
    overlegorganen: list[Overlegorgaan] = []
    ondersteuningsplan: Ondersteuningsplan | None = None
    goedkeurders: list[Goedkeurder] = []
    vaststelling: Vaststelling = Vaststelling()
    besluitvolgorde: list[Stap] = list(STANDAARD_VOLGORDE)
    """The order in which the decision steps must happen (a step kind not listed only has to
    happen before the deadline). SWVs differ: some ask the toezichthouder's goedkeuring before
    the OPR's instemming."""

    @field_validator("besluitvolgorde")
    @classmethod
    def _volgorde(cls, v: list[str]) -> list[str]:
        dubbel = sorted({s for s in v if v.count(s) > 1})
        if dubbel:
            raise ValueError(f"de besluitvolgorde noemt {', '.join(dubbel)} meer dan eens")
        return v

    def goedkeurder(self, email: str) -> Goedkeurder | None:
        return next((g for g in self.goedkeurders if g.email.lower() == email.strip().lower()), None)

    @field_validator("tijdzone")
    @classmethod
    def _tijdzone(cls, v: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"onbekende tijdzone {citaat(v)} (bijvoorbeeld Europe/Amsterdam)") from None
        return v

    def orgaan(self, orgaan_id: str) -> Overlegorgaan | None:
        return next((o for o in self.overlegorganen if o.id == orgaan_id), None)

    def rol(self, rol_id: str) -> Rol | None:
        return next((r for r in self.rollen if r.id == rol_id), None)
