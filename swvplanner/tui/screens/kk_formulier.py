"""Edit a kwaliteitskalender item, with a live preview of the dates its 'wanneer' text yields."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, Select, Static, TextArea

from swvplanner.core.model.kwaliteitskalender import KwaliteitskalenderItem
from swvplanner.core.overzichten import besluitvorming_tekst, wanneer_voorbeeld
from swvplanner.core.plannen import KWALITEITSKALENDER
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.services import bewerken as sb
from swvplanner.services import structuur as ss
from swvplanner.tui.screens.formulier import Formulier
from swvplanner.tui.widgets.veld import Veld

VELDEN = (
    ("wat", "Wat", False),
    ("wanneer", "Wanneer", False),
    ("anker", "Anker (jaar van een meerjarige cyclus)", False),
    ("wie", "Wie", True),
    ("voorbereiding", "Voorbereiding", True),
    ("opmerking", "Opmerking (meer dan één: een lege regel ertussen)", True),
    ("grondslag", "Grondslag (artikel en bron, of eigen norm)", True),
)


class KkFormulier(Formulier):
    """Edit an item (`item_id`), or make a new one (None): then with its categorie and an id that
    follows 'wat' until it is typed over."""

    def __init__(self, item_id: str | None, categorie: int = 0) -> None:
        super().__init__()
        self.item_id, self.categorie = item_id, categorie

    def inhoud(self) -> ComposeResult:
        ws = self.planner.werkset
        assert ws is not None
        kk = ws.modellen[KWALITEITSKALENDER]
        item: KwaliteitskalenderItem = (
            kk.item(self.item_id)  # type: ignore[attr-defined]
            if self.item_id
            else KwaliteitskalenderItem(id="nieuw", wat="nieuw")  # every field it shows comes from the form
        )
        self.basis = item
        self.sj = Schooljaar.van_datum(self.planner.vandaag)
        waarden = {
            "wat": item.wat,
            "wanneer": item.wanneer,
            "anker": str(item.anker) if item.anker else "",
            "wie": item.wie.tekst if item.wie else "",
            "voorbereiding": item.voorbereiding,
            "opmerking": sb.opmerking_in_formulier(item.opmerking),
            "grondslag": item.grondslag,
        }
        with VerticalScroll(classes="dialoog formulier"):
            yield Label(
                f"Kwaliteitskalender: {item.id}" if self.item_id else "Nieuw kwaliteitskalender-item",
                classes="dialoogtitel",
            )
            if not self.item_id:
                yield Label("Categorie", classes="keuzelabel")
                yield Select(
                    [(naam, i) for i, naam in enumerate(ss.categorieen(ws))],
                    value=self.categorie,
                    allow_blank=False,
                    id="categorie",
                )
            for naam, label, meerregelig in VELDEN:
                if naam == "wanneer" and not self.item_id:
                    yield Veld("Id (volgt 'wat'; daarna vast)", "id", verplicht=True)
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
        self.begin_bij("#wanneer" if self.item_id else "#wat")
        self.valideer()

    def velden(self) -> dict[str, str]:
        return {naam: self.query_one(f"#veld-{naam}", Veld).value for naam, _, _ in VELDEN}

    @on(Input.Changed, "#wat")
    def _wat(self, event: Input.Changed) -> None:
        """A new item's id follows 'wat', until someone types an id of their own."""
        if self.item_id or self.planner.werkset is None:
            return
        self.stel_id_voor(ss.nieuw_kk_id(self.planner.werkset, event.value) if event.value.strip() else "")

    def _nieuw_id(self) -> tuple[str, str | None]:
        """A new item's id as typed, and the message at it (empty, or used by another item)."""
        assert self.planner.werkset is not None
        waarde = self.query_one("#veld-id", Veld).value.strip()
        return waarde, (
            ss.kk_id_bezet(self.planner.werkset, waarde)
            if waarde
            else "verplicht: kleine letters, cijfers en streepjes"
        )

    @on(Input.Changed)
    @on(TextArea.Changed)
    def valideer(self) -> KwaliteitskalenderItem | None:
        """Check the form as it is now (an empty required field turns red after the first Toepassen)."""
        velden = self.velden()
        meldingen: dict[str, str] = {}
        verplicht: set[str] = set()
        item = None
        basis = self.basis
        if not self.item_id:
            nieuw_id, bij_id = self._nieuw_id()
            basis = basis.model_copy(update={"id": nieuw_id or "nieuw"})
        try:
            item = sb.kk_item_uit_formulier(basis, velden, self.planner.werkset.plannen.organisatie)
        except sb.FormulierFout as fout:
            meldingen, verplicht = fout.velden, fout.verplicht
        if not self.item_id:
            if bij_id or "id" in meldingen:
                item = None
                meldingen.setdefault("id", bij_id or "")
            toon = "id" in meldingen and (self.geprobeerd or bool(nieuw_id))  # empty: red after Toepassen
            self.query_one("#veld-id", Veld).meld(meldingen["id"] if toon else "", fout=toon)
        for naam, _, _ in VELDEN:
            veld = self.query_one(f"#veld-{naam}", Veld)
            if naam in meldingen and (self.geprobeerd or naam not in verplicht):
                veld.meld(meldingen[naam], fout=True)
            elif naam == "wanneer":
                anker = int(velden["anker"]) if velden["anker"].strip().isdigit() else None
                tekst, herkend = wanneer_voorbeeld(velden["wanneer"], anker, self.sj, self._regio())
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
        if self.item_id is None:
            categorie = int(self.query_one("#categorie", Select).value)  # type: ignore[arg-type]
            return item.id if self.planner.bewerk(ss.kk_item_toevoegen, categorie, item) else None
        if self.planner.bewerk(sb.kk_item_opslaan, item):
            return item.id
        return None
