"""Forms for a meeting: add one (defaults from the orgaan), and give one another date (it keeps
its id): move it (status 'verplaatst') or correct a wrong date (status unchanged)."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Checkbox, Input, Label, RadioButton, RadioSet, Select, Static

from swvplanner.core.nl_datum import WEEKDAGEN, formatteer_dagen, formatteer_datum
from swvplanner.services import bewerken as sb
from swvplanner.tui.screens.formulier import Formulier
from swvplanner.tui.widgets.veld import Veld


def datum_voorbeeld(veld: Veld, geprobeerd: bool = False) -> bool:
    """Show how the typed date (or range of days) is read; True when it is valid. The date is
    required: empty, it is a hint until the form was submitted once, then an error."""
    tekst = veld.value
    try:
        d, eind = sb.lees_dagen(tekst)
    except ValueError as fout:
        if tekst.strip() or geprobeerd:
            veld.meld(str(fout), fout=True)
        else:
            veld.meld("bijvoorbeeld 8 dec 2025, 13-4-2026 of 2025-12-08; meer dagen: 2-3 okt 2025")
        return False
    tekst = " t/m ".join(f"{WEEKDAGEN[x.weekday()]} {formatteer_datum(x)}" for x in (d, eind) if x is not None)
    veld.meld(f"{tekst} ({(eind - d).days + 1} dagen)" if eind else tekst)
    return True


def _dagen_invoer(datum: date, einddatum: date | None) -> str:
    """The date field's text: '2-10-2025', or for several days '2-10-2025 t/m 3-10-2025'."""
    return " t/m ".join(f"{d.day}-{d.month}-{d.year}" for d in (datum, einddatum) if d is not None)


def tijd_voorbeeld(veld: Veld, standaard: str = "") -> bool:
    tekst = veld.value
    if not tekst.strip():
        veld.meld(f"leeg: de tijd van het orgaan ({standaard})" if standaard else "bijvoorbeeld 19.30-21.30")
        return True
    try:
        t = sb.lees_tijd(tekst)
    except ValueError as fout:
        veld.meld(str(fout), fout=True)
        return False
    veld.meld(t.nl() if t else "")
    return True


class VergaderingFormulier(Formulier):
    """Add a meeting. Time and location start as the orgaan's and follow a change of orgaan."""

    def __init__(self, orgaan: str | None = None) -> None:
        super().__init__()
        self.begin_orgaan = orgaan
        self._bewaren = False
        """Set while ctrl+s applies the form: after the question about a new file it saves too."""

    def inhoud(self) -> ComposeResult:
        ws = self.planner.werkset
        assert ws is not None
        org = ws.plannen.organisatie
        orgaan = self.begin_orgaan or org.overlegorganen[0].id
        self._standaard = self._standaarden(orgaan)
        with VerticalScroll(classes="dialoog formulier"):
            yield Label("Nieuwe vergadering", classes="dialoogtitel")
            yield Label("Overlegorgaan")
            yield Select(
                [(Content(f"{o.kort} – {o.naam}"), o.id) for o in org.overlegorganen],
                value=orgaan,
                allow_blank=False,
                id="orgaan",
            )
            yield Veld("Datum", "datum", placeholder="8 dec 2025", verplicht=True)
            yield Veld("Tijd", "tijd", self._standaard[0], placeholder="19.30-21.30")
            yield Veld("Locatie", "locatie", self._standaard[1])
            yield Veld("Titel (optioneel)", "titel")
            yield Checkbox("Online", id="online")
            yield from self.knoppen()

    def on_mount(self) -> None:
        self.begin_bij("#datum")
        self.valideer()

    def _standaarden(self, orgaan: str) -> tuple[str, str]:
        assert self.planner.werkset is not None
        o = self.planner.werkset.plannen.organisatie.orgaan(orgaan)
        if o is None:
            return "", ""
        tijd = str(o.tijd).replace(":", ".") if o.tijd else ""
        return tijd, o.locatie or ""

    @on(Select.Changed, "#orgaan")
    def _orgaan(self, event: Select.Changed) -> None:
        nieuw = self._standaarden(str(event.value))
        for naam, oud, waarde in (("tijd", self._standaard[0], nieuw[0]), ("locatie", self._standaard[1], nieuw[1])):
            invoer = self.query_one(f"#{naam}", Input)
            if invoer.value == oud:  # not typed over: follow the orgaan
                invoer.value = waarde
        self._standaard = nieuw

    @on(Input.Changed, "#datum")
    @on(Input.Changed, "#tijd")
    def valideer(self) -> bool:
        """Show how date and time are read; True when both are valid."""
        self.fout("")
        return datum_voorbeeld(self.query_one("#veld-datum", Veld), self.geprobeerd) & tijd_voorbeeld(
            self.query_one("#veld-tijd", Veld)
        )

    @on(Input.Submitted)
    def _enter(self) -> None:
        self.action_toepassen()

    def toepassen(self) -> str | None:
        ws = self.planner.werkset
        assert ws is not None
        if not self.valideer():
            self.weiger()
            return None
        try:
            nieuw_id = sb.vergadering_toevoegen(
                ws,
                str(self.query_one("#orgaan", Select).value),
                self.query_one("#datum", Input).value,
                self.query_one("#tijd", Input).value,
                self.query_one("#locatie", Input).value,
                self.query_one("#titel", Input).value,
                self.query_one("#online", Checkbox).value,
            )
        except sb.GeenSchooljaarbestand as geen:
            self._vraag_bestand(geen)
            return None
        except ValueError as fout:
            self.fout(str(fout))
            return None
        self.planner.plannen_gewijzigd()
        self.notify(f"Vergadering {nieuw_id} toegevoegd.")
        return nieuw_id

    def action_toepassen_en_bewaren(self) -> None:
        self._bewaren = True
        super().action_toepassen_en_bewaren()
        self._bewaren = False

    def _vraag_bestand(self, geen: sb.GeenSchooljaarbestand) -> None:
        """The date lies in a schooljaar without a vergaderplanning: ask, then make it and add."""
        from swvplanner.tui.screens.dialogen import vraag_schooljaarbestand

        bewaren = self._bewaren

        def daarna(gemaakt: bool) -> None:
            if not gemaakt:
                self.fout(f"Niet toegevoegd: er is geen vergaderplanning voor {geen.schooljaar}.")
            elif bewaren:
                self.action_toepassen_en_bewaren()
            else:
                self.action_toepassen()

        vraag_schooljaarbestand(self, geen.soort, geen.schooljaar, daarna)


