"""Forms for a meeting: add one (defaults from the orgaan) and move one (keeps its id)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from swvplanner import services_bewerken as sb
from swvplanner.core.nl_datum import formatteer_datum
from swvplanner.tui.toetsen import NederlandseToetsen
from swvplanner.tui.widgets.veld import Veld

if TYPE_CHECKING:
    from swvplanner.tui.app import PlannerApp

WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def datum_voorbeeld(veld: Veld) -> bool:
    """Show how the typed date is read; True when it is a valid date."""
    tekst = veld.value
    if not tekst.strip():
        veld.meld("bijvoorbeeld 8 dec 2025, 13-4-2026 of 2025-12-08")
        return False
    try:
        d = sb.lees_datum(tekst)
    except ValueError as fout:
        veld.meld(str(fout), fout=True)
        return False
    veld.meld(f"{WEEKDAGEN[d.weekday()]} {formatteer_datum(d)}")
    return True


def tijd_voorbeeld(veld: Veld, standaard: str = "") -> bool:
    tekst = veld.value
    if not tekst.strip():
        veld.meld(f"leeg: de tijd van het orgaan ({standaard})" if standaard else "bijvoorbeeld 19.30-21.30")
        return True
    try:
        t = sb.lees_tijd(tekst)
    except ValueError as fout:
        veld.meld(str(fout), fout=True)
        return False
    veld.meld(t.nl() if t else "")
    return True


class Formulier(NederlandseToetsen, ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "annuleer", "Annuleren"),
        Binding("ctrl+s", "opslaan", "Opslaan", priority=True),
    ]

    @property
    def planner(self) -> PlannerApp:
        return self.app  # type: ignore[return-value]

    def knoppen(self) -> ComposeResult:
        yield Static("", id="formulierfout", classes="fout")
        with Horizontal(classes="knoppen"):
            yield Button("Opslaan (ctrl+s)", id="opslaan", variant="primary")
            yield Button("Annuleren (Esc)", id="annuleren")

    @on(Button.Pressed, "#opslaan")
    def _opslaan_knop(self) -> None:
        self.action_opslaan()

    @on(Button.Pressed, "#annuleren")
    def action_annuleer(self) -> None:
        self.dismiss(None)

    def action_opslaan(self) -> None:  # override
        raise NotImplementedError

    def fout(self, tekst: str) -> None:
        self.query_one("#formulierfout", Static).update(Content(tekst))


class VergaderingFormulier(Formulier):
    """Add a meeting. Time and location start as the orgaan's and follow a change of orgaan."""

    def __init__(self, orgaan: str | None = None) -> None:
        super().__init__()
        self.begin_orgaan = orgaan

    def compose(self) -> ComposeResult:
        ws = self.planner.werkset
        assert ws is not None
        org = ws.plannen.organisatie
        orgaan = self.begin_orgaan or org.overlegorganen[0].id
        self._standaard = self._standaarden(orgaan)
        with VerticalScroll(classes="dialoog formulier"):
            yield Label("Nieuwe vergadering", classes="dialoogtitel")
            yield Label("Overlegorgaan")
            yield Select([(Content(f"{o.kort} – {o.naam}"), o.id) for o in org.overlegorganen], value=orgaan,
                         allow_blank=False, id="orgaan")
            yield Veld("Datum", "datum", placeholder="8 dec 2025")
            yield Veld("Tijd", "tijd", self._standaard[0], placeholder="19.30-21.30")
            yield Veld("Locatie", "locatie", self._standaard[1])
            yield Veld("Titel (optioneel)", "titel")
            yield Checkbox("Online", id="online")
            yield from self.knoppen()

    def on_mount(self) -> None:
        self.query_one("#datum", Input).focus()
        datum_voorbeeld(self.query_one("#veld-datum", Veld))
        tijd_voorbeeld(self.query_one("#veld-tijd", Veld))

    def _standaarden(self, orgaan: str) -> tuple[str, str]:
        assert self.planner.werkset is not None
        o = self.planner.werkset.plannen.organisatie.orgaan(orgaan)
        if o is None:
            return "", ""
        tijd = str(o.tijd).replace(":", ".") if o.tijd else ""
        return tijd, o.locatie or ""

    @on(Select.Changed, "#orgaan")
    def _orgaan(self, event: Select.Changed) -> None:
        nieuw = self._standaarden(str(event.value))
        for naam, oud, waarde in (("tijd", self._standaard[0], nieuw[0]), ("locatie", self._standaard[1], nieuw[1])):
            invoer = self.query_one(f"#{naam}", Input)
            if invoer.value == oud:  # not typed over: follow the orgaan
                invoer.value = waarde
        self._standaard = nieuw

    @on(Input.Changed, "#datum")
    def _datum(self) -> None:
        datum_voorbeeld(self.query_one("#veld-datum", Veld))

    @on(Input.Changed, "#tijd")
    def _tijd(self) -> None:
        tijd_voorbeeld(self.query_one("#veld-tijd", Veld))

    @on(Input.Submitted)
    def action_opslaan(self) -> None:
        ws = self.planner.werkset
        assert ws is not None
        geldig = datum_voorbeeld(self.query_one("#veld-datum", Veld)) & tijd_voorbeeld(
            self.query_one("#veld-tijd", Veld))
        if not geldig:
            self.fout("Herstel de rood gemarkeerde velden.")
            return
        try:
            nieuw_id = sb.vergadering_toevoegen(
                ws, str(self.query_one("#orgaan", Select).value), self.query_one("#datum", Input).value,
                self.query_one("#tijd", Input).value, self.query_one("#locatie", Input).value,
                self.query_one("#titel", Input).value, self.query_one("#online", Checkbox).value)
        except ValueError as fout:
            self.fout(str(fout))
            return
        self.planner.plannen_gewijzigd()
        self.notify(f"Vergadering {nieuw_id} toegevoegd (nog niet bewaard: ctrl+s).")
        self.dismiss(nieuw_id)


