"""What the Jaarplan screen shows: an actie's label in the tree, and the detail of an actie or onderdeel."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from swvplanner.core.evaluatie import BEHAALD_TEKST as BEHAALD
from swvplanner.core.model.jaarplan import Actie, Onderdeel
from swvplanner.core.model.organisatie import Ondersteuningsplan, Organisatie
from swvplanner.core.overzichten import actie_kort
from swvplanner.core.wie import trekker_tekst

STATUS_TEKEN = {"gepland": "○", "lopend": "◐", "gereed": "●", "uitgesteld": "‖", "vervallen": "✗"}
STATUS_KLEUR = {"gepland": "", "lopend": "cyan", "gereed": "green", "uitgesteld": "yellow", "vervallen": "dim"}


def actie_label(a: Actie) -> Text:
    return Text.assemble((STATUS_TEKEN[a.status], STATUS_KLEUR[a.status]), " ", actie_kort(a))


def _regel(label: str, waarde: object) -> Content | None:
    """'Label: value' with the value (user text) shown literally; None when there is no value."""
    return (
        Content.from_markup("[b]$label:[/b] $waarde", label=label, waarde=str(waarde))
        if waarde not in (None, "", [])
        else None
    )


def _regels(regels: list[Content | None]) -> Content:
    return Content("\n").join(r for r in regels if r is not None)


def _ontwikkelpunten(nummers: list[int], op: Ondersteuningsplan | None) -> list[Content | None]:
    """'Ontwikkelpunten: 2, 3', then per point its title and goals from the OP (swv.yaml) when it has them."""
    regels: list[Content | None] = [_regel("Ontwikkelpunten", ", ".join(map(str, nummers)))]
    for nummer in nummers:
        p = op.ontwikkelpunt(nummer) if op else None
        if p is not None and p.titel:
            regels.append(Content.from_markup("  $nummer. $titel", nummer=str(nummer), titel=p.titel))
        if p is not None:
            regels.extend(Content.from_markup("    [dim]OP-doel:[/dim] $doel", doel=d) for d in p.doelen)
    return regels


def actie_detail(a: Actie, org: Organisatie | None = None) -> Content:
    regels: list[Content | None] = [
        Content.from_markup("[b]$wat[/b]  [dim]$id[/dim]", wat=actie_kort(a), id=a.id),
        Content.assemble(("Status:", "bold"), " ", (a.status, STATUS_KLEUR[a.status])),
        _regel("Wanneer", a.wanneer),
        _regel("Wie", a.wie.tekst if a.wie else None),
        _regel("Trekker", t.removeprefix("Trekker: ")) if org and (t := trekker_tekst(a.wie, org)) else None,
        _regel("Resultaat", a.resultaat),
        _regel("Wat", a.wat),
        _regel("Actiepunten", a.actiepunten),
        _regel("Indicator", a.indicator),
        _regel("Meetinstrument", a.meetinstrument),
        _regel("Personeel", a.middelen.personeel if a.middelen else None),
        _regel("Financieel", a.middelen.financieel if a.middelen else None),
        *_ontwikkelpunten(a.ontwikkelpunten, org.ondersteuningsplan if org else None),
        _regel("Overgenomen van", a.overgenomen_van),
        _regel("Opmerking", a.opmerking),
    ]
    if a.evaluatie is not None and a.evaluatie.ingevuld:
        e = a.evaluatie
        regels.append(_regel("Evaluatie", BEHAALD.get(e.behaald or "", "behaald? nog niet ingevuld")))
        regels.append(_regel("Toelichting", e.toelichting))
        regels.extend(_regel(f"KPI {k.nummer}", k.waarde) for k in e.kpi)
    if a.voortgang:
        regels.append(Content.from_markup("[b]Voortgang:[/b]"))
        regels.extend(Content(f"  {v.datum:%d-%m-%Y} {v.tekst}") for v in a.voortgang)
    return _regels(regels)


def onderdeel_detail(o: Onderdeel, doel: int | None, org: Organisatie | None = None) -> Content:
    regels: list[Content | None] = [
        Content.from_markup("[b]$titel[/b] ($soort)  [dim]$id[/dim]", titel=o.titel, soort=o.soort, id=o.id),
        *_ontwikkelpunten(o.ontwikkelpunten, org.ondersteuningsplan if org else None),
        _regel("Verantwoordelijk", o.verantwoordelijkheid),
        _regel("Beschrijving", o.beschrijving),
    ]
    if doel is not None and doel < len(o.doelen):
        regels += [_regel("Doel", o.doelen[doel].tekst), _regel("Indicator", o.doelen[doel].indicator)]
    aantal = sum(len(d.acties) for d in o.doelen) + len(o.acties)
    regels.append(Content(f"{aantal} acties · n voegt er een toe"))
    return _regels(regels)
