"""`swvplanner serve`: the feeds over HTTP, regenerated when the plans change.

Only files that `export` produced for the public are served (index, feeds.json, the public feeds
from the manifest) and private feeds by their token, each looked up by exact name; every other path
is a 404, so path tricks ("/../", "%2e%2e", encoded slashes) lead nowhere. No gzip: some calendar
clients mishandle it. The index links to the feeds with the address the page was asked for (the
validated Host header, plain http) or the public `basis_url`. A token never reaches the log.
"""

from __future__ import annotations

import hmac
import html
import re
import sys
import threading
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from swvplanner.server.bron import Bron, zonder_geheimen
from swvplanner.services.export import INDEX, MANIFEST, PRIVE, etag_van, indexpagina

ICS_TYPE = "text/calendar; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = re.compile(rf"(?:{_LABEL}(?:\.{_LABEL})*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{{1,5}})?")  # host[:port] of a Host header
_HTTP_FOUT = {
    HTTPStatus.BAD_REQUEST: "Ongeldig verzoek.",
    HTTPStatus.NOT_FOUND: "Niet gevonden.",
    HTTPStatus.NOT_IMPLEMENTED: "Deze methode wordt niet ondersteund; gebruik GET of HEAD.",
    HTTPStatus.REQUEST_URI_TOO_LONG: "Het adres is te lang.",
    HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE: "De kop van het verzoek is te groot.",
    HTTPStatus.HTTP_VERSION_NOT_SUPPORTED: "Deze HTTP-versie wordt niet ondersteund.",
}


def _maak_handler(bron: Bron) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "swvplanner"
        sys_version = ""
        timeout = VERBINDING_TIMEOUT  # an idle or slow client is cut off instead of holding a thread
        default_request_version = "HTTP/1.0"  # a malformed request still gets a status line with its 400

        def parse_request(self) -> bool:
            if len(self.raw_requestline.split()) == 2:
                # HTTP/0.9 ('GET /pad'): no version, no headers, no Host; no calendar client sends it.
                # Answered at once: the stdlib would wait for headers that never come.
                self.command, self.request_version, self.close_connection = None, "HTTP/1.0", True
                self.requestline = self.raw_requestline.decode("iso-8859-1").rstrip("\r\n")
                self.send_error(HTTPStatus.BAD_REQUEST)
                return False
            return super().parse_request()

        def do_GET(self) -> None:  # noqa: N802 - the stdlib's naming
            self._antwoord(met_inhoud=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._antwoord(met_inhoud=False)

        def _zoek(self) -> tuple[Path, str] | None:
            ruw = urlsplit(self.path).path
            # Refuse anything encoded that could hide a separator or a dot-segment.
            if "%" in ruw and any(x in ruw.lower() for x in ("%2f", "%5c", "%2e", "%00")):
                return None
            pad = unquote(ruw)
            if "\\" in pad or "\x00" in pad:
                return None
            delen = pad.split("/")
            if any(d in (".", "..") for d in delen):
                return None
            if pad in ("/", f"/{INDEX}"):
                return Path(), "index"
            if pad == f"/{MANIFEST}":
                return bron.uit / MANIFEST, JSON_TYPE
            feeds = bron.openbare_feeds()
            if len(delen) == 2 and delen[1] in feeds:
                return bron.uit / delen[1], ICS_TYPE
            if len(delen) == 4 and delen[1] == PRIVE and delen[3].endswith(".ics"):
                naam = delen[3][:-4]
                token = bron.tokens().get(naam)
                if token is not None and hmac.compare_digest(delen[2].encode(), token.encode()):
                    return bron.uit / PRIVE / token / delen[3], ICS_TYPE
            return None

        def _antwoord(self, met_inhoud: bool) -> None:
            bron.actualiseer()
            with bron.slot:  # the manifest, the tokens and the file of one and the same export
                gevonden = self._lees()
            if gevonden is None:
                self._fout(HTTPStatus.NOT_FOUND, "Niet gevonden.")
                return
            inhoud, soort, gewijzigd, etag = gevonden
            self._stuur(inhoud, soort, gewijzigd, met_inhoud, etag)

        def _lees(self) -> tuple[bytes, str, datetime | None, str | None] | None:
            gevonden = self._zoek()
            if gevonden is None:
                return None
            pad, soort = gevonden
            if soort == "index":
                return self._index().encode("utf-8"), "text/html; charset=utf-8", None, None
            try:
                bestand = bron.voorraad.bestand(pad)
            except OSError:
                return None
            return bestand.inhoud, soort, bestand.gewijzigd, bestand.etag

        def _stuur(
            self, inhoud: bytes, soort: str, gewijzigd: datetime | None, met_inhoud: bool, etag: str | None = None
        ) -> None:
            etag = etag or etag_van(inhoud)
            if self._niet_gewijzigd(etag, gewijzigd):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.send_header("ETag", etag)
                if gewijzigd:
                    self.send_header("Last-Modified", format_datetime(gewijzigd, usegmt=True))
                self.end_headers()
                return
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", soort)
            self.send_header("Content-Length", str(len(inhoud)))
            self.send_header("ETag", etag)
            if gewijzigd:
                self.send_header("Last-Modified", format_datetime(gewijzigd, usegmt=True))
            self.send_header("Cache-Control", "no-cache")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            if met_inhoud:
                self.wfile.write(inhoud)

        def _niet_gewijzigd(self, etag: str, gewijzigd: datetime | None) -> bool:
            if (inm := self.headers.get("If-None-Match")) is not None:
                kandidaten = [x.strip().removeprefix("W/") for x in inm.split(",")]
                return etag in kandidaten or inm.strip() == "*"
            if gewijzigd and (ims := self.headers.get("If-Modified-Since")):
                try:
                    return gewijzigd <= parsedate_to_datetime(ims)
                except (TypeError, ValueError):
                    return False
            return False

        def _fout(self, status: HTTPStatus, tekst: str) -> None:
            inhoud = f"{tekst}\n".encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(inhoud)))
            self.end_headers()
            if getattr(self, "command", None) != "HEAD":
                self.wfile.write(inhoud)

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            """The stdlib's errors (a bad request line, POST, ...) in Dutch plain text, not its English page."""
            status = HTTPStatus(code)
            tekst = _HTTP_FOUT.get(status, f"Fout {code}.")
            self.log_error("%d %s", code, tekst)
            self.close_connection = True
            self._fout(status, tekst)

        def _basis(self) -> str:
            """The address the page was asked for: the public basis_url, else http and the Host header."""
            if bron.basis_url:
                return bron.basis_url
            host = (self.headers.get("Host") or "").strip()
            if not _HOST.fullmatch(host):  # missing or not a host[:port]: the address the server listens on
                adres, poort = self.server.server_address[:2]
                host = f"[{adres}]:{poort}" if ":" in str(adres) else f"{adres}:{poort}"
            return f"http://{host}"

        def _index(self) -> str:
            feeds = sorted(bron.openbare_feeds().values(), key=lambda f: f.titel)
            pagina = indexpagina(bron.organisatie(), feeds, self._basis())
            if bron.laatste_fout:
                pagina = pagina.replace(
                    "</h1>",
                    f"</h1><p><strong>Let op:</strong> de agenda's zijn niet "
                    f"bijgewerkt: {html.escape(bron.laatste_fout)}</p>",
                    1,
                )
            return pagina

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            regel = zonder_geheimen(format % args, bron.tokens().values())
            sys.stderr.write(f"{self.address_string()} [{self.log_date_time_string()}] {regel}\n")

    return Handler


