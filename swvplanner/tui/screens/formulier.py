"""The base of every form: what its keys and buttons mean, and how it refuses invalid input.

ctrl+s means "write to disk" everywhere in the app, so in a form it does the same: it takes the
form over into the plans AND saves them (Toepassen en bewaren). The button Toepassen (Enter on
it, or Enter in a one-line field of the meeting forms) takes the form over without saving, for
several edits in a row that are saved together. Esc closes the form without a change.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from swvplanner.tui.toetsen import NederlandseToetsen
from swvplanner.tui.widgets.veld import Veld

if TYPE_CHECKING:
    from swvplanner.tui.planner import Planner


class Formulier(NederlandseToetsen, ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "annuleer", "Annuleren"),
        Binding("ctrl+s", "toepassen_en_bewaren", "Toepassen en bewaren", priority=True),
    ]

    AUTO_FOCUS = ""
    """No automatic focus: it would land on the scrolling dialog first and move on to the field
    in `begin_bij`, restyling the whole form twice (some 80 ms of each open at 120x40)."""

    def __init__(self) -> None:
        super().__init__()
        self.geprobeerd = False
        """True after the first Toepassen: from then on an empty required field is shown in red."""
        self.id_voorstel = ""
        """The id last proposed from a name (a new orgaan, rol, onderdeel or item; see `stel_id_voor`)."""

    @property
    def planner(self) -> Planner:
        return self.app  # type: ignore[return-value]

    TOETSEN = "Tab volgend veld · Esc annuleren · ctrl+s toepassen en bewaren"
    """The form's key line. A Static, not Textual's Footer: a Footer is some twenty widgets that
    are composed and restyled on every open and focus change (60 ms of each open at 120x40)."""

    def _regio(self) -> str | None:
        """The organisation's school holiday region, for previews of 'voor de kerstvakantie'."""
        ws = self.planner.werkset
        return ws.plannen.organisatie.regio if ws is not None else None

    def compose(self) -> ComposeResult:
        yield from self.inhoud()
        yield Static(self.TOETSEN, classes="formuliertoetsen", markup=False)

    def inhoud(self) -> ComposeResult:  # override: the dialog, ending with `knoppen()`
        raise NotImplementedError

    def knoppen(self) -> ComposeResult:
        yield Static("", id="formulierfout", classes="fout", markup=False)
        with Horizontal(classes="knoppen"):
            yield Button("Toepassen", id="toepassen", variant="primary")
            yield Button("Toepassen en bewaren (ctrl+s)", id="bewaren")
            yield Button("Annuleren (Esc)", id="annuleren")

    def begin_bij(self, selector: str) -> None:
        """Put the cursor in the form's first field, without scrolling the title out of view."""
        self.query_one(selector).focus(scroll_visible=False)

    def stel_id_voor(self, voorstel: str) -> None:
        """Put a proposed id in the field #id, unless someone typed an id of their own there: the
        id follows the name until then."""
        invoer = self.query_one("#id", Input)
        if invoer.value in ("", self.id_voorstel):
            self.id_voorstel = invoer.value = voorstel

    def toepassen(self) -> str | None:  # override
        """Record the edit in the plans (not yet saved); the id of what changed, or None when refused."""
        raise NotImplementedError

    @on(Button.Pressed, "#toepassen")
    def action_toepassen(self) -> bool:
        self.geprobeerd = True
        uitkomst = self.toepassen()
        if uitkomst is None:
            return False
        self.dismiss(uitkomst)
        return True

    @on(Button.Pressed, "#bewaren")
    def action_toepassen_en_bewaren(self) -> None:
        if self.action_toepassen():
            self.planner.action_bewaar()

    @on(Button.Pressed, "#annuleren")
    def action_annuleer(self) -> None:
        self.dismiss(None)

    def fout(self, tekst: str) -> None:
        self.query_one("#formulierfout", Static).update(Content(tekst))  # names what the user typed: no markup

    def weiger(self, velden: Iterable[Veld] | None = None) -> None:
        """Refuse the form: name its red fields at the bottom and put the cursor in the first one."""
        ongeldig = [v for v in (self.query(Veld) if velden is None else velden) if v.ongeldig]
        if not ongeldig:
            return
        namen = ", ".join(v.label.split(" (")[0] for v in ongeldig)  # "Anker (jaar van …)": Anker
        self.fout(f"Niet toegepast: herstel {'het rode veld' if len(ongeldig) == 1 else 'de rode velden'}: {namen}.")
        ongeldig[0].invoer.focus()
