"""More Pilot tests of the flows, on a copy of the example plans (today fixed: 1 november 2025).

Each test drives the app with keys, checks what the user sees (the screen as text) and, after
ctrl+s, the exact text of the plan files on disk.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from textual.command import CommandPalette
from textual.widgets import DataTable, Input, OptionList, Select, SelectionList, Static, TextArea, Tree

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.actie_formulier import ActieFormulier
from swvplanner.tui.screens.agenda import AgendaKeuze
from swvplanner.tui.screens.dialogen import TekstVraag
from swvplanner.tui.screens.hulp import HulpScherm
from swvplanner.tui.screens.kk_formulier import KkFormulier
from swvplanner.tui.screens.vergadering_formulier import VerplaatsFormulier
from tests.tui.conftest import VANDAAG, VOORBEELD
from tests.tui.scherm import klaar, schermtekst

VERGADERINGEN = "vergaderingen-2025-2026.yaml"
JAARPLAN = "jaarplan-2025-2026.yaml"
KWALITEITSKALENDER = "kwaliteitskalender.yaml"
GROOT = (120, 40)


# --- helpers ---------------------------------------------------------------------------------


def commentaar(tekst: str) -> list[str]:
    return [regel.strip() for regel in tekst.splitlines() if regel.strip().startswith("#")]


def bericht(app, naam: str) -> str:  # type: ignore[no-untyped-def]
    """The message line under a form field (its preview or its error)."""
    return str(app.screen.query_one(f"#veld-{naam} > .bericht", Static).render())


def rijen(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The ids of the rows the table shows, top to bottom."""
    return [str(sleutel.value) for sleutel in app.screen.query_one("#tabel", DataTable).rows]


def gekozen_rij(app) -> str:  # type: ignore[no-untyped-def]
    tabel = app.screen.query_one("#tabel", DataTable)
    return str(tabel.coordinate_to_cell_key(tabel.cursor_coordinate).row_key.value)


