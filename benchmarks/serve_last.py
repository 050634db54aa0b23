"""`swvplanner serve` under load, on loopback only: N concurrent clients, M requests in all.

Prints failures and latency (median, p95, p99, max in ms). Bounded in count and time; traffic goes
only to 127.0.0.1. Usage: python benchmarks/serve_last.py [--clients 50] [--verzoeken 20000]
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from swvplanner.export.server import start_server  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--verzoeken", type=int, default=20000)
    p.add_argument("--format", choices=["tekst", "json"], default="tekst")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plans = Path(tmp) / "plans"
        shutil.copytree(ROOT / "plans", plans)
        server = start_server(plans, Path(tmp) / "calendars", "127.0.0.1", 0)
        server.RequestHandlerClass.log_message = lambda *a, **k: None  # type: ignore[method-assign]
        draad = threading.Thread(target=server.serve_forever, daemon=True)
        draad.start()
        port = server.server_address[1]
        tijden: list[float] = []
        fouten: list[str] = []
        slot = threading.Lock()
        per_client = args.verzoeken // args.clients
        einde = time.monotonic() + 600

        def client() -> None:
            eigen: list[float] = []
            for _ in range(per_client):
                if time.monotonic() > einde:
                    break
                begin = time.perf_counter()
                try:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    conn.request("GET", "/opr.ics")
                    r = conn.getresponse()
                    r.read()
                    conn.close()
                    if r.status != 200:
                        raise RuntimeError(r.status)
                except Exception as fout:  # noqa: BLE001 - counted
                    with slot:
                        fouten.append(repr(fout))
                    continue
                eigen.append(time.perf_counter() - begin)
            with slot:
                tijden.extend(eigen)

        begin = time.perf_counter()
        draden = [threading.Thread(target=client) for _ in range(args.clients)]
        for d in draden:
            d.start()
        for d in draden:
            d.join()
        duur = time.perf_counter() - begin
        server.shutdown()
        server.server_close()
    ms = sorted(t * 1000 for t in tijden)

    def pct(q: float) -> float:
        return ms[min(len(ms) - 1, int(q * len(ms)))] if ms else float("nan")

    uitkomst = {"clients": args.clients, "verzoeken": len(ms) + len(fouten), "fouten": len(fouten),
                "mediaan_ms": round(statistics.median(ms), 2) if ms else None, "p95_ms": round(pct(0.95), 2),
                "p99_ms": round(pct(0.99), 2), "max_ms": round(ms[-1], 2) if ms else None,
                "duur_s": round(duur, 2)}
    if args.format == "json":
        print(json.dumps(uitkomst))
    else:
        for k, v in uitkomst.items():
            print(f"{k:12} {v}")


if __name__ == "__main__":
    main()
