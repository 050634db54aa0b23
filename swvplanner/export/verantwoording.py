"""The chapter 'Verantwoording jaarplan' of the jaarverslag, as plain text or Markdown.

Built from `core.evaluatie.Verantwoording`; pure (returns the text). It reads as the chapter an SWV
puts in its jaarverslag: an opening paragraph with the result of the year, a table per onderdeel,
then per onderdeel what was reached (the evaluaties, in sentences), what is not evaluated yet and
what continues next year; the acties one by one are in an appendix table. The publishing of the
jaarverslag as Word/PDF takes the Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from swvplanner.core.evaluatie import BEHAALD_TEKST as BEHAALD
from swvplanner.core.evaluatie import ActieVerantwoording, OnderdeelVerantwoording, Tellingen, Verantwoording
from swvplanner.core.model.jaarplan import AFGEROND
from swvplanner.core.nl_datum import formatteer_datum

_MD_SPECIAAL = re.compile(r"([\\`*_\[\]<>|#])")
_UITKOMSTEN = ("ja", "deels", "nee")


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


def _zin(tekst: str) -> str:
    """A text as a sentence: ending in a full stop (or the mark it has)."""
    tekst = tekst.rstrip()
    return tekst if not tekst or tekst.endswith((".", "!", "?")) else tekst + "."


def _punten(nummers: Iterable[int]) -> str:
    n = [str(x) for x in nummers]
    return f"ontwikkelpunt{'en' if len(n) > 1 else ''} {_opsomming(n)}" if n else ""


def naam_van(a: ActieVerantwoording) -> str:
    """What an actie is called in a sentence: its resultaat; a resultaat of one or two words
    ('Analyseren') is a label in the source table, so the wat follows it."""
    x = a.actie
    wat = _een_regel(x.wat).split("; ")[0] if x.wat else ""
    if x.resultaat and (len(x.resultaat.split()) > 2 or not wat):
        naam = _een_regel(x.resultaat)
    elif x.resultaat:
        # 'Uitvoeren ouderpeiling' continues the label in lower case; 'SWV-brede …' keeps its capitals
        naam = f"{_een_regel(x.resultaat)}: {wat[:1].lower() + wat[1:] if wat[1:2].islower() else wat}"
    else:
        naam = wat or x.id
    return naam.rstrip(".")  # the name sits inside a sentence or a list


class _Opmaak:
    """Headings, emphasis, tables and escaping: Markdown, or plain text that reads the same."""

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

    def schuin(self, tekst: str) -> str:
        return f"*{self.t(tekst)}*" if self.markdown else self.t(tekst)

    def tabel(self, kop: list[str], rijen: list[list[str]], getallen: int = 0) -> list[str]:
        """A table; the last `getallen` columns are numbers (right-aligned). Cells are plain text."""
        if self.markdown:
            scheiding = ["---"] * (len(kop) - getallen) + ["---:"] * getallen
            uit = ["| " + " | ".join(self.t(c) for c in kop) + " |", "| " + " | ".join(scheiding) + " |"]
            return [*uit, *("| " + " | ".join(self.t(c) for c in r) + " |" for r in rijen), ""]
        breedte = [max(len(r[i]) for r in [kop, *rijen]) for i in range(len(kop))]
        rechts = range(len(kop) - getallen, len(kop))

        def regel(r: list[str]) -> str:
            return "  ".join(
                c.rjust(b) if i in rechts else c.ljust(b) for i, (c, b) in enumerate(zip(r, breedte, strict=True))
            ).rstrip()

        return [regel(kop), "  ".join("-" * b for b in breedte), *(regel(r) for r in rijen), ""]


def _stand(t: Tellingen, van: str) -> str:
    """'Van de 23 acties zijn er 5 afgerond; 18 staan nog open (14 gepland en 4 lopend).' `van`
    opens the sentence ('Van de 23 acties', 'Daarvan')."""
    afgerond = t.acties - t.niet_afgerond
    # A vervallen actie is afgerond (it does not carry over) but was not done: say which is which.
    vervallen = t.status.get("vervallen", 0)
    hoe = ""
    if vervallen:
        hoe = (
            " ("
            + _opsomming(f"{n} {s}" for s, n in (("gereed", afgerond - vervallen), ("vervallen", vervallen)) if n)
            + ")"
        )
    if not t.niet_afgerond:
        if van == "Daarvan":
            alle = "Die is" if t.acties == 1 else "Beide zijn" if t.acties == 2 else f"Alle {t.acties} zijn"
        else:
            alle = (
                "De actie is"
                if t.acties == 1
                else "Beide acties zijn"
                if t.acties == 2
                else f"Alle {t.acties} acties zijn"
            )
        return f"{alle} afgerond{hoe}."
    open_ = {s: n for s, n in t.status.items() if s not in AFGEROND}
    if len(open_) == 1:  # one status: '(gepland)', '(beide gepland)', '(alle gepland)'
        welke = {1: "", 2: "beide "}.get(t.niet_afgerond, "alle ") + next(iter(open_))
    else:
        welke = _opsomming(f"{n} {s}" for s, n in open_.items())
    staan = f"{t.niet_afgerond} {'staat' if t.niet_afgerond == 1 else 'staan'} nog open ({welke})"
    if not afgerond:
        return f"{van} is er nog geen afgerond; {staan}."
    return f"{van} {'is' if afgerond == 1 else 'zijn'} er {afgerond} afgerond{hoe}; {staan}."


def _evaluaties(t: Tellingen) -> str:
    """'Van 7 acties is het resultaat geëvalueerd: 4 behaald, 2 deels behaald en 1 niet behaald;
    bij 16 acties is de evaluatie nog niet ingevuld.'"""
    geevalueerd = t.acties - t.niet_geevalueerd
    if not geevalueerd:
        return "Van geen enkele actie is het resultaat al geëvalueerd."
    uitkomsten = _opsomming(f"{n} {BEHAALD[b]}" for b, n in t.behaald.items())
    zin = f"Van {_aantal(geevalueerd, 'actie', 'acties')} is het resultaat geëvalueerd" + (
        f": {uitkomsten}" if uitkomsten else ""
    )
    if t.niet_geevalueerd:
        zin += f"; bij {_aantal(t.niet_geevalueerd, 'actie', 'acties')} is de evaluatie nog niet ingevuld"
    return zin + "."


