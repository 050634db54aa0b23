"""`swvplanner init` on the command line: all options, the Dutch questions on a terminal, exact
errors for missing and bad values (exit 2, nothing written), refusal of an existing folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from swvplanner.cli import hoofd, main
from swvplanner.cli import init as cli_init
from swvplanner.store.bibliotheek import bibliotheek
from swvplanner.store.yaml_io import laad_tekst
from tests.services.init_hulp import alle_bytes, git_met_identiteit, git_zonder_identiteit

OPTIES = ["--naam", "SWV Proef PO", "--kort", "SWV Proef", "--regio", "noord", "--soort", "po"]
ALLES = [*OPTIES, "--schooljaar", "2026-2027", "--vandaag", "2026-12-01"]


@pytest.fixture(autouse=True)
def _omgeving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for naam in ("SWVPLANNER_PLANS", "SWVPLANNER_DEBUG"):
        monkeypatch.delenv(naam, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(tmp_path)
    git_met_identiteit(monkeypatch, tmp_path)


def _main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as einde:
        main(list(args))
    uit = capsys.readouterr()
    return int(einde.value.code or 0), uit.out, uit.err


UITVOER = """\
Nieuwe planmap plans voor SWV Proef PO (primair onderwijs, vereniging, regio
noord, schooljaar 2026-2027):
  swv.yaml: organen OPR, ALV, TB, OOGO; rollen directeur-bestuurder,
    secretariaat, accountant; nog geen goedkeurder (nodig voor swvplanner
    approve)
  kwaliteitskalender.yaml: ITEMS uit de bibliotheek, 2 stappen weggelaten
    (staat bovenin het bestand)
  jaarplan-2026-2027.yaml en vergaderingen-2026-2027.yaml: nog leeg
Rechtsvorm vereniging: de standaard (--rechtsvorm stichting voor een stichting);
  met vereniging staat de algemene ledenvergadering (ALV) erin, met haar stappen
  in de kwaliteitskalender; een overbodig orgaan ziet u en haalt u weg, een
  ontbrekend ziet de controle niet.
Controle: 0 fouten, 1 waarschuwing (SWV304), 2 info (SWV207); details met
  swvplanner check.
Git: vastgelegd in een nieuwe repository in de map (SHA).
Let op: 'Ondersteuningsplan' komt eens in de paar jaar; zet in
  kwaliteitskalender.yaml bij anker het jaar van de volgende deadline, anders
  telt swvplanner geen deadline.
Let op: 'Medezeggenschapsstatuut' komt eens in de paar jaar; zet in
  kwaliteitskalender.yaml bij anker het jaar van de volgende deadline, anders
  telt swvplanner geen deadline.
"""
VOLGENDE = """\
Volgende stappen:
  swvplanner                 de app: vergaderingen, acties, organisatie
  swvplanner import BESTAND  uit Excel, Word, CSV of Outlook
  swvplanner library         de bibliotheek van de kwaliteitskalender
  swvplanner check           de plannen controleren
