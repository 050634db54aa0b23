"""click speaks Dutch: every `--help`, every usage error, and click's whole catalogue of texts."""

from __future__ import annotations

import ast
import gettext
import re
import sys
from pathlib import Path

import click
import pytest

from swvplanner.cli import hoofd, main
from swvplanner.cli.hulp import NL, NL_MEERVOUD

ROOT = Path(__file__).resolve().parents[2]

# English that must never reach the user (whole words, any case). Option names (--help, --version)
# are names, not text, and are left out before looking.
ENGELS = [
    "usage",
    "options",
    "option",
    "show",
    "message",
    "exit",
    "default",
    "error",
    "invalid",
    "value",
    "values",
    "did you mean",
    "mean",
    "missing",
    "argument",
    "arguments",
    "integer",
    "range",
    "text",
    "path",
    "file",
    "directory",
    "choose",
    "choices",
    "choice",
    "got",
    "unexpected",
    "extra",
    "no such",
    "commands",
    "command",
    "try",
    "help",
    "the",
    "not",
    "does",
    "required",
    "aborted",
    "positional",
    "such",
    "valid",
    "boolean",
    "env var",
    "dynamic",
    "deprecated",
    "given",
    "takes",
    "requires",
    "version",
    "parameter",
    "and",
    "for",
    "this",
    "exist",
    "is a",
    "one of",
    "x<=",
    "<=x",
]
_ENGELS = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in ENGELS) + r")(?![\w-])", re.IGNORECASE)


def engels(tekst: str) -> list[str]:
    zonder_namen = re.sub(r"(?<![\w-])--?[A-Za-z][\w-]*", " ", tekst)
    return _ENGELS.findall(zonder_namen)


