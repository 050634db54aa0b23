"""Export the iCalendar feeds: the one way CLI, app and server write them.

Also the names of what an export writes (index page, manifest, private feeds and their tokens) and
the server's in-memory stock of written feeds, so that front ends need nothing from `export`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from swvplanner.core.fouten import ExportFout
from swvplanner.core.plannen import Plannen
from swvplanner.export.schrijver import INDEX, MANIFEST, PRIVE, TOKENS, Feed, Resultaat, exporteer, indexpagina
from swvplanner.export.voorraad import Voorraad, etag_van
from swvplanner.store.planmap import laad_map

__all__ = [
    "INDEX",
    "MANIFEST",
    "PRIVE",
    "TOKENS",
    "ExportFout",
    "Feed",
    "Resultaat",
    "Voorraad",
    "etag_van",
    "agenda_map",
    "exporteer_feeds",
    "indexpagina",
]


def agenda_map(plans: Path, uit: Path | None = None) -> Path:
    """Where the calendars go: `uit` when given, else `calendars` next to the plans folder (for the
    README's `plans/` that is ./calendars). The app, `export` and `serve` use the same folder."""
    return uit if uit is not None else plans.parent / "calendars"


def exporteer_feeds(
    map_: Path,
    uit: Path,
    nu: datetime | None = None,
    vandaag: date | None = None,
    bewaar_dagen: int = 60,
    basis_url: str | None = None,
    vastgesteld: bool = False,
) -> Resultaat:
    """Export the iCalendar feeds of the plan folder (raises PlanFout or ExportFout).

    With `vastgesteld`, documents that need adoption are taken as last adopted (their git tag).
    """
    nu = nu or datetime.now(UTC).replace(microsecond=0)
    vandaag = vandaag or nu.astimezone().date()
    if vastgesteld:
        from swvplanner.services.vaststellen import vastgestelde_documenten  # lazy: git only for --vastgesteld

        plannen = Plannen.uit_documenten(vastgestelde_documenten(map_, vandaag))
    else:
        plannen = laad_map(map_).plannen
    return exporteer(plannen, uit, nu, vandaag, bewaar_dagen=bewaar_dagen, basis_url=basis_url)
