"""The forms of the Organisatie screen: the organisation's own fields, an orgaan, a rol, a goedkeurder.

One form for all four, built from the service's field list (services/organisatie.py). A new orgaan
or rol gets an id proposed from its name (free, in kebab-case) that may still be changed; an
existing one shows its id but does not edit it: meetings, besluitvorming and agenda's refer to it.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Label, Select

from swvplanner.core.bewerken.organisatie import SOORT, Lijst
from swvplanner.core.plannen import ORGANISATIE
from swvplanner.services import organisatie as so
from swvplanner.tui.screens.formulier import Formulier
from swvplanner.tui.widgets.veld import Veld


class OrgFormulier(Formulier):
    def __init__(self, lijst: Lijst | str, index: int | None = None) -> None:
        super().__init__()
        self.lijst, self.index = lijst, index

    @property
    def nieuw(self) -> bool:
        return self.lijst != ORGANISATIE and self.index is None

    def _titel(self, waarden: dict[str, str]) -> str:
        if self.lijst == ORGANISATIE:
            return "Gegevens van de organisatie"
        soort = SOORT[self.lijst]  # type: ignore[index]
        if self.nieuw:
            return f"Nieuw{'e' if soort != 'overlegorgaan' else ''} {soort}"
        return f"{soort.capitalize()} {waarden.get('id') or waarden.get('naam')} bewerken"

    def inhoud(self) -> ComposeResult:
        ws = self.planner.werkset
        assert ws is not None
        waarden = so.waarden(ws, self.lijst, self.index)
        verplicht = so.VERPLICHT[self.lijst]
        with VerticalScroll(classes="dialoog formulier"):
            yield Label(self._titel(waarden), classes="dialoogtitel")
            for veld in so.VELDEN[self.lijst]:
                if veld.keuzes is None:
                    yield Veld(veld.label, veld.naam, waarden.get(veld.naam, ""), verplicht=veld.naam in verplicht)
                    continue
                yield Label(veld.label, classes="keuzelabel")
                opties = so.keuzes(ws, self.lijst, veld, self.index)
                waarde = waarden.get(veld.naam) or (Select.NULL if veld.leeg_mag else opties[0][0])
                yield Select(
                    [(tekst, sleutel) for sleutel, tekst in opties],
                    value=waarde if any(s == waarde for s, _ in opties) else Select.NULL,
                    allow_blank=veld.leeg_mag,
                    prompt="(geen)",
                    id=veld.naam,
                )
            yield from self.knoppen()

    def on_mount(self) -> None:
        velden = {v.naam for v in so.VELDEN[self.lijst]}
        if "id" in velden and not self.nieuw:
            self.query_one("#id", Input).disabled = True
        self.begin_bij("#naam")
        self.valideer()

    def velden(self) -> dict[str, str]:
        uit = {}
        for veld in so.VELDEN[self.lijst]:
            if veld.keuzes is None:
                uit[veld.naam] = self.query_one(f"#veld-{veld.naam}", Veld).value
            else:
                waarde = self.query_one(f"#{veld.naam}", Select).value
                uit[veld.naam] = "" if waarde is Select.NULL else str(waarde)
        return uit

    @on(Input.Changed, "#naam")
    def _naam(self, event: Input.Changed) -> None:
        """A new orgaan's or rol's id follows its name, until someone types an id of their own."""
        if not self.nieuw or self.lijst == "goedkeurders" or self.planner.werkset is None:
            return
        self.stel_id_voor(so.voorgesteld_id(self.planner.werkset, self.lijst, event.value) if event.value else "")  # type: ignore[arg-type]

    @on(Input.Changed)
    @on(Select.Changed)
    def valideer(self) -> object | None:
        """Check the form as it is now; an empty required field turns red after the first Toepassen."""
        ws = self.planner.werkset
        assert ws is not None
        meldingen: dict[str, str] = {}
        verplicht: set[str] = set()
        uitkomst = None
        try:
            uitkomst = so.uit_formulier(ws, self.lijst, self.index, self.velden())
        except so.FormulierFout as fout:
            meldingen, verplicht = fout.velden, fout.verplicht
        for veld in self.query(Veld):
            if veld.naam in meldingen and (self.geprobeerd or veld.naam not in verplicht):
                veld.meld(meldingen[veld.naam], fout=True)
            elif veld.naam == "id" and not self.nieuw:
                veld.meld(so.ID_VAST)
            else:
                veld.meld("")
        tekstvelden = {v.naam for v in so.VELDEN[self.lijst] if v.keuzes is None}
        self.fout(next((t for k, t in meldingen.items() if k not in tekstvelden), ""))
        return uitkomst

    def toepassen(self) -> str | None:
        uitkomst = self.valideer()
        if uitkomst is None:
            self.weiger()
            return None
        if self.planner.bewerk(so.opslaan, self.lijst, self.index, uitkomst):
            return str(getattr(uitkomst, "id", None) or getattr(uitkomst, "email", None) or self.lijst)
        return None
