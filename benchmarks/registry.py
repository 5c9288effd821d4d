"""The verification service under load, beside a bare endpoint served the same way.

Run: python benchmarks/registry.py [--requests 3000] [--concurrency 16] [--rounds 5] [--postgres URL]
                                   [--slow-sockets 250] [--instructions] [--json]

Every server is a process of its own on 127.0.0.1, started as ``kiosk registry serve`` starts
it (``kiosk.registry.serving``: the guarded h11 protocol, no banner). The floor is a bare
Starlette endpoint answering a constant through that same server, with the same number of
workers: what every request pays before the registry does anything. wrk (Debian's package) sends
the throughput figures' requests over keep-alive connections: a C client on one thread, it
takes about a tenth of a core, so a server with 2 workers has most of 2 cores.

Figures (each beside its floor):

- **throughput**: the verification page for one certificate over and over, and for a new
  certificate each time, as employers scan them, reached by the QR's URL (digits): one the
  registry has received (its signature was checked when it came), and one it has not (the
  signature is checked on the page); with 1 and 2 workers; on SQLite and, with
  ``--postgres``, on PostgreSQL. Targets: each new certificate >= 0.5x the floor; 2
  workers >= 1.6x one on 2 cores (wrk shares them, and on PostgreSQL so does the database).
- **instructions** (``--instructions``): the floor's and a new certificate's page, counted by
  valgrind's callgrind inside the server: the same work as the throughput figures, without the
  machine's drift (the kernel's part is not counted).
- **slow sockets**: ``--slow-sockets`` connections from 127.0.0.1 send a request head one
  header line at a time, never ending it, while a client on 127.0.0.2 reads verification
  pages: how many got 503, and their p99 (target: none, under 50 ms). Beside it, the same
  against uvicorn as cbaebb9 ran the registry (plain h11, limit_concurrency=200).
- **sync refusal**: server time to refuse a 1 MB body from an unknown key (target < 5 ms),
  beside cbaebb9's path (parse, then canonical JSON of the body) and the floor (counting the
  body's bytes).
- **rate limit**: the cost of one request's budget (``store.spend_request``) with 1,000,
  16,000 and 100,000 addresses known, beside ``SELECT 1``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
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

FLOOR_SCRIPT = """
import sys
from kiosk.registry.serving import ServeOptions, serve

def floor_app():
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse, Response
    from starlette.routing import Route

    async def constant(request):
        return PlainTextResponse("ok")

    async def refuse(request):
        await request.body()
        return Response(b'{"error": "no"}', status_code=403, media_type="application/json")

    return Starlette(routes=[Route("/C/{payload:path}", constant), Route("/api/v1/sync", refuse, methods=["POST"])])

if __name__ == "__main__":
    serve(ServeOptions(rate_limit=0), host="127.0.0.1", port=int(sys.argv[1]), workers=int(sys.argv[2]),
          factory=floor_app)
"""

AS_BEFORE_SCRIPT = """
import sys, uvicorn
from kiosk.registry.app import create_app
from kiosk.registry.db import open_registry_db

open_registry_db(sys.argv[2])
uvicorn.run(create_app(rate_limit=0), host="127.0.0.1", port=int(sys.argv[1]), log_level="critical",
            timeout_keep_alive=5, limit_concurrency=200)
"""

# The app's own functions and commands these figures time (tests/test_benchmarks.py checks them).
APP_PATHS = {"verification page": "kiosk registry serve"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited: {process.stderr.read().decode()[-2000:] if process.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit("server did not start")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


class Client:
    """One keep-alive HTTP/1.1 connection, as little Python per request as possible."""

    def __init__(self, port: int, *, source: str = "127.0.0.1") -> None:
        self.port, self.source = port, source
        self.sock: socket.socket | None = None
        self.buffer = b""

    def connect(self) -> None:
        self.sock = socket.socket()
        self.sock.bind((self.source, 0))
        self.sock.settimeout(10)
        self.sock.connect(("127.0.0.1", self.port))
        self.buffer = b""

    def request(self, raw: bytes) -> int:
        """Send one request; return the status after reading the whole response (0: the connection failed)."""
        try:
            if self.sock is None:
                self.connect()
            return self.exchange(raw)
        except OSError:
            self.close()
            return 0

    def exchange(self, raw: bytes) -> int:
        self.sock.sendall(raw)
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed by the server")
            self.buffer += chunk
        head, _, rest = self.buffer.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        while len(rest) < length:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed by the server")
            rest += chunk
        self.buffer = rest[length:]
        if b"\r\nconnection: close" in head.lower():
            self.close()
        return int(head[9:12])

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children that are still running (Linux)."""
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            total += cpu_seconds(int(child))
    except (OSError, IndexError, ValueError):
        pass
    return total


