"""Jaarplan: the tree onderdeel → doel → actie with a detail panel; edit, status, voortgang."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, Select, Static, Tree
from textual.widgets.tree import TreeNode

from swvplanner.core.model.jaarplan import ACTIE_STATUSSEN, Jaarplan, Onderdeel
from swvplanner.core.nl_datum import formatteer_datum
from swvplanner.core.overzichten import actie_past
from swvplanner.core.plannen import JAARPLAN, actie_document, is_jaarplan, jaarplan_sleutel
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.services import bewerken as sb
from swvplanner.services import structuur as ss
from swvplanner.tui.screens.basis import PlanScherm
from swvplanner.tui.widgets.boom import Boom
from swvplanner.tui.widgets.filter import volgende_filter
from swvplanner.tui.widgets.jaarplan_detail import STATUS_TEKEN, actie_detail, actie_label, onderdeel_detail


class JaarplanScherm(PlanScherm):
    NAAM = "jaarplan"
    AUTO_FOCUS = "#boom"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "nieuw", "Nieuwe actie"),
        Binding("o", "nieuw_onderdeel", "Onderdeel", show=False),  # in the help, the keys panel and the palette
        Binding("e", "bewerk", "Bewerken"),
        Binding("s", "status", "Status"),  # one step: gepland → lopend → gereed
        Binding("S", "status_kiezen", "Status kiezen", show=False),  # in the help and the keys panel
        Binding("p", "voortgang", "Voortgang"),
        Binding("v", "evaluatie", "Evaluatie", show=False),  # in the help, the keys panel and the palette
        Binding("delete", "verwijder", "Verwijderen", show=False),
        Binding("slash", "zoek", "Zoeken", show=False),
        Binding("w", "filter_wie", "Filter wie", show=False),
        Binding("f", "filter_status", "Filter status", show=False),
        Binding("escape", "terug", "Terug", show=False),
    ]
    _dicht: set[str] | None = None
    """The jaarplannen (document names) shown closed; set at the first view (see `ververs`)."""

    def inhoud(self) -> Iterable[Widget]:
        with Horizontal(classes="filterbalk"):
            yield Input(placeholder="Zoeken… (/)", id="zoek")
            yield Input(placeholder="Wie… (w)", id="wie")
            yield Select([(s, s) for s in ACTIE_STATUSSEN], prompt="Alle statussen", id="status")
        with Horizontal(id="jaarplan-inhoud"):
            yield Boom("Jaarplannen", id="boom")
            with VerticalScroll(id="jaarplan-detail"):
                yield Static(id="detail", classes="detail")

    def on_mount(self) -> None:
        self.query_one("#boom", Tree).show_root = False
        super().on_mount()

    # --- showing -------------------------------------------------------------------------

    def _filters(self) -> tuple[str, str | None, str]:
        status = self.query_one("#status", Select).value
        return (
            self.query_one("#wie", Input).value,
            status if isinstance(status, str) else None,
            self.query_one("#zoek", Input).value,
        )

    def ververs(self) -> None:
        ws = self.werkset
        assert ws is not None
        boom: Tree[Any] = self.query_one("#boom", Tree)
        gekozen = boom.cursor_node.data if boom.cursor_node is not None else None
        wie, status, zoek = self._filters()
        gefilterd = bool(wie or status or zoek)
        # Build the nodes as (depth, label, data, leaf); when only labels changed (a status, a text),
        # update the existing nodes in place so the cursor and scroll position stay put.
        nodes: list[tuple[int, Text, tuple[Any, ...], bool]] = []
        for naam in sorted(n for n in ws.modellen if is_jaarplan(n)):
            plan: Jaarplan = ws.modellen[naam]  # type: ignore[assignment]
            nodes.append((0, Text(f"Jaarplan {plan.schooljaar}", style="bold"), ("plan", naam, None), False))
            for o in plan.onderdelen:
                self._onderdeel(nodes, 1, naam, o, (wie, status, zoek), gefilterd)
        if self._dicht is None:  # first view: this schooljaar's jaarplan open, the other years closed
            namen = [n[2][1] for n in nodes if n[0] == 0]
            huidig = jaarplan_sleutel(Schooljaar.van_datum(self.planner.vandaag))
            self._dicht = {n for n in namen if n != huidig} if huidig in namen else set()
        bestaand = list(self._alle(boom.root))
        if [k.data for k in bestaand] == [n[2] for n in nodes]:
            for knoop, (_, label, _, _) in zip(bestaand, nodes, strict=True):
                knoop.set_label(label)
            self._toon_detail()
            return
        boom.clear()
        ouders: list[TreeNode[Any]] = [boom.root]
        doelwit: TreeNode[Any] | None = None
        for diepte, label, data, blad in nodes:
            del ouders[diepte + 1 :]
            ouder = ouders[diepte]
            open_ = diepte > 0 or gefilterd or data[1] not in self._dicht
            knoop = ouder.add_leaf(label, data=data) if blad else ouder.add(label, data=data, expand=open_)
            ouders.append(knoop)
            if data == gekozen:
                doelwit = knoop
        jaren = [k for k in boom.root.children if k.is_expanded] or list(boom.root.children)
        doelwit = doelwit or next(iter(jaren), None)
        if doelwit is not None:
            self.call_after_refresh(boom.move_cursor, doelwit)
        self._toon_detail()

    def _alle(self, knoop: TreeNode[Any]) -> Iterable[TreeNode[Any]]:
        for kind in knoop.children:
            yield kind
            yield from self._alle(kind)

    def _onderdeel(
        self,
        nodes: list[tuple[int, Text, tuple[Any, ...], bool]],
        diepte: int,
        doc: str,
        o: Onderdeel,
        filters: tuple[str, str | None, str],
        gefilterd: bool,
    ) -> None:
        begin = len(nodes)
        titel = f"{o.nummer + ' ' if o.nummer else ''}{o.titel}"
        nodes.append((diepte, Text(titel), ("onderdeel", doc, o.id), False))
        for i, doel in enumerate(o.doelen):
            acties = [a for a in doel.acties if actie_past(a, *filters)]
            if gefilterd and not acties:
                continue
            nodes.append(
                (diepte + 1, Text(f"Doel: {doel.tekst.splitlines()[0]}", style="italic"), ("doel", doc, o.id, i), False)
            )
            nodes.extend((diepte + 2, actie_label(a), ("actie", doc, a.id), True) for a in acties)
        nodes.extend(
            (diepte + 1, actie_label(a), ("actie", doc, a.id), True) for a in o.acties if actie_past(a, *filters)
        )
        for kind in o.onderdelen:
            self._onderdeel(nodes, diepte + 1, doc, kind, filters, gefilterd)
        if gefilterd and len(nodes) == begin + 1:
            del nodes[begin:]

    def _gekozen(self) -> tuple[Any, ...] | None:
        knoop = self.query_one("#boom", Tree).cursor_node
        return knoop.data if knoop is not None else None

    def _toon_detail(self) -> None:
        data = self._gekozen()
        detail = self.query_one("#detail", Static)
        ws = self.werkset
        if ws is None or data is None:
            detail.update("Geen acties die aan het filter voldoen." if ws else "")
            return
        plan: Jaarplan = ws.modellen[data[1]]  # type: ignore[assignment]
        if data[0] == "actie":
            a = plan.actie(data[2])
            detail.update(actie_detail(a, ws.plannen.organisatie) if a else "")
        elif data[0] in ("onderdeel", "doel"):
            o = next((x for x in plan.alle_onderdelen() if x.id == data[2]), None)
            doel = data[3] if data[0] == "doel" else None
            detail.update(onderdeel_detail(o, doel, ws.plannen.organisatie) if o else "")
        else:
            titel = plan.titel or "Jaarplan"
            titel += "" if str(plan.schooljaar) in titel else f" {plan.schooljaar}"
            stand = (
                f"vastgesteld op {formatteer_datum(plan.vastgesteld)}"
                if plan.vastgesteld
                else "concept: nog niet vastgesteld"
            )
            inhoud = Content.from_markup(
                "[b]$titel[/b]\n$stand\n$n acties", titel=titel, stand=stand, n=sum(1 for _ in plan.acties())
            )
            if (op := ws.plannen.organisatie.ondersteuningsplan) is not None:
                vastgesteld = f", vastgesteld op {formatteer_datum(op.vastgesteld)}" if op.vastgesteld else ""
                inhoud += Content.from_markup(
                    "\n[b]OP:[/b] $op ($periode$vastgesteld)",
                    op=op.titel,
                    periode=op.periode,
                    vastgesteld=vastgesteld,
                )
            detail.update(inhoud)

    @on(Tree.NodeExpanded, "#boom")
    @on(Tree.NodeCollapsed, "#boom")
    def _jaar_open_dicht(self, event: Tree.NodeExpanded[Any] | Tree.NodeCollapsed[Any]) -> None:
        """Remember which years the secretary closed, so a refresh keeps them closed."""
        data = event.node.data
        if data and data[0] == "plan" and self._dicht is not None:
            (self._dicht.add if isinstance(event, Tree.NodeCollapsed) else self._dicht.discard)(data[1])

    @on(Tree.NodeHighlighted, "#boom")
    def _knoop(self) -> None:
        self._toon_detail()

    @on(Tree.NodeSelected, "#boom")
    def _gekozen_knoop(self, event: Tree.NodeSelected[Any]) -> None:
        if event.node.data and event.node.data[0] == "actie":
            self.action_bewerk()

    @on(Input.Changed, "#zoek")
    @on(Input.Changed, "#wie")
    @on(Select.Changed, "#status")
    def _filter(self) -> None:
        if self.werkset is not None:
            self._getoond = None
            self.ververs()

    def selecteer(self, soort: str, ident: str) -> None:
        """Show this actie or onderdeel (clearing filters that hide it) — used by 'go to finding'."""
        boom: Tree[Any] = self.query_one("#boom", Tree)
        for _ in range(2):
            knoop = next(
                (k for k in self._alle(boom.root) if k.data and k.data[0] == soort and k.data[2] == ident), None
            )
            if knoop is not None:
                boom.move_cursor(knoop)
                boom.scroll_to_node(knoop)
                boom.focus()
                return
            self.query_one("#zoek", Input).value = ""
            self.query_one("#wie", Input).value = ""
            self.query_one("#status", Select).clear()
            self.ververs()

    # --- actions -------------------------------------------------------------------------

    def _actie_id(self) -> str | None:
        data = self._gekozen()
        if data is None or data[0] != "actie":
            self.notify("Kies eerst een actie in de boom.", severity="warning", timeout=3)
            return None
        return str(data[2])

    def action_status(self) -> None:
        """One step along gepland → lopend → gereed; at gereed (or off that path) say so and stay."""
        actie_id = self._actie_id()
        if actie_id is None or self.werkset is None:
            return
        if reden := sb.geen_volgende_status(self.werkset, actie_id):
            self.notify(f"{reden} Een andere status kiest u met S.", timeout=4)
        elif status := self.planner.bewerk(sb.actie_status_volgende, actie_id):
            self.notify(f"Status: {status}", timeout=2)

    def action_status_kiezen(self) -> None:
        """Any status (also uitgesteld, vervallen, or back), from a short list."""
        from swvplanner.tui.screens.dialogen import Lijstkeuze

        actie_id = self._actie_id()
        if actie_id is None or self.werkset is None:
            return
        huidig = sb.actie(self.werkset, actie_id).status

        def klaar(status: str | None) -> None:
            if status and status != huidig and self.planner.bewerk(sb.actie_status, actie_id, status):
                self.notify(f"Status: {status}", timeout=2)

        keuzes = [(s, f"{STATUS_TEKEN[s]} {s}" + ("  (nu)" if s == huidig else "")) for s in ACTIE_STATUSSEN]
        self.app.push_screen(Lijstkeuze(f"Status van {actie_id}", keuzes, huidig), klaar)

    def action_voortgang(self) -> None:
        from swvplanner.tui.screens.dialogen import TekstVraag

        actie_id = self._actie_id()
        if actie_id is None:
            return

        def klaar(tekst: str | None) -> None:
            if tekst:
                self.planner.bewerk(sb.actie_voortgang, actie_id, tekst, self.planner.vandaag)

        self.app.push_screen(TekstVraag("Voortgang vastleggen", f"Voortgang van {actie_id} (vandaag):"), klaar)

    def action_evaluatie(self) -> None:
        from swvplanner.tui.screens.evaluatie_formulier import EvaluatieFormulier

        if (actie_id := self._actie_id()) is not None:
            self.app.push_screen(EvaluatieFormulier(actie_id), self._na_formulier)

    def action_bewerk(self) -> None:
        from swvplanner.tui.screens.actie_formulier import ActieFormulier

        actie_id = self._actie_id()
        if actie_id is not None and self.werkset is not None:
            self.app.push_screen(
                ActieFormulier(actie_document(self.werkset.modellen, actie_id), actie_id), self._na_formulier
            )

    def action_nieuw(self) -> None:
        from swvplanner.tui.screens.actie_formulier import ActieFormulier

        data = self._gekozen()
        if data is None or data[0] == "plan" or self.werkset is None:
            self.notify("Kies eerst het onderdeel waar de actie onder valt.", severity="warning", timeout=3)
            return
        doc = data[1]
        onderdeel_id = data[2] if data[0] in ("onderdeel", "doel") else self._onderdeel_van(doc, data[2])
        doel = data[3] if data[0] == "doel" else None
        self.app.push_screen(ActieFormulier(doc, None, onderdeel_id, doel), self._na_formulier)

    def _onderdeel_van(self, doc: str, actie_id: str) -> str | None:
        plan: Jaarplan = self.werkset.modellen[doc]  # type: ignore[assignment,union-attr]
        return next((o.id for o, a in plan.acties_met_onderdeel() if a.id == actie_id), None)

    def _na_formulier(self, actie_id: str | None) -> None:
        self.ververs_als_nodig()
        if actie_id:  # after the rebuilt tree restored its cursor (call_after_refresh in ververs)
            self.call_after_refresh(self.selecteer, "actie", actie_id)

    def action_nieuw_onderdeel(self) -> None:
        """o: a new onderdeel in the jaarplan the cursor is in (inside the onderdeel it is on, if any)."""
        from swvplanner.tui.screens.onderdeel_formulier import OnderdeelFormulier

        data = self._gekozen()
        ws = self.werkset
        documenten = sorted(n for n in ws.modellen if is_jaarplan(n)) if ws is not None else []
        if not documenten:  # a first jaarplan for today's schooljaar, after a question
            from swvplanner.tui.screens.dialogen import vraag_schooljaarbestand

            sj = Schooljaar.van_datum(self.planner.vandaag)
            vraag_schooljaarbestand(self, JAARPLAN, sj, lambda gemaakt: gemaakt and self.action_nieuw_onderdeel())
            return
        doc = data[1] if data is not None else documenten[-1]
        ouder = data[2] if data is not None and data[0] in ("onderdeel", "doel") else None

        def klaar(onderdeel_id: str | None) -> None:
            self.ververs_als_nodig()
            if onderdeel_id:
                self.call_after_refresh(self.selecteer, "onderdeel", onderdeel_id)

        self.app.push_screen(OnderdeelFormulier(doc, ouder), klaar)

    def _verwijder_onderdeel(self, doc: str, onderdeel_id: str) -> None:
        """Delete on an onderdeel: refused while its acties are on an agenda, else after a question
        that says what goes with it."""
        from swvplanner.tui.screens.dialogen import Keuze

        ws = self.werkset
        assert ws is not None
        if reden := ss.onderdeel_weigering(ws, doc, onderdeel_id):
            self.notify(reden, title="Niet verwijderd", severity="warning", timeout=10)
            return

        def klaar(keuze: str | None) -> None:
            if keuze == "verwijderen" and self.planner.bewerk(ss.onderdeel_verwijderen, doc, onderdeel_id):
                self.notify(f"Onderdeel {onderdeel_id} verwijderd (ctrl+z maakt het ongedaan).")

        vraag = ss.onderdeel_vraag(ws, doc, onderdeel_id)
        self.app.push_screen(Keuze(vraag, [("verwijderen", "Verwijderen"), ("annuleren", "Niet verwijderen")]), klaar)

    def action_verwijder(self) -> None:
        from swvplanner.tui.screens.dialogen import Keuze

        data = self._gekozen()
        if data is not None and data[0] == "onderdeel" and self.werkset is not None:
            self._verwijder_onderdeel(data[1], data[2])
            return
        actie_id = self._actie_id()
        if actie_id is None:
            return

        def klaar(keuze: str | None) -> None:
            if keuze == "verwijderen" and self.planner.bewerk(sb.actie_verwijderen, actie_id):
                self.notify(f"Actie {actie_id} verwijderd (ctrl+z maakt het ongedaan).")

        self.app.push_screen(
            Keuze(f"Actie {actie_id} verwijderen?", [("verwijderen", "Verwijderen"), ("annuleren", "Annuleren")]), klaar
        )

    def action_zoek(self) -> None:
        self.query_one("#zoek", Input).focus()

    def action_filter_wie(self) -> None:
        self.query_one("#wie", Input).focus()

    def action_terug(self) -> None:
        self.query_one("#boom", Tree).focus()

    def action_filter_status(self) -> None:
        volgende = volgende_filter(self.query_one("#status", Select), ACTIE_STATUSSEN)
        self.notify(f"Filter status: {volgende or 'alle'}", timeout=2)