def _vervolg(v: Verantwoording, t: Tellingen) -> str:
    volgend = v.schooljaar.volgende()
    if not t.niet_afgerond:
        return ""
    if not v.volgend_jaarplan:
        return f"Er is nog geen jaarplan {volgend}, dus nog niets is meegenomen."
    if not t.overgenomen:
        return f"Geen van de niet afgeronde acties is meegenomen naar het jaarplan {volgend}."
    return f"{_aantal(t.overgenomen, 'actie nemen', 'acties nemen')} wij mee naar het jaarplan {volgend}."


def _inleiding(v: Verantwoording, o: _Opmaak) -> list[str]:
    plan = v.jaarplan
    titel = plan.titel or f"Jaarplan {v.schooljaar}"
    vastgesteld = f", vastgesteld op {formatteer_datum(plan.vastgesteld)}," if plan.vastgesteld else ""
    bron = f"de ontwikkelpunten van het {v.ondersteuningsplan}" if v.ondersteuningsplan else "de ontwikkelpunten"
    t = v.tellingen
    eerste = [
        f"Het {titel} van {v.organisatie}{vastgesteld} werkt {bron} uit in"
        f" {_aantal(len(v.onderdelen), 'onderdeel', 'onderdelen')} met {_aantal(t.acties, 'actie', 'acties')}.",
        "In dit hoofdstuk leggen wij per onderdeel verantwoording af over wat gepland was, wat er is bereikt"
        f" en wat wij meenemen naar het schooljaar {v.schooljaar.volgende()}.",
    ]
    if not t.acties:
        return [o.t(" ".join(eerste)), "", "Het jaarplan bevat geen acties.", ""]
    tweede = [_stand(t, f"Van de {_aantal(t.acties, 'actie', 'acties')}"), _evaluaties(t), _vervolg(v, t)]
    regels = [o.t(" ".join(eerste)), "", o.t(" ".join(z for z in tweede if z)), ""]
    if t.niet_geevalueerd == t.acties:
        regels += [
            "Voor dit jaarplan is nog geen evaluatie ingevuld. Vul per actie in of het resultaat is behaald"
            " (ja, deels of nee), met een toelichting; dan verschijnt die hier.",
            "",
        ]
    return regels


