"""The besluitenlijst and actielijst of the meetings, for `swvplanner besluiten`."""

from __future__ import annotations

import difflib
from pathlib import Path

from swvplanner.core.besluitenlijst import Verslag, besluitenlijst
from swvplanner.core.fouten import Fout
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.store.planmap import laad_map


def besluiten(map_: Path, orgaan: str | None = None, schooljaar: str | None = None) -> tuple[str, list[Verslag]]:
    """(the organisation's name, the meetings that recorded something). A Fout with a Dutch
    message for an unknown orgaan or a schooljaar without a vergaderplanning."""
    plannen = laad_map(map_).plannen
    org = plannen.organisatie
    if orgaan is not None and org.orgaan(orgaan) is None:
        ids = [o.id for o in org.overlegorganen]
        kort = {o.kort.lower(): o.id for o in org.overlegorganen}
        if orgaan.lower() in kort:  # 'OPR' for 'opr'
            orgaan = kort[orgaan.lower()]
        else:
            hint = difflib.get_close_matches(orgaan, ids, n=1)
            raise Fout(
                f"onbekend overlegorgaan '{orgaan}'"
                + (f"; bedoelt u '{hint[0]}'?" if hint else f"; kies uit {', '.join(ids)}")
            )
    sj = None
    if schooljaar is not None:
        try:
            sj = Schooljaar.parse(schooljaar)
        except ValueError as fout:
            raise Fout(str(fout)) from None
        if sj not in plannen.vergaderplanningen:
            raise Fout(f"er is geen vergaderplanning voor {sj}")
    return org.naam, besluitenlijst(plannen, orgaan, sj)
