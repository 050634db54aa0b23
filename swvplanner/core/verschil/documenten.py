"""The semantic diff per kind of document: jaarplan, vergaderingen, kwaliteitskalender, organisatie."""

from __future__ import annotations

from typing import Any

from swvplanner.core.model.jaarplan import Jaarplan
from swvplanner.core.model.kwaliteitskalender import Kwaliteitskalender
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Vergaderplanning
from swvplanner.core.verschil.basis import Wijziging, veldwijzigingen, waarde
from swvplanner.core.verschil.vergaderingen import vergaderingen


def per_document(naam: str, oud: Any, nieuw: Any, org: Organisatie | None) -> list[Wijziging]:
    if isinstance(nieuw, Jaarplan):
        return jaarplan(naam, oud, nieuw)
    if isinstance(nieuw, Vergaderplanning):
        return vergaderingen(naam, oud, nieuw, org)
    if isinstance(nieuw, Kwaliteitskalender):
        return kwaliteitskalender(naam, oud, nieuw)
    if isinstance(nieuw, Organisatie):
        return organisatie(naam, oud, nieuw)
    return [
        Wijziging(naam, "gewijzigd", "document", None, f"{naam}: {k} {waarde(a)} → {waarde(b)}", k, a, b)
        for k, a, b in veldwijzigingen(oud.plain(), nieuw.plain())
    ]


def _kort(tekst: str | None, fallback: str) -> str:
    regel = (tekst or fallback).strip().split("\n")[0]
    return regel if len(regel) <= 60 else regel[:59] + "…"


# --- jaarplan --------------------------------------------------------------------------------


def _acties(plan: Jaarplan) -> dict[str, tuple[Any, str]]:
    return {a.id: (a, o.titel) for o, a in plan.acties_met_onderdeel()}


def jaarplan(naam: str, oud: Jaarplan, nieuw: Jaarplan) -> list[Wijziging]:
    uit: list[Wijziging] = []
    o_oud = {o.id: o for o in oud.alle_onderdelen()}
    o_nieuw = {o.id: o for o in nieuw.alle_onderdelen()}
    for oid, o in o_nieuw.items():
        if oid not in o_oud:
            uit.append(Wijziging(naam, "toegevoegd", "onderdeel", oid, f"Nieuw onderdeel '{_kort(o.titel, oid)}'"))
        elif o_oud[oid].titel != o.titel:
            uit.append(
                Wijziging(
                    naam,
                    "gewijzigd",
                    "onderdeel",
                    oid,
                    f"Onderdeel '{_kort(o_oud[oid].titel, oid)}' heet nu '{_kort(o.titel, oid)}'",
                    "titel",
                    o_oud[oid].titel,
                    o.titel,
                )
            )
    a_oud, a_nieuw = _acties(oud), _acties(nieuw)
    for aid, (a, onderdeel) in a_nieuw.items():
        vorig, vorig_onderdeel = a_oud.get(aid, (None, None))
        uit.extend(actie(naam, vorig, a, vorig_onderdeel, onderdeel))
    for aid, (a, onderdeel) in a_oud.items():
        if aid not in a_nieuw:
            uit.extend(actie(naam, a, None, onderdeel, None))
    for oid, o in o_oud.items():
        if oid not in o_nieuw:
            uit.append(Wijziging(naam, "verwijderd", "onderdeel", oid, f"Onderdeel '{_kort(o.titel, oid)}' verwijderd"))
    kop_oud = {k: v for k, v in oud.plain().items() if k != "onderdelen"}
    kop_nieuw = {k: v for k, v in nieuw.plain().items() if k != "onderdelen"}
    for k, a, b in veldwijzigingen(kop_oud, kop_nieuw):
        uit.append(
            Wijziging(
                naam,
                "gewijzigd",
                "document",
                None,
                f"Jaarplan {nieuw.schooljaar}: {k} {waarde(a)} → {waarde(b)}",
                k,
                a,
                b,
            )
        )
    return uit


