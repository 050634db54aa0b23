"""OS errors in the app are shown in Dutch, naming the file (never 'Permission denied')."""

from __future__ import annotations

import errno
import tempfile
from pathlib import Path

import pytest

from swvplanner.tui.app import maak_app
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import actie_gewijzigd, klaar

JAARPLAN = "jaarplan-2025-2026.yaml"


def meldingen(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app._notifications]


async def test_bewaren_in_een_map_zonder_schrijfrechten(plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    oud = (plans / JAARPLAN).read_bytes()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await actie_gewijzigd(app, pilot)

        def geweigerd(**kwargs: object) -> tuple[int, str]:  # what a read-only plan folder gives
            raise PermissionError(errno.EACCES, "Permission denied", f"{plans}/.{JAARPLAN}.k3j2.tmp")

        monkeypatch.setattr(tempfile, "mkstemp", geweigerd)
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert f"Bewaren is mislukt: geen schrijfrechten op {plans / JAARPLAN}" in meldingen(app)
        assert not any("Permission" in m for m in meldingen(app))
        assert app.werkset.gewijzigd == {"jaarplan-2025-2026"}  # the edit is still there, unsaved
    assert (plans / JAARPLAN).read_bytes() == oud


async def test_exporteren_naar_een_pad_dat_geen_map_is(plans: Path, tmp_path: Path) -> None:
    (tmp_path / "bestand").write_text("geen map\n")
    uit = tmp_path / "bestand" / "calendars"
    app = maak_app(plans, vandaag=VANDAAG, kalender_uit=uit)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("ctrl+e")
        await klaar(app, pilot)
        fouten = [m for m in meldingen(app) if m.startswith("Exporteren")]
        assert fouten == [
            f"Exporteren is mislukt: kan de vorige export niet lezen: een deel van "
            f"{uit / '.swvplanner-staat.json'} is geen map"
        ]
