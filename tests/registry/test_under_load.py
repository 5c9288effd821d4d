"""The service under abuse, with small numbers: slow sockets, headers, proxies, the rate limit's cost.

Every connection goes to 127.0.0.1 (other clients are told apart by binding to 127.0.0.2 and
127.0.0.3, which Linux routes on loopback), bounded in count and in time.
"""

from __future__ import annotations

import socket
import threading
import time
from datetime import timedelta

import httpx
import pytest
from peewee import SqliteDatabase

from kiosk.core.sync.client import build_envelope
from kiosk.registry import batches, store
from kiosk.registry.limits import ConnectionLimits
from kiosk.registry.serving import ServeOptions

from .conftest import LiveRegistry


def client_from(address: str, base_url: str) -> httpx.Client:
    return httpx.Client(base_url=base_url, timeout=10, transport=httpx.HTTPTransport(local_address=address))


class Trickler:
    """``count`` sockets from ``address`` that send a request head one header every ``every`` seconds, never ending it."""

    def __init__(self, port: int, *, count: int, address: str = "127.0.0.1", every: float = 0.2) -> None:
        self.port, self.count, self.address, self.every = port, count, address, every
        self.sockets: list[socket.socket] = []
        self.closed_by_server: set[int] = set()
        self.refused: set[int] = set()
        self.refusal = b""
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def start(self) -> Trickler:
        for _ in range(self.count):
            sock = socket.socket()
            sock.settimeout(2)
            sock.bind((self.address, 0))
            sock.connect(("127.0.0.1", self.port))
            sock.sendall(b"GET / HTTP/1.1\r\nHost: registry\r\n")
            self.sockets.append(sock)
        self.thread.start()
        return self

    def run(self) -> None:
        deadline = time.monotonic() + 20
        while not self.stop.is_set() and time.monotonic() < deadline:
            for number, sock in enumerate(self.sockets):
                if number not in self.closed_by_server:
                    self.poke(number, sock)
            if len(self.closed_by_server) == len(self.sockets):
                return
            time.sleep(self.every)

    def poke(self, number: int, sock: socket.socket) -> None:
        """Read what the server said, if anything; else send one more header line."""
        try:
            sock.setblocking(False)
            try:
                answer = sock.recv(4096)
            except BlockingIOError:
                sock.setblocking(True)
                sock.sendall(b"X-Slow: 1\r\n")
                return
        except OSError:
            self.closed_by_server.add(number)
            return
        if answer.startswith(b"HTTP/1.1 503"):
            self.refused.add(number)
            self.refusal = answer
        self.closed_by_server.add(number)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=10)
        for sock in self.sockets:
            sock.close()


def test_trickling_sockets_from_one_address_leave_other_clients_served(registry_process, approved, award):
    issued = award()
    server = registry_process("--rate-limit", "0", "--max-connections", "30", "--max-connections-per-address", "5",
                              "--header-timeout", "2")
    trickler = Trickler(server.port, count=40).start()
    try:
        with client_from("127.0.0.2", server.url) as other:
            statuses = [other.get(f"/C/{issued.payload}").status_code for _ in range(20)]
            statuses += [other.get("/api/v1/health", headers={"Connection": "close"}).status_code for _ in range(20)]
        assert statuses == [200] * 40  # at cbaebb9, 250 such sockets made every request a 503
        trickler.thread.join(timeout=15)
        assert len(trickler.refused) >= 35  # past 5 from one address, refused at once
        head, _, text = trickler.refusal.partition(b"\r\n\r\n")
        assert f"content-length: {len(text)}".encode() in head.lower() and b"connection: close" in head.lower()
        # The 5 it let in were closed when their head was 2 seconds late, though bytes kept coming.
        assert len(trickler.closed_by_server) == 40
    finally:
        trickler.close()


