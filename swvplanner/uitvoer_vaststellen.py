"""Terminal and markdown output of diff, status, verify and history."""

from __future__ import annotations

from typing import Any

from rich.markup import escape

from swvplanner.core.nl_datum import formatteer_datum
from swvplanner.uitvoer import _console


def _kop(d: Any) -> str:
    van = "de laatst vastgestelde versie" if d.van.startswith("vastgesteld/") else d.van
    return f"{d.document}: van {van} ({d.van}) naar {d.tot}" if van != d.van else f"{d.document}: van {d.van} naar " \
                                                                                  f"{d.tot}"


def toon_diff(verschillen: list[Any]) -> None:
    c = _console()
    if not any(d.wijzigingen for d in verschillen):
        c.print("Geen inhoudelijke wijzigingen.")
    for d in verschillen:
        c.print(f"[bold]{escape(_kop(d))}[/bold]")
        if not d.wijzigingen:
            c.print("  geen inhoudelijke wijzigingen")
        for w in d.wijzigingen:
            c.print(f"  - {escape(w.tekst)}")
        c.print()


def diff_markdown(verschillen: list[Any]) -> str:
    delen = ["## Wijzigingen in de plannen\n"]
    for d in verschillen:
        delen.append(f"### {d.document}\n\n_van `{d.van}` naar `{d.tot}`_\n")
        delen.extend(f"- {w.tekst}" for w in d.wijzigingen)
        if not d.wijzigingen:
            delen.append("- geen inhoudelijke wijzigingen")
        delen.append("")
    return "\n".join(delen) + "\n"


def toon_status(regels: list[Any]) -> None:
    c = _console()
    if not regels:
        c.print("Er zijn geen documenten die vastgesteld moeten worden (zie 'vaststelling' in swv.yaml).")
    for r in regels:
        t = r.vastgesteld
        dag = r.niet_vastgelegde_datum
        if t is None and dag is not None:
            stand = (f"[yellow]vastgesteld op {formatteer_datum(dag)} volgens het document; nog niet in git "
                     f"vastgelegd[/yellow] — leg dat vast met `{escape(r.opdracht)}`")
        else:
            stand = "[yellow]gewijzigd sinds vaststelling[/yellow]" if r.gewijzigd and t else (
                "[red]nooit vastgesteld[/red]" if t is None else "[green]vastgesteld, ongewijzigd[/green]")
        c.print(f"[bold]{r.document}[/bold]: {stand}")
        if t is not None:
            c.print(f"  laatst vastgesteld {t.datum.isoformat()} door {escape(t.door_naam)} {escape(t.door_email)} "
                    f"({escape(t.naam)}{', ondertekend' if t.ondertekend else ''})")
            if dag is not None:
                c.print(f"  let op: het document noemt {formatteer_datum(dag)} als datum van vaststelling, maar die "
                        f"staat niet in git — leg die vast met `{escape(r.opdracht)}`, of verbeter de datum")
        if r.gewijzigd and t is not None:
            c.print(f"  {r.aantal_wijzigingen} wijziging(en) wachten op vaststelling (swvplanner diff)")


def toon_vaststelling(v: Any) -> None:
    """The outcome of `approve`: tag and commit, the changes adopted, fouten that did not stop it."""
    from swvplanner.services_vaststelregels import bevinding_tekst

    c = _console()
    ondertekend = " (ondertekend)" if v.ondertekend else ""
    if v.achteraf:
        c.print(f"De vaststelling van {v.document} op {formatteer_datum(v.datum)} is vastgelegd: tag "
                f"{escape(v.tag)}{ondertekend}, commit {v.commit[:7]}.")
    else:
        c.print(f"{v.document} is vastgesteld: tag {escape(v.tag)}{ondertekend}, commit {v.commit[:7]}.")
    for regel in v.samenvatting or ["geen inhoudelijke wijzigingen sinds de vorige vaststelling"]:
        c.print(f"  - {escape(regel)}")
    if v.waarschuwingen:
        n = len(v.waarschuwingen)
        c.print(f"[yellow]Let op:[/yellow] de controle vindt {n} {'fout' if n == 1 else 'fouten'} in een document "
                "waar deze vaststelling niet van afhangt. Dat houdt de vaststelling niet tegen, maar herstel "
                f"{'hem' if n == 1 else 'ze'} wel:")
        for b in v.waarschuwingen:
            c.print(f"  {escape(bevinding_tekst(b))}")
    c.print("Deel de vaststelling met: git push && git push --tags")


def toon_verify(controles: list[Any]) -> None:
    c = _console()
    if not controles:
        c.print("Er zijn nog geen vastgesteld-tags.")
    for k in controles:
        if k.in_orde:
            c.print(f"[green]in orde[/green]  {escape(k.tag.naam)}")
        else:
            c.print(f"[red]FOUT[/red]     {escape(k.tag.naam)}")
            for f in k.fouten:
                c.print(f"         - {escape(f)}")
    fout = sum(1 for k in controles if not k.in_orde)
    c.print(f"{len(controles)} tag(s) gecontroleerd, {fout} niet in orde.")


def toon_historie(item_id: str, regels: list[Any]) -> None:
    c = _console()
    if not regels:
        c.print(f"Geen wijzigingen gevonden voor '{escape(item_id)}' (bestaat het id?).")
        return
    for r in regels:
        c.print(f"[bold]{r.datum}[/bold] {r.commit[:7]} {escape(r.auteur)} — {escape(r.onderwerp)}")
        for w in r.wijzigingen:
            c.print(f"  - {escape(w.tekst)}")
        if r.vastgesteld_in:
            c.print(f"  [dim]vastgesteld in: {escape(', '.join(r.vastgesteld_in))}[/dim]")
