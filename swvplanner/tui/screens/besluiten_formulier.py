"""The form to record what a meeting decided: per agenda point the uitkomst and the besluit, who was
present, the actiepunten (what, who, by when, status) and a new actiepunt."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Label, Select, Static

from swvplanner.core.fouten import Fout
from swvplanner.core.model.vergaderingen import ACTIEPUNTSTATUSSEN, UITKOMST_NL, UITKOMSTEN
from swvplanner.core.nl_datum import formatteer_dagen
from swvplanner.core.overzichten import agendapunt_tekst
from swvplanner.services import bewerken as sb
from swvplanner.services.besluiten import actiepunt_velden, besluiten_vastleggen
from swvplanner.tui.screens.formulier import Formulier
from swvplanner.tui.widgets.veld import Veld


class BesluitenFormulier(Formulier):
    """Besluiten, aanwezigen and actiepunten of one meeting, saved like the other forms."""

    def __init__(self, vergadering_id: str) -> None:
        super().__init__()
        self.vergadering_id = vergadering_id

    def inhoud(self) -> ComposeResult:
        ws = self.planner.werkset
        assert ws is not None
        v = sb.vergadering(ws, self.vergadering_id)
        org = ws.plannen.organisatie
        o = org.orgaan(v.orgaan)
        dag = formatteer_dagen(v.datum, v.einddatum) if v.datum else (v.herhaling or v.wanneer or "")
        self._punten = len(v.agenda)
        self._actiepunten = len(v.actiepunten)
        with VerticalScroll(classes="dialoog formulier"):
            yield Label(f"Besluiten {o.kort if o else v.orgaan} {dag}", classes="dialoogtitel", markup=False)
            if not v.agenda:
                yield Static("Deze vergadering heeft geen agendapunten (g: agenda kiezen).", markup=False)
            keuzes = [(UITKOMST_NL[u], u) for u in UITKOMSTEN]
            for i, p in enumerate(v.agenda):
                yield Label(agendapunt_tekst(p, ws.plannen), markup=False)
                yield Select(keuzes, value=p.uitkomst or Select.NULL, prompt="geen uitkomst", id=f"uitkomst-{i}")
                yield Input(p.besluit or "", placeholder="besluit (vrije tekst)", id=f"besluit-{i}")
            a = v.aanwezig
            yield Veld(
                "Aanwezig: rollen (komma's)",
                "rollen",
                ", ".join(a.rollen) if a else "",
                placeholder="bijvoorbeeld: secretariaat",
            )
            yield Veld("Aanwezig: namen (komma's)", "namen", ", ".join(a.namen) if a else "")
            for j, ap in enumerate(v.actiepunten, start=1):
                wat, wie, wanneer, status = actiepunt_velden(ap)
                yield Veld(f"Actiepunt {j}: wat", f"ap{j}-wat", wat)
                yield Veld("Wie", f"ap{j}-wie", wie)
                yield Veld("Uiterlijk", f"ap{j}-wanneer", wanneer, placeholder="bijvoorbeeld: 1 mei 2026")
                yield Label("Status", classes="veldlabel")
                yield Select([(s, s) for s in ACTIEPUNTSTATUSSEN], value=status, allow_blank=False, id=f"ap{j}-status")
            yield Veld("Nieuw actiepunt: wat", "ap-wat")
            yield Veld("Wie", "ap-wie", placeholder="bijvoorbeeld: Secretariaat")
            yield Veld("Uiterlijk", "ap-wanneer", placeholder="bijvoorbeeld: 1 mei 2026")
            yield from self.knoppen()

    def on_mount(self) -> None:
        self.begin_bij("#uitkomst-0" if self._punten else "#rollen")

    @on(Input.Submitted)
    def _enter(self) -> None:
        self.action_toepassen()

    def toepassen(self) -> str | None:
        ws = self.planner.werkset
        assert ws is not None

        def waarde(selector: str) -> str:
            return self.query_one(selector, Input).value

        uitkomsten = []
        for i in range(self._punten):
            u = self.query_one(f"#uitkomst-{i}", Select).value
            uitkomsten.append(("" if u is Select.NULL else str(u), waarde(f"#besluit-{i}")))
        bestaande = [
            (
                waarde(f"#ap{j}-wat"),
                waarde(f"#ap{j}-wie"),
                waarde(f"#ap{j}-wanneer"),
                str(self.query_one(f"#ap{j}-status", Select).value),
            )
            for j in range(1, self._actiepunten + 1)
        ]
        try:
            besluiten_vastleggen(
                ws,
                self.vergadering_id,
                uitkomsten,
                waarde("#rollen"),
                waarde("#namen"),
                bestaande,
                (waarde("#ap-wat"), waarde("#ap-wie"), waarde("#ap-wanneer")),
            )
        except (Fout, ValueError) as fout:
            self.fout(str(fout))
            return None
        self.planner.plannen_gewijzigd()
        return self.vergadering_id
