"""What `swvplanner init` prints: what it made, what the check says, and the next steps.

Wrapped at 80 columns (the smallest terminal the app is made for), the same on every terminal.
"""

from __future__ import annotations

import shlex
import textwrap
from pathlib import Path

import click

from swvplanner.core.nieuw import ROLLEN, SOORT_NL, STANDAARD_RECHTSVORM, WAAROM_STANDAARD_RECHTSVORM, Keuzes
from swvplanner.services.init import Aangemaakt

BREEDTE = 80


_ERNST_NL = {"fout": ("fout", "fouten"), "waarschuwing": ("waarschuwing", "waarschuwingen"), "info": ("info", "info")}


def _zeg(tekst: str, insprong: int = 0, vervolg: int = 2) -> None:
    click.echo(
        textwrap.fill(
            tekst,
            BREEDTE,
            initial_indent=" " * insprong,
            subsequent_indent=" " * (insprong + vervolg),
            break_on_hyphens=False,
            break_long_words=False,
        )
    )


def _telling(n: int, een: str, meer: str) -> str:
    return f"{n} {een if n == 1 else meer}"


def toon_aangemaakt(
    a: Aangemaakt, k: Keuzes, rechtsvorm_standaard: bool = False, niet_vastgelegd_in: Path | None = None
) -> None:
    """Print the result; `niet_vastgelegd_in` is the existing repository nothing was committed to."""
    _zeg(
        f"Nieuwe planmap {a.map} voor {k.naam} ({SOORT_NL[k.soort]}, {k.rechtsvorm}, regio {k.regio}, "
        f"schooljaar {k.schooljaar}):",
        vervolg=0,
    )
    swv, kk, *per_jaar = a.bestanden
    goedkeurder = (
        f"goedkeurder {k.goedkeurder_naam} ({k.goedkeurder_email})"
        if k.goedkeurder_naam
        else "nog geen goedkeurder (nodig voor swvplanner approve)"
    )
    organen = ", ".join(o.orgaan.kort for o in a.organen)
    _zeg(f"{swv}: organen {organen}; rollen {', '.join(r.id for r in ROLLEN)}; {goedkeurder}", 2)
    items = f"{kk}: {_telling(len(a.items), 'item', 'items')} uit de bibliotheek"
    if a.weggelaten:
        items += f", {_telling(len(a.weggelaten), 'stap', 'stappen')} weggelaten (staat bovenin het bestand)"
    _zeg(items, 2)
    _zeg(f"{' en '.join(per_jaar)}: nog leeg", 2)
    if rechtsvorm_standaard:
        _zeg(
            f"Rechtsvorm {STANDAARD_RECHTSVORM}: de standaard (--rechtsvorm stichting voor een stichting); "
            f"{WAAROM_STANDAARD_RECHTSVORM}."
        )
    tellingen = []
    for ernst, (een, meer) in _ERNST_NL.items():
        codes = sorted({b.code for b in a.bevindingen if b.ernst == ernst})
        if codes or ernst != "info":
            n = sum(b.ernst == ernst for b in a.bevindingen)
            tellingen.append(_telling(n, een, meer) + (f" ({', '.join(codes)})" if codes else ""))
    _zeg(f"Controle: {', '.join(tellingen)}; details met swvplanner check.")
    for b in a.bevindingen:
        if b.ernst == "fout":
            _zeg(f"{b.bestand}:{b.regel}:{b.kolom}: {b.code} {b.melding}", 2)
    if a.git is not None:
        plek = "een nieuwe repository in de map" if a.git.soort == "nieuw" else f"de repository {a.git.repository}"
        _zeg(f"Git: vastgelegd in {plek} ({a.git.commit})." if a.git.commit else f"Git: {a.git.melding}")
    elif niet_vastgelegd_in is not None:
        _zeg(f"Git: de map staat in de repository {niet_vastgelegd_in}; niets vastgelegd (--git legt vast).")
    for wat in a.zonder_anker:
        _zeg(
            f"Let op: '{wat}' komt eens in de paar jaar; zet in {kk} bij anker het jaar van de volgende "
            "deadline, anders telt swvplanner geen deadline."
        )
    _volgende_stappen(a.map)


def _volgende_stappen(map_: Path) -> None:
    plans = "" if map_ == Path("plans") else f" --plans {shlex.quote(str(map_))}"
    stappen = [
        (f"swvplanner{plans}", "de app: vergaderingen, acties, organisatie"),
        (f"swvplanner{plans} import BESTAND", "uit Excel, Word, CSV of Outlook"),
        (f"swvplanner{plans} library", "de bibliotheek van de kwaliteitskalender"),
        (f"swvplanner{plans} check", "de plannen controleren"),
    ]
    breedte = max(len(o) for o, _ in stappen) + 2
    past = all(2 + breedte + len(wat) <= BREEDTE for _, wat in stappen)
    click.echo("Volgende stappen:")
    for opdracht, wat in stappen:
        click.echo(f"  {opdracht:<{breedte}}{wat}" if past else f"  {opdracht}\n      {wat}")
