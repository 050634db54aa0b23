"""The evaluatie of one actie: resultaat behaald (ja / deels / nee), toelichting and KPI values.

A small form of its own (key v on the Jaarplan screen) rather than more fields in the actie form:
the evaluatie is filled in at the end of the year, when the plan itself is done.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Label, Select, TextArea

from swvplanner.core.model.jaarplan import ActieEvaluatie
from swvplanner.core.overzichten import actie_kort
from swvplanner.services import bewerken as sb
from swvplanner.services import evaluatie as se
from swvplanner.tui.screens.formulier import Formulier
from swvplanner.tui.widgets.veld import Veld


class EvaluatieFormulier(Formulier):
    def __init__(self, actie_id: str) -> None:
        super().__init__()
        self.actie_id = actie_id

    def inhoud(self) -> ComposeResult:
        ws = self.planner.werkset
        assert ws is not None
        actie = sb.actie(ws, self.actie_id)
        e = actie.evaluatie or ActieEvaluatie()
        self.kpis = se.evaluatie_kpis(ws, self.actie_id)
        with VerticalScroll(classes="dialoog formulier"):
            yield Label(f"Evaluatie van actie {self.actie_id}", classes="dialoogtitel")
            yield Label(actie_kort(actie), markup=False)
            yield Label("Resultaat behaald?", classes="keuzelabel")
            yield Select(se.BEHAALD_KEUZES, value=e.behaald or Select.NULL, prompt="nog niet ingevuld", id="behaald")
            yield Veld("Toelichting", "toelichting", e.toelichting or "", meerregelig=True)
            for nummer, label, waarde in self.kpis:
                yield Veld(label, f"kpi-{nummer}", waarde, placeholder="de behaalde waarde, bijvoorbeeld 85%")
            yield from self.knoppen()

    def on_mount(self) -> None:
        self.begin_bij("#behaald")

    def velden(self) -> dict[str, str]:
        behaald = self.query_one("#behaald", Select).value
        uit = {"behaald": behaald if isinstance(behaald, str) else ""}
        for veld in self.query(Veld):
            uit[veld.naam] = veld.value
        return uit

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    def valideer(self) -> tuple[bool, ActieEvaluatie | None]:
        """(valid, the evaluatie or None when the form is empty); Dutch messages at the fields."""
        assert self.planner.werkset is not None
        try:
            evaluatie = se.evaluatie_uit_formulier(self.planner.werkset, self.actie_id, self.velden())
        except sb.FormulierFout as fout:
            for veld in self.query(Veld):
                veld.meld(fout.velden.get(veld.naam, ""), fout=veld.naam in fout.velden)
            self.fout(next((t for k, t in fout.velden.items() if k not in ("toelichting", "kpi")), ""))
            return False, None
        for veld in self.query(Veld):
            veld.meld("")
        self.fout("")
        return True, evaluatie

    def toepassen(self) -> str | None:
        geldig, evaluatie = self.valideer()
        if not geldig:
            self.weiger()
            return None
        if self.planner.bewerk(se.evaluatie_opslaan, self.actie_id, evaluatie):
            return self.actie_id
        return None
