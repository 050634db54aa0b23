"""The command palette (ctrl+p) in Dutch: our commands, Dutch system commands, a Dutch palette."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.widgets.option_list import Option

from swvplanner.tui.schermen import SCHERMEN
from swvplanner.tui.toetsen import NederlandseToetsen

if TYPE_CHECKING:
    from textual.screen import Screen

    from swvplanner.tui.planner import Planner

OPDRACHTEN = (
    ("Bewaren", "Schrijf de wijzigingen naar de planbestanden (ctrl+s)", "bewaar"),
    ("Ongedaan maken", "Maak de laatste wijziging ongedaan (ctrl+z)", "ongedaan"),
    ("Vastleggen in git", "Leg de bewaarde planbestanden vast met een omschrijving (ctrl+g)", "vastleggen"),
    ("Agenda's exporteren", "Maak de iCal-agenda's in calendars/ opnieuw (ctrl+e)", "exporteer"),
    (
        "Importeren uit bestand…",
        "Neem vergaderingen, items of acties over uit Excel, CSV, Word of Outlook (ctrl+o)",
        "importeer",
    ),
    (
        "Jaarovergang…",
        "Maak het volgende schooljaar uit dit: vergaderplanning en jaarplan (eerst een voorbeeld)",
        "jaarovergang",
    ),
    ("Opnieuw controleren", "Voer alle controles opnieuw uit", "controleer"),
    *(
        (f"Ga naar {s.titel}", f"Scherm {s.toets}" + (f": {s.uitleg}" if s.uitleg else ""), f"scherm('{s.naam}')")
        for s in SCHERMEN
    ),
    ("Vaststellen", "Stel een document vast (alleen voor een goedkeurder)", "vaststellen"),
    ("Nieuwe vergadering", "Voeg een vergadering toe", "nieuwe_vergadering"),
    ("Nieuwe actie", "Voeg een actie toe aan het jaarplan", "nieuwe_actie"),
    *(
        (titel, hulp, f"op_scherm({scherm!r}, {actie!r})")
        for titel, hulp, scherm, actie in (
            ("Nieuw onderdeel", "Voeg een onderdeel toe aan het jaarplan (o)", "jaarplan", "nieuw_onderdeel"),
            (
                "Onderdeel of actie verwijderen",
                "Verwijder wat in het jaarplan gekozen is (Delete)",
                "jaarplan",
                "verwijder",
            ),
            (
                "Nieuw kwaliteitskalender-item",
                "Voeg een item toe aan de kwaliteitskalender (n)",
                "kwaliteitskalender",
                "nieuw",
            ),
            (
                "Item uit de bibliotheek",
                "Neem een item over uit de bibliotheek van wet en sectorcodes (b)",
                "kwaliteitskalender",
                "bibliotheek",
            ),
            (
                "Nieuwe categorie",
                "Voeg een categorie toe aan de kwaliteitskalender (c)",
                "kwaliteitskalender",
                "nieuwe_categorie",
            ),
            (
                "Kwaliteitskalender-item verwijderen",
                "Verwijder het gekozen item (Delete)",
                "kwaliteitskalender",
                "verwijder",
            ),
            (
                "Nieuw overlegorgaan",
                "Voeg een overlegorgaan toe (scherm Organisatie)",
                "organisatie",
                "nieuw('overlegorganen')",
            ),
            ("Nieuwe rol", "Voeg een rol toe (scherm Organisatie)", "organisatie", "nieuw('rollen')"),
            (
                "Nieuwe goedkeurder",
                "Voeg iemand toe die mag vaststellen (scherm Organisatie)",
                "organisatie",
                "nieuw('goedkeurders')",
            ),
            (
                "Gegevens van de organisatie",
                "Naam, korte naam, regio en domein bewerken (g)",
                "organisatie",
                "gegevens",
            ),
            (
                "Uit de organisatie verwijderen",
                "Verwijder het gekozen overlegorgaan, de rol of goedkeurder (Delete)",
                "organisatie",
                "verwijder",
            ),
        )
    ),
    ("Help: toetsen", "Alle toetsen op een rij (?)", "hulp"),
)


class PlannerOpdrachten(Provider):
    """Our commands and the app's (Dutch) system commands: the only provider of the palette."""

    def _alle(self) -> Iterable[tuple[str, str, Any]]:
        for titel, hulp, actie in OPDRACHTEN:
            yield titel, hulp, partial(self.app.run_action, actie)
        for opdracht in self.app.get_system_commands(self.screen):
            yield opdracht.title, opdracht.help, opdracht.callback

    async def discover(self) -> Hits:
        for titel, hulp, callback in self._alle():
            yield DiscoveryHit(titel, callback, help=hulp)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for titel, hulp, callback in self._alle():
            score = matcher.match(titel)
            if score > 0:
                yield Hit(score, matcher.highlight(titel), callback, help=hulp)


