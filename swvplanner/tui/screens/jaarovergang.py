"""The jaarovergang's preview (palette: 'Jaarovergang…'): the report of `jaarovergang --dry-run`;
'Overnemen' puts the drafted files in the app's plans (unsaved; ctrl+s saves, ctrl+z undoes)."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from swvplanner.tui.screens.importeren import Voorbeeld


class Jaarovergangvoorbeeld(Voorbeeld):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("o", "pas_toe", "Overnemen")]
    KNOP = ("Overnemen", "overnemen")

    def __init__(self, verslag: Any) -> None:
        from swvplanner.services.importeren import STIJL
        from swvplanner.services.jaarovergang import verslagregels

        super().__init__(
            f"Voorbeeld: jaarovergang naar {verslag.schooljaar}",
            "Er is nog niets gewijzigd. Overnemen zet de nieuwe bestanden in de plannen, nog niet op schijf: "
            "ctrl+s bewaart, ctrl+z maakt het ongedaan.",
            Text("\n").join(Text(tekst, STIJL.get(soort, "")) for tekst, soort in verslagregels(verslag)),
            True,
        )
        self.verslag = verslag
