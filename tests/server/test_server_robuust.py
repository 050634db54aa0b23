"""`serve` stays up: a failing re-export, HTTP/0.9, idle connections and many clients at once."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from swvplanner import server as server_module
from swvplanner.services import export as services_export

from .test_server import Draaiend, _start, client_get, gemeld, vraag


@pytest.fixture
def kort_geduld(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_module, "VERBINDING_TIMEOUT", 0.5)


@pytest.fixture
def srv(tmp_path: Path, kort_geduld: None) -> Iterator[Draaiend]:
    yield from _start(tmp_path)


def test_mislukte_herexport_laat_de_vorige_agendas_staan_en_wordt_niet_bij_elk_verzoek_herhaald(
    srv: Draaiend, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    voor = (srv.uit / "opr.ics").read_bytes()
    pogingen = []

    def kapot(*args: object, **kwargs: object) -> None:
        pogingen.append(1)
        raise ValueError("voorbereiding 'twee weken' is geen duur")

    monkeypatch.setattr(services_export, "exporteer_feeds", kapot)
    plan = srv.plans / "vergaderingen-2025-2026.yaml"
    with gemeld(srv):
        plan.write_text(plan.read_text(encoding="utf-8") + "\n# gewijzigd\n", encoding="utf-8")
    for _ in range(5):
        antwoord = vraag(srv.port, "GET", "/opr.ics")
        assert antwoord.status == 200
        assert antwoord.inhoud == voor
    assert pogingen == [1]  # tried once for this change, not on every request
    assert "de vorige agenda's blijven beschikbaar" in capsys.readouterr().err
    with gemeld(srv):
        plan.write_text(plan.read_text(encoding="utf-8") + "# nog eens\n", encoding="utf-8")
    assert vraag(srv.port, "GET", "/opr.ics").status == 200
    assert pogingen == [1, 1]  # a new change: tried again


def test_http_09_krijgt_meteen_400(srv: Draaiend) -> None:
    with socket.create_connection(("127.0.0.1", srv.port), timeout=5) as s:
        s.sendall(b"GET /opr.ics\r\n")
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    assert data.startswith(b"HTTP/1.0 400 ")
    assert b"BEGIN:VCALENDAR" not in data


def test_onzin_krijgt_400(srv: Draaiend) -> None:
    with socket.create_connection(("127.0.0.1", srv.port), timeout=5) as s:
        s.sendall(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 tls-begin\r\n\r\n")
        data = s.recv(65536)
    assert data.startswith(b"HTTP/1.0 400 ")


def test_stille_verbinding_wordt_gesloten(srv: Draaiend) -> None:
    with socket.create_connection(("127.0.0.1", srv.port), timeout=5) as s:
        begin = time.monotonic()
        assert s.recv(1) == b""  # closed by the server, not by our own timeout
        assert time.monotonic() - begin < 3
    assert client_get(srv.port, "/opr.ics")[0].status == 200  # and the server still answers


def test_vijftig_gelijktijdige_clients_zonder_fouten(srv: Draaiend) -> None:
    fouten: list[str] = []
    slot = threading.Lock()

    def client() -> None:
        for _ in range(20):
            try:
                r, inhoud = client_get(srv.port, "/opr.ics")
                if r.status != 200 or not inhoud.startswith(b"BEGIN:VCALENDAR"):
                    raise AssertionError(r.status)
            except Exception as fout:  # noqa: BLE001 - every failure is counted
                with slot:
                    fouten.append(repr(fout))

    draden = [threading.Thread(target=client) for _ in range(50)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(120)
    assert fouten == []
