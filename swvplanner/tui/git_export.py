"""Committing the plan files (vastleggen) and exporting the calendars, from the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from swvplanner.store.fouten import PlanFout
from swvplanner.tui.messages import Gemeld, GitBijgewerkt

if TYPE_CHECKING:
    from swvplanner.tui.app import PlannerApp


class GitExport:
    """Mixin for PlannerApp: ctrl+g and ctrl+e."""

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
