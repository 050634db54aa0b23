"""The jaarplan of one schooljaar.

One hierarchy holds all seed shapes: onderdelen (ontwikkelpunt, thema, programmalijn,
speerpunt, or a 'deel' such as "Jaarkalender" and "Jaarplan") contain doelen and acties, and may
contain further onderdelen (a thema with its programmalijnen).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, Any, Literal, get_args

from pydantic import BeforeValidator, PlainSerializer, SerializerFunctionWrapHandler, model_serializer, model_validator

from swvplanner.core.bedrag import bedragen, is_pm
from swvplanner.core.melding import citaat
from swvplanner.core.model.basis import Basis, Datum, Id, SchooljaarVeld, Tekst, WieVeld


def _bedrag(v: Any) -> Decimal:
    """An amount as a number (21500, 21500.50) or Dutch text ("21.500", "€ 21.500,50"); never float."""
    if isinstance(v, bool):
        raise ValueError(f"{citaat(v)} is geen bedrag")
    if isinstance(v, int | Decimal):
        return Decimal(v)
    if isinstance(v, float):
        return Decimal(str(v))
    if isinstance(v, str) and re.fullmatch(r"\d+\.\d{1,2}", v.strip()):  # 21500.50: a decimal point
        return Decimal(v.strip())
    if isinstance(v, str):  # Dutch: 21.500 and € 21.500,50
        gevonden = bedragen(v if "€" in v else f"€{v.strip()}")
        if len(gevonden) == 1:
            return gevonden[0]
    raise ValueError(f"{citaat(v)} is geen bedrag (schrijf bijvoorbeeld 21500 of '€ 21.500,50')")


ActieStatus = Literal["gepland", "lopend", "gereed", "uitgesteld", "vervallen"]
ACTIE_STATUSSEN: tuple[ActieStatus, ...] = get_args(ActieStatus)
AFGEROND: tuple[ActieStatus, ...] = ("gereed", "vervallen")
"""The statuses of a finished actie: it is not overdue and does not carry over into the next schooljaar."""
"""Every status an actie can have, in this order (the status lists and filters show it)."""
SoortOnderdeel = Literal["ontwikkelpunt", "thema", "programmalijn", "speerpunt", "deel"]


class Voortgang(Basis):
    """A dated progress note."""

    datum: Datum
    tekst: Tekst


def _bedrag_yaml(d: Decimal) -> int | str:
    """Whole euros as a YAML number; cents as '21500.50' (read back exactly by _bedrag)."""
    return int(d) if d == d.to_integral_value() else f"{d:.2f}"


class Middelen(Basis):
    """Means: staff and money, as written ("0,6 fte", "€21.500 per swv", "p.m.").

    The text is the source of truth; `bedragen` are the euro amounts in it as Decimal and `pm`
    says the amount is not yet known. `bedrag` may hold one amount entered as a number.
    """

    personeel: Tekst | None = None
    financieel: Tekst | None = None
    bedrag: Annotated[Decimal, BeforeValidator(_bedrag), PlainSerializer(_bedrag_yaml)] | None = None

    @property
    def bedragen(self) -> list[Decimal]:
        gevonden = bedragen(self.financieel)
        if self.bedrag is not None and self.bedrag not in gevonden:
            gevonden.insert(0, self.bedrag)
        return gevonden

    @property
    def pm(self) -> bool:
        return is_pm(self.financieel)


class Voetnoot(Basis):
    nummer: int
    tekst: Tekst


class Risico(Basis):
    risico: Tekst
    beheersmaatregelen: Tekst | None = None


class Begroting(Basis):
    doelstellingen: Tekst | None = None
    geraamde_kosten: Tekst | None = None


Behaald = Literal["ja", "deels", "nee"]
"""Whether an actie's intended result was achieved (the evaluatie at the end of the year)."""


class KpiWaarde(Basis):
    """The value a KPI of the jaarplan (`kpis`, by nummer) reached for an actie, as written."""

    nummer: int
    waarde: Tekst | None = None


