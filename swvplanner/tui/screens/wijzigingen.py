"""Wijzigingen: per document the changes since its last adoption; a goedkeurder adopts from here."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from swvplanner.tui.screens.basis import PlanScherm

if TYPE_CHECKING:
    from swvplanner.services.vaststellen import DocumentVerschil
    from swvplanner.tui.planner import Planner


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

    def controles_bijgewerkt(self) -> None:  # the fouten that stop an adoption come from the checker
        self.git_bijgewerkt()


def _kop(d: DocumentVerschil) -> Content:
    """'jaarplan-2025-2026: <where it stands>'; user text (names from git) never as markup."""
    tag = d.tag
    doc = d.document
    eigen = f"{d.niet_vastgelegde_datum:%d-%m-%Y}" if d.niet_vastgelegde_datum is not None else ""
    if tag is None and eigen:
        kop = Content.from_markup(
            "[b]$doc[/b]: [yellow]vastgesteld op $datum volgens het document, nog niet in "
            "git[/yellow] (v legt die vaststelling vast)",
            doc=doc,
            datum=eigen,
        )
    elif tag is None:
        kop = Content.from_markup("[b]$doc[/b]: [red]nog nooit vastgesteld[/red]", doc=doc)
    elif d.wijzigingen:
        kop = Content.from_markup(
            "[b]$doc[/b]: [yellow]$n wijziging(en) sinds de vaststelling van $datum[/yellow] door $door",
            doc=doc,
            n=len(d.wijzigingen),
            datum=f"{tag.datum:%d-%m-%Y}",
            door=tag.door_naam,
        )
    else:
        kop = Content.from_markup(
            "[b]$doc[/b]: [green]vastgesteld op $datum[/green] door $door, ongewijzigd",
            doc=doc,
            datum=f"{tag.datum:%d-%m-%Y}",
            door=tag.door_naam,
        )
    if tag is not None and eigen:
        kop += Content.from_markup(
            "\n  [yellow]het document noemt $datum als datum van vaststelling; die staat niet in git[/yellow]",
            datum=eigen,
        )
    return kop


def wijzigingen_tekst(app: Planner) -> Content:
    git = app.git
    if git is None:
        return Content("Git wordt gelezen…")
    if not git.in_git:
        return Content("De planmap staat niet in een git-repository: vaststellen gaat via git (zie de README).")
    fout = app.vaststelling_fout
    if fout:
        return Content.from_markup("[red]De vastgestelde versies konden niet worden gelezen:[/red] $fout", fout=fout)
    stand = app.vaststelling
    if stand is None:
        return Content("Bezig…")
    regels: list[Content] = []
    ws = app.werkset
    if ws is not None and ws.gewijzigd:
        regels.append(
            Content.from_markup("[yellow]Let op: niet-bewaarde wijzigingen tellen nog niet mee (ctrl+s).[/yellow]\n")
        )
    from swvplanner.services.vaststelregels import bevinding_tekst, blokkeert, verdeel_fouten

    niet_vastgelegd = len(git.gewijzigd) + len(git.agenda)
    if niet_vastgelegd:
        regels.append(
            Content.from_markup(
                "[yellow]$n bestand(en) nog niet vastgelegd in git (ctrl+g legt de plannen en de agenda's vast); "
                "vaststellen kan pas als alles is vastgelegd.[/yellow]\n",
                n=niet_vastgelegd,
            )
        )
    if not stand.documenten:
        regels.append(Content("Geen documenten die vastgesteld moeten worden (zie 'vaststelling' in swv.yaml)."))
    gevonden = app.gevonden
    bevindingen = [g.bevinding for g in gevonden or []]
    for d in stand.documenten:
        regels.append(_kop(d))
        regels.extend(Content(f"  • {w.tekst}") for w in d.wijzigingen[:200])
        if len(d.wijzigingen) > 200:
            regels.append(Content(f"  … en {len(d.wijzigingen) - 200} meer (swvplanner diff)"))
        blokkerend, _ = verdeel_fouten(d.document, bevindingen)
        if blokkerend:
            regels.append(
                Content.from_markup(
                    f"  [red]{len(blokkerend)} {'fout houdt' if len(blokkerend) == 1 else 'fouten houden'} de "
                    "vaststelling tegen; herstel eerst:[/red]"
                )
            )
            regels.extend(Content(f"    {bevinding_tekst(b)}") for b in blokkerend[:5])
            if len(blokkerend) > 5:
                regels.append(Content(f"    … en nog {len(blokkerend) - 5} (scherm 5)"))
        regels.append(Content())
    overig = [
        b for b in bevindingen if b.ernst == "fout" and not any(blokkeert(d.document, b) for d in stand.documenten)
    ]
    if overig:
        regels.append(
            Content.from_markup(
                f"[yellow]Let op: {len(overig)} {'fout' if len(overig) == 1 else 'fouten'} in een document waar "
                "geen vaststelling van afhangt. Dat houdt het vaststellen niet tegen, maar herstel "
                f"{'hem' if len(overig) == 1 else 'ze'} wel:[/yellow]"
            )
        )
        regels.extend(Content(f"  {bevinding_tekst(b)}") for b in overig[:5])
        if len(overig) > 5:
            regels.append(Content(f"  … en nog {len(overig) - 5} (scherm 5)"))
        regels.append(Content())
    if stand.goedkeurder:
        regels.append(Content(f"U bent goedkeurder ({stand.goedkeurder}): v stelt een document vast."))
    else:
        regels.append(
            Content.from_markup(
                "[dim]Vaststellen kan alleen een goedkeurder uit swv.yaml (u bent $wie).[/dim]",
                wie=stand.gebruiker or "onbekend in git",
            )
        )
    return Content("\n").join(regels)
