"""Shared building blocks of the plan models: the base class and the small value types."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PlainSerializer,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)

from swvplanner.core.melding import citaat
from swvplanner.core.nl_datum import Tijdvak, maak_datum, parse_tijd
from swvplanner.core.schooljaar import Schooljaar


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Basis(BaseModel):
    """Base of every plan model: Dutch kebab-case keys, unknown keys refused."""

    model_config = ConfigDict(
        extra="forbid",
        alias_generator=_kebab,
        populate_by_name=True,
        str_strip_whitespace=False,
    )

    def plain(self) -> dict[str, Any]:
        """The YAML-shaped value: aliases as keys, defaults left out, values as YAML scalars."""
        return self.model_dump(by_alias=True, exclude_defaults=True, mode="python")


_ISO_DATUM = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _iso_datum(v: Any) -> date:
    if isinstance(v, date):
        return v
    if not isinstance(v, str):
        raise ValueError(f"een datum moet als JJJJ-MM-DD geschreven worden, niet {citaat(v)}")
    m = _ISO_DATUM.match(v.strip())
    if not m:
        raise ValueError(f"{citaat(v)} is geen datum: schrijf JJJJ-MM-DD, bijvoorbeeld 2025-12-08")
    return maak_datum(int(m[1]), int(m[2]), int(m[3]), v)


Datum = Annotated[
    date,
    BeforeValidator(_iso_datum),
    PlainSerializer(lambda d: d.isoformat(), return_type=str),
]
"""A date stored as an ISO date (JJJJ-MM-DD) in the YAML."""


def _tijdvak(v: Any) -> Tijdvak:
    if isinstance(v, Tijdvak):
        return v
    if not isinstance(v, str):
        raise ValueError(f"een tijd moet als tekst geschreven worden, bijvoorbeeld 19:30-21:30, niet {citaat(v)}")
    return parse_tijd(v, eind_na_begin=False)  # the checker reports an end before the start (SWV103)


TijdvakVeld = Annotated[
    Tijdvak,
    BeforeValidator(_tijdvak),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({"type": "string", "examples": ["19:30-21:30"]}),
]
"""A time range stored as 'HH:MM-HH:MM' (Dutch forms such as '19.30-21.30 uur' are read too)."""


def _schooljaar(v: Any) -> Schooljaar:
    if isinstance(v, Schooljaar):
        return v
    return Schooljaar.parse(str(v))


SchooljaarVeld = Annotated[
    Schooljaar,
    BeforeValidator(_schooljaar),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({"type": "string", "examples": ["2025-2026"]}),
]

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _id(v: Any) -> str:
    if not isinstance(v, str) or not _ID.fullmatch(v):  # fullmatch: '$' would let "opr-01\n" through
        raise ValueError(
            f"ongeldig id {citaat(v)}: gebruik kleine letters, cijfers en streepjes (bijvoorbeeld opr-2526-01)"
        )
    return v


Id = Annotated[str, BeforeValidator(_id)]
"""A stable identifier: assigned once when an item is created, never recomputed."""

Tekst = Annotated[str, BeforeValidator(lambda v: str(v) if isinstance(v, int | float) else v)]
"""Free text; a bare number in the YAML is read as text too."""


class Wie(Basis):
    """Who: the source text, plus references to rollen and overlegorganen where they exist.

    A text that names a lead and partners ("Directeur-bestuurder i.s.m. klankbordgroep") has a
    `trekker`: the id of one of its rollen or organen; the others are betrokken. The text stays
    what is shown; the references put the item in the rol feeds and name the trekker first."""

    tekst: Tekst
    rollen: list[Id] = []
    organen: list[Id] = []
    trekker: Id | None = None  # after rollen and organen: its validator sees them

    @field_validator("trekker")
    @classmethod
    def _trekker_erbij(cls, v: str | None, info: ValidationInfo) -> str | None:
        if v is not None and v not in (*info.data.get("rollen", ()), *info.data.get("organen", ())):
            raise ValueError(
                f"de trekker {citaat(v)} staat niet bij de rollen of organen van wie; "
                "zet het id ook onder rollen of organen"
            )
        return v

    def betrokkenen(self) -> list[str]:
        """The ids of the rollen and organen besides the trekker (all of them when there is none)."""
        return [i for i in (*self.rollen, *self.organen) if i != self.trekker]

    @classmethod
    def _van_tekst(cls, v: Any) -> Any:
        return {"tekst": v} if isinstance(v, str) else v

    def plain(self) -> Any:  # a Wie with only text is written back as a plain string
        if not self.rollen and not self.organen:
            return self.tekst
        return super().plain()


def wie_veld(v: Any) -> Any:
    """Accept `wie: "tekst"` as shorthand for `wie: {tekst: ...}`."""
    return Wie._van_tekst(v)


WieVeld = Annotated[Wie, BeforeValidator(wie_veld), PlainSerializer(lambda w: w.plain())]

__all__ = [
    "Basis",
    "Datum",
    "Id",
    "SchooljaarVeld",
    "Tekst",
    "TijdvakVeld",
    "Wie",
    "WieVeld",
    "field_validator",
]
