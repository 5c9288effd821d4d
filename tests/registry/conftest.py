"""Registry fixtures: its database on SQLite and on PostgreSQL, a live server, a kiosk with a certificate."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

POSTGRES_ENV = "KIOSK_TEST_POSTGRES_URL"
REPO = Path(__file__).resolve().parents[2]
REGISTRY_TABLES = ["request_budget", "credential_badge", "sync_batch", "credential_revocation", "received_credential",
                   "approved_kiosk", "organisation",
                   "registry_schema"]


def empty_postgres(url: str) -> None:
    from kiosk.registry.db import connect_url

    database = connect_url(url)
    database.connect()
    try:
        for table in REGISTRY_TABLES:
            database.execute_sql(f'DROP TABLE IF EXISTS "{table}" CASCADE')
        database.execute_sql('DROP FUNCTION IF EXISTS "registry_page_lookup"')
    finally:
        database.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def registry_db_url(request, tmp_path) -> str:
    """The registry database URL: a fresh SQLite file, or an emptied PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'registry.db'}"
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set (CI sets it; see .ci/run)")
    empty_postgres(url)
    return url


@pytest.fixture
def registry(registry_db_url, kiosk_home):
    """The registry's database, set up for the organisation 'Riverside Trust' (its key in the data folder)."""
    from kiosk.registry import orgkey, service
    from kiosk.registry.db import close_registry_db, open_registry_db

    open_registry_db(registry_db_url)
    service.init_organisation(name="Riverside Trust", verify_url="https://verify.example.org", key_file=orgkey.key_path())
    yield registry_db_url
    close_registry_db()
    service.organisation_name.cache_clear()
    service.public_base_url.cache_clear()


@pytest.fixture
def org_key(registry):
    from kiosk.registry import service

    return service.load_org_key()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveRegistry:
    """A uvicorn server in a thread on 127.0.0.1, configured as 'kiosk registry serve' configures it."""

    def __init__(self, *, rate_limit: int = 0, options=None) -> None:
        import uvicorn

        from kiosk.registry.app import create_app
        from kiosk.registry.serving import ServeOptions, server_config

        options = options or ServeOptions(rate_limit=rate_limit)
        self.app = create_app(rate_limit=options.rate_limit, behind_https=options.behind_https)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(server_config(options, app=self.app, port=self.port))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> LiveRegistry:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the registry server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


class RegistryProcess:
    """'kiosk registry serve' as a process of its own on 127.0.0.1 (stopped by its PID)."""

    def __init__(self, db_url: str, *args: str) -> None:
        from kiosk.registry import orgkey

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.command = [sys.executable, "-m", "kiosk", "registry", "serve", "--port", str(self.port), "--db", db_url,
                        "--org-key", str(orgkey.key_path()), *args]
        self.process: subprocess.Popen | None = None

    def start(self) -> RegistryProcess:
        self.process = subprocess.Popen(self.command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"the registry exited: {self.process.stderr.read().decode()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the registry did not start") from None
                time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


@pytest.fixture
def registry_process(registry):
    """registry_process(*args) -> a started 'kiosk registry serve' on the test's database, stopped after the test."""
    started: list[RegistryProcess] = []

    def start(*args: str) -> RegistryProcess:
        started.append(RegistryProcess(registry, *args).start())
        return started[-1]

    yield start
    for process in started:
        process.stop()


@pytest.fixture
def live_registry(registry):
    server = LiveRegistry().start()
    yield server
    server.stop()


@pytest.fixture
def kiosk_pack(set_up_kiosk):
    from kiosk.core.credentials.definitions import find_definition
    from tests.core.credentials.conftest import install_test_pack

    install_test_pack()
    return find_definition("kiosk.test.digital/digital-basics")


@pytest.fixture
def award(kiosk_pack):
    """award(name) -> an issued credential for a new learner ``name`` on this kiosk."""
    from kiosk.core.credentials import issuing
    from kiosk.core.learners.profiles import create_learner

    def make(name: str = "Amina Okafor", *, now: datetime | None = None):
        learner = create_learner(name)
        return issuing.award_credential(
            learner_id=learner.id, definition=kiosk_pack, method="mastery", score=90, now=now or datetime(2025, 3, 4)
        )

    return make


@pytest.fixture
def kiosk_key(set_up_kiosk):
    from kiosk.core.credentials.keys import ensure_signing_key

    return ensure_signing_key()


@pytest.fixture
def kiosk_enrolled(set_up_kiosk, registry):
    """This kiosk pinned the registry's organisation key (as 'kiosk init --enrol FILE' does)."""
    from kiosk.core.storage import repo
    from kiosk.core.trust.store import pin_values
    from kiosk.registry import store

    repo.put_settings(pin_values(store.get_organisation().public_key, "Riverside Trust"))


@pytest.fixture
def approved(registry, kiosk_key, kiosk_enrolled):
    from kiosk.registry.service import approve_kiosk

    return approve_kiosk(kiosk_key.public_key, name="Library PC 2", organisation="Riverside Centre")