def acties_in_boom(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The ids of the acties the jaarplan tree shows, top to bottom."""
    uit: list[str] = []

    def loop(knoop) -> None:  # type: ignore[no-untyped-def]
        for kind in knoop.children:
            if kind.data and kind.data[0] == "actie":
                uit.append(kind.data[2])
            loop(kind)

    loop(app.screen.query_one("#boom", Tree).root)
    return uit


def statusregel(app) -> str:  # type: ignore[no-untyped-def]
    """The status line at the bottom (saved marker │ checks │ git)."""
    regels = [r for r in schermtekst(app).splitlines() if "bewaard" in r and "│" in r]
    assert len(regels) == 1, regels
    return regels[0].strip()


def meldingen(app) -> list[str]:  # type: ignore[no-untyped-def]
    """Every notification the app shows from now on, in order.

    Recorded at app.notify (screens notify through it too): the app's own list drops a notification
    when its timeout has passed on the wall clock, which would make the tests depend on speed.
    """
    gemeld: list[str] = []
    notify = app.notify

    def opnemen(message: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        gemeld.append(message)
        notify(message, **kwargs)

    app.notify = opnemen
    return gemeld


async def toepassen(app, pilot) -> None:  # type: ignore[no-untyped-def]
    """The form's button Toepassen (Tab to it, Enter): into the plans, not yet on disk."""
    app.screen.query_one("#toepassen").focus()
    await pilot.press("enter")
    await klaar(app, pilot)


def alleen_toegevoegd(oud: str, nieuw: str) -> list[str]:
    """The lines `nieuw` adds to `oud`; fails when any line of `oud` was changed or removed."""
    matcher = difflib.SequenceMatcher(
        a=oud.splitlines(keepends=True), b=nieuw.splitlines(keepends=True), autojunk=False
    )
    veranderd = [op for op in matcher.get_opcodes() if op[0] not in ("equal", "insert")]
    assert not veranderd, "".join(difflib.unified_diff(oud.splitlines(keepends=True), nieuw.splitlines(keepends=True)))
    return [
        regel
        for op, _, _, j1, j2 in matcher.get_opcodes()
        if op == "insert"
        for regel in nieuw.splitlines(keepends=True)[j1:j2]
    ]


def vergadering_yaml(tekst: str, vergadering_id: str) -> dict:  # type: ignore[type-arg]
    data = YAML(typ="safe").load(tekst)
    return next(v for v in data["vergaderingen"] if v["id"] == vergadering_id)


def vevent(ics: str, uid: str) -> str:
    """The VEVENT block of the calendar with this UID."""
    blokken = [b for b in ics.replace("\r\n", "\n").split("BEGIN:VEVENT")[1:] if f"\nUID:{uid}\n" in b]
    assert len(blokken) == 1, f"{len(blokken)} VEVENTs met UID {uid}"
    return blokken[0].split("END:VEVENT")[0]


def git(map_: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=map_, check=True, capture_output=True, text=True).stdout


# --- 1 and 2: the actie form -----------------------------------------------------------------


async def test_nieuwe_actie_via_het_formulier(plans: Path) -> None:
    oud = (plans / JAARPLAN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        await pilot.press("2")
        await klaar(app, pilot)
        app.screen.selecteer("onderdeel", "basisondersteuning")
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ActieFormulier)
        assert "Nieuwe actie basisondersteuning-06" in schermtekst(app)
        assert app.focused is app.screen.query_one("#wat", TextArea)
        await pilot.press(*"Ouderavond organiseren", "enter", *"met de werkgroep")
        await pilot.press("tab", "tab", "tab", "tab")  # resultaat, actiepunten, wie, wanneer
        assert app.focused is app.screen.query_one("#wanneer", Input)
        assert bericht(app, "wanneer") == "leeg: de controle waarschuwt (SWV402 Actie zonder wanneer)"
        await pilot.press(*"1 mei 2026")
        await pilot.pause()
        assert bericht(app, "wanneer") == "op of voor 1 mei 2026 → 2025-2026: 1 mei 2026"
        assert "op of voor 1 mei 2026 → 2025-2026: 1 mei 2026" in schermtekst(app)
        await toepassen(app, pilot)  # adds the actie, not yet written
        assert not isinstance(app.screen, ActieFormulier)
        assert app.werkset.gewijzigd == {"jaarplan-2025-2026"}
        assert "○ Ouderavond organiseren" in schermtekst(app)
        assert "● 1 wijziging niet bewaard" in statusregel(app)
        assert (plans / JAARPLAN).read_text() == oud  # nothing written yet
        await pilot.press("ctrl+s")  # writes the file
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
        assert statusregel(app).startswith("✓ bewaard")
    nieuw = (plans / JAARPLAN).read_text()
    anker = "            ontwikkelpunten: [4]\n  - id: dekkend-netwerk\n"
    assert oud.count(anker) == 1
    # The new actie closes the last doel of the onderdeel (basisondersteuning is organised by doel).
    assert nieuw == oud.replace(
        anker,
        "            ontwikkelpunten: [4]\n"
        "          - id: basisondersteuning-06\n"
        "            wat: |-\n"
        "              Ouderavond organiseren\n"
        "              met de werkgroep\n"
        "            wanneer: 1 mei 2026\n"
        "  - id: dekkend-netwerk\n",
    )
    assert commentaar(nieuw) == commentaar(oud)


async def test_nieuwe_actie_is_daarna_gekozen(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        await pilot.press("2")
        await klaar(app, pilot)
        app.screen.selecteer("actie", "basisondersteuning-05")
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Ouderavond organiseren", "ctrl+s")
        await klaar(app, pilot)
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
        assert app.screen.query_one("#boom", Tree).cursor_node.data == (
            "actie",
            "jaarplan-2025-2026",
            "basisondersteuning-06",
        )
        assert "Ouderavond organiseren  basisondersteuning-06" in schermtekst(app)  # the detail panel


async def test_actieformulier_meldt_onbekende_wanneer_en_kiest_status(plans: Path) -> None:
    oud = (plans / JAARPLAN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        await pilot.press("2")
        await klaar(app, pilot)
        app.screen.selecteer("actie", "basisondersteuning-05")
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Ouderpeiling bespreken")
        app.screen.query_one("#wanneer", Input).focus()
        veld = app.screen.query_one("#veld-wanneer")
        await pilot.press(*"jan-apr 2026")
        await pilot.pause()
        assert bericht(app, "wanneer") == "1 jan 2026 t/m 30 apr 2026 → 2025-2026: 30 apr 2026"
        assert not veld.has_class("-waarschuwing") and not veld.has_class("-invalid")
        # A school holiday is read with the organisation's region (swv.yaml: noord).
        await pilot.press("ctrl+shift+a", *"na de zomervakantie")
        await pilot.pause()
        assert bericht(app, "wanneer") == (
            "elk jaar, na de zomervakantie, uiterlijk de dag voor de volgende schoolvakantie (regio noord) "
            "→ 2025-2026: 17 okt 2025"
        )
        await pilot.press("ctrl+shift+a", *"na de zomer")
        await pilot.pause()
        assert app.screen.query_one("#wanneer", Input).value == "na de zomer"
        assert bericht(app, "wanneer") == ("niet herkend — blijft als tekst staan (deze formulering ken ik niet)")
        assert "niet herkend — blijft als tekst staan" in schermtekst(app)
        # A warning, not an error: the text is kept as written.
        assert veld.has_class("-waarschuwing") and not veld.has_class("-invalid")
        assert "1 jan 2026 t/m 30 apr 2026" not in schermtekst(app)
        # The status is a Select: open it, one down (gepland → lopend), choose.
        status = app.screen.query_one("#status", Select)
        assert status.value == "gepland"
        status.focus()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert status.value == "lopend"
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert not isinstance(app.screen, ActieFormulier)
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
    nieuw = (plans / JAARPLAN).read_text()
    assert alleen_toegevoegd(oud, nieuw) == [
        "          - id: basisondersteuning-06\n",
        "            wat: Ouderpeiling bespreken\n",
        "            wanneer: na de zomer\n",
        "            status: lopend\n",
    ]


# --- 3: the kwaliteitskalender form ----------------------------------------------------------


async def test_kwaliteitskalender_wanneer_wijzigen(plans: Path) -> None:
    oud = (plans / KWALITEITSKALENDER).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        await pilot.press("3")
        await klaar(app, pilot)
        app.screen.selecteer("begroting")
        await pilot.pause()
        assert gekozen_rij(app) == "begroting"
        assert "Wanneer: Jaarlijks voor 1 januari → uiterlijk 31 december 2025" in schermtekst(app)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, KkFormulier)
        invoer = app.screen.query_one("#wanneer", Input)
        assert app.focused is invoer and invoer.value == "Jaarlijks voor 1 januari"
        assert bericht(app, "wanneer") == ("elk jaar, voor 1 januari (uiterlijk 31 december) → 2025-2026: 31 dec 2025")
        await pilot.press("ctrl+shift+a", *"Jaarlijks voor 1 december")
        await pilot.pause()
        assert invoer.value == "Jaarlijks voor 1 december"
        # "voor 1 december": the last permitted day is 30 november.
        assert bericht(app, "wanneer") == ("elk jaar, voor 1 december (uiterlijk 30 november) → 2025-2026: 30 nov 2025")
        # On screen the preview wraps after "30 nov" (the form is narrower than the line).
        assert "elk jaar, voor 1 december (uiterlijk 30 november) → 2025-2026: 30 nov" in schermtekst(app)
        await toepassen(app, pilot)  # the form
        assert not isinstance(app.screen, KkFormulier)
        assert app.werkset.gewijzigd == {"kwaliteitskalender"}
        scherm = schermtekst(app)
        assert re.search(r"\n Begroting +30 nov 2025 ", scherm)  # the column 'Volgende'
        assert "Wanneer: Jaarlijks voor 1 december → uiterlijk 30 november 2025" in scherm
        await pilot.press("ctrl+s")  # the file
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
    nieuw = (plans / KWALITEITSKALENDER).read_text()
    assert oud.count("        wanneer: Jaarlijks voor 1 januari\n") == 1
    assert nieuw == oud.replace(
        "        wanneer: Jaarlijks voor 1 januari\n", "        wanneer: Jaarlijks voor 1 december\n"
    )


async def test_kwaliteitskalender_formulier_weigert_een_ongeldig_anker(plans: Path) -> None:
    oud = (plans / KWALITEITSKALENDER).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        await pilot.press("3")
        await klaar(app, pilot)
        app.screen.selecteer("begroting")
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#anker", Input).focus()
        await pilot.press(*"abc")
        await pilot.pause()
        assert bericht(app, "anker") == "'anker' moet een geheel getal zijn, niet 'abc'"
        assert app.screen.query_one("#veld-anker").has_class("-invalid")
        assert "'anker' moet een geheel getal zijn, niet 'abc'" in schermtekst(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, KkFormulier)  # not saved: the form stays open, at the red field
        assert str(app.screen.query_one("#formulierfout").render()) == "Niet toegepast: herstel het rode veld: Anker."
        assert app.focused is app.screen.query_one("#anker", Input)
        assert app.werkset.gewijzigd == set()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, KkFormulier)
        assert app.werkset.gewijzigd == set()
    assert (plans / KWALITEITSKALENDER).read_text() == oud


# --- 4 and 5: moving a meeting, its agenda ---------------------------------------------------


async def test_vergadering_verplaatsen(plans: Path) -> None:
    oud = (plans / VERGADERINGEN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-02")
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, VerplaatsFormulier)
        assert "Nu: 1 december 2025  opr-2526-02" in schermtekst(app)
        datum = app.screen.query_one("#datum", Input)
        assert app.focused is datum and datum.value == "1-12-2025"
        await pilot.press("ctrl+shift+a", *"3-12-2025")
        await pilot.pause()
        assert datum.value == "3-12-2025"
        assert bericht(app, "datum") == "woensdag 3 december 2025"
        await pilot.press("enter")
        await klaar(app, pilot)
        assert not isinstance(app.screen, VerplaatsFormulier)
        assert gekozen_rij(app) == "opr-2526-02"  # same id, same row
        scherm = schermtekst(app)
        assert re.search(r"wo 3 dec 2025 +19:30-21:30 +OPR +Assen +verplaatst", scherm)
        assert "wo 3 dec 2025 19:30-21:30  Assen  verplaatst" in scherm  # the detail
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
    nieuw = (plans / VERGADERINGEN).read_text()
    voor = "  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-01\n"
    assert oud.count(voor) == 1
    assert nieuw == oud.replace(
        voor,
        "  - id: opr-2526-02\n    orgaan: opr\n    datum: 2025-12-03\n    status: verplaatst\n"
        "    verplaatst-van: 2025-12-01\n",
    )


async def test_agenda_kiezen(plans: Path) -> None:
    oud = (plans / VERGADERINGEN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-03")
        await pilot.pause()
        assert "Geen agendapunten (g om ze te kiezen)" in schermtekst(app)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, AgendaKeuze)
        keuzes = app.screen.query_one("#keuzes", SelectionList)
        assert app.focused is keuzes and keuzes.selected == []
        assert keuzes.get_option_at_index(keuzes.highlighted).value == "kk:ondersteuningsplan"
        assert "KK  Ondersteuningsplan  (instemming)" in schermtekst(app)
        await pilot.press("space")
        await pilot.pause()
        assert keuzes.selected == ["kk:ondersteuningsplan"]
        await toepassen(app, pilot)  # the dialog
        assert not isinstance(app.screen, AgendaKeuze)
        assert "Agenda: Ondersteuningsplan (instemming)" in schermtekst(app)
        assert app.werkset.gewijzigd == {"vergaderingen-2025-2026"}
        await pilot.press("ctrl+s")  # the file
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
    nieuw = (plans / VERGADERINGEN).read_text()
    voor = "  - id: opr-2526-03\n    orgaan: opr\n    datum: 2026-02-11\n"
    assert oud.count(voor) == 1
    # The step is the one the item's besluitvorming gives the OPR.
    assert nieuw == oud.replace(
        voor, voor + "    agenda:\n      - kwaliteitskalender: ondersteuningsplan\n        stap: instemming\n"
    )


async def test_agendapunt_erbij_laat_bestaande_punten_staan(plans: Path) -> None:
    oud = (plans / VERGADERINGEN).read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-02")
        await pilot.press("g")
        await pilot.pause()
        keuzes = app.screen.query_one("#keuzes", SelectionList)
        assert keuzes.selected == ["kk:begroting"]
        assert keuzes.get_option_at_index(keuzes.highlighted).value == "kk:ondersteuningsplan"
        await pilot.press("space", "ctrl+s")
        await klaar(app, pilot)
        assert "Agenda: Begroting (informatie); Ondersteuningsplan (instemming)" in schermtekst(app)
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert app.werkset.gewijzigd == set()
    nieuw = (plans / VERGADERINGEN).read_text()
    assert vergadering_yaml(nieuw, "opr-2526-02")["agenda"] == [
        {"kwaliteitskalender": "begroting", "stap": "informatie"},
        {"kwaliteitskalender": "ondersteuningsplan", "stap": "instemming"},
    ]
    alleen_toegevoegd(oud, nieuw)  # the existing point and everything else unchanged


# --- 6: filters and search -------------------------------------------------------------------


async def test_vergaderingen_zoeken_en_filteren(plans: Path) -> None:
    tekst = (plans / VERGADERINGEN).read_text()
    aantal = len(re.findall(r"^  - id: ", tekst, re.MULTILINE))
    app = maak_app(plans, vandaag=VANDAAG)
    gemeld = meldingen(app)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        alle = rijen(app)
        assert len(alle) == aantal

        # Search: "/" then text.
        await pilot.press("slash", *"UniQ")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#zoek", Input)
        assert rijen(app) == [f"nw-hb-po-2526-0{i}" for i in range(1, 6)]
        scherm = schermtekst(app)
        assert re.search(r"ma 8 sep 2025 +15:00-16:30 +Nw HB-PO +UniQ", scherm)
        assert "Assen" not in scherm
        await pilot.press("ctrl+shift+a", "backspace", "escape")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#tabel", DataTable)
        assert rijen(app) == alle

        # Status filter: f cycles gepland → verplaatst → geannuleerd → reserve → alle.
        status = app.screen.query_one("#status", Select)
        await pilot.press("f")
        await pilot.pause()
        assert status.value == "gepland"
        assert rijen(app) == [r for r in alle if r != "alv-2526-03"]
        await pilot.press("f")
        await pilot.pause()
        assert status.value == "verplaatst"
        assert rijen(app) == []
        assert "Geen vergaderingen die aan het filter voldoen." in schermtekst(app)
        await pilot.press("f", "f")
        await pilot.pause()
        assert status.value == "reserve"
        assert rijen(app) == ["alv-2526-03"]
        assert re.search(r"ma 15 jun 2026 +14:00-16:00 +ALV +wisselt +reserve", schermtekst(app))
        assert gemeld == [
            "Filter status: gepland",
            "Filter status: verplaatst",
            "Filter status: geannuleerd",
            "Filter status: reserve",
        ]
        await pilot.press("f")
        await pilot.pause()
        assert status.is_blank()
        assert gemeld[-1] == "Filter status: alle"
        assert rijen(app) == alle

        # Orgaan: the list on the left.
        organen = app.screen.query_one("#organen", OptionList)
        organen.focus()
        await pilot.press("down", "down", "down", "down", "down")  # ALV, TB, Auditcie, Remuneratiecie, OPR
        await pilot.pause()
        assert organen.get_option_at_index(organen.highlighted).prompt == "OPR"
        assert rijen(app) == [f"opr-2526-0{i}" for i in range(1, 6)]
        assert re.search(r"wo 1 okt 2025 +19:30-21:30 +OPR +Assen", schermtekst(app))
        await pilot.press("home")  # Alle organen
        await pilot.pause()
        assert rijen(app) == alle


async def test_jaarplan_filter_op_wie(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        await pilot.press("2")
        await klaar(app, pilot)
        alle = acties_in_boom(app)
        assert "basisondersteuning-01" in alle and len(alle) > 2
        assert "Ieder schoolbestuur maakt de basisondersteun" in schermtekst(app)
        await pilot.press("w")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#wie", Input)
        await pilot.press(*"projectleider")
        await pilot.pause()
        assert acties_in_boom(app) == ["basisondersteuning-02", "dekkend-netwerk-02"]
        scherm = schermtekst(app)
        assert "○ Uitvoering projectplan 2023-2025" in scherm
        assert "○ Borging pilot Onderwijszorgarrangement (OZA)" in scherm
        assert "Ieder schoolbestuur maakt de basisondersteun" not in scherm
        assert "Inrichten ouder- en jeugd informatiepunt" not in scherm  # onderdeel without a match
        await pilot.press("ctrl+shift+a", "backspace")
        await pilot.pause()
        assert acties_in_boom(app) == alle


# --- 7: command palette and help -------------------------------------------------------------


async def test_opdrachtenpalet_gaat_naar_controles(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        assert app.current_mode == "overzicht"
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Ga naar Controles")
        await klaar(app, pilot)
        assert "Scherm 5" in schermtekst(app)  # the hit's help text
        await pilot.press("enter")
        await klaar(app, pilot)
        assert app.current_mode == "controles"
        # the fout (SWV104) and the info that Wg PO/VO's meeting of 17 September records no outcome (SWV305)
        assert "2 bevindingen, waarvan 1 fout · Enter gaat naar het item" in schermtekst(app)


async def test_hulp_toont_de_toetsen_en_sluit_met_escape(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HulpScherm)
        scherm = schermtekst(app)
        assert "Toetsen van swvplanner  (Esc sluit)" in scherm
        assert re.search(r"│ ctrl\+s +│ Bewaren \(opmerkingen en volgorde in de bestanden blijven behouden\)", scherm)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HulpScherm)
        assert app.current_mode == "vergaderingen"
        assert "Toetsen van swvplanner" not in schermtekst(app)


# --- 8: a plan file that cannot be read ------------------------------------------------------


async def test_laadfout_tonen_en_na_herstel_opnieuw_laden(plans: Path) -> None:
    (plans / VERGADERINGEN).write_text("vergaderingen: [")
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        assert app.werkset is None
        scherm = schermtekst(app)
        assert "De plannen konden niet worden geladen:" in scherm
        assert "plans/vergaderingen-2025-2026.yaml:1:17: ongeldige YAML" in scherm
        assert "Herstel het bestand en druk op r om opnieuw te laden, of q om te stoppen." in scherm
        await pilot.press("r")  # not fixed yet: still the error
        await klaar(app, pilot)
        assert app.werkset is None
        assert "plans/vergaderingen-2025-2026.yaml:1:17: ongeldige YAML" in schermtekst(app)
        shutil.copyfile(VOORBEELD / VERGADERINGEN, plans / VERGADERINGEN)
        await pilot.press("r")
        await klaar(app, pilot)
        assert app.werkset is not None and app.laadfout == []
        scherm = schermtekst(app)
        assert "konden niet worden geladen" not in scherm
        assert "Samenwerkingsverband Noord- en Midden-Drenthe PO" in scherm
        assert statusregel(app).startswith("✓ bewaard")


async def test_statusregel_bij_een_laadfout(plans: Path) -> None:
    (plans / VERGADERINGEN).write_text("vergaderingen: [")
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        assert app.werkset is None
        assert "De plannen konden niet worden geladen:" in schermtekst(app)
        regels = schermtekst(app).splitlines()
        assert regels[-2].strip() == "plannen niet geladen"  # the status line, above the footer


# --- 9: vastleggen in git --------------------------------------------------------------------


async def test_vastleggen_in_git(plans: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.name", "Secretariaat")
    git(tmp_path, "config", "user.email", "secretariaat@example.org")
    git(tmp_path, "config", "commit.gpgsign", "false")
    git(tmp_path, "add", "plans")
    git(tmp_path, "commit", "-q", "-m", "Plannen 2025-2026")
    app = maak_app(plans, vandaag=VANDAAG)
    gemeld = meldingen(app)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        assert statusregel(app).endswith("│  git main")
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-02")
        await pilot.press("a")
        await klaar(app, pilot)
        await pilot.press("ctrl+g")  # not saved yet: refused
        await pilot.pause()
        assert not isinstance(app.screen, TekstVraag)
        assert gemeld[-1] == "Bewaar eerst (ctrl+s); vastleggen legt de bewaarde bestanden vast."
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert statusregel(app).endswith("│  git main, 1 niet vastgelegd")
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, TekstVraag)
        assert "Omschrijving van de wijziging:" in schermtekst(app)
        await pilot.press(*"OPR van december geannuleerd", "enter")
        await klaar(app, pilot)
        assert not isinstance(app.screen, TekstVraag)
        assert git(tmp_path, "log", "-1", "--format=%s") == "OPR van december geannuleerd\n"
        assert git(tmp_path, "status", "--porcelain") == ""
        sha = git(tmp_path, "rev-parse", "--short=7", "HEAD").strip()
        assert gemeld[-1] == f"Vastgelegd in git: {sha} OPR van december geannuleerd"
        assert statusregel(app).endswith("│  git main")
        assert "niet vastgelegd" not in statusregel(app)
        await pilot.press("1")
        await klaar(app, pilot)
        scherm = schermtekst(app)
        assert f"Git tak main, laatste: {sha} OPR van december geannuleerd" in scherm
        assert "alles vastgelegd" in scherm


# --- 10: exporting the calendars -------------------------------------------------------------


async def test_exporteren_schrijft_de_agendas(plans: Path, tmp_path: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    gemeld = meldingen(app)
    async with app.run_test(size=GROOT) as pilot:
        await klaar(app, pilot)
        await pilot.press("ctrl+e")
        await klaar(app, pilot)
        uit = tmp_path / "calendars"
        assert gemeld[-1] == (f"Agenda's geëxporteerd naar {uit}: 31 agenda's, 143 afspraken, 37 bestanden bijgewerkt")
    namen = {p.name for p in uit.glob("*.ics")}
    assert {"alles.ics", "opr.ics", "alv.ics", "deadlines.ics"} <= namen
    blok = vevent((uit / "opr.ics").read_text(), "opr-2526-02@planning.swv-nmd-po.nl")
    assert "DTSTART;TZID=Europe/Amsterdam:20251201T193000" in blok
    assert "STATUS:CONFIRMED" in blok


async def test_exporteren_weigert_bij_niet_bewaarde_wijzigingen(plans: Path, tmp_path: Path) -> None:
    uit = tmp_path / "calendars"
    app = maak_app(plans, vandaag=VANDAAG)
    gemeld = meldingen(app)
    async with app.run_test(size=GROOT, notifications=True) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-02")
        await pilot.press("a")
        await klaar(app, pilot)
        await pilot.press("ctrl+e")
        await klaar(app, pilot)
        assert gemeld[-1] == "Bewaar eerst (ctrl+s): de agenda's worden gemaakt van de bewaarde plannen."
        assert "Bewaar eerst (ctrl+s): de agenda's worden gemaakt van de" in schermtekst(app)  # the toast
        assert not uit.exists()
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        await pilot.press("ctrl+e")  # saved now: exported from the saved plans
        await klaar(app, pilot)
        assert gemeld[-1].startswith(f"Agenda's geëxporteerd naar {uit}: ")
    blok = vevent((uit / "opr.ics").read_text(), "opr-2526-02@planning.swv-nmd-po.nl")
    assert "SUMMARY:Geannuleerd: OPR" in blok
    assert "STATUS:CANCELLED" in blok
