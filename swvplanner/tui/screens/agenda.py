"""Pick a meeting's agenda: kwaliteitskalender items and acties of its schooljaar."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Label, SelectionList, Static
from textual.widgets.selection_list import Selection

from swvplanner.core.overzichten import actie_kort
from swvplanner.core.plannen import jaarplan_sleutel, vergadering_document
from swvplanner.services import bewerken as sb
from swvplanner.tui.screens.formulier import Formulier


class AgendaKeuze(Formulier):
    def __init__(self, vergadering_id: str) -> None:
        super().__init__()
        self.vergadering_id = vergadering_id

    def inhoud(self) -> ComposeResult:
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
                keuzes.append(
                    Selection(
                        Content(f"KK  {item.wat}" + (f"  ({stap})" if stap else "")),
                        f"kk:{item.id}",
                        item.id in kk_gekozen,
                    )
                )
        document = vergadering_document(ws.modellen, self.vergadering_id)
        plan = ws.modellen.get(jaarplan_sleutel(ws.modellen[document].schooljaar))  # type: ignore[attr-defined]
        if plan is not None:
            for a in plan.acties():  # type: ignore[attr-defined]
                keuzes.append(Selection(Content(f"Actie  {actie_kort(a)}"), f"actie:{a.id}", a.id in acties_gekozen))
        vrij = [p.tekst for p in v.agenda if p.tekst and not p.kwaliteitskalender and not p.actie]
        with Vertical(classes="dialoog formulier"):
            yield Label(Content(f"Agenda van {v.id}"), classes="dialoogtitel")
            yield Static(
                Content(
                    "Spatie kiest of schrapt een punt."
                    + (f"  Vrije punten blijven staan: {'; '.join(vrij)}" if vrij else "")
                )
            )
            yield SelectionList[str](*keuzes, id="keuzes")
            yield from self.knoppen()

    def on_mount(self) -> None:
        self.begin_bij("#keuzes")

    def toepassen(self) -> str | None:
        gekozen = self.query_one("#keuzes", SelectionList).selected
        kk = [x.removeprefix("kk:") for x in gekozen if x.startswith("kk:")]
        acties = [x.removeprefix("actie:") for x in gekozen if x.startswith("actie:")]
        if self.planner.bewerk(sb.agenda_zetten, self.vergadering_id, kk, acties):
            return self.vergadering_id
        return None
