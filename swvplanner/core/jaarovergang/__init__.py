"""The jaarovergang: next schooljaar's vergaderplanning and jaarplan drafted from this year's.

Pure: models in, models and a Dutch report out; the service (services/jaarovergang.py) reads
and writes the files through the Werkset.
"""

from swvplanner.core.jaarovergang.jaarplan import Jaarplanovergang, jaarplan_overzetten
from swvplanner.core.jaarovergang.vergaderingen import Vergaderovergang, Verschuiving, vergaderingen_overzetten

__all__ = [
    "Jaarplanovergang",
    "Vergaderovergang",
    "Verschuiving",
    "jaarplan_overzetten",
    "vergaderingen_overzetten",
]
