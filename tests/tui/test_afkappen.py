"""Cutting text at word ends and sharing a table's width between its columns (pure functions)."""

from __future__ import annotations

import io

import pytest
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from swvplanner.tui.widgets.afkappen import Afgekapt, kort_af, kort_af_tekst
from swvplanner.tui.widgets.tabel import Kolom, kolombreedtes


@pytest.mark.parametrize(
    ("tekst", "breedte", "verwacht"),
    [
        ("Klankbordgroep", 14, "Klankbordgroep"),
        ("Klankbordgroep", 20, "Klankbordgroep"),
        ("advies Klankbordgroep → instemming OPR", 38, "advies Klankbordgroep → instemming OPR"),
        ("advies Klankbordgroep → instemming OPR", 37, "advies Klankbordgroep → instemming…"),
        ("advies Klankbordgroep → instemming OPR", 24, "advies Klankbordgroep…"),
        ("advies Klankbordgroep → instemming OPR", 21, "advies…"),
        ("Directeur-bestuurder", 16, "Directeur-…"),
        ("Scholen/schoolbesturen", 12, "Scholen/…"),
        ("Jaarverslag (bestuursverslag)", 20, "Jaarverslag…"),
        (
            "Uitvoeren van plan van aanpak 2023-2025 o.a.: thuiszitters",
            46,
            "Uitvoeren van plan van aanpak 2023-2025 o.a.…",
        ),
        ("vergadering overig-2526-02: 12 november", 28, "vergadering overig-2526-02…"),
        # Not even the first word fits: that word is cut, still marked.
        ("Remuneratiecommissie", 12, "Remuneratie…"),
        ("中文中文中文", 7, "中文中…"),
        ("regel een\nregel twee", 12, "regel een…"),
        ("regel een\nregel twee", 40, "regel een regel twee"),
        ("[bold]vet[/bold] :smile:", 40, "[bold]vet[/bold] :smile:"),
        ("abc", 1, "…"),
        ("abc", 0, ""),
        ("", 5, ""),
    ],
)
def test_kort_af(tekst: str, breedte: int, verwacht: str) -> None:
    assert kort_af(tekst, breedte) == verwacht


def test_kort_af_tekst_houdt_de_stijl() -> None:
    tekst = Text("waarschuwing bij actie")
    tekst.stylize("yellow", 0, 12)
    kort = kort_af_tekst(tekst, 16)
    assert kort.plain == "waarschuwing…"
    assert kort.spans[0].start == 0 and kort.spans[0].end == 12 and str(kort.spans[0].style) == "yellow"
    assert kort_af_tekst(tekst, 40).plain == "waarschuwing bij actie"


def test_afgekapt_in_een_rich_tabel() -> None:
    t = Table(box=None, show_header=False, pad_edge=False, expand=True)
    t.add_column(no_wrap=True)
    t.add_column(no_wrap=True, ratio=1)
    t.add_row("31 dec 2025", Afgekapt("Uitvoering projectplan versterking voltijd onderwijs [b]x[/b]"))
    t.add_row("1 mei 2026", Afgekapt("Plan [b]van[/b] :smile:"))
    console = Console(width=40, file=io.StringIO(), color_system=None, legacy_windows=False)
    console.print(t)
    assert [regel.rstrip() for regel in console.file.getvalue().splitlines()] == [  # type: ignore[attr-defined]
        "31 dec 2025  Uitvoering projectplan…",
        "1 mei 2026   Plan [b]van[/b] :smile:",
    ]


def test_afgekapt_regels_onder_elkaar() -> None:
    """As in the month view: a day number with one line per meeting, each cut on its own."""
    t = Table(box=None, show_header=False, pad_edge=False, expand=True)
    t.add_column(ratio=1)
    t.add_column(ratio=1)
    t.add_row(Group(Text("1"), Afgekapt("TB", minimum=1), Afgekapt("Wg steeds inclusiever", minimum=1)), "2")
    console = Console(width=24, file=io.StringIO(), color_system=None, legacy_windows=False)
    console.print(t)
    assert [regel.rstrip() for regel in console.file.getvalue().splitlines()] == [  # type: ignore[attr-defined]
        "1            2",
        "TB",
        "Wg steeds…",
    ]


KOLOMMEN = (
    Kolom("Datum", "datum", minimum=14, gewicht=0),
    Kolom("Tijd", "tijd", minimum=11, gewicht=0, prioriteit=2),
    Kolom("Orgaan", "orgaan", minimum=12, gewicht=1),
    Kolom("Titel", "titel", minimum=10, gewicht=3),
    Kolom("Waar", "waar", minimum=10, gewicht=1, prioriteit=3),
    Kolom("Status", "status", minimum=11, gewicht=0),
)
INHOUD = [14, 11, 21, 35, 30, 11]


@pytest.mark.parametrize(
    ("beschikbaar", "verwacht"),
    [
        # Everything fits at its widest cell: the rest stays unused.
        (200, [14, 11, 21, 35, 30, 11]),
        # The minimums fit (80 cells with padding); the 18 cells left go 1:3:1 to Orgaan, Titel and Waar
        # (3, 10, 3), the 2 after that by the same weights (Titel 1) and the last one to the leftmost.
        (98, [14, 11, 16, 21, 13, 11]),
        # The minimums do not fit in 76: Waar (priority 3) goes first; 8 cells left, shared 1:3.
        (76, [14, 11, 14, 16, 0, 11]),
        # ... then Tijd (priority 2).
        (60, [14, 0, 14, 13, 0, 11]),
        # The columns of priority 1 always stay: when their minimums (47 + 8) do not fit in 50, the widest
        # column with a weight gives up a cell at a time (Orgaan, Orgaan, then on a tie the right one:
        # Titel, Orgaan, Titel).
        (50, [14, 0, 9, 8, 0, 11]),
    ],
)
def test_kolombreedtes(beschikbaar: int, verwacht: list[int]) -> None:
    assert kolombreedtes(KOLOMMEN, INHOUD, beschikbaar, opvulling=2) == verwacht


def test_kolombreedtes_nooit_breder_dan_de_inhoud() -> None:
    # A column whose cells are all short keeps their width, even below its minimum.
    assert kolombreedtes(KOLOMMEN, [14, 4, 6, 5, 4, 6], 120) == [14, 4, 6, 5, 4, 6]
    assert kolombreedtes(
        (Kolom("A", "a", minimum=3, gewicht=1), Kolom("B", "b", minimum=3, gewicht=1)), [10, 10], 11, opvulling=1
    ) == [5, 4]
