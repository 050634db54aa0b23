"""Cross-file integrity: unknown references and duplicate ids. Pure: paths, not positions."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from swvplanner.core.melding import Pad, Verwijzingsfout
from swvplanner.core.model.basis import Wie
from swvplanner.core.plannen import (
    KWALITEITSKALENDER,
    ORGANISATIE,
    Plannen,
    jaarplan_sleutel,
    vergaderingen_sleutel,
)


def verwijzingsfouten(plannen: Plannen) -> list[Verwijzingsfout]:
    """Every reference to an unknown orgaan, rol, kwaliteitskalender item or actie, and every
    id used twice where ids must be unique."""
    return list(_alle(plannen))


def _alle(p: Plannen) -> Iterator[Verwijzingsfout]:
    org = p.organisatie
    rollen = {r.id for r in org.rollen}
    organen = {o.id for o in org.overlegorganen}
    yield from _dubbel(ORGANISATIE, ("rollen",), [r.id for r in org.rollen], "rol")
    yield from _dubbel(ORGANISATIE, ("overlegorganen",), [o.id for o in org.overlegorganen], "overlegorgaan")
    for i, o in enumerate(org.overlegorganen):
        for j, r in enumerate(o.rollen):
            if r not in rollen:
                yield Verwijzingsfout(ORGANISATIE, ("overlegorganen", i, "rollen", j), _onbekend("rol", r, rollen))
        if o.onderdeel_van is not None and o.onderdeel_van not in organen:
            yield Verwijzingsfout(
                ORGANISATIE,
                ("overlegorganen", i, "onderdeel-van"),
                _onbekend("overlegorgaan", o.onderdeel_van, organen),
            )
    for i, g in enumerate(org.goedkeurders):
        if g.rol is not None and g.rol not in rollen:
            yield Verwijzingsfout(ORGANISATIE, ("goedkeurders", i, "rol"), _onbekend("rol", g.rol, rollen))

    kk_ids: set[str] = set()
    if p.kwaliteitskalender is not None:
        paden = []
        for ci, cat in enumerate(p.kwaliteitskalender.categorieen):
            for ii, item in enumerate(cat.items):
                pad: Pad = ("categorieen", ci, "items", ii)
                paden.append((pad, item.id))
                yield from _wie(KWALITEITSKALENDER, (*pad, "wie"), item.wie, rollen, organen)
                for si, stap in enumerate(item.besluitvorming):
                    spad = (*pad, "besluitvorming", si)
                    if stap.orgaan is not None and stap.orgaan not in organen:
                        yield Verwijzingsfout(
                            KWALITEITSKALENDER, (*spad, "orgaan"), _onbekend("overlegorgaan", stap.orgaan, organen)
                        )
                    if stap.rol is not None and stap.rol not in rollen:
                        yield Verwijzingsfout(KWALITEITSKALENDER, (*spad, "rol"), _onbekend("rol", stap.rol, rollen))
        yield from _dubbel_paden(KWALITEITSKALENDER, paden, "kwaliteitskalender-item")
        kk_ids = {i for _, i in paden}

    actie_ids: set[str] = set()
    for sj, plan in sorted(p.jaarplannen.items()):
        naam = jaarplan_sleutel(sj)
        paden = []
        for pad, actie in acties_met_pad(plan):
            paden.append((pad, actie.id))
            yield from _wie(naam, (*pad, "wie"), actie.wie, rollen, organen)
        yield from _dubbel_paden(naam, paden, "actie")
        onderdeel_paden = [(pad, o.id) for pad, o in onderdelen_met_pad(plan)]
        yield from _dubbel_paden(naam, onderdeel_paden, "onderdeel")
        actie_ids |= {i for _, i in paden}

    for sj, vp in sorted(p.vergaderplanningen.items()):
        naam = vergaderingen_sleutel(sj)
        yield from _dubbel_paden(
            naam, [(("vergaderingen", i), v.id) for i, v in enumerate(vp.vergaderingen)], "vergadering"
        )
        for i, v in enumerate(vp.vergaderingen):
            pad = ("vergaderingen", i)
            if v.orgaan not in organen:
                yield Verwijzingsfout(naam, (*pad, "orgaan"), _onbekend("overlegorgaan", v.orgaan, organen))
            for j, d in enumerate(v.deelnemers):
                if d not in organen and d not in rollen:
                    yield Verwijzingsfout(
                        naam, (*pad, "deelnemers", j), _onbekend("overlegorgaan of rol", d, organen | rollen)
                    )
            for j, punt in enumerate(v.agenda):
                apad = (*pad, "agenda", j)
                if punt.kwaliteitskalender is not None and punt.kwaliteitskalender not in kk_ids:
                    yield Verwijzingsfout(
                        naam,
                        (*apad, "kwaliteitskalender"),
                        _onbekend("kwaliteitskalender-item", punt.kwaliteitskalender, kk_ids),
                    )
                if punt.actie is not None and punt.actie not in actie_ids:
                    yield Verwijzingsfout(naam, (*apad, "actie"), _onbekend("actie", punt.actie, actie_ids))
            if v.aanwezig is not None:
                for j, r in enumerate(v.aanwezig.rollen):
                    if r not in rollen:
                        yield Verwijzingsfout(naam, (*pad, "aanwezig", "rollen", j), _onbekend("rol", r, rollen))
            for j, ap in enumerate(v.actiepunten):
                yield from _wie(naam, (*pad, "actiepunten", j, "wie"), ap.wie, rollen, organen)
        actiepunt_paden = [
            (("vergaderingen", i, "actiepunten", j, "id"), ap.id)
            for i, v in enumerate(vp.vergaderingen)
            for j, ap in enumerate(v.actiepunten)
            if ap.id is not None
        ]
        yield from _dubbel_paden(naam, actiepunt_paden, "actiepunt")


def acties_met_pad(plan) -> Iterator[tuple[Pad, object]]:  # type: ignore[no-untyped-def]
    for opad, o in onderdelen_met_pad(plan):
        for di, doel in enumerate(o.doelen):
            for ai, a in enumerate(doel.acties):
                yield (*opad, "doelen", di, "acties", ai), a
        for ai, a in enumerate(o.acties):
            yield (*opad, "acties", ai), a


def onderdelen_met_pad(plan) -> Iterator[tuple[Pad, object]]:  # type: ignore[no-untyped-def]
    def loop(onderdelen, pad):  # type: ignore[no-untyped-def]
        for i, o in enumerate(onderdelen):
            opad = (*pad, "onderdelen", i)
            yield opad, o
            yield from loop(o.onderdelen, opad)

    yield from loop(plan.onderdelen, ())


def _wie(bestand: str, pad: Pad, wie: Wie | None, rollen: set[str], organen: set[str]) -> Iterator[Verwijzingsfout]:
    if wie is None:
        return
    for j, r in enumerate(wie.rollen):
        if r not in rollen:
            yield Verwijzingsfout(bestand, (*pad, "rollen", j), _onbekend("rol", r, rollen))
    for j, o in enumerate(wie.organen):
        if o not in organen:
            yield Verwijzingsfout(bestand, (*pad, "organen", j), _onbekend("overlegorgaan", o, organen))


def _onbekend(soort: str, waarde: str, bekend: set[str]) -> str:
    import difflib

    hint = difflib.get_close_matches(waarde, sorted(bekend), n=1)
    extra = f"; bedoelt u '{hint[0]}'?" if hint else ""
    bijvoeglijk = "onbekende" if soort in ("rol", "actie") else "onbekend"
    return f"{bijvoeglijk} {soort} '{waarde}'{extra}"


def _dubbel(bestand: str, pad: Pad, ids: list[str], soort: str) -> Iterator[Verwijzingsfout]:
    yield from _dubbel_paden(bestand, [((*pad, i), x) for i, x in enumerate(ids)], soort)


def _dubbel_paden(bestand: str, paden: list[tuple[Pad, str]], soort: str) -> Iterator[Verwijzingsfout]:
    gezien: dict[str, Pad] = {}
    for pad, ident in paden:
        if ident in gezien:
            yield Verwijzingsfout(
                bestand,
                (*pad, "id"),
                f"het id '{ident}' ({soort}) wordt al gebruikt; ids moeten uniek zijn",
                soort="dubbel",
            )
        else:
            gezien[ident] = pad


VERWIJZINGEN = ("actie", "overgenomen-van")
"""Keys whose value is the id of an item in another document."""


def met_verwijzingen(waarde: Any, hernoemd: Mapping[str, str]) -> Any:
    """Plain data with every reference to a renamed id (`hernoemd`: old → new) following it."""
    if isinstance(waarde, dict):
        return {
            k: hernoemd.get(v, v) if k in VERWIJZINGEN and isinstance(v, str) else met_verwijzingen(v, hernoemd)
            for k, v in waarde.items()
        }
    if isinstance(waarde, list):
        return [met_verwijzingen(v, hernoemd) for v in waarde]
    return waarde
