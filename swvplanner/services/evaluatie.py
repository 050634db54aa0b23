"""The evaluatie of a jaarplan: the chapter 'Verantwoording jaarplan' for the jaarverslag."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from swvplanner.core.bewerken.jaarplan import zet_evaluatie
from swvplanner.core.evaluatie import BEHAALD_TEKST, verantwoording
from swvplanner.core.fouten import FormulierFout, GeenSchooljaarbestand
from swvplanner.core.model.jaarplan import ActieEvaluatie, Jaarplan
from swvplanner.core.plannen import JAARPLAN, actie_document
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.export.verantwoording import hoofdstuk
from swvplanner.store.planmap import laad_map
from swvplanner.store.vertaling import per_veld
from swvplanner.store.werkset import Werkset

Formaat = Literal["tekst", "markdown"]


def verantwoording_jaarplan(map_: Path, schooljaar: str, formaat: Formaat = "tekst") -> str:
    """The chapter for the jaarplan of `schooljaar` (ValueError for a bad schooljaar,
    GeenSchooljaarbestand when it has no jaarplan, PlanFout when the plans cannot be read)."""
    sj = Schooljaar.parse(schooljaar)
    plannen = laad_map(map_).plannen
    if sj not in plannen.jaarplannen:
        raise GeenSchooljaarbestand(JAARPLAN, sj)
    return hoofdstuk(verantwoording(plannen, sj), markdown=formaat == "markdown")


# --- the evaluatie form (the app) --------------------------------------------------------------

BEHAALD_KEUZES: tuple[tuple[str, str], ...] = tuple((tekst, waarde) for waarde, tekst in BEHAALD_TEKST.items())
"""(label, value) of the choices 'Resultaat behaald?' in the form."""


def evaluatie_kpis(ws: Werkset, actie_id: str) -> list[tuple[int, str, str]]:
    """(nummer, label, current value) of every KPI the actie's evaluatie can hold a value for:
    the actie's own `kpi` and those its evaluatie already names."""
    plan = _jaarplan(ws, actie_id)
    a = plan.actie(actie_id)
    assert a is not None
    waarden = {k.nummer: k.waarde or "" for k in (a.evaluatie.kpi if a.evaluatie else [])}
    namen = {k.nummer: k.tekst for k in plan.kpis}
    nummers = list(dict.fromkeys([*a.kpi, *waarden]))
    return [(n, f"KPI {n}" + (f": {namen[n]}" if n in namen else ""), waarden.get(n, "")) for n in nummers]


def evaluatie_uit_formulier(ws: Werkset, actie_id: str, velden: dict[str, str]) -> ActieEvaluatie | None:
    """The evaluatie from the form ('behaald', 'toelichting', 'kpi-N'); None when all is empty.

    Raises FormulierFout with Dutch messages per field."""
    data: dict[str, Any] = {}
    if behaald := velden.get("behaald", "").strip():
        data["behaald"] = behaald
    if toelichting := velden.get("toelichting", "").strip():
        data["toelichting"] = toelichting
    kpi = [
        {"nummer": n, "waarde": w}
        for n, _, _ in evaluatie_kpis(ws, actie_id)
        if (w := velden.get(f"kpi-{n}", "").strip())
    ]
    if kpi:
        data["kpi"] = kpi
    if not data:
        return None
    try:
        return ActieEvaluatie.model_validate(data)
    except ValidationError as fout:
        raise FormulierFout(per_veld(fout, ActieEvaluatie)) from None


def evaluatie_opslaan(ws: Werkset, actie_id: str, evaluatie: ActieEvaluatie | None) -> None:
    """Record the evaluatie of an actie in the Werkset (unsaved, undoable)."""
    document = actie_document(ws.modellen, actie_id)
    ws.pas_toe(document, zet_evaluatie(_jaarplan(ws, actie_id), actie_id, evaluatie), f"evaluatie van actie {actie_id}")


def _jaarplan(ws: Werkset, actie_id: str) -> Jaarplan:
    return ws.modellen[actie_document(ws.modellen, actie_id)]  # type: ignore[return-value]
