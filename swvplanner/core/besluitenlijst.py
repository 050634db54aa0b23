"""The besluitenlijst and actielijst: what meetings decided, who attended and what they agreed to do.

Pure: built from the loaded plans, rendered by the front ends (`swvplanner besluiten`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from swvplanner.core.model.vergaderingen import UITKOMST_NL, Vergadering
from swvplanner.core.overzichten import agendapunt_tekst
from swvplanner.core.plannen import Plannen
from swvplanner.core.schooljaar import Schooljaar


@dataclass(frozen=True)
class Besluit:
    agendapunt: str
    uitkomst: str | None
    """The outcome in Dutch words ('instemming onthouden'), None when not recorded."""
    besluit: str | None


@dataclass(frozen=True)
class Actiepuntregel:
    wat: str
    wie: str
    wanneer: date | None
    status: str


@dataclass(frozen=True)
class Verslag:
    """What one meeting decided: only meetings with something recorded are in the besluitenlijst."""

    id: str
    orgaan: str
    orgaan_kort: str
    datum: date | None
    titel: str
    aanwezig: tuple[str, ...]
    besluiten: tuple[Besluit, ...]
    actiepunten: tuple[Actiepuntregel, ...]
    einddatum: date | None = None
    """The last day of a meeting of several days."""

    def als_json(self) -> dict[str, Any]:
        uit: dict[str, Any] = {
            "id": self.id,
            "orgaan": self.orgaan,
            "datum": self.datum.isoformat() if self.datum else None,
            "titel": self.titel,
            "aanwezig": list(self.aanwezig),
            "besluiten": [b.__dict__ for b in self.besluiten],
            "actiepunten": [
                {**a.__dict__, "wanneer": a.wanneer.isoformat() if a.wanneer else None} for a in self.actiepunten
            ],
        }
        if self.einddatum is not None:
            uit["einddatum"] = self.einddatum.isoformat()
        return uit


def _verslag(plannen: Plannen, v: Vergadering) -> Verslag | None:
    if not (v.aanwezig or v.actiepunten or any(p.uitkomst or p.besluit for p in v.agenda)):
        return None
    org = plannen.organisatie
    aanwezig: list[str] = []
    if v.aanwezig:
        for r in v.aanwezig.rollen:
            rol = org.rol(r)
            aanwezig.append(rol.naam if rol else r)
        aanwezig.extend(v.aanwezig.namen)
    o = org.orgaan(v.orgaan)
    return Verslag(
        v.id,
        v.orgaan,
        o.kort if o else v.orgaan,
        v.datum,
        v.titel or "",
        tuple(aanwezig),
        tuple(
            Besluit(agendapunt_tekst(p, plannen), UITKOMST_NL[p.uitkomst] if p.uitkomst else None, p.besluit)
            for p in v.agenda
        ),
        tuple(Actiepuntregel(a.wat, a.wie.tekst if a.wie else "", a.wanneer, a.status) for a in v.actiepunten),
        v.einddatum,
    )


def besluitenlijst(plannen: Plannen, orgaan: str | None = None, schooljaar: Schooljaar | None = None) -> list[Verslag]:
    """The meetings (of one orgaan, of one schooljaar, if given) that recorded outcomes, attendance or
    actiepunten, by date."""
    uit = []
    for sj, vp in sorted(plannen.vergaderplanningen.items()):
        if schooljaar is not None and sj != schooljaar:
            continue
        for v in vp.vergaderingen:
            if orgaan is not None and v.orgaan != orgaan:
                continue
            if (verslag := _verslag(plannen, v)) is not None:
                uit.append(verslag)
    return sorted(uit, key=lambda r: (r.datum is None, r.datum or date.max, r.orgaan_kort, r.id))
