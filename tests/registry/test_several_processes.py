"""Several registry processes on one database agree: replays, revocations and the rate limit.

Each process is 'kiosk registry serve' with its own connection and its own copy of the
organisation key, as on several machines behind a load balancer (SQLite here stands for one
machine; PostgreSQL for many). At cbaebb9 the rate limit lived in each process's memory.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import time
from pathlib import Path

import httpx
import pytest

from kiosk.core.credentials import issuing
from kiosk.core.storage import repo
from kiosk.core.sync.client import build_envelope, sync_with_registry
from kiosk.registry import store

from .test_under_load import client_from


def verdict(html: str) -> str:
    return re.search(r'class="verdict (\w+)"', html).group(1).upper()


def test_a_replay_to_another_process_is_refused_and_a_revocation_shows_at_once(registry_process, approved, award,
                                                                               kiosk_key):
    first, second = registry_process("--rate-limit", "0"), registry_process("--rate-limit", "0")
    issued = award()
    document = build_envelope(kiosk_key, [issued], [])
    with httpx.Client(timeout=10) as client:
        taken = client.post(f"{first.url}/api/v1/sync", json=document)
        assert taken.status_code == 200 and taken.json()["new_credentials"] == 1
        replayed = client.post(f"{second.url}/api/v1/sync", json=document)
        assert replayed.status_code == 409 and store.count_batches() == 1
        assert verdict(client.get(f"{second.url}/C/{issued.payload}").text) == "VALID"

        issuing.revoke(issued.id, "issued by mistake")
        sync_with_registry(first.url, timeout=10)  # the revocation reaches the first process only
        assert verdict(client.get(f"{second.url}/C/{issued.payload}").text) == "REVOKED"
        trust = client.get(f"{second.url}/api/v1/trust").json()["body"]
        assert [item["id"] for item in trust["revocations"]] == [issued.id]
    assert repo.acknowledged_ids(first.url, "revocation") == {issued.id}


def test_the_rate_limit_holds_across_processes_and_workers(registry_process, registry):
    one = registry_process("--rate-limit", "6")
    two = registry_process("--rate-limit", "6", "--workers", "2")
    codes = []
    with client_from("127.0.0.3", one.url) as to_one, client_from("127.0.0.3", two.url) as to_two:
        for _ in range(4):
            codes.append(to_one.get("/api/v1/health").status_code)
            # A new connection each time: the kernel hands them to either worker.
            codes.append(to_two.get("/api/v1/health", headers={"Connection": "close"}).status_code)
    assert codes == [200] * 6 + [429, 429]
    assert len(worker_pids(two.process.pid)) == 2


def worker_pids(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in children if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes()]


def two_workers_answering(server) -> tuple[list[int], float]:
    """Once a --workers 2 registry answers and both its workers run: their PIDs, and a deadline for the test."""
    with httpx.Client(base_url=server.url, timeout=10) as client:
        assert client.get("/api/v1/health").status_code == 200
    deadline = time.monotonic() + 60
    while len(worker_pids(server.process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    return worker_pids(server.process.pid), deadline


def connections_held(pid: int, port: int) -> int:
    """How many established connections to ``port`` the process ``pid`` holds (Linux's /proc)."""
    established = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].split(":")[1], 16) == port and fields[3] == "01":
            established.add(fields[9])
    held = 0
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        held += target.startswith("socket:[") and target[8:-1] in established
    return held


def test_two_workers_share_the_connections_of_keep_alive_clients(registry_process, registry):
    # At 9ff4245 both workers shared one listening socket and the first to wake took every
    # waiting connection: wrk's 16 keep-alive connections all sat on one worker, and
    # 2 workers served 0.9-1.0x one. Each worker now has a socket of its own (SO_REUSEPORT).
    server = registry_process("--rate-limit", "0", "--max-connections-per-address", "0", "--workers", "2")
    clients = [socket.create_connection(("127.0.0.1", server.port), timeout=10) for _ in range(32)]
    try:
        for client in clients:
            client.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: registry\r\n\r\n")
        for client in clients:
            assert client.recv(4096).startswith(b"HTTP/1.1 200")
        held = sorted(connections_held(pid, server.port) for pid in worker_pids(server.process.pid))
        # Spread by the kernel's hash of each connection: fewer than 4 of 32 on a worker by
        # chance is about 1 in 400,000.
        assert sum(held) == 32 and len(held) == 2 and held[0] >= 4, held
    finally:
        for client in clients:
            client.close()


def test_a_worker_that_dies_is_replaced_on_its_own_socket(registry_process, registry):
    server = registry_process("--rate-limit", "0", "--workers", "2")
    (dead, alive), deadline = two_workers_answering(server)
    with httpx.Client(base_url=server.url, timeout=10) as client:
        os.kill(dead, signal.SIGKILL)
        while set(worker_pids(server.process.pid)) in ({alive}, {dead, alive}) and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = set(worker_pids(server.process.pid))
        assert alive in workers and dead not in workers and len(workers) == 2
        # New connections land on both sockets; each is answered, none waits for ever.
        answers = [client.get("/api/v1/health", headers={"Connection": "close"}).status_code for _ in range(20)]
        assert answers == [200] * 20


def test_sighup_replaces_the_workers_and_nothing_is_refused_meanwhile(registry_process, registry):
    server = registry_process("--rate-limit", "0", "--workers", "2")
    pids, _ = two_workers_answering(server)
    before = set(pids)
    with httpx.Client(base_url=server.url, timeout=10) as client:
        os.kill(server.process.pid, signal.SIGHUP)
        answers = []
        deadline = time.monotonic() + 150  # each new worker may take up to workers.START_SECONDS
        while not before.isdisjoint(worker_pids(server.process.pid)) and time.monotonic() < deadline:
            answers.append(client.get("/api/v1/health", headers={"Connection": "close"}).status_code)
            time.sleep(0.02)
        after = set(worker_pids(server.process.pid))
        assert len(after) == 2 and before.isdisjoint(after) and server.process.poll() is None
        assert answers and set(answers) == {200}


def running(pid: int) -> bool:
    """Whether a process runs (a zombie no longer does: it waits only to be reaped)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in "ZX"
    except (OSError, IndexError):
        return False


def test_workers_end_when_their_parent_is_killed(registry_process, registry):
    # Orphaned workers would go on serving the port (SO_REUSEPORT) beside the next instance's.
    server = registry_process("--rate-limit", "0", "--workers", "2")
    workers, deadline = two_workers_answering(server)
    server.process.kill()
    server.process.wait(timeout=10)
    try:
        while any(running(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if running(pid)]
    finally:
        for pid in workers:  # this test's own processes, if they outlived it
            if running(pid):
                os.kill(pid, signal.SIGKILL)


def test_a_lost_database_connection_is_a_503_then_mended(registry, approved, award):
    from .conftest import LiveRegistry

    if registry.startswith("sqlite"):
        pytest.skip("a lost connection is a PostgreSQL matter (a restart, a failover)")
    issued = award()
    server = LiveRegistry(rate_limit=100).start()
    try:
        with httpx.Client(base_url=server.url, timeout=10) as client:
            assert client.get(f"/C/{issued.payload}").status_code == 200
            store.registry_db.obj.execute_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()")
            lost = client.get(f"/C/{issued.payload}")
            assert lost.status_code == 503 and lost.headers["retry-after"] == "30"
            assert client.get(f"/C/{issued.payload}").status_code == 200
            assert client.get("/api/v1/health").status_code == 200
    finally:
        server.stop()
