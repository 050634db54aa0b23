"""The start screen: meetings in the next six weeks, deadlines, overdue acties, checks, git."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from textual.containers import VerticalScroll
from textual.content import Content
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
            Content.from_markup(
                "[b]$naam[/b]\nvandaag $vandaag · schooljaren $jaren",
                naam=plannen.organisatie.naam,
                vandaag=formatteer_datum(vandaag),
                jaren=", ".join(str(s) for s in plannen.schooljaren()) or "geen",
            )
        )
        t = Table(
            title=f"Vergaderingen tot {_dag(v.tot)}",
            title_justify="left",
            expand=True,
            box=None,
            show_edge=False,
            pad_edge=False,
        )
        for kop, ratio in (("Datum", None), ("Tijd", None), ("Orgaan", 3), ("Waar", 1), ("", None)):
            t.add_column(kop, ratio=ratio, no_wrap=True)
        for k in v.vergaderingen:
            status = "" if k.status == "gepland" else k.status
            naam = k.orgaan + (f" – {k.titel}" if k.titel else "")
            stijl = "strike dim" if k.status == "geannuleerd" else ""
            t.add_row(
                _dag(k.datum),
                str(k.tijd.start.strftime("%H.%M")) if k.tijd else "",
                Afgekapt(naam),
                Afgekapt(k.locatie or ""),
                status,
                style=stijl,
            )
        self.query_one("#vergaderingen", Static).update(
            t if v.vergaderingen else "[b]Vergaderingen[/b]\nGeen vergaderingen in de komende zes weken."
        )
        self.query_one("#deadlines", Static).update(
            self._deadlines(
                "Deadlines (kwaliteitskalender en acties)", v.deadlines, "Geen deadlines in de komende zes weken."
            )
        )
        self.query_one("#achterstallig", Static).update(
            self._deadlines(f"Acties over tijd ({len(v.achterstallig)})", v.achterstallig, "Geen acties over tijd.")
        )
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
            soort = f"{d.soort}, {d.status}" if d.soort in ("actie", "actiepunt") else "kwaliteitskal."
            t.add_row(_dag(d.datum), Afgekapt(d.wat), soort)
        return t

    def controles_bijgewerkt(self) -> None:
        gevonden = self.planner.gevonden
        doel = self.query_one("#controles", Static)
        if gevonden is None:
            doel.update("\n[b]Controles[/b]\nbezig…")
            return
        per_code: dict[str, int] = {}
        for g in gevonden:
            per_code[f"{g.bevinding.ernst} {g.bevinding.code}"] = (
                per_code.get(f"{g.bevinding.ernst} {g.bevinding.code}", 0) + 1
            )
        if not gevonden:
            doel.update("\n[b]Controles[/b]\n[green]Geen bevindingen: de plannen zijn in orde.[/green]")
            return
        regels = ", ".join(f"{n}× {k}" for k, n in sorted(per_code.items()))
        doel.update(
            Content.from_markup(
                "\n[b]Controles[/b] ($n bevindingen, 5 toont ze)\n$regels", n=len(gevonden), regels=regels
            )
        )

    def git_bijgewerkt(self) -> None:
        git = self.planner.git
        doel = self.query_one("#git", Static)
        if git is None:
            doel.update("\n[b]Git[/b]\nbezig…")
        elif not git.in_git:
            doel.update("\n[b]Git[/b]\nDe planmap staat niet in een git-repository.")
        else:
            gewijzigd = (
                Content.from_markup(
                    "[yellow]$n bestand(en) niet vastgelegd:[/yellow] $namen (ctrl+g legt vast)",
                    n=len(git.gewijzigd),
                    namen=", ".join(git.gewijzigd),
                )
                if git.gewijzigd
                else Content.from_markup("[green]alles vastgelegd[/green]")
            )
            doel.update(
                Content.assemble(
                    Content.from_markup(
                        "\n[b]Git[/b] tak $tak, laatste: $laatste\n",
                        tak=git.tak or "(los)",
                        laatste=git.laatste_commit or "nog geen",
                    ),
                    gewijzigd,
                    self._vaststelling(),
                )
            )

    def _vaststelling(self) -> Content:
        """One line per document that needs adoption: adopted when, and whether changes wait."""
        stand = self.planner.vaststelling
        if stand is None:
            fout = self.planner.vaststelling_fout
            return Content.from_markup("\n\n[b]Vaststelling[/b]\n[red]$fout[/red]", fout=fout) if fout else Content()
        regels = [Content.from_markup("\n\n[b]Vaststelling[/b] (6 toont de wijzigingen)")]
        for d in stand.documenten:
            tag = d.tag
            if tag is None and d.niet_vastgelegde_datum is not None:
                regels.append(
                    Content.from_markup(
                        "$doc: [yellow]vastgesteld $datum volgens het document, nog niet in git[/yellow]",
                        doc=d.document,
                        datum=f"{d.niet_vastgelegde_datum:%d-%m-%Y}",
                    )
                )
            elif tag is None:
                regels.append(Content.from_markup("$doc: [red]nog nooit vastgesteld[/red]", doc=d.document))
            elif d.wijzigingen:
                regels.append(
                    Content.from_markup(
                        "$doc: vastgesteld $datum, [yellow]$n wijziging(en) wachten op vaststelling[/yellow]",
                        doc=d.document,
                        datum=f"{tag.datum:%d-%m-%Y}",
                        n=len(d.wijzigingen),
                    )
                )
            else:
                regels.append(
                    Content.from_markup(
                        "$doc: [green]vastgesteld $datum, ongewijzigd[/green]",
                        doc=d.document,
                        datum=f"{tag.datum:%d-%m-%Y}",
                    )
                )
        return Content("\n").join(regels)
