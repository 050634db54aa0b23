"""Pick a meeting's agenda: kwaliteitskalender items and acties of its schooljaar."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label, SelectionList, Static
from textual.widgets.selection_list import Selection

from swvplanner import services_bewerken as sb
from swvplanner.core.overzichten import actie_kort
from swvplanner.core.plannen import jaarplan_sleutel
from swvplanner.tui.toetsen import NederlandseToetsen

if TYPE_CHECKING:
    from swvplanner.tui.app import PlannerApp


class AgendaKeuze(NederlandseToetsen, ModalScreen[bool | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "annuleer", "Annuleren"),
        Binding("ctrl+s", "opslaan", "Opslaan", priority=True),
    ]

    def __init__(self, vergadering_id: str) -> None:
        super().__init__()
        self.vergadering_id = vergadering_id

    @property
    def planner(self) -> PlannerApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        ws = self.planner.werkset
        assert ws is not None
        plannen = ws.plannen
        v = sb.vergadering(ws, self.vergadering_id)
        kk_gekozen = {p.kwaliteitskalender for p in v.agenda if p.kwaliteitskalender}
        acties_gekozen = {p.actie for p in v.agenda if p.actie}
        keuzes: list[Selection[str]] = []
        if plannen.kwaliteitskalender:
            for item in plannen.kwaliteitskalender.items():
                stap = next((s.stap for s in item.besluitvorming if s.orgaan == v.orgaan), None)
                keuzes.append(Selection(Content(f"KK  {item.wat}" + (f"  ({stap})" if stap else "")), f"kk:{item.id}",
                                        item.id in kk_gekozen))
        document = sb.vergadering_document(ws, self.vergadering_id)
        plan = ws.modellen.get(jaarplan_sleutel(ws.modellen[document].schooljaar))  # type: ignore[attr-defined]
        if plan is not None:
            for a in plan.acties():  # type: ignore[attr-defined]
                keuzes.append(Selection(Content(f"Actie  {actie_kort(a)}"), f"actie:{a.id}", a.id in acties_gekozen))
        vrij = [p.tekst for p in v.agenda if p.tekst and not p.kwaliteitskalender and not p.actie]
        with Vertical(classes="dialoog formulier"):
            yield Label(Content(f"Agenda van {v.id}"), classes="dialoogtitel")
            yield Static(Content("Spatie kiest of schrapt een punt; ctrl+s slaat op."
                                 + (f"  Vrije punten blijven staan: {'; '.join(vrij)}" if vrij else "")))
            yield SelectionList[str](*keuzes, id="keuzes")
            with Horizontal(classes="knoppen"):
                yield Button("Opslaan (ctrl+s)", id="opslaan", variant="primary")
                yield Button("Annuleren (Esc)", id="annuleren")

    @on(Button.Pressed, "#opslaan")
    def action_opslaan(self) -> None:
        gekozen = self.query_one("#keuzes", SelectionList).selected
        kk = [x.removeprefix("kk:") for x in gekozen if x.startswith("kk:")]
        acties = [x.removeprefix("actie:") for x in gekozen if x.startswith("actie:")]
        if self.planner.bewerk(sb.agenda_zetten, self.vergadering_id, kk, acties):
            self.dismiss(True)

    @on(Button.Pressed, "#annuleren")
    def action_annuleer(self) -> None:
        self.dismiss(None)
