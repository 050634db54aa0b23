"""Which item a finding is about: from (document, path) to the meeting, actie or item it names.

The TUI uses this to jump from a finding to the row or tree node to edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from swvplanner.core.melding import Pad
from swvplanner.core.plannen import KWALITEITSKALENDER, is_jaarplan, is_vergaderplanning

Soort = Literal["vergadering", "actie", "onderdeel", "kwaliteitskalender", "organisatie"]


@dataclass(frozen=True)
class Onderwerp:
    soort: Soort
    document: str
    id: str | None = None


def onderwerp(model: Any, document: str, pad: Pad) -> Onderwerp:
    """The deepest identifiable item on `pad` inside the document's model."""
    if is_vergaderplanning(document):
        if (
            len(pad) >= 2
            and pad[0] == "vergaderingen"
            and isinstance(pad[1], int)
            and pad[1] < len(model.vergaderingen)
        ):
            return Onderwerp("vergadering", document, model.vergaderingen[pad[1]].id)
        return Onderwerp("vergadering", document)
    if document == KWALITEITSKALENDER:
        if len(pad) >= 4 and pad[0] == "categorieen" and pad[2] == "items":
            try:
                return Onderwerp("kwaliteitskalender", document, model.categorieen[pad[1]].items[pad[3]].id)
            except (IndexError, TypeError):
                pass
        return Onderwerp("kwaliteitskalender", document)
    if is_jaarplan(document):
        return _in_jaarplan(model, document, pad)
    return Onderwerp("organisatie", document)


def _in_jaarplan(model: Any, document: str, pad: Pad) -> Onderwerp:
    gevonden = Onderwerp("onderdeel", document)
    huidig: Any = model
    i = 0
    while i + 1 < len(pad):
        sleutel, index = pad[i], pad[i + 1]
        lijst = getattr(huidig, str(sleutel).replace("-", "_"), None) if isinstance(sleutel, str) else None
        if not isinstance(lijst, list) or not isinstance(index, int) or index >= len(lijst):
            break
        huidig = lijst[index]
        if sleutel == "onderdelen":
            gevonden = Onderwerp("onderdeel", document, huidig.id)
        elif sleutel == "acties":
            return Onderwerp("actie", document, huidig.id)
        i += 2
    return gevonden
