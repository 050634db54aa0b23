"""Saving (in a worker; merged with outside changes), choosing per item on a conflict, and quitting with
unsaved edits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from swvplanner.core.fouten import PlanFout
from swvplanner.core.os_fouten import os_fout_tekst
from swvplanner.tui.messages import Bewaard, BewarenMislukt, Gemeld

if TYPE_CHECKING:
    from swvplanner.services.bewerken import Keuzes, Werkset
    from swvplanner.tui.planner import Planner


def _kort(bestand: str) -> str:
    """A file name without its folder, as the messages show it."""
    return bestand.rsplit("/", 1)[-1]


STOPPEN_VRAAG = "stoppen-vraag"


class Bewaren:
    """Mixin for PlannerApp: ctrl+s, merges and conflicts, quitting."""

    # --- saving --------------------------------------------------------------------------

    def action_bewaar(self: Planner, keuzes: Keuzes | None = None, daarna_stoppen: bool = False) -> None:
        if self.werkset is None:
            return
        if not self.werkset.gewijzigd:
            if daarna_stoppen:
                self.exit()
            else:
                self.notify("Alles is al bewaard.")
            return
        self.bewaren_bezig = True
        # The worker saves a copy; the Werkset itself changes only in the handlers below, on the
        # app's thread (an edit made meanwhile is kept on top: Werkset.neem_over).
        self._bewaar_worker(self.werkset.kopie(), dict(keuzes or {}), daarna_stoppen)

    @work(thread=True, exclusive=True, group="bewaren")
    def _bewaar_worker(self: Planner, kopie: Werkset, keuzes: Keuzes, daarna_stoppen: bool) -> None:
        try:
            verslag = kopie.bewaar(keuzes)
        except PlanFout as fout:
            self.post_message(BewarenMislukt(fout.meldingen, kopie))
            return
        except OSError as fout:  # what was written before it is taken over all the same
            self.post_message(BewarenMislukt([], kopie))
            self.post_message(Gemeld(f"Bewaren is mislukt: {os_fout_tekst(fout)}", fout=True))
            return
        self.post_message(Bewaard(verslag, daarna_stoppen, keuzes, kopie))

    def on_bewaard(self: Planner, bericht: Bewaard) -> None:
        self.bewaren_bezig = False
        if self.werkset is not None and bericht.kopie is not None:
            self.werkset.neem_over(bericht.kopie)
        v = bericht.verslag
        if v.geschreven:
            self.notify(f"Bewaard: {', '.join(_kort(b) for b in v.geschreven)}", markup=False)
        for naam in v.samengevoegd:
            self.notify(
                f"De wijzigingen van iemand anders in {_kort(naam)} zijn samengevoegd met de uwe.",
                title="Samengevoegd",
                timeout=8,
                markup=False,
            )
        for oud, nieuw in v.hernoemd.items():
            self.notify(f"Iemand anders voegde ook {oud} toe; het uwe heet nu {nieuw}.", timeout=8, markup=False)
        for onleesbaar in v.onleesbaar.values():
            self.notify(
                f"{_kort(onleesbaar.meldingen[0].bestand)} is niet bewaard: het bestand op schijf is niet te "
                "lezen.\n" + "\n".join(str(m) for m in onleesbaar.meldingen) + "\nHerstel het bestand (of "
                "zet het terug met git); uw wijzigingen blijven hier staan.",
                title="Niet bewaard",
                severity="error",
                timeout=15,
                markup=False,
            )
        for meldingen in v.mislukt.values():
            self.notify(
                "\n".join(str(m) for m in meldingen),
                title="Niet bewaard; dat bestand is niet gewijzigd",
                severity="error",
                timeout=12,
                markup=False,
            )
        if v.botsingen:
            self._kies_bij_botsingen(bericht)
        elif bericht.daarna_stoppen and v.klaar:
            self.exit()
            return
        self.plannen_gewijzigd(direct=True)
        self.ververs_git()

    def on_bewaren_mislukt(self: Planner, bericht: BewarenMislukt) -> None:
        self.bewaren_bezig = False
        if self.werkset is not None and bericht.kopie is not None:
            self.werkset.neem_over(bericht.kopie)
        if bericht.meldingen:
            self.notify(
                "\n".join(str(m) for m in bericht.meldingen),
                title="Bewaren is mislukt; er is niets gewijzigd",
                severity="error",
                timeout=12,
            )

    def _kies_bij_botsingen(self: Planner, bericht: Bewaard) -> None:
        """Both sides changed the same field of some items: the user picks per item, then we save again."""
        from swvplanner.tui.screens.samenvoegen import Samenvoegen

        assert self.werkset is not None
        namen = {d: self.werkset.bestand(d).pad.name for d in bericht.verslag.botsingen}

        def gekozen(keuzes: Keuzes | None) -> None:
            if keuzes is not None:
                self.action_bewaar({**bericht.keuzes, **keuzes}, daarna_stoppen=bericht.daarna_stoppen)

        self.push_screen(Samenvoegen(bericht.verslag.botsingen, namen), gekozen)

    # --- quitting ------------------------------------------------------------------------

    def action_stoppen(self: Planner) -> None:
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
        self.push_screen(
            Keuze(
                f"Er {'is 1 bestand' if aantal == 1 else f'zijn {aantal} bestanden'} met wijzigingen die nog niet "
                "bewaard zijn.",
                [
                    ("bewaren", "Bewaren en stoppen"),
                    ("weggooien", "Stoppen zonder bewaren"),
                    ("annuleren", "Annuleren"),
                ],
                titel="Niet bewaard",
                id=STOPPEN_VRAAG,
            ),
            gekozen,
        )
