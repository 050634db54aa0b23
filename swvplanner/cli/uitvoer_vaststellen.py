"""Terminal and markdown output of diff, status, verify and history."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from swvplanner.cli.uitvoer import _console
from swvplanner.core.nl_datum import formatteer_datum


def _kop(d: Any) -> str:
    van = "de laatst vastgestelde versie" if d.van.startswith("vastgesteld/") else d.van
    return (
        f"{d.document}: van {van} ({d.van}) naar {d.tot}" if van != d.van else f"{d.document}: van {d.van} naar {d.tot}"
    )


def toon_diff(verschillen: list[Any]) -> None:
    c = _console()
    if not any(d.wijzigingen for d in verschillen):
        c.print("Geen inhoudelijke wijzigingen.")
    for d in verschillen:
        c.print(_kop(d), style="bold")
        if not d.wijzigingen:
            c.print("  geen inhoudelijke wijzigingen")
        for w in d.wijzigingen:
            c.print(f"  - {w.tekst}")
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
            stand = Text.assemble(
                (f"vastgesteld op {formatteer_datum(dag)} volgens het document; nog niet in git vastgelegd", "yellow"),
                f" — leg dat vast met `{r.opdracht}`",
            )
        else:
            stand = Text(
                *(
                    ("gewijzigd sinds vaststelling", "yellow")
                    if r.gewijzigd and t
                    else (("nooit vastgesteld", "red") if t is None else ("vastgesteld, ongewijzigd", "green"))
                )
            )
        c.print(Text.assemble((r.document, "bold"), ": ", stand))
        if t is not None:
            c.print(
                f"  laatst vastgesteld {t.datum.isoformat()} door {t.door_naam} {t.door_email} "
                f"({t.naam}{', ondertekend' if t.ondertekend else ''})"
            )
            if dag is not None:
                c.print(
                    f"  let op: het document noemt {formatteer_datum(dag)} als datum van vaststelling, maar die "
                    f"staat niet in git — leg die vast met `{r.opdracht}`, of verbeter de datum"
                )
        if r.gewijzigd and t is not None:
            c.print(f"  {r.aantal_wijzigingen} wijziging(en) wachten op vaststelling (swvplanner diff)")


def toon_vaststelling(v: Any) -> None:
    """The outcome of `approve`: tag and commit, the changes adopted, fouten that did not stop it."""
    from swvplanner.services.vaststelregels import bevinding_tekst

    c = _console()
    ondertekend = " (ondertekend)" if v.ondertekend else ""
    if v.achteraf:
        c.print(
            f"De vaststelling van {v.document} op {formatteer_datum(v.datum)} is vastgelegd: tag "
            f"{v.tag}{ondertekend}, commit {v.commit[:7]}."
        )
    else:
        c.print(f"{v.document} is vastgesteld: tag {v.tag}{ondertekend}, commit {v.commit[:7]}.")
    for regel in v.samenvatting or ["geen inhoudelijke wijzigingen sinds de vorige vaststelling"]:
        c.print(f"  - {regel}")
    if v.waarschuwingen:
        n = len(v.waarschuwingen)
        c.print(
            Text.assemble(
                ("Let op:", "yellow"),
                f" de controle vindt {n} {'fout' if n == 1 else 'fouten'} in "
                "een document waar deze vaststelling niet van afhangt. Dat houdt de vaststelling niet "
                f"tegen, maar herstel {'hem' if n == 1 else 'ze'} wel:",
            )
        )
        for b in v.waarschuwingen:
            c.print(f"  {bevinding_tekst(b)}")
    c.print("Deel de vaststelling met: git push && git push --tags")


def toon_verify(controles: list[Any]) -> None:
    c = _console()
    if not controles:
        c.print("Er zijn nog geen vastgesteld-tags.")
    for k in controles:
        if k.in_orde:
            c.print(Text.assemble(("in orde", "green"), "  ", k.tag.naam))
        else:
            c.print(
                Text.assemble(("FOUT", "red"), "     ", k.tag.naam)
                if k.fouten
                else Text.assemble(("LET OP", "yellow"), "   ", k.tag.naam)
            )
            for f in k.fouten or k.waarschuwingen:  # a tag that does not count: only why
                c.print(f"         - {f}")
    fout = sum(1 for k in controles if not k.geldig)
    let_op = sum(1 for k in controles if k.geldig and not k.in_orde)
    c.print(
        f"{len(controles)} tag(s) gecontroleerd, {fout} niet in orde"
        + (f", {let_op} met een waarschuwing." if let_op else ".")
    )


def toon_historie(item_id: str, regels: list[Any]) -> None:
    c = _console()
    if not regels:
        c.print(f"Geen wijzigingen gevonden voor '{item_id}' (bestaat het id?).")
        return
    for r in regels:
        c.print(Text.assemble((str(r.datum), "bold"), f" {r.commit[:7]} {r.auteur} — {r.onderwerp}"))
        for w in r.wijzigingen:
            c.print(f"  - {w.tekst}")
        if r.vastgesteld_in:
            c.print(f"  vastgesteld in: {', '.join(r.vastgesteld_in)}", style="dim")
