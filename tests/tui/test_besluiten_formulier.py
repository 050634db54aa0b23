"""Pilot tests of the Besluiten form (Vergaderingen, key b): the outcome per agenda point, who was present
and a new actiepunt are written to the meeting in the YAML, the rest of the file byte for byte unchanged;
an unknown rol is refused in Dutch with nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select

from swvplanner.tui.app import maak_app
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst
from tests.tui.test_formulieren import GROOT, KLEIN, VERGADERINGEN, formulierfout, vergadering

VOOR = """\
  - id: opr-2526-02
    orgaan: opr
    datum: 2025-12-01
    # aangevuld: agenda afgeleid uit de kwaliteitskalender, niet in de bron.
    agenda:
      - {kwaliteitskalender: begroting, stap: informatie}
"""
NA = """\
  - id: opr-2526-02
    orgaan: opr
    datum: 2025-12-01
    # aangevuld: agenda afgeleid uit de kwaliteitskalender, niet in de bron.
    agenda:
      - {kwaliteitskalender: begroting, stap: informatie, uitkomst: ter-kennisname, besluit: Begroting 2026 besproken}
    aanwezig:
      rollen: [secretariaat]
      namen: [J. de Vries]
    actiepunten:
      - wat: Vragen OPR beantwoorden
        wie:
          tekst: Secretariaat
          rollen: [secretariaat]
        wanneer: 2026-01-15
"""


async def typ(app, pilot, veld: str, tekst: str) -> None:  # type: ignore[no-untyped-def]
    app.screen.query_one(f"#{veld}", Input).focus()
    await pilot.pause()
    await pilot.press(*tekst)


async def open_formulier(app, pilot) -> None:  # type: ignore[no-untyped-def]
    await vergadering(app, pilot, "opr-2526-02")
    await pilot.press("b")
    await pilot.pause()
    assert "Besluiten OPR 1 december 2025" in schermtekst(app)


@pytest.mark.parametrize("grootte", [KLEIN, GROOT])
async def test_besluiten_vastleggen_en_bewaren(plans: Path, grootte: tuple[int, int]) -> None:
    oud = (plans / VERGADERINGEN).read_text(encoding="utf-8")
    assert VOOR in oud
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=grootte) as pilot:
        await open_formulier(app, pilot)
        app.screen.query_one("#uitkomst-0", Select).value = "ter-kennisname"
        await typ(app, pilot, "besluit-0", "Begroting 2026 besproken")
        await typ(app, pilot, "rollen", "Secretariaat")  # the rol's name is read as its id
        await typ(app, pilot, "namen", "J. de Vries")
        await typ(app, pilot, "ap-wat", "Vragen OPR beantwoorden")
        await typ(app, pilot, "ap-wie", "Secretariaat")
        await typ(app, pilot, "ap-wanneer", "15 jan 2026")
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert "Besluiten OPR" not in schermtekst(app)
        assert app.werkset.gewijzigd == set()
    assert (plans / VERGADERINGEN).read_text(encoding="utf-8") == oud.replace(VOOR, NA)


async def test_onbekende_rol_wordt_geweigerd(plans: Path) -> None:
    oud = (plans / VERGADERINGEN).read_bytes()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=KLEIN) as pilot:
        await open_formulier(app, pilot)
        await typ(app, pilot, "rollen", "voorzitter")
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert "Besluiten OPR 1 december 2025" in schermtekst(app)  # the form stays open
        assert formulierfout(app).startswith("onbekende rol 'voorzitter'; kies uit directeur-bestuurder, ")
        assert (app.werkset.gewijzigd, app.werkset.geschiedenis) == (set(), [])
    assert (plans / VERGADERINGEN).read_bytes() == oud


async def test_een_bestaand_actiepunt_bijwerken_houdt_de_rest(plans: Path) -> None:
    # The actiepunt from the test above is in the YAML; the secretary changes what and by when and
    # sets it gereed. Its wie (with its rol) is left as shown, so the YAML keeps it as it was.
    (plans / VERGADERINGEN).write_text(
        (plans / VERGADERINGEN).read_text(encoding="utf-8").replace(VOOR, NA), encoding="utf-8"
    )
    oud = (plans / VERGADERINGEN).read_text(encoding="utf-8")
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=KLEIN) as pilot:
        await open_formulier(app, pilot)
        assert app.screen.query_one("#ap1-wat", Input).value == "Vragen OPR beantwoorden"
        assert app.screen.query_one("#ap1-wie", Input).value == "Secretariaat"
        assert app.screen.query_one("#ap1-wanneer", Input).value == "15 januari 2026"
        app.screen.query_one("#ap1-wat", Input).value = ""
        await typ(app, pilot, "ap1-wat", "Vragen OPR schriftelijk beantwoorden")
        app.screen.query_one("#ap1-wanneer", Input).value = ""
        await typ(app, pilot, "ap1-wanneer", "1 feb")
        app.screen.query_one("#ap1-status", Select).value = "gereed"
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert "Besluiten OPR" not in schermtekst(app)
    assert (plans / VERGADERINGEN).read_text(encoding="utf-8") == oud.replace(
        "      - wat: Vragen OPR beantwoorden\n", "      - wat: Vragen OPR schriftelijk beantwoorden\n"
    ).replace("        wanneer: 2026-01-15\n", "        wanneer: 2026-02-01\n        status: gereed\n")


async def test_een_actiepunt_zonder_wat_wordt_geweigerd(plans: Path) -> None:
    (plans / VERGADERINGEN).write_text(
        (plans / VERGADERINGEN).read_text(encoding="utf-8").replace(VOOR, NA), encoding="utf-8"
    )
    oud = (plans / VERGADERINGEN).read_bytes()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=KLEIN) as pilot:
        await open_formulier(app, pilot)
        app.screen.query_one("#ap1-wat", Input).value = ""
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert "Besluiten OPR 1 december 2025" in schermtekst(app)
        assert formulierfout(app) == (
            "vul bij actiepunt 1 in wat er moet gebeuren; zet de status op 'vervallen' als het niet meer hoeft"
        )
        assert app.werkset.gewijzigd == set()
    assert (plans / VERGADERINGEN).read_bytes() == oud
