"""Which column holds what: Dutch headers and their usual synonyms, the header row below a title,
and what a table holds (vergaderingen, kwaliteitskalender or jaarplan)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, get_args

from swvplanner.core.invoer.tabel import Tabel
from swvplanner.core.schooljaar import Schooljaar

Soort = Literal["vergaderingen", "kwaliteitskalender", "jaarplan"]
SOORTEN: tuple[Soort, ...] = get_args(Soort)

SYNONIEMEN: dict[str, tuple[str, ...]] = {
    "id": ("id", "code", "kenmerk"),
    "orgaan": ("orgaan", "overleg", "overlegorgaan", "gremium", "vergadering", "bijeenkomst", "commissie"),
    "datum": ("datum", "dag", "vergaderdatum", "datum vergadering", "datum en tijd"),
    "tijd": ("tijd", "tijdstip", "tijden", "aanvang", "begintijd", "van"),
    "eindtijd": ("eindtijd", "einde", "tot", "eind"),
    "locatie": ("locatie", "plaats", "waar", "ruimte", "lokaal", "adres"),
    "onderwerp": (
        "onderwerp", "wat", "agenda", "omschrijving", "item", "document", "activiteit", "activiteiten",
        "titel", "actie", "acties", "actiepunt", "actiepunten",
    ),
    "wanneer": (
        "wanneer", "planning", "deadline", "termijn", "periode", "wanneer gereed", "streefdatum", "gereed",
        "frequentie", "cyclus",
    ),
    "wie": (
        "wie", "verantwoordelijk", "verantwoordelijke", "eigenaar", "betrokkenen", "uitvoering", "door wie", "trekker",
    ),
    "status": ("status", "stand", "stand van zaken"),
    "doel": ("doel", "doelen", "doelstelling", "doelstellingen"),
    "resultaat": ("resultaat", "beoogd resultaat", "beoogde resultaat", "gewenst resultaat", "beoogde resultaten"),
    "onderdeel": ("ontwikkelpunt", "thema", "onderdeel", "programmalijn", "speerpunt", "ontwikkelpunten", "thema's"),
    "financieel": ("middelen", "middelen (financieel)", "kosten", "budget", "financiën", "financieel"),
    "personeel": ("middelen (personeel)", "personeel", "inzet", "fte"),
    "opmerking": ("opmerking", "opmerkingen", "toelichting", "notitie", "bijzonderheden", "notities"),
    "categorie": ("categorie", "rubriek", "soort document"),
    "besluitvorming": ("besluitvorming", "besluitvormingsproces", "besluitvorming door"),
}  # fmt: skip
"""Header words by field. 'Wat' is the onderwerp: a kwaliteitskalender item's or an actie's 'wat'."""

_OP_KOPJE = {kopje: veld for veld, kopjes in SYNONIEMEN.items() for kopje in kopjes}
ZOEK_RIJEN = 10
"""How many rows from the top the header row may be (title rows above it)."""
_SCHOOLJAAR = re.compile(r"(?<!\d)(\d{4})\s*[-–/]\s*(\d{4}|\d{2})(?!\d)")


def veld_van_kopje(kopje: str) -> str | None:
    """The field a header names ('Overleg' → 'orgaan'), or None."""
    s = " ".join(kopje.lower().replace("\u00a0", " ").split()).strip(" :*.?")
    if s in _OP_KOPJE:
        return _OP_KOPJE[s]
    zonder_haakjes = re.sub(r"\s*\(.*?\)\s*", " ", s).strip()
    return _OP_KOPJE.get(zonder_haakjes)


@dataclass
class Kopregel:
    """The header row of a table: its index in `tabel.rijen`, the column of each field, the title rows above."""

    index: int
    kolommen: dict[str, int]
    kopjes: dict[str, str] = field(default_factory=dict)
    """The header text of each field, as written ('Overleg')."""
    titel: list[str] = field(default_factory=list)
    """The text of the rows above the header (a title like 'Vergaderplanning 2026-2027')."""

    @property
    def schooljaar(self) -> Schooljaar | None:
        """The schooljaar named in the title rows, when they name exactly one."""
        gevonden = set()
        for regel in self.titel:
            for m in _SCHOOLJAAR.finditer(regel):
                try:
                    gevonden.add(Schooljaar.parse(f"{m[1]}-{m[2]}"))
                except ValueError:
                    continue
        return gevonden.pop() if len(gevonden) == 1 else None


def zoek_kopregel(tabel: Tabel) -> Kopregel | None:
    """The row in the top rows with the most recognised headers (at least two), or None."""
    beste: Kopregel | None = None
    for i, rij in enumerate(tabel.rijen[:ZOEK_RIJEN]):
        kolommen: dict[str, int] = {}
        kopjes: dict[str, str] = {}
        for k, cel in enumerate(rij.cellen):
            veld = veld_van_kopje(cel.tekst) if isinstance(cel.waarde, str) else None
            if veld is not None and veld not in kolommen:
                kolommen[veld], kopjes[veld] = k, cel.tekst
        if len(kolommen) >= 2 and (beste is None or len(kolommen) > len(beste.kolommen)):
            titel = [" ".join(c.tekst for c in r.cellen if not c.leeg) for r in tabel.rijen[:i]]
            beste = Kopregel(i, kolommen, kopjes, [t for t in titel if t])
    return beste


_JAARPLAN_VELDEN = {"onderdeel", "doel", "resultaat", "status", "financieel", "personeel"}


def herken_soort(kop: Kopregel) -> Soort | None:
    """What the table holds, from its headers: a date column makes meetings; an ontwikkelpunt, doel,
    resultaat, status or middelen column a jaarplan; a 'wat' with a 'wanneer' or 'wie' a kwaliteitskalender."""
    velden = set(kop.kolommen)
    if "datum" in velden:
        return "vergaderingen"
    if velden & _JAARPLAN_VELDEN and "onderwerp" in velden:
        return "jaarplan"
    if "onderwerp" in velden and velden & {"wanneer", "wie"}:
        return "kwaliteitskalender"
    return None


NODIG: dict[Soort, tuple[str, ...]] = {
    "vergaderingen": ("datum",),
    "kwaliteitskalender": ("onderwerp",),
    "jaarplan": ("onderwerp",),
}
"""The columns each kind cannot do without."""


def ontbrekende_kolommen(kop: Kopregel, soort: Soort) -> list[str]:
    return [veld for veld in NODIG[soort] if veld not in kop.kolommen]


def kopje_voorbeeld(veld: str) -> str:
    """The usual header of a field, capitalised, for messages ('Datum')."""
    return SYNONIEMEN[veld][0].capitalize() if veld != "onderwerp" else "Wat"