def _draai(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as uitgang:
        main(argv)
    uit, fout = capsys.readouterr()
    assert "Traceback" not in uit + fout
    return uitgang.value.code, uit, fout  # type: ignore[return-value]


@pytest.fixture(autouse=True)
def _in_de_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    for naam in ("SWVPLANNER_PLANS", "SWVPLANNER_DEBUG"):
        monkeypatch.delenv(naam, raising=False)


def test_de_woordenlijst_werkt() -> None:
    assert engels("Usage: swvplanner [OPTIONS]") == ["Usage", "OPTIONS"]
    assert engels("[default: calendars]  --bewaar-dagen INTEGER RANGE") == ["default", "INTEGER", "RANGE"]
    assert engels("Error: No such option '--x'. Did you mean '--format'?") == [
        "Error",
        "No such",
        "option",
        "Did you mean",
    ]
    assert engels("Toon deze hulp en stop.  -h, --help  --versie, --version  'swvplanner --help'") == []


OPDRACHTEN = sorted(hoofd.commands)


def test_alle_opdrachten_hebben_hulp() -> None:
    assert OPDRACHTEN == [
        "approve",
        "besluiten",
        "check",
        "diff",
        "evaluatie",
        "export",
        "history",
        "import",
        "init",
        "jaarovergang",
        "library",
        "overzicht",
        "serve",
        "status",
        "verify",
        "when",
    ]


def test_hulp_noemt_alle_schermen(capsys: pytest.CaptureFixture[str]) -> None:
    # The app has seven screens (tui.schermen.SCHERMEN); the CLI's help once named five (no Wijzigingen).
    _, uit, _ = _draai(["--help"], capsys)
    assert (
        "  Zonder opdracht opent swvplanner de terminal-app (overzicht, jaarplan,\n"
        "  kwaliteitskalender, vergaderingen, controles, wijzigingen en organisatie;\n"
        "  bewerken en bewaren).\n"
    ) in uit


@pytest.mark.parametrize(
    "argv", [["--help"], ["-h"], *([o, "--help"] for o in OPDRACHTEN)], ids=["--help", "-h", *OPDRACHTEN]
)
def test_hulp_is_nederlands(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, fout = _draai(argv, capsys)
    assert (code, fout) == (0, "")
    assert uit.startswith("Gebruik: swvplanner ")
    assert "\nOpties:\n" in uit
    assert engels(uit) == [], uit


def test_hulp_van_export_exact(capsys: pytest.CaptureFixture[str]) -> None:
    _, uit, _ = _draai(["export", "--help"], capsys)
    assert uit.splitlines()[0] == "Gebruik: swvplanner export [OPTIES]"
    assert (
        "  --out MAP             De map voor de agendabestanden (.ics); standaard\n"
        "                        calendars naast de planmap.\n" in uit
    )
    assert "  --bewaar-dagen DAGEN  Hoe lang een uit de plannen verwijderde vergadering\n" in uit
    assert "                        60; 0 t/m 3650]\n" in uit


def test_versie(capsys: pytest.CaptureFixture[str]) -> None:
    from swvplanner import __version__

    assert _draai(["--versie"], capsys) == (0, f"swvplanner {__version__}\n", "")


SLECHT: list[tuple[list[str], str, str | None]] = [
    (["bla"], "swvplanner [OPTIES] [OPDRACHT] [ARGUMENTEN]...", "onbekende opdracht 'bla'."),
    (["diffx"], "swvplanner [OPTIES] [OPDRACHT] [ARGUMENTEN]...", "onbekende opdracht 'diffx'. Bedoelt u 'diff'?"),
    (["-x"], "swvplanner [OPTIES] [OPDRACHT] [ARGUMENTEN]...", "onbekende optie -x."),
    (["check", "--formaat", "json"], "swvplanner check [OPTIES]", "onbekende optie --formaat. Bedoelt u '--format'?"),
    (
        ["check", "--format", "x"],
        "swvplanner check [OPTIES]",
        "ongeldige waarde voor '--format': 'x' kan niet; kies uit 'tekst', 'json', 'markdown'.",
    ),
    (["check", "--strict=ja"], None, "bij de optie --strict hoort geen waarde."),
    (["check", "--vandaag"], None, "de optie --vandaag heeft een waarde nodig."),
    (
        ["check", "--vandaag", "morgen"],
        "swvplanner check [OPTIES]",
        "ongeldige waarde voor '--vandaag': 'morgen' is geen datum; schrijf JJJJ-MM-DD",
    ),
    # a year outside 1900-2200 used to crash the look-ahead ('date value out of range')
    (
        ["overzicht", "--vandaag", "9999-12-31"],
        "swvplanner overzicht [OPTIES]",
        "ongeldige waarde voor '--vandaag': '9999-12-31': het jaar 9999 is geen planningsjaar (1900-2200); "
        "schrijf JJJJ-MM-DD",
    ),
    (
        ["overzicht", "--vandaag", "0001-01-01"],
        "swvplanner overzicht [OPTIES]",
        "ongeldige waarde voor '--vandaag': '0001-01-01': het jaar 1 is geen planningsjaar (1900-2200); "
        "schrijf JJJJ-MM-DD",
    ),
    (
        ["check", "--vandaag", "2026-02-30"],
        "swvplanner check [OPTIES]",
        "ongeldige waarde voor '--vandaag': '2026-02-30' bestaat niet: februari 2026 heeft 28 dagen; "
        "schrijf JJJJ-MM-DD",
    ),
    (["--plans"], None, "de optie --plans heeft een waarde nodig."),
    (
        ["--plans", "plans/swv.yaml", "check"],
        "swvplanner [OPTIES] [OPDRACHT] [ARGUMENTEN]...",
        "ongeldige waarde voor '--plans': 'plans/swv.yaml' is een bestand, geen map.",
    ),
    (
        ["serve", "--port", "x"],
        "swvplanner serve [OPTIES]",
        "ongeldige waarde voor '--port': 'x' is geen geldig geheel getal.",
    ),
    (
        ["serve", "--port", "70000"],
        "swvplanner serve [OPTIES]",
        "ongeldige waarde voor '--port': 70000 valt buiten het bereik 0 t/m 65535.",
    ),
    (
        ["export", "--bewaar-dagen", "-1"],
        "swvplanner export [OPTIES]",
        "ongeldige waarde voor '--bewaar-dagen': -1 valt buiten het bereik 0 t/m 3650.",
    ),
    (
        ["export", "--out", "plans/swv.yaml"],
        "swvplanner export [OPTIES]",
        "ongeldige waarde voor '--out': 'plans/swv.yaml' is een bestand, geen map.",
    ),
    (
        ["export", "--basis-url", "agenda.nl"],
        "swvplanner export [OPTIES]",
        "ongeldige waarde voor '--basis-url': 'agenda.nl' is geen webadres; schrijf het als "
        "https://agenda.voorbeeld.nl",
    ),
    (
        ["serve", "--basis-url", "ftp://agenda.nl"],
        "swvplanner serve [OPTIES]",
        "ongeldige waarde voor '--basis-url': 'ftp://agenda.nl' is geen webadres; schrijf het als "
        "https://agenda.voorbeeld.nl",
    ),
    (["history"], "swvplanner history [OPTIES] ID", "ontbrekend gegeven 'ID'."),
    (["approve"], "swvplanner approve [OPTIES] DOCUMENT", "ontbrekend gegeven 'DOCUMENT'."),
    (["when"], "swvplanner when [OPTIES] TEKST", "ontbrekend gegeven 'TEKST'."),
    (["when", "a", "b"], "swvplanner when [OPTIES] TEKST", "onverwachte invoer: b"),
    (["when", "a", "b", "c"], "swvplanner when [OPTIES] TEKST", "onverwachte invoer: b c"),
    (
        ["when", "x", "--anker", "abc"],
        "swvplanner when [OPTIES] TEKST",
        "ongeldige waarde voor '--anker': 'abc' is geen geldig geheel getal.",
    ),
    (["diff", "a", "b", "c"], "swvplanner diff [OPTIES] [VAN] [TOT]", "onverwachte invoer: c"),
    (
        ["status", "--format", "markdown"],
        "swvplanner status [OPTIES]",
        "ongeldige waarde voor '--format': 'markdown' kan niet; kies uit 'tekst', 'json'.",
    ),
    (["verify", "extra"], "swvplanner verify [OPTIES]", "onverwachte invoer: extra"),
]


@pytest.mark.parametrize(("argv", "gebruik", "melding"), SLECHT, ids=[" ".join(a) for a, _, _ in SLECHT])
def test_foute_aanroep_is_nederlands(
    argv: list[str], gebruik: str | None, melding: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, uit, fout = _draai(argv, capsys)
    assert (code, uit) == (2, "")  # click's usage error: exit code 2, as documented
    verwacht = ([f"Gebruik: {gebruik}"] if gebruik else []) + [
        f"Fout: {melding}",
        "Gebruik 'swvplanner --help' voor hulp.",
    ]
    assert fout.splitlines() == verwacht
    # What the user typed ('extra', 'agenda.nl') is not click's English.
    assert engels(fout.replace(" ".join(argv[1:]), "")) == [], fout


# --- click's catalogue -------------------------------------------------------------------------


def _teksten_van_click() -> tuple[set[str], set[tuple[str, str]]]:
    """Every literal text click passes to gettext's `_()` or `ngettext()`, from its source."""
    enkel: set[str] = set()
    meervoud: set[tuple[str, str]] = set()
    for bron in sorted(Path(click.__file__).parent.glob("*.py")):
        for knoop in ast.walk(ast.parse(bron.read_text(encoding="utf-8"))):
            if not (isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Name)):
                continue
            teksten = [a.value for a in knoop.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if knoop.func.id == "_" and teksten:
                enkel.add(teksten[0])
            elif knoop.func.id == "ngettext" and len(teksten) >= 2:
                meervoud.add((teksten[0], teksten[1]))
    return enkel, meervoud


def test_elke_tekst_van_click_is_vertaald() -> None:
    enkel, meervoud = _teksten_van_click()
    assert len(enkel) > 50 and len(meervoud) >= 7  # the scan found click's texts
    assert sorted(enkel - set(NL)) == []
    assert sorted(meervoud - set(NL_MEERVOUD)) == []
    assert "required" in NL  # passed to _() as a variable: not in the scan
    for engels_, nl in [*NL.items(), *((e, n) for paar in NL_MEERVOUD.items() for e, n in zip(*paar, strict=True))]:
        if engels_ != "d":
            assert nl != engels_, engels_
        # the placeholders the Dutch uses are ones click fills in
        assert set(re.findall(r"\{(\w+)", nl)) <= set(re.findall(r"\{(\w+)", engels_)), engels_


def test_elke_module_van_click_gebruikt_de_vertaling() -> None:
    for naam, module in list(sys.modules.items()):
        if naam == "click" or naam.startswith("click."):
            assert getattr(module, "_", None) is not gettext.gettext, naam
            assert getattr(module, "ngettext", None) is not gettext.ngettext, naam