class ActieEvaluatie(Basis):
    """The evaluatie of one actie at the end of its year; every field empty means: not yet filled in."""

    behaald: Behaald | None = None
    toelichting: Tekst | None = None
    kpi: list[KpiWaarde] = []

    @model_serializer(mode="wrap")
    def _met_lege_velden(self, volgende: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """'behaald' and 'toelichting' are always written, empty too: a block ready to fill in."""
        return {"behaald": None, "toelichting": None, **volgende(self)}

    @property
    def ingevuld(self) -> bool:
        return self.behaald is not None or bool(self.toelichting) or any(k.waarde for k in self.kpi)


class Actie(Basis):
    """One row of the jaarplan: who does what, when, with which means, for which result."""

    id: Id
    nummer: Tekst | None = None
    resultaat: Tekst | None = None
    """Beoogd / gewenst resultaat."""
    wat: Tekst | None = None
    actiepunten: Tekst | None = None
    """How it is achieved (seed 004: 'Actiepunten – hoe wordt dit bereikt?')."""
    wie: WieVeld | None = None
    wanneer: Tekst | None = None
    """As written in the source ('31 december 2025', 'jan-apr 2025', 'Continu')."""
    status: ActieStatus = "gepland"
    voortgang: list[Voortgang] = []
    kpi: list[int] = []
    indicator: Tekst | None = None
    """Streefscore / indicator: with which result are we satisfied?"""
    meetinstrument: Tekst | None = None
    middelen: Middelen | None = None
    ontwikkelpunten: list[int] = []
    """OP ontwikkelpunten this actie serves, where they differ from its onderdeel's."""
    voetnoten: list[int] = []
    overgenomen_van: Id | None = None
    """The id of last year's actie this one carries over."""
    opmerking: Tekst | None = None
    evaluatie: ActieEvaluatie | None = None


class Doel(Basis):
    id: Id | None = None
    nummer: Tekst | None = None
    tekst: Tekst
    indicator: Tekst | None = None
    """Beoogd resultaat (indicator), e.g. '100% van de scholen'."""
    acties: list[Actie] = []


class Onderdeel(Basis):
    id: Id
    soort: SoortOnderdeel
    nummer: Tekst | None = None
    titel: Tekst
    ontwikkelpunten: list[int] = []
    verantwoordelijkheid: Tekst | None = None
    speerpunt: Tekst | None = None
    beschrijving: Tekst | None = None
    doelen: list[Doel] = []
    acties: list[Actie] = []
    risicos: list[Risico] = []
    begroting: Begroting | None = None
    toelichting: list[Voetnoot] = []
    onderdelen: list[Onderdeel] = []

    def alle_onderdelen(self) -> Iterator[Onderdeel]:
        yield self
        for kind in self.onderdelen:
            yield from kind.alle_onderdelen()


class Kpi(Basis):
    nummer: int
    tekst: Tekst


class Evaluatie(Basis):
    """The evaluation of last year's plan (what was and was not realised, and why)."""

    schooljaar: SchooljaarVeld | None = None
    tekst: Tekst | None = None
    gerealiseerd: list[Tekst] = []
    niet_gerealiseerd: list[Tekst] = []


class Jaarplan(Basis):
    schooljaar: SchooljaarVeld
    titel: Tekst | None = None
    vastgesteld: Datum | None = None
    ondersteuningsplan: Tekst | None = None
    inleiding: Tekst | None = None
    evaluatie: Evaluatie | None = None
    kpis: list[Kpi] = []
    onderdelen: list[Onderdeel] = []

    @model_validator(mode="after")
    def _kpis_bestaan(self) -> Jaarplan:
        """A KPI value in an evaluatie names one of this jaarplan's kpis."""
        bekend = {k.nummer for k in self.kpis}
        for a in self.acties():
            for k in a.evaluatie.kpi if a.evaluatie else []:
                if k.nummer not in bekend:
                    lijst = ", ".join(str(n) for n in sorted(bekend)) or "geen"
                    raise ValueError(
                        f"de evaluatie van actie '{a.id}' noemt KPI {k.nummer}, maar het jaarplan heeft die niet"
                        f" (kpis: {lijst})"
                    )
        return self

    def alle_onderdelen(self) -> Iterator[Onderdeel]:
        for o in self.onderdelen:
            yield from o.alle_onderdelen()

    def acties_met_onderdeel(self) -> Iterator[tuple[Onderdeel, Actie]]:
        for o in self.alle_onderdelen():
            for doel in o.doelen:
                for a in doel.acties:
                    yield o, a
            for a in o.acties:
                yield o, a

    def acties(self) -> Iterator[Actie]:
        for _, a in self.acties_met_onderdeel():
            yield a

    def actie(self, actie_id: str) -> Actie | None:
        return next((a for a in self.acties() if a.id == actie_id), None)
