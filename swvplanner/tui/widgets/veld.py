"""A labelled form field with a line for its Dutch error or preview."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Label, Static, TextArea


class Veld(Vertical):
    """Label, Input and a message line ('fout' styles it as an error, else a hint/preview)."""

    DEFAULT_CSS = """
    Veld { height: auto; }
    Veld > Label { margin-top: 0; color: $text-muted; }
    Veld > .bericht { color: $text-muted; height: auto; display: none; }
    Veld > .bericht.zichtbaar { display: block; }
    Veld > .bericht.fout { color: $error; }
    Veld.fout Input, Veld.fout TextArea { border: tall $error; }
    Veld TextArea { height: 4; max-height: 4; }
    """

    def __init__(self, label: str, naam: str, waarde: str = "", placeholder: str = "",
                 meerregelig: bool = False) -> None:
        super().__init__(id=f"veld-{naam}")
        self.label, self.naam, self.waarde, self.placeholder = label, naam, waarde, placeholder
        self.meerregelig = meerregelig

    def compose(self) -> ComposeResult:
        yield Label(self.label)
        if self.meerregelig:
            yield TextArea(self.waarde, id=self.naam, soft_wrap=True, tab_behavior="focus",
                           placeholder=self.placeholder)
        else:
            yield Input(self.waarde, placeholder=self.placeholder, id=self.naam)
        yield Static("", classes="bericht")

    @property
    def invoer(self) -> Input | TextArea:
        return self.query_one(TextArea) if self.meerregelig else self.query_one(Input)

    @property
    def value(self) -> str:
        invoer = self.invoer
        return invoer.text if isinstance(invoer, TextArea) else invoer.value

    def meld(self, tekst: str = "", fout: bool = False) -> None:
        bericht = self.query_one(".bericht", Static)
        bericht.update(Content(tekst))  # may quote what the user typed: never markup
        bericht.set_class(fout, "fout")
        bericht.set_class(bool(tekst), "zichtbaar")
        self.set_class(fout, "fout")
