"""The app notices a change on disk by itself (watchfiles), without a timer, and stops its watcher."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from swvplanner.tui.app import maak_app
from swvplanner.tui.werk import taken
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst

VERGADERINGEN = "vergaderingen-2025-2026.yaml"


def _opr_02(app: object) -> str:
    v = app.werkset.plannen.vergaderplanningen  # type: ignore[attr-defined]
    return str(next(iter(v.values())).vergadering("opr-2526-02").datum)


async def _wacht_tot(app: object, pilot: object, voorwaarde: object, seconden: float = 10.0) -> bool:
    for _ in range(int(seconden / 0.05)):
        if voorwaarde():  # type: ignore[operator]
            return True
        await asyncio.sleep(0.05)
        await pilot.pause()  # type: ignore[attr-defined]
    return bool(voorwaarde())  # type: ignore[operator]


async def test_een_wijziging_op_schijf_wordt_vanzelf_gezien(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        assert app._bewaking is None  # no timer: the watcher looks only when something changed
        assert app._bewaking_stop is not None
        pad = plans / VERGADERINGEN
        pad.write_text(pad.read_text().replace("datum: 2025-12-01", "datum: 2025-12-02"))  # e.g. a git pull
        assert await _wacht_tot(app, pilot, lambda: _opr_02(app) == "2025-12-02")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
        assert "di 2 dec 2025" in schermtekst(app)


async def test_andere_bestanden_in_de_planmap_laden_niets_opnieuw(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    gekeken: list[int] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        oud = app._bewaak
        app._bewaak = lambda: (gekeken.append(1), oud())  # type: ignore[method-assign]
        (plans / "notities.txt").write_text("agenda ALV\n")
        (plans / f".{VERGADERINGEN}.abcd1234.tmp").write_text("half bewaard")  # a save's temporary file
        await asyncio.sleep(0.5)
        await pilot.pause()
        assert gekeken == []
        (plans / VERGADERINGEN).write_text((plans / VERGADERINGEN).read_text() + "\n# aantekening\n")
        assert await _wacht_tot(app, pilot, lambda: gekeken)


async def test_zonder_bewaking_kijkt_de_app_elke_paar_seconden(plans: Path, monkeypatch) -> None:
    """A folder the watcher cannot watch (no inotify left, a share): the timed look of before."""
    import watchfiles

    def kapot(*args: object, **kwargs: object) -> object:
        raise OSError(28, "inotify watch limit reached")

    monkeypatch.setattr(watchfiles, "watch", kapot)
    monkeypatch.setattr(taken, "BEWAAK_INTERVAL", 0.1)
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        assert await _wacht_tot(app, pilot, lambda: app._bewaking is not None)
        pad = plans / VERGADERINGEN
        pad.write_text(pad.read_text().replace("datum: 2025-12-01", "datum: 2025-12-02"))
        assert await _wacht_tot(app, pilot, lambda: _opr_02(app) == "2025-12-02")


async def test_de_bewaking_stopt_met_de_app(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        [bewaker] = [t for t in threading.enumerate() if t.name == "swvplanner-bewaking"]
        assert bewaker.is_alive() and not app._bewaking_stop.is_set()
    assert app._bewaking_stop.is_set()
    bewaker.join(5)  # watchfiles sees the stop within one step (STAP_MS)
    assert not bewaker.is_alive()
