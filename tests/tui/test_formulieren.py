"""Pilot tests of the forms (issue 11, item 6), on a copy of the example plans (today: 1 november 2025).

Required fields are refused at the field; a date correction is not a move; `s` stops at gereed and
`S` chooses any status; ctrl+s in a form applies it and writes to disk; the status line counts edits.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.color import Color
from textual.widgets import Input, OptionList, RadioButton, Static, Tree

from swvplanner.core.verschil.vergaderingen import vergaderingen as verschil_vergaderingen
from swvplanner.store.werkset import Werkset
from swvplanner.tui.app import maak_app
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst
from tests.tui.test_stromen_extra import bericht, meldingen, statusregel

VERGADERINGEN = "vergaderingen-2025-2026.yaml"
JAARPLAN = "jaarplan-2025-2026.yaml"
KWALITEITSKALENDER = "kwaliteitskalender.yaml"
KLEIN, GROOT = (80, 24), (120, 40)


def formulierfout(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#formulierfout", Static).render())


def rood(app, naam: str) -> None:  # type: ignore[no-untyped-def]
    """The field is marked invalid and its input has the theme's error colour as border (visible)."""
    veld = app.screen.query_one(f"#veld-{naam}")
    assert veld.has_class("-invalid")
    invoer = app.screen.query_one(f"#{naam}")
    kleur = invoer.styles.border_top[1]
    fout = Color.parse(app.theme_variables["error"])
    assert (kleur.r, kleur.g, kleur.b) == (fout.r, fout.g, fout.b), (kleur, fout)


async def jaarplan(app, pilot, soort: str, ident: str) -> None:  # type: ignore[no-untyped-def]
    await klaar(app, pilot)
    await pilot.press("2")
    await klaar(app, pilot)
    app.screen.selecteer(soort, ident)
    await pilot.pause()


async def vergadering(app, pilot, vergadering_id: str) -> None:  # type: ignore[no-untyped-def]
    await klaar(app, pilot)
    await pilot.press("4")
    await klaar(app, pilot)
    app.screen.selecteer(vergadering_id)
    await pilot.pause()


# --- required fields are refused at the field ------------------------------------------------


@pytest.mark.parametrize("grootte", [KLEIN, GROOT])
async def test_lege_nieuwe_actie_wordt_geweigerd_bij_het_veld(plans: Path, grootte: tuple[int, int]) -> None:
    oud = (plans / JAARPLAN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=grootte) as pilot:
        await jaarplan(app, pilot, "onderdeel", "basisondersteuning")
        await pilot.press("n")
        await pilot.pause()
        assert "Nieuwe actie basisondersteuning-06" in schermtekst(app)
        assert not app.screen.query_one("#veld-wat").has_class("-invalid")  # not red before a first try
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert "Nieuwe actie basisondersteuning-06" in schermtekst(app)  # the form stays open
        assert (app.werkset.gewijzigd, app.werkset.geschiedenis) == (set(), [])
        rood(app, "wat")
        assert "Wat (verplicht)" in schermtekst(app)
        assert bericht(app, "wat") == "verplicht: beschrijf wat er gebeurt"
        assert "verplicht: beschrijf wat er gebeurt" in schermtekst(app)  # under the field, on screen
        assert formulierfout(app) == "Niet toegepast: herstel het rode veld: Wat."
        assert app.focused is app.screen.query_one("#wat")
        # Empty wie and wanneer are accepted, with the checker's warning at the field.
        assert bericht(app, "wie") == "leeg: de controle waarschuwt (SWV401 Actie zonder wie)"
        assert app.screen.query_one("#veld-wie").has_class("-waarschuwing")
        assert not app.screen.query_one("#veld-wie").has_class("-invalid")
        assert (app.werkset.gewijzigd, app.werkset.geschiedenis) == (set(), [])
        await pilot.press(*"Ouderavond")
        await pilot.pause()
        assert not app.screen.query_one("#veld-wat").has_class("-invalid")
        assert bericht(app, "wat") == ""
        await pilot.press("escape")
        await pilot.pause()
        assert (app.werkset.gewijzigd, app.werkset.geschiedenis) == (set(), [])
    assert (plans / JAARPLAN).read_text() == oud


