"""The app's Wijzigingen screen (6): pending changes per document, and adoption by a goedkeurder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from swvplanner.tui.app import PlannerApp, maak_app
from swvplanner.tui.screens.dialogen import Keuze, TekstVraag
from tests.services.vaststellen.conftest import (
    ACTIE_03,
    ACTIE_03_NOEM,
    GOEDKEURDER,
    JAARPLAN_BESTAND,
    KK_BESTAND,
    SECRETARIS,
    Repo,
)
from tests.tui.scherm import klaar, schermtekst


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
        assert app.werkset.plannen.jaarplannen[next(iter(app.werkset.plannen.jaarplannen))].vastgesteld == date(
            2026, 9, 20
        )
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


ROL = "onbekende rol 'directeur'; bedoelt u 'directeur-bestuurder'?"


def woorden(tekst: str) -> str:
    """The screen's text with every run of whitespace (line ends, padding) as one space."""
    return " ".join(tekst.split())


def _meldingen(app: PlannerApp) -> list[str]:
    """Every notification from now on (recorded at app.notify, so the wall-clock timeout does not matter)."""
    gemeld: list[str] = []
    notify = app.notify

    def opnemen(message: str, **kwargs: object) -> None:
        gemeld.append(message)
        notify(message, **kwargs)  # type: ignore[arg-type]

    app.notify = opnemen  # type: ignore[method-assign]
    return gemeld


async def test_eerdere_vaststelling_en_andere_fouten_in_scherm_6(repo: Repo) -> None:
    """The example as shipped: its date of adoption is shown and recorded with v; the meeting with a wrong
    year in the vergaderplanning is a warning, a fout in the jaarplan itself stops it."""
    repo.datum_terug()
    repo.jaarfout_terug()
    repo.vervang(
        KK_BESTAND,
        "            rol: directeur-bestuurder\n      - id: begroting\n",
        "            rol: directeur\n      - id: begroting\n",
    )
    eerder = repo.commit("Zoals het voorbeeld, en een onbekende rol in de kwaliteitskalender")
    repo.als(GOEDKEURDER)
    app = maak_app(repo.root / "plans", vandaag=date(2025, 10, 1))
    gemeld = _meldingen(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("6")
        await klaar(app, pilot)
        tekst = woorden(schermtekst(app))
        assert (
            "jaarplan-2025-2026: vastgesteld op 15-09-2025 volgens het document, nog niet in git (v legt die "
            "vaststelling vast) • Nieuw document jaarplan-2025-2026 kwaliteitskalender: nog nooit vastgesteld "
            "• Nieuw document kwaliteitskalender 1 fout houdt de vaststelling tegen; herstel eerst: "
            f"plans/kwaliteitskalender.yaml:64:18 SWV102 {ROL}"
        ) in tekst
        assert (
            "Let op: 1 fout in een document waar geen vaststelling van afhangt. Dat houdt het vaststellen niet "
            "tegen, maar herstel hem wel: plans/vergaderingen-2025-2026.yaml:372:12 SWV104 vergadering "
            "overig-2526-02: 12 november 2024 valt buiten schooljaar 2025-2026"
        ) in tekst
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, Keuze)
        assert app.screen.vraag.endswith(
            "in scherm 6.\njaarplan-2025-2026: het document zegt vastgesteld op 15 "
            "september 2025; die vaststelling wordt vastgelegd."
        )
        await pilot.click("#keuze-kwaliteitskalender")
        await klaar(app, pilot)
        assert gemeld[-1] == (
            "De kwaliteitskalender kan niet worden vastgesteld: plans/kwaliteitskalender.yaml:64:18 "
            f"SWV102 {ROL} Herstel dit eerst en leg het vast."
        )
        await pilot.press("v")
        await pilot.pause()
        await pilot.click("#keuze-jaarplan-2025-2026")
        await klaar(app, pilot)
        assert repo.tags() == ["vastgesteld/jaarplan-2025-2026/2025-09-15"]
        assert gemeld[-1] == (
            f"De vaststelling van jaarplan-2025-2026 op 15-09-2025 is vastgelegd: "
            f"vastgesteld/jaarplan-2025-2026/2025-09-15 (commit {eerder[:7]})."
        )
        assert "jaarplan-2025-2026: vastgesteld op 15-09-2025 door Dirk Directeur, ongewijzigd" in schermtekst(app)
    assert repo.head() == eerder
    assert repo.status() == ""