VERBINDING_TIMEOUT = 10.0
"""Seconds a connection may be idle (or send its request that slowly) before it is closed."""
MAX_DRADEN = 64
"""Requests handled at once; further connections wait in the listen queue."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # the stdlib's 5 made clients wait seconds at 50 concurrent connections

    def __init__(self, bron: Bron, *args: object) -> None:
        self.bron = bron  # first: a failed bind (the port is taken) calls server_close, which stops the watcher
        super().__init__(*args)  # type: ignore[arg-type]
        self._plaatsen = threading.BoundedSemaphore(MAX_DRADEN)

    def server_close(self) -> None:
        self.bron.stop()  # the watcher thread ends with the server
        super().server_close()

    def process_request(self, request: object, client_address: object) -> None:  # type: ignore[override]
        self._plaatsen.acquire()  # bound the threads: the accept loop waits for a free place
        try:
            super().process_request(request, client_address)  # type: ignore[arg-type]
        except BaseException:
            self._plaatsen.release()
            raise

    def process_request_thread(self, request: object, client_address: object) -> None:  # type: ignore[override]
        try:
            super().process_request_thread(request, client_address)  # type: ignore[arg-type]
        finally:
            self._plaatsen.release()

    def handle_error(self, request: object, client_address: tuple[str, int]) -> None:  # type: ignore[override]
        """One Dutch line instead of the stdlib's traceback (which could show a private feed's path)."""
        fout = sys.exc_info()[1]
        print(
            f"swvplanner serve: onverwachte fout bij een verzoek van {client_address[0]}: {type(fout).__name__}",
            file=sys.stderr,
        )


def start_server(
    plans: Path, uit: Path, host: str = "127.0.0.1", port: int = 8080, basis_url: str | None = None
) -> ThreadingHTTPServer:
    """Export once, start watching the plans, then return a server (not yet serving) for the feeds;
    `server_close` stops the watcher. `basis_url`: the public address (an https proxy in front), for
    the links on the index pages."""
    bron = Bron(Path(plans), Path(uit), basis_url)
    bron.actualiseer()
    bron.bewaak()
    return _Server(bron, (host, port), _maak_handler(bron))
