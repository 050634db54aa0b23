"""click in Dutch: its own texts, our command classes and parameter types.

click marks every text it shows with gettext (`_()` and `ngettext()`, bound in each of its modules)
but ships no Dutch, and the stdlib would pick a catalogue by the locale. `installeer_nederlands`
binds those names in click's modules to the Dutch catalogue below, so usage, help, defaults and
every error are Dutch whatever the locale. tests/cli/test_click_nl.py checks that every text in
click's source has a translation here.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

NL: dict[str, str] = {
    # help and usage
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Positional arguments": "Argumenten",
    "default: {default}": "standaard: {default}",
    "env var: {var}": "omgevingsvariabele: {var}",
    "required": "verplicht",
    "(dynamic)": "(berekend)",
    "deprecated": "verouderd",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Show the version and exit.": "Toon het versienummer en stop.",
    "%(prog)s, version %(version)s": "%(prog)s, versie %(version)s",
    "Try '{command} {option}' for help.": "Gebruik '{command} {option}' voor hulp.",
    "Error: {message}": "Fout: {message}",
    "Aborted!": "Afgebroken.",
    # usage errors
    "No such option {name!r}.": "onbekende optie {name}.",
    "No such command {name!r}.": "onbekende opdracht '{name}'.",
    "Missing command.": "er ontbreekt een opdracht.",
    "Missing argument": "ontbrekend gegeven",
    "Missing option": "ontbrekende optie",
    "Missing parameter": "ontbrekend gegeven",
    "Missing {param_type}": "ontbrekend gegeven",
    "Missing parameter: {param_name}": "ontbrekend gegeven: {param_name}",
    "Invalid value: {message}": "ongeldige waarde: {message}",
    "Invalid value for {param_hint}: {message}": "ongeldige waarde voor {param_hint}: {message}",
    "Option {name!r} does not take a value.": "bij de optie {name} hoort geen waarde.",
    "Argument {name!r} takes {nargs} values.": "{name} heeft {nargs} waarden nodig.",
    "Invalid start character for option ({option})": "ongeldig eerste teken voor een optie ({option})",
    "Value must be an iterable.": "de waarde moet een reeks zijn.",
    "unknown error": "onbekende fout",
    # values (parameter types)
    "{value!r} is not a valid {number_type}.": "'{value}' is geen geldig {number_type}.",
    "{value} is not in the range {range}.": "{value} valt buiten het bereik {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}": "'{value}' is geen ja/nee-waarde; mogelijk zijn: {states}",
    "{value!r} is not a valid UUID.": "'{value}' is geen geldige UUID.",
    "Choose from:\n\t{choices}": "Kies uit:\n\t{choices}",
    "Choice({choices})": "Keuze({choices})",
    "file": "bestand",
    "directory": "map",
    "path": "pad",
    "{name} {filename!r} does not exist.": "'{filename}' bestaat niet.",
    "{name} {filename!r} is a file.": "'{filename}' is een bestand, geen map.",
    "{name} {filename!r} is a directory.": "'{filename}' is een map, geen bestand.",
    "{name} {filename!r} is not readable.": "'{filename}' is niet leesbaar.",
    "{name} {filename!r} is not writable.": "'{filename}' is niet schrijfbaar.",
    "{name} {filename!r} is not executable.": "'{filename}' is niet uitvoerbaar.",
    "Could not open file {filename!r}: {message}": "kan het bestand '{filename}' niet openen: {message}",
    # prompts and the terminal
    "Do you want to continue?": "Wilt u doorgaan?",
    "Confirm the action without prompting.": "Bevestig zonder te vragen.",
    "Repeat for confirmation": "Herhaal ter bevestiging",
    "Error: The two entered values do not match.": "Fout: de twee ingevoerde waarden zijn niet gelijk.",
    "Error: invalid input": "Fout: ongeldige invoer",
    "Press any key to continue...": "Druk op een toets om door te gaan...",
    "Unknown color {colour!r}": "onbekende kleur '{colour}'",
    "Unknown standard stream '{name}'": "onbekende standaardstroom '{name}'",
    "{editor}: Editing failed": "{editor}: bewerken is mislukt",
    "{editor}: Editing failed: {e}": "{editor}: bewerken is mislukt: {e}",
    "Windows error: {error}": "Windows-fout: {error}",
    "d": "d",
    "Couldn't detect Bash version, shell completion is not supported.": "kan de versie van Bash niet bepalen; aanvullen in de shell werkt hier niet.",
    "Shell completion is not supported for Bash versions older than 4.4.": "aanvullen in de shell werkt pas vanaf Bash 4.4.",
    # mistakes in a program's own definition of its commands (never a user's)
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}": "Let op: de opdracht '{name}' is verouderd.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}": "Let op: '{name}' is verouderd.{extra_message}",
    "Could not determine name for option with declarations {decls!r}": "kan geen naam bepalen voor de optie {decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument instead? "
    "Did you mean to pass '--{name}'?": "er is een naam ({name}) maar geen optie; bedoelt u '--{name}'?",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.": "een positionele parameter heeft precies één naam, niet {length}: {decls}.",
    "Name '{name}' defined twice": "de naam '{name}' komt twee keer voor",
    "Boolean option {decl!r} cannot use the same flag for true/false.": "de aan/uit-optie '{decl}' kan niet één vlag voor aan en uit gebruiken.",
}

NL_MEERVOUD: dict[tuple[str, str], tuple[str, str]] = {
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"): (
        "Bedoelt u {possibility}?",
        "(Bedoelt u een van: {possibilities}?)",
    ),
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"): (
        "onverwachte invoer: {args}",
        "onverwachte invoer: {args}",
    ),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."): (
        "de optie {name} heeft een waarde nodig.",
        "de optie {name} heeft {nargs} waarden nodig.",
    ),
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."): (
        "verwacht {nargs} waarden, maar kreeg er 1.",
        "verwacht {nargs} waarden, maar kreeg er {len}.",
    ),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."): (
        "'{value}' kan niet; kies {choice}.",
        "'{value}' kan niet; kies uit {choices}.",
    ),
    ("{value!r} does not match the format {format}.", "{value!r} does not match the formats {formats}."): (
        "'{value}' past niet bij de vorm {format}.",
        "'{value}' past bij geen van de vormen {formats}.",
    ),
    (
        "{len_type} values are required, but {len_value} was given.",
        "{len_type} values are required, but {len_value} were given.",
    ): (
        "er zijn {len_type} waarden nodig, maar er is er {len_value} gegeven.",
        "er zijn {len_type} waarden nodig, maar er zijn er {len_value} gegeven.",
    ),
}

# click's modules that bind gettext's `_` / `ngettext` (the Windows console module only on Windows)
CLICK_MODULES = (
    "click.core",
    "click.exceptions",
    "click.types",
    "click.parser",
    "click.formatting",
    "click.decorators",
    "click.termui",
    "click.utils",
    "click._termui_impl",
    "click.shell_completion",
    "click._winconsole",
)


def _vertaal(tekst: str) -> str:
    return NL.get(tekst, tekst)


def _vertaal_meervoud(enkelvoud: str, meervoud: str, n: int) -> str:
    enkel, meer = NL_MEERVOUD.get((enkelvoud, meervoud), (enkelvoud, meervoud))
    return enkel if n == 1 else meer


def installeer_nederlands() -> None:
    """Let click speak Dutch (see the module docstring)."""
    for naam in CLICK_MODULES:
        if naam == "click._winconsole" and sys.platform != "win32":
            continue
        module = importlib.import_module(naam)
        if hasattr(module, "_"):
            module._ = _vertaal  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = _vertaal_meervoud  # type: ignore[attr-defined]


class Tekst(click.ParamType):
    """Free text from the command line. In an ASCII locale Python hands over the UTF-8 bytes the
    terminal sent as surrogates ('v\\udcc3\\udcb3r'); they are decoded as the UTF-8 they are."""

    name = "tekst"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        tekst = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        try:
            return tekst.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:  # a surrogate that is not an escaped byte: leave the text as it is
            return tekst


TEKST = Tekst()


class GeheelGetal(click.IntRange):
    """A whole number within a range, described in Dutch ('0 t/m 3650')."""

    name = "geheel getal"

    def _describe_range(self) -> str:
        return f"{self.min} t/m {self.max}"


class Opdracht(click.Command):
    """A command with Dutch usage; text parameters are `Tekst`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPTIES]")
        super().__init__(*args, **kwargs)
        for p in self.params:
            if p.type is click.STRING:
                p.type = TEKST


class Groep(click.Group):
    command_class = Opdracht

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPTIES]")
        kwargs.setdefault("subcommand_metavar", "[OPDRACHT] [ARGUMENTEN]...")
        super().__init__(*args, **kwargs)
