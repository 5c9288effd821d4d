"""The verification page under load, beside a bare Starlette endpoint on the same server setup.

Run: python benchmarks/registry.py [--requests 2000] [--concurrency 4] [--max-seconds 30]

Both servers run as separate processes (uvicorn, one worker, 127.0.0.1); this process
sends the requests over keep-alive connections. Target: the page reaches at least half
the bare endpoint's requests/s (the floor every page pays).
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


def load(port: int, path: str, *, requests: int, concurrency: int, max_seconds: float) -> tuple[float, float, int]:
    """(requests/s, p99 latency in ms, requests done) for GET path."""
    latencies: list[float] = []
    lock = threading.Lock()
    counter = iter(range(requests))
    deadline = time.monotonic() + max_seconds
    failures: list[int] = []

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine = []
        for _ in counter:
            if time.monotonic() > deadline:
                break
            start = time.perf_counter()
            conn.request("GET", path)
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


def prepare(home: str) -> tuple[str, str]:
    """A kiosk with one certificate and a registry database approving it: (db url, page path)."""
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
    learner = create_learner("Amina Okafor")
    issued = issuing.award_credential(learner_id=learner.id, definition=find_definition(
        "kiosk.test.digital/digital-basics"), method="mastery", score=85, now=datetime(2025, 3, 4))
    url = f"sqlite:///{home}/registry.db"
    open_registry_db(url)
    key = ensure_signing_key()
    approve_kiosk(key.public_key, name="Library PC 2", organisation="Riverside Centre")
    take_batch(build_envelope(key, [issued], []), via="http")  # the registry holds the record
    close_registry_db()
    return url, f"/C/{issued.payload}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--max-seconds", type=float, default=30)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        db_url, path = prepare(home)
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
            for name, port in (("floor", floor_port), ("page", page_port)):
                load(port, path, requests=100, concurrency=args.concurrency, max_seconds=5)  # warm up
                results[name] = load(port, path, requests=args.requests, concurrency=args.concurrency,
                                     max_seconds=args.max_seconds)
        finally:
            for process in servers.values():
                process.terminate()
                process.wait(timeout=10)
    print(f"{'endpoint':<34}{'requests':>9}{'req/s':>9}{'p99 ms':>9}")
    labels = {"floor": "bare Starlette constant (floor)", "page": "GET /C/<payload> (verification)"}
    for name, (rate, p99, done) in results.items():
        print(f"{labels[name]:<34}{done:>9}{rate:>9.0f}{p99:>9.1f}")
    ratio = results["page"][0] / results["floor"][0]
    print(f"verification page / floor: {ratio:.2f} (target >= 0.50)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
