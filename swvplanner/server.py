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
import json
import os
import re
import sys
import threading
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from swvplanner.core.fouten import ExportFout, PlanFout
from swvplanner.core.os_fouten import os_fout_tekst
from swvplanner.services import export
from swvplanner.services.export import INDEX, MANIFEST, PRIVE, TOKENS, Feed, Voorraad, etag_van, indexpagina

ICS_TYPE = "text/calendar; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = re.compile(rf"(?:{_LABEL}(?:\.{_LABEL})*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{{1,5}})?")  # host[:port] of a Host header
_PRIVE_DEEL = re.compile(r"(/prive/)[^/\s\"'?#;]+", re.IGNORECASE)
_HTTP_FOUT = {
    HTTPStatus.BAD_REQUEST: "Ongeldig verzoek.",
    HTTPStatus.NOT_FOUND: "Niet gevonden.",
    HTTPStatus.NOT_IMPLEMENTED: "Deze methode wordt niet ondersteund; gebruik GET of HEAD.",
    HTTPStatus.REQUEST_URI_TOO_LONG: "Het adres is te lang.",
    HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE: "De kop van het verzoek is te groot.",
    HTTPStatus.HTTP_VERSION_NOT_SUPPORTED: "Deze HTTP-versie wordt niet ondersteund.",
}


STAP_MS = 20  # the watcher reports a change once the plan folder was quiet this long
BUNDEL_MS = 400  # changes that keep coming (a git checkout) are reported at most this long after the first
HARTSLAG_MS = 100  # the watcher's first round ends after this long without changes: it watches


