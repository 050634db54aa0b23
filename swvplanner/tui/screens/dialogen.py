"""Small modal dialogs: a choice between buttons, a choice from a short list, and one line of text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from swvplanner.services import bewerken as sb
from swvplanner.tui.toetsen import NederlandseToetsen

_WAT = {"vergaderingen": ("vergaderplanning", "de vergadering"), "jaarplan": ("jaarplan", "het onderdeel")}


class Keuze(NederlandseToetsen, ModalScreen[str | None]):
    """A question with buttons; dismisses with the chosen key (None on escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "annuleer", "Annuleren")]

    def __init__(self, vraag: str, keuzes: list[tuple[str, str]], titel: str = "", id: str | None = None) -> None:
        super().__init__(id=id)
        self.vraag, self.keuzes, self.titel = vraag, keuzes, titel

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog"):
            if self.titel:
                yield Label(Content(self.titel), classes="dialoogtitel")
            yield Static(Content(self.vraag))
            with Horizontal(classes="knoppen"):
                for i, (sleutel, tekst) in enumerate(self.keuzes):
                    yield Button(Content(tekst), id=f"keuze-{sleutel}", variant="primary" if i == 0 else "default")

    @on(Button.Pressed)
    def _gekozen(self, event: Button.Pressed) -> None:
        self.dismiss((event.button.id or "").removeprefix("keuze-"))

    def action_annuleer(self) -> None:
        self.dismiss(None)


class Lijstkeuze(NederlandseToetsen, ModalScreen[str | None]):
    """Pick one of a few values (arrows and Enter, or a click); dismisses with its key (None on escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "annuleer", "Annuleren")]

    def __init__(
        self, titel: str, keuzes: list[tuple[str, str]], gekozen: str | None = None, breed: bool = False
    ) -> None:
        super().__init__()
        self.titel, self.keuzes, self.gekozen, self.breed = titel, keuzes, gekozen, breed

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog lijstkeuze breed" if self.breed else "dialoog lijstkeuze"):
            yield Label(self.titel, classes="dialoogtitel")
            yield OptionList(*(Option(tekst, id=sleutel) for sleutel, tekst in self.keuzes), id="lijst", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        lijst = self.query_one("#lijst", OptionList)
        sleutels = [sleutel for sleutel, _ in self.keuzes]
        lijst.highlighted = sleutels.index(self.gekozen) if self.gekozen in sleutels else 0
        lijst.focus()

    @on(OptionList.OptionSelected, "#lijst")
    def _gekozen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_annuleer(self) -> None:
        self.dismiss(None)


class TekstVraag(NederlandseToetsen, ModalScreen[str | None]):
    """Ask for one line of text (a commit message, a voortgang note)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "annuleer", "Annuleren")]

    def __init__(self, titel: str, vraag: str, waarde: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.titel, self.vraag, self.waarde, self.placeholder = titel, vraag, waarde, placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog"):
            yield Label(Content(self.titel), classes="dialoogtitel")
            yield Label(Content(self.vraag))
            yield Input(self.waarde, placeholder=self.placeholder, id="tekst")
            yield Static("", id="fout", classes="fout")
            with Horizontal(classes="knoppen"):
                yield Button("OK", id="ok", variant="primary")
                yield Button("Annuleren", id="annuleren")

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        tekst = self.query_one("#tekst", Input).value.strip()
        if not tekst:
            self.query_one("#fout", Static).update("Vul iets in, of kies Annuleren.")
            return
        self.dismiss(tekst)

    @on(Button.Pressed, "#annuleren")
    def action_annuleer(self) -> None:
        self.dismiss(None)


def vraag_schooljaarbestand(scherm: Any, soort: str, schooljaar: Any, daarna: Callable[[bool], None]) -> None:
    """A schooljaar without a vergaderplanning or jaarplan: ask whether to make one; on yes it is
    added to the plans (written with the next save). `daarna(gemaakt)` is called either way."""
    wat, erin = _WAT[soort]

    def klaar(keuze: str | None) -> None:
        if keuze == "aanmaken":
            sb.schooljaarbestand_maken(scherm.planner.werkset, soort, schooljaar)
            scherm.planner.plannen_gewijzigd()
        daarna(keuze == "aanmaken")

    scherm.app.push_screen(
        Keuze(
            f"Er is nog geen {wat} voor schooljaar {schooljaar}. Een nieuwe aanmaken ({soort}-{schooljaar}.yaml) "
            f"en {erin} daarin zetten? Het bestand wordt geschreven bij bewaren.",
            [("aanmaken", "Aanmaken"), ("annuleren", "Niet aanmaken")],
            titel="Nieuw schooljaar",
        ),
        klaar,
    )