class Opdrachtenpalet(NederlandseToetsen, CommandPalette):
    """Textual's command palette with Dutch texts."""

    GEEN_TREFFERS = "Niets gevonden"

    def __init__(self, providers: Any = None, *, placeholder: str = "Zoek een opdracht…", **kwargs: Any) -> None:
        super().__init__(providers, placeholder=placeholder, **kwargs)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual's (8.2.8), with a Dutch text: Textual has no parameter for "No matches found"."""
        self._stop_no_matches_countdown()

        def geen_treffers() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(self.GEEN_TREFFERS, style="not bold")), disabled=True, id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, geen_treffers)


class Palet:
    """Mixin for PlannerApp: the palette, its system commands and their actions, all in Dutch."""

    def action_command_palette(self: Planner) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(Opdrachtenpalet(id="--command-palette"))

    async def action_op_scherm(self: Planner, naam: str, actie: str) -> None:
        """A palette command that acts on a screen: go there, then run the screen's action."""
        await self.action_scherm(naam)
        await self.screen.run_action(actie)

    def search_themes(self: Planner) -> None:
        self.push_screen(Opdrachtenpalet(providers=[_thema_provider()], placeholder="Zoek een thema…"))

    def get_system_commands(self: Planner, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Replaces Textual's English ones (Quit, Theme, Keys, Maximize, Screenshot)."""
        yield SystemCommand(
            "Stoppen", "Sluit swvplanner (vraagt eerst bij niet-bewaarde wijzigingen)", self.action_stoppen
        )
        yield SystemCommand("Thema", "Kies de kleuren van de app", self.action_change_theme)
        if screen.query("HelpPanel"):
            yield SystemCommand("Toetsenpaneel verbergen", "Verberg de toetsen rechts", self.action_hide_help_panel)
        else:
            yield SystemCommand("Toetsenpaneel", "Toon rechts de toetsen die nu werken", self.action_show_help_panel)
        if screen.maximized is not None:
            yield SystemCommand("Verkleinen", "Zet het vergrote veld terug", screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(
                "Maximaliseren", "Vergroot het gekozen veld tot het hele scherm", screen.action_maximize
            )
        yield SystemCommand(
            "Schermafbeelding", "Bewaar een afbeelding (SVG) van het scherm in Downloads", self.action_schermafbeelding
        )

    def action_schermafbeelding(self: Planner) -> None:
        from pathlib import Path

        from platformdirs import user_downloads_path

        from swvplanner.core.os_fouten import os_fout_tekst

        map_ = user_downloads_path()
        if not map_.is_dir():
            map_ = Path.cwd()
        try:
            pad = self.save_screenshot(path=str(map_))
        except OSError as fout:
            self.notify(f"De schermafbeelding is niet bewaard: {os_fout_tekst(fout)}", severity="error")
            return
        self.notify(f"Schermafbeelding bewaard: {pad}")


def _thema_provider() -> type[Provider]:
    from textual.theme import ThemeProvider

    return ThemeProvider