async def test_kwaliteitskalender_item_zonder_wat_wordt_geweigerd(plans: Path) -> None:
    oud = (plans / KWALITEITSKALENDER).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=KLEIN) as pilot:
        await klaar(app, pilot)
        await pilot.press("3")
        await klaar(app, pilot)
        app.screen.selecteer("begroting")
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#wat", Input).focus()
        await pilot.press("ctrl+shift+a", "backspace", "ctrl+s")
        await klaar(app, pilot)
        rood(app, "wat")
        assert bericht(app, "wat") == "verplicht: noem het document, gesprek of onderzoek"
        assert "verplicht: noem het document, gesprek of onderzoek" in schermtekst(app)
        assert formulierfout(app) == "Niet toegepast: herstel het rode veld: Wat."
        assert app.werkset.gewijzigd == set()
    assert (plans / KWALITEITSKALENDER).read_text() == oud


@pytest.mark.parametrize("grootte", [KLEIN, GROOT])
async def test_vergadering_zonder_datum_wordt_geweigerd_bij_het_veld(plans: Path, grootte: tuple[int, int]) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=grootte) as pilot:
        await vergadering(app, pilot, "opr-2526-02")
        await pilot.press("n")
        await pilot.pause()
        assert not app.screen.query_one("#veld-datum").has_class("-invalid")
        await pilot.press("enter")  # Toepassen with an empty date
        await pilot.pause()
        assert "Nieuwe vergadering" in schermtekst(app)
        rood(app, "datum")
        assert "Datum (verplicht)" in schermtekst(app)
        assert bericht(app, "datum") == "vul een datum in, bijvoorbeeld 8 dec 2025 of 13-4-2026"
        assert "vul een datum in, bijvoorbeeld 8 dec 2025 of 13-4-2026" in schermtekst(app)
        assert formulierfout(app) == "Niet toegepast: herstel het rode veld: Datum."
        app.screen.query_one("#tijd", Input).focus()  # leaving the field keeps it red (Input clears its own class)
        await pilot.pause()
        assert app.screen.query_one("#veld-datum").has_class("-invalid")
        assert app.werkset.gewijzigd == set()


# --- a date correction is not a move ---------------------------------------------------------


def _verschil(voor: Werkset, na: Werkset) -> list[tuple[str, str]]:
    naam = "vergaderingen-2025-2026"
    return [
        (w.soort, w.tekst)
        for w in verschil_vergaderingen(naam, voor.modellen[naam], na.modellen[naam], voor.plannen.organisatie)
    ]


@pytest.mark.parametrize("grootte", [KLEIN, GROOT])
async def test_datum_corrigeren_zet_geen_status(plans: Path, grootte: tuple[int, int]) -> None:
    # A typo in the year, as the example's PO/VO-middag has: 2024 in the 2025-2026 planning.
    voor = "  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-01\n"
    tekst = (plans / VERGADERINGEN).read_text()
    assert tekst.count(voor) == 1
    (plans / VERGADERINGEN).write_text(tekst.replace(voor, voor.replace("2025-12-01", "2024-12-01")))
    oud_ws = Werkset.laad(plans)
    oud = (plans / VERGADERINGEN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=grootte) as pilot:
        await vergadering(app, pilot, "opr-2526-02")
        await pilot.press("d")
        await pilot.pause()
        scherm = schermtekst(app)
        assert "Vergadering OPR datum corrigeren" in scherm
        assert "Nu: 1 december 2024  opr-2526-02" in scherm
        assert app.screen.query_one("#corrigeren", RadioButton).value
        await pilot.press("ctrl+shift+a", *"1-12-2025")
        await pilot.pause()
        assert bericht(app, "datum") == "maandag 1 december 2025"
        await pilot.press("ctrl+s")  # apply and save
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
        assert statusregel(app).startswith("✓ bewaard")
        assert [w.omschrijving for w in app.werkset.geschiedenis] == [
            "datum van vergadering opr-2526-02 gecorrigeerd in 1 dec 2025"
        ]
    nieuw = (plans / VERGADERINGEN).read_text()
    assert nieuw == oud.replace("    datum: 2024-12-01\n", "    datum: 2025-12-01\n")  # no status line
    assert _verschil(oud_ws, Werkset.laad(plans)) == [("gewijzigd", "OPR 1 dec 2024 datum gewijzigd in 1 dec 2025")]


