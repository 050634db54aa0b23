"""`swvplanner serve` under load, on loopback only, next to a floor measured in the same run.

The server is the real `swvplanner serve` in its own process (on a copy of the example plans, a
free port on 127.0.0.1, its log written to a file as a service's would be); the floor is Python's
own `http.server` (ThreadingHTTPServer and SimpleHTTPRequestHandler, with swvplanner's listen
backlog) in its own process, serving the same exported files. The clients run in separate
processes (by default 5 processes of 10 threads: 50 concurrent connections, a new connection per
request as calendar clients poll) and send the same mix to both: the index page, feeds.json, the
public feeds, a private feed by its token, and paths that do not exist (404).

Prints per server the failures (an exception or an unexpected status) and the latency (median, p95,
p99, max in ms), and the ratio of swvplanner's p99 to the floor's. Bounded in count and time.

    python benchmarks/serve_last.py [--clients 50] [--verzoeken 20000] [--herhaal 3] [--format json]
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_DUUR = 600.0
"""Seconds a run may take in all; the clients stop sending after that."""


VLOER = """
import functools, sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # as swvplanner's: the stdlib's 5 drops connections at 50 clients
handler = functools.partial(SimpleHTTPRequestHandler, directory=sys.argv[1])
Server(("127.0.0.1", int(sys.argv[2])), handler).serve_forever()
"""
"""The floor: Python's own threading file server, with the same listen backlog as swvplanner's, its log
on stderr as swvplanner's."""


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wacht_op(poort: int, proces: subprocess.Popen[bytes]) -> None:
    einde = time.monotonic() + 60
    while time.monotonic() < einde:
        if proces.poll() is not None:
            raise SystemExit(f"de server stopte meteen (afsluitcode {proces.returncode})")
        try:
            with socket.create_connection(("127.0.0.1", poort), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit("de server luistert na 60 s nog niet")


def verzoeken(uit: Path) -> list[tuple[str, int]]:
    """The mix of (path, expected status), by weight: what calendar clients and people ask for."""
    manifest = json.loads((uit / "feeds.json").read_text(encoding="utf-8"))
    openbaar = [f"/{f['bestand']}" for f in manifest["feeds"]]
    tokens = json.loads((uit / "prive" / "tokens.json").read_text(encoding="utf-8"))
    naam, token = sorted(tokens.items())[0]
    mix = [("/", 200)] * 10 + [("/feeds.json", 200)] * 5 + [("/bestaat-niet.ics", 404)] * 5
    mix += [("/prive/onjuist-token/cvt.ics", 404)] * 5 + [(f"/prive/{token}/{naam}.ics", 200)] * 10
    mix += [(openbaar[i % len(openbaar)], 200) for i in range(65)]
    return mix


def _client_proces(
    poort: int,
    mix: list[tuple[str, int]],
    aantal: int,
    draden: int,
    zaad: int,
    einde: float,
    wachtrij: multiprocessing.Queue,
) -> None:  # type: ignore[type-arg]
    tijden: list[float] = []
    fouten: list[str] = []
    slot = threading.Lock()

    def draad(n: int, kans: random.Random) -> None:
        eigen: list[float] = []
        eigen_fouten: list[str] = []
        for _ in range(n):
            if time.time() > einde:
                break
            pad, verwacht = kans.choice(mix)
            begin = time.perf_counter()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", poort, timeout=30)
                conn.request("GET", pad)
                r = conn.getresponse()
                r.read()
                conn.close()
                if r.status != verwacht:
                    raise RuntimeError(f"{pad}: {r.status}")
            except Exception as fout:  # noqa: BLE001 - counted
                eigen_fouten.append(f"{type(fout).__name__}: {fout}")
                continue
            eigen.append(time.perf_counter() - begin)
        with slot:
            tijden.extend(eigen)
            fouten.extend(eigen_fouten)

    lijst = [
        threading.Thread(target=draad, args=(aantal // draden + (i < aantal % draden), random.Random(zaad * 1000 + i)))
        for i in range(draden)
    ]
    for d in lijst:
        d.start()
    for d in lijst:
        d.join()
    wachtrij.put((tijden, fouten))


def belast(poort: int, mix: list[tuple[str, int]], clients: int, totaal: int, processen: int) -> dict[str, object]:
    """`clients` concurrent connections spread over `processen` client processes, `totaal` requests."""
    ctx = multiprocessing.get_context("spawn")
    wachtrij = ctx.Queue()
    einde = time.time() + MAX_DUUR
    per_proces = [clients // processen + (i < clients % processen) for i in range(processen)]
    lijst = []
    for i, draden in enumerate(per_proces):
        aantal = totaal * draden // clients
        lijst.append(ctx.Process(target=_client_proces, args=(poort, mix, aantal, draden, i, einde, wachtrij)))
    begin = time.perf_counter()
    for p in lijst:
        p.start()
    tijden: list[float] = []
    fouten: list[str] = []
    for _ in lijst:
        t, f = wachtrij.get()
        tijden.extend(t)
        fouten.extend(f)
    duur = time.perf_counter() - begin
    for p in lijst:
        p.join()
    ms = sorted(t * 1000 for t in tijden)

    def pct(q: float) -> float | None:
        return round(ms[min(len(ms) - 1, int(q * len(ms)))], 2) if ms else None

    return {
        "verzoeken": len(ms) + len(fouten),
        "fouten": len(fouten),
        "voorbeeld_fouten": sorted(set(fouten))[:5],
        "mediaan_ms": round(statistics.median(ms), 2) if ms else None,
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "max_ms": round(ms[-1], 2) if ms else None,
        "duur_s": round(duur, 2),
        "per_seconde": round(len(ms) / duur) if duur else None,
    }


def start(argv: list[str], log: Path, poort: int) -> subprocess.Popen[bytes]:
    with log.open("ab") as uit:
        proces = subprocess.Popen(argv, stdout=uit, stderr=subprocess.STDOUT, cwd=log.parent)
    wacht_op(poort, proces)
    return proces


def stop(proces: subprocess.Popen[bytes]) -> None:
    proces.terminate()
    try:
        proces.wait(10)
    except subprocess.TimeoutExpired:
        proces.kill()
        proces.wait()


def een_ronde(tmp: Path, args: argparse.Namespace) -> dict[str, object]:
    plans, uit = tmp / "plans", tmp / "calendars"
    poort = vrije_poort()
    swv = start(
        [
            sys.executable,
            "-m",
            "swvplanner.cli",
            "--plans",
            str(plans),
            "serve",
            "--port",
            str(poort),
            "--out",
            str(uit),
        ],
        tmp / "serve.log",
        poort,
    )
    try:
        mix = verzoeken(uit)
        swvplanner = belast(poort, mix, args.clients, args.verzoeken, args.processen)
    finally:
        stop(swv)
    # The floor: the stdlib's threading file server on the same files, the private feed at the same path.
    poort = vrije_poort()
    vloer = start([sys.executable, "-c", VLOER, str(uit), str(poort)], tmp / "vloer.log", poort)
    try:
        vloer_uitkomst = belast(poort, mix, args.clients, args.verzoeken, args.processen)
    finally:
        stop(vloer)
    ratio = (
        swvplanner["p99_ms"] / vloer_uitkomst["p99_ms"]  # type: ignore[operator]
        if swvplanner["p99_ms"] and vloer_uitkomst["p99_ms"]
        else None
    )
    return {
        "swvplanner": swvplanner,
        "vloer_http_server": vloer_uitkomst,
        "ratio_p99": round(ratio, 2) if ratio else None,
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--clients", type=int, default=50, help="concurrent connections in all")
    p.add_argument("--processen", type=int, default=5, help="client processes (the clients are spread over them)")
    p.add_argument("--verzoeken", type=int, default=20000)
    p.add_argument("--herhaal", type=int, default=1, help="runs; each measures swvplanner and the floor")
    p.add_argument("--format", choices=["tekst", "json"], default="tekst")
    args = p.parse_args()
    rondes = []
    for _ in range(args.herhaal):
        with tempfile.TemporaryDirectory() as t:
            tmp = Path(t)
            shutil.copytree(ROOT / "plans", tmp / "plans")
            rondes.append(een_ronde(tmp, args))
    uitkomst = {
        "clients": args.clients,
        "processen": args.processen,
        "cpu's": os.cpu_count(),
        "doel": "0 fouten, p99 <= 50 ms",
        "rondes": rondes,
    }
    if args.format == "json":
        print(json.dumps(uitkomst, ensure_ascii=False))
        return
    print(
        f"{args.clients} clients in {args.processen} processen, {args.verzoeken} verzoeken per server per ronde, "
        f"{os.cpu_count()} cpu's; doel: 0 fouten, p99 <= 50 ms"
    )
    print(
        f"{'ronde':6} {'server':12} {'fouten':>6} {'mediaan':>8} {'p95':>8} {'p99':>8} {'max':>8} {'per s':>6}"
        "  ratio p99"
    )
    for i, r in enumerate(rondes, 1):
        for naam in ("swvplanner", "vloer_http_server"):
            m = r[naam]
            ratio = f"  {r['ratio_p99']}" if naam == "swvplanner" else ""
            print(
                f"{i:<6} {naam[:12]:12} {m['fouten']:>6} {m['mediaan_ms']:>8} {m['p95_ms']:>8} {m['p99_ms']:>8} "
                f"{m['max_ms']:>8} {m['per_seconde']:>6}{ratio}"
            )
            for f in m["voorbeeld_fouten"]:
                print(f"       fout: {f}")


if __name__ == "__main__":
    main()
