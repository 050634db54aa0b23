"""Vergaderingen: a list per orgaan (or all), a month view; add, move, cancel, reserve, agenda."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import DataTable, Input, OptionList, Select, Static

from swvplanner.core.model.vergaderingen import VERGADERSTATUSSEN
from swvplanner.core.overzichten import VergaderRij, maand, vergaderrijen
from swvplanner.services import bewerken as sb
from swvplanner.tui.screens.basis import PlanScherm
from swvplanner.tui.widgets.filter import volgende_filter
from swvplanner.tui.widgets.lijst import Namenlijst
from swvplanner.tui.widgets.maandkalender import Maandkalender
from swvplanner.tui.widgets.tabel import Kolom, Rij, Tabel, gekozen_sleutel

ALLE = "__alle__"
KOLOMMEN = (
    Kolom("Datum", "datum", minimum=14, gewicht=1),  # grows for a meeting of several days ("do 2 en 3 okt 2025")
    Kolom("Tijd", "tijd", minimum=11, gewicht=0, prioriteit=2),
    Kolom("Orgaan", "orgaan", minimum=17, gewicht=3),
    Kolom("Titel", "titel", minimum=17, gewicht=2),
    Kolom("Waar", "waar", minimum=14, gewicht=2, prioriteit=3),
    Kolom("Status", "status", minimum=11, gewicht=0),
)


class VergaderingenScherm(PlanScherm):
    NAAM = "vergaderingen"
    AUTO_FOCUS = "#tabel"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "nieuw", "Nieuw"),
        Binding("v", "verplaats", "Verplaatsen"),
        Binding("d", "verplaats(True)", "Datum corrigeren", show=False),
        Binding("a", "annuleer", "Annuleren"),
        Binding("r", "reserve", "Reserve", show=False),
        Binding("delete", "verwijder", "Verwijderen", show=False),
        Binding("g", "agenda", "Agenda"),
        Binding("b", "besluiten", "Besluiten", show=False),
        Binding("m", "maand", "Maand"),
        Binding("left_square_bracket", "maand_verder(-1)", "Vorige maand", show=False),
        Binding("right_square_bracket", "maand_verder(1)", "Volgende maand", show=False),
        Binding("slash", "zoek", "Zoeken", show=False),
        Binding("f", "filter_status", "Filter status", show=False),
        Binding("escape", "terug", "Terug", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.orgaan: str | None = None
        self.maandweergave = False
        self.maand_jaar: tuple[int, int] | None = None
        self.rijen: list[VergaderRij] = []

    def inhoud(self) -> Iterable[Widget]:
        with Horizontal(id="vergaderingen-inhoud"):
            yield Namenlijst(id="organen")
            with Vertical(id="vergaderingen-rechts"):
                with Horizontal(classes="filterbalk"):
                    yield Input(placeholder="Zoeken… (/)", id="zoek")
                    yield Select([(s, s) for s in VERGADERSTATUSSEN], prompt="Alle statussen", id="status")
                yield Tabel(KOLOMMEN, id="tabel")
                yield Maandkalender(id="maand")
                yield Static(id="detail", classes="detail")

    def on_mount(self) -> None:
        self.query_one("#maand").display = False
        super().on_mount()

    # --- showing -------------------------------------------------------------------------

    def ververs(self) -> None:
        ws = self.werkset
        assert ws is not None
        plannen = ws.plannen
        organen = self.query_one("#organen", Namenlijst)
        if organen.option_count == 0:
            organen.zet([(ALLE, "Alle organen"), *((o.id, o.kort) for o in plannen.organisatie.overlegorganen)])
            organen.highlighted = 0
        zoek = self.query_one("#zoek", Input).value
        status = self.query_one("#status", Select).value
        self.rijen = vergaderrijen(plannen, self.orgaan, status if isinstance(status, str) else None, zoek)
        tabel = self.query_one("#tabel", Tabel)
        gekozen = self.gekozen_id()
        tabel.vul(
            Rij(
                r.id,
                (r.wanneer, r.tijd, r.orgaan_kort, r.titel, r.locatie, "" if r.status == "gepland" else r.status),
                "strike dim" if r.status == "geannuleerd" else ("italic" if r.status == "reserve" else ""),
            )
            for r in self.rijen
        )
        if gekozen and any(r.id == gekozen for r in self.rijen):
            tabel.move_cursor(row=tabel.get_row_index(gekozen), scroll=True)
        elif self.rijen and tabel.cursor_row < 0:
            tabel.move_cursor(row=0)
        else:
            self._toon_standaard_rij()
        self._toon_detail()
        if self.maandweergave:
            self._toon_maand()

    def _toon_standaard_rij(self) -> None:
        """Start at the first meeting from today on, not at the top of the schooljaar."""
        tabel = self.query_one("#tabel", DataTable)
        if getattr(self, "_gestart", False) or not self.rijen:
            return
        self._gestart = True
        vandaag = self.planner.vandaag
        index = next((i for i, r in enumerate(self.rijen) if r.datum and r.datum >= vandaag), 0)
        tabel.move_cursor(row=index, scroll=True)

    def gekozen_id(self) -> str | None:
        return gekozen_sleutel(self.query_one("#tabel", DataTable))

    def _gekozen_rij(self) -> VergaderRij | None:
        gekozen = self.gekozen_id()
        return next((r for r in self.rijen if r.id == gekozen), None)

    def _toon_detail(self) -> None:
        r = self._gekozen_rij()
        detail = self.query_one("#detail", Static)
        if r is None:
            detail.update("Geen vergaderingen die aan het filter voldoen." if self.werkset else "")
            return
        regels = [
            Content.from_markup("[b]$orgaan[/b] $titel  [dim]$id[/dim]", orgaan=r.orgaan_kort, titel=r.titel, id=r.id),
            Content.from_markup(
                "$wanneer $tijd  $locatie  [i]$status[/i]",
                wanneer=r.wanneer,
                tijd=r.tijd,
                locatie=r.locatie,
                status=r.status,
            ),
        ]
        if r.agenda:
            regels.append(Content("Agenda: " + "; ".join(r.agenda)))
        else:
            regels.append(Content.from_markup("[dim]Geen agendapunten (g om ze te kiezen)[/dim]"))
        detail.update(Content("\n").join(regels))

    @on(DataTable.RowHighlighted, "#tabel")
    def _rij(self) -> None:
        self._toon_detail()

    @on(OptionList.OptionHighlighted, "#organen")
    def _orgaan(self, event: OptionList.OptionHighlighted) -> None:
        nieuw = None if event.option.id == ALLE else event.option.id
        if nieuw != self.orgaan:
            self.orgaan = nieuw
            self.ververs()

    @on(Input.Changed, "#zoek")
    @on(Select.Changed, "#status")
    def _filter(self) -> None:
        if self.werkset is not None:
            self.ververs()

    def selecteer(self, vergadering_id: str) -> None:
        """Show this meeting (clearing filters that hide it) — used by 'go to finding'."""
        if not any(r.id == vergadering_id for r in self.rijen):
            self.orgaan = None
            self.query_one("#organen", OptionList).highlighted = 0
            self.query_one("#zoek", Input).value = ""
            self.query_one("#status", Select).clear()
            self.ververs()
        if self.maandweergave:
            self.action_maand()
        tabel = self.query_one("#tabel", DataTable)
        if any(r.id == vergadering_id for r in self.rijen):
            tabel.move_cursor(row=tabel.get_row_index(vergadering_id), scroll=True)
        tabel.focus()

    # --- month view ----------------------------------------------------------------------

    def action_maand(self) -> None:
        self.maandweergave = not self.maandweergave
        self.query_one("#tabel").display = not self.maandweergave
        self.query_one("#maand").display = self.maandweergave
        self.query_one("#detail").display = not self.maandweergave
        if self.maandweergave:
            r = self._gekozen_rij()
            d = r.datum if r and r.datum else self.planner.vandaag
            self.maand_jaar = (d.year, d.month)
            self._toon_maand()
        else:
            self.query_one("#tabel").focus()

    def action_maand_verder(self, stap: int) -> None:
        if not self.maandweergave or self.maand_jaar is None:
            return
        jaar, m = self.maand_jaar
        m += stap
        jaar, m = (jaar - 1, 12) if m == 0 else (jaar + 1, 1) if m == 13 else (jaar, m)
        self.maand_jaar = (jaar, m)
        self._toon_maand()

    def _toon_maand(self) -> None:
        if self.werkset is None or self.maand_jaar is None:
            return
        jaar, m = self.maand_jaar
        per_dag = maand(self.werkset.plannen, jaar, m, self.orgaan)
        self.query_one("#maand", Maandkalender).toon(jaar, m, per_dag, self.planner.vandaag)

    # --- actions -------------------------------------------------------------------------

    def action_zoek(self) -> None:
        self.query_one("#zoek", Input).focus()

    def action_terug(self) -> None:
        self.query_one("#tabel", DataTable).focus()

    def action_filter_status(self) -> None:
        volgende = volgende_filter(self.query_one("#status", Select), VERGADERSTATUSSEN)
        self.notify(f"Filter status: {volgende or 'alle'}", timeout=2)

    def action_nieuw(self) -> None:
        from swvplanner.tui.screens.vergadering_formulier import VergaderingFormulier

        if self.werkset is None:
            return

        def klaar(nieuw_id: str | None) -> None:
            if nieuw_id:
                self.ververs_als_nodig()
                self.selecteer(nieuw_id)

        self.app.push_screen(VergaderingFormulier(self.orgaan), klaar)

    def action_verplaats(self, corrigeren: bool = False) -> None:
        """v: move the meeting (status 'verplaatst'); d: correct a wrong date (status unchanged)."""
        from swvplanner.tui.screens.vergadering_formulier import VerplaatsFormulier

        r = self._gekozen_rij()
        if r is None:
            return
        self.app.push_screen(VerplaatsFormulier(r.id, corrigeren), lambda _: self.ververs_als_nodig())

    def _zet(self, status: str) -> None:
        r = self._gekozen_rij()
        if r is None:
            return
        nieuw = "gepland" if r.status == status else status
        if self.planner.bewerk(sb.vergadering_status, r.id, nieuw):
            self.notify(f"{r.orgaan_kort} {r.wanneer}: {nieuw}", timeout=3)

    def action_annuleer(self) -> None:
        self._zet("geannuleerd")

    def action_reserve(self) -> None:
        self._zet("reserve")

    def action_verwijder(self) -> None:
        """Delete: a meeting entered by mistake goes (after a question). A meeting that will not take
        place is better cancelled (a): it stays in the plans, and in the minutes' trail, as cancelled."""
        from swvplanner.tui.screens.dialogen import Keuze

        r = self._gekozen_rij()
        if r is None:
            return

        def klaar(keuze: str | None) -> None:
            if keuze == "verwijderen" and self.planner.bewerk(sb.vergadering_verwijderen, r.id):
                self.notify(f"Vergadering {r.id} verwijderd (ctrl+z maakt het ongedaan).")

        self.app.push_screen(
            Keuze(
                f"Vergadering {r.id} verwijderen? Gaat ze niet door, annuleer haar dan liever (a): dan blijft ze "
                "in de planning staan als geannuleerd.",
                [("verwijderen", "Verwijderen"), ("annuleren", "Niet verwijderen")],
            ),
            klaar,
        )

    def action_agenda(self) -> None:
        from swvplanner.tui.screens.agenda import AgendaKeuze

        r = self._gekozen_rij()
        if r is None:
            return
        self.app.push_screen(AgendaKeuze(r.id), lambda _: self.ververs_als_nodig())

    def action_besluiten(self) -> None:
        """b: record what the meeting decided (uitkomst per agenda point, aanwezig, actiepunten)."""
        from swvplanner.tui.screens.besluiten_formulier import BesluitenFormulier

        r = self._gekozen_rij()
        if r is None:
            return
        self.app.push_screen(BesluitenFormulier(r.id), lambda _: self.ververs_als_nodig())

    def vandaag(self) -> date:
        return self.planner.vandaag
