"""Every way out of the app asks about unsaved edits; a closed terminal keeps them aside."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import Input

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.dialogen import Keuze
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import actie_gewijzigd, klaar, schermtekst

JAARPLAN = "jaarplan-2025-2026.yaml"


def vraagt_eerst(app) -> bool:  # type: ignore[no-untyped-def]
    return isinstance(app.screen, Keuze) and "Niet bewaard" in schermtekst(app)


async def test_stoppen_via_het_opdrachtenpalet_vraagt_eerst(plans: Path) -> None:
    oud = (plans / JAARPLAN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await actie_gewijzigd(app, pilot)
        await pilot.press("ctrl+p")
        await klaar(app, pilot)
        await pilot.press(*"Quit")
        await klaar(app, pilot)
        await pilot.press("enter")  # Textual's English "Quit" is gone: nothing happens
        await klaar(app, pilot)
        assert app.is_running and app.werkset.gewijzigd == {"jaarplan-2025-2026"}
        await pilot.press("escape")
        await klaar(app, pilot)
        assert not isinstance(app.screen, CommandPalette)
        await pilot.press("ctrl+p")
        await klaar(app, pilot)
        await pilot.press(*"Stoppen")
        await klaar(app, pilot)
        await pilot.press("enter")
        await klaar(app, pilot)
        assert vraagt_eerst(app)
        await pilot.press("escape")  # = annuleren
        await klaar(app, pilot)
        assert app.is_running and app.werkset.gewijzigd == {"jaarplan-2025-2026"}
    assert (plans / JAARPLAN).read_text() == oud


async def test_textuals_eigen_quit_vraagt_eerst(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await actie_gewijzigd(app, pilot)
        await app.run_action("quit")
        await klaar(app, pilot)
        assert vraagt_eerst(app)
        await pilot.click("#keuze-weggooien")
        await pilot.pause()
    assert app.return_code == 0


async def test_ctrl_c_vraagt_eerst_en_kopieert_in_een_veld(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await actie_gewijzigd(app, pilot)
        zoek = app.screen.query_one("#zoek", Input)
        zoek.focus()
        await pilot.press(*"hoog")
        zoek.action_select_all()
        await pilot.press("ctrl+c")  # a selection in a field: ctrl+c copies it
        await klaar(app, pilot)
        assert app.clipboard == "hoog" and not isinstance(app.screen, Keuze)
        app.screen.query_one("#boom").focus()
        await pilot.press("ctrl+c")
        await klaar(app, pilot)
        assert vraagt_eerst(app)
        assert "Do you want to quit" not in schermtekst(app)


async def test_nog_eens_stoppen_opent_geen_tweede_vraag(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await actie_gewijzigd(app, pilot)
        await pilot.press("q")
        await klaar(app, pilot)
        await pilot.press("ctrl+q")  # a priority key: it reaches the app inside the dialog too
        await klaar(app, pilot)
        assert [type(s).__name__ for s in app.screen_stack] == ["JaarplanScherm", "Keuze"]
        await pilot.press("escape")
        await klaar(app, pilot)
        assert not isinstance(app.screen, Keuze) and app.is_running


async def test_ctrl_c_zonder_wijzigingen_stopt(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


@pytest.fixture
def signaal_vanger() -> Iterator[list[int]]:
    """Without the app's handler a hang-up would end the test run: catch it here (and notice)."""
    ontvangen: list[int] = []
    oud = {
        s: signal.signal(s, lambda nummer, _frame: ontvangen.append(nummer)) for s in (signal.SIGHUP, signal.SIGTERM)
    }
    yield ontvangen
    for s, handler in oud.items():
        signal.signal(s, handler)


@pytest.mark.parametrize("signaal", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
async def test_venster_gesloten_bewaart_de_wijzigingen_apart(
    plans: Path, signaal: int, signaal_vanger: list[int]
) -> None:
    oud = {p.name: p.read_bytes() for p in plans.iterdir()}
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await actie_gewijzigd(app, pilot)
        signal.raise_signal(signaal)  # the terminal is closed
        for _ in range(100):
            if not app.is_running:
                break
            await pilot.pause()
        assert not app.is_running and signaal_vanger == []
    assert app.return_code == 128 + signaal
    assert {p.name: p.read_bytes() for p in plans.iterdir()} == oud  # the plan files are not touched
    [map_] = list((plans.parent / "plans.herstel").iterdir())
    assert sorted(p.name for p in map_.iterdir()) == ["LEESMIJ.txt", JAARPLAN]
    hersteld = (map_ / JAARPLAN).read_text()
    regel = "            wanneer: 31 december 2025\n"
    assert hersteld == oud[JAARPLAN].decode().replace(regel, regel + "            status: lopend\n", 1)
    leesmij = (map_ / "LEESMIJ.txt").read_text()
    assert f"De planbestanden in {plans} zijn NIET gewijzigd." in leesmij
    assert f"git diff --no-index {plans / JAARPLAN} {map_ / JAARPLAN}" in leesmij

    # The next start says where they are.
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        assert [n.message for n in app._notifications if n.title == "Herstelbestanden gevonden"] == [
            f"Niet-bewaarde wijzigingen van een eerdere sessie (het venster werd gesloten) staan in {map_}. De "
            "planbestanden zijn niet gewijzigd; lees daar LEESMIJ.txt."
        ]


async def test_venster_gesloten_zonder_wijzigingen(plans: Path, signaal_vanger: list[int]) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        signal.raise_signal(signal.SIGHUP)
        for _ in range(100):
            if not app.is_running:
                break
            await pilot.pause()
    assert app.return_code == 128 + signal.SIGHUP and signaal_vanger == []
    assert not (plans.parent / "plans.herstel").exists()
