"""`serve` watches the plan folder (watchfiles) instead of looking at the plan files on every request;
without a working watcher every request compares the files, as before."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
import watchfiles

from swvplanner import server as server_module
from swvplanner.services import export as services_export
from tests.export.hulp import kopieer_plannen, verplaats, vevent_blok

from .test_server import Draaiend, _start, bewaker_draden, client_get, gemeld, vraag

GEVEN = b"\r\nDTSTART;TZID=Europe/Amsterdam:20260218T193000\r\n"
draaiend = contextmanager(_start)
OUD = b"\r\nDTSTART;TZID=Europe/Amsterdam:20260211T193000\r\n"
GEEN_BEWAKING = (
    "swvplanner serve: de planmap wordt niet bewaakt ({}); de planbestanden worden nu bij elk verzoek vergeleken\n"
)


@pytest.fixture
def exports(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the server's exports (they still run)."""
    geteld: list[int] = []
    echt = services_export.exporteer_feeds

    def tel(*args: object, **kwargs: object) -> object:
        geteld.append(1)
        return echt(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services_export, "exporteer_feeds", tel)
    return geteld


@pytest.fixture
def afdrukken(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts how often the server looks at the plan files (scandir and a stat per file)."""
    geteld: list[int] = []
    echt = server_module.Bron._afdruk

    def tel(self: server_module.Bron) -> object:
        geteld.append(1)
        return echt(self)

    monkeypatch.setattr(server_module.Bron, "_afdruk", tel)
    return geteld


@pytest.fixture
def srv(tmp_path: Path) -> Iterator[Draaiend]:
    yield from _start(tmp_path)


def _opr(s: Draaiend) -> bytes:
    return vevent_blok(client_get(s.port, "/opr.ics")[1], "opr-2526-03@planning.swv-nmd-po.nl")


def test_verzoeken_kijken_niet_naar_de_planbestanden(srv: Draaiend, exports: list[int], afdrukken: list[int]) -> None:
    """While the watcher watches, a request reads one flag: no scandir, no stat, no export."""
    assert [d.daemon for d in bewaker_draden()] == [True]
    for pad in ("/", "/opr.ics", "/feeds.json", "/bestaat-niet.ics") * 5:
        vraag(srv.port, "GET", pad)
    assert (afdrukken, exports) == ([], [])
    with gemeld(srv):
        verplaats(srv.plans, "opr-2526-03", date(2026, 2, 18))
    assert GEVEN in _opr(srv)
    for _ in range(5):
        assert GEVEN in _opr(srv)
    assert (afdrukken, exports) == ([], [1])  # one export for the change, no look at the files


def test_elke_soort_wijziging_wordt_gemeld(srv: Draaiend) -> None:
    """Written in place, replaced by a rename (as swvplanner and most editors save), a plan file
    added and one removed: each is served from the watcher's notice on."""
    plan = srv.plans / "vergaderingen-2025-2026.yaml"
    oud = plan.read_text(encoding="utf-8")
    with gemeld(srv):
        plan.write_text(oud.replace("datum: 2026-02-11", "datum: 2026-02-18", 1), encoding="utf-8")
    assert GEVEN in _opr(srv)
    tijdelijk = srv.plans / ".vergaderingen-2025-2026.yaml.tmp"
    tijdelijk.write_text(oud, encoding="utf-8")
    with gemeld(srv):
        os.replace(tijdelijk, plan)
    assert OUD in _opr(srv)
    with gemeld(srv):
        plan.rename(srv.plans / "weg.txt")
    assert b"opr-2526-03@" not in client_get(srv.port, "/opr.ics")[1]
    with gemeld(srv):
        (srv.plans / "weg.txt").rename(srv.plans / "vergaderingen-2025-2026.yml")
    assert OUD in _opr(srv)


def test_andere_bestanden_en_de_agendas_zelf_tellen_niet(tmp_path: Path, exports: list[int]) -> None:
    """Only plan files count: not a note or an editor's swap file, not the feeds the export writes
    (also with --out inside the plan folder: no export after export)."""
    with draaiend(tmp_path, uit=tmp_path / "plans" / "calendars") as s:
        voor = s.bron.meldingen
        (s.plans / "notities.txt").write_text("x", encoding="utf-8")
        (s.plans / ".vergaderingen-2025-2026.yaml.swp").write_text("x", encoding="utf-8")
        (s.plans / "map").mkdir()
        (s.plans / "map" / "ander.yaml").write_text("x: 1\n", encoding="utf-8")
        (s.uit / "opr.ics").touch()
        assert not s.bron.wacht_op_melding(voor, 0.5)
        assert vraag(s.port, "GET", "/opr.ics").status == 200
        with gemeld(s):
            verplaats(s.plans, "opr-2526-03", date(2026, 2, 18))
        assert GEVEN in _opr(s)  # the export writes into plans/calendars/ ...
        assert not s.bron.wacht_op_melding(s.bron.meldingen, 0.5)  # ... and the watcher stays quiet
        assert GEVEN in _opr(s)
    assert exports == [1, 1]  # start_server's and the change's


def test_wijziging_voordat_de_bewaking_begon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write between the first export and the watcher's start is not lost: when the watcher's first
    round ends the plan files' fingerprint is compared once."""
    echt = watchfiles.watch

    def later(*args: object, **kwargs: object) -> Iterator[set[watchfiles.main.FileChange]]:
        verplaats(tmp_path / "plans", "opr-2526-03", date(2026, 2, 18))  # before watching starts
        yield from echt(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(watchfiles, "watch", later)
    with draaiend(tmp_path) as s:
        assert GEVEN in _opr(s)


def test_zonder_bewaking_vergelijkt_elk_verzoek(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The watcher cannot start (here notify's limit of watched folders, an OSError without errno):
    one Dutch line in the log, and every request compares the plan files as before, so a change is
    served on the very next request."""

    def kapot(*args: object, **kwargs: object) -> Iterator[set[watchfiles.main.FileChange]]:
        raise OSError('OS file watch limit reached. about ["/tmp"] (Error { kind: MaxFilesWatch })')
        yield set()

    monkeypatch.setattr(watchfiles, "watch", kapot)
    with draaiend(tmp_path) as s:
        assert capsys.readouterr().err == GEEN_BEWAKING.format("het systeem bewaakt haar niet")
        verplaats(s.plans, "opr-2526-03", date(2026, 2, 18))
        assert GEVEN in _opr(s)
        assert "watch" not in capsys.readouterr().err  # no English


def test_verplaatste_planmap(srv: Draaiend, capsys: pytest.CaptureFixture[str]) -> None:
    """The folder moved away and another put in its place (a restore, `git clone` again): the watcher
    would see the old folder, so it stops and every request compares the files at the path."""
    capsys.readouterr()
    with gemeld(srv):
        srv.plans.rename(srv.plans.with_name("plans-weg"))
    shutil.copytree(srv.plans.with_name("plans-weg"), srv.plans)
    assert capsys.readouterr().err == GEEN_BEWAKING.format("de planmap is verplaatst of verwijderd")
    verplaats(srv.plans, "opr-2526-03", date(2026, 2, 18))
    assert GEVEN in _opr(srv)  # the very next request
    verplaats(srv.plans.with_name("plans-weg"), "opr-2526-03", date(2026, 3, 4))
    assert GEVEN in _opr(srv)  # the old folder does not count


def test_bezette_poort_laat_geen_bewaking_achter(tmp_path: Path) -> None:
    plans = kopieer_plannen(tmp_path)
    voor = bewaker_draden()
    with socket.socket() as bezet:
        bezet.bind(("127.0.0.1", 0))
        bezet.listen()
        with pytest.raises(OSError):
            server_module.start_server(plans, tmp_path / "calendars", "127.0.0.1", bezet.getsockname()[1])
    assert bewaker_draden() == voor
