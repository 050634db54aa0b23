"""The text of a new plan file for a schooljaar: valid, empty, with comments that explain the keys.

Used when a schooljaar gets its first jaarplan or vergaderplanning (a new meeting in the app,
`init`, an import): the file must read like the hand-written ones, so a secretary who opens it
in an editor sees what goes where.
"""

from __future__ import annotations

from pathlib import Path

from swvplanner.core.model.jaarplan import Jaarplan
from swvplanner.core.model.vergaderingen import Vergaderplanning
from swvplanner.core.plannen import JAARPLAN, VERGADERINGEN
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.store.bestand import PlanBestand, lees_tekst
from swvplanner.store.planmap import weergavenaam

_JAARPLAN = """\
# Jaarplan {sj}{van}.
# Het jaarplan werkt de ontwikkelpunten van het ondersteuningsplan uit in onderdelen
# (ontwikkelpunten, thema's), met doelen en acties: wie, wat, wanneer, status en middelen.
# Een onderdeel ziet er zo uit (haal de # weg of voeg het toe in swvplanner):
#   onderdelen:
#     - id: basisondersteuning
#       soort: ontwikkelpunt
#       titel: Basisondersteuning
#       doelen:
#         - tekst: Alle scholen realiseren de basisondersteuning op het afgesproken niveau.
#           acties:
#             - id: basisondersteuning-01
#               wat: Scholen evalueren hun schoolondersteuningsprofiel
#               wie: Directeur-bestuurder
#               wanneer: Voor 1 januari
#               status: gepland
schooljaar: {sj}
titel: Jaarplan {sj}
onderdelen: []
"""

_VERGADERINGEN = """\
# Vergaderplanning {sj}{van}.
# Elke vergadering heeft een id, het orgaan (een id uit swv.yaml) en een datum; tijd en locatie
# staan er alleen bij als ze afwijken van die van het orgaan in swv.yaml. Zo ziet er een uit:
#   vergaderingen:
#     - id: opr-2627-01
#       orgaan: opr
#       datum: 2026-10-06
#       agenda:
#         - {{kwaliteitskalender: begroting, stap: informatie}}
schooljaar: {sj}
titel: Vergaderplanning {sj}
vergaderingen: []
"""

SJABLONEN = {JAARPLAN: (_JAARPLAN, Jaarplan), VERGADERINGEN: (_VERGADERINGEN, Vergaderplanning)}


def sjabloon_tekst(soort: str, sj: Schooljaar, organisatie: str | None = None) -> str:
    """The text of a new, empty file of `soort` ('jaarplan' or 'vergaderingen') for `sj`."""
    return SJABLONEN[soort][0].format(sj=sj, van=f" van {organisatie}" if organisatie else "")


def nieuw_schooljaarbestand(map_: Path, soort: str, sj: Schooljaar, organisatie: str | None = None) -> PlanBestand:
    """The PlanBestand of a file that does not exist yet (fingerprint ''; see PlanBestand.nieuw):
    saving it writes the template with whatever was added to it."""
    naam = f"{soort}-{sj}"
    pad = map_ / f"{naam}.yaml"
    bestand = lees_tekst(pad, sjabloon_tekst(soort, sj, organisatie), SJABLONEN[soort][1], weergavenaam(pad))
    bestand.kenmerk = ""
    bestand.nieuw = True
    return bestand
