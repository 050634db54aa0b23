"""Dutch help and error texts for click (click's own texts are English)."""

from __future__ import annotations

import re

import click

_KOPPEN = {"Options": "Opties", "Commands": "Opdrachten", "Arguments": "Argumenten"}


class NlHelpFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args.replace("[OPTIONS]", "[OPTIES]").replace("COMMAND", "OPDRACHT")
                            .replace("[ARGS]...", "[ARGUMENTEN]..."), prefix="Gebruik: ")

    def section(self, name: str):  # type: ignore[no-untyped-def]
        return super().section(_KOPPEN.get(name, name))


class NlContext(click.Context):
    formatter_class = NlHelpFormatter


_FOUTEN = [
    (r"No such option:? '?([^'\s.]+)'?\.?(?: Did you mean '?([^'?]+)'?\?)?$", lambda m: f"onbekende optie {m[1]}"
     + (f"; bedoelt u {m[2]}?" if m[2] else "")),
    (r"Directory '(.*)' is a file\.?", lambda m: f"'{m[1]}' is een bestand, geen map"),
    (r"File '(.*)' is a directory\.?", lambda m: f"'{m[1]}' is een map, geen bestand"),
    (r"Path '(.*)' does not exist\.?", lambda m: f"'{m[1]}' bestaat niet"),
    (r"No such command '(.*)'\.?", lambda m: f"onbekende opdracht '{m[1]}'"),
    (r"Missing argument '(.*)'\.?", lambda m: f"het argument {m[1]} ontbreekt"),
    (r"Missing option '(.*)'\.?", lambda m: f"de optie {m[1]} ontbreekt"),
    (r"Option '(.*)' requires an argument\.?", lambda m: f"de optie {m[1]} heeft een waarde nodig"),
    (r"Got unexpected extra arguments? \((.*)\)", lambda m: f"onverwacht extra argument: {m[1]}"),
    (r"'(.*)' is not one of (.*)\.", lambda m: f"'{m[1]}' is geen van {m[2].replace(', ', ', ')}"),
    (r"Invalid value for '(.*?)': (.*)", lambda m: f"ongeldige waarde voor {m[1]}: {vertaal_fout(m[2])}"),
    (r"Directory '(.*)' does not exist\.", lambda m: f"de map '{m[1]}' bestaat niet"),
    (r"'(.*)' is not a valid integer( range)?\.", lambda m: f"'{m[1]}' is geen geheel getal"),
]


def vertaal_fout(tekst: str) -> str:
    for patroon, maak in _FOUTEN:
        if m := re.match(patroon, tekst):
            return maak(m)
    return tekst
