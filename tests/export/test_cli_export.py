"""`swvplanner export` through `swvplanner.cli.main`: Dutch output, exit codes, no tracebacks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from swvplanner.cli import main

from .hulp import OPENBARE_FEEDS, PRIVE_FEEDS, kopieer_plannen, tokens


def _draai(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    uit = capsys.readouterr()
    return exc.value.code, uit.out, uit.err


def test_export_schrijft_en_vat_samen(tmp_path, capsys):
    plans = kopieer_plannen(tmp_path)
    out = tmp_path / "calendars"
    code, stdout, stderr = _draai(["--plans", str(plans), "export", "--out", str(out)], capsys)
    assert code == 0
    assert stderr == ""
    t = tokens(out)
    assert stdout == (
        f"27 openbare en 4 besloten agenda's, 143 agenda-items; 37 bestand(en) bijgewerkt in {out}.\n"
        + "".join(f"  besloten: {naam} → {out}/prive/…/{naam}.ics\n" for naam in sorted(PRIVE_FEEDS))
        + f"De geheime adressen staan in {out}/prive/tokens.json; geef ze alleen aan de leden.\n"
    )
    assert not any(token in stdout for token in t.values())  # secret: never on a terminal or in a CI log
    assert sorted(p.name for p in out.glob("*.ics")) == sorted(f"{n}.ics" for n in OPENBARE_FEEDS)
    for naam in PRIVE_FEEDS:
        assert (out / "prive" / t[naam] / f"{naam}.ics").is_file()

    # A second run changes nothing and keeps the tokens.
    code, stdout2, _ = _draai(["--plans", str(plans), "export", "--out", str(out)], capsys)
    assert code == 0
    assert (
        stdout2.splitlines()[0]
        == f"27 openbare en 4 besloten agenda's, 143 agenda-items; 0 bestand(en) bijgewerkt in {out}."
    )
    assert stdout2.splitlines()[1:] == stdout.splitlines()[1:]


def test_export_met_basis_url(tmp_path, capsys):
    plans = kopieer_plannen(tmp_path)
    out = tmp_path / "uit"
    code, _, _ = _draai(
        [
            "--plans",
            str(plans),
            "export",
            "--out",
            str(out),
            "--basis-url",
            "https://agenda.voorbeeld.nl/",
            "--bewaar-dagen",
            "30",
        ],
        capsys,
    )
    assert code == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    assert (
        '<a href="https://agenda.voorbeeld.nl/opr.ics">https://agenda.voorbeeld.nl/opr.ics</a> · '
        '<a href="webcal://agenda.voorbeeld.nl/opr.ics">webcal</a>'
    ) in index
    assert "cvt.ics" not in index
    assert json.loads((out / "feeds.json").read_text(encoding="utf-8"))["feeds"][0]["bestand"] == "alv.ics"


def test_export_via_omgevingsvariabele(tmp_path, capsys, monkeypatch):
    plans = kopieer_plannen(tmp_path)
    monkeypatch.setenv("SWVPLANNER_PLANS", str(plans))
    out = tmp_path / "uit"
    code, stdout, _ = _draai(["export", "--out", str(out)], capsys)
    assert code == 0 and stdout.startswith("27 openbare en 4 besloten agenda's")


def _voeg_rol_toe(plans: Path, rol_id: str) -> None:
    pad = plans / "swv.yaml"
    tekst = pad.read_text(encoding="utf-8")
    oud = "  - id: beleidsadviseur\n    naam: Beleidsadviseur\n"
    assert oud in tekst
    pad.write_text(tekst.replace(oud, oud + f"  - id: {rol_id}\n    naam: Rol {rol_id}\n"), encoding="utf-8")


def test_rol_met_id_van_een_orgaan(tmp_path, capsys):
    plans = kopieer_plannen(tmp_path)
    _voeg_rol_toe(plans, "opr")
    out = tmp_path / "uit"
    code, stdout, stderr = _draai(["--plans", str(plans), "export", "--out", str(out)], capsys)
    assert code == 1
    assert stdout == ""
    assert stderr == (
        "Fout: de rol 'opr' heeft hetzelfde id als een overlegorgaan; dan krijgen ze hetzelfde "
        "agendabestand. Geef een van beide een ander id.\n"
    )
    assert "Traceback" not in stderr
    assert not out.exists()  # nothing written


@pytest.mark.parametrize("gereserveerd", ["alles", "deadlines"])
def test_gereserveerd_id(tmp_path, capsys, gereserveerd):
    plans = kopieer_plannen(tmp_path)
    _voeg_rol_toe(plans, gereserveerd)
    out = tmp_path / "uit"
    code, stdout, stderr = _draai(["--plans", str(plans), "export", "--out", str(out)], capsys)
    assert code == 1
    assert stderr == (f"Fout: het id '{gereserveerd}' is gereserveerd voor een agendabestand; kies een ander id\n")
    assert "Traceback" not in stderr and not out.exists()


def test_kapot_planbestand(tmp_path, capsys):
    plans = kopieer_plannen(tmp_path)
    (plans / "vergaderingen-2025-2026.yaml").write_text("schooljaar: 2025-2026\nvergaderingen: [\n", encoding="utf-8")
    out = tmp_path / "uit"
    code, stdout, stderr = _draai(["--plans", str(plans), "export", "--out", str(out)], capsys)
    assert code == 1
    assert "Traceback" not in stderr
    assert re.search(r"vergaderingen-2025-2026\.yaml:\d+:\d+", stderr)
    assert stderr.endswith("1 fout(en); er is niets gewijzigd.\n")
    assert not out.exists()


def test_export_help_is_nederlands(capsys):
    code, stdout, _ = _draai(["export", "--help"], capsys)
    assert code == 0
    assert "Schrijf de agenda's (iCalendar)" in stdout and "--bewaar-dagen" in stdout


def test_voorbereiding_die_export_niet_kan_lezen(tmp_path, capsys):
    """`voorbereiding: twee weken` passes the model: check reports it (SWV106) and export refuses it
    in Dutch, without a traceback and without touching the feeds of the previous export."""
    plans = kopieer_plannen(tmp_path)
    out = tmp_path / "uit"
    assert _draai(["--plans", str(plans), "export", "--out", str(out)], capsys)[0] == 0
    voor = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    pad = plans / "kwaliteitskalender.yaml"
    tekst = pad.read_text(encoding="utf-8")
    assert tekst.count("voorbereiding: 8 weken") == 1
    pad.write_text(tekst.replace("voorbereiding: 8 weken", "voorbereiding: twee weken"), encoding="utf-8")
    regel = next(i for i, r in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1) if "twee weken" in r)

    code, stdout, stderr = _draai(["--plans", str(plans), "check", "--vandaag", "2025-09-01"], capsys)
    assert code == 1
    assert f"{pad}:{regel}:{len('        voorbereiding: ') + 1}: fout SWV106 " in stdout
    assert "voorbereiding 'twee weken' is geen duur" in stdout

    code, stdout, stderr = _draai(["--plans", str(plans), "export", "--out", str(out)], capsys)
    assert code == 1
    assert stdout == ""
    assert stderr.startswith("Fout: kwaliteitskalender-item '")
    assert stderr.endswith(
        ": voorbereiding 'twee weken' is geen duur; schrijf een getal en dagen, weken of "
        "maanden, bijvoorbeeld '4 weken' of '10 dagen' (swvplanner check toont waar)\n"
    )
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == voor


def test_zonder_out_naast_de_planmap_waar_ook_de_app_exporteert(tmp_path, capsys, monkeypatch):
    """export, serve and the app's ctrl+e write to one folder: calendars next to the plans folder,
    wherever the command is run from (before, the CLI wrote to ./calendars of the working folder)."""
    from swvplanner.tui.app import maak_app

    plans = kopieer_plannen(tmp_path)
    elders = tmp_path / "elders"
    elders.mkdir()
    monkeypatch.chdir(elders)
    code, stdout, _ = _draai(["--plans", str(plans), "export"], capsys)
    assert code == 0
    assert stdout.splitlines()[0].endswith(f"bijgewerkt in {tmp_path / 'calendars'}.")
    assert sorted(p.name for p in (tmp_path / "calendars").glob("*.ics")) == sorted(f"{n}.ics" for n in OPENBARE_FEEDS)
    assert list(elders.iterdir()) == []
    assert maak_app(plans).agenda_map == tmp_path / "calendars"
