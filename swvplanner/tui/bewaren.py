"""Saving (conflict-checked, in a worker), the conflict dialog, and quitting with unsaved edits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from swvplanner.store.fouten import PlanFout
from swvplanner.store.os_fouten import os_fout_tekst
from swvplanner.tui.messages import Bewaard, BewarenConflict, BewarenMislukt, Gemeld

if TYPE_CHECKING:
    from swvplanner.tui.app import PlannerApp

STOPPEN_VRAAG = "stoppen-vraag"


class Bewaren:
    """Mixin for PlannerApp: ctrl+s, conflicts, quitting."""

    # --- saving --------------------------------------------------------------------------

    def action_bewaar(self: PlannerApp, forceer: bool = False, daarna_stoppen: bool = False) -> None:
        if self.werkset is None:
            return
        if not self.werkset.gewijzigd:
            if daarna_stoppen:
                self.exit()
            else:
                self.notify("Alles is al bewaard.")
            return
        self._bewaren_bezig = True
        self._bewaar_worker(forceer, daarna_stoppen)

    @work(thread=True, exclusive=True, group="bewaren")
    def _bewaar_worker(self: PlannerApp, forceer: bool, daarna_stoppen: bool) -> None:
        from swvplanner.werkset import Conflict

        assert self.werkset is not None
        try:
            bestanden = self.werkset.bewaar(forceer=forceer)
        except Conflict as fout:
            self.post_message(BewarenConflict(fout.documenten, daarna_stoppen))
            return
        except PlanFout as fout:
            self.post_message(BewarenMislukt(fout.meldingen))
            return
        except OSError as fout:
            self.post_message(BewarenMislukt([]))
            self.post_message(Gemeld(f"Bewaren is mislukt: {os_fout_tekst(fout)}", fout=True))
            return
        self.post_message(Bewaard(bestanden, daarna_stoppen))

    def on_bewaard(self: PlannerApp, bericht: Bewaard) -> None:
        self._bewaren_bezig = False
        self._gewaarschuwd = set()
        namen = ", ".join(b.rsplit("/", 1)[-1] for b in bericht.bestanden)
        self.notify(f"Bewaard: {namen}")
        if bericht.daarna_stoppen:
            self.exit()
            return
        self.plannen_gewijzigd(direct=True)
        self.ververs_git()

    def on_bewaren_mislukt(self: PlannerApp, bericht: BewarenMislukt) -> None:
        self._bewaren_bezig = False
        if bericht.meldingen:
            self.notify("\n".join(str(m) for m in bericht.meldingen), title="Bewaren is mislukt; er is niets "
                        "gewijzigd", severity="error", timeout=12)

    def on_bewaren_conflict(self: PlannerApp, bericht: BewarenConflict) -> None:
        self._bewaren_bezig = False
        from swvplanner.tui.screens.dialogen import Keuze

        assert self.werkset is not None
        namen = ", ".join(self.werkset.bestand(d).pad.name for d in bericht.documenten)

        def gekozen(keuze: str | None) -> None:
            if keuze == "herladen":
                self._herlaad(bericht.documenten)
            elif keuze == "mijn":
                self.action_bewaar(forceer=True, daarna_stoppen=bericht.daarna_stoppen)

        self.push_screen(Keuze(
            f"{namen} is op schijf gewijzigd sinds u het opende (door iemand anders of een ander programma). "
            "Er is niets bewaard.",
            [("herladen", "Herladen (mijn wijzigingen daarin weg)"), ("mijn", "Mijn versie bewaren (overschrijft)"),
             ("annuleren", "Annuleren")], titel="Bestand gewijzigd op schijf"), gekozen)

    def _herlaad(self: PlannerApp, documenten: list[str], melding: str = "Opnieuw geladen van schijf.") -> None:
        assert self.werkset is not None
        try:
            self.werkset.herlaad(documenten)
        except PlanFout as fout:
            self.notify("\n".join(str(m) for m in fout.meldingen), title="Herladen is mislukt; de vorige versie "
                        "blijft in beeld", severity="error", timeout=12)
            return
        self._gewaarschuwd = getattr(self, "_gewaarschuwd", set()) - set(documenten)
        self.notify(melding)
        self.plannen_gewijzigd(direct=True)
        self.ververs_git()

    # --- quitting ------------------------------------------------------------------------

    def action_stoppen(self: PlannerApp) -> None:
        from swvplanner.tui.screens.dialogen import Keuze

        if self.werkset is None or not self.werkset.gewijzigd:
            self.exit()
            return
        if self.screen.id == STOPPEN_VRAAG:  # asked already (ctrl+q works inside dialogs too)
            return

        def gekozen(keuze: str | None) -> None:
            if keuze == "bewaren":
                self.action_bewaar(daarna_stoppen=True)
            elif keuze == "weggooien":
                self.exit()

        aantal = len(self.werkset.gewijzigd)
        self.push_screen(Keuze(
            f"Er {'is 1 bestand' if aantal == 1 else f'zijn {aantal} bestanden'} met wijzigingen die nog niet "
            "bewaard zijn.",
            [("bewaren", "Bewaren en stoppen"), ("weggooien", "Stoppen zonder bewaren"), ("annuleren", "Annuleren")],
            titel="Niet bewaard", id=STOPPEN_VRAAG), gekozen)
