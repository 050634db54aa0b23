"""Importing a file from the palette (ctrl+o): read and place it in a worker on a copy of the plans,
show the preview, and on 'Importeren' place it in the app's own plans (unsaved; ctrl+z undoes it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from swvplanner.core.fouten import Fout
from swvplanner.tui.messages import ImportGelezen, ImportMislukt

if TYPE_CHECKING:
    from swvplanner.services.bewerken import Werkset
    from swvplanner.tui.planner import Planner
    from swvplanner.tui.screens.importeren import Importkeuze


class Importeren:
    """Mixin for PlannerApp: the import dialog, its worker and the preview."""

    def action_importeer(self: Planner) -> None:
        from swvplanner.tui.screens.importeren import ImportVraag

        if self.werkset is None:
            self.notify("De plannen worden nog geladen.", severity="warning")
            return
        if not isinstance(self.screen, ImportVraag):
            self.push_screen(ImportVraag())

    def lees_import(self: Planner, keuze: Importkeuze) -> None:
        """Called by the dialog: read the file and place it in a copy (nothing changes yet)."""
        if self.werkset is not None:
            self._import_worker(keuze, self.werkset.kopie())

    @work(thread=True, exclusive=True, group="importeren", exit_on_error=False)
    def _import_worker(self: Planner, keuze: Importkeuze, kopie: Werkset) -> None:
        from swvplanner.services.importeren import importeer_in, lees_invoer

        pad = keuze.pad
        try:
            if not pad.exists():
                self.post_message(ImportMislukt(f"Niet gevonden: {pad}", veld=True))
                return
            if pad.is_dir():
                self.post_message(ImportMislukt(f"{pad} is een map: kies hierboven een bestand.", True, pad))
                return
            invoer = lees_invoer(pad, keuze.soort)  # type: ignore[arg-type]
            verslag = importeer_in(kopie, invoer, keuze.schooljaar, keuze.nieuwe_organen)
        except (Fout, OSError) as fout:
            self.post_message(ImportMislukt(str(fout)))
            return
        except Exception as fout:  # noqa: BLE001 - a bug in a reader must not take the editor down
            self.post_message(ImportMislukt(f"Het bestand kon niet worden gelezen (onverwachte fout: {fout!r})."))
            return
        verslag.proef = True  # a preview: nothing is changed yet
        self.post_message(ImportGelezen(keuze, invoer, verslag))

    def on_import_mislukt(self: Planner, bericht: ImportMislukt) -> None:
        from swvplanner.tui.screens.importeren import ImportVraag

        if isinstance(scherm := self.screen, ImportVraag):
            scherm.toon_fout(bericht.tekst, bericht.veld, bericht.map)

    def on_import_gelezen(self: Planner, bericht: ImportGelezen) -> None:
        from swvplanner.tui.screens.importeren import Importvoorbeeld, ImportVraag

        if not isinstance(scherm := self.screen, ImportVraag):
            return  # the dialog was closed meanwhile
        scherm.dismiss(None)

        def gekozen(importeren: bool | None) -> None:
            if importeren:
                self._importeer(bericht)

        self.push_screen(Importvoorbeeld(bericht.verslag), gekozen)

    def _importeer(self: Planner, bericht: ImportGelezen) -> None:
        """Place the rows read for the preview in the plans themselves (they may have changed
        meanwhile, e.g. reloaded from disk: placing again gives what fits them now)."""
        from swvplanner.services.importeren import importeer_in

        keuze = bericht.keuze
        verslag = self.bewerk(importeer_in, bericht.invoer, keuze.schooljaar, keuze.nieuwe_organen, verschil=False)
        if not verslag:
            return
        aantallen = ", ".join(f"{n} {u}" for u, n in verslag.aantallen.items() if n)
        self.notify(
            f"Geïmporteerd uit {verslag.bestand}: {aantallen}. Nog niet bewaard: ctrl+s bewaart, ctrl+z maakt het "
            "ongedaan.",
            title="Geïmporteerd",
            timeout=10,
        )
