"""`swvplanner init`: a new plan folder for a new SWV, from the choices and the library.

All or nothing: the files are built and validated in memory, written into a hidden folder next to
the plan folder and renamed into place; an existing plan folder is never touched. Then the check
runs on the result and, when asked, git records it (a repository of its own unless the folder is
already in one; no commit without a git identity, the files stay).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from swvplanner.core.fouten import GitFout, PlanFout
from swvplanner.core.melding import Melding
from swvplanner.core.nieuw import ROLLEN, Keuzes, NieuwOrgaan, Weggelaten, neem_over
from swvplanner.core.plannen import Plannen
from swvplanner.core.regel_lezen import parse_regel
from swvplanner.core.verwijzingen import verwijzingsfouten
from swvplanner.services.check import GeplaatsteBevinding, check
from swvplanner.store.bestand import lees_tekst
from swvplanner.store.bibliotheek import bibliotheek
from swvplanner.store.git import heeft_identiteit, in_repository, leg_vast, maak_repository
from swvplanner.store.nieuw import nieuwe_bestanden, schrijf_nieuwe_map
from swvplanner.store.planmap import document_voor

GitKeuze = Literal["nieuw", "bestaand", "geen"]


@dataclass(frozen=True)
class Vastgelegd:
    """What git did with the new folder."""

    soort: GitKeuze
    """'nieuw': a repository was made in the folder; 'bestaand': the folder was already in one."""
    repository: Path | None = None
    commit: str | None = None
    """The short sha of the first commit."""
    melding: str | None = None
    """Why there is no commit (Dutch)."""


@dataclass(frozen=True)
class Aangemaakt:
    """What `maak_planmap` did."""

    map: Path
    bestanden: list[str]
    organen: list[NieuwOrgaan]
    items: list[str]
    """The ids of the kwaliteitskalender items taken from the library."""
    weggelaten: list[Weggelaten]
    bevindingen: list[GeplaatsteBevinding]
    zonder_anker: list[str] = field(default_factory=list)
    """The `wat` of items with a cycle of several years and no `anker`: they get no deadline until one is set."""
    git: Vastgelegd | None = None
    """None when git was not asked for."""


def in_git(map_: Path) -> Path | None:
    """The git repository the folder is (or, not made yet, would be) in."""
    bestaand = Path(map_).absolute()
    while not bestaand.exists() and bestaand != bestaand.parent:
        bestaand = bestaand.parent
    return in_repository(bestaand)


def weiger_bestaande(map_: Path) -> None:
    """PlanFout when the folder exists as a file or holds anything: init never writes over plans."""
    if not map_.exists() and not map_.is_symlink():
        return
    if not map_.is_dir():
        tekst = "bestaat al en is geen map; er is niets geschreven"
    else:
        inhoud = sorted(p.name for p in map_.iterdir())
        if not inhoud:
            return
        genoemd = ", ".join(inhoud[:4]) + (", …" if len(inhoud) > 4 else "")
        tekst = (
            f"bestaat al en is niet leeg ({genoemd}); swvplanner init schrijft nooit over bestaande "
            "bestanden en heeft niets geschreven. Kies een nieuwe map: swvplanner init ANDERE-MAP"
        )
    raise PlanFout([Melding(str(map_), 0, 0, tekst)])


def _controleer(bestanden: dict[str, str]) -> None:
    """Every file reads back as its model and the references between them hold (before writing)."""
    modellen = {}
    for naam, tekst in bestanden.items():
        soort = document_voor(naam)
        assert soort is not None, naam
        modellen[soort[0]] = lees_tekst(Path(naam), tekst, soort[1], naam).model
    fouten = verwijzingsfouten(Plannen.uit_documenten(modellen))
    if fouten:
        raise PlanFout([Melding(f.bestand, 0, 0, f.melding) for f in fouten])


def _git(map_: Path, keuzes: Keuzes) -> Vastgelegd:
    repository = in_git(map_)
    soort: GitKeuze = "bestaand"
    try:
        if repository is None:
            maak_repository(map_)
            repository, soort = map_.resolve(), "nieuw"
        if not heeft_identiteit(map_):
            return Vastgelegd(
                soort,
                repository,
                melding="git weet niet wie u bent (git config user.name en user.email zijn niet ingesteld), "
                "dus er is nog niets vastgelegd; de bestanden staan er wel. Stel ze in en leg vast met: "
                f'git -C {map_} add . && git -C {map_} commit -m "Nieuwe planmap"',
            )
        return Vastgelegd(soort, repository, leg_vast(map_, f"Nieuwe planmap voor {keuzes.kort} (swvplanner init)"))
    except GitFout as fout:
        return Vastgelegd(soort, repository, melding=f"{fout.tekst}; de bestanden staan er wel")


def maak_planmap(map_: Path, keuzes: Keuzes, vandaag: date, git: bool = True) -> Aangemaakt:
    """Create the plan folder `map_` for a new SWV; PlanFout (nothing written) when it already holds anything."""
    map_ = Path(map_)
    weiger_bestaande(map_)
    organen = keuzes.organen
    kk, weg = neem_over(bibliotheek(), {o.orgaan.id for o in organen}, {r.id for r in ROLLEN})
    bestanden = nieuwe_bestanden(keuzes, kk, weg, vandaag)
    _controleer(bestanden)
    schrijf_nieuwe_map(map_, bestanden)
    zonder_anker = [i.wat for i in kk.items() if i.wanneer and i.anker is None and parse_regel(i.wanneer).interval > 1]
    return Aangemaakt(
        map_,
        list(bestanden),
        organen,
        [i.id for i in kk.items()],
        weg,
        check(map_, vandaag),
        zonder_anker,
        _git(map_, keuzes) if git else None,
    )
