"""Background work of the app (loading, checking, saving, committing, exporting) and its results.

Workers run in threads and only post messages; the handlers here change what is shown.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from textual import work

from swvplanner.store.fouten import PlanFout
from swvplanner.tui.messages import (
    Bewaard,
    BewarenConflict,
    BewarenMislukt,
    ControlesKlaar,
    Geladen,
    Gemeld,
    GitBijgewerkt,
    LadenMislukt,
)
from swvplanner.werkset import Conflict, Werkset

if TYPE_CHECKING:
    from swvplanner.tui.app import PlannerApp

CONTROLE_VERTRAGING = 0.3
"""Seconds after the last edit before the checker runs again (a burst of edits runs it once)."""


class Taken:
    """Mixin for PlannerApp: workers and the handlers of their messages.

    Handlers use the on_<message> naming convention: @on decorators are only collected on
    classes built by Textual's metaclass, which a mixin is not.
    """

    # --- loading -------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="laden")
    def laad(self: PlannerApp) -> None:
        try:
            ws = Werkset.laad(self.map)
        except PlanFout as fout:
            self.post_message(LadenMislukt(fout.meldingen))
            return
        self.post_message(Geladen(ws))

    def on_geladen(self: PlannerApp, bericht: Geladen) -> None:
        self.werkset = bericht.werkset
        self.laadfout = []
        self.sub_title = bericht.werkset.plannen.organisatie.kort
        self.plannen_gewijzigd(direct=True)
        self.ververs_git()

    def on_laden_mislukt(self: PlannerApp, bericht: LadenMislukt) -> None:
        self.laadfout = [str(m) for m in bericht.meldingen]
        self.ververs_scherm()

    def plannen_gewijzigd(self: PlannerApp, direct: bool = False) -> None:
        """After every change of the plans: redraw, and re-run the checker (debounced)."""
        self.ververs_scherm()
        if getattr(self, "_controle_timer", None) is not None:
            self._controle_timer.stop()
        if direct:
            self.controleer()
        else:
            self._controle_timer = self.set_timer(CONTROLE_VERTRAGING, self.controleer)

    def ververs_scherm(self: PlannerApp) -> None:
        scherm = self.screen
        if hasattr(scherm, "ververs_als_nodig"):
            scherm.ververs_als_nodig()

    # --- checking ------------------------------------------------------------------------

    def controleer(self: PlannerApp) -> None:
        if self.werkset is None:
            return
        self.gevonden = None if self.gevonden is None else self.gevonden
        self._controle_bezig = True
        self._controle_worker(self.werkset.momentopname(), self.vandaag)
        self.ververs_status()

    @work(thread=True, exclusive=True, group="controle")
    def _controle_worker(self: PlannerApp, opname: Any, vandaag: Any) -> None:
        from swvplanner.services_check import plaats

        begin = time.perf_counter()
        gevonden = plaats(opname.plannen, opname.voorlopige_bestanden(), vandaag)
        self.post_message(ControlesKlaar(opname.versie, gevonden, time.perf_counter() - begin))

    def on_controles_klaar(self: PlannerApp, bericht: ControlesKlaar) -> None:
        if self.werkset is None or bericht.versie != self.werkset.versie:
            return  # a newer edit is being checked already
        self.gevonden = bericht.gevonden
        self._controle_bezig = False
        self.controle_seconden = bericht.seconden
        self.ververs_status()
        if hasattr(self.screen, "controles_bijgewerkt"):
            self.screen.controles_bijgewerkt()

    def ververs_status(self: PlannerApp) -> None:
        from swvplanner.tui.widgets.statusregel import Statusregel

        for regel in self.screen.query(Statusregel):
            regel.refresh()

    # --- git -----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="git")
    def ververs_git(self: PlannerApp) -> None:
        from swvplanner.store.git import git_staat

        try:
            self.post_message(GitBijgewerkt(git_staat(self.map)))
        except Exception as fout:  # noqa: BLE001 - git trouble must never stop the app
            self.post_message(Gemeld(f"git-status onbekend: {fout}", fout=True))

    def on_git_bijgewerkt(self: PlannerApp, bericht: GitBijgewerkt) -> None:
        self.git = bericht.staat
        self.ververs_status()
        if hasattr(self.screen, "git_bijgewerkt"):
            self.screen.git_bijgewerkt()

    def on_gemeld(self: PlannerApp, bericht: Gemeld) -> None:
        self.notify(bericht.tekst, severity="error" if bericht.fout else "information",
                    timeout=8 if bericht.fout else 4)

    # --- editing -------------------------------------------------------------------------

    def bewerk(self: PlannerApp, functie: Any, *args: Any, **kwargs: Any) -> Any:
        """Run an editing service on the werkset; show its Dutch error instead of raising."""
        if self.werkset is None:
            self.notify("De plannen worden nog geladen.", severity="warning")
            return None
        try:
            uitkomst = functie(self.werkset, *args, **kwargs)
        except ValueError as fout:
            self.notify(str(fout), title="Niet gelukt", severity="error", timeout=8)
            return None
        self.plannen_gewijzigd()
        return uitkomst if uitkomst is not None else True

    def action_ongedaan(self: PlannerApp) -> None:
        if self.werkset is None:
            return
        w = self.werkset.ongedaan()
        if w is None:
            self.notify("Er is niets om ongedaan te maken.")
            return
        self.notify(f"Ongedaan gemaakt: {w.omschrijving}")
        self.plannen_gewijzigd()

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
        self._bewaar_worker(forceer, daarna_stoppen)

    @work(thread=True, exclusive=True, group="bewaren")
    def _bewaar_worker(self: PlannerApp, forceer: bool, daarna_stoppen: bool) -> None:
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
            self.post_message(Gemeld(f"Bewaren is mislukt: {fout.strerror or fout}", fout=True))
            return
        self.post_message(Bewaard(bestanden, daarna_stoppen))

    def on_bewaard(self: PlannerApp, bericht: Bewaard) -> None:
        namen = ", ".join(b.rsplit("/", 1)[-1] for b in bericht.bestanden)
        self.notify(f"Bewaard: {namen}")
        if bericht.daarna_stoppen:
            self.exit()
            return
        self.plannen_gewijzigd(direct=True)
        self.ververs_git()

    def on_bewaren_mislukt(self: PlannerApp, bericht: BewarenMislukt) -> None:
        if bericht.meldingen:
            self.notify("\n".join(str(m) for m in bericht.meldingen), title="Bewaren is mislukt; er is niets "
                        "gewijzigd", severity="error", timeout=12)

    def on_bewaren_conflict(self: PlannerApp, bericht: BewarenConflict) -> None:
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

    def _herlaad(self: PlannerApp, documenten: list[str]) -> None:
        assert self.werkset is not None
        try:
            self.werkset.herlaad(documenten)
        except PlanFout as fout:
            self.notify("\n".join(str(m) for m in fout.meldingen), title="Herladen is mislukt", severity="error",
                        timeout=12)
            return
        self.notify("Opnieuw geladen van schijf.")
        self.plannen_gewijzigd(direct=True)

    # --- quitting ------------------------------------------------------------------------

    def action_stoppen(self: PlannerApp) -> None:
        from swvplanner.tui.screens.dialogen import Keuze

        if self.werkset is None or not self.werkset.gewijzigd:
            self.exit()
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
            titel="Niet bewaard"), gekozen)

    # --- git commit and export -----------------------------------------------------------

    def action_vastleggen(self: PlannerApp) -> None:
        from swvplanner.tui.screens.dialogen import TekstVraag

        if self.werkset is None:
            return
        if self.werkset.gewijzigd:
            self.notify("Bewaar eerst (ctrl+s); vastleggen legt de bewaarde bestanden vast.", severity="warning")
            return
        if self.git is not None and not self.git.in_git:
            self.notify("De planmap staat niet in een git-repository.", severity="warning")
            return

        def bericht(tekst: str | None) -> None:
            if tekst:
                self._vastleg_worker(tekst)

        self.push_screen(TekstVraag("Vastleggen in git", "Omschrijving van de wijziging:",
                                    placeholder="bijvoorbeeld: OPR-vergadering van december verplaatst"), bericht)

    @work(thread=True, exclusive=True, group="git")
    def _vastleg_worker(self: PlannerApp, tekst: str) -> None:
        from swvplanner.store.git import GitFout, git_staat, leg_vast

        try:
            sha = leg_vast(self.map, tekst)
        except GitFout as fout:
            self.post_message(Gemeld(fout.tekst, fout=True))
            return
        self.post_message(Gemeld(f"Vastgelegd in git: {sha} {tekst}"))
        self.post_message(GitBijgewerkt(git_staat(self.map)))

    def action_exporteer(self: PlannerApp) -> None:
        if self.werkset is None:
            return
        if self.werkset.gewijzigd:
            self.notify("Bewaar eerst (ctrl+s): de agenda's worden gemaakt van de bewaarde plannen.",
                        severity="warning")
            return
        self._export_worker()

    @work(thread=True, exclusive=True, group="export")
    def _export_worker(self: PlannerApp) -> None:
        from datetime import UTC, datetime

        from swvplanner.export.schrijver import ExportFout, exporteer

        assert self.werkset is not None
        uit = self.kalender_uit or self.map.parent / "calendars"
        try:
            resultaat = exporteer(self.werkset.momentopname().plannen, uit, datetime.now(UTC).replace(microsecond=0),
                                  self.vandaag)
        except (ExportFout, PlanFout, OSError) as fout:
            self.post_message(Gemeld(f"Exporteren is mislukt: {fout}", fout=True))
            return
        self.post_message(Gemeld(
            f"Agenda's geëxporteerd naar {uit}: {len(resultaat.feeds)} agenda's, {resultaat.aantal_gebeurtenissen} "
            f"afspraken, {len(resultaat.geschreven)} bestanden bijgewerkt"))
        self.call_from_thread(self.ververs_git)

    def action_hulp(self: PlannerApp) -> None:
        from swvplanner.tui.screens.hulp import HulpScherm

        if not isinstance(self.screen, HulpScherm):
            self.push_screen(HulpScherm())

    # --- palette-only actions ------------------------------------------------------------

    def action_controleer(self: PlannerApp) -> None:
        self.controleer()

    async def action_nieuwe_vergadering(self: PlannerApp) -> None:
        await self.action_scherm("vergaderingen")
        self.screen.action_nieuw()  # type: ignore[attr-defined]

    async def action_nieuwe_actie(self: PlannerApp) -> None:
        await self.action_scherm("jaarplan")
        self.screen.action_nieuw()  # type: ignore[attr-defined]