async def test_verplaatsen_zet_status_verplaatst_en_de_keuze_staat_in_het_formulier(plans: Path) -> None:
    oud_ws = Werkset.laad(plans)
    oud = (plans / VERGADERINGEN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=KLEIN) as pilot:
        await vergadering(app, pilot, "opr-2526-02")
        await pilot.press("v")
        await pilot.pause()
        scherm = schermtekst(app)
        assert "Vergadering OPR verplaatsen" in scherm
        assert "Verplaatsen: gaat naar een andere dag; leden zien 'verplaatst'" in scherm
        assert "Datum corrigeren: de datum stond verkeerd (tikfout); status blijft" in scherm
        assert app.screen.query_one("#verplaatsen", RadioButton).value
        await pilot.press("ctrl+shift+a", *"3-12-2025", "ctrl+s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
    nieuw = (plans / VERGADERINGEN).read_text()
    voor = "  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-01\n"
    assert nieuw == oud.replace(
        voor,
        "  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-03\n    status: verplaatst\n"
        "    verplaatst-van: 2025-12-01\n",
    )
    assert _verschil(oud_ws, Werkset.laad(plans)) == [("verplaatst", "OPR 1 dec 2025 verplaatst naar 3 dec 2025")]


async def test_in_het_verplaatsformulier_van_keuze_wisselen(plans: Path) -> None:
    oud = (plans / VERGADERINGEN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await vergadering(app, pilot, "opr-2526-02")
        await pilot.press("v")
        await pilot.pause()
        await pilot.press(*"3-12-2025")
        await pilot.click("#corrigeren")
        await pilot.pause()
        assert "Vergadering OPR datum corrigeren" in schermtekst(app)
        app.screen.query_one("#datum", Input).focus()
        await pilot.press("enter")  # Toepassen: not yet on disk
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == {"vergaderingen-2025-2026"}
        assert (plans / VERGADERINGEN).read_text() == oud
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
    assert (plans / VERGADERINGEN).read_text() == oud.replace(
        "  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-01\n",
        "  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-03\n",
    )


# --- the status of an actie ------------------------------------------------------------------


async def test_s_stopt_bij_gereed(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=KLEIN) as pilot:
        await jaarplan(app, pilot, "actie", "basisondersteuning-02")
        gemeld = meldingen(app)
        assert app.werkset.plannen.actie("basisondersteuning-02").status == "gepland"
        await pilot.press("s", "s", "s", "s")
        await klaar(app, pilot)
        assert app.werkset.plannen.actie("basisondersteuning-02").status == "gereed"
        assert gemeld == [
            "Status: lopend",
            "Status: gereed",
            "Actie basisondersteuning-02 is al gereed. Een andere status kiest u met S.",
            "Actie basisondersteuning-02 is al gereed. Een andere status kiest u met S.",
        ]
        assert [w.omschrijving for w in app.werkset.geschiedenis] == [
            "status van actie basisondersteuning-02 → lopend",
            "status van actie basisondersteuning-02 → gereed",
        ]


async def test_status_kiezen_uit_een_lijst(plans: Path) -> None:
    oud = (plans / JAARPLAN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=KLEIN) as pilot:
        await jaarplan(app, pilot, "actie", "basisondersteuning-02")
        await pilot.press("S")
        await pilot.pause()
        lijst = app.screen.query_one("#lijst", OptionList)
        assert app.focused is lijst
        assert [str(lijst.get_option_at_index(i).prompt) for i in range(lijst.option_count)] == [
            "○ gepland  (nu)",
            "◐ lopend",
            "● gereed",
            "‖ uitgesteld",
            "✗ vervallen",
        ]
        assert lijst.highlighted == 0
        assert "Status van basisondersteuning-02" in schermtekst(app)
        await pilot.press("escape")  # cancel: nothing changes
        await pilot.pause()
        assert app.werkset.geschiedenis == []
        await pilot.press("S")
        await pilot.pause()
        await pilot.press("down", "down", "down", "down", "enter")
        await klaar(app, pilot)
        assert app.werkset.plannen.actie("basisondersteuning-02").status == "vervallen"
        assert app.screen.query_one("#boom", Tree).cursor_node.data[2] == "basisondersteuning-02"
        # From vervallen, s does not step on; S goes back.
        await pilot.press("s")
        await pilot.pause()
        assert app.werkset.plannen.actie("basisondersteuning-02").status == "vervallen"
        await pilot.press("S")
        await pilot.pause()
        assert app.screen.query_one("#lijst", OptionList).highlighted == 4
        await pilot.press("up", "up", "up", "enter")  # lopend
        await klaar(app, pilot)
        assert app.werkset.plannen.actie("basisondersteuning-02").status == "lopend"
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
    nieuw = (plans / JAARPLAN).read_text()
    blok = oud[oud.index("- id: basisondersteuning-02") : oud.index("- id: basisondersteuning-03")]
    assert "status:" not in blok
    assert nieuw.count("            status: lopend\n") == oud.count("            status: lopend\n") + 1
    nieuw_blok = nieuw[nieuw.index("- id: basisondersteuning-02") : nieuw.index("- id: basisondersteuning-03")]
    assert nieuw.replace(nieuw_blok, blok) == oud
    assert "            status: lopend\n" in nieuw_blok


# --- ctrl+s in a form ------------------------------------------------------------------------


@pytest.mark.parametrize("grootte", [KLEIN, GROOT])
async def test_ctrl_s_in_een_formulier_past_toe_en_bewaart(plans: Path, grootte: tuple[int, int]) -> None:
    oud = (plans / JAARPLAN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=grootte) as pilot:
        await jaarplan(app, pilot, "actie", "basisondersteuning-03")
        await pilot.press("e")
        await pilot.pause()
        voet = schermtekst(app).splitlines()[-1]  # the form's footer
        app.screen.query_one("#wanneer", Input).focus()
        await pilot.press("ctrl+shift+a", *"1 maart 2026", "ctrl+s")
        await klaar(app, pilot)
        assert "Actie basisondersteuning-03 bewerken" not in schermtekst(app)  # closed
        assert app.werkset.gewijzigd == set()  # and saved
        assert statusregel(app).startswith("✓ bewaard")
        assert voet.strip() == "Tab volgend veld · Esc annuleren · ctrl+s toepassen en bewaren"
    voor = "            wie: Leonardo afdeling Kloostertuin (CKC-Drenthe)\n            wanneer: 31 december 2025\n"
    assert oud.count(voor) == 1
    assert (plans / JAARPLAN).read_text() == oud.replace(voor, voor.replace("31 december 2025", "1 maart 2026"))


async def test_toepassen_zonder_bewaren(plans: Path) -> None:
    oud = (plans / JAARPLAN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=KLEIN) as pilot:
        await jaarplan(app, pilot, "actie", "basisondersteuning-03")
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#wanneer", Input).focus()
        await pilot.press("ctrl+shift+a", *"1 maart 2026")
        app.screen.query_one("#toepassen").focus()
        await pilot.press("enter")
        await klaar(app, pilot)
        assert "Actie basisondersteuning-03 bewerken" not in schermtekst(app)
        assert app.werkset.gewijzigd == {"jaarplan-2025-2026"}
        assert statusregel(app).startswith("● 1 wijziging niet bewaard")
    assert (plans / JAARPLAN).read_text() == oud


# --- the unsaved counter ---------------------------------------------------------------------


async def test_teller_telt_wijzigingen_niet_bestanden(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=KLEIN) as pilot:
        await jaarplan(app, pilot, "actie", "basisondersteuning-02")
        await pilot.press("s", "s")  # two edits of one actie
        app.screen.selecteer("actie", "basisondersteuning-04")
        await pilot.pause()
        await pilot.press("s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == {"jaarplan-2025-2026"}  # one file
        assert statusregel(app).startswith("● 3 wijzigingen niet bewaard  │")
        await pilot.press("ctrl+z")
        await klaar(app, pilot)
        assert statusregel(app).startswith("● 2 wijzigingen niet bewaard  │")
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert statusregel(app).startswith("✓ bewaard  │")
