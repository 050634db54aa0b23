"""Dutch descriptions for the keys of Textual's own widgets (Input, DataTable, Tree, ...).

Textual's widgets bind their keys with English descriptions ("Cursor up", "Focus Next"); the footer
and the keys panel show them. Bindings stay as Textual defines them (so keys keep working after an
upgrade); only what is *shown* is translated: every screen of the app reads its `active_bindings`
through `NederlandseToetsen`, which is what the footer and the keys panel display.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.binding import ActiveBinding, Binding

NL: dict[str, str] = {
    # moving
    "Up": "Omhoog",
    "Down": "Omlaag",
    "Cursor up": "Omhoog",
    "Cursor Up": "Omhoog",
    "Cursor down": "Omlaag",
    "Cursor Down": "Omlaag",
    "Cursor left": "Naar links",
    "Cursor right": "Naar rechts",
    "Move cursor left": "Naar links",
    "Move cursor right or accept the completion suggestion": "Naar rechts of de suggestie overnemen",
    "Cursor word left": "Woord naar links",
    "Cursor word right": "Woord naar rechts",
    "Move cursor left a word": "Woord naar links",
    "Move cursor right a word": "Woord naar rechts",
    "Cursor line start": "Naar het begin van de regel",
    "Cursor line end": "Naar het einde van de regel",
    "Go to start": "Naar het begin",
    "Go to end": "Naar het einde",
    "Home": "Naar het begin",
    "End": "Naar het einde",
    "Top": "Naar het begin",
    "Bottom": "Naar het einde",
    "First": "Naar de eerste",
    "Last": "Naar de laatste",
    "Go to top": "Naar de eerste",
    "Go to bottom": "Naar de laatste",
    "Cursor page up": "Pagina omhoog",
    "Cursor page down": "Pagina omlaag",
    "Page Up": "Pagina omhoog",
    "Page up": "Pagina omhoog",
    "Page Down": "Pagina omlaag",
    "Page down": "Pagina omlaag",
    "Page Left": "Pagina naar links",
    "Page Right": "Pagina naar rechts",
    "Cursor to parent": "Naar het niveau erboven",
    "Cursor to next ancestor": "Naar het volgende hogere niveau",
    "Cursor to next sibling": "Naar de volgende op dit niveau",
    "Cursor to previous sibling": "Naar de vorige op dit niveau",
    "Scroll Up": "Omhoog schuiven",
    "Scroll Down": "Omlaag schuiven",
    "Scroll Left": "Naar links schuiven",
    "Scroll Right": "Naar rechts schuiven",
    "Scroll Home": "Naar het begin schuiven",
    "Scroll End": "Naar het einde schuiven",
    "Focus Next": "Volgend veld",
    "Focus Previous": "Vorig veld",
    "Next tab": "Volgend tabblad",
    "Previous tab": "Vorig tabblad",
    # selecting
    "Cursor left select": "Selectie naar links",
    "Cursor right select": "Selectie naar rechts",
    "Cursor up select": "Selectie omhoog",
    "Cursor down select": "Selectie omlaag",
    "Move cursor left and select": "Selectie naar links",
    "Move cursor right and select": "Selectie naar rechts",
    "Cursor left word select": "Selectie woord naar links",
    "Cursor right word select": "Selectie woord naar rechts",
    "Move cursor left a word and select": "Selectie woord naar links",
    "Move cursor right a word and select": "Selectie woord naar rechts",
    "Cursor line start select": "Selectie tot het begin van de regel",
    "Cursor line end select": "Selectie tot het einde van de regel",
    "Select line start": "Selectie tot het begin",
    "Select line end": "Selectie tot het einde",
    "Select all": "Alles selecteren",
    "Select line": "Regel selecteren",
    # editing
    "Copy": "Kopiëren",
    "Copy selected text": "Selectie kopiëren",
    "Cut": "Knippen",
    "Cut selected text": "Selectie knippen",
    "Paste": "Plakken",
    "Paste text from the clipboard": "Plakken",
    "Undo": "Ongedaan maken",
    "Redo": "Opnieuw doen",
    "Delete character left": "Teken links wissen",
    "Delete character right": "Teken rechts wissen",
    "Delete left to start of word": "Woord links wissen",
    "Delete right to start of word": "Woord rechts wissen",
    "Delete all to the left": "Alles links wissen",
    "Delete all to the right": "Alles rechts wissen",
    "Delete to line start": "Wissen tot het begin van de regel",
    "Delete to line end": "Wissen tot het einde van de regel",
    "Delete line": "Regel wissen",
    "Submit": "Bevestigen",
    # choosing
    "Select": "Kiezen",
    "Press button": "Knop indrukken",
    "Show menu": "Keuzelijst openen",
    "Dismiss menu": "Keuzelijst sluiten",
    "Toggle option": "Aanvinken of uitvinken",
    "Next option": "Volgende keuze",
    "Previous option": "Vorige keuze",
    "Expand or collapse all": "Alles uit- of inklappen",
    # the command palette and the app
    "Exit the command palette": "Opdrachten sluiten",
    "Next command": "Volgende opdracht",
    "Previous command": "Vorige opdracht",
    "Next page": "Volgende pagina",
    "Previous page": "Vorige pagina",
    "palette": "Opdrachten",
    "Open the command palette": "Opdrachten zoeken",
    "Quit": "Stoppen",
    "Quit the app and return to the command prompt.": "",
    "Maximize": "Maximaliseren",
    "Minimize": "Verkleinen",
}
"""Textual's descriptions (and tooltips) in Dutch, by their English text."""

PER_ACTIE: dict[str, str] = {
    "toggle_node": "Uit- of inklappen",  # Tree: "Toggle"
    "toggle_button": "Aan of uit",  # Checkbox: "Toggle"
}
"""Where one English word means two things, the Dutch text by action."""


@lru_cache(maxsize=512)
def nl_binding(binding: Binding) -> Binding:
    """The binding with its description and tooltip in Dutch (the same binding when nothing changes)."""
    beschrijving = PER_ACTIE.get(binding.action) or NL.get(binding.description, binding.description)
    tooltip = NL.get(binding.tooltip, binding.tooltip)
    if (beschrijving, tooltip) == (binding.description, binding.tooltip):
        return binding
    return dataclasses.replace(binding, description=beschrijving, tooltip=tooltip)


class NederlandseToetsen:
    """Mixin for every screen of the app: the footer and the keys panel show Dutch descriptions."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return {
            toets: actief._replace(binding=nl_binding(actief.binding), tooltip=NL.get(actief.tooltip, actief.tooltip))
            for toets, actief in super().active_bindings.items()  # type: ignore[misc]
        }


def nl_toets(weergave: str) -> str:
    """A key as shown in the footer and the keys panel, with Dutch key names where they differ."""
    return weergave.replace("space", "spatie")
