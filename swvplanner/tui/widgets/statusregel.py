"""The bottom line of every screen: unsaved marker, check summary, git state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

if TYPE_CHECKING:
    from swvplanner.tui.planner import Planner


class Statusregel(Static):
    DEFAULT_CSS = """
    Statusregel { height: 1; background: $panel; color: $text; padding: 0 1; }
    """

    def render(self) -> Text:
        app: Planner = self.app  # type: ignore[assignment]  # the status line lives in PlannerApp only
        ws = app.werkset
        tekst = Text()
        if ws is None:
            tekst.append("laden…" if not app.laadfout else "plannen niet geladen", style="bold")
            return tekst
        if ws.gewijzigd:
            aantal = ws.niet_bewaard
            tekst.append(
                f"● {aantal} {'wijziging' if aantal == 1 else 'wijzigingen'} niet bewaard", style="bold yellow"
            )
        else:
            tekst.append("✓ bewaard", style="green")
        tekst.append("  │  ")
        for onleesbaar in ws.onleesbaar.values():  # a plan file broken on disk: where, first
            tekst.append(f"SWV100 {onleesbaar.meldingen[0].plaats.rsplit('/', 1)[-1]}", style="bold red")
            tekst.append("  │  ")
        gevonden = app.gevonden
        if gevonden is None or app.controle_bezig:
            tekst.append("controleren…", style="dim")
        if gevonden is not None:
            fouten = sum(1 for g in gevonden if g.bevinding.ernst == "fout")
            waarsch = sum(1 for g in gevonden if g.bevinding.ernst == "waarschuwing")
            if app.controle_bezig:
                tekst.append(" ")
            tekst.append(f"{fouten} {'fout' if fouten == 1 else 'fouten'}", style="bold red" if fouten else "green")
            tekst.append(f", {waarsch} waarsch.", style="yellow" if waarsch else "green")
        git = app.git
        tekst.append("  │  ")
        if git is None:
            tekst.append("git: …", style="dim")
        elif not git.in_git:
            tekst.append("geen git", style="dim")
        else:
            tekst.append(f"git {git.tak or '(los)'}")
            if git.gewijzigd:
                tekst.append(f", {len(git.gewijzigd)} niet vastgelegd", style="yellow")
        return tekst
