"""No English on any screen: every mode, the help, the palette, the keys panel, every dialog.

The screen text is read from the compositor (what the terminal shows, `schermtekst`). Lists that are
longer than the screen (the palette's commands, the keys the focused widget offers) are also read
in full from their widgets, so nothing hides below the fold.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.console import Console
from textual.command import CommandList, CommandPalette
from textual.screen import Screen
from textual.widgets import HelpPanel

from swvplanner.tui.app import PlannerApp, maak_app
from swvplanner.tui.screens.dialogen import Keuze
from swvplanner.tui.toetsen import NederlandseToetsen
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst

MAAT = (120, 60)
"""Tall enough that the help and the keys panel fit (the words are the same at 80x24)."""

# Whole words, case-sensitive: "Open", "Home", "End" and "Delete" are left out (Dutch, or the name on
# the key itself); lowercase words are ones no Dutch text uses.
ENGELS = re.compile(
    r"\b(Search|[Cc]ommands?|[Mm]atch(es)?|[Ff]ound|[Pp]alette|Keys|Maximi[sz]e|Minimi[sz]e|Screenshot|Themes?|"
    r"Quit|[Cc]ursor|Focus|Copy|Paste|Select|Toggle|Scroll|Next|Previous|Submit|Cancel|Save|Close|Loading|Error|"
    r"Press|Dismiss|Exit|Show|Hide|Undo|Redo|Cut|Expand|collapse|selected|clipboard|[Bb]utton|word|character|"
    r"the|and|text|Page|Go to|Bottom|Top|Up|Down|Left|Right|sibling|parent|ancestor|option|completion)\b"
)


def engels(tekst: str) -> list[str]:
    return sorted({m.group(0) for m in ENGELS.finditer(tekst)})


def toetsen_tekst(app: PlannerApp) -> str:
    """Every key description the footer and the keys panel can show for the focused widget now."""
    return "\n".join(
        f"{a.binding.description} {a.tooltip}" for a in app.screen.active_bindings.values() if not a.binding.system
    )


async def alle_velden(app: PlannerApp, pilot) -> str:  # type: ignore[no-untyped-def]
    """The keys of every focusable widget on the screen, each focused in turn."""
    teksten = [toetsen_tekst(app)]
    for widget in list(app.screen.focus_chain):
        widget.focus()
        await pilot.pause()
        teksten.append(toetsen_tekst(app))
    return "\n".join(teksten)


def bekijk(app: PlannerApp, waar: str, tekst: str, gezien: dict[str, list[str]]) -> None:
    if woorden := engels(tekst):
        gezien[waar] = woorden


async def palet_open(app: PlannerApp, pilot, zoek: str = "") -> CommandPalette:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p")
    await klaar(app, pilot)
    assert isinstance(app.screen, CommandPalette)
    if zoek:
        await pilot.press(*zoek)
        await klaar(app, pilot)
    return app.screen


def palet_regels(palet: CommandPalette) -> str:
    """All the palette's results (also those scrolled out of view)."""
    lijst = palet.query_one(CommandList)
    console = Console(width=200, file=io.StringIO(), record=True)
    for i in range(lijst.option_count):
        console.print(lijst.get_option_at_index(i).prompt)
    return console.export_text()


