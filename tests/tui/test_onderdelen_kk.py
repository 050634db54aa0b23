"""Onderdelen in the Jaarplan screen (o, Delete) and kwaliteitskalender items and categorieen (n, c,
Delete), by keys as a user would, with the exact YAML on disk after ctrl+s."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.dialogen import Keuze, TekstVraag
from swvplanner.tui.screens.kk_formulier import KkFormulier
from swvplanner.tui.screens.onderdeel_formulier import OnderdeelFormulier
from swvplanner.tui.screens.org_formulier import OrgFormulier
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar
from tests.tui.test_organisatie import meldingen, typ

JAARPLAN = "jaarplan-2025-2026.yaml"
KK = "kwaliteitskalender.yaml"


async def naar(app, pilot, toets: str) -> None:  # type: ignore[no-untyped-def]
    await klaar(app, pilot)
    await pilot.press(toets)
    await klaar(app, pilot)


async def test_nieuw_onderdeel_bewaren_en_leeg_weer_verwijderen(plans: Path) -> None:
    oud = (plans / JAARPLAN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await naar(app, pilot, "2")
        app.screen.selecteer("plan", "jaarplan-2025-2026")
        await pilot.press("o")
        await klaar(app, pilot)
        assert isinstance(app.screen, OnderdeelFormulier)
        await pilot.press("tab")  # from Titel back... the form starts in Titel; Tab goes to Id
        await pilot.press("shift+tab")
        await typ(pilot, "Thuiszitters terug")
        assert app.screen.query_one("#id", Input).value == "thuiszitters-terug"
        await pilot.press("tab", "tab")
        await typ(pilot, "7")
        await pilot.press("tab")
        await typ(pilot, "2, 3")
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert (plans / JAARPLAN).read_text() == oud + (
            "  - id: thuiszitters-terug\n"
            "    soort: ontwikkelpunt\n"
            "    nummer: '7'\n"
            "    titel: Thuiszitters terug\n"
            "    ontwikkelpunten: [2, 3]\n"
        )
        app.screen.selecteer("onderdeel", "thuiszitters-terug")
        await pilot.press("delete")
        await klaar(app, pilot)
        assert isinstance(app.screen, Keuze)
        assert app.screen.vraag == "Onderdeel Thuiszitters terug (thuiszitters-terug) verwijderen? Het is leeg."
        await pilot.press("enter")
        await klaar(app, pilot)
        assert meldingen(app)[-1] == "Onderdeel thuiszitters-terug verwijderd (ctrl+z maakt het ongedaan)."
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
    assert (plans / JAARPLAN).read_text() == oud


async def test_onderdeel_met_acties_vraagt_hoeveel_en_weigert_met_acties_op_de_agenda(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await naar(app, pilot, "2")
        app.screen.selecteer("onderdeel", "basisondersteuning")
        await pilot.press("delete")
        await klaar(app, pilot)
        assert (
            app.screen.vraag == "Onderdeel Basisondersteuning (basisondersteuning) verwijderen, met 1 doel en 5 acties?"
        )
        await pilot.press("enter")
        await klaar(app, pilot)
        plan = app.werkset.plannen.jaarplannen
        [jp] = plan.values()
        assert [o.id for o in jp.onderdelen][0] == "dekkend-netwerk"
        await pilot.press("ctrl+z")
        await klaar(app, pilot)
        [jp] = app.werkset.plannen.jaarplannen.values()
        assert jp.onderdelen[0].id == "basisondersteuning" and app.werkset.gewijzigd == set()
        app.screen.selecteer("onderdeel", "organisatie-samenwerken")  # its actie 04 is on the TB's agenda
        await pilot.press("delete")
        await klaar(app, pilot)
        assert not isinstance(app.screen, Keuze)
        assert meldingen(app)[-1] == (
            "Acties van onderdeel Organisatie en samenwerken staan nog op de agenda van 1 vergadering: "
            "agenda van vergadering tb-2526-03. Haal ze daar eerst af (g in Vergaderingen)."
        )


async def test_kk_categorie_en_item_maken_en_verwijderen(plans: Path) -> None:
    oud = (plans / KK).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await naar(app, pilot, "3")
        await pilot.press("c")
        await klaar(app, pilot)
        assert isinstance(app.screen, TekstVraag)
        await typ(pilot, "Toezicht")
        await pilot.press("enter")
        await klaar(app, pilot)
        app.screen.selecteer("inspectie-onderzoek")  # the last categorie: the new item goes in with it
        await pilot.press("n")
        await klaar(app, pilot)
        assert isinstance(app.screen, KkFormulier)
        await typ(pilot, "Rooster van aftreden")
        assert app.screen.query_one("#id", Input).value == "rooster-van-aftreden"
        await pilot.press("tab", "tab")
        await typ(pilot, "Jaarlijks voor 1 oktober")
        await pilot.press("shift+tab", "shift+tab", "shift+tab")  # to Categorie
        await pilot.press("enter", "down", "enter")  # the next one: Toezicht
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert (plans / KK).read_text() == oud + (
            "  - naam: Toezicht\n"
            "    items:\n"
            "      - id: rooster-van-aftreden\n"
            "        wat: Rooster van aftreden\n"
            "        wanneer: Jaarlijks voor 1 oktober\n"
        )
        await pilot.press("delete")  # the new item is chosen; no meeting has it
        await klaar(app, pilot)
        assert app.screen.vraag == (
            "Kwaliteitskalender-item rooster-van-aftreden verwijderen? Geen vergadering heeft het op de agenda."
        )
        await pilot.press("enter")
        await klaar(app, pilot)
        assert app.werkset.plannen.kwaliteitskalender.item("rooster-van-aftreden") is None
        await pilot.press("ctrl+z")
        await klaar(app, pilot)
        assert app.werkset.plannen.kwaliteitskalender.item("rooster-van-aftreden") is not None
        app.screen.selecteer("zelfevaluatie-toezicht")  # on the TB's agenda
        await pilot.press("delete")
        await klaar(app, pilot)
        assert not isinstance(app.screen, Keuze)
        assert meldingen(app)[-1].startswith(
            "Kwaliteitskalender-item Zelfevaluatie toezichthoudend orgaan staat nog op de agenda van 1 vergadering: "
            "agenda van vergadering tb-2526-"
        )


async def test_kk_item_zonder_categorie_en_bezet_id(plans: Path) -> None:
    (plans / KK).write_text("titel: Kwaliteitskalender\n")
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await naar(app, pilot, "3")
        await pilot.press("n")
        await klaar(app, pilot)
        assert meldingen(app)[-1] == "Er is nog geen categorie: maak er eerst een met c."
        await pilot.press("c")
        await typ(pilot, "Documenten")
        await pilot.press("enter")
        await pilot.press("n")
        await klaar(app, pilot)
        await typ(pilot, "Begroting")
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        await pilot.press("n")
        await klaar(app, pilot)
        await typ(pilot, "Begroting")
        assert app.screen.query_one("#id", Input).value == "begroting-2"
        await pilot.press("tab", "end", *["backspace"] * 2)  # Tab selects the whole id: end first
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert isinstance(app.screen, KkFormulier)
        assert str(app.screen.query_one("#veld-id .bericht").render()) == "'begroting' wordt al gebruikt"
    assert (plans / KK).read_text() == (
        "titel: Kwaliteitskalender\ncategorieen:\n  - naam: Documenten\n    items:\n      - id: begroting\n"
        "        wat: Begroting\n"
    )


async def test_de_nieuwe_opdrachten_staan_in_het_palet(plans: Path) -> None:
    from tests.tui.test_engels import palet_open

    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        for zoek, scherm, formulier in (
            ("Nieuw onderdeel", "jaarplan", OnderdeelFormulier),
            ("Nieuw kwaliteitskalender-item", "kwaliteitskalender", KkFormulier),
            ("Nieuwe rol", "organisatie", OrgFormulier),
        ):
            await palet_open(app, pilot, zoek)
            await pilot.press("enter")
            await klaar(app, pilot)
            assert app.current_mode == scherm and isinstance(app.screen, formulier), zoek
            assert getattr(app.screen, "lijst", "rollen") == "rollen"  # Nieuwe rol: in the list of rollen
            await pilot.press("escape")
            await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
