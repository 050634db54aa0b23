"""The actie form: validates as you type (Dutch messages per field), previews 'wanneer' dates.

'wat' is required (an actie nobody can tell apart is refused); an empty 'wie' or 'wanneer' is
accepted with the warning the checker gives for it.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Label, Select, TextArea

from swvplanner.core.bedrag import bedragen, is_pm
from swvplanner.core.bewerken.jaarplan import nieuw_actie_id
from swvplanner.core.model.jaarplan import ACTIE_STATUSSEN, Actie, Jaarplan
from swvplanner.core.overzichten import wanneer_voorbeeld
from swvplanner.services import bewerken as sb
from swvplanner.tui.screens.formulier import Formulier
from swvplanner.tui.widgets.veld import Veld

TEKSTVELDEN = (
    ("wat", "Wat", True),
    ("resultaat", "Beoogd resultaat", True),
    ("actiepunten", "Actiepunten (hoe)", True),
    ("wie", "Wie", True),
    ("wanneer", "Wanneer", False),
    ("indicator", "Indicator / streefscore", False),
    ("personeel", "Middelen: personeel", False),
    ("financieel", "Middelen: financieel", False),
    ("opmerking", "Opmerking", False),
)


class ActieFormulier(Formulier):
    def __init__(
        self, document: str, actie_id: str | None, onderdeel_id: str | None = None, doel: int | None = None
    ) -> None:
        super().__init__()
        self.document, self.actie_id, self.onderdeel_id, self.doel = document, actie_id, onderdeel_id, doel

    @property
    def plan(self) -> Jaarplan:
        assert self.planner.werkset is not None
        return self.planner.werkset.modellen[self.document]  # type: ignore[return-value]

    def inhoud(self) -> ComposeResult:
        basis = self.plan.actie(self.actie_id) if self.actie_id else None
        self.basis: Actie | None = basis
        self.nieuw_id = self.actie_id or nieuw_actie_id(self.plan, self.onderdeel_id or "actie")
        waarden = (
            {
                "wat": basis.wat,
                "resultaat": basis.resultaat,
                "actiepunten": basis.actiepunten,
                "wie": basis.wie.tekst if basis.wie else None,
                "wanneer": basis.wanneer,
                "indicator": basis.indicator,
                "personeel": basis.middelen.personeel if basis.middelen else None,
                "financieel": basis.middelen.financieel if basis.middelen else None,
                "opmerking": basis.opmerking,
            }
            if basis
            else {}
        )
        with VerticalScroll(classes="dialoog formulier"):
            titel = f"Actie {self.nieuw_id} bewerken" if basis else f"Nieuwe actie {self.nieuw_id}"
            yield Label(titel, classes="dialoogtitel")
            yield Label("Status")
            yield Select(
                [(s, s) for s in ACTIE_STATUSSEN],
                value=basis.status if basis else "gepland",
                allow_blank=False,
                id="status",
            )
            for naam, label, meerregelig in TEKSTVELDEN:
                yield Veld(
                    label,
                    naam,
                    waarden.get(naam) or "",
                    meerregelig=meerregelig,
                    placeholder="bijvoorbeeld: 31 december 2025, jan-apr 2026, Continu" if naam == "wanneer" else "",
                    verplicht=naam in sb.ACTIE_VERPLICHT,
                )
            yield from self.knoppen()

    def on_mount(self) -> None:
        self.begin_bij("#wat")
        self.valideer()

    def velden(self) -> dict[str, str]:
        uit = {naam: self.query_one(f"#veld-{naam}", Veld).value for naam, _, _ in TEKSTVELDEN}
        status = self.query_one("#status", Select).value
        uit["status"] = str(status)
        return uit

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    def valideer(self) -> Actie | None:
        """Check the form as it is now; show Dutch messages at the fields. Pure and fast (no I/O).

        An empty required field turns red only after the first Toepassen, not while the form is new.
        """
        velden = self.velden()
        meldingen: dict[str, str] = {}
        verplicht: set[str] = set()
        actie = None
        try:
            actie = sb.actie_uit_formulier(self.basis, self.nieuw_id, velden, self.planner.werkset.plannen.organisatie)
        except sb.FormulierFout as fout:
            meldingen, verplicht = fout.velden, fout.verplicht
        waarschuwingen = sb.actie_waarschuwingen(velden)
        for naam, _, _ in TEKSTVELDEN:
            veld = self.query_one(f"#veld-{naam}", Veld)
            sleutel = "middelen" if naam in ("personeel", "financieel") else naam
            if sleutel in meldingen and (self.geprobeerd or sleutel not in verplicht):
                veld.meld(meldingen[sleutel], fout=True)
            elif naam in waarschuwingen:
                veld.meld(waarschuwingen[naam], waarschuwing=True)
            elif naam == "wanneer":
                tekst, herkend = wanneer_voorbeeld(velden["wanneer"], None, self.plan.schooljaar, self._regio())
                veld.meld(tekst, waarschuwing=not herkend)
            elif naam == "financieel" and velden["financieel"].strip():
                gevonden = bedragen(velden["financieel"])
                veld.meld(
                    "p.m. (bedrag nog niet bekend)"
                    if is_pm(velden["financieel"])
                    else (
                        "bedrag: "
                        + ", ".join(
                            f"€ {b:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") for b in gevonden
                        )
                        if gevonden
                        else "geen bedrag in euro herkend"
                    )
                )
            else:
                veld.meld("")
        overig = meldingen.get("") or next(
            (v for k, v in meldingen.items() if k not in {n for n, _, _ in TEKSTVELDEN} | {"middelen"}), ""
        )
        self.fout(overig)
        return actie

    def toepassen(self) -> str | None:
        actie = self.valideer()
        if actie is None:
            self.weiger()
            return None
        if self.planner.bewerk(sb.actie_opslaan, self.document, actie, self.onderdeel_id):
            return actie.id
        return None
