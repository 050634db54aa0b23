"""Wijzigingen: per document the changes since its last adoption; a goedkeurder adopts from here."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.markup import escape
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from swvplanner.tui.screens.basis import PlanScherm


class WijzigingenScherm(PlanScherm):
    NAAM = "wijzigingen"
    AUTO_FOCUS = "#wijzigingen"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("v", "app.vaststellen", "Vaststellen"),
        Binding("r", "app.ververs_git", "Vernieuwen"),
    ]

    def inhoud(self) -> Iterable[Widget]:
        with VerticalScroll(id="wijzigingen", can_focus=True):
            yield Static(id="wijzigingen-tekst", classes="kop")

    def ververs(self) -> None:
        self.git_bijgewerkt()

    def git_bijgewerkt(self) -> None:
        self.query_one("#wijzigingen-tekst", Static).update(wijzigingen_tekst(self.planner))


def wijzigingen_tekst(app: object) -> str:
    git = getattr(app, "git", None)
    if git is None:
        return "Git wordt gelezen…"
    if not git.in_git:
        return "De planmap staat niet in een git-repository: vaststellen gaat via git (zie de README)."
    fout = getattr(app, "vaststelling_fout", None)
    if fout:
        return f"[red]De vastgestelde versies konden niet worden gelezen:[/red] {escape(fout)}"
    stand = getattr(app, "vaststelling", None)
    if stand is None:
        return "Bezig…"
    regels = []
    ws = getattr(app, "werkset", None)
    if ws is not None and ws.gewijzigd:
        regels.append("[yellow]Let op: niet-bewaarde wijzigingen tellen nog niet mee (ctrl+s).[/yellow]\n")
    if git.gewijzigd:
        regels.append(f"[yellow]{len(git.gewijzigd)} bestand(en) nog niet vastgelegd in git (ctrl+g); vaststellen "
                      "kan pas als alles is vastgelegd.[/yellow]\n")
    if not stand.documenten:
        regels.append("Geen documenten die vastgesteld moeten worden (zie 'vaststelling' in swv.yaml).")
    for d in stand.documenten:
        tag = d.tag
        kop = f"[b]{d.document}[/b]: "
        if tag is None:
            kop += "[red]nog nooit vastgesteld[/red]"
        elif d.wijzigingen:
            kop += (f"[yellow]{len(d.wijzigingen)} wijziging(en) sinds de vaststelling van "
                    f"{tag.datum:%d-%m-%Y}[/yellow] door {escape(tag.door_naam)}")
        else:
            kop += f"[green]vastgesteld op {tag.datum:%d-%m-%Y}[/green] door {escape(tag.door_naam)}, ongewijzigd"
        regels.append(kop)
        regels.extend(f"  • {escape(w.tekst)}" for w in d.wijzigingen[:200])
        if len(d.wijzigingen) > 200:
            regels.append(f"  … en {len(d.wijzigingen) - 200} meer (swvplanner diff)")
        regels.append("")
    if stand.goedkeurder:
        regels.append(f"U bent goedkeurder ({escape(stand.goedkeurder)}): v stelt een document vast.")
    else:
        regels.append(f"[dim]Vaststellen kan alleen een goedkeurder uit swv.yaml (u bent "
                      f"{escape(stand.gebruiker or 'onbekend in git')}).[/dim]")
    return "\n".join(regels)
