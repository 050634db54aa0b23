"""Pydantic validation errors in Dutch, each placed at its line and column."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel, ValidationError

from swvplanner.core.melding import Melding, citaat
from swvplanner.store.positie import positie


def _velden(model: type[BaseModel], pad: tuple[Any, ...]) -> list[str]:
    """The YAML keys allowed at `pad` (best effort, for 'did you mean' hints)."""
    huidig: Any = model
    for stap in pad:
        if isinstance(stap, int):
            continue
        if not (isinstance(huidig, type) and issubclass(huidig, BaseModel)):
            return []
        veld = next((f for n, f in huidig.model_fields.items() if (f.alias or n) == stap), None)
        if veld is None:
            return []
        huidig = _binnenste_model(veld.annotation)
    if isinstance(huidig, type) and issubclass(huidig, BaseModel):
        return [f.alias or n for n, f in huidig.model_fields.items()]
    return []


def _binnenste_model(annotatie: Any) -> Any:
    from typing import get_args

    if isinstance(annotatie, type) and issubclass(annotatie, BaseModel):
        return annotatie
    for arg in get_args(annotatie):
        gevonden = _binnenste_model(arg)
        if gevonden is not None:
            return gevonden
    return None


def _tekst(fout: dict[str, Any], model: type[BaseModel]) -> str:
    soort = fout["type"]
    loc = tuple(fout["loc"])
    sleutel = next((str(s) for s in reversed(loc) if isinstance(s, str)), "")
    invoer = fout.get("input")
    ctx = fout.get("ctx") or {}
    if soort == "missing":
        return f"het verplichte veld '{sleutel}' ontbreekt"
    if soort == "extra_forbidden":
        bekend = _velden(model, loc[:-1])
        hint = difflib.get_close_matches(sleutel, bekend, n=1)
        extra = f"; bedoelt u '{hint[0]}'?" if hint else ""
        if bekend and not hint:
            extra = f"; toegestaan zijn: {', '.join(bekend)}"
        return f"onbekende sleutel '{sleutel}'{extra}"
    if soort == "literal_error":
        return f"ongeldige waarde {citaat(invoer)} voor '{sleutel}': kies uit {ctx.get('expected', '')}".replace(
            " or ", " of "
        )
    if soort in ("value_error", "assertion_error"):
        return str(ctx.get("error", fout["msg"]))
    if soort in ("int_type", "int_parsing", "int_from_float"):
        return f"'{sleutel}' moet een geheel getal zijn, niet {citaat(invoer)}"
    if soort in ("bool_type", "bool_parsing"):
        return f"'{sleutel}' moet true of false zijn, niet {citaat(invoer)}"
    if soort in ("string_type",):
        return f"'{sleutel}' moet tekst zijn, niet {citaat(invoer)}"
    if soort in ("list_type",):
        return f"'{sleutel}' moet een lijst zijn (regels die met '- ' beginnen)"
    if soort in ("model_type", "dict_type", "model_attributes_type"):
        return f"'{sleutel}' moet een blok met sleutels en waarden zijn, niet {citaat(invoer)}"
    if soort in ("finite_number",):
        return f"'{sleutel}' moet een gewoon getal zijn, niet {citaat(invoer)}"
    if soort in ("float_type", "float_parsing", "decimal_type", "decimal_parsing"):
        return f"'{sleutel}' moet een getal zijn, niet {citaat(invoer)}"
    if soort in ("none_required",):
        return f"'{sleutel}' moet leeg zijn"
    if "Keys should be strings" in fout.get("msg", "") or soort == "dict_keys":
        return "een sleutel ontbreekt of is geen tekst (staat er een regel die met ':' begint?)"
    if not sleutel:
        return f"ongeldige waarde {citaat(invoer)}"
    return f"ongeldige waarde {citaat(invoer)} voor '{sleutel}'"


def vertaal(fout: ValidationError, model: type[BaseModel], document: Any, bestand: str) -> list[Melding]:
    """Turn a pydantic ValidationError into Dutch messages with file:line:column."""
    meldingen = []
    for e in fout.errors(include_url=False):
        loc = tuple(s for s in e["loc"] if isinstance(s, str | int) and not str(s).startswith("function-"))
        regel, kolom = positie(document, loc, sleutel=e["type"] == "extra_forbidden")
        meldingen.append(Melding(bestand, regel, kolom, _tekst(e, model)))
    return meldingen


def teksten(fout: ValidationError, model: type[BaseModel]) -> list[tuple[tuple[str | int, ...], str]]:
    """(location, Dutch message) of every error; the location has list indices, no positions."""
    uit = []
    for e in fout.errors(include_url=False):
        loc = tuple(s for s in e["loc"] if isinstance(s, str | int) and not str(s).startswith("function-"))
        uit.append((loc, _tekst(e, model)))
    return uit


def per_veld(fout: ValidationError, model: type[BaseModel]) -> dict[str, str]:
    """Dutch messages by top-level field (YAML key), for a form that validates as you type.

    Errors of the whole model (no field in their location) are under the key ''.
    """
    uit: dict[str, str] = {}
    for e in fout.errors(include_url=False):
        loc = [s for s in e["loc"] if isinstance(s, str | int) and not str(s).startswith("function-")]
        veld = str(loc[0]) if loc else ""
        uit.setdefault(veld, _tekst(e, model))
    return uit
