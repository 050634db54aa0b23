"""Committing the plan files (vastleggen) and exporting the calendars, from the app."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from swvplanner.core.fouten import PlanFout
from swvplanner.core.os_fouten import os_fout_tekst
from swvplanner.tui.messages import Gemeld

if TYPE_CHECKING:
    from swvplanner.tui.planner import Planner


class GitExport:
    """Mixin for PlannerApp: ctrl+g and ctrl+e."""

    # --- git commit and export -----------------------------------------------------------

    @property
    def agenda_map(self: Planner) -> Path:
        """Where ctrl+e writes the calendars; ctrl+g commits their public files with the plan files."""
        from swvplanner.services.export import agenda_map

        return agenda_map(self.map, self.kalender_uit)

    def action_ververs_git(self: Planner) -> None:
        """r on screen 6: read git again (after a commit, a pull or an export outside the app)."""
        self.ververs_git()

    def action_vastleggen(self: Planner) -> None:
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

        self.push_screen(
            TekstVraag(
                "Vastleggen in git",
                f"{wat_vastgelegd_wordt(self)}Omschrijving van de wijziging:",
                placeholder="bijvoorbeeld: OPR-vergadering van december verplaatst",
            ),
            bericht,
        )

    @work(thread=True, exclusive=True, group="git")
    def _vastleg_worker(self: Planner, tekst: str) -> None:
        from swvplanner.core.fouten import GitFout
        from swvplanner.services.vastleggen import leg_vast

        try:
            sha = leg_vast(self.map, tekst, self.agenda_map)
        except GitFout as fout:
            self.post_message(Gemeld(fout.tekst, fout=True))
            return
        self.post_message(Gemeld(f"Vastgelegd in git: {sha} {tekst}"))
        self.call_from_thread(self.ververs_git)  # the git state and the adoption state (what waits to be adopted)

    def action_exporteer(self: Planner) -> None:
        if self.werkset is None:
            return
        if self.werkset.gewijzigd:
            self.notify(
                "Bewaar eerst (ctrl+s): de agenda's worden gemaakt van de bewaarde plannen.", severity="warning"
            )
            return
        self._export_worker()

    @work(thread=True, exclusive=True, group="export")
    def _export_worker(self: Planner) -> None:
        from swvplanner.core.fouten import ExportFout
        from swvplanner.services.export import exporteer_feeds

        uit = self.agenda_map
        try:  # the saved plans, as `swvplanner export` exports them (the app saved them all first)
            resultaat = exporteer_feeds(self.map, uit, vandaag=self.vandaag)
        except (ExportFout, PlanFout, OSError) as fout:
            reden = os_fout_tekst(fout) if isinstance(fout, OSError) else str(fout)
            self.post_message(Gemeld(f"Exporteren is mislukt: {reden}", fout=True))
            return
        self.post_message(
            Gemeld(
                f"Agenda's geëxporteerd naar {uit}: {len(resultaat.feeds)} agenda's, {resultaat.aantal_gebeurtenissen} "
                f"afspraken, {len(resultaat.geschreven)} bestanden bijgewerkt"
            )
        )
        self.call_from_thread(self.ververs_git)

    # --- vaststellen (adoption) ----------------------------------------------------------

    def action_vaststellen(self: Planner) -> None:
        from swvplanner.core.nl_datum import formatteer_datum
        from swvplanner.tui.screens.dialogen import Keuze

        stand = self.vaststelling
        if self.werkset is None or stand is None:
            self.notify("Vaststellen kan alleen als de planmap in git staat.", severity="warning")
            return
        if stand.goedkeurder is None:
            self.notify(
                f"Alleen een goedkeurder uit swv.yaml kan vaststellen (u bent {stand.gebruiker}).",
                severity="warning",
                timeout=6,
            )
            return
        if self.werkset.gewijzigd or (self.git and self.git.gewijzigd):
            self.notify(
                "Bewaar (ctrl+s) en leg eerst alles vast (ctrl+g); vastgesteld wordt wat in git staat.",
                severity="warning",
                timeout=6,
            )
            return
        open_ = [d for d in stand.documenten if d.wijzigingen or d.tag is None or d.niet_vastgelegde_datum]
        if not open_:
            self.notify("Alle documenten zijn vastgesteld en ongewijzigd.")
            return
        # a date in the document that git does not record yet: that earlier adoption is what is recorded
        datums = {d.document: d.niet_vastgelegde_datum for d in open_ if d.niet_vastgelegde_datum}

        def gekozen(document: str | None) -> None:
            if document:
                self._vaststel_worker(document, datums.get(document))

        uitleg = "".join(
            f"\n{d}: het document zegt vastgesteld op {formatteer_datum(dag)}; die vaststelling wordt vastgelegd."
            for d, dag in datums.items()
        )
        self.push_screen(
            Keuze(
                "Welk document stelt u vast? Er komt een commit en een tag vastgesteld/DOCUMENT/DATUM met uw naam, "
                f"de datum en de wijzigingen hieronder in scherm 6.{uitleg}",
                [*((d.document, d.document) for d in open_), ("", "Annuleren")],
                titel="Vaststellen",
            ),
            gekozen,
        )

    @work(thread=True, exclusive=True, group="git")
    def _vaststel_worker(self: Planner, document: str, datum: date | None = None) -> None:
        from swvplanner.core.fouten import VaststelFout
        from swvplanner.services.vaststellen import stel_vast

        try:
            v = stel_vast(self.map, document, self.vandaag, None, datum)  # signs when swv.yaml asks it
        except VaststelFout as fout:
            self.post_message(Gemeld(fout.tekst, fout=True))
            return
        except PlanFout as fout:
            self.post_message(
                Gemeld("Vaststellen is niet gelukt: " + "; ".join(str(m) for m in fout.meldingen), fout=True)
            )
            return
        if v.achteraf:
            self.post_message(
                Gemeld(
                    f"De vaststelling van {document} op {v.datum:%d-%m-%Y} is vastgelegd: {v.tag} "
                    f"(commit {v.commit[:7]})."
                )
            )
        else:
            ondertekend = ", ondertekend" if v.ondertekend else ""
            self.post_message(Gemeld(f"{document} is vastgesteld: {v.tag} (commit {v.commit[:7]}{ondertekend})."))
        self.call_from_thread(self._na_vaststellen)

    def _na_vaststellen(self: Planner) -> None:
        assert self.werkset is not None
        self.werkset.herlaad()  # approve wrote the vastgesteld date into the file
        self.plannen_gewijzigd(direct=True)
        self.ververs_git()


def wat_vastgelegd_wordt(app: Planner) -> str:
    """'Vastgelegd worden: 1 planbestand en 28 agendabestanden.' (and where the calendars are) with a
    newline; '' when the git state is not known yet."""
    git = app.git
    if git is None or not (git.gewijzigd or git.agenda):
        return ""
    delen = []
    if git.gewijzigd:
        delen.append(f"{len(git.gewijzigd)} {'planbestand' if len(git.gewijzigd) == 1 else 'planbestanden'}")
    if git.agenda:
        delen.append(f"{len(git.agenda)} {'agendabestand' if len(git.agenda) == 1 else 'agendabestanden'}")
    waar = f"\n(de agenda's uit {app.agenda_map.name}/; {app.agenda_map.name}/prive/ nooit)" if git.agenda else ""
    return f"Vastgelegd worden: {' en '.join(delen)}.{waar}\n"
