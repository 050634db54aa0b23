"""Terminal output of the CLI, with rich (colour on a terminal, plain text in a pipe)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from swvplanner.core.nl_datum import formatteer_datum


def _console(err: bool = False) -> Console:
    return Console(stderr=err, highlight=False, soft_wrap=True)


def toon_wanneer(uitkomst: dict[str, Any]) -> None:
    c = _console()
    c.print(f"[bold]Tekst:[/bold]      {escape(uitkomst['tekst'])}")
    kleur = "green" if uitkomst["herkend"] else "red"
    c.print(f"[bold]Herkend:[/bold]    [{kleur}]{'ja' if uitkomst['herkend'] else 'nee'}[/{kleur}]")
    c.print(f"[bold]Betekenis:[/bold]  {escape(uitkomst['omschrijving'])}")
    c.print(f"[bold]Schooljaar:[/bold] {uitkomst['schooljaar']}")
    if uitkomst["data"]:
        from datetime import date

        c.print("[bold]Data (uiterlijk):[/bold]")
        for d in uitkomst["data"]:
            c.print(f"  {d}  {formatteer_datum(date.fromisoformat(d))}")
    else:
        c.print("[bold]Data:[/bold]       geen vaste data in dit schooljaar")
    if "aantal_per_schooljaar" in uitkomst:
        c.print(f"[bold]Aantal keer in dit schooljaar:[/bold] {uitkomst['aantal_per_schooljaar']}")


_KLEUR = {"fout": "red", "waarschuwing": "yellow", "info": "cyan"}


def toon_bevindingen(bevindingen: list[Any]) -> None:
    """Findings grouped by file, coloured on a terminal."""
    c = _console()
    if not bevindingen:
        c.print("[green]Geen bevindingen: de plannen zijn in orde.[/green]")
        return
    huidig = None
    for b in bevindingen:
        if b.bestand != huidig:
            if huidig is not None:
                c.print()
            c.print(f"[bold]{escape(b.bestand)}[/bold]")
            huidig = b.bestand
        plaats = f"{b.bestand}:{b.regel}:{b.kolom}" if b.regel > 0 else b.bestand
        kleur = _KLEUR[b.ernst]
        melding = b.melding.replace("\n", " ⏎ ")  # one finding per line, also for multi-line source text
        c.print(f"{escape(plaats)}: [{kleur}]{b.ernst}[/{kleur}] [dim]{b.code}[/dim] {escape(melding)}")
        if b.hint:
            c.print(f"    [dim]→ {escape(b.hint)}[/dim]")
    telling = {e: sum(1 for b in bevindingen if b.ernst == e) for e in ("fout", "waarschuwing", "info")}
    c.print()
    c.print(f"{telling['fout']} fout(en), {telling['waarschuwing']} waarschuwing(en), {telling['info']} info.")


def toon_regels(regels: list[dict[str, str]]) -> None:
    c = _console()
    t = Table(title="Controles van swvplanner check", title_justify="left", show_lines=True)
    for kop in ("Code", "Ernst", "Controle", "Uitleg"):
        t.add_column(kop)
    for r in regels:
        t.add_row(r["code"], f"[{_KLEUR[r['ernst']]}]{r['ernst']}[/]", escape(r["titel"]), escape(r["uitleg"]))
    c.print(t)


def toon_overzicht(o: Any) -> None:
    c = _console()
    c.print(f"[bold]{o.organisatie}[/bold] — planmap {o.map}, vandaag {formatteer_datum(o.vandaag)}")
    c.print(f"Schooljaren: {', '.join(o.schooljaren) or 'geen'}")
    t = Table(title="Vergaderingen in de komende zes weken", title_justify="left")
    for kop in ("Datum", "Orgaan", "Tijd", "Locatie", "Status"):
        t.add_column(kop)
    for v in o.komende_vergaderingen:
        naam = v["orgaan"] + (f" – {v['titel']}" if v["titel"] else "")
        t.add_row(formatteer_datum(v["datum"], kort=True), escape(naam), v["tijd"], escape(v["locatie"] or ""),
                  v["status"])
    if o.komende_vergaderingen:
        c.print(t)
    else:
        c.print("Geen vergaderingen in de komende zes weken.")
    if o.komende_deadlines:
        d = Table(title="Deadlines (kwaliteitskalender en acties, komende zes weken)", title_justify="left")
        d.add_column("Uiterlijk")
        d.add_column("Wat")
        d.add_column("Wanneer (bron)")
        for x in o.komende_deadlines:
            d.add_row(formatteer_datum(x["datum"], kort=True), escape(x["wat"]), escape(x["wanneer"] or ""))
        c.print(d)
    if o.achterstallig:
        a = Table(title=f"Acties over tijd ({len(o.achterstallig)})", title_justify="left")
        a.add_column("Uiterlijk")
        a.add_column("Wat")
        a.add_column("Status")
        for x in o.achterstallig:
            a.add_row(formatteer_datum(x["datum"], kort=True), escape(x["wat"]), x["status"] or "")
        c.print(a)
    c.print("Start swvplanner in een terminal (zonder opdracht) om de plannen te bewerken.")
