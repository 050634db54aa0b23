"""The checker: rules as pure functions over the loaded plans.

Each rule has a stable code, a severity, a Dutch message, a path into the offending file (the
store turns it into file:line:column) and a hint. `controleer` runs them all.
"""

from __future__ import annotations

from datetime import date

from swvplanner.core.checks import besluiten, besluitvorming, jaarplan, kalender, structuur  # noqa: F401  (registers)
from swvplanner.core.checks.register import ERNSTEN, REGISTER, Bevinding, Context, Controle
from swvplanner.core.plannen import Plannen

ERNST_VOLGORDE = {e: i for i, e in enumerate(ERNSTEN)}


def controleer(plannen: Plannen, vandaag: date) -> list[Bevinding]:
    """Run every rule; findings sorted by document, then path order, then code."""
    ctx = Context(plannen, vandaag)
    bevindingen: list[Bevinding] = []
    for controle in REGISTER:
        bevindingen.extend(controle.functie(ctx))
    return bevindingen


__all__ = ["REGISTER", "Bevinding", "Controle", "Context", "controleer", "ERNST_VOLGORDE"]
