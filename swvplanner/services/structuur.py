"""Creating and deleting the parts of the plans: onderdelen of a jaarplan, kwaliteitskalender items
and categorieen. The app's forms and keys call these; each edit is recorded in the Werkset (undoable).

Deleting what a meeting's agenda still refers to is refused with the places; otherwise the app asks
first, and the question says what goes with it (the doelen and acties of an onderdeel).
"""

from __future__ import annotations

import re
from typing import Any, get_args

from swvplanner.core.bewerken import jaarplan as jp_bewerken
from swvplanner.core.bewerken import kwaliteitskalender as kk_bewerken
from swvplanner.core.fouten import BewerkFout, FormulierFout
from swvplanner.core.gebruik import agenda_gebruik, plaatsen
from swvplanner.core.model.jaarplan import Jaarplan, Onderdeel, SoortOnderdeel
from swvplanner.core.model.kwaliteitskalender import Kwaliteitskalender, KwaliteitskalenderItem
from swvplanner.core.plannen import KWALITEITSKALENDER
from swvplanner.services.bewerken import Werkset, _gevalideerd, _verplicht

ONDERDEEL_SOORTEN: tuple[str, ...] = get_args(SoortOnderdeel)
ONDERDEEL_VELDEN = (
    ("titel", "Titel"),
    ("id", "Id (volgt de titel; daarna vast)"),
    ("nummer", "Nummer (bijvoorbeeld 1 of 2a)"),
    ("ontwikkelpunten", "Ontwikkelpunten van het OP (nummers, bijvoorbeeld 2, 3)"),
    ("verantwoordelijkheid", "Verantwoordelijk"),
    ("beschrijving", "Beschrijving"),
)
ONDERDEEL_VERPLICHT = {
    "titel": "verplicht: de titel van het onderdeel",
    "id": "verplicht: kleine letters, cijfers en streepjes",
}


def _jp(ws: Werkset, document: str) -> Jaarplan:
    return ws.modellen[document]  # type: ignore[return-value]


def _kk(ws: Werkset) -> Kwaliteitskalender:
    if KWALITEITSKALENDER not in ws.modellen:
        raise BewerkFout("er is geen kwaliteitskalender (kwaliteitskalender.yaml)")
    return ws.modellen[KWALITEITSKALENDER]  # type: ignore[return-value]


def _weigering(wat: str, gebruik: list[str], meer: bool = False) -> str | None:
    """'X staat nog op de agenda van 2 vergaderingen: ...' (`meer`: 'X staan', for acties)."""
    if not gebruik:
        return None
    keer = "1 vergadering" if len(gebruik) == 1 else f"{len(gebruik)} vergaderingen"
    staat, het = ("staan", "ze") if meer else ("staat", "het")
    return (
        f"{wat} {staat} nog op de agenda van {keer}: {plaatsen(gebruik)}. "
        f"Haal {het} daar eerst af (g in Vergaderingen)."
    )


# --- onderdelen ------------------------------------------------------------------------------


def nieuw_onderdeel_id(ws: Werkset, document: str, titel: str) -> str:
    return jp_bewerken.nieuw_onderdeel_id(_jp(ws, document), titel)


def onderdeel_uit_formulier(ws: Werkset, document: str, velden: dict[str, str]) -> Onderdeel:
    """A new onderdeel from the form's text; FormulierFout with Dutch messages per field."""
    data: dict[str, Any] = {k: v.strip() for k, v in velden.items() if v.strip()}
    meldingen: dict[str, str] = {}
    if "ontwikkelpunten" in data:
        delen = [d for d in re.split(r"[,;\s]+", data["ontwikkelpunten"]) if d]
        if all(d.isdigit() for d in delen):
            data["ontwikkelpunten"] = [int(d) for d in delen]
        else:
            meldingen["ontwikkelpunten"] = "schrijf de nummers van de ontwikkelpunten, bijvoorbeeld 2, 3"
            del data["ontwikkelpunten"]
    plan = _jp(ws, document)
    if data.get("id") in {o.id for o in plan.alle_onderdelen()} | {a.id for a in plan.acties()}:
        meldingen["id"] = f"'{data['id']}' wordt al gebruikt"
    leeg = _verplicht(velden, ONDERDEEL_VERPLICHT)
    try:
        onderdeel = _gevalideerd(Onderdeel, data, leeg)
    except FormulierFout as fout:
        raise FormulierFout({**fout.velden, **meldingen}, fout.verplicht) from None
    if meldingen:
        raise FormulierFout(meldingen)
    return onderdeel


