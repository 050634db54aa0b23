"""The jaarovergang from the palette: draft the next schooljaar on a copy of the plans, show the
report, and on 'Overnemen' draft it in the app's own plans (unsaved; ctrl+z undoes it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from swvplanner.core.fouten import Fout

if TYPE_CHECKING:
    from swvplanner.core.schooljaar import Schooljaar
    from swvplanner.tui.planner import Planner


class Jaarovergang:
    """Mixin for PlannerApp: the jaarovergang's preview and applying it."""

    def action_jaarovergang(self: Planner) -> None:
        from swvplanner.services.jaarovergang import jaarovergang_met_evaluaties, volgend_schooljaar
        from swvplanner.tui.screens.jaarovergang import Jaarovergangvoorbeeld

        if self.werkset is None:
            self.notify("De plannen worden nog geladen.", severity="warning")
            return
        sj = volgend_schooljaar(self.werkset)
        if sj is None:
            self.notify("Er is nog geen vergaderplanning of jaarplan om uit over te nemen.", severity="warning")
            return
        try:  # pure drafting in memory, on a copy: nothing changes yet
            verslag = jaarovergang_met_evaluaties(self.werkset.kopie(), sj)
        except Fout as fout:
            self.notify(str(fout), title="Jaarovergang niet mogelijk", severity="error", timeout=8)
            return
        verslag.proef = True

        def gekozen(overnemen: bool | None) -> None:
            if overnemen:
                self._jaarovergang(sj)

        self.push_screen(Jaarovergangvoorbeeld(verslag), gekozen)

    def _jaarovergang(self: Planner, sj: Schooljaar) -> None:
        from swvplanner.services.jaarovergang import jaarovergang_met_evaluaties

        if self.bewerk(jaarovergang_met_evaluaties, sj):
            self.notify(
                f"Schooljaar {sj} is gemaakt uit {sj.vorige()}. Nog niet bewaard: ctrl+s bewaart, ctrl+z maakt "
                "het ongedaan.",
                title="Jaarovergang",
                timeout=10,
            )
