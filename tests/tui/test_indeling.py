"""Layout at 80x24 and 120x40: the essential columns are on screen, cells end at a word, the footer
shows its keys whole; Controles lists fouten first; the meeting list shows the title in Titel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import DataTable, Footer, OptionList, Tree
from textual.widgets._footer import FooterKey

from swvplanner.tui.app import maak_app
from tests.tui.conftest import VANDAAG
from tests.tui.scherm import klaar, schermtekst

MATEN = [(80, 24), (120, 40)]
LATER = date(2026, 12, 1)
"""After the example's schooljaar: 20 acties over tijd (waarschuwingen) next to the one fout."""
NA_WOORD = " ,;:–—→(·"


def op_woordeinde(getoond: str, volledig: str) -> bool:
    """Shown whole, or cut where a word ends and marked with '…'."""
    volledig = volledig.replace("\n", " ")
    if getoond == volledig:
        return True
    kern = getoond.removesuffix("…")
    if kern == getoond or not kern or not volledig.startswith(kern):
        return False
    return volledig[len(kern)] in NA_WOORD or kern[-1] in "-/"


def cellen(tabel: DataTable) -> dict[str, dict[str, str]]:  # type: ignore[type-arg]
    """What each cell of the table shows, as plain text, per row key and column key."""
    uit = {}
    for rij in tabel.ordered_rows:
        waarden = tabel.get_row(rij.key)
        uit[str(rij.key.value)] = {
            str(kolom.key.value): (w.plain if isinstance(w, Text) else Text.from_markup(str(w)).plain).strip()
            for kolom, w in zip(tabel.ordered_columns, waarden, strict=True)
        }
    return uit


def past_op_scherm(app, tabel: DataTable, koppen: list[str]) -> None:  # type: ignore[no-untyped-def,type-arg]
    """These columns are in the table, and the table needs no sideways scrolling to show them."""
    zichtbaar = {str(k.key.value) for k in tabel.ordered_columns}
    assert set(koppen) <= zichtbaar, f"kolommen ontbreken: {set(koppen) - zichtbaar}"
    breedte = sum(k.get_render_width(tabel) for k in tabel.ordered_columns)
    assert breedte <= tabel.scrollable_content_region.width
    assert tabel.region.right <= app.size.width
    kop = next(
        regel
        for regel in schermtekst(app).splitlines()
        if all(k.label.plain.strip() in regel for k in tabel.ordered_columns)
    )
    assert kop  # the header row is on screen with every column's label


async def open_scherm(app, pilot, toets: str) -> DataTable | None:  # type: ignore[no-untyped-def,type-arg]
    """Go to the screen of this key; its table, if it has one."""
    await klaar(app, pilot)
    await pilot.press(toets)
    await klaar(app, pilot)
    return next(iter(app.screen.query("#tabel").results(DataTable)), None)


def elke_cel_op_woordeinde(getoond: dict[str, dict[str, str]], volledig: dict[str, dict[str, str]]) -> None:
    for sleutel, rij in getoond.items():
        for kolom, tekst in rij.items():
            if kolom in volledig[sleutel]:
                assert op_woordeinde(tekst, volledig[sleutel][kolom]), (sleutel, kolom, tekst)


@pytest.mark.parametrize("maat", MATEN, ids=lambda m: f"{m[0]}x{m[1]}")
async def test_vergaderingen_kolommen(plans: Path, maat: tuple[int, int]) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=maat) as pilot:
        tabel = await open_scherm(app, pilot, "4")
        past_op_scherm(app, tabel, ["datum", "orgaan", "titel", "status"])
        getoond = cellen(tabel)
        elke_cel_op_woordeinde(
            getoond,
            {
                r.id: {
                    "datum": r.wanneer,
                    "tijd": r.tijd,
                    "orgaan": r.orgaan_kort,
                    "titel": r.titel,
                    "waar": r.locatie,
                    "status": "" if r.status == "gepland" else r.status,
                }
                for r in app.screen.rijen
            },
        )
        # Titel is the meeting's title; a meeting without one shows no title (its place is in Waar).
        assert getoond["overig-2526-02"]["titel"] in ("PO/VO-middag", "PO/VO-…")
        assert getoond["nw-hb-po-2526-01"]["titel"] == ""
        if maat == (120, 40):
            assert getoond["nw-hb-po-2526-01"]["waar"] == "UniQ"
        # The organen list breaks no name inside a word.
        tekst = schermtekst(app)
        for naam in ("Remuneratiecie", "Klankbordgroep", "Stuurgroep GO"):
            assert naam in tekst
        organen = app.screen.query_one("#organen", OptionList)
        for i in range(organen.option_count):
            prompt = str(organen.get_option_at_index(i).prompt)
            assert "…" not in prompt  # each word of the example's names fits the list


