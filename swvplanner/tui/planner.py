"""What the app's mixins (tui/werk/) and screens use of the app: its state and its actions.

`PlannerApp` is the one implementation. The mixins and screens are typed against this Protocol,
not against the App class, so that nothing under tui/ imports tui/app.py back (no cycle).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from textual.message import Message
    from textual.notifications import SeverityLevel
    from textual.screen import Screen
    from textual.timer import Timer

    from swvplanner.services.bewerken import Keuzes, Werkset
    from swvplanner.services.check import Gevonden
    from swvplanner.services.vastleggen import GitStaat
    from swvplanner.services.vaststellen import Stand


class Planner(Protocol):
    # --- state (reactive attributes of PlannerApp) ---------------------------------------
    map: Path
    kalender_uit: Path | None
    werkset: Werkset | None
    """The plans being edited (None until loaded)."""
    gevonden: list[Gevonden] | None
    """The findings of the last check (None until the first check)."""
    git: GitStaat | None
    vaststelling: Stand | None
    vaststelling_fout: str | None
    laadfout: list[str]
    herstelmap: Path | None
    bewaren_bezig: bool
    controle_bezig: bool
    """A check runs or waits to run: the status line says so instead of the last counts."""

    @property
    def vandaag(self) -> date: ...
    @property
    def agenda_map(self) -> Path: ...
    @property
    def huidig_scherm(self) -> Any: ...
    @property
    def screen(self) -> Screen[Any]: ...

    # --- Textual's App -------------------------------------------------------------------
    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None: ...
    def post_message(self, message: Message) -> bool: ...
    def push_screen(self, screen: Any, callback: Any = None, wait_for_dismiss: bool = False) -> Any: ...
    def call_from_thread(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> Any: ...
    def set_timer(
        self, delay: float, callback: Any = None, *, name: str | None = None, pause: bool = False
    ) -> Timer: ...
    def set_interval(
        self, interval: float, callback: Any = None, *, name: str | None = None, repeat: int = 0, pause: bool = False
    ) -> Timer: ...
    def exit(self, result: Any = None, return_code: int = 0, message: Any = None) -> None: ...

    # --- the app's own actions, across the mixins ------------------------------------------
    def laad(self) -> Any: ...
    def plannen_gewijzigd(self, direct: bool = False) -> None: ...
    def controleer(self) -> None: ...
    def ververs_status(self) -> None: ...
    def ververs_scherm(self) -> None: ...
    def ververs_git(self) -> None: ...
    def bewerk(self, functie: Any, *args: Any, **kwargs: Any) -> Any: ...
    def action_bewaar(self, keuzes: Keuzes | None = None, daarna_stoppen: bool = False) -> None: ...
    def action_stoppen(self) -> None: ...
    async def action_scherm(self, naam: str) -> None: ...
