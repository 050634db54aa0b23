"""Both people changed the same field of the same item: show it side by side, choose per item.

Everything else was merged already; this dialog only asks about the items where the two versions
really differ. Nothing is written until the user chooses and saves; Annuleren (the default focus)
keeps both the file on disk and the edits here as they are.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, RadioButton, RadioSet, Static

from swvplanner.core.lijstitems import AFWEZIG
from swvplanner.core.samenvoeging import VERWIJDERD, Botsing
from swvplanner.core.verschil import waarde
from swvplanner.tui.toetsen import NederlandseToetsen

KANTEN = ("hun", "mijn")


def _tekst(v: Any) -> Text:
    """A value for people, never read as markup (user text may contain [ ] or :emoji:)."""
    if v is VERWIJDERD:
        return Text("(verwijderd)", style="italic")
    if v is AFWEZIG:
        return Text("(leeg)", style="dim")
    return Text(waarde(v))


def naast_elkaar(botsing: Botsing) -> Table:
    tabel = Table(box=None, expand=True, padding=(0, 1), show_edge=False)
    tabel.add_column("Veld", ratio=2, overflow="fold")
    tabel.add_column("Van de ander", ratio=3, overflow="fold")
    tabel.add_column("Van u", ratio=3, overflow="fold")
    for veld, hun, mijn in botsing.rijen():
        tabel.add_row(Text(veld or "(het item)"), _tekst(hun), _tekst(mijn))
    return tabel


class Samenvoegen(NederlandseToetsen, ModalScreen[dict[tuple[str, Any], str] | None]):
    """Per item with a conflict: their version or mine. Dismisses with the keuzes, None on cancel."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "annuleer", "Annuleren")]
    AUTO_FOCUS = "#annuleren"

    def __init__(self, botsingen: dict[str, tuple[Botsing, ...]], bestanden: dict[str, str]) -> None:
        super().__init__()
        self.lijst = [(document, b) for document, bs in botsingen.items() for b in bs]
        self.bestanden = bestanden

    def compose(self) -> ComposeResult:
        aantal = len(self.lijst)
        bestanden = list(dict.fromkeys(self.bestanden.values()))
        wie = (bestanden[0] + " is") if len(bestanden) == 1 else f"{', '.join(bestanden[:-1])} en {bestanden[-1]} zijn"
        with Vertical(classes="dialoog samenvoegen"):
            yield Label("Door u én door iemand anders gewijzigd", classes="dialoogtitel")
            yield Static(
                Text(
                    f"{wie} intussen ook door iemand anders bewaard. "
                    "Alles is samengevoegd, behalve "
                    + (
                        "dit item: kies welke versie blijft."
                        if aantal == 1
                        else f"deze {aantal} items: kies per item welke versie blijft."
                    )
                )
            )
            with VerticalScroll(id="botsingen"):
                for i, (document, b) in enumerate(self.lijst):
                    kop = Text(b.naam[0].upper() + b.naam[1:], style="bold")
                    kop.append(f"  {self.bestanden[document]}", style="dim")
                    yield Static(kop, classes="botsing-kop")
                    if b.reden:
                        yield Static(Text(f"Samen kloppen ze niet: {b.reden}"), classes="fout")
                    yield Static(naast_elkaar(b))
                    with RadioSet(id=f"keuze-{i}", classes="botsing-keuze"):
                        yield RadioButton("Versie van de ander", id=f"keuze-{i}-hun")
                        yield RadioButton("Mijn versie", id=f"keuze-{i}-mijn")
            yield Static("", id="fout", classes="fout")
            with Horizontal(classes="knoppen"):
                yield Button("Bewaren met deze keuzes", id="bewaren", variant="primary")
                yield Button("Annuleren", id="annuleren")

    def keuzes(self) -> dict[tuple[str, Any], str] | None:
        """The chosen side per (document, item); None while an item has no choice yet."""
        uit = {}
        for i, (document, b) in enumerate(self.lijst):
            gekozen = self.query_one(f"#keuze-{i}", RadioSet).pressed_index
            if gekozen < 0:
                return None
            uit[(document, b.item)] = KANTEN[gekozen]
        return uit

    @on(Button.Pressed, "#bewaren")
    def _bewaren(self) -> None:
        keuzes = self.keuzes()
        if keuzes is None:
            self.query_one("#fout", Static).update("Kies eerst bij elk item welke versie blijft.")
            return
        self.dismiss(keuzes)

    @on(Button.Pressed, "#annuleren")
    def action_annuleer(self) -> None:
        self.dismiss(None)