@pytest.mark.parametrize("maat", MATEN, ids=lambda m: f"{m[0]}x{m[1]}")
async def test_kwaliteitskalender_kolommen(plans: Path, maat: tuple[int, int]) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=maat) as pilot:
        tabel = await open_scherm(app, pilot, "3")
        past_op_scherm(app, tabel, ["wat", "volgende", "wie"] + (["besluitvorming"] if maat[0] >= 120 else []))
        getoond = cellen(tabel)
        elke_cel_op_woordeinde(
            getoond,
            {
                r.id: {"wat": r.wat, "wie": r.wie.splitlines()[0] if r.wie else "", "besluitvorming": r.besluitvorming}
                for r in app.screen.rijen
            },
        )
        assert {rij["wie"] for rij in getoond.values()} >= {"Directeur-bestuurder", "Scholen/schoolbesturen"}


@pytest.mark.parametrize("maat", MATEN, ids=lambda m: f"{m[0]}x{m[1]}")
async def test_controles_fouten_eerst_en_volledig(plans: Path, maat: tuple[int, int]) -> None:
    app = maak_app(plans, vandaag=LATER)
    async with app.run_test(size=maat) as pilot:
        tabel = await open_scherm(app, pilot, "5")
        past_op_scherm(app, tabel, ["ernst", "plaats", "melding"])
        getoond = cellen(tabel)
        rijen = [getoond[str(r.key.value)] for r in tabel.ordered_rows]
        # The example has 1 fout (SWV104), 20 waarschuwingen and, as it records no outcomes of its past
        # meetings, 19 info (SWV305: one per agenda point without an outcome); the fout comes first, the info last.
        assert [r["ernst"] for r in rijen] == ["fout"] + ["waarschuwing"] * 20 + ["info"] * 19
        assert rijen[0]["plaats"] == "vergaderingen-2025-2026.yaml:372"
        assert [r["plaats"] for r in rijen[1:4]] == [
            "jaarplan-2025-2026.yaml:57",
            "jaarplan-2025-2026.yaml:61",
            "jaarplan-2025-2026.yaml:69",
        ]  # checker order kept
        for g, rij in zip(app.screen.gevonden, rijen, strict=True):
            assert op_woordeinde(rij["melding"], g.bevinding.melding.replace("\n", " ⏎ ")), rij
        assert app.screen.gevonden[0].bevinding.code == "SWV104"


@pytest.mark.parametrize("maat", MATEN, ids=lambda m: f"{m[0]}x{m[1]}")
async def test_jaarplan_boom_kapt_af_op_woorden(plans: Path, maat: tuple[int, int]) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=maat) as pilot:
        await open_scherm(app, pilot, "2")
        boom = app.screen.query_one("#boom", Tree)
        gezien = 0
        for y in range(boom.scrollable_content_region.height):
            knoop = boom.get_node_at_line(y)
            if knoop is None:
                continue
            regel = boom.render_line(y).text.rstrip().lstrip("│├└─ ▼▶")
            assert op_woordeinde(regel, knoop.label.plain), regel
            gezien += 1
        assert gezien >= 15


@pytest.mark.parametrize("toets", list("123456"))
async def test_voettekst_toont_zijn_toetsen_heel_bij_80(plans: Path, toets: str) -> None:
    app = maak_app(plans, vandaag=VANDAAG)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_scherm(app, pilot, toets)
        onderste = schermtekst(app).splitlines()[-1]
        toetsen = list(app.screen.query_one(Footer).query(FooterKey))
        assert toetsen
        for knop in toetsen:
            assert f"{knop.key_display} {knop.description}".strip() in onderste, onderste
        assert "^s Bewaren" in onderste and "? Help" in onderste


async def test_overzicht_kapt_af_op_woorden(plans: Path) -> None:
    from swvplanner.core.vooruitblik import vooruitblik

    app = maak_app(plans, vandaag=LATER)
    async with app.run_test(size=(80, 24)) as pilot:
        await klaar(app, pilot)
        v = vooruitblik(app.werkset.plannen, LATER)
        teksten = [d.wat for d in v.deadlines + v.achterstallig]
        afgekapt = 0
        for regel in schermtekst(app).splitlines():
            if "…" not in regel:
                continue
            stuk = regel.split("  ")
            cel = next(s.strip() for s in stuk if s.strip().endswith("…"))
            assert any(op_woordeinde(cel, t) for t in teksten), cel
            afgekapt += 1
        assert afgekapt >= 2
