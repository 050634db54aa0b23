"""`start_server`: a real server on 127.0.0.1, port 0, and real HTTP clients."""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

import pytest

from swvplanner.server import Bron, start_server
from tests.export.hulp import OPENBARE_FEEDS, PRIVE_FEEDS, kopieer_plannen, tokens, uid, verplaats, vevent_blok

ICS = "text/calendar; charset=utf-8"


@dataclass
class Draaiend:
    plans: Path
    uit: Path
    port: int
    bron: Bron


def bewaker_draden() -> list[threading.Thread]:
    return [d for d in threading.enumerate() if d.name == "swvplanner-bewaking"]


def _start(tmp: Path, uit: Path | None = None) -> Iterator[Draaiend]:
    plans = kopieer_plannen(tmp)
    uit = uit or tmp / "calendars"
    voor = bewaker_draden()
    server = start_server(plans, uit, "127.0.0.1", 0)
    assert (uit / "opr.ics").is_file()  # start_server exports before serving
    draad = threading.Thread(target=server.serve_forever, daemon=True)
    draad.start()
    try:
        yield Draaiend(plans, uit, server.server_address[1], server.bron)  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
        draad.join(10)
        assert bewaker_draden() == voor  # server_close stopped the watcher: no thread left behind


@contextmanager
def gemeld(s: Draaiend) -> Iterator[None]:
    """Change plan files in the block; after it, wait until the server's watcher reported the change
    (1-2 x STAP_MS, at most 10 s here): from then on every request serves it."""
    voor = s.bron.meldingen
    yield
    assert s.bron.wacht_op_melding(voor, 10), "the watcher did not report the change"


@pytest.fixture(scope="module")
def srv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Draaiend]:
    """A server whose plans are not changed by the tests that use it."""
    yield from _start(tmp_path_factory.mktemp("server"))


@pytest.fixture
def eigen_srv(tmp_path: Path) -> Iterator[Draaiend]:
    yield from _start(tmp_path)


@dataclass
class Antwoord:
    status: int
    kop: list[tuple[str, str]]
    inhoud: bytes

    def header(self, naam: str) -> str | None:
        waarden = [w for k, w in self.kop if k.lower() == naam.lower()]
        assert len(waarden) <= 1, (naam, waarden)
        return waarden[0] if waarden else None


def vraag(port: int, methode: str, pad: str, **headers: str) -> Antwoord:
    """A raw HTTP request on a socket: the path goes out exactly as given, and the body is whatever
    the server sends until it closes the connection (so 'no body' really means no bytes)."""
    regels = [
        f"{methode} {pad} HTTP/1.1",
        f"Host: {headers.pop('Host', f'127.0.0.1:{port}')}",
        "Connection: close",
        "Accept-Encoding: gzip, deflate, br",
    ]
    regels += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    with socket.create_connection(("127.0.0.1", port), timeout=15) as s:
        s.sendall(("\r\n".join(regels) + "\r\n\r\n").encode("latin-1"))
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    kopdeel, _, inhoud = data.partition(b"\r\n\r\n")
    statusregel, *kopregels = kopdeel.decode("latin-1").split("\r\n")
    status = int(statusregel.split()[1])
    kop = [(k.strip(), v.strip()) for k, v in (r.split(":", 1) for r in kopregels)]
    antwoord = Antwoord(status, kop, inhoud)
    assert antwoord.header("Content-Encoding") is None  # never gzip
    return antwoord


