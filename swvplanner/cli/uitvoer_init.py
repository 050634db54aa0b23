"""What `swvplanner init` prints: what it made, what the check says, and the next steps."""

from __future__ import annotations

import shlex
from collections import Counter
from pathlib import Path

import click

from swvplanner.core.nieuw import ROLLEN, SOORT_NL, STANDAARD_RECHTSVORM, WAAROM_STANDAARD_RECHTSVORM, Keuzes
from swvplanner.services.init import Aangemaakt


def _telling(n: int, een: str, meer: str) -> str:
    return f"{n} {een if n == 1 else meer}"


def toon_aangemaakt(
    a: Aangemaakt, k: Keuzes, rechtsvorm_standaard: bool = False, niet_vastgelegd_in: Path | None = None
) -> None:
    """Print the result; `niet_vastgelegd_in` is the existing repository nothing was committed to."""
    click.echo(
        f"Nieuwe planmap {a.map} voor {k.naam} ({SOORT_NL[k.soort]}, {k.rechtsvorm}, regio {k.regio}, "
        f"schooljaar {k.schooljaar}):"
    )
    goedkeurder = (
        f"goedkeurder: {k.goedkeurder_naam} ({k.goedkeurder_email})"
        if k.goedkeurder_naam
        else "goedkeurder: nog niemand (nodig voor swvplanner approve)"
    )
    items = _telling(len(a.items), "item", "items") + " uit de bibliotheek"
    if a.weggelaten:
        items += f"; {_telling(len(a.weggelaten), 'stap', 'stappen')} weggelaten (bovenin genoemd)"
    uitleg = [
        [
            "organen: " + ", ".join(o.orgaan.kort for o in a.organen),
            "rollen: " + ", ".join(r.id for r in ROLLEN),
            goedkeurder,
        ],
        [items],
        ["het jaarplan, nog leeg"],
        ["de vergaderplanning, nog leeg"],
    ]
    breedte = max(len(b) for b in a.bestanden) + 2
    for bestand, regels in zip(a.bestanden, uitleg, strict=True):
        for i, regel in enumerate(regels):
            click.echo(f"  {bestand if i == 0 else '':<{breedte}}{regel}")
    if rechtsvorm_standaard:
        click.echo(
            f"Rechtsvorm {STANDAARD_RECHTSVORM}: de standaard (--rechtsvorm stichting voor een stichting); "
            f"{WAAROM_STANDAARD_RECHTSVORM}."
        )
    ernsten = Counter(b.ernst for b in a.bevindingen)
    codes = ", ".join(sorted({b.code for b in a.bevindingen}))
    click.echo(
        f"Controle: {_telling(ernsten['fout'], 'fout', 'fouten')}, "
        f"{_telling(ernsten['waarschuwing'], 'waarschuwing', 'waarschuwingen')}"
        + (f" ({codes})" if codes else "")
        + "; details met swvplanner check."
    )
    for b in a.bevindingen:
        if b.ernst == "fout":
            click.echo(f"  {b.bestand}:{b.regel}:{b.kolom}: {b.code} {b.melding}")
    if a.git is not None:
        plek = "een nieuwe repository in de map" if a.git.soort == "nieuw" else f"de repository {a.git.repository}"
        if a.git.commit:
            click.echo(f"Git: vastgelegd in {plek} ({a.git.commit}).")
        else:
            click.echo(f"Git: {a.git.melding}")
    elif niet_vastgelegd_in is not None:
        click.echo(f"Git: de map staat in de repository {niet_vastgelegd_in}; niets vastgelegd (--git legt vast).")
    for wat in a.zonder_anker:
        click.echo(
            f"Let op: '{wat}' komt eens in de paar jaar; zet in kwaliteitskalender.yaml bij anker het jaar van de "
            "volgende deadline, anders telt swvplanner geen deadline."
        )
    plans = "" if a.map == Path("plans") else f" --plans {shlex.quote(str(a.map))}"
    click.echo("Volgende stappen:")
    for opdracht, wat in (
        ("", "de app: vergaderingen, acties en de organisatie bijwerken"),
        (" import BESTAND", "vergaderingen, kwaliteitskalender of jaarplan uit Excel, Word, CSV of Outlook"),
        (" library", "de bibliotheek van de kwaliteitskalender bekijken en items toevoegen"),
        (" check", "de plannen controleren"),
    ):
        click.echo(f"  swvplanner{plans}{opdracht}\n      {wat}")
