"""Putting imported rows into the plans: the outcome per row, and what all kinds share.

Works on plain YAML-shaped data (`model.plain()`): each kind's module edits the documents' data,
and `Plaatsing.modellen` validates the documents that changed. A row is never dropped in silence:
every row gets a `Regelverslag` with its outcome and a Dutch reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import ValidationError

from swvplanner.core.fouten import BewerkFout, Fout
from swvplanner.core.invoer.kopjes import Soort
from swvplanner.core.invoer.rijen import Invoerrij
from swvplanner.core.model.basis import Basis
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.plannen import ORGANISATIE
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.wie import nieuwe_wie

Uitkomst = Literal["toegevoegd", "bijgewerkt", "overgeslagen", "niet geplaatst"]
UITKOMSTEN: tuple[Uitkomst, ...] = ("toegevoegd", "bijgewerkt", "overgeslagen", "niet geplaatst")


class NietPlaatsbaar(Fout, ValueError):
    """Why a row cannot be placed (Dutch); the row is reported with this reason."""


@dataclass(frozen=True)
class Regelverslag:
    """The outcome of one row: where it came from, what happened, why, and the item it became."""

    plaats: str
    """'rij 7', "blad 'OPR', rij 7", 'afspraak 3'."""
    uitkomst: Uitkomst
    reden: str
    item: str | None = None
    document: str | None = None


VindDocument = Callable[[Soort, Schooljaar], str]
"""The document (by name) that holds a kind's items of a schooljaar; raises NietPlaatsbaar when there is none."""


@dataclass
class Plaatsing:
    """The documents' data while rows are placed, the outcome per row, and the comment per new item."""

    documenten: dict[str, Basis]
    bestand: str
    """The imported file's name, for the comment on new items."""
    vind_document: VindDocument
    schooljaar: Schooljaar | None = None
    """--schooljaar: dates outside it are refused; year-less dates are read in it."""
    nieuwe_organen: bool = False
    data: dict[str, dict[str, Any]] = field(default_factory=dict)
    gewijzigd: list[str] = field(default_factory=list)
    verslag: list[Regelverslag] = field(default_factory=list)
    opmerkingen: dict[str, dict[str, str]] = field(default_factory=dict)
    """Per document, per new item id: the comment written next to it ('geïmporteerd uit ...')."""

    def plain(self, document: str) -> dict[str, Any]:
        """The document's data to edit (a copy, made once)."""
        if document not in self.data:
            self.data[document] = self.documenten[document].plain()
        return self.data[document]

    def wijzig(self, document: str) -> dict[str, Any]:
        plain = self.plain(document)
        if document not in self.gewijzigd:
            self.gewijzigd.append(document)
        return plain

    def wie(self, item: dict[str, Any], tekst: str) -> Any:
        """The `wie` of an item (new: {}) with an imported text: its rollen, organen and trekker
        as swv.yaml names them ("X i.s.m. Y"), else the references the item had."""
        return nieuwe_wie(tekst, item.get("wie"), self.organisatie)

    @property
    def organisatie(self) -> Organisatie | None:
        org = self.documenten.get(ORGANISATIE)
        return org if isinstance(org, Organisatie) else None

    def nieuw_item(self, document: str, item_id: str, ir: Invoerrij) -> None:
        self.opmerkingen.setdefault(document, {})[item_id] = f"geïmporteerd uit {self.bestand}, {ir.plaats}"

    def meld(
        self, ir: Invoerrij, uitkomst: Uitkomst, reden: str, item: str | None = None, document: str | None = None
    ) -> None:
        self.verslag.append(Regelverslag(ir.plaats, uitkomst, reden, item, document))

    def modellen(self) -> dict[str, Basis]:
        """The changed documents as validated models (BewerkFout, Dutch, if one is not valid)."""
        uit: dict[str, Basis] = {}
        for naam in self.gewijzigd:
            model = type(self.documenten[naam])
            try:
                uit[naam] = model.model_validate(self.data[naam])
            except ValidationError as fout:  # pragma: no cover - each kind builds valid items
                raise BewerkFout(f"het geïmporteerde {naam} is niet geldig ({fout.error_count()} fout(en))") from None
        return uit

    @property
    def aantallen(self) -> dict[Uitkomst, int]:
        return {u: sum(r.uitkomst == u for r in self.verslag) for u in UITKOMSTEN}


def zet_velden(item: dict[str, Any], velden: dict[str, Any]) -> list[str]:
    """Set the fields that differ (None removes one); returns the YAML keys that changed."""
    anders = []
    for sleutel, waarde in velden.items():
        if item.get(sleutel) != waarde:
            anders.append(sleutel)
            if waarde is None:
                item.pop(sleutel, None)
            else:
                item[sleutel] = waarde
    return anders


def wie_tekst(wie: Any) -> str | None:
    """The text of a `wie` value (a string, or a mapping with `tekst`)."""
    return wie.get("tekst") if isinstance(wie, dict) else wie
