"""The start screen: meetings in the next six weeks, deadlines, overdue acties, checks, git."""

from __future__ import annotations

from collections.abc import Iterable

from rich.markup import escape
from rich.table import Table
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from swvplanner.tui.screens.basis import PlanScherm
from swvplanner.tui.widgets.afkappen import Afgekapt


def formatteer_datum(d: object, kort: bool = False) -> str:
    from swvplanner.core.nl_datum import formatteer_datum as f

    return f(d, kort=kort)  # type: ignore[arg-type]


def _dag(d: object) -> str:
    return formatteer_datum(d, kort=True)  # type: ignore[arg-type]


class OverzichtScherm(PlanScherm):
    NAAM = "overzicht"

    def inhoud(self) -> Iterable[Widget]:
        with VerticalScroll(id="overzicht"):
            yield Static(id="kop", classes="kop")
            yield Static(id="vergaderingen")
            yield Static(id="deadlines")
            yield Static(id="achterstallig")
            yield Static(id="controles")
            yield Static(id="git")

    def ververs(self) -> None:
        from swvplanner.core.vooruitblik import vooruitblik

        ws = self.werkset
        assert ws is not None
        plannen = ws.plannen
        vandaag = self.planner.vandaag
        v = vooruitblik(plannen, vandaag)
        self.query_one("#kop", Static).update(
            f"[b]{escape(plannen.organisatie.naam)}[/b]\nvandaag {formatteer_datum(vandaag)} · "
            f"schooljaren {', '.join(str(s) for s in plannen.schooljaren()) or 'geen'}")
        t = Table(title=f"Vergaderingen tot {_dag(v.tot)}", title_justify="left", expand=True, box=None,
                  show_edge=False, pad_edge=False)
        for kop, ratio in (("Datum", None), ("Tijd", None), ("Orgaan", 3), ("Waar", 1), ("", None)):
            t.add_column(kop, ratio=ratio, no_wrap=True)
        for k in v.vergaderingen:
            status = "" if k.status == "gepland" else k.status
            naam = k.orgaan + (f" – {k.titel}" if k.titel else "")
            stijl = "strike dim" if k.status == "geannuleerd" else ""
            t.add_row(_dag(k.datum), str(k.tijd.start.strftime("%H.%M")) if k.tijd else "", Afgekapt(naam),
                      Afgekapt(k.locatie or ""), status, style=stijl)
        self.query_one("#vergaderingen", Static).update(
            t if v.vergaderingen else "[b]Vergaderingen[/b]\nGeen vergaderingen in de komende zes weken.")
        self.query_one("#deadlines", Static).update(self._deadlines("Deadlines (kwaliteitskalender en acties)",
                                                                   v.deadlines, "Geen deadlines in de komende zes "
                                                                   "weken."))
        self.query_one("#achterstallig", Static).update(self._deadlines(
            f"Acties over tijd ({len(v.achterstallig)})", v.achterstallig, "Geen acties over tijd."))
        self.controles_bijgewerkt()
        self.git_bijgewerkt()

    @staticmethod
    def _deadlines(titel: str, regels: list, leeg: str) -> object:  # type: ignore[type-arg]
        if not regels:
            return f"\n[b]{titel}[/b]\n{leeg}"
        t = Table(title=titel, title_justify="left", expand=True, box=None, show_edge=False, pad_edge=False)
        t.add_column("Uiterlijk", no_wrap=True)
        t.add_column("Wat", no_wrap=True, ratio=1)
        t.add_column("", no_wrap=True)
        for d in regels:
            t.add_row(_dag(d.datum), Afgekapt(d.wat), "actie, " + d.status if d.soort == "actie" else "kwaliteitskal.")
        return t

    def controles_bijgewerkt(self) -> None:
        gevonden = self.planner.gevonden
        doel = self.query_one("#controles", Static)
        if gevonden is None:
            doel.update("\n[b]Controles[/b]\nbezig…")
            return
        per_code: dict[str, int] = {}
        for g in gevonden:
            per_code[f"{g.bevinding.ernst} {g.bevinding.code}"] = per_code.get(
                f"{g.bevinding.ernst} {g.bevinding.code}", 0) + 1
        if not gevonden:
            doel.update("\n[b]Controles[/b]\n[green]Geen bevindingen: de plannen zijn in orde.[/green]")
            return
        regels = ", ".join(f"{n}× {k}" for k, n in sorted(per_code.items()))
        doel.update(f"\n[b]Controles[/b] ({len(gevonden)} bevindingen, 5 toont ze)\n{escape(regels)}")

    def git_bijgewerkt(self) -> None:
        git = self.planner.git
        doel = self.query_one("#git", Static)
        if git is None:
            doel.update("\n[b]Git[/b]\nbezig…")
        elif not git.in_git:
            doel.update("\n[b]Git[/b]\nDe planmap staat niet in een git-repository.")
        else:
            gewijzigd = (f"[yellow]{len(git.gewijzigd)} bestand(en) niet vastgelegd:[/yellow] "
                         + escape(", ".join(git.gewijzigd)) + " (ctrl+g legt vast)") if git.gewijzigd \
                else "[green]alles vastgelegd[/green]"
            doel.update(f"\n[b]Git[/b] tak {escape(git.tak or '(los)')}, laatste: "
                        f"{escape(git.laatste_commit or 'nog geen')}\n{gewijzigd}" + self._vaststelling())

    def _vaststelling(self) -> str:
        """One line per document that needs adoption: adopted when, and whether changes wait."""
        stand = self.planner.vaststelling
        if stand is None:
            fout = self.planner.vaststelling_fout
            return f"\n\n[b]Vaststelling[/b]\n[red]{escape(fout)}[/red]" if fout else ""
        regels = ["\n\n[b]Vaststelling[/b] (6 toont de wijzigingen)"]
        for d in stand.documenten:
            tag = d.tag
            if tag is None:
                regels.append(f"{d.document}: [red]nog nooit vastgesteld[/red]")
            elif d.wijzigingen:
                regels.append(f"{d.document}: vastgesteld {tag.datum:%d-%m-%Y}, [yellow]{len(d.wijzigingen)} "
                              "wijziging(en) wachten op vaststelling[/yellow]")
            else:
                regels.append(f"{d.document}: [green]vastgesteld {tag.datum:%d-%m-%Y}, ongewijzigd[/green]")
        return "\n".join(regels)
