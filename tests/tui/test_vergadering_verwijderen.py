"""Delete on the Vergaderingen screen: a meeting entered by mistake goes, after a question."""

from __future__ import annotations

from pathlib import Path

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.dialogen import Keuze
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar

VERGADERINGEN = "vergaderingen-2025-2026.yaml"


def _ids(app: object) -> list[str]:
    [vp] = app.werkset.plannen.vergaderplanningen.values()  # type: ignore[attr-defined]
    return [v.id for v in vp.vergaderingen]


async def test_delete_vraagt_eerst_en_verwijdert_dan(plans: Path) -> None:
    oud = (plans / VERGADERINGEN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-02")
        await pilot.press("delete")
        await klaar(app, pilot)
        assert isinstance(app.screen, Keuze)
        await pilot.press("escape")  # no: nothing happens
        await klaar(app, pilot)
        assert "opr-2526-02" in _ids(app) and app.werkset.gewijzigd == set()
        await pilot.press("delete")
        await klaar(app, pilot)
        app.screen.dismiss("verwijderen")
        await klaar(app, pilot)
        assert "opr-2526-02" not in _ids(app)
        assert [n.message for n in app._notifications][
            -1
        ] == "Vergadering opr-2526-02 verwijderd (ctrl+z maakt het ongedaan)."
        await pilot.press("ctrl+z")
        await klaar(app, pilot)
        assert "opr-2526-02" in _ids(app)
        app.screen.selecteer("opr-2526-02")
        await pilot.press("delete")
        await klaar(app, pilot)
        app.screen.dismiss("verwijderen")
        await klaar(app, pilot)
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
    tekst = (plans / VERGADERINGEN).read_text()
    assert "id: opr-2526-02\n" not in tekst
    assert tekst.count("  - id: ") == oud.count("  - id: ") - 1  # that one meeting, nothing else
