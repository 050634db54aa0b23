"""What changed in a vergaderplanning: meetings by id, their fields and their agenda."""

from __future__ import annotations

from typing import Any

from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Vergadering, Vergaderplanning
from swvplanner.core.nl_datum import formatteer_dagen
from swvplanner.core.verschil.basis import Wijziging, veldwijzigingen, waarde


def _noem(v: Vergadering, org: Organisatie | None) -> str:
    o = org.orgaan(v.orgaan) if org else None
    kort = o.kort if o else v.orgaan
    wanneer = formatteer_dagen(v.datum, v.einddatum, kort=True) if v.datum else (v.herhaling or v.wanneer or "")
    return f"{kort}{' – ' + v.titel if v.titel else ''} {wanneer}".strip()


def vergaderingen(
    naam: str, oud: Vergaderplanning, nieuw: Vergaderplanning, org: Organisatie | None
) -> list[Wijziging]:
    uit: list[Wijziging] = []
    v_oud = {v.id: v for v in oud.vergaderingen}
    for v in nieuw.vergaderingen:
        uit.extend(vergadering(naam, v_oud.get(v.id), v, org))
    nieuwe_ids = {v.id for v in nieuw.vergaderingen}
    for v in oud.vergaderingen:
        if v.id not in nieuwe_ids:
            uit.extend(vergadering(naam, v, None, org))
    return uit


def vergadering(naam: str, a: Vergadering | None, v: Vergadering | None, org: Organisatie | None) -> list[Wijziging]:
    """The changes of one meeting (None: it does not exist on that side)."""
    if a is None and v is None:
        return []
    if a is None:
        assert v is not None
        status = "" if v.status == "gepland" else f" ({v.status})"
        return [Wijziging(naam, "toegevoegd", "vergadering", v.id, f"Vergadering {_noem(v, org)} toegevoegd{status}")]
    if v is None:
        return [Wijziging(naam, "verwijderd", "vergadering", a.id, f"Vergadering {_noem(a, org)} verwijderd")]
    uit: list[Wijziging] = []
    pa, pb = a.plain(), v.plain()
    if pa == pb:
        return uit
    wijz = veldwijzigingen(pa, pb)
    velden = {k for k, _, _ in wijz}
    if "datum" in velden and a.datum and v.datum:
        # Only a meeting marked 'verplaatst' was moved; another new date corrects a wrong one.
        verplaatst = v.status == "verplaatst"
        uit.append(
            Wijziging(
                naam,
                "verplaatst" if verplaatst else "gewijzigd",
                "vergadering",
                v.id,
                f"{_noem(a, org)} {'verplaatst naar' if verplaatst else 'datum gewijzigd in'} "
                f"{formatteer_dagen(v.datum, v.einddatum, kort=True)}"
                + (f", {v.tijd.nl()}" if "tijd" in velden and v.tijd else ""),
                "datum",
                a.datum,
                v.datum,
            )
        )
        velden -= {"datum", "tijd"} if v.tijd else {"datum"}
        velden.discard("verplaatst-van")  # the move's own bookkeeping: the sentence above says it
        velden.discard("einddatum")  # the sentence names all the days
        if verplaatst:
            velden.discard("status")
    if "status" in velden:
        zin = {
            "geannuleerd": "geannuleerd",
            "reserve": "is nu een reservedatum",
            "verplaatst": "staat op verplaatst",
            "gepland": "gaat weer door",
        }[v.status]
        uit.append(
            Wijziging(
                naam,
                "geannuleerd" if v.status == "geannuleerd" else "gewijzigd",
                "vergadering",
                v.id,
                f"{_noem(a, org)} {zin}",
                "status",
                a.status,
                v.status,
            )
        )
        velden.discard("status")
    if "agenda" in velden:
        uit.extend(_agenda(naam, v.id, _noem(v, org), pa.get("agenda", []), pb.get("agenda", [])))
        velden.discard("agenda")
    for k, x, y in wijz:
        if k in velden:
            uit.append(
                Wijziging(
                    naam, "gewijzigd", "vergadering", v.id, f"{_noem(a, org)}: {k} {waarde(x)} → {waarde(y)}", k, x, y
                )
            )
    return uit


def _punt(p: dict[str, Any]) -> str:
    onderwerp = p.get("kwaliteitskalender") or (f"actie {p['actie']}" if p.get("actie") else p.get("tekst", ""))
    return f"{onderwerp} ({p['stap']})" if p.get("stap") else str(onderwerp)


def _onderwerp(p: dict[str, Any]) -> dict[str, Any]:
    """An agenda point without what the meeting decided on it: the same point before and after the meeting."""
    return {k: x for k, x in p.items() if k not in ("uitkomst", "besluit")}


def _agenda(naam: str, vid: str, noem: str, oud: list[dict[str, Any]], nieuw: list[dict[str, Any]]) -> list[Wijziging]:
    weg = [p for p in oud if p not in nieuw]
    bij = [p for p in nieuw if p not in oud]
    uit = []
    for p in bij:  # a point whose outcome changed is one sentence, not a point added and one removed
        was = next((q for q in weg if _onderwerp(q) == _onderwerp(p)), None)
        if was is None:
            continue
        weg.remove(was)
        uitkomst = str(p.get("uitkomst", "geen")).replace("-", " ")
        besluit = f" ({p['besluit']})" if p.get("besluit") and p.get("besluit") != was.get("besluit") else ""
        tekst = f"{noem}: uitkomst bij agendapunt {_punt(p)}: {uitkomst}{besluit}"
        uit.append(Wijziging(naam, "gewijzigd", "vergadering", vid, tekst, "agenda", was, p))
    bij = [p for p in bij if not any(w.nieuw is p for w in uit)]
    uit += [
        Wijziging(naam, "gewijzigd", "vergadering", vid, f"{noem}: agendapunt {_punt(p)} toegevoegd", "agenda", None, p)
        for p in bij
    ]
    uit += [
        Wijziging(naam, "gewijzigd", "vergadering", vid, f"{noem}: agendapunt {_punt(p)} geschrapt", "agenda", p, None)
        for p in weg
    ]
    return uit


# --- kwaliteitskalender ----------------------------------------------------------------------
