"""Where an orgaan, rol, kwaliteitskalender item or actie is still used: before deleting it.

Pure: the plans in, Dutch descriptions of the places out ('vergadering opr-2526-01',
'kwaliteitskalender-item begroting (besluitvorming: goedkeuring)').
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from swvplanner.core.model.basis import Wie
from swvplanner.core.plannen import Plannen

GETOOND = 3
"""How many places a refusal names before it says how many more there are."""


def _wie(wie: Wie | None, soort: str, ident: str) -> bool:
    return wie is not None and ident in (wie.organen if soort == "orgaan" else wie.rollen)


def _gebruik(p: Plannen, soort: str, ident: str) -> Iterator[str]:
    """Every place an orgaan (`soort` 'orgaan') or rol ('rol') is referred to."""
    org = p.organisatie
    for o in org.overlegorganen:
        if soort == "orgaan" and o.onderdeel_van == ident:
            yield f"overlegorgaan {o.id} (onderdeel van)"
        if soort == "rol" and ident in o.rollen:
            yield f"overlegorgaan {o.id} (rollen)"
    if soort == "rol":
        yield from (f"goedkeurder {g.naam}" for g in org.goedkeurders if g.rol == ident)
    for item in p.kwaliteitskalender.items() if p.kwaliteitskalender else ():
        if _wie(item.wie, soort, ident):
            yield f"kwaliteitskalender-item {item.id} (wie)"
        for stap in item.besluitvorming:
            if (stap.orgaan if soort == "orgaan" else stap.rol) == ident:
                yield f"kwaliteitskalender-item {item.id} (besluitvorming: {stap.stap})"
    for _, plan in sorted(p.jaarplannen.items()):
        yield from (f"actie {a.id} (wie)" for a in plan.acties() if _wie(a.wie, soort, ident))
    for _, vp in sorted(p.vergaderplanningen.items()):
        for v in vp.vergaderingen:
            if soort == "orgaan" and v.orgaan == ident:
                yield f"vergadering {v.id}"
            elif ident in v.deelnemers:
                yield f"vergadering {v.id} (deelnemers)"


def orgaan_gebruik(p: Plannen, orgaan_id: str) -> list[str]:
    return list(_gebruik(p, "orgaan", orgaan_id))


def rol_gebruik(p: Plannen, rol_id: str) -> list[str]:
    return list(_gebruik(p, "rol", rol_id))


def agenda_gebruik(p: Plannen, kk_items: Iterable[str] = (), acties: Iterable[str] = ()) -> list[str]:
    """The meetings whose agenda has one of these kwaliteitskalender items or acties."""
    items, actie_ids = set(kk_items), set(acties)
    return [
        f"agenda van vergadering {v.id}"
        for _, vp in sorted(p.vergaderplanningen.items())
        for v in vp.vergaderingen
        if any(punt.kwaliteitskalender in items or punt.actie in actie_ids for punt in v.agenda)
    ]


def plaatsen(gebruik: list[str]) -> str:
    """'a, b, c en 4 andere plaatsen': the first few places and how many more."""
    getoond = gebruik[:GETOOND]
    rest = len(gebruik) - len(getoond)
    if rest:
        return ", ".join(getoond) + f" en {rest} {'andere plaats' if rest == 1 else 'andere plaatsen'}"
    return getoond[0] if len(getoond) == 1 else ", ".join(getoond[:-1]) + " en " + getoond[-1]