async def test_geen_engels_op_de_hoofdschermen_hulp_en_palet(plans: Path) -> None:
    gezien: dict[str, list[str]] = {}
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=MAAT) as pilot:
        await klaar(app, pilot)
        for toets in "1234576":  # every screen, ending on 6 (its keys are looked at below)
            await pilot.press(toets)
            await klaar(app, pilot)
            bekijk(app, f"scherm {toets}", schermtekst(app), gezien)
            bekijk(app, f"toetsen op scherm {toets}", await alle_velden(app, pilot), gezien)
        await pilot.press("question_mark")
        await klaar(app, pilot)
        bekijk(app, "hulp", schermtekst(app) + await alle_velden(app, pilot), gezien)
        await pilot.press("escape")
        await klaar(app, pilot)

        palet = await palet_open(app, pilot)
        assert "Zoek een opdracht…" in schermtekst(app)
        bekijk(app, "palet", schermtekst(app) + palet_regels(palet) + await alle_velden(app, pilot), gezien)
        await pilot.press(*"xyzzq")
        for _ in range(200):  # "nothing found" appears after a short delay of the palette itself
            if "Niets gevonden" in schermtekst(app):
                break
            await pilot.pause(0.01)
        assert "Niets gevonden" in schermtekst(app)
        bekijk(app, "palet zonder treffers", schermtekst(app), gezien)
        await pilot.press("escape")
        await klaar(app, pilot)

        # The palette's Dutch system commands work: the keys panel, and the theme picker.
        await palet_open(app, pilot, "Toetsenpaneel")
        await pilot.press("enter")
        await klaar(app, pilot)
        assert app.screen.query(HelpPanel)
        assert "Vaststellen" in schermtekst(app)  # the keys of screen 6
        bekijk(app, "toetsenpaneel", schermtekst(app), gezien)
        await pilot.press("2")
        await klaar(app, pilot)
        app.screen.query_one("#boom").focus()
        await palet_open(app, pilot, "Toetsenpaneel")
        await pilot.press("enter")
        await klaar(app, pilot)
        assert "Uit- of inklappen" in schermtekst(app)  # the tree's keys, in Dutch
        bekijk(app, "toetsenpaneel bij de boom", schermtekst(app), gezien)
        await palet_open(app, pilot, "Thema")
        await pilot.press("enter")
        await klaar(app, pilot)
        assert "Zoek een thema…" in schermtekst(app)
        bekijk(app, "thema kiezen", schermtekst(app), gezien)
    assert gezien == {}


async def test_geen_engels_in_de_formulieren_en_dialogen(plans: Path) -> None:
    gezien: dict[str, list[str]] = {}
    app = maak_app(plans, vandaag=VANDAAG)

    async def dialoog(naam: str, *toetsen: str) -> None:
        await pilot.press(*toetsen)
        await klaar(app, pilot)
        assert app.screen.is_modal, naam
        bekijk(app, naam, schermtekst(app) + await alle_velden(app, pilot), gezien)
        await pilot.press("escape")
        await klaar(app, pilot)
        assert not app.screen.is_modal, naam

    async with app.run_test(size=MAAT) as pilot:
        await klaar(app, pilot)
        await pilot.press("2")
        await klaar(app, pilot)
        app.screen.selecteer("actie", "basisondersteuning-02")
        await klaar(app, pilot)
        await dialoog("nieuwe actie", "n")
        await dialoog("actie bewerken", "e")
        await dialoog("voortgang", "p")
        await dialoog("actie verwijderen", "delete")
        await pilot.press("3")
        await klaar(app, pilot)
        await dialoog("kwaliteitskalender-item", "e")
        await pilot.press("4")
        await klaar(app, pilot)
        await dialoog("nieuwe vergadering", "n")
        await dialoog("verplaatsen", "v")
        await dialoog("agenda", "g")
        await pilot.press("r")  # an unsaved edit, so that quitting asks
        await klaar(app, pilot)
        await pilot.press("q")
        await klaar(app, pilot)
        assert isinstance(app.screen, Keuze)
        bekijk(app, "stoppen", schermtekst(app) + await alle_velden(app, pilot), gezien)
    assert gezien == {}


def test_elk_scherm_van_de_app_toont_nederlandse_toetsen() -> None:
    """A new screen that forgets the mixin would show Textual's English key descriptions."""
    import importlib
    import pkgutil

    import swvplanner.tui.screens as schermen

    for module in pkgutil.iter_modules(schermen.__path__):
        importlib.import_module(f"swvplanner.tui.screens.{module.name}")

    def onder(klasse: type) -> list[type]:
        return [k for sub in klasse.__subclasses__() for k in (sub, *onder(sub))]

    van_ons = [k for k in onder(Screen) if k.__module__.startswith("swvplanner.")]
    assert len(van_ons) >= 10
    assert [k.__name__ for k in van_ons if not issubclass(k, NederlandseToetsen)] == []


@pytest.mark.parametrize(
    "engels_woord",
    [
        "Search for commands…",
        "No matches found",
        "^p palette",
        "Cursor up",
        "Focus Next",
        "Copy selected text",
        "Maximize",
    ],
)
def test_de_woordenlijst_vangt_wat_textual_toont(engels_woord: str) -> None:
    assert engels(engels_woord)
