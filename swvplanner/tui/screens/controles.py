"""Controles: the checker's findings, refreshed after every edit; Enter jumps to the item."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widget import Widget
from textual.widgets import DataTable, Static

from swvplanner.core.checks import ERNST_VOLGORDE
from swvplanner.core.vindplaats import onderwerp
from swvplanner.services.check import Gevonden
from swvplanner.tui.screens.basis import PlanScherm
from swvplanner.tui.widgets.tabel import Kolom, Rij, Tabel

KLEUR = {"fout": "red", "waarschuwing": "yellow", "info": "cyan"}
KOLOMMEN = (
    Kolom("Ernst", "ernst", minimum=12, gewicht=0),
    Kolom("Code", "code", minimum=6, gewicht=0, prioriteit=2),
    Kolom("Plaats", "plaats", minimum=32, gewicht=0),
    Kolom("Melding", "melding", minimum=28),
)


class ControlesScherm(PlanScherm):
    NAAM = "controles"
    AUTO_FOCUS = "#tabel"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "ga_naar", "Ga naar item", show=True),
        Binding("r", "opnieuw", "Opnieuw controleren"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.gevonden: list[Gevonden] = []

    def inhoud(self) -> Iterable[Widget]:
        yield Static(id="samenvatting", classes="kop")
        yield Tabel(KOLOMMEN, id="tabel")
        yield Static(id="detail", classes="detail")

    def ververs(self) -> None:
        self.controles_bijgewerkt()

    def controles_bijgewerkt(self) -> None:
        gevonden = self.planner.gevonden
        samenvatting = self.query_one("#samenvatting", Static)
        if gevonden is None:
            samenvatting.update("Controleren…")
            return
        # Fouten first, then waarschuwingen, then info; the checker's order within each.
        self.gevonden = gevonden = sorted(gevonden, key=lambda g: ERNST_VOLGORDE[g.bevinding.ernst])
        self.query_one("#tabel", Tabel).vul(
            Rij(
                str(i),
                (
                    Text(g.bevinding.ernst, style=KLEUR[g.bevinding.ernst]),
                    g.bevinding.code,
                    _plaats(g),
                    g.bevinding.melding.replace("\n", " ⏎ "),
                ),
            )
            for i, g in enumerate(gevonden)
        )
        fouten = sum(1 for g in gevonden if g.bevinding.ernst == "fout")
        samenvatting.update(
            "[green]Geen bevindingen: de plannen zijn in orde.[/green]"
            if not gevonden
            else f"{len(gevonden)} bevindingen, waarvan {fouten} {'fout' if fouten == 1 else 'fouten'}"
            " · Enter gaat naar het item"
        )
        self._toon_detail()

    def _gekozen(self) -> Gevonden | None:
        tabel = self.query_one("#tabel", DataTable)
        if not self.gevonden or tabel.cursor_row < 0 or tabel.cursor_row >= len(self.gevonden):
            return None
        return self.gevonden[tabel.cursor_row]

    def _toon_detail(self) -> None:
        g = self._gekozen()
        self.query_one("#detail", Static).update(
            ""
            if g is None
            else Content.from_markup(
                "[b]$plaats[/b] $code\n$melding\n[dim]→ $hint[/dim]",
                code=g.bevinding.code,
                melding=g.bevinding.melding,
                hint=g.bevinding.hint,
                plaats=f"{g.bevinding.bestand}:{g.bevinding.regel}:{g.bevinding.kolom}",
            )
        )

    @on(DataTable.RowHighlighted, "#tabel")
    def _rij(self) -> None:
        self._toon_detail()

    @on(DataTable.RowSelected, "#tabel")
    async def _gekozen_rij(self) -> None:
        await self.action_ga_naar()

    def action_opnieuw(self) -> None:
        self.planner.controleer()

    async def action_ga_naar(self) -> None:
        """Open the screen of the item the finding is about, with that item selected."""
        g = self._gekozen()
        ws = self.werkset
        if g is None or ws is None:
            return
        doel = onderwerp(ws.modellen.get(g.document), g.document, g.pad)
        if doel.soort == "organisatie" or doel.id is None:
            self.notify(
                f"Dit staat in {g.bevinding.bestand}, regel {g.bevinding.regel}; dat bestand bewerkt u in "
                "een teksteditor.",
                timeout=6,
            )
            return
        if doel.soort == "vergadering":
            await self.planner.action_scherm("vergaderingen")
            self.app.screen.selecteer(doel.id)  # type: ignore[attr-defined]
        elif doel.soort == "kwaliteitskalender":
            await self.planner.action_scherm("kwaliteitskalender")
            self.app.screen.selecteer(doel.id)  # type: ignore[attr-defined]
        else:
            await self.planner.action_scherm("jaarplan")
            self.app.screen.selecteer(doel.soort, doel.id)  # type: ignore[attr-defined]


def _plaats(g: Gevonden) -> str:
    """File and line (the column is in the detail below the table)."""
    b = g.bevinding
    return f"{b.bestand.rsplit('/', 1)[-1]}:{b.regel}" if b.regel else b.bestand.rsplit("/", 1)[-1]