def _overzicht(v: Verantwoording, o: _Opmaak) -> list[str]:
    if not v.tellingen.acties:
        return []
    volgend = v.schooljaar.volgende()
    kop = [
        "Onderdeel",
        "Acties",
        "Afgerond",
        "Behaald",
        "Deels",
        "Niet behaald",
        "Nog te evalueren",
        f"Mee naar {volgend}",
    ]
    rijen = []
    for od in [*v.onderdelen, None]:
        t = od.tellingen if od else v.tellingen
        rijen.append(
            [
                od.onderdeel.titel if od else "Totaal",
                str(t.acties),
                str(t.acties - t.niet_afgerond),
                *(str(t.behaald.get(b, 0)) for b in _UITKOMSTEN),
                str(t.niet_geevalueerd),
                str(t.overgenomen) if v.volgend_jaarplan else "-",
            ]
        )
    return [*o.kop(2, "Overzicht"), *o.tabel(kop, rijen, getallen=len(kop) - 1)]


def _ontwikkelpunten(v: Verantwoording, o: _Opmaak) -> list[str]:
    if not v.ontwikkelpunten:
        return []
    regels = [*o.kop(2, "Per ontwikkelpunt van het ondersteuningsplan")]
    if v.op is not None and v.op.vastgesteld:
        regels += [
            o.t(
                f"Het {v.op.titel} geldt voor de schooljaren {v.op.periode} en is vastgesteld op "
                f"{formatteer_datum(v.op.vastgesteld)}."
            ),
            "",
        ]
    for p in v.ontwikkelpunten:
        naam = f"Ontwikkelpunt {p.nummer}" + (f" ({p.titel})" if p.titel else "")
        if p.acties:
            waar = _opsomming(p.onderdelen)
            regels.append(f"- {o.t(naam)}: {_aantal(p.acties, 'actie', 'acties')}, in {o.t(waar)}.")
        else:
            regels.append(f"- {o.t(naam)}: geen acties in dit jaarplan.")
        regels += [f"  - {o.vet('Doel.')} {o.t(_zin(doel))}" for doel in p.doelen]
    return [*regels, ""]


def _resultaat(v: Verantwoording, a: ActieVerantwoording, o: _Opmaak) -> str:
    e = a.evaluatie
    assert e is not None
    uitkomst = BEHAALD[e.behaald] if e.behaald else "niet aangegeven of het resultaat is behaald"
    zin = f"- {o.schuin(naam_van(a))}: {uitkomst}."
    if e.toelichting:
        zin += f" {o.t(_zin(e.toelichting))}"
    for k in e.kpi:
        if k.waarde:
            kpi = f"KPI {k.nummer}" + (f" ({v.kpis[k.nummer]})" if k.nummer in v.kpis else "")
            zin += f" {o.t(kpi)}: {o.t(k.waarde)}."
    return zin


def _onderdeel(v: Verantwoording, od: OnderdeelVerantwoording, o: _Opmaak) -> list[str]:
    punten = _punten(od.ontwikkelpunten)
    regels = o.kop(2, od.onderdeel.titel + (f" ({punten})" if punten else ""))
    for doel in od.doelen:
        regels += [f"{o.vet('Doel.')} {o.t(_zin(doel))}", ""]
    t = od.tellingen
    if not t.acties:
        return [*regels, "Voor dit onderdeel waren geen acties gepland.", ""]
    gepland = _aantal(t.acties, "actie", "acties")
    stonden = "stond" if t.acties == 1 else "stonden"
    regels += [o.t(f"Voor dit onderdeel {stonden} {gepland} gepland. {_stand(t, 'Daarvan')}"), ""]
    geevalueerd = sorted(
        (a for a in od.acties if a.evaluatie),
        key=lambda a: _UITKOMSTEN.index(a.evaluatie.behaald or "nee"),  # type: ignore[union-attr]
    )
    if geevalueerd:
        regels += [o.vet("Resultaten"), "", *(_resultaat(v, a, o) for a in geevalueerd), ""]
    open_ = [a for a in od.acties if a.evaluatie is None]
    if open_:
        welke = "deze actie" if len(open_) == 1 else f"deze {len(open_)} acties"
        regels += _lijst(
            o,
            f"{o.vet('Nog niet geëvalueerd.')} Van {welke} is de evaluatie nog niet ingevuld",
            [o.schuin(naam_van(a)) for a in open_],
        )
    regels += _vervolg_onderdeel(v, od, o)
    return regels


