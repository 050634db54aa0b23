"""`swvplanner serve`: the feeds over HTTP, regenerated when the plans change.

Only files that `export` produced are served, looked up by exact name (public feeds from the
manifest, private feeds by their token); every other path is a 404, so path tricks ("/../",
"%2e%2e", encoded slashes) lead nowhere. No gzip: some calendar clients mishandle it.
"""

from __future__ import annotations

import hashlib
import html
import json
import sys
import threading
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from swvplanner.export.schrijver import INDEX, MANIFEST, PRIVE, TOKENS, Feed, indexpagina

ICS_TYPE = "text/calendar; charset=utf-8"


class Bron:
    """The plan folder and the feed folder; re-exports when a plan file changed (thread-safe)."""

    def __init__(self, plans: Path, uit: Path) -> None:
        self.plans = plans
        self.uit = uit
        self._slot = threading.Lock()
        self._vingerafdruk: tuple[tuple[str, int, int], ...] | None = None
        self.laatste_fout: str | None = None

    def _afdruk(self) -> tuple[tuple[str, int, int], ...]:
        paden = sorted(p for p in self.plans.glob("*.y*ml"))
        return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in paden)

    def actualiseer(self) -> None:
        from swvplanner import services
        from swvplanner.export.schrijver import ExportFout
        from swvplanner.store.fouten import PlanFout

        with self._slot:
            afdruk = self._afdruk()
            if afdruk == self._vingerafdruk:
                return
            try:
                services.exporteer_feeds(self.plans, self.uit)
                self.laatste_fout = None
            except (PlanFout, ExportFout) as fout:
                # Keep serving the last good feeds; say why they are not updated.
                self.laatste_fout = str(fout)
                print(f"swvplanner serve: de agenda's zijn niet bijgewerkt: {fout}", file=sys.stderr)
            self._vingerafdruk = afdruk

    def openbare_feeds(self) -> dict[str, Feed]:
        try:
            manifest = json.loads((self.uit / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {f["bestand"]: Feed(f["bestand"][:-4], f["titel"], f["soort"], False) for f in manifest["feeds"]}

    def tokens(self) -> dict[str, str]:
        try:
            return json.loads((self.uit / PRIVE / TOKENS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def organisatie(self) -> str:
        try:
            return json.loads((self.uit / MANIFEST).read_text(encoding="utf-8"))["organisatie"]
        except (OSError, ValueError, KeyError):
            return "swvplanner"


def _maak_handler(bron: Bron) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "swvplanner"
        sys_version = ""

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
            feeds = bron.openbare_feeds()
            if len(delen) == 2 and delen[1] in feeds:
                return bron.uit / delen[1], ICS_TYPE
            if len(delen) == 4 and delen[1] == PRIVE and delen[3].endswith(".ics"):
                naam = delen[3][:-4]
                token = bron.tokens().get(naam)
                if token is not None and len(delen[2]) == len(token) and _gelijk(delen[2], token):
                    return bron.uit / PRIVE / token / delen[3], ICS_TYPE
            return None

        def _antwoord(self, met_inhoud: bool) -> None:
            bron.actualiseer()
            gevonden = self._zoek()
            if gevonden is None:
                self._fout(HTTPStatus.NOT_FOUND, "Niet gevonden.")
                return
            pad, soort = gevonden
            if soort == "index":
                inhoud = self._index().encode("utf-8")
                self._stuur(inhoud, "text/html; charset=utf-8", None, met_inhoud)
                return
            try:
                inhoud = pad.read_bytes()
                gewijzigd = datetime.fromtimestamp(pad.stat().st_mtime, UTC).replace(microsecond=0)
            except OSError:
                self._fout(HTTPStatus.NOT_FOUND, "Niet gevonden.")
                return
            self._stuur(inhoud, soort, gewijzigd, met_inhoud)

        def _stuur(self, inhoud: bytes, soort: str, gewijzigd: datetime | None, met_inhoud: bool) -> None:
            etag = '"' + hashlib.sha256(inhoud).hexdigest()[:32] + '"'
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
            if self.command != "HEAD":
                self.wfile.write(inhoud)

        def _index(self) -> str:
            host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
            feeds = sorted(bron.openbare_feeds().values(), key=lambda f: f.titel)
            pagina = indexpagina(bron.organisatie(), feeds, f"https://{host}")
            if bron.laatste_fout:
                pagina = pagina.replace("</h1>", f"</h1><p><strong>Let op:</strong> de agenda's zijn niet "
                                        f"bijgewerkt: {html.escape(bron.laatste_fout)}</p>", 1)
            return pagina

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            sys.stderr.write(f"{self.address_string()} [{self.log_date_time_string()}] {format % args}\n")

    return Handler


def _gelijk(a: str, b: str) -> bool:
    import hmac

    return hmac.compare_digest(a.encode(), b.encode())


def start_server(plans: Path, uit: Path, host: str = "127.0.0.1", port: int = 8080) -> ThreadingHTTPServer:
    """Export once, then return a server (not yet serving) for the feeds."""
    bron = Bron(Path(plans), Path(uit))
    bron.actualiseer()
    server = ThreadingHTTPServer((host, port), _maak_handler(bron))
    server.daemon_threads = True
    return server