def test_a_request_body_that_never_ends_is_cut_off(registry_process, approved):
    server = registry_process("--rate-limit", "0", "--body-timeout", "1")
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(b"POST /api/v1/sync HTTP/1.1\r\nHost: registry\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100000\r\n\r\n{")
        began = time.monotonic()
        answer = b""
        while time.monotonic() - began < 8:
            sock.sendall(b" ")
            try:
                sock.settimeout(0.5)
                chunk = sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                break
            if not chunk:
                break
            answer += chunk
        else:
            pytest.fail("the connection was still open after 8 seconds of a 1-second body timeout")


def test_security_headers_on_every_response(registry, approved, award):
    issued = award()
    plain = LiveRegistry().start()
    behind = LiveRegistry(options=ServeOptions(rate_limit=1, behind_https=True)).start()
    try:
        with httpx.Client(base_url=plain.url, timeout=10) as client:
            responses = {
                "page": client.get(f"/C/{issued.payload}"),
                "home": client.get("/"),
                "missing": client.get("/nothing"),
                "json": client.get("/api/v1/health"),
                "trust": client.get("/api/v1/trust"),
                "refusal": client.post("/api/v1/sync", content=b"[]", headers={"content-type": "application/json"}),
            }
        for name, response in responses.items():
            assert response.headers["x-content-type-options"] == "nosniff", name
            assert response.headers["x-frame-options"] == "DENY", name
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"], name
            assert "server" not in response.headers, name  # no banner
            assert "strict-transport-security" not in response.headers, name
        assert "style-src 'unsafe-inline'" in responses["page"].headers["content-security-policy"]
        with httpx.Client(base_url=behind.url, timeout=10) as client:
            first, limited = client.get("/"), client.get("/")
        assert limited.status_code == 429
        for response in (first, limited):
            assert response.headers["strict-transport-security"] == "max-age=31536000"
            assert response.headers["x-content-type-options"] == "nosniff"
    finally:
        plain.stop()
        behind.stop()


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(registry):
    options = ServeOptions(rate_limit=3, limits=ConnectionLimits(trusted_proxies=("127.0.0.2",)))
    server = LiveRegistry(options=options).start()
    try:
        with client_from("127.0.0.2", server.url) as proxy:
            def via_proxy(client_address: str) -> int:
                return proxy.get("/api/v1/health", headers={"X-Forwarded-For": client_address}).status_code

            assert [via_proxy("203.0.113.1") for _ in range(4)] == [200, 200, 200, 429]
            assert [via_proxy("203.0.113.2") for _ in range(3)] == [200, 200, 200]  # at cbaebb9: shared, 429
        with client_from("127.0.0.3", server.url) as direct:  # not a trusted proxy: its header is ignored
            codes = [direct.get("/api/v1/health", headers={"X-Forwarded-For": f"198.51.100.{n}"}).status_code
                     for n in range(4)]
        assert codes == [200, 200, 200, 429]
    finally:
        server.stop()


def test_the_rate_limit_costs_one_statement_whatever_the_number_of_addresses(registry, monkeypatch):
    now = time.time()
    database = store.registry_db.obj
    with database.atomic():
        for start in range(0, 20_000, 1000):
            rows = ", ".join(f"('10.{n // 65536}.{n // 256 % 256}.{n % 256}', 5.0, {now})" for n in range(start, start + 1000))
            database.execute_sql(f'INSERT INTO "request_budget" ("address", "tokens", "updated_at") VALUES {rows}')
    assert store.count_budgets() == 20_000
    statements = []
    real = database.execute_sql
    monkeypatch.setattr(database, "execute_sql", lambda sql, *a, **k: statements.append(sql) or real(sql, *a, **k))
    server = LiveRegistry(rate_limit=3).start()
    try:
        with client_from("127.0.0.2", server.url) as client:
            codes = [client.get("/api/v1/health").status_code for _ in range(5)]
    finally:
        server.stop()
    assert codes == [200, 200, 200, 429, 429]
    budget_statements = [s for s in statements if "request_budget" in s]
    assert len([s for s in budget_statements if s.startswith("INSERT")]) == 5  # one per request, on one row
    assert len([s for s in budget_statements if s.startswith("DELETE")]) == 1  # the sweep: once a minute
    assert store.count_budgets() == 20_001  # nothing stale swept, nothing scanned per request


