"""Pilot tests: saving while someone else changed the same file, and a plan file that breaks on disk
while the app runs. At 80x24, the smallest terminal the app supports."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Button

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.samenvoegen import Samenvoegen
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst

VERGADERINGEN = "vergaderingen-2025-2026.yaml"
JAARPLAN = "jaarplan-2025-2026.yaml"
OPR_03 = "  - id: opr-2526-03\n    orgaan: opr\n    datum: 2026-02-11\n"
OPR_01 = "  - id: opr-2526-01\n    orgaan: opr\n    datum: 2025-10-01\n"


def hun_wijziging(pad: Path, oud: str, nieuw: str) -> str:
    tekst = pad.read_text(encoding="utf-8")
    assert tekst.count(oud) == 1
    tekst = tekst.replace(oud, nieuw)
    pad.write_text(tekst, encoding="utf-8")
    return tekst


def meldingen(app) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(n.title, n.message) for n in app._notifications]


async def test_botsing_kiezen_per_item_op_80x24(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-03")
        await pilot.press("a")  # I cancel the meeting...
        await klaar(app, pilot)
        pad = plans / VERGADERINGEN
        hun_wijziging(pad, OPR_01, OPR_01.replace("10-01", "10-02"))
        hun = hun_wijziging(pad, OPR_03, OPR_03 + "    status: reserve\n")  # ...they made it a reserve date
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        # Every button of the dialog is inside the 80x24 screen, and the safe choice has the focus.
        knoppen = list(app.screen.query(Button))
        for knop in knoppen:
            r = knop.region
            assert r.width > 0 and r.height > 0 and r.x >= 0 and r.y >= 0 and r.right <= 80 and r.bottom <= 24, (
                knop.id,
                r,
            )
        assert isinstance(app.screen, Samenvoegen)
        assert [k.id for k in knoppen] == ["bewaren", "annuleren"]
        assert app.focused is not None and app.focused.id == "annuleren"
        tekst = schermtekst(app)
        assert "Vergadering opr-2526-03  vergaderingen-2025-2026.yaml" in tekst
        assert "status            'reserve'                  'geannuleerd'" in tekst
        await pilot.press("enter")  # = Annuleren: nothing written, my edit kept
        await klaar(app, pilot)
        assert not isinstance(app.screen, Samenvoegen)
        assert pad.read_text(encoding="utf-8") == hun and app.werkset.gewijzigd == {"vergaderingen-2025-2026"}

        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        await pilot.click("#bewaren")  # no choice yet
        await pilot.pause()
        assert "Kies eerst bij elk item welke versie blijft." in schermtekst(app)
        await pilot.click("#keuze-0-mijn")
        await pilot.click("#bewaren")
        await klaar(app, pilot)
        assert not isinstance(app.screen, Samenvoegen)
        assert app.werkset.gewijzigd == set()
        assert (
            "Samengevoegd",
            "De wijzigingen van iemand anders in vergaderingen-2025-2026.yaml zijn samengevoegd met de uwe.",
        ) in meldingen(app)
    assert pad.read_text(encoding="utf-8") == hun.replace(
        OPR_03 + "    status: reserve\n", OPR_03 + "    status: geannuleerd\n"
    )


async def test_kapot_bestand_tijdens_gebruik(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        pad = plans / VERGADERINGEN
        kapot = hun_wijziging(pad, OPR_01, OPR_01.replace("datum: 2025-10-01", "datum: [2025-10-01"))
        for _ in range(3):  # what the 2-second timer does, while it stays broken
            app._bewaak()
            await klaar(app, pilot)
        titel = "Bestand op schijf niet te lezen"
        fout = (
            "plans/vergaderingen-2025-2026.yaml:33:7: ongeldige YAML: een lijst tussen [ ] is niet goed gesloten "
            "(ontbreekt een ']' of een komma?) (het blok begint op regel 32, kolom 12)"
        )
        assert [m for m in meldingen(app) if m[0] == titel] == [
            (
                titel,
                (
                    f"{fout}\nDe laatste goede versie blijft in beeld; dit bestand wordt pas weer bewaard als het te "
                    "lezen is."
                ),
            )
        ]
        onderaan = schermtekst(app).splitlines()[-2]
        assert onderaan.startswith(" ✓ bewaard  │  SWV100 vergaderingen-2025-2026.yaml:33:7  │  2 fouten,"), onderaan
        await pilot.press("5")
        await klaar(app, pilot)
        tekst = schermtekst(app)
        # First row (fouten first): the table shows file:line, the detail below it the column too.
        assert re.search(r"\n fout +SWV100 +vergaderingen-2025-2026\.yaml:33 +ongeldige YAML", tekst), tekst
        assert "vergaderingen-2025-2026.yaml:33:7 SWV100" in tekst
        # The last good version stays in view, and can still be edited.
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-03")
        await pilot.press("a")
        await pilot.press("2")
        await klaar(app, pilot)
        app.screen.selecteer("actie", "basisondersteuning-02")
        await pilot.press("s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == {"vergaderingen-2025-2026", "jaarplan-2025-2026"}
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        # The broken file is not overwritten; the unrelated one is saved.
        assert pad.read_text(encoding="utf-8") == kapot
        assert "status: lopend" in (plans / JAARPLAN).read_text(encoding="utf-8")
        assert app.werkset.gewijzigd == {"vergaderingen-2025-2026"}
        assert (
            "Niet bewaard",
            "vergaderingen-2025-2026.yaml is niet bewaard: het bestand op schijf is niet te "
            f"lezen.\n{fout}\nHerstel het bestand (of zet het terug met git); uw wijzigingen blijven hier "
            "staan.",
        ) in meldingen(app)
        assert ("", "Bewaard: jaarplan-2025-2026.yaml") in meldingen(app)

        # Fixed on disk (with their date changed): one message, and my edit is merged on saving.
        hun = hun_wijziging(pad, "datum: [2025-10-01", "datum: 2025-10-02")
        app._bewaak()
        await klaar(app, pilot)
        app._bewaak()
        await klaar(app, pilot)
        assert [m for m in meldingen(app) if m[0] == "Bestand hersteld"] == [
            (
                "Bestand hersteld",
                "vergaderingen-2025-2026.yaml is weer te lezen; uw wijzigingen worden bij bewaren "
                "samengevoegd met die van de ander.",
            )
        ]
        assert "SWV100" not in schermtekst(app).splitlines()[-2]
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
    assert pad.read_text(encoding="utf-8") == hun.replace(OPR_03, OPR_03 + "    status: geannuleerd\n")


async def test_kapot_bestand_zonder_eigen_wijziging_wordt_na_herstel_geladen(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        pad = plans / VERGADERINGEN
        hun_wijziging(pad, OPR_01, OPR_01.replace("datum: 2025-10-01", "datum: [2025-10-01"))
        app._bewaak()
        await klaar(app, pilot)
        hun_wijziging(pad, "datum: [2025-10-01", "datum: 2025-10-02")
        app._bewaak()
        await klaar(app, pilot)
        assert ("Bestand hersteld", "vergaderingen-2025-2026.yaml is weer te lezen en opnieuw geladen.") in meldingen(
            app
        )
        v = next(iter(app.werkset.plannen.vergaderplanningen.values()))
        assert str(v.vergadering("opr-2526-01").datum) == "2025-10-02"
        assert app.werkset.onleesbaar == {} and app.werkset.gewijzigd == set()
