"""Edit a kwaliteitskalender item, with a live preview of the dates its 'wanneer' text yields."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, Static, TextArea

from swvplanner.core.model.kwaliteitskalender import KwaliteitskalenderItem
from swvplanner.core.overzichten import besluitvorming_tekst, wanneer_voorbeeld
from swvplanner.core.plannen import KWALITEITSKALENDER
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.services import bewerken as sb
from swvplanner.tui.screens.formulier import Formulier
from swvplanner.tui.widgets.veld import Veld

VELDEN = (
    ("wat", "Wat", False),
    ("wanneer", "Wanneer", False),
    ("anker", "Anker (jaar van een meerjarige cyclus)", False),
    ("wie", "Wie", True),
    ("voorbereiding", "Voorbereiding", True),
    ("opmerking", "Opmerking", True),
    ("grondslag", "Grondslag (artikel en bron, of eigen norm)", True),
)


class KkFormulier(Formulier):
    def __init__(self, item_id: str) -> None:
        super().__init__()
        self.item_id = item_id

    def inhoud(self) -> ComposeResult:
        ws = self.planner.werkset
        assert ws is not None
        kk = ws.modellen[KWALITEITSKALENDER]
        item: KwaliteitskalenderItem = kk.item(self.item_id)  # type: ignore[attr-defined]
        self.basis = item
        self.sj = Schooljaar.van_datum(self.planner.vandaag)
        waarden = {
            "wat": item.wat,
            "wanneer": item.wanneer,
            "anker": str(item.anker) if item.anker else "",
            "wie": item.wie.tekst if item.wie else "",
            "voorbereiding": item.voorbereiding,
            "opmerking": item.opmerking,
            "grondslag": item.grondslag,
        }
        with VerticalScroll(classes="dialoog formulier"):
            yield Label(f"Kwaliteitskalender: {item.id}", classes="dialoogtitel")
            for naam, label, meerregelig in VELDEN:
                yield Veld(
                    label,
                    naam,
                    waarden.get(naam) or "",
                    meerregelig=meerregelig,
                    placeholder="bijvoorbeeld: Jaarlijks voor 1 juli" if naam == "wanneer" else "",
                    verplicht=naam in sb.KK_VERPLICHT,
                )
            yield Static(
                Content.from_markup(
                    "[b]Besluitvorming:[/b] $stappen [dim](aanpassen in kwaliteitskalender.yaml)[/dim]",
                    stappen=besluitvorming_tekst(item, ws.plannen.organisatie) or "—",
                )
            )
            yield from self.knoppen()

    def on_mount(self) -> None:
        self.begin_bij("#wanneer")
        self.valideer()

    def velden(self) -> dict[str, str]:
        return {naam: self.query_one(f"#veld-{naam}", Veld).value for naam, _, _ in VELDEN}

    @on(Input.Changed)
    @on(TextArea.Changed)
    def valideer(self) -> KwaliteitskalenderItem | None:
        """Check the form as it is now (an empty required field turns red after the first Toepassen)."""
        velden = self.velden()
        meldingen: dict[str, str] = {}
        verplicht: set[str] = set()
        item = None
        try:
            item = sb.kk_item_uit_formulier(self.basis, velden)
        except sb.FormulierFout as fout:
            meldingen, verplicht = fout.velden, fout.verplicht
        for naam, _, _ in VELDEN:
            veld = self.query_one(f"#veld-{naam}", Veld)
            if naam in meldingen and (self.geprobeerd or naam not in verplicht):
                veld.meld(meldingen[naam], fout=True)
            elif naam == "wanneer":
                anker = int(velden["anker"]) if velden["anker"].strip().isdigit() else None
                tekst, herkend = wanneer_voorbeeld(velden["wanneer"], anker, self.sj)
                veld.meld(tekst, waarschuwing=not herkend)
            else:
                veld.meld("")
        self.fout(meldingen.get("", ""))
        return item

    def toepassen(self) -> str | None:
        item = self.valideer()
        if item is None:
            self.weiger()
            return None
        if self.planner.bewerk(sb.kk_item_opslaan, item):
            return item.id
        return None
