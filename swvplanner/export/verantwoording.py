"""The chapter 'Verantwoording jaarplan' of the jaarverslag, as plain text or Markdown.

Built from `core.evaluatie.Verantwoording`; pure (returns the text). The publishing of the
jaarverslag as Word/PDF takes the Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from swvplanner.core.evaluatie import BEHAALD_TEKST as BEHAALD
from swvplanner.core.evaluatie import ActieVerantwoording, OnderdeelVerantwoording, Tellingen, Verantwoording
from swvplanner.core.nl_datum import formatteer_datum

_MD_SPECIAAL = re.compile(r"([\\`*_\[\]<>|#])")


def _opsomming(delen: Iterable[str]) -> str:
    """'a', 'a en b', 'a, b en c'."""
    d = list(delen)
    return d[0] if len(d) == 1 else ", ".join(d[:-1]) + " en " + d[-1] if d else ""


def _aantal(n: int, enkel: str, meer: str) -> str:
    return f"{n} {enkel if n == 1 else meer}"


def _een_regel(tekst: str) -> str:
    """A multi-line cell as one sentence: lines joined with '; ', list dashes dropped."""
    uit = ""
    for regel in (r.strip().removeprefix("- ").strip() for r in tekst.splitlines()):
        if regel:
            uit += ("" if not uit else " " if uit.endswith((":", ".", ";")) else "; ") + regel
    return uit


def _punten(nummers: Iterable[int]) -> str:
    n = [str(x) for x in nummers]
    return f"ontwikkelpunt{'en' if len(n) > 1 else ''} {_opsomming(n)}" if n else ""


class _Opmaak:
    """Headings, emphasis and escaping: Markdown, or plain text that reads the same."""

    def __init__(self, markdown: bool) -> None:
        self.markdown = markdown

    def t(self, tekst: str) -> str:
        tekst = _een_regel(tekst)
        return _MD_SPECIAAL.sub(r"\\\1", tekst) if self.markdown else tekst

    def kop(self, niveau: int, tekst: str) -> list[str]:
        if self.markdown:
            return [f"{'#' * niveau} {self.t(tekst)}", ""]
        return [tekst, ("=" if niveau == 1 else "-") * len(tekst), ""]

    def vet(self, tekst: str) -> str:
        return f"**{self.t(tekst)}**" if self.markdown else self.t(tekst)


def _statussen(t: Tellingen) -> str:
    if len(t.status) == 1 and t.acties > 1:
        return f"alle {next(iter(t.status))}"
    return _opsomming(f"{n} {s}" for s, n in t.status.items())


def _evaluaties(t: Tellingen) -> str:
    if t.niet_geevalueerd == t.acties:
        return "nog geen enkele actie is geëvalueerd"
    behaald = _opsomming(f"{n} {BEHAALD[b]}" for b, n in t.behaald.items())
    geevalueerd = t.acties - t.niet_geevalueerd
    zin = f"{_aantal(geevalueerd, 'actie is', 'acties zijn')} geëvalueerd" + (f" ({behaald})" if behaald else "")
    return zin + (f"; {t.niet_geevalueerd} nog niet" if t.niet_geevalueerd else "")


def _meegenomen(v: Verantwoording, t: Tellingen) -> str:
    volgend = v.schooljaar.volgende()
    if not t.niet_afgerond:
        return "alle acties zijn afgerond"
    if not v.volgend_jaarplan:
        return f"{_aantal(t.niet_afgerond, 'actie is', 'acties zijn')} niet afgerond; er is nog geen jaarplan {volgend}"
    if not t.overgenomen:
        acties = _aantal(t.niet_afgerond, "niet afgeronde actie", "niet afgeronde acties")
        return f"geen van de {acties} wordt meegenomen naar het jaarplan {volgend}"
    return (
        f"{_aantal(t.overgenomen, 'actie wordt', 'acties worden')} meegenomen naar het jaarplan {volgend}"
        f" (van de {t.niet_afgerond} niet afgeronde)"
    )


def _inleiding(v: Verantwoording, o: _Opmaak) -> list[str]:
    plan = v.jaarplan
    titel = plan.titel or f"Jaarplan {v.schooljaar}"
    vastgesteld = f", vastgesteld op {formatteer_datum(plan.vastgesteld)}," if plan.vastgesteld else ""
    bron = f"de ontwikkelpunten van het {v.ondersteuningsplan}" if v.ondersteuningsplan else "de ontwikkelpunten"
    t = v.tellingen
    zinnen = [
        f"Het {titel} van {v.organisatie}{vastgesteld} werkt {bron} uit in"
        f" {_aantal(len(v.onderdelen), 'onderdeel', 'onderdelen')} met {_aantal(t.acties, 'actie', 'acties')}.",
        "In dit hoofdstuk leggen wij per onderdeel verantwoording af over wat gepland was, wat er is gebeurd"
        f" en wat wordt meegenomen naar het schooljaar {v.schooljaar.volgende()}.",
    ]
    return [o.t(" ".join(zinnen)), ""]


def _samenvatting(v: Verantwoording, o: _Opmaak) -> list[str]:
    t = v.tellingen
    regels = [*o.kop(2, "Samenvatting")]
    if not t.acties:
        return [*regels, "Het jaarplan bevat geen acties.", ""]
    regels += [
        f"- Stand van de {_aantal(t.acties, 'actie', 'acties')}: {_statussen(t)}.",
        f"- Evaluatie: {_evaluaties(t)}.",
        f"- Meegenomen: {_meegenomen(v, t)}.",
        "",
    ]
    if t.niet_geevalueerd == t.acties:
        regels += [
            "Voor dit jaarplan is nog geen evaluatie ingevuld. Vul per actie in of het resultaat is behaald"
            " (ja, deels of nee), met een toelichting; dan verschijnt die hier.",
            "",
        ]
    return regels


def _ontwikkelpunten(v: Verantwoording, o: _Opmaak) -> list[str]:
    if not v.ontwikkelpunten:
        return []
    regels = [*o.kop(2, "Per ontwikkelpunt van het ondersteuningsplan")]
    for p in v.ontwikkelpunten:
        naam = f"Ontwikkelpunt {p.nummer}" + (f" ({p.titel})" if p.titel else "")
        if p.acties:
            waar = _opsomming(p.onderdelen)
            regels.append(f"- {o.t(naam)}: {_aantal(p.acties, 'actie', 'acties')}, in {o.t(waar)}.")
        else:
            regels.append(f"- {o.t(naam)}: geen acties in dit jaarplan.")
    return [*regels, ""]


def _actie(v: Verantwoording, a: ActieVerantwoording, o: _Opmaak) -> list[str]:
    x = a.actie
    kop = x.resultaat or x.wat or x.id
    regels = [f"- {o.vet(kop)} ({o.t(x.id)})"]
    if x.wat and x.wat != kop:
        regels.append(f"  - Gepland: {o.t(x.wat)}")
    if x.wie:
        regels.append(f"  - Wie: {o.t(x.wie.tekst)}")
    if x.wanneer:
        regels.append(f"  - Gereed: {o.t(x.wanneer)}")
    regels.append(f"  - Status: {x.status}")
    e = a.evaluatie
    if e is None:
        regels.append("  - Evaluatie: nog niet ingevuld")
    else:
        uitkomst = BEHAALD[e.behaald] if e.behaald else "niet aangegeven of het resultaat is behaald"
        regels.append(f"  - Evaluatie: {uitkomst}" + (f". {o.t(e.toelichting)}" if e.toelichting else ""))
        for k in e.kpi:
            if k.waarde:
                naam = f"KPI {k.nummer}" + (f" ({v.kpis[k.nummer]})" if k.nummer in v.kpis else "")
                regels.append(f"  - {o.t(naam)}: {o.t(k.waarde)}")
    for vg in x.voortgang:
        regels.append(f"  - Voortgang {formatteer_datum(vg.datum)}: {o.t(vg.tekst)}")
    if a.overgenomen_in:
        regels.append(f"  - Meegenomen naar {v.schooljaar.volgende()} als {o.t(a.overgenomen_in)}")
    elif x.status not in ("gereed", "vervallen") and v.volgend_jaarplan:
        regels.append(f"  - Niet meegenomen naar {v.schooljaar.volgende()}")
    return regels


def _onderdeel(v: Verantwoording, od: OnderdeelVerantwoording, o: _Opmaak) -> list[str]:
    punten = _punten(od.ontwikkelpunten)
    regels = o.kop(2, od.onderdeel.titel + (f" ({punten})" if punten else ""))
    for doel in od.doelen:
        regels += [f"Doel: {o.t(doel)}", ""]
    t = od.tellingen
    if not t.acties:
        return [*regels, "Voor dit onderdeel waren geen acties gepland.", ""]
    regels += [
        o.t(
            f"Gepland: {_aantal(t.acties, 'actie', 'acties')} ({_statussen(t)}). Evaluatie: {_evaluaties(t)}."
            f" Meegenomen: {_meegenomen(v, t)}."
        ),
        "",
    ]
    for a in od.acties:
        regels += _actie(v, a, o)
    return [*regels, ""]


def hoofdstuk(v: Verantwoording, markdown: bool = False) -> str:
    """The chapter 'Verantwoording jaarplan <schooljaar>', ending in one newline."""
    o = _Opmaak(markdown)
    regels = [*o.kop(1, f"Verantwoording jaarplan {v.schooljaar}"), *_inleiding(v, o), *_samenvatting(v, o)]
    regels += _ontwikkelpunten(v, o)
    for od in v.onderdelen:
        regels += _onderdeel(v, od, o)
    while regels and not regels[-1]:
        regels.pop()
    return "\n".join(regels) + "\n"