def actie(
    naam: str, oud: Any, nieuw: Any, oud_onderdeel: str | None = None, nieuw_onderdeel: str | None = None
) -> list[Wijziging]:
    """The changes of one actie (None: it does not exist on that side)."""
    if oud is None and nieuw is None:
        return []
    aid = (nieuw or oud).id
    if oud is None:
        waar = f" in '{_kort(nieuw_onderdeel, '')}'" if nieuw_onderdeel else ""
        return [
            Wijziging(
                naam,
                "toegevoegd",
                "actie",
                aid,
                f"Nieuwe actie '{_kort(nieuw.wat or nieuw.resultaat, aid)}'"
                f"{waar} (wanneer: {waarde(nieuw.wanneer)}, wie: "
                f"{waarde(nieuw.wie.tekst if nieuw.wie else None)})",
            )
        ]
    if nieuw is None:
        waar = f" (uit '{_kort(oud_onderdeel, '')}')" if oud_onderdeel else ""
        return [
            Wijziging(
                naam, "verwijderd", "actie", aid, f"Actie '{_kort(oud.wat or oud.resultaat, aid)}' verwijderd{waar}"
            )
        ]
    noem = f"Actie '{_kort(nieuw.wat or nieuw.resultaat, aid)}'"
    uit = []
    if oud_onderdeel is not None and nieuw_onderdeel is not None and oud_onderdeel != nieuw_onderdeel:
        uit.append(
            Wijziging(
                naam,
                "verplaatst",
                "actie",
                aid,
                f"{noem} verplaatst van '{_kort(oud_onderdeel, '')}' naar '{_kort(nieuw_onderdeel, '')}'",
                "onderdeel",
                oud_onderdeel,
                nieuw_onderdeel,
            )
        )
    return uit + _actievelden(naam, aid, noem, oud.plain(), nieuw.plain())


def _actievelden(naam: str, aid: str, noem: str, oud: dict[str, Any], nieuw: dict[str, Any]) -> list[Wijziging]:
    uit = []
    for k, a, b in veldwijzigingen(oud, nieuw):
        if k == "voortgang":
            nieuwe = [v for v in (b or []) if v not in (a or [])]
            if nieuwe and len(b or []) == len(a or []) + len(nieuwe):
                for v in nieuwe:
                    uit.append(
                        Wijziging(
                            naam,
                            "gewijzigd",
                            "actie",
                            aid,
                            f"{noem}: voortgang {waarde(v.get('datum'))} {waarde(v.get('tekst'))}",
                            k,
                            None,
                            v,
                        )
                    )
                continue
        if k == "status":
            tekst = f"{noem}: status {a or 'gepland'} → {b or 'gepland'}"
        elif k == "wie" and waarde(a) == waarde(b):  # same text: the rollen or organen changed
            tekst = f"{noem}: wie {_wie_verwijzingen(a)} → {_wie_verwijzingen(b)}"
        else:
            tekst = f"{noem}: {k} {waarde(a)} → {waarde(b)}"
        uit.append(Wijziging(naam, "gewijzigd", "actie", aid, tekst, k, a, b))
    return uit


def _wie_verwijzingen(wie: Any) -> str:
    if not isinstance(wie, dict):
        return "(geen rollen of organen)"
    delen = [f"{soort} {', '.join(wie[soort])}" for soort in ("rollen", "organen") if wie.get(soort)]
    if wie.get("trekker"):
        delen.append(f"trekker {wie['trekker']}")
    return "; ".join(delen) or "(geen rollen of organen)"


# --- vergaderingen ---------------------------------------------------------------------------


def kwaliteitskalender(naam: str, oud: Kwaliteitskalender, nieuw: Kwaliteitskalender) -> list[Wijziging]:
    def items(kk: Kwaliteitskalender) -> dict[str, tuple[Any, str]]:
        return {i.id: (i, c.naam) for c in kk.categorieen for i in c.items}

    uit: list[Wijziging] = []
    i_oud, i_nieuw = items(oud), items(nieuw)
    for iid, (item, cat) in i_nieuw.items():
        vorig, vorige_cat = i_oud.get(iid, (None, None))
        uit.extend(kwaliteitskalender_item(naam, vorig, item, vorige_cat, cat))
    for iid, (item, cat) in i_oud.items():
        if iid not in i_nieuw:
            uit.extend(kwaliteitskalender_item(naam, item, None, cat, None))
    kop = [(k, a, b) for k, a, b in veldwijzigingen(oud.plain(), nieuw.plain()) if k != "categorieen"]
    uit += [
        Wijziging(naam, "gewijzigd", "document", None, f"Kwaliteitskalender: {k} {waarde(a)} → {waarde(b)}", k, a, b)
        for k, a, b in kop
    ]
    return uit