def onderdeel_toevoegen(ws: Werkset, document: str, onderdeel: Onderdeel, ouder_id: str | None = None) -> None:
    nieuw = jp_bewerken.voeg_onderdeel_toe(_jp(ws, document), onderdeel, ouder_id)
    ws.pas_toe(document, nieuw, f"onderdeel {onderdeel.id} toegevoegd")


def _onderdeel(ws: Werkset, document: str, onderdeel_id: str) -> Onderdeel:
    o = next((x for x in _jp(ws, document).alle_onderdelen() if x.id == onderdeel_id), None)
    if o is None:
        raise BewerkFout(f"onderdeel '{onderdeel_id}' bestaat niet (meer)")
    return o


def _inhoud(o: Onderdeel) -> tuple[int, list[str], int]:
    """What an onderdeel holds, its own onderdelen included: doelen, the ids of its acties, onderdelen."""
    doelen, acties, delen = 0, [], -1
    for x in o.alle_onderdelen():
        delen += 1
        doelen += len(x.doelen)
        acties += [a.id for d in x.doelen for a in d.acties] + [a.id for a in x.acties]
    return doelen, acties, delen


def onderdeel_weigering(ws: Werkset, document: str, onderdeel_id: str) -> str | None:
    """Why the onderdeel cannot be deleted (its acties are on a meeting's agenda), or None."""
    o = _onderdeel(ws, document, onderdeel_id)
    return _weigering(f"Acties van onderdeel {o.titel}", agenda_gebruik(ws.plannen, acties=_inhoud(o)[1]), meer=True)


def onderdeel_vraag(ws: Werkset, document: str, onderdeel_id: str) -> str:
    """The question before deleting it: how many doelen, acties and onderdelen go with it."""
    o = _onderdeel(ws, document, onderdeel_id)
    doelen, acties, delen = _inhoud(o)
    mee = [
        f"{n} {enkel if n == 1 else meer}"
        for n, enkel, meer in (
            (delen, "onderdeel", "onderdelen"),
            (doelen, "doel", "doelen"),
            (len(acties), "actie", "acties"),
        )
        if n
    ]
    if not mee:
        return f"Onderdeel {o.titel} ({o.id}) verwijderen? Het is leeg."
    lijst = mee[0] if len(mee) == 1 else ", ".join(mee[:-1]) + " en " + mee[-1]
    return f"Onderdeel {o.titel} ({o.id}) verwijderen, met {lijst}?"


def onderdeel_verwijderen(ws: Werkset, document: str, onderdeel_id: str) -> None:
    if reden := onderdeel_weigering(ws, document, onderdeel_id):
        raise BewerkFout(reden)
    ws.pas_toe(
        document,
        jp_bewerken.verwijder_onderdeel(_jp(ws, document), onderdeel_id),
        f"onderdeel {onderdeel_id} verwijderd",
    )


# --- kwaliteitskalender ----------------------------------------------------------------------


def categorieen(ws: Werkset) -> list[str]:
    return [c.naam for c in _kk(ws).categorieen] if KWALITEITSKALENDER in ws.modellen else []


def nieuw_kk_id(ws: Werkset, wat: str) -> str:
    return kk_bewerken.nieuw_item_id(_kk(ws), wat)


def kk_id_bezet(ws: Werkset, item_id: str) -> str | None:
    """The message at the id field when another item has it."""
    return f"'{item_id}' wordt al gebruikt" if _kk(ws).item(item_id) is not None else None


def kk_item_toevoegen(ws: Werkset, categorie: int, item: KwaliteitskalenderItem) -> None:
    ws.pas_toe(
        KWALITEITSKALENDER,
        kk_bewerken.voeg_toe(_kk(ws), categorie, item),
        f"kwaliteitskalender-item {item.id} toegevoegd",
    )


def kk_weigering(ws: Werkset, item_id: str) -> str | None:
    """Why the item cannot be deleted (a meeting's agenda has it), or None."""
    item = _kk(ws).item(item_id)
    wat = f"Kwaliteitskalender-item {item.wat if item else item_id}"
    return _weigering(wat, agenda_gebruik(ws.plannen, kk_items=[item_id]))


def kk_item_verwijderen(ws: Werkset, item_id: str) -> None:
    if reden := kk_weigering(ws, item_id):
        raise BewerkFout(reden)
    ws.pas_toe(
        KWALITEITSKALENDER, kk_bewerken.verwijder(_kk(ws), item_id), f"kwaliteitskalender-item {item_id} verwijderd"
    )


def categorie_toevoegen(ws: Werkset, naam: str) -> None:
    ws.pas_toe(
        KWALITEITSKALENDER, kk_bewerken.voeg_categorie_toe(_kk(ws), naam), f"categorie {naam.strip()} toegevoegd"
    )
