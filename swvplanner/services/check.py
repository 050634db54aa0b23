"""The check use case: load, run every rule, place each finding at file:line:column."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from swvplanner.core.checks import ERNST_VOLGORDE, REGISTER, controleer
from swvplanner.core.fouten import PlanFout
from swvplanner.core.melding import Melding, Pad
from swvplanner.core.plannen import Plannen
from swvplanner.store.bestand import PlanBestand
from swvplanner.store.planmap import laad_map


@dataclass(frozen=True)
class GeplaatsteBevinding:
    """A finding as users see it (the JSON schema of `check --format json`)."""

    code: str
    ernst: str
    bestand: str
    regel: int
    kolom: int
    melding: str
    hint: str

    def als_dict(self) -> dict[str, object]:
        return asdict(self)


HINT_SWV100 = "Herstel het bestand op de genoemde plaats; er is niets gewijzigd."
HINT_SWV100_GEOPEND = (
    "Herstel het bestand op de genoemde plaats (of zet het terug met git). Tot dan blijft de "
    "laatste goede versie in beeld en wordt dit bestand niet bewaard."
)


def onleesbaar(m: Melding, hint: str = HINT_SWV100) -> GeplaatsteBevinding:
    """The SWV100 finding of a plan file that cannot be read."""
    return GeplaatsteBevinding("SWV100", "fout", m.bestand, m.regel, m.kolom, m.melding, hint)


def check(map_: Path, vandaag: date) -> list[GeplaatsteBevinding]:
    """All findings for the plan folder, sorted by file and position."""
    try:
        pm = laad_map(map_, verwijzingen=False)
    except PlanFout as fout:
        return [onleesbaar(m) for m in fout.meldingen]
    return [g.bevinding for g in plaats(pm.plannen, pm.bestanden, vandaag)]


@dataclass(frozen=True)
class Gevonden:
    """A placed finding with the document and path it is about (for jumping to the item)."""

    bevinding: GeplaatsteBevinding
    document: str
    pad: Pad


def onleesbaar_geopend(documenten: Mapping[str, Iterable[Melding]]) -> list[Gevonden]:
    """SWV100 for files that became unreadable while the app has the plans open (their last good
    version is what the other rules check)."""
    return [
        Gevonden(onleesbaar(m, HINT_SWV100_GEOPEND), document, ())
        for document, meldingen in sorted(documenten.items())
        for m in meldingen
    ]


def plaats(plannen: Plannen, bestanden: dict[str, PlanBestand[Any]], vandaag: date) -> list[Gevonden]:
    """Run every rule on the plans and place each finding in the given files, sorted by place."""
    uit = []
    for b in controleer(plannen, vandaag):
        m = bestanden[b.document].melding(b.pad, b.melding)
        uit.append(
            Gevonden(
                GeplaatsteBevinding(b.code, b.ernst, m.bestand, m.regel, m.kolom, b.melding, b.hint), b.document, b.pad
            )
        )
    return sorted(
        uit,
        key=lambda g: (
            g.bevinding.bestand,
            g.bevinding.regel,
            g.bevinding.kolom,
            ERNST_VOLGORDE[g.bevinding.ernst],
            g.bevinding.code,
        ),
    )


def regels() -> list[dict[str, str]]:
    """Every rule: code, severity, title and explanation (for --regels and the docs)."""
    return [{"code": c.code, "ernst": c.ernst, "titel": c.titel, "uitleg": c.uitleg} for c in REGISTER]


def regels_markdown() -> str:
    regels_ = regels()
    regels_txt = "\n".join(f"| {r['code']} | {r['ernst']} | {r['titel']} | {r['uitleg']} |" for r in regels_)
    return (
        "# Controles van `swvplanner check`\n\n"
        "Deze tabel wordt gemaakt met `swvplanner check --regels --format markdown`; pas hem niet met de "
        "hand aan.\n\n"
        "| Code | Ernst | Controle | Uitleg |\n|---|---|---|---|\n" + regels_txt + "\n"
    )