def get(path: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: registry\r\n\r\n".encode("ascii")


def load(port: int, paths: list[str], *, requests: int, concurrency: int, max_seconds: float = 60,
         source: str = "127.0.0.1", allow: tuple[int, ...] = (200,), server_pid: int | None = None) -> dict:
    """GETs cycling through ``paths`` from ``concurrency`` connections: requests/s, p99 ms, failures by status,
    and the server's CPU time per request (``server_pid``: its process; workers are its children)."""
    cpu_before = cpu_seconds(server_pid) if server_pid else 0.0
    raws = [get(p) for p in paths]
    latencies: list[float] = []
    failures: dict[int, int] = {}
    lock = threading.Lock()
    counter = iter(range(requests))
    deadline = time.monotonic() + max_seconds

    def worker() -> None:
        client = Client(port, source=source)
        mine, bad = [], {}
        for number in counter:
            if time.monotonic() > deadline:
                break
            start = time.perf_counter()
            status = client.request(raws[number % len(raws)])
            mine.append(time.perf_counter() - start)
            if status not in allow:
                bad[status] = bad.get(status, 0) + 1
        client.close()
        with lock:
            latencies.extend(mine)
            for status, count in bad.items():
                failures[status] = failures.get(status, 0) + count

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000 if latencies else float("nan")
    cpu_us = (cpu_seconds(server_pid) - cpu_before) / max(1, len(latencies)) * 1e6 if server_pid else None
    return {"rate": len(latencies) / elapsed, "p99_ms": p99, "done": len(latencies), "failures": failures,
            "server_cpu_us": cpu_us}


WRK_SCRIPT = """
-- GETs cycling through the paths in a file (one per line) until a number of answers has come;
-- then it says "finished", and the benchmark ends wrk with SIGINT (wrk itself runs for -d).
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long seconds; long nanoseconds; } kiosk_moment;
int clock_gettime(int clock, kiosk_moment *moment);
]]
local moment = ffi.new("kiosk_moment")
local function now()
  ffi.C.clock_gettime(1, moment)  -- CLOCK_MONOTONIC
  return tonumber(moment.seconds) + tonumber(moment.nanoseconds) / 1e9
end

local threads, paths, wanted = {}, {}, 0
sent, answered, started, finished = 0, 0, 0, 0

function setup(thread) threads[#threads + 1] = thread end

function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  wanted = tonumber(args[2])
end

function request()
  sent = sent + 1
  if sent == 1 then started = now() end
  return wrk.format("GET", paths[(sent - 1) % #paths + 1])
end

function response(status, headers, body)
  answered = answered + 1
  if answered == wanted then
    finished = now()
    io.write("finished\\n")
    io.stdout:flush()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local thread, e = threads[1], summary.errors
  local seconds = thread:get("finished") - thread:get("started")
  if thread:get("finished") == 0 then seconds = summary.duration / 1e6 end
  io.write(string.format(
    '{"requests": %d, "seconds": %f, "p99_us": %f, "bad_status": %d, "broken": %d}\\n',
    thread:get("answered"), seconds, latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))
end
"""


def wrk_load(port: int, paths: list[str], *, requests: int, connections: int, home: str,
             server_pid: int | None = None, max_seconds: int = 60) -> dict:
    """``requests`` GETs cycling through ``paths`` from ``connections`` keep-alive connections, sent by wrk
    (a C client on one thread: about a tenth of a core at these rates, where this process's own client
    took a whole one from the server it measured). The same figures as ``load``."""
    script, listed = Path(home) / "cycle.lua", Path(home) / "paths.txt"
    script.write_text(WRK_SCRIPT, encoding="utf-8")
    listed.write_text("\n".join(paths) + "\n", encoding="ascii")
    cpu_before = cpu_seconds(server_pid) if server_pid else 0.0
    wrk = subprocess.Popen(["wrk", "-t1", f"-c{connections}", f"-d{max_seconds}s", "-s", str(script),
                            f"http://127.0.0.1:{port}", "--", str(listed), str(requests)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    found, cpu_after = None, None
    for line in wrk.stdout:
        if line.startswith("finished"):
            cpu_after = cpu_seconds(server_pid) if server_pid else 0.0
            wrk.send_signal(signal.SIGINT)  # wrk stops at once and reports
        elif line.startswith("{"):
            found = json.loads(line)
    wrk.wait(timeout=30)
    if found is None:
        raise SystemExit(f"wrk failed: {wrk.stderr.read().strip()}")
    done = found["requests"]
    if cpu_after is None:  # wrk ran out of time before the count of answers
        cpu_after = cpu_seconds(server_pid) if server_pid else 0.0
    cpu_us = (cpu_after - cpu_before) / max(1, done) * 1e6 if server_pid else None
    failures = {status: count for status, count in (("not 2xx/3xx", found["bad_status"]),
                                                   ("no answer", found["broken"])) if count}
    return {"rate": done / found["seconds"], "p99_ms": found["p99_us"] / 1000, "done": done, "failures": failures,
            "server_cpu_us": cpu_us}


def prepare(home: str, distinct: int, db_url: str | None, *, unsent: int = 0) -> tuple[str, list[str], object]:
    """A kiosk with ``distinct`` certificates, a registry holding them: (db url, QR paths, the kiosk's key).

    The last ``unsent`` of them the registry has not received (their page checks the signature).
    """
    os.environ["KIOSK_HOME"] = home
    from kiosk.core.credentials import issuing, payload
    from kiosk.core.credentials.definitions import find_definition
    from kiosk.core.credentials.keys import ensure_signing_key
    from kiosk.core.learners.profiles import create_learner
    from kiosk.core.setup import set_up_kiosk
    from kiosk.core.storage.db import init_db
    from kiosk.core.sync.client import build_envelope
    from kiosk.registry import orgkey
    from kiosk.registry.db import close_registry_db, open_registry_db
    from kiosk.registry.batches import take_batch
    from kiosk.registry.service import approve_kiosk, init_organisation
    from tests.core.credentials.conftest import install_test_pack

    init_db(Path(home) / "kiosk.db")
    set_up_kiosk(organisation="Riverside Centre", kiosk_name="Library PC 2", admin_pin="123456")
    install_test_pack()
    definition = find_definition("kiosk.test.digital/digital-basics")
    certificates = []
    for n in range(distinct):
        learner = create_learner(f"Amina Okafor {n}")
        certificates.append(issuing.award_credential(learner_id=learner.id, definition=definition, method="mastery",
                                                     score=85, now=datetime(2025, 3, 4)))
    url = db_url or f"sqlite:///{home}/registry.db"
    if db_url:
        from tests.registry.conftest import empty_postgres

        empty_postgres(db_url)
    open_registry_db(url)
    init_organisation(name="Riverside Trust", verify_url="https://verify.example.org", key_file=orgkey.key_path())
    key = ensure_signing_key()
    approve_kiosk(key.public_key, name="Library PC 2", organisation="Riverside Centre")
    sent = certificates[:len(certificates) - unsent]
    for start in range(0, len(sent), 500):
        take_batch(build_envelope(key, sent[start:start + 500], []), via="http")
    close_registry_db()
    # The path of the QR's URL: the payload as digits.
    return url, [f"/C/{payload.to_digits(payload.from_base32(c.payload))}" for c in certificates], key


def registry_command(db_url: str, port: int, *, workers: int = 1) -> list[str]:
    """``kiosk registry serve`` as these figures run it: no rate limit."""
    return [sys.executable, "-m", "kiosk", "registry", "serve", "--port", str(port), "--db", db_url, "--rate-limit", "0",
            "--workers", str(workers)]


def floor_command(home: str, port: int, *, workers: int = 1) -> list[str]:
    """The floor's server (``FLOOR_SCRIPT``, written into ``home``)."""
    script = Path(home) / "floor_server.py"
    script.write_text(FLOOR_SCRIPT, encoding="utf-8")
    return [sys.executable, str(script), str(port), str(workers)]


def start_registry(db_url: str, env: dict, *, workers: int = 1, extra: tuple[str, ...] = ()) -> tuple[int, subprocess.Popen]:
    port = free_port()
    process = subprocess.Popen([*registry_command(db_url, port, workers=workers), *extra], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wait_for(port, process)
    return port, process


def start_floor(env: dict, home: str, *, workers: int = 1) -> tuple[int, subprocess.Popen]:
    port = free_port()
    process = subprocess.Popen(floor_command(home, port, workers=workers), cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**env, "PYTHONPATH": str(ROOT)})
    wait_for(port, process)
    return port, process


def measure_throughput(args, env: dict, home: str, db_url: str, paths: list[str], engine: str) -> dict:
    """Floor, one certificate, each certificate new (received, and not yet received): with 1 and 2 workers.

    All four servers (the floor and the registry, each with 1 and with 2 workers) run at once,
    idle but for the one being measured, and take turns, ``--rounds`` times; each round asks
    for certificates no round has asked for (the 1- and 2-worker registries are separate
    processes, so each sees them new). A figure is the median of its rounds: this machine's
    speed drifts by a fifth from one minute to the next, and taking turns lets all see the
    same drift.
    """
    warm = paths[:100]
    unsent = paths[-args.requests:]
    rounds = [paths[100 + n * args.requests:100 + (n + 1) * args.requests] for n in range(args.rounds)]
    servers = {}
    try:
        for workers in (1, 2):
            servers["floor", workers] = start_floor(env, home, workers=workers)
            servers["page", workers] = start_registry(db_url, env, workers=workers)
        for port, process in servers.values():
            wrk_load(port, warm, requests=len(warm) * 4, connections=args.concurrency, home=home)  # warm up
        taken: dict[str, list[dict]] = {}
        for fresh in rounds:
            for workers in (1, 2):
                for name, targets in (("floor", paths[:1]), ("page_new", fresh)):
                    port, process = servers["page" if name != "floor" else "floor", workers]
                    taken.setdefault(f"{name}_{workers}w", []).append(
                        wrk_load(port, targets, requests=args.requests, connections=args.concurrency, home=home,
                                 server_pid=process.pid))
        port, process = servers["page", 1]
        for name, targets in (("page_one", paths[:1]), ("page_unsent", unsent)):
            taken[f"{name}_1w"] = [wrk_load(port, targets, requests=args.requests, connections=args.concurrency,
                                            home=home, server_pid=process.pid)]
    finally:
        for _port, process in servers.values():
            stop(process)
    results = {f"{engine}_{name}": median_run(found) for name, found in taken.items()}
    for name in ("floor", "page_new"):
        # 2 workers against 1, round by round (each pair measured a second apart), then the median.
        ratios = sorted(two["rate"] / one["rate"] for one, two in zip(taken[f"{name}_1w"], taken[f"{name}_2w"]))
        results[f"{engine}_{name}_2w_over_1w"] = {"ratio": ratios[len(ratios) // 2],
                                                  "ratios": [round(r, 2) for r in ratios]}
    return results


def measure_instructions(env: dict, home: str, db_url: str, paths: list[str], *, requests: int = 1000) -> dict:
    """Instructions per request through the real server (1 worker), the floor's and a new certificate's page.

    Each server runs under valgrind's callgrind; after a warm-up its counts are zeroed, wrk sends
    ``requests`` requests, and the counts are written out. Instructions do not drift with the
    machine's speed, as requests per second do (the kernel's work is not counted).
    """
    found = {}
    for name in ("floor", "page_new"):
        port = free_port()
        out = Path(home) / f"callgrind.{name}"
        command = floor_command(home, port) if name == "floor" else registry_command(db_url, port)
        process = subprocess.Popen(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}.%p", *command],
                                   cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env={**env, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"})
        try:
            wait_for(port, process, timeout=600)
            wrk_load(port, paths[:100], requests=300, connections=4, home=home, max_seconds=600)
            subprocess.run(["callgrind_control", "-z", str(process.pid)], check=True, capture_output=True)
            targets = paths[:1] if name == "floor" else paths[100:100 + requests]
            done = wrk_load(port, targets, requests=requests, connections=16, home=home, max_seconds=600)["done"]
            subprocess.run(["callgrind_control", "-d", "measured", str(process.pid)], check=True, capture_output=True)
        finally:
            stop(process)
        dumps = [f for f in Path(home).glob(f"callgrind.{name}.{process.pid}.*") if "measured" in f.read_text()[:2000]]
        total = next(int(line.split()[1]) for line in dumps[0].read_text().splitlines()
                     if line.startswith(("summary:", "totals:")))
        found[name] = total / done
    return found


def median_run(found: list[dict]) -> dict:
    """The median of each figure over rounds, with every round's rate beside it."""
    def middle(key: str):
        values = sorted(run[key] for run in found if run[key] is not None)
        return values[len(values) // 2] if values else None

    return {"rate": middle("rate"), "p99_ms": middle("p99_ms"), "server_cpu_us": middle("server_cpu_us"),
            "done": sum(run["done"] for run in found), "rates": [round(run["rate"]) for run in found],
            "failures": {status: sum(run["failures"].get(status, 0) for run in found)
                         for run in found for status in run["failures"]}}


class SlowSockets:
    """``count`` sockets from 127.0.0.1 that send a request head one header line at a time and never end it."""

    def __init__(self, port: int, count: int) -> None:
        self.port, self.count = port, count
        self.sockets: list[socket.socket] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def __enter__(self) -> SlowSockets:
        for _ in range(self.count):
            sock = socket.socket()
            sock.settimeout(1)
            try:
                sock.connect(("127.0.0.1", self.port))
                sock.sendall(b"GET / HTTP/1.1\r\nHost: registry\r\n")
            except OSError:
                sock.close()
                continue
            self.sockets.append(sock)
        self.thread.start()
        time.sleep(0.5)
        return self

    def run(self) -> None:
        while not self.stop.wait(1.0):
            for sock in list(self.sockets):
                try:
                    sock.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    self.sockets.remove(sock)
                    sock.close()

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join(timeout=10)
        for sock in self.sockets:
            sock.close()


def measure_slow_sockets(args, env: dict, db_url: str, paths: list[str]) -> dict:
    """Verification pages from 127.0.0.2 while ``--slow-sockets`` trickle from 127.0.0.1: now, and as at cbaebb9."""
    results = {}
    servers = {"now": lambda: start_registry(db_url, env)}

    def as_before() -> tuple[int, subprocess.Popen]:
        port = free_port()
        process = subprocess.Popen([sys.executable, "-c", AS_BEFORE_SCRIPT, str(port), db_url], cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        wait_for(port, process)
        return port, process

    servers["cbaebb9"] = as_before
    for name, start in servers.items():
        port, process = start()
        try:
            with SlowSockets(port, args.slow_sockets):
                results[name] = load(port, paths[:500], requests=1000, concurrency=2, max_seconds=20,
                                     source="127.0.0.2", allow=(200,))
        finally:
            stop(process)
    return results


def unknown_key_body() -> bytes:
    """About 1 MB of well-formed sync envelope from a key no registry approved (with a float, so that
    canonical JSON takes its general path, as any junk may make it)."""
    item = '{"payload": "%s", "n": 0.5}' % ("A" * 400)
    return ('{"format": "kiosk-sync/1", "body": {"key_id": "AAAAAAAA", "sent_at": "2025-03-04T10:00:00Z", '
            '"nonce": "%s", "credentials": [%s], "revocations": []}, "signature": "%s"}'
            % ("0" * 32, ",".join([item] * 2300), "A" * 86)).encode()


def measure_sync_refusal_over_http(env: dict, home: str, db_url: str, *, posts: int = 100) -> dict:
    """Server CPU per refused 1 MB POST /api/v1/sync from an unknown key, beside a bare endpoint that reads the body."""
    body = unknown_key_body()
    raw = (f"POST /api/v1/sync HTTP/1.1\r\nHost: registry\r\nContent-Type: application/json\r\n"
           f"Content-Length: {len(body)}\r\n\r\n").encode("ascii") + body
    figures = {}
    for name, (port, process) in (("floor", start_floor(env, home)), ("now", start_registry(db_url, env))):
        try:
            client = Client(port)
            client.request(raw)  # warm up
            before = cpu_seconds(process.pid)
            statuses = {client.request(raw) for _ in range(posts)}
            figures[f"{name}_ms"] = (cpu_seconds(process.pid) - before) / posts * 1000
            figures[f"{name}_statuses"] = sorted(statuses)
            client.close()
        finally:
            stop(process)
    return figures


def measure_sync_refusal(db_url: str) -> dict:
    """Server time to refuse a 1 MB body from an unknown key: now, at cbaebb9's order, and the floor."""
    from timing import median_ms

    from kiosk.core import signed
    from kiosk.core.sync import envelope as env
    from kiosk.registry import batches, store
    from kiosk.registry.db import close_registry_db, open_registry_db

    body = unknown_key_body()
    open_registry_db(db_url)

    def now() -> None:  # what POST /api/v1/sync does before it answers 403
        try:
            batches.approved_sender(env.claimed_key_id(body))
        except batches.Refused:
            return
        raise AssertionError("the unknown key was not refused")

    def before() -> None:  # cbaebb9: parse, canonical JSON of the body, then the key lookup
        document = json.loads(body)
        signed.message(env.FORMAT, document["body"])
        store.find_kiosk("AAAAAAAA")

    figures = {"body_bytes": len(body), "now_ms": median_ms(now, runs=21), "before_ms": median_ms(before, runs=5),
               "floor_ms": median_ms(lambda: body.count(b'"'), runs=21)}
    close_registry_db()
    return figures


def measure_rate_limit(db_url: str) -> dict:
    """One request's budget (the statement the service runs) with many addresses known, beside SELECT 1."""
    from timing import median_ms

    from kiosk.registry import store
    from kiosk.registry.db import close_registry_db, open_registry_db

    database = open_registry_db(db_url)
    figures = {}
    known = 0
    for target in (1_000, 16_000, 100_000):
        now = time.time()
        with database.atomic():
            for start in range(known, target, 1000):
                rows = ", ".join(f"('10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}', 100.0, {now})"
                                 for n in range(start, min(start + 1000, target)))
                database.execute_sql(f'INSERT INTO "request_budget" ("address", "tokens", "updated_at") VALUES {rows}')
        known = target
        addresses = [f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}" for n in range(0, target, max(1, target // 200))]

        def spend() -> None:
            for address in addresses:
                store.spend_request(address, now=time.time(), capacity=300, per_second=5)

        figures[f"{target}_us"] = median_ms(spend, runs=5) * 1000 / len(addresses)
    figures["floor_us"] = median_ms(lambda: [database.execute_sql("SELECT 1").fetchone() for _ in range(200)],
                                    runs=5) * 1000 / 200
    database.execute_sql('DELETE FROM "request_budget"')
    close_registry_db()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=16, help="keep-alive connections for the throughput figures")
    parser.add_argument("--rounds", type=int, default=5, help="turns of the floor and each-certificate-new (median)")
    parser.add_argument("--postgres", metavar="URL", default=os.environ.get("KIOSK_BENCH_POSTGRES_URL"),
                        help="also measure on this PostgreSQL database (emptied first; default $KIOSK_BENCH_POSTGRES_URL)")
    parser.add_argument("--slow-sockets", type=int, default=250)
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions per request under valgrind (a few minutes more)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        parser.exit(2, "benchmarks/registry.py needs wrk to send the load (Debian: apt-get install wrk)\n")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    results: dict = {}
    with tempfile.TemporaryDirectory() as home:
        distinct = (args.rounds + 1) * args.requests + 100
        db_url, paths, _key = prepare(home, distinct, None, unsent=args.requests)
        env = {**os.environ, "KIOSK_HOME": home}
        results.update(measure_throughput(args, env, home, db_url, paths, "sqlite"))
        received = paths[:-args.requests]  # the last ones are not yet received
        instructions = measure_instructions(env, home, db_url, received, requests=min(1000, len(received) - 100)) \
            if args.instructions else None
        slow = measure_slow_sockets(args, env, db_url, paths)
        sync_refusal = measure_sync_refusal(db_url)
        sync_over_http = measure_sync_refusal_over_http(env, home, db_url)
        limiter = {"sqlite": measure_rate_limit(db_url)}
        if args.postgres:
            pg_home = Path(home) / "pg"
            pg_home.mkdir()
            pg_url, pg_paths, _ = prepare(str(pg_home), distinct, args.postgres, unsent=args.requests)
            pg_env = {**os.environ, "KIOSK_HOME": str(pg_home)}
            results.update(measure_throughput(args, pg_env, str(pg_home), pg_url, pg_paths, "postgresql"))
            limiter["postgresql"] = measure_rate_limit(pg_url)
    table = throughput_rows(results)
    if instructions:
        table.append(row("verification page, each certificate new: instructions per request through the server "
                         "(sqlite, 1 worker)", instructions["page_new"], "instr", instructions["floor"]))
    table += slow_rows(slow) + [
        row("sync: 1 MB from an unknown key refused, server time", sync_refusal["now_ms"], "ms", sync_refusal["floor_ms"]),
        row("sync: the same at cbaebb9 (parse, canonical JSON, then the key)", sync_refusal["before_ms"], "ms",
            sync_refusal["floor_ms"]),
        row("sync: 1 MB from an unknown key refused over HTTP, server CPU (floor: a bare endpoint reading it)",
            sync_over_http["now_ms"], "ms", sync_over_http["floor_ms"]),
    ]
    for engine, figures in limiter.items():
        for known in (1_000, 16_000, 100_000):
            table.append(row(f"rate limit, one request's budget, {known:,} addresses known ({engine})",
                             figures[f"{known}_us"], "us", figures["floor_us"]))
    if args.json:
        print(json.dumps({"requests": args.requests, "concurrency": args.concurrency, "table": table,
                          "slow_sockets": slow, "throughput": results}, indent=2))
        return 0
    for item in table:
        print(f"{item['figure']:<78}{item['value']:>10.2f} {item['unit']:<6} floor {item['floor']:>9.2f}  "
              f"{item['ratio']:.2f}x")
    return 0


def row(figure: str, value: float, unit: str, floor: float) -> dict:
    return {"figure": figure, "value": round(value, 3), "unit": unit, "floor": round(floor, 3),
            "ratio": round(value / floor, 2) if floor else None}


LABELS = {"page_one": "verification page, one certificate", "page_new": "verification page, each certificate new",
          "page_unsent": "verification page, each certificate new and not yet received"}


def throughput_rows(results: dict) -> list[dict]:
    rows = []
    for engine in ("sqlite", "postgresql"):
        for workers in (1, 2):
            floor = results.get(f"{engine}_floor_{workers}w")
            if floor is None:
                continue
            for name, label in LABELS.items():
                found = results.get(f"{engine}_{name}_{workers}w")
                if found is None:
                    continue
                where = f"{engine}, {workers} worker{'s' if workers > 1 else ''}"
                rows.append(row(f"{label} ({where})", found["rate"], "req/s", floor["rate"]))
                rows.append(row(f"{label}: p99 ({where})", found["p99_ms"], "ms", floor["p99_ms"]))
                if found["server_cpu_us"] and floor["server_cpu_us"]:
                    # Requests one core can serve, beside the floor's (the same ratio as req/s on an idle machine).
                    rows.append(row(f"{label}: requests per CPU second ({where})", 1e6 / found["server_cpu_us"],
                                    "req/s", 1e6 / floor["server_cpu_us"]))
        for name, label in (("page_new", "each certificate new"), ("floor", "the floor itself")):
            found = results.get(f"{engine}_{name}_2w_over_1w")
            if found:  # the median of each round's ratio, so the value is that ratio and the floor is 1
                rows.append(row(f"{label}, 2 workers against 1, each round's ratio ({engine})", found["ratio"],
                                "x", 1.0))
    return rows


def slow_rows(slow: dict) -> list[dict]:
    rows = []
    for name, found in slow.items():
        refused = sum(found["failures"].values())
        label = "now" if name == "now" else "as at cbaebb9"
        rows.append(row(f"slow sockets: other client's pages refused ({label})", refused, "of", found["done"]))
        rows.append(row(f"slow sockets: other client's p99 ({label})", found["p99_ms"], "ms", 50.0))
    return rows


if __name__ == "__main__":
    sys.exit(main())
