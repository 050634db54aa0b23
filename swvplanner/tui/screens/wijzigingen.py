"""Wijzigingen: per document the changes since its last adoption; a goedkeurder adopts from here."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
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


def wijzigingen_tekst(app: object) -> Content:
    git = getattr(app, "git", None)
    if git is None:
        return Content("Git wordt gelezen…")
    if not git.in_git:
        return Content("De planmap staat niet in een git-repository: vaststellen gaat via git (zie de README).")
    fout = getattr(app, "vaststelling_fout", None)
    if fout:
        return Content.from_markup("[red]De vastgestelde versies konden niet worden gelezen:[/red] $fout", fout=fout)
    stand = getattr(app, "vaststelling", None)
    if stand is None:
        return Content("Bezig…")
    regels: list[Content] = []
    ws = getattr(app, "werkset", None)
    if ws is not None and ws.gewijzigd:
        regels.append(Content.from_markup(
            "[yellow]Let op: niet-bewaarde wijzigingen tellen nog niet mee (ctrl+s).[/yellow]\n"))
    if git.gewijzigd:
        regels.append(Content.from_markup(
            "[yellow]$n bestand(en) nog niet vastgelegd in git (ctrl+g); vaststellen kan pas als alles is "
            "vastgelegd.[/yellow]\n", n=len(git.gewijzigd)))
    if not stand.documenten:
        regels.append(Content("Geen documenten die vastgesteld moeten worden (zie 'vaststelling' in swv.yaml)."))
    for d in stand.documenten:
        tag = d.tag
        if tag is None:
            kop = Content.from_markup("[b]$doc[/b]: [red]nog nooit vastgesteld[/red]", doc=d.document)
        elif d.wijzigingen:
            kop = Content.from_markup(
                "[b]$doc[/b]: [yellow]$n wijziging(en) sinds de vaststelling van $datum[/yellow] door $door",
                doc=d.document, n=len(d.wijzigingen), datum=f"{tag.datum:%d-%m-%Y}", door=tag.door_naam)
        else:
            kop = Content.from_markup("[b]$doc[/b]: [green]vastgesteld op $datum[/green] door $door, ongewijzigd",
                                      doc=d.document, datum=f"{tag.datum:%d-%m-%Y}", door=tag.door_naam)
        regels.append(kop)
        regels.extend(Content(f"  • {w.tekst}") for w in d.wijzigingen[:200])
        if len(d.wijzigingen) > 200:
            regels.append(Content(f"  … en {len(d.wijzigingen) - 200} meer (swvplanner diff)"))
        regels.append(Content())
    if stand.goedkeurder:
        regels.append(Content(f"U bent goedkeurder ({stand.goedkeurder}): v stelt een document vast."))
    else:
        regels.append(Content.from_markup("[dim]Vaststellen kan alleen een goedkeurder uit swv.yaml (u bent "
                                          "$wie).[/dim]", wie=stand.gebruiker or "onbekend in git"))
    return Content("\n").join(regels)
