"""The verification page under load, beside a bare Starlette endpoint on the same server setup.

Run: python benchmarks/registry.py [--requests 2000] [--concurrency 4] [--max-seconds 30] [--json]

Both servers run as separate processes (uvicorn, one worker, 127.0.0.1); this process
sends the requests over keep-alive connections. Target: the page reaches at least half
the bare endpoint's requests/s (the floor every page pays).

The page is measured twice: scanning one certificate over and over (its signature check is
remembered after the first), and scanning a different certificate each time, as employers
do (every check is computed).
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FLOOR_APP = """
import sys, uvicorn
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
async def constant(request):
    return PlainTextResponse("ok")
app = Starlette(routes=[Route("/C/{payload:path}", constant)])
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", timeout_keep_alive=5,
            limit_concurrency=200)
"""

# The app's own functions and commands these figures time (tests/test_benchmarks.py checks them).
APP_PATHS = {"verification page": "kiosk registry serve"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, process: subprocess.Popen, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited: {process.stderr.read().decode() if process.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit("server did not start")


def load(port: int, paths: list[str], *, requests: int, concurrency: int, max_seconds: float) -> tuple[float, float, int]:
    """(requests/s, p99 latency in ms, requests done) for GETs cycling through ``paths``."""
    latencies: list[float] = []
    lock = threading.Lock()
    counter = iter(range(requests))
    deadline = time.monotonic() + max_seconds
    failures: list[int] = []

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine = []
        for number in counter:
            if time.monotonic() > deadline:
                break
            start = time.perf_counter()
            conn.request("GET", paths[number % len(paths)])
            response = conn.getresponse()
            response.read()
            mine.append(time.perf_counter() - start)
            if response.status != 200:
                failures.append(response.status)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    if failures:
        raise SystemExit(f"{len(failures)} requests failed, e.g. HTTP {failures[0]}")
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    return len(latencies) / elapsed, p99, len(latencies)


def prepare(home: str, distinct: int) -> tuple[str, list[str]]:
    """A kiosk with ``distinct`` certificates and a registry database holding them: (db url, page paths)."""
    os.environ["KIOSK_HOME"] = home
    from kiosk.core.credentials import issuing
    from kiosk.core.credentials.definitions import find_definition
    from kiosk.core.credentials.keys import ensure_signing_key
    from kiosk.core.learners.profiles import create_learner
    from kiosk.core.setup import set_up_kiosk
    from kiosk.core.storage.db import init_db
    from kiosk.core.sync.client import build_envelope
    from kiosk.registry.db import close_registry_db, open_registry_db
    from kiosk.registry.service import approve_kiosk, take_batch
    from tests.core.credentials.conftest import install_test_pack

    init_db(Path(home) / "kiosk.db")
    set_up_kiosk(organisation="Riverside Centre", kiosk_name="Library PC 2", admin_pin="1234")
    install_test_pack()
    definition = find_definition("kiosk.test.digital/digital-basics")
    certificates = []
    for n in range(distinct):
        learner = create_learner(f"Amina Okafor {n}")
        certificates.append(issuing.award_credential(learner_id=learner.id, definition=definition, method="mastery",
                                                     score=85, now=datetime(2025, 3, 4)))
    url = f"sqlite:///{home}/registry.db"
    open_registry_db(url)
    key = ensure_signing_key()
    approve_kiosk(key.public_key, name="Library PC 2", organisation="Riverside Centre")
    for start in range(0, len(certificates), 500):  # the registry holds every record
        take_batch(build_envelope(key, certificates[start:start + 500], []), via="http")
    close_registry_db()
    return url, [f"/C/{issued.payload}" for issued in certificates]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--max-seconds", type=float, default=30)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    warm_up = 100
    with tempfile.TemporaryDirectory() as home:
        db_url, paths = prepare(home, args.requests + warm_up)
        env = {**os.environ, "KIOSK_HOME": home}
        servers = {}
        try:
            floor_port, page_port = free_port(), free_port()
            servers["floor"] = subprocess.Popen([sys.executable, "-c", FLOOR_APP, str(floor_port)],
                                                stderr=subprocess.PIPE, env=env)
            servers["page"] = subprocess.Popen(
                [sys.executable, "-m", "kiosk", "registry", "serve", "--port", str(page_port), "--db", db_url,
                 "--rate-limit", "0"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
            wait_for(floor_port, servers["floor"])
            wait_for(page_port, servers["page"])
            results = {}
            runs = (("floor", floor_port, paths[:1]), ("page", page_port, paths[:1]),
                    ("page_distinct", page_port, paths[warm_up:]))
            for name, port, targets in runs:
                # Warm up on certificates the measured run does not use.
                load(port, paths[:warm_up], requests=warm_up, concurrency=args.concurrency, max_seconds=5)
                results[name] = load(port, targets, requests=args.requests, concurrency=args.concurrency,
                                     max_seconds=args.max_seconds)
        finally:
            for process in servers.values():
                process.terminate()
                process.wait(timeout=10)
    floor_rate, floor_p99, _ = results["floor"]
    labels = {"floor": "bare Starlette constant (floor)", "page": "verification page, one certificate",
              "page_distinct": "verification page, each certificate new"}
    if args.json:
        import json

        table = [{"figure": labels[name], "value": round(rate, 1), "unit": "req/s", "floor": round(floor_rate, 1),
                  "ratio": round(rate / floor_rate, 2)} for name, (rate, _, _) in results.items() if name != "floor"]
        table += [{"figure": f"{labels[name]}: p99", "value": round(p99, 2), "unit": "ms", "floor": round(floor_p99, 2),
                   "ratio": round(p99 / floor_p99, 2)} for name, (_, p99, _) in results.items() if name != "floor"]
        print(json.dumps({"requests": args.requests, "concurrency": args.concurrency, "table": table}, indent=2))
        return 0
    print(f"{'endpoint':<42}{'requests':>9}{'req/s':>9}{'p99 ms':>9}")
    for name, (rate, p99, done) in results.items():
        print(f"{labels[name]:<42}{done:>9}{rate:>9.0f}{p99:>9.1f}")
    for name in ("page", "page_distinct"):
        print(f"{labels[name]} / floor: {results[name][0] / floor_rate:.2f} (target >= 0.50)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
