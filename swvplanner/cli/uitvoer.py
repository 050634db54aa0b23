"""Terminal output of the CLI, with rich (colour on a terminal, plain text in a pipe).

User data (texts from the plans, paths, positions such as `:100:18`) must print exactly as it is:
the console interprets no markup, no emoji codes and no highlighting. Styling is only ever given
explicitly, through `Text` pieces and `style=`, never written into a string.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from swvplanner.core.nl_datum import formatteer_datum


def _console(err: bool = False) -> Console:
    return Console(stderr=err, markup=False, emoji=False, highlight=False, soft_wrap=True)


console = _console
"""The console for the other command modules (bibliotheek.py): user data printed as it is."""


def _veld(kop: str, waarde: str | Text, breedte: int = 12) -> Text:
    """'Kop:' in bold, padded to `breedte`, then the value as it is."""
    return Text.assemble((kop, "bold"), " " * max(1, breedte - len(kop)), waarde)


def toon_wanneer(uitkomst: dict[str, Any]) -> None:
    c = _console()
    c.print(_veld("Tekst:", uitkomst["tekst"]))
    herkend = uitkomst["herkend"]
    c.print(_veld("Herkend:", Text("ja" if herkend else "nee", style="green" if herkend else "red")))
    c.print(_veld("Betekenis:", uitkomst["omschrijving"]))
    c.print(_veld("Schooljaar:", uitkomst["schooljaar"]))
    if "regio" in uitkomst:
        c.print(_veld("Regio:", uitkomst["regio"]))
    from datetime import date

    if uitkomst["data"]:
        c.print("Data (uiterlijk):", style="bold")
        for d in uitkomst["data"]:
            c.print(f"  {d}  {formatteer_datum(date.fromisoformat(d))}")
    else:
        c.print(_veld("Data:", "geen vaste data in dit schooljaar"))
    if uitkomst.get("overgeslagen"):
        c.print("Overgeslagen (vakantie of feestdag):", style="bold")
        for o in uitkomst["overgeslagen"]:
            c.print(Text(f"  {o['datum']}  {formatteer_datum(date.fromisoformat(o['datum']))} ({o['reden']})"))
    if "aantal_per_schooljaar" in uitkomst:
        c.print(_veld("Aantal keer in dit schooljaar:", str(uitkomst["aantal_per_schooljaar"]), 0))
    for melding in uitkomst.get("meldingen", []):
        c.print(Text(f"Let op: {melding}", style="yellow"))


_KLEUR = {"fout": "red", "waarschuwing": "yellow", "info": "cyan"}


def toon_bevindingen(bevindingen: list[Any]) -> None:
    """Findings grouped by file, coloured on a terminal."""
    c = _console()
    if not bevindingen:
        c.print("Geen bevindingen: de plannen zijn in orde.", style="green")
        return
    huidig = None
    for b in bevindingen:
        if b.bestand != huidig:
            if huidig is not None:
                c.print()
            c.print(b.bestand, style="bold")
            huidig = b.bestand
        plaats = f"{b.bestand}:{b.regel}:{b.kolom}" if b.regel > 0 else b.bestand
        melding = b.melding.replace("\n", " ⏎ ")  # one finding per line, also for multi-line source text
        c.print(Text.assemble(f"{plaats}: ", (b.ernst, _KLEUR[b.ernst]), " ", (b.code, "dim"), " ", melding))
        if b.hint:
            c.print(f"    → {b.hint}", style="dim")
    telling = Counter(b.ernst for b in bevindingen)
    c.print()
    c.print(f"{telling['fout']} fout(en), {telling['waarschuwing']} waarschuwing(en), {telling['info']} info.")


def toon_regels(regels: list[dict[str, str]]) -> None:
    c = _console()
    t = Table(title="Controles van swvplanner check", title_justify="left", show_lines=True)
    for kop in ("Code", "Ernst", "Controle", "Uitleg"):
        t.add_column(kop)
    for r in regels:
        t.add_row(r["code"], Text(r["ernst"], style=_KLEUR[r["ernst"]]), r["titel"], r["uitleg"])
    c.print(t)


def toon_overzicht(o: Any) -> None:
    c = _console()
    c.print(Text.assemble((o.organisatie, "bold"), f" — planmap {o.map}, vandaag {formatteer_datum(o.vandaag)}"))
    c.print(f"Schooljaren: {', '.join(o.schooljaren) or 'geen'}")
    t = Table(title="Vergaderingen in de komende zes weken", title_justify="left")
    for kop in ("Datum", "Orgaan", "Tijd", "Locatie", "Status"):
        t.add_column(kop)
    for v in o.komende_vergaderingen:
        naam = v["orgaan"] + (f" – {v['titel']}" if v["titel"] else "")
        t.add_row(formatteer_datum(v["datum"], kort=True), naam, v["tijd"], v["locatie"] or "", v["status"])
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
            d.add_row(formatteer_datum(x["datum"], kort=True), x["wat"], x["wanneer"] or "")
        c.print(d)
    if o.achterstallig:
        a = Table(title=f"Acties over tijd ({len(o.achterstallig)})", title_justify="left")
        a.add_column("Uiterlijk")
        a.add_column("Wat")
        a.add_column("Status")
        for x in o.achterstallig:
            a.add_row(formatteer_datum(x["datum"], kort=True), x["wat"], x["status"] or "")
        c.print(a)
    c.print("Start swvplanner in een terminal (zonder opdracht) om de plannen te bewerken.")
