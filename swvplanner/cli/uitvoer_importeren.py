"""The report of `swvplanner import`: one line per row, a summary, and in a dry run the YAML diff."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from swvplanner.cli.uitvoer import _console

_KLEUR = {"toegevoegd": "green", "bijgewerkt": "cyan", "overgeslagen": "dim", "niet geplaatst": "red"}


def toon_import(verslag: Any) -> None:
    c = _console()
    if verslag.proef:
        c.print(
            f"Proef (--dry-run): uit {verslag.bestand} zou dit worden overgenomen; er is niets geschreven.",
            style="bold",
        )
    else:
        c.print(f"Overgenomen uit {verslag.bestand}:", style="bold")
    for naam, soort, aantal in verslag.tabellen:
        c.print(f"{naam or verslag.bestand}: {soort}, {aantal} rij(en)")
    for reden in verslag.overgeslagen:
        c.print(f"Overgeslagen tabel: {reden}", style="yellow")
    for r in verslag.regels:
        item = f" [{r.item}]" if r.item else ""
        c.print(Text.assemble(f"{r.plaats}: ", (r.uitkomst, _KLEUR[r.uitkomst]), f" — {r.reden}{item}"))
    aantallen = verslag.aantallen
    samenvatting = ", ".join(f"{n} {u}" for u, n in aantallen.items())
    c.print(f"Samenvatting: {samenvatting} ({len(verslag.regels)} rij(en)).", style="bold")
    for naam in verslag.nieuwe_bestanden:
        c.print(f"Nieuw bestand{' (zou worden aangemaakt)' if verslag.proef else ''}: {naam}.")
    if verslag.proef:
        for naam, diff in verslag.verschil.items():
            c.print(f"\nWijzigingen in {naam}:", style="bold")
            c.print(diff.rstrip("\n"))
        if not verslag.verschil:
            c.print("Er zou niets veranderen.")
    elif verslag.geschreven:
        c.print(f"Bewaard: {', '.join(verslag.geschreven)}.")
    else:
        c.print("Er is niets veranderd.")
    if aantallen["niet geplaatst"]:
        c.print(
            "Niet geplaatste rijen: vul aan wat de reden noemt (in de tabel of in de plannen) en importeer opnieuw.",
            style="yellow",
        )
