"""Importing from the palette: choose the file, the preview (as --dry-run), Importeren puts it in the
plans unsaved (ctrl+s writes, ctrl+z undoes), and Dutch errors in the dialog."""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, Static

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.importeren import Importvoorbeeld, ImportVraag
from tests.invoer_bestanden import excel
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst

VG = "vergaderingen-2025-2026.yaml"

VOORBEELD = """\
blad 'Blad1': vergaderingen, 2 rij(en)
blad 'Blad1', rij 2: toegevoegd — OPR 12 november 2025 [opr-2526-06]
blad 'Blad1', rij 3: niet geplaatst — onbekend orgaan 'Klankbord X'; zet het in swv.yaml (of gebruik \
'Nieuwe organen aanmaken') en importeer opnieuw; niets overgenomen
Samenvatting: 1 toegevoegd, 0 bijgewerkt, 0 overgeslagen, 1 niet geplaatst (2 rij(en)).

Wijzigingen in plans/vergaderingen-2025-2026.yaml:
--- a/vergaderingen-2025-2026.yaml
+++ b/vergaderingen-2025-2026.yaml
@@ -30,6 +30,9 @@
   - id: opr-2526-01
     orgaan: opr
     datum: 2025-10-01
+  - id: opr-2526-06  # geïmporteerd uit p.xlsx, blad 'Blad1', rij 2
+    orgaan: opr
+    datum: 2025-11-12
   - id: opr-2526-02
     orgaan: opr
     datum: 2025-12-01
Niet geplaatste rijen: vul aan wat de reden noemt (in de tabel of in de plannen) en importeer opnieuw."""


def _xlsx(map_: Path) -> Path:
    return excel(
        map_ / "p.xlsx",
        {"Blad1": [["Overleg", "Datum"], ["OPR", datetime(2025, 11, 12)], ["Klankbord X", "12-11-2025"]]},
    )


async def _wacht(app, pilot) -> None:  # type: ignore[no-untyped-def]
    """As `klaar`, but not waiting for the file tree's loader: a Textual worker that runs as long as the tree."""
    from textual.worker import WorkerCancelled

    for _ in range(100):
        with contextlib.suppress(WorkerCancelled):
            if werk := [w for w in app.workers if w.group != "_loader"]:  # an empty list: all of them
                await app.workers.wait_for_complete(werk)
        await pilot.pause()
        if not app._controle_loopt and not any(w.is_running for w in app.workers if w.group != "_loader"):
            await pilot.pause()
            return
    raise AssertionError("de app werd niet klaar")


async def _dialoog(app, pilot) -> None:  # type: ignore[no-untyped-def]
    await klaar(app, pilot)
    await pilot.press("ctrl+p", *"Importeren uit", "enter")
    await _wacht(app, pilot)
    assert isinstance(app.screen, ImportVraag)


async def _kies(app, pilot, pad: str) -> None:  # type: ignore[no-untyped-def]
    app.screen.query_one("#bestand", Input).value = pad
    app.screen.query_one("#bestand", Input).focus()
    await pilot.press("enter")
    await _wacht(app, pilot)


@pytest.mark.parametrize("grootte", [(80, 24), (120, 40)])
async def test_importeren_uit_het_palet(plans: Path, grootte: tuple[int, int]) -> None:
    _xlsx(plans.parent)
    voor = (plans / VG).read_bytes()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=grootte) as pilot:
        await _dialoog(app, pilot)
        assert "Importeren uit bestand" in schermtekst(app)
        assert "p.xlsx" in schermtekst(app)  # the tree of the working directory shows the file
        await _kies(app, pilot, "p.xlsx")
        assert isinstance(app.screen, Importvoorbeeld)
        scherm = schermtekst(app)
        assert "Voorbeeld: importeren uit p.xlsx" in scherm
        assert "blad 'Blad1', rij 2: toegevoegd — OPR 12 november 2025 [opr-2526-06]" in scherm
        tekst = app.screen.query_one("#voorbeeldtekst Static", Static).content
        assert str(tekst) == VOORBEELD
        assert (plans / VG).read_bytes() == voor  # a preview changes nothing
        assert app.werkset.gewijzigd == set()
        await pilot.click("#importeren")
        await _wacht(app, pilot)
        assert not isinstance(app.screen, (Importvoorbeeld, ImportVraag))
        assert app.werkset.gewijzigd == {"vergaderingen-2025-2026"}
        assert "● 1 wijziging niet bewaard" in schermtekst(app)
        assert (plans / VG).read_bytes() == voor  # nothing on disk before ctrl+s
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
    assert (plans / VG).read_text(encoding="utf-8") == voor.decode().replace(
        "  - id: opr-2526-02\n",
        "  - id: opr-2526-06  # geïmporteerd uit p.xlsx, blad 'Blad1', rij 2\n"
        "    orgaan: opr\n    datum: 2025-11-12\n"
        "  - id: opr-2526-02\n",
    )


async def test_ongedaan_en_annuleren(plans: Path) -> None:
    _xlsx(plans.parent)
    voor = (plans / VG).read_bytes()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await _dialoog(app, pilot)
        app.screen.query_one("#nieuwe-organen", Checkbox).value = True
        await _kies(app, pilot, "p.xlsx")
        assert "rij 3: toegevoegd — Klankbord X 12 november 2025" in schermtekst(app)
        await pilot.press("escape")  # Annuleren: nothing changes
        await _wacht(app, pilot)
        assert app.werkset.gewijzigd == set()
        await _dialoog(app, pilot)
        await _kies(app, pilot, "p.xlsx")
        await pilot.press("i")  # Importeren
        await _wacht(app, pilot)
        assert app.werkset.gewijzigd == {"vergaderingen-2025-2026"}
        assert app.werkset.modellen["vergaderingen-2025-2026"].vergadering("opr-2526-06") is not None
        await pilot.press("ctrl+z")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
        assert app.werkset.modellen["vergaderingen-2025-2026"].vergadering("opr-2526-06") is None
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
    assert (plans / VG).read_bytes() == voor


async def test_fouten_in_het_dialoogvenster(plans: Path) -> None:
    (plans.parent / "notities.xlsx").write_bytes(b"kapot")
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await _dialoog(app, pilot)
        await _kies(app, pilot, "weg.xlsx")
        assert isinstance(app.screen, ImportVraag)
        assert (
            str(app.screen.query_one("#bestandfout", Static).content) == f"Niet gevonden: {plans.parent / 'weg.xlsx'}"
        )
        await _kies(app, pilot, "notities.xlsx")
        assert isinstance(app.screen, ImportVraag)
        assert str(app.screen.query_one("#fout", Static).content) == (
            "notities.xlsx: geen geldig Excel-bestand (.xlsx); is het beschadigd, of een ander formaat?"
        )
        assert "notities.xlsx: geen geldig Excel-bestand" in schermtekst(app)
        await _kies(app, pilot, "~/../../../../../../../../../../../../../nergens.csv")
        assert str(app.screen.query_one("#bestandfout", Static).content) == "Niet gevonden: /nergens.csv"
        await pilot.press("escape")
        await _wacht(app, pilot)
        assert app.werkset.gewijzigd == set()
