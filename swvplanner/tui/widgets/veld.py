"""A labelled form field with a line for its Dutch error, warning or preview."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Label, Static, TextArea


class Veld(Vertical):
    """Label, Input (or TextArea) and a message line under it.

    A refused value puts the class `-invalid` on the field (the same name Textual's own Input uses
    for a failed validation): label, border and message turn red. The class sits on the field, not
    on the Input, because the Input clears its own `-invalid` whenever it validates (on blur).
    `-waarschuwing` shows the message as a warning (the value is accepted).
    """

    DEFAULT_CSS = """
    Veld { height: auto; }
    Veld > Label { margin-top: 0; color: $text-muted; }
    Veld > .bericht { color: $text-muted; height: auto; display: none; }
    Veld > .bericht.zichtbaar { display: block; }
    Veld.-waarschuwing > .bericht { color: $warning; }
    Veld.-invalid > Label, Veld.-invalid > .bericht { color: $error; text-style: bold; }
    Veld.-invalid > Input, Veld.-invalid > TextArea { border: tall $error 60%; }
    Veld.-invalid > Input:focus, Veld.-invalid > TextArea:focus { border: tall $error; }
    Veld TextArea { height: 4; max-height: 4; }
    """

    def __init__(
        self,
        label: str,
        naam: str,
        waarde: str = "",
        placeholder: str = "",
        meerregelig: bool = False,
        verplicht: bool = False,
    ) -> None:
        super().__init__(id=f"veld-{naam}")
        self.label, self.naam, self.waarde, self.placeholder = label, naam, waarde, placeholder
        self.meerregelig, self.verplicht = meerregelig, verplicht

    def compose(self) -> ComposeResult:
        yield Label(f"{self.label} (verplicht)" if self.verplicht else self.label)
        if self.meerregelig:
            yield TextArea(
                self.waarde, id=self.naam, soft_wrap=True, tab_behavior="focus", placeholder=self.placeholder
            )
        else:
            yield Input(self.waarde, placeholder=self.placeholder, id=self.naam)
        yield Static("", classes="bericht", markup=False)

    @property
    def invoer(self) -> Input | TextArea:
        return self.query_one(TextArea) if self.meerregelig else self.query_one(Input)

    @property
    def value(self) -> str:
        invoer = self.invoer
        return invoer.text if isinstance(invoer, TextArea) else invoer.value

    @property
    def ongeldig(self) -> bool:
        return self.has_class("-invalid")

    def meld(self, tekst: str = "", fout: bool = False, waarschuwing: bool = False) -> None:
        """Show a message under the field: an error (the field turns red), a warning, or a hint."""
        bericht = self.query_one(".bericht", Static)
        bericht.update(Content(tekst))  # may quote what the user typed: never markup
        bericht.set_class(bool(tekst), "zichtbaar")
        self.set_class(fout, "-invalid")
        self.set_class(waarschuwing and not fout, "-waarschuwing")
