"""User text is shown literally: '[bold]', '[B]', '[$accent]', ':smile:' and ':100:' are never markup.

Textual parses content markup in strings (Static, Label, notifications, options) and rich parses
markup and emoji codes in DataTable cells, Tree labels and rich tables. User data goes in as
Content/Text objects instead. The example plans get such texts in every kind of field shown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, SelectionList

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.agenda import AgendaKeuze
from swvplanner.tui.screens.kk_formulier import KkFormulier
from swvplanner.tui.screens.vergadering_formulier import VergaderingFormulier, VerplaatsFormulier
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst

NAAM = "SWV [bold]NMD[/bold] :smile:"
ALV = "[i]ALV"
OPR = "OPR:100:"
KK_WAT = "Plan [B]A[/B] :smile:"
ONDERDEEL = "Basis [i]steun[/i] :100:"
ACTIE_WAT = "Project [b]HB[/b] :smile:"
WANNEER = "[bold]ooit[/bold] :100:"
TITEL = "[bold]Begroting[/bold] :100:"
LOCATIE = "Zaal [$accent]3 :smile:"

WIJZIGINGEN = {
    "swv.yaml": [
        ("naam: Samenwerkingsverband Noord- en Midden-Drenthe PO", f'naam: "{NAAM}"'),
        ("    kort: ALV\n", f'    kort: "{ALV}"\n'),
        ("    kort: OPR\n", f'    kort: "{OPR}"\n'),
    ],
    "kwaliteitskalender.yaml": [("        wat: Ondersteuningsplan\n", f'        wat: "{KK_WAT}"\n')],
    "jaarplan-2025-2026.yaml": [
        ("    titel: Basisondersteuning\n", f'    titel: "{ONDERDEEL}"\n'),
        ("              Uitvoering projectplan 2023-2025\n", f"              {ACTIE_WAT}\n"),
        (
            "            wie: Leonardo afdeling Kloostertuin (CKC-Drenthe)\n            wanneer: 31 december 2025\n",
            f'            wie: Leonardo afdeling Kloostertuin (CKC-Drenthe)\n            wanneer: "{WANNEER}"\n',
        ),
    ],
    "vergaderingen-2025-2026.yaml": [
        (
            "  - id: alv-2526-01\n    orgaan: alv\n    datum: 2025-12-08\n",
            f'  - id: alv-2526-01\n    orgaan: alv\n    datum: 2025-12-08\n    locatie: "{LOCATIE}"\n',
        ),
        (
            "  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-01\n",
            f'  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-01\n    titel: "{TITEL}"\n',
        ),
    ],
}


@pytest.fixture
def opmaakplannen(plans: Path) -> Path:
    for naam, vervangingen in WIJZIGINGEN.items():
        tekst = (plans / naam).read_text()
        for oud, nieuw in vervangingen:
            assert tekst.count(oud) >= 1, oud
            tekst = tekst.replace(oud, nieuw, 1)
        (plans / naam).write_text(tekst)
    return plans


def toont(app, waar: str, *teksten: str) -> None:  # type: ignore[no-untyped-def]
    """Note which texts do not show literally here (all screens are looked at, then compared)."""
    scherm = schermtekst(app)
    mis = [t for t in teksten if t not in scherm] + [e for e in ("💯", "😄") if e in scherm]
    if mis:
        NIET_LETTERLIJK[waar] = mis


NIET_LETTERLIJK: dict[str, list[str]] = {}


async def test_gebruikerstekst_staat_er_letterlijk(opmaakplannen: Path) -> None:
    app = maak_app(opmaakplannen, vandaag=VANDAAG)
    NIET_LETTERLIJK.clear()
    async with app.run_test(size=(160, 50), notifications=True) as pilot:  # toasts shown too
        await klaar(app, pilot)
        assert app.laadfout == []
        toont(app, "overzicht", NAAM, OPR, TITEL, ALV, LOCATIE)  # Overzicht: header and the meetings ahead

        await pilot.press("2")
        await klaar(app, pilot)
        app.screen.selecteer("actie", "basisondersteuning-02")
        await klaar(app, pilot)
        toont(app, "jaarplan", ONDERDEEL, ACTIE_WAT)  # tree labels and the detail panel

        await pilot.press("3")
        await klaar(app, pilot)
        app.screen.selecteer("ondersteuningsplan")
        await klaar(app, pilot)
        toont(app, "kwaliteitskalender", KK_WAT, f"instemming {OPR}")  # table and detail (orgaan in besluitvorming)
        await pilot.press("e")
        await klaar(app, pilot)
        assert isinstance(app.screen, KkFormulier)
        toont(app, "kk-formulier", KK_WAT, f"instemming {OPR}")
        await pilot.press("escape")
        await klaar(app, pilot)

        await pilot.press("4")
        await klaar(app, pilot)
        toont(app, "organen", ALV, OPR)  # the list of organen
        app.screen.selecteer("opr-2526-02")
        await klaar(app, pilot)
        toont(app, "vergadering detail", f"{OPR} {TITEL}")  # detail
        await pilot.press("v")
        await klaar(app, pilot)
        assert isinstance(app.screen, VerplaatsFormulier)
        toont(app, "verplaatsen", f"Vergadering {OPR} verplaatsen")
        await pilot.press("escape")
        await klaar(app, pilot)
        await pilot.press("m")
        await klaar(app, pilot)
        toont(app, "maandweergave", OPR)  # month view
        await pilot.press("m")
        await klaar(app, pilot)

        app.screen.selecteer("alv-2526-01")
        await klaar(app, pilot)
        toont(app, "locatie", LOCATIE)
        await pilot.press("g")
        await klaar(app, pilot)
        assert isinstance(app.screen, AgendaKeuze)
        toont(app, "agenda", f"KK  {KK_WAT}")
        keuzes = app.screen.query_one(SelectionList)
        labels = [keuzes.get_option_at_index(i).prompt.plain for i in range(keuzes.option_count)]
        if f"Actie  {ACTIE_WAT}" not in labels:  # further down the list than the screen shows
            NIET_LETTERLIJK["agenda: acties"] = [f"Actie  {ACTIE_WAT}"]
        await pilot.press("escape")
        await klaar(app, pilot)
        await pilot.press("a")  # cancel the meeting: the notification names the orgaan
        await klaar(app, pilot)
        toont(app, "melding", f"{ALV} ma 8 dec 2025: geannuleerd")
        await pilot.press("n")
        await klaar(app, pilot)
        assert isinstance(app.screen, VergaderingFormulier)
        toont(app, "nieuwe vergadering", f"{ALV} – Algemene ledenvergadering")  # the orgaan chooser
        await pilot.press("escape")
        await klaar(app, pilot)

        await pilot.press("5")
        await klaar(app, pilot)
        rij = next(i for i, g in enumerate(app.screen.gevonden) if WANNEER in g.bevinding.melding)
        app.screen.query_one("#tabel", DataTable).move_cursor(row=rij)
        await klaar(app, pilot)
        toont(app, "controles", f"wanneer-tekst '{WANNEER}' niet herkend")  # the finding's message, in full below
    assert NIET_LETTERLIJK == {}