def kwaliteitskalender_item(
    naam: str, vorig: Any, item: Any, vorige_cat: str | None = None, cat: str | None = None
) -> list[Wijziging]:
    """The changes of one kwaliteitskalender item (None: it does not exist on that side)."""
    if vorig is None and item is None:
        return []
    if vorig is None:
        waar = f"{cat}; " if cat else ""
        return [
            Wijziging(
                naam,
                "toegevoegd",
                "kwaliteitskalender-item",
                item.id,
                f"Nieuw in de kwaliteitskalender: '{_kort(item.wat, item.id)}' ({waar}wanneer: {waarde(item.wanneer)})",
            )
        ]
    if item is None:
        waar = f" ({vorige_cat})" if vorige_cat else ""
        return [
            Wijziging(
                naam,
                "verwijderd",
                "kwaliteitskalender-item",
                vorig.id,
                f"Uit de kwaliteitskalender verwijderd: '{_kort(vorig.wat, vorig.id)}'{waar}",
            )
        ]
    iid = item.id
    noem = f"Kwaliteitskalender '{_kort(item.wat, iid)}'"
    uit = []
    if vorige_cat is not None and cat is not None and vorige_cat != cat:
        uit.append(
            Wijziging(
                naam,
                "verplaatst",
                "kwaliteitskalender-item",
                iid,
                f"{noem} verplaatst van '{vorige_cat}' naar '{cat}'",
                "categorie",
                vorige_cat,
                cat,
            )
        )
    for k, a, b in veldwijzigingen(vorig.plain(), item.plain()):
        if k == "besluitvorming":
            a, b = _stappen(a), _stappen(b)
        uit.append(
            Wijziging(
                naam,
                "gewijzigd",
                "kwaliteitskalender-item",
                iid,
                f"{noem}: {k} {a if k == 'besluitvorming' else waarde(a)} → "
                f"{b if k == 'besluitvorming' else waarde(b)}",
                k,
                a,
                b,
            )
        )
    return uit


def _stappen(stappen: list[dict[str, Any]] | None) -> str:
    return " → ".join(f"{s['stap']} {s.get('orgaan') or s.get('rol')}" for s in stappen or []) or "(geen)"


# --- organisatie -----------------------------------------------------------------------------


def organisatie(naam: str, oud: Organisatie, nieuw: Organisatie) -> list[Wijziging]:
    uit: list[Wijziging] = []
    pa, pb = oud.plain(), nieuw.plain()
    for lijst, onderwerp, sleutel in (
        ("overlegorganen", "overlegorgaan", "id"),
        ("rollen", "rol", "id"),
        ("goedkeurders", "goedkeurder", "email"),
    ):
        a = {x[sleutel]: x for x in pa.get(lijst, [])}
        b = {x[sleutel]: x for x in pb.get(lijst, [])}
        for k, x in b.items():
            titel = x.get("naam", k)
            if k not in a:
                uit.append(Wijziging(naam, "toegevoegd", onderwerp, k, f"Nieuw(e) {onderwerp}: {titel} ({k})"))
            else:
                uit += [
                    Wijziging(
                        naam,
                        "gewijzigd",
                        onderwerp,
                        k,
                        f"{onderwerp.capitalize()} {titel}: {v} {waarde(p)} → {waarde(q)}",
                        v,
                        p,
                        q,
                    )
                    for v, p, q in veldwijzigingen(a[k], x, (sleutel,))
                ]
        uit += [
            Wijziging(naam, "verwijderd", onderwerp, k, f"{onderwerp.capitalize()} {x.get('naam', k)} ({k}) verwijderd")
            for k, x in a.items()
            if k not in b
        ]
    for k, a_, b_ in veldwijzigingen(pa, pb):
        if k not in ("overlegorganen", "rollen", "goedkeurders"):
            uit.append(
                Wijziging(
                    naam, "gewijzigd", "document", None, f"Organisatie: {k} {waarde(a_)} → {waarde(b_)}", k, a_, b_
                )
            )
    return uit