class VerplaatsFormulier(Formulier):
    """Move a meeting to another date and/or time; it keeps its id (calendars update it)."""

    def __init__(self, vergadering_id: str) -> None:
        super().__init__()
        self.vergadering_id = vergadering_id

    def compose(self) -> ComposeResult:
        ws = self.planner.werkset
        assert ws is not None
        v = sb.vergadering(ws, self.vergadering_id)
        o = ws.plannen.organisatie.orgaan(v.orgaan)
        self._orgaan_tijd = str(o.tijd).replace(":", ".") if o and o.tijd else ""
        with VerticalScroll(classes="dialoog formulier"):
            yield Label(Content(f"Vergadering {o.kort if o else v.orgaan} verplaatsen"), classes="dialoogtitel")
            yield Static(Content.from_markup("Nu: $nu  [dim]$id[/dim]", id=v.id, nu=formatteer_datum(v.datum)
                                             if v.datum else (v.herhaling or v.wanneer or "")))
            yield Veld("Nieuwe datum", "datum", f"{v.datum.day}-{v.datum.month}-{v.datum.year}" if v.datum else "",
                       placeholder="8 dec 2025")
            yield Veld("Tijd", "tijd", str(v.tijd).replace(":", ".") if v.tijd else "", placeholder="19.30-21.30")
            yield from self.knoppen()

    def on_mount(self) -> None:
        datum = self.query_one("#datum", Input)
        datum.focus()
        datum.action_select_all()
        datum_voorbeeld(self.query_one("#veld-datum", Veld))
        tijd_voorbeeld(self.query_one("#veld-tijd", Veld), self._orgaan_tijd)

    @on(Input.Changed, "#datum")
    def _datum(self) -> None:
        datum_voorbeeld(self.query_one("#veld-datum", Veld))

    @on(Input.Changed, "#tijd")
    def _tijd(self) -> None:
        tijd_voorbeeld(self.query_one("#veld-tijd", Veld), self._orgaan_tijd)

    @on(Input.Submitted)
    def action_opslaan(self) -> None:
        ws = self.planner.werkset
        assert ws is not None
        try:
            sb.vergadering_verplaatsen(ws, self.vergadering_id, self.query_one("#datum", Input).value,
                                       self.query_one("#tijd", Input).value)
        except ValueError as fout:
            self.fout(str(fout))
            return
        self.planner.plannen_gewijzigd()
        self.dismiss(self.vergadering_id)
