"""Background work of the app (loading, checking, saving, committing, exporting) and its results.

Workers run in threads and only post messages; the handlers here change what is shown.
"""

from __future__ import annotations

import contextlib
import os
import threading
from typing import TYPE_CHECKING, Any

from textual import work

from swvplanner.core.fouten import PlanFout
from swvplanner.tui.messages import (
    ControlesKlaar,
    Geladen,
    Gemeld,
    GitBijgewerkt,
    LadenMislukt,
    OpSchijfGewijzigd,
)
from swvplanner.tui.screens.basis import PlanScherm

if TYPE_CHECKING:
    from textual.timer import Timer

    from swvplanner.services.bewerken import Werkset
    from swvplanner.tui.planner import Planner

BEWAAK_INTERVAL = 2.0
"""Seconds between looks at the plan files when the file watcher cannot run (see `_bewaak_bestanden`)."""

STAP_MS = 50
"""The watcher reports a change once the plans folder was quiet this long (a save is several events)."""

CONTROLE_VERTRAGING = 0.3
"""Seconds after the last edit before the checker runs again (a burst of edits runs it once)."""


class Taken:
    """Mixin for PlannerApp: workers and the handlers of their messages.

    Handlers use the on_<message> naming convention: @on decorators are only collected on
    classes built by Textual's metaclass, which a mixin is not.
    """

    _bewaking: Timer | None = None
    """The timed look at the plan files, only when the file watcher cannot run."""
    _bewaking_stop: threading.Event | None = None
    """Set when the app stops: ends the file watcher (`_bewaak_bestanden`), from the first load on."""
    _controle_timer: Timer | None = None
    _controle_loopt = False
    _controle_opnieuw = False
    """An edit came in while the checker ran: run it once more when it is done."""

    # --- loading -------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="laden")
    def laad(self: Planner) -> None:
        from swvplanner.services.bewerken import Werkset  # the domain modules load here, after the first frame

        try:
            ws = Werkset.laad(self.map)
        except PlanFout as fout:
            self.post_message(LadenMislukt(fout.meldingen))
            return
        self.post_message(Geladen(ws))

    def on_geladen(self: Planner, bericht: Geladen) -> None:
        self.werkset = bericht.werkset
        self.laadfout = []
        self.sub_title = bericht.werkset.plannen.organisatie.kort
        self.plannen_gewijzigd(direct=True)
        self.ververs_git()
        if self._bewaking_stop is None:
            # A thread of its own, not a Textual worker: it runs as long as the app, and whoever waits
            # for the workers to finish (a test, a benchmark) must not wait for it.
            self._bewaking_stop = threading.Event()
            threading.Thread(
                target=self._bewaak_bestanden, args=(self._bewaking_stop,), name="swvplanner-bewaking", daemon=True
            ).start()

    # --- outside changes -----------------------------------------------------------------

    def _bewaak_bestanden(self: Planner, stop: threading.Event) -> None:
        """Watch the plans folder (watchfiles: inotify and its kin) and look at the plan files when one
        changed; without a watcher (no inotify left, a network share it cannot see) every few seconds.
        Ends when the app stops (`stop_bewaking`): watchfiles checks `stop` at every step."""
        from watchfiles import watch  # here, in its thread: the first frame does not wait for it

        map_ = str(self.map.resolve())
        try:
            for _ in watch(
                map_,
                stop_event=stop,
                step=STAP_MS,
                recursive=False,
                raise_interrupt=False,
                watch_filter=lambda _, pad: (
                    pad.endswith((".yaml", ".yml")) and not os.path.basename(pad).startswith(".")
                ),
            ):
                self.call_from_thread(self._bewaak)
        except RuntimeError:  # call_from_thread: the app stopped meanwhile
            return
        except Exception:  # noqa: BLE001 - no watcher is no reason to stop: look every few seconds instead
            pass
        if not stop.is_set():  # the watcher gave up (an error, the folder moved): look every few seconds
            with contextlib.suppress(RuntimeError):
                self.call_from_thread(self._peil)

    def stop_bewaking(self: Planner) -> None:
        if self._bewaking_stop is not None:
            self._bewaking_stop.set()

    def _peil(self: Planner) -> None:
        if self._bewaking is None:
            self._bewaking = self.set_interval(BEWAAK_INTERVAL, self._bewaak)

    def _bewaak(self: Planner) -> None:
        if self.werkset is not None and not self.bewaren_bezig:
            self._bewaak_worker(self.werkset, self.werkset.versie)

    @work(thread=True, exclusive=True, group="schijf")
    def _bewaak_worker(self: Planner, ws: Werkset, versie: int) -> None:
        stand = ws.kijk_op_schijf()
        if stand.gelezen or stand.onleesbaar or stand.terug:
            self.post_message(OpSchijfGewijzigd(stand, versie))

    def on_op_schijf_gewijzigd(self: Planner, bericht: OpSchijfGewijzigd) -> None:
        """Reload files nobody edits here; say once that a file with edits here will be merged, and
        once that a file cannot be read (again only when that changes or it is fixed)."""
        ws = self.werkset
        if ws is None or bericht.versie != ws.versie or self.bewaren_bezig:
            return  # stale: an edit or a save came in between
        verslag = ws.verwerk(bericht.stand)

        def namen(documenten: list[str]) -> str:
            return ", ".join(ws.bestand(d).pad.name for d in documenten)

        for onleesbaar in verslag.onleesbaar.values():
            self.notify(
                "\n".join(str(m) for m in onleesbaar.meldingen) + "\nDe laatste goede versie blijft in beeld; "
                "dit bestand wordt pas weer bewaard als het te lezen is.",
                title="Bestand op schijf niet te lezen",
                severity="error",
                timeout=15,
                markup=False,
            )
        for d in verslag.hersteld:
            self.notify(
                f"{namen([d])} is weer te lezen"
                + (
                    " en opnieuw geladen."
                    if d in verslag.herladen
                    else "; uw wijzigingen worden bij bewaren samengevoegd met die van de ander."
                    if d in verslag.samen_te_voegen
                    else "."
                ),
                title="Bestand hersteld",
                markup=False,
            )
        if herladen := [d for d in verslag.herladen if d not in verslag.hersteld]:
            self.notify(f"Op schijf gewijzigd en opnieuw geladen: {namen(herladen)}", markup=False)
        if samen := [d for d in verslag.samen_te_voegen if d not in verslag.hersteld]:
            self.notify(
                f"{namen(samen)} {'is' if len(samen) == 1 else 'zijn'} op schijf gewijzigd terwijl u hier "
                "wijzigingen hebt die nog niet bewaard zijn. Bij bewaren worden de wijzigingen van de ander "
                "samengevoegd met de uwe.",
                title="Bestand gewijzigd op schijf",
                severity="warning",
                timeout=12,
                markup=False,
            )
        self.plannen_gewijzigd(direct=True)
        self.ververs_git()

    def on_laden_mislukt(self: Planner, bericht: LadenMislukt) -> None:
        self.laadfout = [str(m) for m in bericht.meldingen]
        self.ververs_scherm()

    @property
    def huidig_scherm(self: Planner) -> Any:
        """The screen on top, or None while the app shuts down (a worker's result may still arrive)."""
        from textual.app import ScreenStackError

        try:
            return self.screen
        except ScreenStackError:
            return None

    def plannen_gewijzigd(self: Planner, direct: bool = False) -> None:
        """After every change of the plans: redraw, and re-run the checker (debounced)."""
        self.ververs_scherm()
        if self._controle_timer is not None:
            self._controle_timer.stop()
        if direct:
            self.controleer()
        else:
            self._controle_timer = self.set_timer(CONTROLE_VERTRAGING, self.controleer)

    def ververs_scherm(self: Planner) -> None:
        scherm = self.huidig_scherm
        if isinstance(scherm, PlanScherm):  # not a form or a question on top
            scherm.ververs_als_nodig()

    # --- checking ------------------------------------------------------------------------

    def controleer(self: Planner) -> None:
        """Check the current plans in a worker. One check at a time: a thread cannot be cancelled,
        so an edit during a check asks for one more run when it finishes (never a pile of threads)."""
        if self.werkset is None:
            return
        if self._controle_loopt:
            self._controle_opnieuw = True
            return
        self._controle_loopt = True
        self._controle_opnieuw = False
        self.controle_bezig = True
        self._controle_worker(self.werkset.momentopname(), self.vandaag)

    @work(thread=True, exclusive=True, group="controle", exit_on_error=False)
    def _controle_worker(self: Planner, opname: Any, vandaag: Any) -> None:
        from swvplanner.services.check import onleesbaar_geopend, plaats

        try:
            onleesbaar = {d: o.meldingen for d, o in opname.onleesbaar.items()}
            gevonden = onleesbaar_geopend(onleesbaar) + plaats(opname.plannen, opname.voorlopige_bestanden(), vandaag)
        except Exception as fout:  # noqa: BLE001 - a checker bug must not take the editor down
            self.post_message(ControlesKlaar(opname.versie, None, f"{fout!r}"))
            return
        self.post_message(ControlesKlaar(opname.versie, gevonden))

    def on_controles_klaar(self: Planner, bericht: ControlesKlaar) -> None:
        self._controle_loopt = False
        if bericht.fout is not None:
            self.controle_bezig = False
            self.notify(f"De controles konden niet worden uitgevoerd: {bericht.fout}", severity="error", timeout=10)
        if self.werkset is None or bericht.versie != self.werkset.versie or self._controle_opnieuw:
            self.controleer()  # the plans changed while checking: check the newest version
            return
        if bericht.gevonden is None:
            return
        self.gevonden = bericht.gevonden
        self.controle_bezig = False
        if isinstance(scherm := self.huidig_scherm, PlanScherm):
            scherm.controles_bijgewerkt()

    def ververs_status(self: Planner) -> None:
        from swvplanner.tui.widgets.statusregel import Statusregel

        scherm = self.huidig_scherm
        for regel in scherm.query(Statusregel) if scherm is not None else ():
            regel.refresh()

    # --- git -----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="git")
    def ververs_git(self: Planner) -> None:
        from swvplanner.core.fouten import PlanFout
        from swvplanner.services.vastleggen import git_staat

        try:
            staat = git_staat(self.map, self.agenda_map)
        except Exception as fout:  # noqa: BLE001 - git trouble must never stop the app
            self.post_message(Gemeld(f"git-status onbekend: {fout}", fout=True))
            return
        if not staat.in_git:
            self.post_message(GitBijgewerkt(staat))
            return
        from swvplanner.services.vaststellen import stand

        try:
            self.post_message(GitBijgewerkt(staat, stand(self.map, self.vandaag)))
        except PlanFout as fout:
            self.post_message(GitBijgewerkt(staat, None, "; ".join(str(m) for m in fout.meldingen)))

    def on_git_bijgewerkt(self: Planner, bericht: GitBijgewerkt) -> None:
        self.git = bericht.staat
        self.vaststelling = bericht.vaststelling
        self.vaststelling_fout = bericht.vaststelling_fout
        self.ververs_scherm()  # the other screens catch up when they are shown again

    def on_gemeld(self: Planner, bericht: Gemeld) -> None:
        self.notify(
            bericht.tekst, severity="error" if bericht.fout else "information", timeout=8 if bericht.fout else 4
        )

    # --- editing -------------------------------------------------------------------------

    def bewerk(self: Planner, functie: Any, *args: Any, **kwargs: Any) -> Any:
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

    def action_ongedaan(self: Planner) -> None:
        if self.werkset is None:
            return
        w = self.werkset.ongedaan()
        if w is None:
            self.notify("Er is niets om ongedaan te maken.")
            return
        self.notify(f"Ongedaan gemaakt: {w.omschrijving}")
        self.plannen_gewijzigd()

    def action_hulp(self: Planner) -> None:
        from swvplanner.tui.screens.hulp import HulpScherm

        if not isinstance(self.screen, HulpScherm):
            self.push_screen(HulpScherm())

    # --- palette-only actions ------------------------------------------------------------

    def action_controleer(self: Planner) -> None:
        self.controleer()

    async def action_nieuwe_vergadering(self: Planner) -> None:
        await self.action_scherm("vergaderingen")
        self.screen.action_nieuw()  # type: ignore[attr-defined]

    async def action_nieuwe_actie(self: Planner) -> None:
        await self.action_scherm("jaarplan")
        self.screen.action_nieuw()  # type: ignore[attr-defined]
