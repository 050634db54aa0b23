"""Importing from the palette (ctrl+o): choose the file, then look at what would change, then import.

The file is picked in a tree of the working directory that shows only the kinds import reads (a
secretary finds a file by looking, not by typing its path), or typed (`~` works, relative to the
working directory). Reading and placing run in a worker on a copy of the plans (tui/werk/importeren.py):
this dialog only asks and shows.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, DirectoryTree, Footer, Input, Label, Select, Static

from swvplanner.tui.toetsen import NederlandseToetsen

if TYPE_CHECKING:
    from swvplanner.core.schooljaar import Schooljaar

SOORTEN = ("automatisch", "vergaderingen", "kwaliteitskalender", "jaarplan")

OPTIES = {
    "--nieuwe-organen": "'Nieuwe organen aanmaken'",
    "--schooljaar": "'Schooljaar'",
    "--soort": "'Soort'",
}
"""The import's reasons name the CLI's options; in the app they are this dialog's fields."""


def voor_de_app(tekst: str) -> str:
    for optie, veld in OPTIES.items():
        tekst = tekst.replace(optie, veld)
    return tekst


@dataclass(frozen=True)
class Importkeuze:
    """What the user chose: the file and the import's options."""

    pad: Path
    soort: str | None
    schooljaar: Schooljaar | None
    nieuwe_organen: bool


