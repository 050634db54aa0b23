"""The report of `swvplanner import`: one line per row, a summary, and in a dry run the YAML diff."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from swvplanner.cli.uitvoer import _console


def toon_import(verslag: Any) -> None:
    from swvplanner.services.importeren import STIJL, verslagregels

    c = _console()
    if verslag.proef:
        c.print(
            f"Proef (--dry-run): uit {verslag.bestand} zou dit worden overgenomen; er is niets geschreven.",
            style="bold",
        )
    else:
        c.print(f"Overgenomen uit {verslag.bestand}:", style="bold")
    for regel in verslagregels(verslag):
        c.print(Text.assemble(*((tekst, STIJL.get(soort, "")) for tekst, soort in regel)))