class Bron:
    """The plan folder and the feed folder; re-exports when a plan file changed (thread-safe).

    A watcher thread (watchfiles) marks the source dirty when a plan file changes; a request
    re-exports only then. A request does not wait for the watcher: it cannot know a write is on its
    way without looking at the files, which is what the watcher saves it. A write is served from the
    first request after the watcher's notice, 1-2 x STAP_MS after it (`wacht_op_melding` waits for
    it). Until the watcher's first round ended (a change before it is found by one fingerprint), and
    if it cannot start or stops (the folder moved or removed, an error), every request compares the
    plan files' fingerprint instead, as before: no stale feeds for want of a watcher.
    """

    def __init__(self, plans: Path, uit: Path, basis_url: str | None = None) -> None:
        self.plans = plans
        self.uit = uit
        self.basis_url = basis_url
        self.slot = threading.Lock()
        """Held while exporting and while a request looks up and reads its file: a request never
        sees some feeds of the new export and some of the old one."""
        self._vingerafdruk: tuple[tuple[str, int, int], ...] | None = None
        self._bewaakt = False  # the watcher watches: requests read `_vuil` instead of the fingerprint
        self._vuil = False
        self._stop = threading.Event()
        self._klaar = threading.Event()  # the watcher watches, or could not
        self._gemeld = threading.Condition()
        self.meldingen = 0
        """How often the watcher reported a change (or gave up): see `wacht_op_melding`."""
        self._bewaker: threading.Thread | None = None
        self.laatste_fout: str | None = None
        self.voorraad = Voorraad()

    def _afdruk(self) -> tuple[tuple[str, int, int], ...]:
        with os.scandir(self.plans) as items:
            afdruk = [
                (e.name, st.st_mtime_ns, st.st_size)
                for e in items
                if e.name.endswith((".yaml", ".yml")) and (st := e.stat())
            ]
        return tuple(sorted(afdruk))

    def actualiseer(self) -> None:
        if not self._veranderd():
            return  # the common case, without the lock: requests do not queue up behind each other
        with self.slot:
            if not self._veranderd():
                return  # another request exported while this one waited
            afdruk = None if self._bewaakt else self._afdruk()
            self._vuil = False  # before the export: a change during it is exported by a next request
            self._exporteer()
            # Also after a failure: the export is tried again only when a plan file changes, not on
            # every request.
            self._vingerafdruk = afdruk

    def _veranderd(self) -> bool:
        # The watcher's flag (no file system at all), else one scandir and a stat per plan file.
        return self._vuil if self._bewaakt else self._afdruk() != self._vingerafdruk

    def bewaak(self, geduld: float = 5.0) -> None:
        """Start the watcher; return once it watches, at most `geduld` seconds (until then requests
        compare the fingerprint)."""
        self._bewaker = threading.Thread(target=self._bewaak, name="swvplanner-bewaking", daemon=True)
        self._bewaker.start()
        self._klaar.wait(geduld)

    def stop(self) -> None:
        self._stop.set()
        if self._bewaker is not None:
            self._bewaker.join(5)

    def wacht_op_melding(self, na: int, geduld: float) -> bool:
        """Wait until the watcher has reported more than `na` changes; False after `geduld` seconds."""
        with self._gemeld:
            return self._gemeld.wait_for(lambda: self.meldingen > na, geduld)

    def _meld(self) -> None:
        with self._gemeld:
            self.meldingen += 1
            self._gemeld.notify_all()

    def _bewaak(self) -> None:
        from watchfiles import watch  # here: `serve` alone needs it (and its anyio)

        map_ = os.path.realpath(self.plans)
        reden = "de planmap is verplaatst of verwijderd"
        try:
            # Plan files and the folder itself; not the feeds, not editors' and saves' temporary files.
            for wijzigingen in watch(
                map_,
                watch_filter=lambda _, pad: pad.endswith((".yaml", ".yml")) or os.path.dirname(pad) != map_,
                stop_event=self._stop,
                debounce=BUNDEL_MS,
                step=STAP_MS,
                rust_timeout=HARTSLAG_MS,
                yield_on_timeout=True,
                recursive=False,
                raise_interrupt=False,
            ):
                if not self._bewaakt:
                    with self.slot:  # a change before the watcher started: its fingerprint shows it
                        self._vuil = self._afdruk() != self._vingerafdruk
                        self._bewaakt = True
                    self._klaar.set()
                if any(os.path.dirname(pad) != map_ for _, pad in wijzigingen):
                    break  # the folder itself: the watcher no longer sees what is at its path
                if wijzigingen:
                    self._vuil = True
                    self._meld()
        except OSError as fout:  # errno None: notify's own errors, such as the limit of watched folders
            reden = os_fout_tekst(fout, self.plans, lezen=True) if fout.errno else "het systeem bewaakt haar niet"
        except Exception:  # noqa: BLE001 - without a watcher the fingerprint still serves every change
            reden = "onverwachte fout van de bewaking"
        with self.slot:
            self._bewaakt, self._vingerafdruk = False, None  # the next request exports and fingerprints
        if not self._stop.is_set():
            print(
                f"swvplanner serve: de planmap wordt niet bewaakt ({reden}); de planbestanden worden nu bij "
                "elk verzoek vergeleken",
                file=sys.stderr,
            )
        self._klaar.set()
        self._meld()

    def _exporteer(self) -> None:
        try:
            export.exporteer_feeds(self.plans, self.uit, basis_url=self.basis_url)
            self.laatste_fout = None
        except (PlanFout, ExportFout, OSError) as fout:
            # Keep serving the last good feeds; say why they are not updated (a path under prive/
            # in an OSError must not show its token).
            self.laatste_fout = zonder_geheimen(str(fout), self.tokens().values())
            print(f"swvplanner serve: de agenda's zijn niet bijgewerkt: {self.laatste_fout}", file=sys.stderr)
        except Exception as fout:  # noqa: BLE001 - any failure of a re-export must not take the server down
            self.laatste_fout = "de agenda's konden niet opnieuw worden gemaakt (onverwachte fout)"
            print(
                f"swvplanner serve: {self.laatste_fout}: {type(fout).__name__}; de vorige agenda's blijven beschikbaar",
                file=sys.stderr,
            )

    def openbare_feeds(self) -> dict[str, Feed]:
        try:
            return self.voorraad.afgeleid(
                self.uit / MANIFEST,
                "feeds",
                lambda inhoud, _: {
                    f["bestand"]: Feed(f["bestand"][:-4], f["titel"], f["soort"], False)
                    for f in json.loads(inhoud.decode("utf-8"))["feeds"]
                },
            )
        except (OSError, ValueError, KeyError, TypeError):
            return {}

    def tokens(self) -> dict[str, str]:
        try:
            return self.voorraad.json(self.uit / PRIVE / TOKENS)
        except (OSError, ValueError):
            return {}

    def organisatie(self) -> str:
        try:
            return self.voorraad.json(self.uit / MANIFEST)["organisatie"]
        except (OSError, ValueError, KeyError, TypeError):
            return "swvplanner"


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


def zonder_geheimen(tekst: str, tokens: object) -> str:
    """The text with every private feed's token replaced by '…' ('/prive/…/cvt.ics'), also a wrong or
    a percent-encoded one."""
    for token in tokens:  # type: ignore[attr-defined]
        tekst = tekst.replace(token, "…")
    return _PRIVE_DEEL.sub(r"\1…", tekst)


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
