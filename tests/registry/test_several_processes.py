"""Several registry processes on one database agree: replays, revocations and the rate limit.

Each process is 'kiosk registry serve' with its own connection and its own copy of the
organisation key, as on several machines behind a load balancer (SQLite here stands for one
machine; PostgreSQL for many). At cbaebb9 the rate limit lived in each process's memory.
"""

from __future__ import annotations

import re
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
    children = Path(f"/proc/{two.process.pid}/task/{two.process.pid}/children").read_text().split()
    workers = [pid for pid in children if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    assert len(workers) == 2


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