class Bestandsboom(DirectoryTree):
    """Folders and the files import reads; no hidden ones (called in the tree's loading thread)."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        from swvplanner.services.importeren import EXTENSIES

        return sorted(
            (p for p in paths if not p.name.startswith(".") and (p.suffix.lower() in EXTENSIES or p.is_dir())),
            key=lambda p: (not p.is_dir(), p.name.lower()),
        )


class ImportVraag(NederlandseToetsen, ModalScreen[None]):
    """Choose the file and the options; 'Voorbeeld tonen' reads it (in the app's worker)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "annuleer", "Annuleren")]
    AUTO_FOCUS = "#bestanden"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog import"):
            yield Label("Importeren uit bestand", classes="dialoogtitel")
            yield Label("Kies een Excel-, CSV-, Word- of Outlook-bestand (Enter), of typ het pad.")
            yield Bestandsboom(Path.cwd(), id="bestanden")
            with Horizontal(classes="importregel"):
                yield Label("Bestand    ")
                yield Input(placeholder="bijvoorbeeld ~/Downloads/planning.xlsx", id="bestand", compact=True)
            yield Static("", id="bestandfout", classes="fout")
            with Horizontal(classes="importregel"):
                yield Label("Soort      ")
                yield Select(
                    [(s, s) for s in SOORTEN], value="automatisch", allow_blank=False, id="soort", compact=True
                )
                yield Label("  Schooljaar ")
                yield Input(placeholder="uit de tabel", id="schooljaar", max_length=9, compact=True)
            yield Checkbox("Nieuwe organen aanmaken (in swv.yaml, aan te vullen)", id="nieuwe-organen")
            yield Static("", id="fout", classes="fout")
            with Horizontal(classes="knoppen"):
                yield Button("Voorbeeld tonen", id="voorbeeld", variant="primary")
                yield Button("Annuleren", id="annuleren")
        yield Footer()

    @on(DirectoryTree.FileSelected)
    def _gekozen(self, event: DirectoryTree.FileSelected) -> None:
        pad = Path(event.path)
        if pad.is_relative_to(Path.cwd()):
            pad = pad.relative_to(Path.cwd())
        self.query_one("#bestand", Input).value = str(pad)
        self.query_one("#voorbeeld", Button).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#voorbeeld")
    def _voorbeeld(self) -> None:
        from swvplanner.core.schooljaar import Schooljaar

        for fout in self.query(".fout").results(Static):
            fout.update("")
        tekst = self.query_one("#bestand", Input).value.strip().strip("\"'")  # a pasted path may be quoted
        if not tekst:
            self.toon_fout("Kies een bestand hierboven, of typ het pad.", veld=True)
            return
        pad = Path(tekst).expanduser()
        sj_tekst = self.query_one("#schooljaar", Input).value.strip()
        try:
            schooljaar = Schooljaar.parse(sj_tekst) if sj_tekst else None
        except ValueError as fout:
            self.toon_fout(f"Schooljaar: {fout}")
            return
        soort = self.query_one("#soort", Select).value
        keuze = Importkeuze(
            Path(os.path.abspath(pad)),  # relative to the working directory; '..' taken out
            None if soort == "automatisch" else str(soort),
            schooljaar,
            self.query_one("#nieuwe-organen", Checkbox).value,
        )
        self.query_one("#fout", Static).update(Content("Bezig met lezen…"))
        self.query_one("#voorbeeld", Button).disabled = True
        self.app.lees_import(keuze)  # type: ignore[attr-defined]

    def toon_fout(self, tekst: str, veld: bool = False, map_: Path | None = None) -> None:
        """A problem of the file (`veld`: at the path field) or of reading it, in Dutch."""
        self.query_one("#voorbeeld", Button).disabled = False
        self.query_one("#fout", Static).update("")
        self.query_one("#bestandfout" if veld else "#fout", Static).update(Content(voor_de_app(tekst)))
        if map_ is not None:  # a folder was typed: show it in the tree
            boom = self.query_one("#bestanden", Bestandsboom)
            boom.path = map_
            boom.focus()

    @on(Button.Pressed, "#annuleren")
    def action_annuleer(self) -> None:
        self.dismiss(None)


def voorbeeldtekst(regels: list[list[tuple[str, str]]]) -> Text:
    from swvplanner.services.importeren import STIJL

    return Text("\n").join(
        Text.assemble(*((voor_de_app(tekst), STIJL.get(soort, "")) for tekst, soort in regel)) for regel in regels
    )


class Voorbeeld(NederlandseToetsen, ModalScreen[bool]):
    """A dry run's report in a scrollable modal, with one button that applies it; True: apply.
    The import's preview and the jaarovergang's share it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "annuleer", "Annuleren")]
    AUTO_FOCUS = "#voorbeeldtekst"
    KNOP = ("Importeren", "importeren")
    """The apply button's label and id."""

    def __init__(self, titel: str, uitleg: str, tekst: Text, kan: bool) -> None:
        super().__init__()
        self.titel, self.uitleg, self.tekst, self.kan = titel, uitleg, tekst, kan

    def compose(self) -> ComposeResult:
        label, knop_id = self.KNOP
        with Vertical(classes="dialoog importvoorbeeld"):
            yield Label(Content(self.titel), classes="dialoogtitel")
            yield Static(Content(self.uitleg))
            with VerticalScroll(id="voorbeeldtekst"):
                yield Static(self.tekst)
            with Horizontal(classes="knoppen"):
                yield Button(label, id=knop_id, variant="primary", disabled=not self.kan)
                yield Button("Annuleren", id="annuleren")
        yield Footer()

    def action_pas_toe(self) -> None:
        if self.kan:
            self.dismiss(True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == self.KNOP[1]:
            self.action_pas_toe()

    @on(Button.Pressed, "#annuleren")
    def action_annuleer(self) -> None:
        self.dismiss(False)


class Importvoorbeeld(Voorbeeld):
    """What importing would do, as `swvplanner import --dry-run` shows it; True: import it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("i", "pas_toe", "Importeren")]

    def __init__(self, verslag: Any) -> None:
        from swvplanner.services.importeren import verslagregels

        super().__init__(
            f"Voorbeeld: importeren uit {verslag.bestand}",
            "Er is nog niets gewijzigd. Importeren zet dit in de plannen, nog niet op schijf: "
            "ctrl+s bewaart, ctrl+z maakt het ongedaan."
            if verslag.verschil
            else "Er is niets gewijzigd, en importeren zou niets veranderen.",
            voorbeeldtekst(verslagregels(verslag)),
            bool(verslag.verschil),
        )
        self.verslag = verslag