def page_lookup_work(key_id: str, credential_id: str) -> int:
    """The work of the page's one query, counted, not timed: SQLite's virtual-machine steps, or the
    buffers PostgreSQL reads for it."""
    database = store.registry_db.obj
    if isinstance(database, SqliteDatabase):
        steps = [0]

        def step() -> int:
            steps[0] += 1
            return 0

        connection = database.connection()
        connection.set_progress_handler(step, 1)
        try:
            found = store.lookup_for_page(key_id, credential_id)
        finally:
            connection.set_progress_handler(None, 1)
        assert found.record is not None and found.last_sync is not None
        return steps[0]
    for _ in range(2):  # the second: the function's plan is made and its catalogue read
        plan = database.execute_sql('EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT * FROM "registry_page_lookup"(%s, %s)',
                                    (key_id, credential_id)).fetchone()[0]
    top = plan[0]["Plan"]
    assert top["Actual Rows"] == 1
    return top["Shared Hit Blocks"] + top["Shared Read Blocks"]


def test_a_page_costs_the_same_however_often_its_kiosk_synced(registry, approved, kiosk_key, award):
    """A kiosk that is online syncs every 10 minutes, with an empty batch when it has nothing new:
    144 batches a day. The page reads up to when its kiosk's revocations are all in, the latest
    of those batches; that must not mean reading every one of them."""
    issued = award()
    batches.take_batch(build_envelope(kiosk_key, [issued], [], revoked_up_to=issued.issued_at), via="bundle")
    few = page_lookup_work(kiosk_key.key_id, issued.id)
    start = issued.issued_at
    for day in range(14):  # two weeks online
        moments = [f"{start + timedelta(days=day, minutes=10 * n):%Y-%m-%d %H:%M:%S}" for n in range(144)]
        store.registry_db.obj.execute_sql(
            'INSERT INTO "sync_batch" ("nonce", "key_id", "sent_at", "received_at", "via", "credentials", '
            '"revocations", "revoked_up_to") VALUES ' + ", ".join(
                f"('n{day}-{n}', '{kiosk_key.key_id}', '{at}', '{at}', 'http', 0, 0, '{at}')"
                for n, at in enumerate(moments)))
    assert store.count_batches() == 1 + 14 * 144
    many = page_lookup_work(kiosk_key.key_id, issued.id)
    assert store.lookup_for_page(kiosk_key.key_id, issued.id).last_sync == start + timedelta(days=13, minutes=1430)
    assert many <= few + 10, f"the page's query did {few} units of work after 1 batch, {many} after {1 + 14 * 144}"


def test_a_registry_made_before_that_index_gets_it_when_next_opened(registry, approved, kiosk_key, award):
    from kiosk.registry import migrations
    from kiosk.registry.db import close_registry_db, open_registry_db

    issued = award()
    batches.take_batch(build_envelope(kiosk_key, [issued], [], revoked_up_to=issued.issued_at), via="bundle")
    database = store.registry_db.obj
    for built_beforehand in (False, True):  # by the upgrade, or by hand first (docs/registry.md)
        database.execute_sql('DROP INDEX "sync_batch_key_id_revoked_up_to"')
        if built_beforehand:
            database.execute_sql('CREATE INDEX "sync_batch_key_id_revoked_up_to" ON "sync_batch" ("key_id", "revoked_up_to")')
        database.execute_sql(f'UPDATE "{migrations.VERSION_TABLE}" SET "version" = 6')
        close_registry_db()
        database = open_registry_db(registry)
        assert migrations.current_version(database) == migrations.LATEST_VERSION == 7
        assert "sync_batch_key_id_revoked_up_to" in {index.name for index in database.get_indexes("sync_batch")}
        assert store.lookup_for_page(kiosk_key.key_id, issued.id).last_sync == issued.issued_at
