"""The Organisatie screen (7): create, edit and delete overlegorganen, rollen and goedkeurders by keys."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input

from swvplanner.tui.app import maak_app
from swvplanner.tui.screens.dialogen import Keuze
from swvplanner.tui.screens.org_formulier import OrgFormulier
from swvplanner.tui.screens.organisatie import OrganisatieScherm
from swvplanner.tui.widgets.veld import Veld
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst


def meldingen(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app._notifications]


async def naar_organisatie(app, pilot) -> None:  # type: ignore[no-untyped-def]
    await klaar(app, pilot)
    await pilot.press("7")
    await klaar(app, pilot)


async def typ(pilot, tekst: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*(" " if t == " " else t for t in tekst))


async def test_nieuw_orgaan_met_voorgesteld_id_bewaren_en_ongedaan(plans: Path) -> None:
    oud = (plans / "swv.yaml").read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await naar_organisatie(app, pilot)
        assert isinstance(app.screen, OrganisatieScherm)
        assert schermtekst(app).splitlines()[0] == (
            " 1 Overzicht 2 Jaarplan 3 Kwal.kal. 4 Vergaderen 5 Controles 6 Wijzigingen 7 SWV"
        )
        await pilot.press("n")
        await klaar(app, pilot)
        assert isinstance(app.screen, OrgFormulier)
        await typ(pilot, "Werkgroep Thuiszitters")
        assert app.screen.query_one("#id", Input).value == "werkgroep-thuiszitters"
        await pilot.press("tab", "tab")
        await typ(pilot, "Wg thuis")
        await pilot.press("tab", "tab")  # past Soort (werkgroep) to Tijd
        await typ(pilot, "19.30-21.30")
        await pilot.press("tab", "tab")
        await typ(pilot, "2")
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert isinstance(app.screen, OrganisatieScherm)
        tekst = (plans / "swv.yaml").read_text()
        assert tekst == oud.replace(
            "    rollen: [beleidsadviseur]  # aangevuld\n\nondersteuningsplan:",
            "    rollen: [beleidsadviseur]  # aangevuld\n"
            "  - id: werkgroep-thuiszitters\n"
            "    naam: Werkgroep Thuiszitters\n"
            "    kort: Wg thuis\n"
            "    soort: werkgroep\n"
            "    tijd: 19:30-21:30\n"
            "    minimum-per-schooljaar: 2\n"
            "\nondersteuningsplan:",
        )
        # the new one is chosen; Delete asks (nothing refers to it), ctrl+z brings it back
        await pilot.press("delete")
        await klaar(app, pilot)
        assert isinstance(app.screen, Keuze)
        assert app.screen.vraag == (
            "Overlegorgaan Wg thuis (werkgroep-thuiszitters) verwijderen? Niets in de plannen verwijst ernaar."
        )
        await pilot.press("enter")
        await klaar(app, pilot)
        assert "werkgroep-thuiszitters" not in [o.id for o in app.werkset.plannen.organisatie.overlegorganen]
        assert (
            meldingen(app)[-1]
            == "Overlegorgaan Wg thuis (werkgroep-thuiszitters) verwijderd (ctrl+z maakt het ongedaan)."
        )
        await pilot.press("ctrl+z")
        await klaar(app, pilot)
        assert app.werkset.plannen.organisatie.overlegorganen[-1].id == "werkgroep-thuiszitters"
        assert app.werkset.gewijzigd == set()


async def test_bezet_id_en_ongeldige_velden_in_het_formulier(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await naar_organisatie(app, pilot)
        await pilot.press("n")
        await klaar(app, pilot)
        await typ(pilot, "OPR")  # the id 'opr' is taken: the proposal is 'opr-2'
        assert app.screen.query_one("#id", Input).value == "opr-2"
        await pilot.press("tab", *["backspace"] * 5)
        await typ(pilot, "opr")
        await pilot.press("tab", "tab", "tab", "tab", "tab")
        await typ(pilot, "vier")
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        assert isinstance(app.screen, OrgFormulier)  # refused
        berichten = {v.naam: str(v.query_one(".bericht").render()) for v in app.screen.query(Veld) if v.ongeldig}
        assert berichten == {
            "id": "'opr' wordt al gebruikt",
            "kort": "verplicht: de naam in lijsten, bijvoorbeeld OPR",
            "minimum-per-schooljaar": "'minimum-per-schooljaar' moet een geheel getal zijn, niet 'vier'",
        }
        assert str(app.screen.query_one("#formulierfout").render()) == (
            "Niet toegepast: herstel de rode velden: Id, Korte naam, Minimum aantal vergaderingen per schooljaar."
        )
        assert app.werkset.gewijzigd == set()


async def test_verwijderen_geweigerd_waar_het_nog_gebruikt_wordt(plans: Path) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(120, 40)) as pilot:
        await naar_organisatie(app, pilot)
        app.screen.selecteer("overlegorganen", 4)  # opr
        await pilot.press("delete")
        await klaar(app, pilot)
        assert isinstance(app.screen, OrganisatieScherm)  # no question: refused
        assert meldingen(app)[-1] == (
            "Overlegorgaan OPR (opr) wordt nog gebruikt op 10 plaatsen: kwaliteitskalender-item ondersteuningsplan "
            "(besluitvorming: instemming), kwaliteitskalender-item begroting (besluitvorming: informatie), "
            "kwaliteitskalender-item jaarverslag (besluitvorming: informatie) en 7 andere plaatsen. "
            "Haal die verwijzingen eerst weg."
        )
        app.screen.selecteer("overlegorganen", 1)  # tb: the auditcommissie is part of it
        await pilot.press("delete")
        await klaar(app, pilot)
        assert meldingen(app)[-1].startswith(
            "Overlegorgaan TB (tb) wordt nog gebruikt op 12 plaatsen: overlegorgaan auditcommissie (onderdeel van), "
            "overlegorgaan remuneratiecommissie (onderdeel van), kwaliteitskalender-item ondersteuningsplan "
            "(besluitvorming: goedkeuring) en 9 andere plaatsen."
        )
        await pilot.press("tab")  # to the rollen
        await klaar(app, pilot)
        assert app.focused is app.screen.query_one("#tabel-rollen", DataTable)
        await pilot.press("delete")
        await klaar(app, pilot)
        assert meldingen(app)[-1].startswith(
            "Rol Directeur-bestuurder (directeur-bestuurder) wordt nog gebruikt op 29 plaatsen: "
            "overlegorgaan alv (rollen), overlegorgaan tb (rollen), overlegorgaan auditcommissie (rollen) en 26 andere"
        )
        assert app.werkset.gewijzigd == set()


async def test_rol_goedkeurder_en_gegevens(plans: Path) -> None:
    oud = (plans / "swv.yaml").read_text()
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await naar_organisatie(app, pilot)
        await pilot.press("tab")  # rollen
        await pilot.press("n")
        await klaar(app, pilot)
        await typ(pilot, "Controller")
        await pilot.press("tab", "tab")
        await typ(pilot, "Begroting en jaarrekening")
        await pilot.press("tab", "enter")  # the button Toepassen: not saved yet
        await klaar(app, pilot)
        await pilot.press("tab")  # goedkeurders
        await pilot.press("n")
        await klaar(app, pilot)
        await typ(pilot, "Voorzitter TB")
        await pilot.press("tab")
        await typ(pilot, "voorzitter@swv-nmd-po.nl")
        await pilot.press("tab", "enter")
        await klaar(app, pilot)
        await pilot.press("g")
        await klaar(app, pilot)
        await pilot.press("tab", "end", *["backspace"] * 3)  # 'SWV NMD PO' → 'SWV NMD'
        await pilot.press("tab", "tab", "tab", "enter")  # past Regio and Domein to Toepassen
        await klaar(app, pilot)
        assert [w.omschrijving for w in app.werkset.geschiedenis] == [
            "rol controller toegevoegd",
            "goedkeurder Voorzitter TB toegevoegd",
            "gegevens van de organisatie bewerkt",
        ]
        await pilot.press("ctrl+s")
        await klaar(app, pilot)
        # the last goedkeurder but one may go after a question
        await pilot.press("delete")
        await klaar(app, pilot)
        assert app.screen.vraag == "Goedkeurder Voorzitter TB (voorzitter@swv-nmd-po.nl) verwijderen?"
        await pilot.press("escape")
        await klaar(app, pilot)
    assert (plans / "swv.yaml").read_text() == oud.replace("kort: SWV NMD PO\n", "kort: SWV NMD\n").replace(
        "    naam: Voorzitter CvT en CvA\n",
        "    naam: Voorzitter CvT en CvA\n  - id: controller\n    naam: Controller\n"
        "    omschrijving: Begroting en jaarrekening\n",
    ).replace(
        "    rol: directeur-bestuurder\n\n",
        "    rol: directeur-bestuurder\n  - naam: Voorzitter TB\n    email: voorzitter@swv-nmd-po.nl\n\n",
    )
