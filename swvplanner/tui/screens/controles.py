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

from swvplanner.core.vindplaats import onderwerp
from swvplanner.services_check import Gevonden
from swvplanner.tui.screens.basis import PlanScherm

KLEUR = {"fout": "red", "waarschuwing": "yellow", "info": "cyan"}


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
        yield DataTable(id="tabel", cursor_type="row", zebra_stripes=True)
        yield Static(id="detail", classes="detail")

    def on_mount(self) -> None:
        tabel = self.query_one("#tabel", DataTable)
        tabel.add_column("Ernst", key="ernst", width=6)
        tabel.add_column("Code", key="code", width=6)
        tabel.add_column("Plaats", key="plaats", width=36)
        tabel.add_column("Melding", key="melding")
        super().on_mount()

    def ververs(self) -> None:
        self.controles_bijgewerkt()

    def controles_bijgewerkt(self) -> None:
        gevonden = self.planner.gevonden
        samenvatting = self.query_one("#samenvatting", Static)
        if gevonden is None:
            samenvatting.update("Controleren…")
            return
        self.gevonden = gevonden
        tabel = self.query_one("#tabel", DataTable)
        rij = tabel.cursor_row
        tabel.clear()
        for i, g in enumerate(gevonden):
            b = g.bevinding
            plaats = f"{b.bestand.rsplit('/', 1)[-1]}:{b.regel}:{b.kolom}" if b.regel else b.bestand
            ernst = {"fout": "fout", "waarschuwing": "waars", "info": "info"}[b.ernst]
            tabel.add_row(Text(ernst, style=KLEUR[b.ernst]), b.code, Text(plaats),
                          Text(b.melding.replace("\n", " ⏎ ")), key=str(i))
        if gevonden:
            tabel.move_cursor(row=min(max(rij, 0), len(gevonden) - 1))
        fouten = sum(1 for g in gevonden if g.bevinding.ernst == "fout")
        samenvatting.update(
            "[green]Geen bevindingen: de plannen zijn in orde.[/green]" if not gevonden else
            f"{len(gevonden)} bevindingen, waarvan {fouten} {'fout' if fouten == 1 else 'fouten'}"
            " · Enter gaat naar het item")
        self._toon_detail()

    def _gekozen(self) -> Gevonden | None:
        tabel = self.query_one("#tabel", DataTable)
        if not self.gevonden or tabel.cursor_row < 0 or tabel.cursor_row >= len(self.gevonden):
            return None
        return self.gevonden[tabel.cursor_row]

    def _toon_detail(self) -> None:
        g = self._gekozen()
        self.query_one("#detail", Static).update(
            "" if g is None else Content.from_markup(
                "[b]$plaats[/b] $code\n$melding\n[dim]→ $hint[/dim]", code=g.bevinding.code,
                melding=g.bevinding.melding, hint=g.bevinding.hint,
                plaats=f"{g.bevinding.bestand}:{g.bevinding.regel}:{g.bevinding.kolom}"))

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
            self.notify(f"Dit staat in {g.bevinding.bestand}, regel {g.bevinding.regel}; dat bestand bewerkt u in "
                        "een teksteditor.", timeout=6)
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