"""


def _plat(tekst: str) -> str:
    """The output as one line: what is wrapped at 80 columns, unwrapped."""
    return " ".join(tekst.split())


def test_met_alle_opties(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, fout = _main(capsys, "init", *ALLES)
    assert (code, fout) == (0, "")
    sha = subprocess.run(
        ["git", "-C", "plans", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    n = len(list(bibliotheek().items()))
    items = f"{n} item" if n == 1 else f"{n} items"
    assert uit.startswith(UITVOER.replace("SHA", sha).replace("ITEMS", items))
    assert uit.endswith(VOLGENDE)  # between them: a 'Let op' per item of several years without anker
    # the result passes check (exit 0: no fout) and exports
    assert _main(capsys, "check", "--vandaag", "2026-12-01")[0] == 0
    code, uit, _ = _main(capsys, "export", "--vandaag", "2026-12-01")
    assert code == 0 and (tmp_path / "calendars" / "opr.ics").is_file()


def test_stichting_met_opties_en_geen_git(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = _main(
        capsys, "init", "mijn-plannen", *ALLES, "--rechtsvorm", "stichting", "--met", "mr-p, auditcommissie",
        "--domein", "Agenda.SWV-Proef.nl", "--email", "info@swv-proef.nl", "--geen-git",
    )  # fmt: skip
    assert code == 0
    swv = laad_tekst((tmp_path / "mijn-plannen" / "swv.yaml").read_text(encoding="utf-8"))
    assert [o["id"] for o in swv["overlegorganen"]] == ["opr", "tb", "oogo", "auditcommissie", "mr-p"]
    assert swv["domein"] == "agenda.swv-proef.nl"
    assert not (tmp_path / "mijn-plannen" / ".git").exists()
    assert "Rechtsvorm:" not in uit
    assert uit.endswith(
        "  swvplanner --plans mijn-plannen library\n      de bibliotheek van de kwaliteitskalender\n"
        "  swvplanner --plans mijn-plannen check\n      de plannen controleren\n"
    )


@pytest.mark.parametrize(
    ("args", "melding"),
    [
        (
            ["--naam", "SWV Proef PO"],
            "ontbrekende opties --kort, --soort, --regio, --schooljaar: zonder terminal vraagt swvplanner init niets. "
            'Bijvoorbeeld: swvplanner init plans --naam "SWV Proef PO" --kort "SWV Proef" --soort po --regio noord '
            "--schooljaar 2026-2027",
        ),
        (
            [*OPTIES],
            "ontbrekende optie --schooljaar: zonder terminal vraagt swvplanner init niets. Bijvoorbeeld: swvplanner "
            'init plans --naam "SWV Proef PO" --kort "SWV Proef" --soort po --regio noord --schooljaar 2026-2027',
        ),
        (
            [*OPTIES, "--schooljaar", "2026-2027", "--goedkeurder-naam", "Jan de Vries"],
            "ontbrekende optie --goedkeurder-email: zonder terminal vraagt swvplanner init niets.",
        ),
        (
            [*OPTIES, "--schooljaar", "2026-2028"],
            "ongeldige waarde voor '--schooljaar': ongeldig schooljaar '2026-2028': het tweede jaar moet 2027 zijn",
        ),
        (
            [*OPTIES, "--schooljaar", "2026-2027", "--email", "secretariaat@swv"],
            "ongeldige waarde voor '--email': 'secretariaat@swv' is geen e-mailadres (bijvoorbeeld "
            "secretariaat@swv-proef.nl)",
        ),
        (
            [*OPTIES[:4], "--regio", "west", "--soort", "po", "--schooljaar", "2026-2027"],
            "ongeldige waarde voor '--regio': 'west' kan niet; kies uit 'noord', 'midden', 'zuid'.",
        ),
        (
            [*OPTIES, "--schooljaar", "2026-2027", "--met", "auditcommissie,klankbordgroep"],
            "ongeldige waarde voor '--met': onbekend orgaan 'klankbordgroep'; kies uit auditcommissie, "
            "remuneratiecommissie, mr-p, cva",
        ),
        (
            [*OPTIES, "--schooljaar", "2026-2027", "--domein", "geen domein"],
            "ongeldige waarde voor '--domein': 'geen domein' is geen domeinnaam (bijvoorbeeld planning.swv-proef.nl)",
        ),
        (
            ["--naam", " ", *OPTIES[2:], "--schooljaar", "2026-2027"],
            "ongeldige waarde voor '--naam': de naam mag niet leeg zijn",
        ),
    ],
)
def test_ontbrekend_of_ongeldig(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], melding: str
) -> None:
    code, uit, fout = _main(capsys, "init", *args)
    assert (code, uit) == (2, "")
    assert fout == f"Gebruik: swvplanner init [OPTIES] [MAP]\nFout: {melding}\nGebruik 'swvplanner --help' voor hulp.\n"
    assert alle_bytes(tmp_path) == {"gitconfig": (tmp_path / "gitconfig").read_bytes()}


def test_weigert_een_bestaande_planmap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _main(capsys, "init", *ALLES)[0] == 0
    (tmp_path / "plans" / "swv.yaml").write_text("# eigen werk\n", encoding="utf-8")
    voor = alle_bytes(tmp_path)
    code, uit, fout = _main(capsys, "init", *ALLES)
    assert (code, uit) == (1, "")
    assert fout == (
        "Fout: plans: bestaat al en is niet leeg (.git, jaarplan-2026-2027.yaml, kwaliteitskalender.yaml, "
        "swv.yaml, …); "
        "swvplanner init schrijft nooit over bestaande bestanden en heeft niets geschreven. Kies een nieuwe map: "
        "swvplanner init ANDERE-MAP\n"
    )
    assert alle_bytes(tmp_path) == voor


def test_geen_git_identiteit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    git_zonder_identiteit(monkeypatch, tmp_path)
    code, uit, _ = _main(capsys, "init", *ALLES)
    assert code == 0
    assert (
        "Git: git weet niet wie u bent (git config user.name en user.email zijn niet ingesteld), dus er is nog niets "
        "vastgelegd; de bestanden staan er wel. Stel ze in en leg vast met: git -C plans add . && git -C plans "
        'commit -m "Nieuwe planmap"'
    ) in _plat(uit)
    assert (tmp_path / "plans" / "swv.yaml").is_file()


def test_in_een_bestaande_repository_zonder_git_optie_niets_vastgelegd(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    code, uit, _ = _main(capsys, "init", *ALLES)
    assert code == 0
    assert f"Git: de map staat in de repository {tmp_path}; niets vastgelegd (--git legt vast)." in _plat(uit)


# -- on a terminal: the questions --------------------------------------------------------------------


def test_de_vragen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_init, "interactief", lambda: True)
    antwoorden = [
        "SWV Proef VO",  # naam
        "SWV Proef",  # kort
        "mbo",  # soort: not a choice, asked again
        "vo",
        "stichting",  # rechtsvorm
        "midden",  # regio
        "",  # schooljaar: the default
        "secretariaat@",  # e-mail: wrong, asked again
        "secretariaat@swv-proef.nl",
        "Jan de Vries",  # goedkeurder
        "jan@swv-proef.nl",
        "cva",  # organen
        "nee",  # git
    ]
    r = CliRunner().invoke(hoofd, ["init", "--vandaag", "2027-03-01"], input="\n".join(antwoorden) + "\n")
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0] == "Een nieuwe planmap in plans. Enter neemt de waarde tussen [haken]."
    for tekst in (
        "Volledige naam van het samenwerkingsverband: SWV Proef VO",
        "Soort (po of vo): mbo",
        "Fout: 'mbo' kan niet; kies uit 'po', 'vo'.",
        "Rechtsvorm (vereniging of stichting) [vereniging]: stichting",
        "Vanaf augustus is dat het lopende schooljaar, daarvóór het komende.",
        "Eerste schooljaar [2027-2028]: ",
        "Fout: 'secretariaat@' is geen e-mailadres (bijvoorbeeld secretariaat@swv-proef.nl)",
        "Een git-repository maken en vastleggen? [J/n]: nee",
    ):
        assert tekst in r.output.splitlines(), tekst
    swv = laad_tekst((tmp_path / "plans" / "swv.yaml").read_text(encoding="utf-8"))
    assert (swv["naam"], swv["regio"]) == ("SWV Proef VO", "midden")
    assert [o["id"] for o in swv["overlegorganen"]] == ["opr", "tb", "oogo", "cva"]
    assert swv["goedkeurders"][0]["email"] == "jan@swv-proef.nl"
    assert sorted(p.name for p in (tmp_path / "plans").iterdir()) == [
        "jaarplan-2027-2028.yaml",
        "kwaliteitskalender.yaml",
        "swv.yaml",
        "vergaderingen-2027-2028.yaml",
    ]
    assert "Rechtsvorm: vereniging (standaard" not in r.output


def test_vragen_overslaan_en_alleen_wat_ontbreekt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Options given are not asked; e-mail, goedkeurder and extra bodies may be skipped with Enter."""
    monkeypatch.setattr(cli_init, "interactief", lambda: True)
    r = CliRunner().invoke(hoofd, ["init", *OPTIES, "--vandaag", "2026-12-01"], input="\n" * 6)
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[:11] == [
        "Een nieuwe planmap in plans. Enter neemt de waarde tussen [haken].",
        "Een vereniging heeft een ALV, een stichting een raad van toezicht.",
        "Rechtsvorm (vereniging of stichting) [vereniging]: ",
        "Vanaf augustus is dat het lopende schooljaar, daarvóór het komende.",
        "Eerste schooljaar [2026-2027]: ",
        "E-mailadres van het secretariaat (Enter: overslaan): ",
        "Wie stelt versies vast (swvplanner approve)? Meestal de directeur-bestuurder.",
        "Naam van de goedkeurder (Enter: overslaan): ",
        "Niet ieder SWV heeft: auditcommissie, remuneratiecommissie, mr-p, cva.",
        "Welke heeft u (met komma's; Enter: geen): ",
        "Een git-repository maken en vastleggen? [J/n]: ",
    ]
    assert all(len(regel) <= 80 for regel in r.output.splitlines())
    swv = laad_tekst((tmp_path / "plans" / "swv.yaml").read_text(encoding="utf-8"))
    assert [o["id"] for o in swv["overlegorganen"]] == ["opr", "alv", "tb", "oogo"]
    assert swv["goedkeurders"] == []
    assert (tmp_path / "plans" / ".git").is_dir()  # the git question's default is yes


def test_met_alleen_het_adres_van_de_goedkeurder_wordt_de_naam_gevraagd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_init, "interactief", lambda: True)
    args = ["init", *ALLES, "--rechtsvorm", "stichting", "--email", "info@swv-proef.nl", "--met", "cva", "--geen-git"]
    r = CliRunner().invoke(hoofd, [*args, "--goedkeurder-email", "jan@swv-proef.nl"], input="\nJan de Vries\n")
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[1:5] == [
        "Wie stelt versies vast (swvplanner approve)? Meestal de directeur-bestuurder.",
        "Naam van de goedkeurder: ",
        "Fout: de naam mag niet leeg zijn",
        "Naam van de goedkeurder: Jan de Vries",
    ]
    swv = laad_tekst((tmp_path / "plans" / "swv.yaml").read_text(encoding="utf-8"))
    assert swv["goedkeurders"][0]["naam"] == "Jan de Vries"
