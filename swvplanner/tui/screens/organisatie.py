"""Organisatie: the SWV's own fields, and its overlegorganen, rollen and goedkeurders; create, edit, delete.

n adds to the table that has the focus (Tab moves between them), e or Enter edits its row, Delete
deletes it (refused while the plans still refer to it, else after a question), g edits the
organisation's name, short name, region and domain.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import DataTable, Label, Static

from swvplanner.core.bewerken.organisatie import Lijst
from swvplanner.core.plannen import ORGANISATIE
from swvplanner.services import organisatie as so
from swvplanner.tui.screens.basis import PlanScherm
from swvplanner.tui.widgets.tabel import Kolom, Rij, Tabel, gekozen_sleutel

KOLOMMEN: dict[Lijst, tuple[Kolom, ...]] = {
    "overlegorganen": (
        Kolom("Kort", "kort", minimum=12, gewicht=1),
        Kolom("Naam", "naam", minimum=16, gewicht=3),
        Kolom("Soort", "soort", minimum=15, gewicht=0),
        Kolom("Tijd", "tijd", minimum=11, gewicht=0, prioriteit=2),
        Kolom("Locatie", "locatie", minimum=12, gewicht=1, prioriteit=3),
        Kolom("Min.", "minimum", minimum=4, gewicht=0, prioriteit=2),
        Kolom("Openbaar", "openbaar", minimum=8, gewicht=0, prioriteit=3),
        Kolom("Onderdeel van", "onderdeel-van", minimum=10, gewicht=0, prioriteit=3),
        Kolom("Id", "id", minimum=12, gewicht=1, prioriteit=4),
    ),
    "rollen": (
        Kolom("Naam", "naam", minimum=16, gewicht=2),
        Kolom("Id", "id", minimum=12, gewicht=1, prioriteit=3),
        Kolom("Omschrijving", "omschrijving", minimum=16, gewicht=2, prioriteit=2),
    ),
    "goedkeurders": (
        Kolom("Naam", "naam", minimum=16, gewicht=1),
        Kolom("E-mail", "email", minimum=16, gewicht=1),
    ),
}
TITELS: dict[Lijst, str] = {"overlegorganen": "Overlegorganen", "rollen": "Rollen", "goedkeurders": "Goedkeurders"}
LIJSTEN: tuple[Lijst, ...] = tuple(KOLOMMEN)


def _cellen(lijst: Lijst, item: object) -> tuple[str, ...]:
    if lijst == "overlegorganen":
        o = item
        return (
            o.kort,  # type: ignore[attr-defined]
            o.naam,  # type: ignore[attr-defined]
            o.soort,  # type: ignore[attr-defined]
            str(o.tijd) if o.tijd else "",  # type: ignore[attr-defined]
            o.locatie or "",  # type: ignore[attr-defined]
            "" if o.minimum_per_schooljaar is None else str(o.minimum_per_schooljaar),  # type: ignore[attr-defined]
            "ja" if o.openbaar else "nee",  # type: ignore[attr-defined]
            o.onderdeel_van or "",  # type: ignore[attr-defined]
            o.id,  # type: ignore[attr-defined]
        )
    if lijst == "rollen":
        return (item.naam, item.id, item.omschrijving or "")  # type: ignore[attr-defined]
    return (item.naam, item.email)  # type: ignore[attr-defined]


class OrganisatieScherm(PlanScherm):
    NAAM = "organisatie"
    AUTO_FOCUS = "#tabel-overlegorganen"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "nieuw", "Nieuw"),
        Binding("e", "bewerk", "Bewerken"),
        Binding("delete", "verwijder", "Verwijderen", show=False),
        Binding("g", "gegevens", "Gegevens"),
    ]

    def inhoud(self) -> Iterable[Widget]:
        yield Static(id="gegevens", classes="kop")
        with Vertical(id="org-organen"):
            yield Label(id="titel-overlegorganen", classes="tabeltitel")
            yield Tabel(KOLOMMEN["overlegorganen"], id="tabel-overlegorganen")
        with Horizontal(id="org-onder"):
            for lijst in ("rollen", "goedkeurders"):
                with Vertical(classes="org-lijst"):
                    yield Label(id=f"titel-{lijst}", classes="tabeltitel")
                    yield Tabel(KOLOMMEN[lijst], id=f"tabel-{lijst}")

    def ververs(self) -> None:
        ws = self.werkset
        assert ws is not None
        org = so.organisatie(ws)
        self.query_one("#gegevens", Static).update(
            Content.from_markup(
                "[b]$naam[/b] ($kort)\nRegio $regio · domein $domein  [dim](g bewerkt)[/dim]",
                naam=org.naam,
                kort=org.kort,
                regio=org.regio,
                domein=org.domein,
            )
        )
        for lijst in LIJSTEN:
            items = so.items(ws, lijst)
            leeg = "  —  n voegt er een toe" if not items else ""
            self.query_one(f"#titel-{lijst}", Label).update(f"{TITELS[lijst]} ({len(items)}){leeg}")
            self.query_one(f"#tabel-{lijst}", Tabel).vul(
                Rij(str(i), _cellen(lijst, item)) for i, item in enumerate(items)
            )

    # --- which row -----------------------------------------------------------------------

    def _lijst(self) -> Lijst:
        """The table with the focus (the overlegorganen when none has it)."""
        gefocust = self.focused
        for lijst in LIJSTEN:
            if gefocust is not None and gefocust.id == f"tabel-{lijst}":
                return lijst
        return "overlegorganen"

    def _index(self, lijst: Lijst) -> int | None:
        sleutel = gekozen_sleutel(self.query_one(f"#tabel-{lijst}", DataTable))
        return int(sleutel) if sleutel is not None else None

    def selecteer(self, lijst: Lijst, index: int) -> None:
        tabel = self.query_one(f"#tabel-{lijst}", DataTable)
        if 0 <= index < tabel.row_count:
            tabel.move_cursor(row=index, scroll=True)
        tabel.focus()

    # --- actions -------------------------------------------------------------------------

    def action_nieuw(self, lijst: Lijst | None = None) -> None:
        from swvplanner.tui.screens.org_formulier import OrgFormulier

        if self.werkset is None:
            return
        lijst = lijst or self._lijst()

        def klaar(uitkomst: str | None) -> None:
            self.ververs_als_nodig()
            if uitkomst and self.werkset is not None:
                self.selecteer(lijst, len(so.items(self.werkset, lijst)) - 1)

        self.app.push_screen(OrgFormulier(lijst), klaar)

    def action_bewerk(self) -> None:
        from swvplanner.tui.screens.org_formulier import OrgFormulier

        lijst = self._lijst()
        index = self._index(lijst)
        if index is None:
            self.notify(f"Er zijn nog geen {TITELS[lijst].lower()}: n voegt er een toe.", timeout=3)
            return
        self.app.push_screen(OrgFormulier(lijst, index), lambda _: self.ververs_als_nodig())

    @on(DataTable.RowSelected)
    def _gekozen(self) -> None:
        self.action_bewerk()

    def action_gegevens(self) -> None:
        from swvplanner.tui.screens.org_formulier import OrgFormulier

        if self.werkset is not None:
            self.app.push_screen(OrgFormulier(ORGANISATIE), lambda _: self.ververs_als_nodig())

    def action_verwijder(self) -> None:
        from swvplanner.tui.screens.dialogen import Keuze

        ws = self.werkset
        lijst = self._lijst()
        index = self._index(lijst)
        if ws is None or index is None:
            return
        if reden := so.weigering(ws, lijst, index):
            self.notify(reden, title="Niet verwijderd", severity="warning", timeout=10)
            return

        wat = so.omschrijving(ws, lijst, index)

        def klaar(keuze: str | None) -> None:
            if keuze == "verwijderen" and self.planner.bewerk(so.verwijderen, lijst, index):
                self.notify(f"{so.hoofdletter(wat)} verwijderd (ctrl+z maakt het ongedaan).")

        self.app.push_screen(
            Keuze(so.vraag(ws, lijst, index), [("verwijderen", "Verwijderen"), ("annuleren", "Niet verwijderen")]),
            klaar,
        )