def _vervolg_onderdeel(v: Verantwoording, od: OnderdeelVerantwoording, o: _Opmaak) -> list[str]:
    volgend = v.schooljaar.volgende()
    lopend = [a for a in od.acties if a.actie.status not in AFGEROND]
    kop = o.vet(f"Vervolg in {volgend}.")
    if not lopend:
        return [f"{kop} Alle acties van dit onderdeel zijn afgerond.", ""]
    if not v.volgend_jaarplan:
        nog = _aantal(len(lopend), "actie is", "acties zijn")
        return [f"{kop} {nog} nog niet afgerond; het jaarplan {volgend} is er nog niet.", ""]
    mee = [a for a in lopend if a.overgenomen_in]
    niet = [a for a in lopend if not a.overgenomen_in]
    regels: list[str] = []
    if mee:
        zin = f"{kop} In het jaarplan {volgend} " + (
            "loopt deze actie door" if len(mee) == 1 else f"lopen deze {len(mee)} acties door"
        )
        regels += _lijst(o, zin, [f"{o.schuin(naam_van(a))} (als {o.t(a.overgenomen_in or '')})" for a in mee])
    if niet:
        zin = ("" if mee else f"{kop} ") + "Niet afgerond en niet meegenomen"
        regels += _lijst(o, zin, [f"{o.schuin(naam_van(a))} ({a.actie.status})" for a in niet])
    return regels


def _lijst(o: _Opmaak, zin: str, namen: list[str]) -> list[str]:
    """A sentence naming one item ('…: X.'), or leading into a list of several: names of acties
    carry their own commas and 'en', so a list keeps them apart."""
    if len(namen) == 1:
        return [f"{zin}: {namen[0]}.", ""]
    return [f"{zin}:", "", *(f"- {n}" for n in namen), ""]


def _bijlage(v: Verantwoording, o: _Opmaak) -> list[str]:
    acties = [a for od in v.onderdelen for a in od.acties]
    if not acties:
        return []
    volgend = v.schooljaar.volgende()
    rijen = []
    for a in acties:
        x, e = a.actie, a.evaluatie
        evaluatie = "nog niet ingevuld" if e is None else BEHAALD[e.behaald] if e.behaald else "ingevuld"
        vervolg = f"als {a.overgenomen_in}" if a.overgenomen_in else x.status if x.status in AFGEROND else "-"
        rijen.append([x.id, naam_van(a), x.wie.tekst if x.wie else "-", x.wanneer or "-", x.status, evaluatie, vervolg])
    kop = ["Actie", "Resultaat", "Wie", "Gereed", "Status", "Evaluatie", f"In {volgend}"]
    regels = [*o.kop(2, f"Bijlage: de acties van het jaarplan {v.schooljaar}")]
    if o.markdown:
        regels += o.tabel(kop, rijen)
    else:  # as plain text the table would be far wider than a page: two lines per actie instead
        for r in rijen:
            regels.append(f"- {r[0]}: {r[1]}")
            regels.append(
                f"  Wie: {_zin(_een_regel(r[2]))} Gereed: {r[3]}. Status: {r[4]}. Evaluatie: {r[5]}. {kop[6]}: {r[6]}."
            )
        regels.append("")
    voortgang = [(a.actie.id, vg) for a in acties for vg in a.actie.voortgang]
    if voortgang:
        regels += [o.vet("Voortgang"), ""]
        regels += [f"- {o.t(i)}, {formatteer_datum(vg.datum)}: {o.t(vg.tekst)}" for i, vg in voortgang]
        regels.append("")
    return regels


def hoofdstuk(v: Verantwoording, markdown: bool = False) -> str:
    """The chapter 'Verantwoording jaarplan <schooljaar>', ending in one newline."""
    o = _Opmaak(markdown)
    regels = [*o.kop(1, f"Verantwoording jaarplan {v.schooljaar}"), *_inleiding(v, o), *_overzicht(v, o)]
    regels += _ontwikkelpunten(v, o)
    for od in v.onderdelen:
        regels += _onderdeel(v, od, o)
    regels += _bijlage(v, o)
    while regels and not regels[-1]:
        regels.pop()
    return "\n".join(regels) + "\n"
