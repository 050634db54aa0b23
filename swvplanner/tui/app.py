"""The app: modes for the seven screens, global keys, and the factory used by the CLI and tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.reactive import var

from swvplanner.tui.commands import Palet, PlannerOpdrachten
from swvplanner.tui.messages import ControlesKlaar
from swvplanner.tui.schermen import NAMEN, SCHERMEN
from swvplanner.tui.toetsen import nl_toets
from swvplanner.tui.werk.bewaren import Bewaren
from swvplanner.tui.werk.git import GitExport
from swvplanner.tui.werk.importeren import Importeren
from swvplanner.tui.werk.jaarovergang import Jaarovergang
from swvplanner.tui.werk.stoppen import Stoppen
from swvplanner.tui.werk.taken import Taken

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.screen import Screen

    from swvplanner.services.bewerken import Werkset
    from swvplanner.services.check import Gevonden
    from swvplanner.services.vastleggen import GitStaat
    from swvplanner.services.vaststellen import Stand

VOORLADEN = tuple(
    f"swvplanner.tui.screens.{naam}"
    for naam in (
        *NAMEN,
        "actie_formulier",
        "kk_formulier",
        "org_formulier",
        "onderdeel_formulier",
        "vergadering_formulier",
        "agenda",
        "dialogen",
        "hulp",
    )
)
"""Imported in the background after the first check, so no first visit waits for its imports."""


def _scherm(naam: str) -> Screen[None]:
    """The screen of a mode, imported on first use: the first frame needs only the overview."""
    from importlib import import_module

    klasse = SCHERMEN[NAMEN.index(naam)].klasse
    return getattr(import_module(f"swvplanner.tui.screens.{naam}"), klasse)()  # type: ignore[no-any-return]


class PlannerApp(Taken, Bewaren, GitExport, Importeren, Jaarovergang, Stoppen, Palet, App[None]):
    """swvplanner in the terminal. The plans are loaded in a worker; screens read `werkset`."""

    TITLE = "swvplanner"
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses elsewhere keep the style
    ENABLE_COMMAND_PALETTE = True
    COMMANDS: ClassVar = {PlannerOpdrachten}  # not Textual's English system commands: ours are in Palet
    COMMAND_PALETTE_BINDING = "ctrl+p"
    MODES: ClassVar = {naam: (lambda naam=naam: _scherm(naam)) for naam in NAMEN}
    DEFAULT_MODE = "overzicht"
    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(s.toets, f"scherm('{s.naam}')", s.titel, show=False) for s in SCHERMEN),
        Binding("ctrl+s", "bewaar", "Bewaren"),
        Binding("ctrl+z", "ongedaan", "Ongedaan", show=False),
        Binding("ctrl+g", "vastleggen", "Vastleggen", show=False),
        Binding("ctrl+e", "exporteer", "Exporteren", show=False),
        Binding("ctrl+o", "importeer", "Importeren", show=False),
        Binding("question_mark,f1", "hulp", "Help"),
        Binding("ctrl+q", "stoppen", "Stoppen", show=False, priority=True),
        Binding("q", "stoppen", "Stoppen", show=False),
        Binding("ctrl+c", "stoppen", "Stoppen", show=False),  # in a field with a selection ctrl+c copies
        Binding("ctrl+p", "command_palette", "Menu", show=False, priority=True),
    ]

    # The app's state (see tui/werk/planner.py): set by the message handlers on the app's thread;
    # the status line of the screen on top follows it (watchers below).
    werkset: var[Werkset | None] = var(None, init=False)
    gevonden: var[list[Gevonden] | None] = var(None, init=False)
    git: var[GitStaat | None] = var(None, init=False)
    vaststelling: var[Stand | None] = var(None, init=False)
    vaststelling_fout: var[str | None] = var(None, init=False)
    laadfout: var[list[str]] = var(list, init=False)
    herstelmap: var[Path | None] = var(None, init=False)
    bewaren_bezig: var[bool] = var(False, init=False)
    controle_bezig: var[bool] = var(False, init=False)

    def __init__(self, map_: Path, vandaag: date | None = None, kalender_uit: Path | None = None) -> None:
        super().__init__()
        self.map = Path(map_)
        self.vandaag_vast = vandaag
        self.kalender_uit = kalender_uit
        self._voorgeladen = False

    def _status_volgt(self) -> None:
        """The status line shows the unsaved edits, the check and git: it follows their state."""
        self.ververs_status()

    watch_gevonden = watch_controle_bezig = watch_git = watch_laadfout = _status_volgt

    @property
    def vandaag(self) -> date:
        return self.vandaag_vast or date.today()

    def on_mount(self) -> None:
        self.laad()
        self.vang_signalen()
        self.zoek_herstel()

    def get_key_display(self, binding: Binding) -> str:
        return nl_toets(super().get_key_display(binding))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notifications are plain text: they carry user data (titles, places), never markup."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def on_unmount(self) -> None:
        import gc

        self.laat_signalen_los()
        self.stop_bewaking()
        gc.unfreeze()  # what the screens froze (PlanScherm) may be collected again once the app is gone

    @on(ControlesKlaar)
    def _na_de_eerste_controle(self) -> None:
        if not self._voorgeladen:
            self._voorgeladen = True
            self._voorladen()

    @work(thread=True, group="voorladen")
    def _voorladen(self) -> None:
        from importlib import import_module

        for module in VOORLADEN:
            import_module(module)
        self.call_from_thread(self._voorbouwen)

    @work(group="voorladen")
    async def _voorbouwen(self) -> None:
        """Compose the screens not yet visited, one at a time, while the user reads the first one.

        A first visit then costs what a return visit costs (about a fifth): composing and mounting a
        screen is most of it. `_init_mode` is Textual's own first step of `switch_mode` (private,
        deliberately used; Textual is pinned and tests/tui/test_snelheid.py fails if it changes).
        """
        import asyncio

        for naam in NAMEN:
            if naam not in self._screen_stacks:
                await self._init_mode(naam)
                await asyncio.sleep(0)  # keys pressed meanwhile are handled between two screens

    async def action_scherm(self, naam: str) -> None:
        if naam in NAMEN and self.current_mode != naam:
            await self.switch_mode(naam)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        from textual.screen import ModalScreen

        return not (action == "scherm" and isinstance(self.screen, ModalScreen))


def maak_app(map_: Path, vandaag: date | None = None, kalender_uit: Path | None = None) -> PlannerApp:
    """The one factory: the CLI and the tests build the app here, with the plan folder passed in."""
    return PlannerApp(map_, vandaag=vandaag, kalender_uit=kalender_uit)
