"""A new onderdeel of a jaarplan (ontwikkelpunt, thema, programmalijn, speerpunt or deel).

The id follows the title until it is typed over; it stays fixed once made (acties get their ids
from it). 'Onder' puts it in the plan itself or inside another onderdeel (a thema's programmalijn).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Label, Select

from swvplanner.core.model.jaarplan import Jaarplan, Onderdeel
from swvplanner.services import structuur as ss
from swvplanner.tui.screens.formulier import Formulier
from swvplanner.tui.widgets.veld import Veld


class OnderdeelFormulier(Formulier):
    def __init__(self, document: str, ouder_id: str | None = None) -> None:
        super().__init__()
        self.document, self.ouder_id = document, ouder_id

    def inhoud(self) -> ComposeResult:
        assert self.planner.werkset is not None
        plan: Jaarplan = self.planner.werkset.modellen[self.document]  # type: ignore[assignment]
        with VerticalScroll(classes="dialoog formulier"):
            yield Label(f"Nieuw onderdeel in jaarplan {plan.schooljaar}", classes="dialoogtitel")
            yield Label("Soort", classes="keuzelabel")
            yield Select([(s, s) for s in ss.ONDERDEEL_SOORTEN], value="ontwikkelpunt", allow_blank=False, id="soort")
            for naam, label in ss.ONDERDEEL_VELDEN:
                yield Veld(label, naam, meerregelig=naam == "beschrijving", verplicht=naam in ss.ONDERDEEL_VERPLICHT)
            yield Label("Onder", classes="keuzelabel")
            yield Select(
                [(f"{o.nummer + ' ' if o.nummer else ''}{o.titel}", o.id) for o in plan.alle_onderdelen()],
                value=self.ouder_id or Select.NULL,
                prompt="het jaarplan zelf (hoofdniveau)",
                id="ouder",
            )
            yield from self.knoppen()

    def on_mount(self) -> None:
        self.begin_bij("#titel")
        self.valideer()

    def velden(self) -> dict[str, str]:
        uit = {naam: self.query_one(f"#veld-{naam}", Veld).value for naam, _ in ss.ONDERDEEL_VELDEN}
        uit["soort"] = str(self.query_one("#soort", Select).value)
        return uit

    @on(Input.Changed, "#titel")
    def _titel(self, event: Input.Changed) -> None:
        """The id follows the title, until someone types an id of their own."""
        if self.planner.werkset is not None:
            titel = event.value
            self.stel_id_voor(ss.nieuw_onderdeel_id(self.planner.werkset, self.document, titel) if titel else "")

    @on(Input.Changed)
    @on(Select.Changed)
    def valideer(self) -> Onderdeel | None:
        assert self.planner.werkset is not None
        meldingen: dict[str, str] = {}
        verplicht: set[str] = set()
        onderdeel = None
        try:
            onderdeel = ss.onderdeel_uit_formulier(self.planner.werkset, self.document, self.velden())
        except ss.FormulierFout as fout:
            meldingen, verplicht = fout.velden, fout.verplicht
        for veld in self.query(Veld):
            toon = veld.naam in meldingen and (self.geprobeerd or veld.naam not in verplicht)
            veld.meld(meldingen[veld.naam] if toon else "", fout=toon)
        self.fout(next((t for k, t in meldingen.items() if k not in {n for n, _ in ss.ONDERDEEL_VELDEN}), ""))
        return onderdeel

    def toepassen(self) -> str | None:
        onderdeel = self.valideer()
        if onderdeel is None:
            self.weiger()
            return None
        ouder = self.query_one("#ouder", Select).value
        ouder_id = None if ouder is Select.NULL else str(ouder)
        if self.planner.bewerk(ss.onderdeel_toevoegen, self.document, onderdeel, ouder_id):
            return onderdeel.id
        return None