def client_get(port: int, pad: str, **headers: str) -> tuple[http.client.HTTPResponse, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
    try:
        conn.request("GET", pad, headers={"Accept-Encoding": "gzip", **headers})
        r = conn.getresponse()
        inhoud = r.read()
        assert r.getheader("Content-Encoding") is None
        return r, inhoud
    finally:
        conn.close()


def _etag(inhoud: bytes) -> str:
    return '"' + hashlib.sha256(inhoud).hexdigest()[:32] + '"'


def _last_modified(pad: Path) -> str:
    return format_datetime(datetime.fromtimestamp(pad.stat().st_mtime, UTC).replace(microsecond=0), usegmt=True)


# ---------------------------------------------------------------------------------------------


def test_get_opr_ics(srv):
    r, inhoud = client_get(srv.port, "/opr.ics")
    bestand = (srv.uit / "opr.ics").read_bytes()
    assert r.status == 200
    assert r.getheader("Content-Type") == ICS
    assert inhoud == bestand
    assert r.getheader("Content-Length") == str(len(bestand))
    assert r.getheader("ETag") == _etag(bestand)
    assert r.getheader("Last-Modified") == _last_modified(srv.uit / "opr.ics")
    assert r.getheader("Cache-Control") == "no-cache"
    assert r.getheader("X-Content-Type-Options") == "nosniff"


@pytest.mark.parametrize("naam", OPENBARE_FEEDS)
def test_elke_openbare_feed(srv, naam):
    a = vraag(srv.port, "GET", f"/{naam}.ics")
    assert (a.status, a.header("Content-Type")) == (200, ICS)
    assert a.inhoud == (srv.uit / f"{naam}.ics").read_bytes()


def test_if_none_match_geeft_304_zonder_inhoud(srv):
    bestand = (srv.uit / "opr.ics").read_bytes()
    a = vraag(srv.port, "GET", "/opr.ics", If_None_Match=_etag(bestand))
    assert a.status == 304
    assert a.inhoud == b""
    assert a.header("ETag") == _etag(bestand)
    assert a.header("Last-Modified") == _last_modified(srv.uit / "opr.ics")
    # Also in a list, and '*'.
    assert vraag(srv.port, "GET", "/opr.ics", If_None_Match=f'"x", {_etag(bestand)}').status == 304
    assert vraag(srv.port, "GET", "/opr.ics", If_None_Match="*").status == 304
    # Another ETag: the full body, even with a matching If-Modified-Since (If-None-Match wins).
    a = vraag(
        srv.port,
        "GET",
        "/opr.ics",
        If_None_Match='"00000000000000000000000000000000"',
        If_Modified_Since=_last_modified(srv.uit / "opr.ics"),
    )
    assert a.status == 200 and a.inhoud == bestand
    r, inhoud = client_get(srv.port, "/opr.ics", **{"If-None-Match": _etag(bestand)})
    assert r.status == 304 and inhoud == b""


def test_if_modified_since(srv):
    pad = srv.uit / "opr.ics"
    a = vraag(srv.port, "GET", "/opr.ics", If_Modified_Since=_last_modified(pad))
    assert a.status == 304
    assert a.inhoud == b""
    later = format_datetime(parsedate_to_datetime(_last_modified(pad)) + timedelta(days=1), usegmt=True)
    assert vraag(srv.port, "GET", "/opr.ics", If_Modified_Since=later).status == 304
    eerder = format_datetime(parsedate_to_datetime(_last_modified(pad)) - timedelta(hours=1), usegmt=True)
    a = vraag(srv.port, "GET", "/opr.ics", If_Modified_Since=eerder)
    assert a.status == 200 and a.inhoud == pad.read_bytes()
    a = vraag(srv.port, "GET", "/opr.ics", If_Modified_Since="geen datum")
    assert a.status == 200 and a.inhoud == pad.read_bytes()


def test_head(srv):
    bestand = (srv.uit / "opr.ics").read_bytes()
    a = vraag(srv.port, "HEAD", "/opr.ics")
    assert a.status == 200
    assert a.inhoud == b""
    assert a.header("Content-Type") == ICS
    assert a.header("Content-Length") == str(len(bestand))
    assert a.header("ETag") == _etag(bestand)
    assert a.header("Last-Modified") == _last_modified(srv.uit / "opr.ics")
    a = vraag(srv.port, "HEAD", "/bestaat-niet.ics")
    assert a.status == 404 and a.inhoud == b""


def _links(pagina: str) -> list[str]:
    return re.findall(r'<a href="([^"]*)">', pagina)


@pytest.mark.parametrize("pad", ["/", "/index.html"])
def test_indexpagina(srv, pad):
    r, inhoud = client_get(srv.port, pad)
    assert r.status == 200
    assert r.getheader("Content-Type") == "text/html; charset=utf-8"
    pagina = inhoud.decode("utf-8")
    assert '<html lang="nl">' in pagina
    assert "<h1>Agenda's van Samenwerkingsverband Noord- en Midden-Drenthe PO</h1>" in pagina
    assert "Abonneren vanaf internet" in pagina and "Abonneer u op de agenda" in pagina
    # a plain-http server: http links with the host and port the page was asked for
    basis = f"127.0.0.1:{srv.port}"
    for naam in OPENBARE_FEEDS:
        assert f'<a href="http://{basis}/{naam}.ics">http://{basis}/{naam}.ics</a>' in pagina
        assert f'<a href="webcal://{basis}/{naam}.ics">webcal</a>' in pagina
    assert len(_links(pagina)) == 2 * len(OPENBARE_FEEDS)
    assert "https://" not in pagina
    for naam in PRIVE_FEEDS:
        assert f"/{naam}.ics" not in pagina
    for token in tokens(srv.uit).values():
        assert token not in pagina
    assert "prive" not in pagina and "Let op" not in pagina


def test_besloten_feed(srv):
    t = tokens(srv.uit)
    token = t["cvt"]
    bestand = (srv.uit / "prive" / token / "cvt.ics").read_bytes()
    r, inhoud = client_get(srv.port, f"/prive/{token}/cvt.ics")
    assert (r.status, r.getheader("Content-Type"), inhoud) == (200, ICS, bestand)
    assert uid("cvt-2526-01-20250904").encode() in inhoud

    fout = ("A" if token[0] != "A" else "B") + token[1:]  # same length, one character off
    for pad in (
        f"/prive/{fout}/cvt.ics",
        f"/prive/{token[:-1]}/cvt.ics",
        f"/prive/{token}x/cvt.ics",
        f"/prive/{t['atoz']}/cvt.ics",
        f"/prive/{token}/atoz.ics",
        f"/prive/{token}/",
        f"/prive/{token}",
        "/prive/cvt.ics",
        "/cvt.ics",
        f"/prive/{token}/cvt.ics/",
    ):
        a = vraag(srv.port, "GET", pad)
        assert a.status == 404, pad
        assert b"BEGIN:VCALENDAR" not in a.inhoud


TRAVERSAL = [
    "/../plans/swv.yaml",
    "/%2e%2e/plans/swv.yaml",
    "/%2E%2E/plans/swv.yaml",
    "/..%2fplans%2fswv.yaml",
    "/..%2Fplans%2Fswv.yaml",
    "/%2e%2e%2fplans%2fswv.yaml",
    "/..\\plans\\swv.yaml",
    "/..%5cplans%5cswv.yaml",
    "/prive/tokens.json",
    "/prive/staat.json",
    "/prive/.gitignore",
    "/.swvplanner-staat.json",
    "/feeds.json/",
    "/prive/feeds.json",
    "/prive/%2e%2e/tokens.json",
    "/prive/../prive/tokens.json",
    "/./opr.ics/../../plans/swv.yaml",
    "//plans/swv.yaml",
    "/opr.ics%00",
    "/%252e%252e/plans/swv.yaml",
]


@pytest.mark.parametrize("pad", TRAVERSAL)
def test_pad_trucs_geven_404(srv, pad):
    a = vraag(srv.port, "GET", pad)
    assert a.status == 404
    assert a.header("Content-Type") == "text/plain; charset=utf-8"
    assert a.inhoud == b"Niet gevonden.\n"


def test_pad_trucs_met_geldig_token(srv):
    token = tokens(srv.uit)["cvt"]
    for pad in (
        f"/prive/{token}/../tokens.json",
        f"/prive/{token}/%2e%2e/tokens.json",
        f"/prive/{token}/..%2ftokens.json",
        f"/prive/{token}/../staat.json",
        f"/prive/{token}/%2e%2e/%2e%2e/plans/swv.yaml",
        f"/prive/{token}/../../plans/swv.yaml",
    ):
        a = vraag(srv.port, "GET", pad)
        assert (a.status, a.inhoud) == (404, b"Niet gevonden.\n"), pad


def test_queryparameters_worden_genegeerd(srv):
    a = vraag(srv.port, "GET", "/opr.ics?x=../../plans/swv.yaml")
    assert a.status == 200 and a.inhoud == (srv.uit / "opr.ics").read_bytes()


def test_nieuwe_inhoud_na_wijziging_van_de_plannen(eigen_srv):
    s = eigen_srv
    r, oud = client_get(s.port, "/opr.ics")
    assert r.status == 200 and b"DTSTART;TZID=Europe/Amsterdam:20260211T193000" in oud
    oude_etag = r.getheader("ETag")
    with gemeld(s):
        verplaats(s.plans, "opr-2526-03", datetime(2026, 2, 18).date())
    r, nieuw = client_get(s.port, "/opr.ics")
    assert r.status == 200
    assert nieuw == (s.uit / "opr.ics").read_bytes()
    blok = vevent_blok(nieuw, uid("opr-2526-03"))
    assert b"\r\nDTSTART;TZID=Europe/Amsterdam:20260218T193000\r\n" in blok
    assert b"\r\nSEQUENCE:1\r\n" in blok
    assert b"20260211" not in nieuw
    assert r.getheader("ETag") == _etag(nieuw) != oude_etag
    # The old ETag no longer matches: a client that had the old version gets the new one.
    a = vraag(s.port, "GET", "/opr.ics", If_None_Match=oude_etag)
    assert a.status == 200 and a.inhoud == nieuw
    # The other meetings kept SEQUENCE 0.
    assert re.findall(rb"SEQUENCE:(\d+)", nieuw) == [b"0", b"0", b"1", b"0", b"0"]


def test_kapot_planbestand_houdt_de_laatste_goede_feeds(eigen_srv):
    s = eigen_srv
    voor = (s.uit / "opr.ics").read_bytes()
    with gemeld(s):
        (s.plans / "vergaderingen-2025-2026.yaml").write_text(
            "schooljaar: 2025-2026\nvergaderingen: [\n", encoding="utf-8"
        )
    a = vraag(s.port, "GET", "/opr.ics")
    assert a.status == 200 and a.inhoud == voor
    pagina = vraag(s.port, "GET", "/").inhoud.decode("utf-8")
    assert "<strong>Let op:</strong> de agenda's zijn niet bijgewerkt:" in pagina


def test_links_volgen_de_host_van_het_verzoek(srv):
    """Every link on the index works: it uses the host the page was asked for, also a name or IPv6."""
    for host in ("agenda.swv.lokaal:8765", "localhost", "[::1]:8080", "AGENDA-1.example.nl"):
        pagina = vraag(srv.port, "GET", "/", Host=host).inhoud.decode("utf-8")
        assert f'<a href="http://{host}/opr.ics">http://{host}/opr.ics</a>' in pagina, host
        assert all(link.startswith((f"http://{host}/", f"webcal://{host}/")) for link in _links(pagina))


@pytest.mark.parametrize(
    "host",
    ['evil.nl/"><script>', "a b", "x.nl:80:80", "-x.nl", "x.nl:123456", "", "x.nl@evil.nl", "x.nl\\", "xn--.nl_"],
)
def test_ongeldige_host_geeft_het_serveradres(srv, host):
    a = vraag(srv.port, "GET", "/", Host=host)
    assert a.status == 200
    pagina = a.inhoud.decode("utf-8")
    assert f'<a href="http://127.0.0.1:{srv.port}/opr.ics">' in pagina
    assert "<script>" not in pagina and "evil" not in pagina


def test_feeds_json(srv):
    bestand = (srv.uit / "feeds.json").read_bytes()
    for pad in ("/feeds.json", "/feeds.json?x=1"):
        r, inhoud = client_get(srv.port, pad)
        assert (r.status, r.getheader("Content-Type"), inhoud) == (200, "application/json; charset=utf-8", bestand)
        assert r.getheader("ETag") == _etag(bestand)
    a = vraag(srv.port, "HEAD", "/feeds.json")
    assert (a.status, a.inhoud, a.header("Content-Length")) == (200, b"", str(len(bestand)))
    assert vraag(srv.port, "GET", "/feeds.json", If_None_Match=_etag(bestand)).status == 304
    manifest = json.loads(bestand)
    assert sorted(f["bestand"] for f in manifest["feeds"]) == sorted(f"{n}.ics" for n in OPENBARE_FEEDS)


def test_elk_openbaar_bestand_van_export_wordt_geserveerd(srv):
    """Everything export writes for the public (all but the state file and prive/) is served as it is,
    except the index, which the server writes with full addresses."""
    openbaar = sorted(p.name for p in srv.uit.iterdir() if p.is_file() and not p.name.startswith("."))
    assert openbaar == sorted(["feeds.json", "index.html", *(f"{n}.ics" for n in OPENBARE_FEEDS)])
    for naam in openbaar:
        a = vraag(srv.port, "GET", f"/{naam}")
        assert a.status == 200, naam
        if naam != "index.html":
            assert a.inhoud == (srv.uit / naam).read_bytes(), naam


def test_log_noemt_geen_token(srv, capsys):
    t = tokens(srv.uit)
    token = t["cvt"]
    capsys.readouterr()
    assert vraag(srv.port, "GET", f"/prive/{token}/cvt.ics").status == 200
    assert vraag(srv.port, "GET", f"/prive/{token[:-1]}/cvt.ics").status == 404
    assert vraag(srv.port, "GET", f"/prive/{token}%2Fcvt.ics").status == 404
    assert vraag(srv.port, "GET", f"/opr.ics?{token}").status == 200
    log = capsys.readouterr().err
    regels = log.splitlines()
    assert len(regels) == 4, log
    assert regels[0].endswith('"GET /prive/…/cvt.ics HTTP/1.1" 200 -')
    assert regels[1].endswith('"GET /prive/…/cvt.ics HTTP/1.1" 404 -')
    assert regels[2].endswith('"GET /prive/… HTTP/1.1" 404 -')
    assert regels[3].endswith('"GET /opr.ics?… HTTP/1.1" 200 -')
    assert token not in log and token[:-1] not in log
    assert all(waarde not in log for waarde in t.values())


def test_slecht_verzoek_in_het_nederlands_zonder_token(srv, capsys):
    token = tokens(srv.uit)["cvt"]
    capsys.readouterr()
    with socket.create_connection(("127.0.0.1", srv.port), timeout=15) as s:
        s.sendall(f"GET /prive/{token}/cvt.ics HTTP/1.1 extra\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    assert data.endswith(b"Ongeldig verzoek.\n") and b"Error" not in data  # not the stdlib's English page
    a = vraag(srv.port, "POST", "/opr.ics")
    assert (a.status, a.inhoud) == (501, b"Deze methode wordt niet ondersteund; gebruik GET of HEAD.\n")
    log = capsys.readouterr().err
    assert token not in log and "/prive/…/cvt.ics" in log


def test_basis_url(tmp_path):
    """Behind an https proxy: the public address given as basis_url is on both index pages."""
    plans = kopieer_plannen(tmp_path)
    uit = tmp_path / "calendars"
    server = start_server(plans, uit, "127.0.0.1", 0, basis_url="https://agenda.voorbeeld.nl")
    draad = threading.Thread(target=server.serve_forever, daemon=True)
    draad.start()
    try:
        for pagina in (
            vraag(server.server_address[1], "GET", "/").inhoud.decode("utf-8"),
            (uit / "index.html").read_text(encoding="utf-8"),
        ):
            for naam in OPENBARE_FEEDS:
                assert (
                    f'<a href="https://agenda.voorbeeld.nl/{naam}.ics">https://agenda.voorbeeld.nl/{naam}.ics'
                    f'</a> · <a href="webcal://agenda.voorbeeld.nl/{naam}.ics">webcal</a>'
                ) in pagina
            assert len(_links(pagina)) == 2 * len(OPENBARE_FEEDS)
    finally:
        server.shutdown()
        server.server_close()
        draad.join(10)


def test_schrijffout_noemt_geen_token(eigen_srv, capsys):
    """An OSError while exporting under prive/<token>/ is reported on the page and in the log, without the
    token; the server keeps serving."""
    s = eigen_srv
    token = tokens(s.uit)["cvt"]
    map_ = s.uit / "prive" / token
    for pad in map_.iterdir():
        pad.unlink()
    map_.rmdir()
    map_.write_text("geen map", encoding="utf-8")  # writing prive/<token>/cvt.ics now fails
    with gemeld(s):
        verplaats(s.plans, "opr-2526-03", datetime(2026, 2, 18).date())
    capsys.readouterr()
    assert vraag(s.port, "GET", "/opr.ics").status == 200
    pagina = vraag(s.port, "GET", "/").inhoud.decode("utf-8")
    assert "<strong>Let op:</strong> de agenda's zijn niet bijgewerkt:" in pagina
    assert "prive/…/cvt.ics" in pagina
    log = capsys.readouterr().err
    assert "swvplanner serve: de agenda's zijn niet bijgewerkt: " in log
    assert token not in pagina and token not in log