class VerplaatsFormulier(Formulier):
    """Give a meeting another date and/or time; it keeps its id, so calendars update it.

    Two different things, chosen at the top of the form: *verplaatsen* (the meeting moves: status
    'verplaatst', members see the move) and *datum corrigeren* (the date was wrong, e.g. a typo in
    the year: the status stays, the adoption diff says 'datum gewijzigd').
    """

    def __init__(self, vergadering_id: str, corrigeren: bool = False) -> None:
        super().__init__()
        self.vergadering_id = vergadering_id
        self.corrigeren = corrigeren

    def inhoud(self) -> ComposeResult:
        ws = self.planner.werkset
        assert ws is not None
        v = sb.vergadering(ws, self.vergadering_id)
        o = ws.plannen.organisatie.orgaan(v.orgaan)
        self._kort = o.kort if o else v.orgaan
        self._orgaan_tijd = str(o.tijd).replace(":", ".") if o and o.tijd else ""
        with VerticalScroll(classes="dialoog formulier"):
            yield Label(Content(self._titel()), id="formuliertitel", classes="dialoogtitel")
            nu = formatteer_dagen(v.datum, v.einddatum) if v.datum else (v.herhaling or v.wanneer or "")
            yield Static(f"Nu: {nu}  {v.id}", markup=False)
            with RadioSet(id="soort", compact=True):
                yield RadioButton(
                    "Verplaatsen: gaat naar een andere dag; leden zien 'verplaatst'",
                    value=not self.corrigeren,
                    id="verplaatsen",
                )
                yield RadioButton(
                    "Datum corrigeren: de datum stond verkeerd (tikfout); status blijft",
                    value=self.corrigeren,
                    id="corrigeren",
                )
            yield Veld(
                "Datum",
                "datum",
                _dagen_invoer(v.datum, v.einddatum) if v.datum else "",
                placeholder="8 dec 2025",
                verplicht=True,
            )
            yield Veld("Tijd", "tijd", str(v.tijd).replace(":", ".") if v.tijd else "", placeholder="19.30-21.30")
            yield from self.knoppen()

    def _titel(self) -> str:
        return f"Vergadering {self._kort} {'datum corrigeren' if self.corrigeren else 'verplaatsen'}"

    def on_mount(self) -> None:
        self.begin_bij("#datum")
        self.query_one("#datum", Input).action_select_all()
        self.valideer()

    @on(RadioSet.Changed, "#soort")
    def _soort(self, event: RadioSet.Changed) -> None:
        self.corrigeren = event.pressed.id == "corrigeren"
        self.query_one("#formuliertitel", Label).update(Content(self._titel()))

    @on(Input.Changed, "#datum")
    @on(Input.Changed, "#tijd")
    def valideer(self) -> bool:
        self.fout("")
        return datum_voorbeeld(self.query_one("#veld-datum", Veld), self.geprobeerd) & tijd_voorbeeld(
            self.query_one("#veld-tijd", Veld), self._orgaan_tijd
        )

    @on(Input.Submitted)
    def _enter(self) -> None:
        self.action_toepassen()

    def toepassen(self) -> str | None:
        ws = self.planner.werkset
        assert ws is not None
        if not self.valideer():
            self.weiger()
            return None
        try:
            sb.vergadering_verplaatsen(
                ws,
                self.vergadering_id,
                self.query_one("#datum", Input).value,
                self.query_one("#tijd", Input).value,
                als_verplaatst=not self.corrigeren,
            )
        except ValueError as fout:
            self.fout(str(fout))
            return None
        self.planner.plannen_gewijzigd()
        return self.vergadering_id