async def test_na_exporteren_legt_ctrl_g_de_agendas_vast_en_kan_er_worden_vastgesteld(repo: Repo) -> None:
    """What the app writes (ctrl+e) is committed from the app (ctrl+g), so approval is not blocked by it."""
    assert repo.swv("export", "--out", str(repo.root / "calendars")).code == 0
    assert (repo.root / "calendars" / "prive" / ".gitignore").exists()
    repo.git("add", "calendars")
    repo.git("commit", "-q", "-m", "Agenda's")
    repo.als(GOEDKEURDER)
    app = maak_app(repo.root / "plans", vandaag=date(2025, 10, 1))
    gemeld = _meldingen(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("4")
        await klaar(app, pilot)
        app.screen.selecteer("opr-2526-02")
        await pilot.press("a")  # cancel a meeting, save and export: the tracked calendars change
        await klaar(app, pilot)
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        await pilot.press("ctrl+e")
        await klaar(app, pilot)
        gewijzigd = repo.status().splitlines()
        assert " M calendars/opr.ics" in gewijzigd and " M plans/vergaderingen-2025-2026.yaml" in gewijzigd
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, TekstVraag)
        agenda = sum(1 for r in gewijzigd if r[3:].startswith("calendars/"))
        assert app.screen.vraag == (
            f"Vastgelegd worden: 1 planbestand en {agenda} agendabestanden.\n"
            "(de agenda's uit calendars/; calendars/prive/ nooit)\n"
            "Omschrijving van de wijziging:"
        )
        await pilot.press(*"OPR van december geannuleerd", "enter")
        await klaar(app, pilot)
        assert repo.status() == ""
        vastgelegd = repo.git("show", "--format=", "--name-only", "HEAD").splitlines()
        assert "plans/vergaderingen-2025-2026.yaml" in vastgelegd and "calendars/opr.ics" in vastgelegd
        assert not any("prive" in p for p in vastgelegd)
        await pilot.press("6")
        await klaar(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, Keuze), gemeld
        await pilot.click("#keuze-jaarplan-2025-2026")
        await klaar(app, pilot)
        assert gemeld[-1].startswith("jaarplan-2025-2026 is vastgesteld: vastgesteld/jaarplan-2025-2026/2025-10-01")
    assert repo.tags() == ["vastgesteld/jaarplan-2025-2026/2025-10-01"]
    assert repo.status() == ""


async def test_r_leest_git_opnieuw(repo: Repo) -> None:
    """r on screen 6 reads git again, e.g. after an export or a commit outside the app."""
    (repo.root / "calendars").mkdir()
    (repo.root / "calendars" / "alv.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    repo.git("add", "calendars")
    repo.git("commit", "-q", "-m", "Agenda's")
    app = maak_app(repo.root / "plans", vandaag=date(2025, 10, 1))
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        await pilot.press("6")
        await klaar(app, pilot)
        assert "nog niet vastgelegd" not in schermtekst(app)
        (repo.root / "calendars" / "alv.ics").write_text("BEGIN:VCALENDAR\r\nX:1\r\nEND:VCALENDAR\r\n")
        await pilot.press("r")
        await klaar(app, pilot)
        assert app.git is not None and app.git.agenda == ["calendars/alv.ics"]
        assert (
            "1 bestand(en) nog niet vastgelegd in git (ctrl+g legt de plannen en de agenda's vast); vaststellen "
            "kan pas als alles is vastgelegd."
        ) in woorden(schermtekst(app))


async def test_de_app_ondertekent_als_swv_yaml_dat_vraagt(repo: Repo, ssh_sleutel: Path) -> None:
    """Signing is the default (`ondertekenen: verplicht`); the app has no --sign, so it signs itself."""
    repo.vervang("swv.yaml", "  ondertekenen: optioneel\n", "")
    repo.commit("Ondertekenen: de standaard")
    repo.als(GOEDKEURDER)
    meldingen: list[str] = []
    app = maak_app(repo.root / "plans", vandaag=date(2026, 9, 20))
    async with app.run_test(size=(120, 40)) as pilot:
        app.notify = lambda bericht, **_: meldingen.append(str(bericht))  # type: ignore[method-assign]
        await klaar(app, pilot)
        await pilot.press("6")
        await klaar(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        await pilot.click("#keuze-jaarplan-2025-2026")
        await klaar(app, pilot)
    tag = "vastgesteld/jaarplan-2025-2026/2026-09-20"
    assert [m for m in meldingen if "vastgesteld" in m] == [
        f"jaarplan-2025-2026 is vastgesteld: {tag} (commit {repo.head()[:7]}, ondertekend)."
    ]
    assert "-----BEGIN SSH SIGNATURE-----" in repo.git("cat-file", "tag", tag)
    u = repo.swv("verify", "--vandaag", "2026-09-20")
    assert (u.code, u.out) == (0, f"in orde  {tag}\n1 tag(s) gecontroleerd, 0 niet in orde.\n")


async def test_scherm_6_toont_git_zoals_het_nu_is_na_terugkeer(repo: Repo) -> None:
    """git read again while screen 6 was away (ctrl+g, the watcher): back on 6, its new state shows."""
    repo.als(GOEDKEURDER)
    app = maak_app(repo.root / "plans", vandaag=date(2026, 9, 20))
    async with app.run_test(size=(120, 40)) as pilot:
        await klaar(app, pilot)
        await pilot.press("6")
        await klaar(app, pilot)
        assert "jaarplan-2025-2026: nog nooit vastgesteld" in schermtekst(app)
        await pilot.press("1")
        await klaar(app, pilot)
        assert repo.approve().code == 0  # outside the app
        app.ververs_git()
        await klaar(app, pilot)
        await pilot.press("6")
        await klaar(app, pilot)
        assert "jaarplan-2025-2026: vastgesteld op 14-09-2026 door Dirk Directeur, ongewijzigd" in schermtekst(app)
