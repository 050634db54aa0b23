"""Kwaliteitskalender: per item the next deadline, wie and the besluitvorming; add, edit, delete an item."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widget import Widget
from textual.widgets import DataTable, Input, Static

from swvplanner.core.nl_datum import formatteer_datum
from swvplanner.core.overzichten import KkRij, kk_rijen
from swvplanner.services import structuur as ss
from swvplanner.tui.screens.basis import PlanScherm
from swvplanner.tui.widgets.tabel import Kolom, Rij, Tabel, gekozen_sleutel

KOLOMMEN = (
    Kolom("Wat", "wat", minimum=24, gewicht=3),
    Kolom("Volgende", "volgende", minimum=11, gewicht=0),
    Kolom("Wie", "wie", minimum=20, gewicht=1, prioriteit=2),
    Kolom("Besluitvorming", "besluitvorming", minimum=30, gewicht=2, prioriteit=3),
)


class KwaliteitskalenderScherm(PlanScherm):
    NAAM = "kwaliteitskalender"
    AUTO_FOCUS = "#tabel"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "nieuw", "Nieuw"),
        Binding("e", "bewerk", "Bewerken"),
        Binding("c", "nieuwe_categorie", "Categorie"),
        Binding("b", "bibliotheek", "Bibliotheek"),
        Binding("delete", "verwijder", "Verwijderen", show=False),
        Binding("slash", "zoek", "Zoeken", show=False),
        Binding("escape", "terug", "Terug", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rijen: list[KkRij] = []

    def inhoud(self) -> Iterable[Widget]:
        with Horizontal(classes="filterbalk"):
            yield Input(placeholder="Zoeken… (/)", id="zoek")
        yield Tabel(KOLOMMEN, id="tabel")
        yield Static(id="detail", classes="detail")

    def ververs(self) -> None:
        assert self.werkset is not None
        self.rijen = kk_rijen(self.werkset.plannen, self.planner.vandaag, self.query_one("#zoek", Input).value)
        self.query_one("#tabel", Tabel).vul(
            Rij(
                r.id,
                (
                    r.wat,
                    formatteer_datum(r.volgende, kort=True) if r.volgende else "—",
                    r.wie.splitlines()[0] if r.wie else "",
                    r.besluitvorming,
                ),
            )
            for r in self.rijen
        )
        self._toon_detail()

    def gekozen_id(self) -> str | None:
        return gekozen_sleutel(self.query_one("#tabel", DataTable))

    def _toon_detail(self) -> None:
        gekozen = self.gekozen_id()
        r = next((x for x in self.rijen if x.id == gekozen), None)
        detail = self.query_one("#detail", Static)
        if r is None:
            detail.update("")
            return
        volgende = formatteer_datum(r.volgende) if r.volgende else "geen datum in de komende jaren"
        inhoud = Content.from_markup(
            "[b]$wat[/b] [dim]($categorie, $id)[/dim]\n[b]Wanneer:[/b] $wanneer → uiterlijk $volgende\n"
            "[b]Besluitvorming:[/b] $besluitvorming" + ("\n[b]Grondslag:[/b] $grondslag" if r.grondslag else ""),
            wat=r.wat,
            categorie=r.categorie,
            id=r.id,
            wanneer=r.wanneer or "—",
            volgende=volgende,
            besluitvorming=r.besluitvorming or "—",
            grondslag=r.grondslag,
        )
        for opmerking in r.opmerkingen:  # each remark on a line of its own
            inhoud += Content.from_markup("\n[b]Opmerking:[/b] $opmerking", opmerking=" ".join(opmerking.split()))
        detail.update(inhoud)

    @on(DataTable.RowHighlighted, "#tabel")
    def _rij(self) -> None:
        self._toon_detail()

    @on(DataTable.RowSelected, "#tabel")
    def _gekozen(self) -> None:
        self.action_bewerk()

    @on(Input.Changed, "#zoek")
    def _zoek(self) -> None:
        if self.werkset is not None:
            self.ververs()

    def action_zoek(self) -> None:
        self.query_one("#zoek", Input).focus()

    def action_terug(self) -> None:
        self.query_one("#tabel", DataTable).focus()

    def selecteer(self, item_id: str) -> None:
        if not any(r.id == item_id for r in self.rijen):
            self.query_one("#zoek", Input).value = ""
            self.ververs()
        tabel = self.query_one("#tabel", DataTable)
        if any(r.id == item_id for r in self.rijen):
            tabel.move_cursor(row=tabel.get_row_index(item_id), scroll=True)
        tabel.focus()

    def action_bewerk(self) -> None:
        from swvplanner.tui.screens.kk_formulier import KkFormulier

        item_id = self.gekozen_id()
        if item_id is not None:
            self.app.push_screen(KkFormulier(item_id), self._na_formulier)

    def _na_formulier(self, item_id: str | None) -> None:
        self.ververs_als_nodig()
        if item_id:
            self.selecteer(item_id)

    def action_nieuw(self) -> None:
        """n: a new item, in the categorie of the item under the cursor (the first one else)."""
        from swvplanner.tui.screens.kk_formulier import KkFormulier

        if self.werkset is None:
            return
        namen = ss.categorieen(self.werkset)
        if not namen:
            self.notify("Er is nog geen categorie: maak er eerst een met c.", severity="warning", timeout=4)
            return
        gekozen = next((r for r in self.rijen if r.id == self.gekozen_id()), None)
        categorie = namen.index(gekozen.categorie) if gekozen and gekozen.categorie in namen else 0
        self.app.push_screen(KkFormulier(None, categorie), self._na_formulier)

    def action_bibliotheek(self) -> None:
        """b: take an item from the statutory library (the ones the organisation has not taken yet)."""
        from swvplanner.services import bibliotheek as sbib
        from swvplanner.tui.screens.dialogen import Lijstkeuze

        if self.werkset is None:
            return
        items = sbib.niet_overgenomen(self.werkset)
        if not items:
            self.notify("U hebt alle items uit de bibliotheek al in uw kwaliteitskalender.", timeout=4)
            return

        def klaar(item_id: str | None) -> None:
            overnames = self.planner.bewerk(sbib.uit_bibliotheek, [item_id]) if item_id else None
            if overnames:
                o = overnames[0]
                weg = "".join(f"\n{w}" for w in o.weggelaten)
                self.notify(f"{o.item.wat} toegevoegd in {o.categorie} (ctrl+z maakt het ongedaan).{weg}", timeout=8)
                self._na_formulier(o.item.id)

        keuzes = [(i.id, f"{i.wat} — {i.wanneer or 'geen vaste datum'}") for i in items]
        self.app.push_screen(Lijstkeuze("Uit de bibliotheek (wet en sectorcodes)", keuzes, breed=True), klaar)

    def action_nieuwe_categorie(self) -> None:
        from swvplanner.tui.screens.dialogen import TekstVraag

        def klaar(naam: str | None) -> None:
            if naam and self.planner.bewerk(ss.categorie_toevoegen, naam):
                self.notify(f"Categorie {naam} toegevoegd; n zet er een item in.", timeout=4)

        self.app.push_screen(
            TekstVraag("Nieuwe categorie", "Naam van de categorie:", placeholder="bijvoorbeeld: Documenten: plannen"),
            klaar,
        )

    def action_verwijder(self) -> None:
        """Delete: refused while a meeting's agenda has the item, else after a question."""
        from swvplanner.tui.screens.dialogen import Keuze

        item_id, ws = self.gekozen_id(), self.werkset
        if item_id is None or ws is None:
            return
        if reden := ss.kk_weigering(ws, item_id):
            self.notify(reden, title="Niet verwijderd", severity="warning", timeout=10)
            return

        def klaar(keuze: str | None) -> None:
            if keuze == "verwijderen" and self.planner.bewerk(ss.kk_item_verwijderen, item_id):
                self.notify(f"Kwaliteitskalender-item {item_id} verwijderd (ctrl+z maakt het ongedaan).")

        self.app.push_screen(
            Keuze(
                f"Kwaliteitskalender-item {item_id} verwijderen? Geen vergadering heeft het op de agenda.",
                [("verwijderen", "Verwijderen"), ("annuleren", "Niet verwijderen")],
            ),
            klaar,
        )
