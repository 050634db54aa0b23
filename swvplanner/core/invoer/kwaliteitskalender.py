"""Imported rows into the kwaliteitskalender: one item per row, matched by id or by 'wat'.

New items get the slug of their 'wat' as id (the house style: 'jaarverslag-opr') and go into the
category of the row (a Categorie column, or the heading row above them), else into 'Geïmporteerd'.
"""

from __future__ import annotations

from typing import Any

from swvplanner.core.bewerken.hulp import vrij_id
from swvplanner.core.invoer.besluitvorming import lees_besluitvorming
from swvplanner.core.invoer.plaatsen import Plaatsing, wie_tekst, zet_velden
from swvplanner.core.invoer.rijen import Invoerrij, gelijk, slug
from swvplanner.core.melding import citaat
from swvplanner.core.plannen import KWALITEITSKALENDER

STANDAARDCATEGORIE = "Geïmporteerd"


def opmerking(ir: Invoerrij) -> str | list[str] | None:
    """A row's remarks: each line of the cell is one (a Word cell's paragraphs, Alt+Enter in
    Excel: a note and one about the next cycle); a single line stays plain text."""
    regels = ir.regels("opmerking")
    return regels[0] if len(regels) == 1 else (regels or None)


def plaats_kwaliteitskalender(pl: Plaatsing, rijen: list[Invoerrij]) -> None:
    if KWALITEITSKALENDER not in pl.documenten:
        for ir in rijen:
            pl.meld(ir, "niet geplaatst", "er is geen kwaliteitskalender.yaml in de planmap; niets overgenomen")
        return
    kk = pl.plain(KWALITEITSKALENDER)
    categorieen: list[dict[str, Any]] = kk.setdefault("categorieen", [])
    for ir in rijen:
        wat = ir.tekst("onderwerp")
        if not wat:
            pl.meld(ir, "niet geplaatst", f"{ir.cellen['onderwerp'].plek}: de kolom Wat is leeg; niets overgenomen")
            continue
        items = [i for c in categorieen for i in c.get("items", [])]
        eigen_id = ir.tekst("id")
        # by id; by 'wat'; by the id a new item would get (the slug of its 'wat')
        bestaand = (
            next((i for i in items if eigen_id and i["id"] == eigen_id), None)
            or next((i for i in items if gelijk(i["wat"], wat)), None)
            or next((i for i in items if i["id"] == slug(wat)), None)
        )
        velden: dict[str, Any] = {}
        if ir.tekst("wanneer"):
            velden["wanneer"] = ir.tekst("wanneer")
        if (opmerkingen := opmerking(ir)) is not None:
            velden["opmerking"] = opmerkingen
        stappen, nog = _besluitvorming(pl, ir, bestaand)
        if stappen:
            velden["besluitvorming"] = stappen
        if bestaand is not None:
            if ir.tekst("wie") and not gelijk(wie_tekst(bestaand.get("wie")), ir.tekst("wie")):
                velden["wie"] = pl.wie(bestaand, ir.tekst("wie"))
            anders = zet_velden(bestaand, velden)
            if anders:
                pl.wijzig(KWALITEITSKALENDER)
                pl.meld(ir, "bijgewerkt", f"{', '.join(anders)} aangepast{nog}", bestaand["id"], KWALITEITSKALENDER)
            else:
                pl.meld(ir, "overgeslagen", f"staat er al{nog}", bestaand["id"], KWALITEITSKALENDER)
            continue
        nieuw_id = eigen_id or vrij_id(slug(wat), {i["id"] for i in items})
        item: dict[str, Any] = {"id": nieuw_id, "wat": wat}
        if ir.tekst("wanneer"):
            item["wanneer"] = ir.tekst("wanneer")
        if ir.tekst("wie"):
            item["wie"] = pl.wie({}, ir.tekst("wie"))
        if "opmerking" in velden:
            item["opmerking"] = velden["opmerking"]
        if stappen:
            item["besluitvorming"] = stappen
        naam = ir.tekst("categorie") or ir.groep or STANDAARDCATEGORIE
        categorie = next((c for c in categorieen if gelijk(c["naam"], naam)), None)
        if categorie is None:
            categorie = {"naam": naam, "items": []}
            categorieen.append(categorie)
        categorie.setdefault("items", []).append(item)
        pl.wijzig(KWALITEITSKALENDER)
        pl.nieuw_item(KWALITEITSKALENDER, nieuw_id, ir)
        pl.meld(ir, "toegevoegd", f"in categorie {citaat(naam)}{nog}", nieuw_id, KWALITEITSKALENDER)


def _besluitvorming(pl: Plaatsing, ir: Invoerrij, bestaand: dict[str, Any] | None) -> tuple[list[Any], str]:
    """The steps of the row's Besluitvorming column, and what the report adds: the parts not
    understood, or that an item with other steps keeps its own (never overwritten by a table)."""
    if not ir.tekst("besluitvorming") or pl.organisatie is None:
        return [], ""
    stappen, onbekend = lees_besluitvorming("\n".join(ir.regels("besluitvorming")), pl.organisatie)
    nog = "".join(f"; besluitvorming {citaat(d)} niet herkend: niet overgenomen" for d in onbekend)
    if bestaand is not None and bestaand.get("besluitvorming") and stappen:
        if bestaand["besluitvorming"] != stappen:
            nog += "; de besluitvorming in de kwaliteitskalender is anders en blijft staan"
        return [], nog
    return stappen, nog
