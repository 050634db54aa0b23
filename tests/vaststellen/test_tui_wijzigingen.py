"""The app's Wijzigingen screen (6): pending changes per document, and adoption by a goedkeurder."""

from __future__ import annotations

from datetime import date

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.dialogen import Keuze
from tests.tui.scherm import klaar, schermtekst
from tests.vaststellen.conftest import ACTIE_03, ACTIE_03_NOEM, GOEDKEURDER, JAARPLAN_BESTAND, SECRETARIS, Repo


async def test_wijzigingen_en_vaststellen_in_de_app(repo: Repo) -> None:
    repo.als(GOEDKEURDER)
    assert repo.approve().code == 0
    repo.vervang(JAARPLAN_BESTAND, ACTIE_03, ACTIE_03.replace("31 december 2025", "1 maart 2026"))
    repo.commit("Actie 03 later")
    app = maak_app(repo.root / "plans", vandaag=date(2026, 9, 20))
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        app.screen.query_one("#overzicht").scroll_end(animate=False)  # the approval state is at the bottom
        await pilot.pause()
        overzicht = schermtekst(app)
        assert "jaarplan-2025-2026: vastgesteld 14-09-2026, 1 wijziging(en) wachten op vaststelling" in overzicht
        assert "kwaliteitskalender: nog nooit vastgesteld" in overzicht
        await pilot.press("6")
        await klaar(app, pilot)
        tekst = schermtekst(app)
        assert "jaarplan-2025-2026: 1 wijziging(en) sinds de vaststelling van 14-09-2026" in tekst
        assert f"• {ACTIE_03_NOEM}: wanneer '31 december 2025' → '1 maart 2026'" in tekst
        assert "U bent goedkeurder (Directeur-bestuurder SWV NMD PO): v stelt een document vast." in tekst
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, Keuze)
        await pilot.click("#keuze-jaarplan-2025-2026")
        await klaar(app, pilot)
        assert "vastgesteld/jaarplan-2025-2026/2026-09-20" in repo.tags()
        assert "jaarplan-2025-2026: vastgesteld op 20-09-2026 door Dirk Directeur, ongewijzigd" in schermtekst(app)
        assert app.werkset.plannen.jaarplannen[next(iter(app.werkset.plannen.jaarplannen))].vastgesteld == \
            date(2026, 9, 20)
    assert repo.status() == ""


async def test_wie_geen_goedkeurder_is_kan_niet_vaststellen(repo: Repo) -> None:
    repo.als(SECRETARIS)
    app = maak_app(repo.root / "plans", vandaag=date(2026, 9, 20))
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("6")
        await klaar(app, pilot)
        assert "jaarplan-2025-2026: nog nooit vastgesteld" in schermtekst(app)
        assert f"Vaststellen kan alleen een goedkeurder uit swv.yaml (u bent {SECRETARIS[1]})." in schermtekst(app)
        tags = repo.tags()
        await pilot.press("v")
        await klaar(app, pilot)
        assert not isinstance(app.screen, Keuze)
        assert repo.tags() == tags
