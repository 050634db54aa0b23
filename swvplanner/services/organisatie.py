"""Editing the organisation (swv.yaml) from the app: its own fields, overlegorganen, rollen, goedkeurders.

Each form field is text as typed; the functions here turn it into the model (Dutch messages per
field, FormulierFout), check that a new id or e-mail is free, and record the edit in the Werkset
(undoable). Deleting an orgaan or rol that the plans still refer to is refused with the places.
An orgaan's or rol's id never changes once made: the form shows it, but does not edit it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, get_args

from swvplanner.core.bewerken import organisatie as org_bewerken
from swvplanner.core.bewerken.hulp import slug, vrij_id
from swvplanner.core.bewerken.organisatie import SOORT, Lijst
from swvplanner.core.fouten import BewerkFout, FormulierFout
from swvplanner.core.gebruik import orgaan_gebruik, plaatsen, rol_gebruik
from swvplanner.core.model.organisatie import Goedkeurder, Organisatie, Overlegorgaan, Regio, Rol, SoortOrgaan
from swvplanner.core.plannen import ORGANISATIE
from swvplanner.services.bewerken import Werkset, _gevalideerd, _verplicht

MODEL: dict[Lijst, type[Any]] = {"overlegorganen": Overlegorgaan, "rollen": Rol, "goedkeurders": Goedkeurder}
JA_NEE = [("ja", "ja"), ("nee", "nee")]


@dataclass(frozen=True)
class Veldspec:
    naam: str
    """The YAML key (and the form field's id)."""
    label: str
    keuzes: tuple[str, ...] | None = None
    """A choice (a Select) instead of text; the values as written in the YAML."""
    leeg_mag: bool = True
    """A choice that may be left empty."""


VELDEN: dict[Lijst | str, tuple[Veldspec, ...]] = {
    "overlegorganen": (
        Veldspec("naam", "Naam"),
        Veldspec("id", "Id (volgt de naam; daarna vast)"),
        Veldspec("kort", "Korte naam (in lijsten en agenda's)"),
        Veldspec("soort", "Soort", get_args(SoortOrgaan), leeg_mag=False),
        Veldspec("tijd", "Gewone tijd (bijvoorbeeld 19.30-21.30)"),
        Veldspec("locatie", "Gewone locatie"),
        Veldspec("minimum-per-schooljaar", "Minimum aantal vergaderingen per schooljaar"),
        Veldspec("openbaar", "Openbaar (agenda voor iedereen)", ("ja", "nee"), leeg_mag=False),
        Veldspec("onderdeel-van", "Onderdeel van (een ander orgaan)", ()),
    ),
    "rollen": (
        Veldspec("naam", "Naam"),
        Veldspec("id", "Id (volgt de naam; daarna vast)"),
        Veldspec("omschrijving", "Omschrijving"),
    ),
    "goedkeurders": (Veldspec("naam", "Naam"), Veldspec("email", "E-mailadres (van de git-identiteit)")),
    ORGANISATIE: (
        Veldspec("naam", "Naam"),
        Veldspec("kort", "Korte naam"),
        Veldspec("regio", "Schoolvakantieregio", get_args(Regio), leeg_mag=False),
        Veldspec("domein", "Domein (voor de agenda-UID's)"),
    ),
}
"""The fields of each form, in order."""

VERPLICHT: dict[Lijst | str, dict[str, str]] = {
    "overlegorganen": {
        "id": "verplicht: kleine letters, cijfers en streepjes",
        "naam": "verplicht: de volledige naam",
        "kort": "verplicht: de naam in lijsten, bijvoorbeeld OPR",
    },
    "rollen": {"id": "verplicht: kleine letters, cijfers en streepjes", "naam": "verplicht: de naam van de rol"},
    "goedkeurders": {"naam": "verplicht: de naam", "email": "verplicht: het e-mailadres van de git-identiteit"},
    ORGANISATIE: {"naam": "verplicht: de volledige naam", "kort": "verplicht", "domein": "verplicht"},
}
ID_VAST = "het id blijft vast: de plannen verwijzen ernaar"
"""What the form says at the id of an existing orgaan or rol."""


def organisatie(ws: Werkset) -> Organisatie:
    return ws.modellen[ORGANISATIE]  # type: ignore[return-value]


def items(ws: Werkset, lijst: Lijst) -> list[Any]:
    return list(getattr(organisatie(ws), lijst))


def keuzes(ws: Werkset, lijst: Lijst | str, veld: Veldspec, index: int | None) -> list[tuple[str, str]]:
    """The values a choice field offers: (value, label)."""
    if veld.naam == "onderdeel-van":
        eigen = items(ws, "overlegorganen")[index].id if index is not None else None
        return [(o.id, f"{o.kort} ({o.id})") for o in organisatie(ws).overlegorganen if o.id != eigen]
    return [(k, k) for k in veld.keuzes or ()]


def waarden(ws: Werkset, lijst: Lijst | str, index: int | None) -> dict[str, str]:
    """The form's text of an item (or of the organisation); empty for a new item."""
    if lijst == ORGANISATIE:
        plain = organisatie(ws).plain()
    elif index is None:
        return {"soort": "werkgroep", "openbaar": "ja"} if lijst == "overlegorganen" else {}
    else:
        plain = items(ws, lijst)[index].plain()  # type: ignore[arg-type]
    uit = {v.naam: "" if plain.get(v.naam) is None else str(plain[v.naam]) for v in VELDEN[lijst]}
    if lijst == "overlegorganen":
        uit["openbaar"] = "ja" if plain.get("openbaar", True) else "nee"
    return uit


def voorgesteld_id(ws: Werkset, lijst: Lijst, naam: str) -> str:
    """A free id from the name ('Werkgroep PO/VO' → 'werkgroep-po-vo')."""
    return vrij_id(slug(naam), (i.id for i in items(ws, lijst)), SOORT[lijst])


def uit_formulier(ws: Werkset, lijst: Lijst | str, index: int | None, velden: dict[str, str]) -> Any:
    """The item (or organisation) from the form's text; FormulierFout with Dutch messages per field."""
    basis = organisatie(ws) if lijst == ORGANISATIE else (items(ws, lijst)[index] if index is not None else None)  # type: ignore[arg-type]
    data: dict[str, Any] = basis.plain() if basis is not None else {}
    for v in VELDEN[lijst]:
        waarde = velden.get(v.naam, "").strip()
        if v.naam == "openbaar":
            data.pop("openbaar", None)
            if waarde == "nee":
                data["openbaar"] = False
        elif v.naam == "id" and basis is not None:
            continue  # the id stays
        elif waarde:
            data[v.naam] = waarde
        else:
            data.pop(v.naam, None)
    leeg = _verplicht(velden, VERPLICHT[lijst])
    if lijst == ORGANISATIE:
        return _gevalideerd(Organisatie, data, leeg)
    bezet = _bezet(ws, lijst, index, data)  # type: ignore[arg-type]
    try:
        model = _gevalideerd(MODEL[lijst], data, leeg)  # type: ignore[index]
    except FormulierFout as fout:
        raise FormulierFout({**fout.velden, **bezet}, fout.verplicht) from None
    if bezet:
        raise FormulierFout(bezet)
    return model


def _bezet(ws: Werkset, lijst: Lijst, index: int | None, data: dict[str, Any]) -> dict[str, str]:
    """The field whose id or e-mail another item of the list already has."""
    veld = "email" if lijst == "goedkeurders" else "id"
    waarde = str(data.get(veld, ""))
    for i, ander in enumerate(items(ws, lijst)):
        if waarde and i != index and str(getattr(ander, veld)).lower() == waarde.lower():
            return {veld: f"'{waarde}' wordt al gebruikt"}
    return {}


def opslaan(ws: Werkset, lijst: Lijst | str, index: int | None, item: Any) -> None:
    """Record the form's result: the organisation's fields, or a new or edited orgaan, rol, goedkeurder."""
    org = organisatie(ws)
    if lijst == ORGANISATIE:
        velden = {v.naam: getattr(item, v.naam) for v in VELDEN[ORGANISATIE]}
        ws.pas_toe(ORGANISATIE, org_bewerken.zet_gegevens(org, **velden), "gegevens van de organisatie bewerkt")
    elif index is None:
        ws.pas_toe(ORGANISATIE, org_bewerken.voeg_toe(org, lijst, item), f"{SOORT[lijst]} {_naam(item)} toegevoegd")  # type: ignore[arg-type]
    else:
        nieuw = org_bewerken.vervang(org, lijst, index, item)  # type: ignore[arg-type]
        ws.pas_toe(ORGANISATIE, nieuw, f"{SOORT[lijst]} {_naam(item)} bewerkt")


def _naam(item: Any) -> str:
    return str(item.id) if hasattr(item, "id") else str(item.naam)


def omschrijving(ws: Werkset, lijst: Lijst, index: int) -> str:
    """'overlegorgaan OPR (opr)', 'rol Secretariaat (secretariaat)', 'goedkeurder Naam (e-mail)'."""
    item = items(ws, lijst)[index]
    kort = item.kort if lijst == "overlegorganen" else item.naam
    return f"{SOORT[lijst]} {kort} ({item.email if lijst == 'goedkeurders' else item.id})"


def hoofdletter(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


def weigering(ws: Werkset, lijst: Lijst, index: int) -> str | None:
    """Why this orgaan or rol cannot be deleted (Dutch, with where it is used), or None."""
    item = items(ws, lijst)[index]
    if lijst == "goedkeurders":
        return None
    gebruik = (orgaan_gebruik if lijst == "overlegorganen" else rol_gebruik)(ws.plannen, item.id)
    if not gebruik:
        return None
    wat = hoofdletter(omschrijving(ws, lijst, index))
    keer = "1 plaats" if len(gebruik) == 1 else f"{len(gebruik)} plaatsen"
    return f"{wat} wordt nog gebruikt op {keer}: {plaatsen(gebruik)}. Haal die verwijzingen eerst weg."


def vraag(ws: Werkset, lijst: Lijst, index: int) -> str:
    """The question before deleting an item nothing refers to."""
    wat = hoofdletter(omschrijving(ws, lijst, index))
    if lijst == "goedkeurders":
        laatste = " Dan is er geen goedkeurder meer: niemand kan nog vaststellen." if len(items(ws, lijst)) == 1 else ""
        return f"{wat} verwijderen?{laatste}"
    return f"{wat} verwijderen? Niets in de plannen verwijst ernaar."


def verwijderen(ws: Werkset, lijst: Lijst, index: int) -> None:
    if reden := weigering(ws, lijst, index):
        raise BewerkFout(reden)
    item = items(ws, lijst)[index]
    ws.pas_toe(
        ORGANISATIE, org_bewerken.verwijder(organisatie(ws), lijst, index), f"{SOORT[lijst]} {_naam(item)} verwijderd"
    )
