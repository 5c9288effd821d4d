"""The registry's own database (never the kiosk's): SQLite by default, PostgreSQL by URL.

``registry_db`` is a peewee ``DatabaseProxy``; ``open_registry_db(url)`` connects it
(``playhouse.db_url``), then brings the schema up to date (``kiosk.registry.migrations``).
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from peewee import Database, DatabaseProxy, InterfaceError, OperationalError

from kiosk import paths
from kiosk.core.errors import KnownError

log = logging.getLogger(__name__)

registry_db = DatabaseProxy()

REGISTRY_FILENAME = "registry.db"
SQLITE_PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "busy_timeout": 5000}
SCHEMES = ("sqlite", "postgresql", "postgres")


def default_url() -> str:
    """A SQLite file in the data dir: ``sqlite:///<data dir>/registry.db``."""
    return f"sqlite:///{paths.data_dir() / REGISTRY_FILENAME}"


def describe_url(url: str) -> str:
    """The URL without its password, for logs and messages."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return parts._replace(netloc=netloc).geturl()
    return url


def connect_url(url: str) -> Database:
    from playhouse.db_url import connect

    scheme = urlsplit(url).scheme.lower()
    if scheme not in SCHEMES:
        raise KnownError(f"A registry database URL starts with sqlite:/// or postgresql://, not {describe_url(url)!r}.")
    try:
        if scheme == "sqlite":
            return connect(url, pragmas=SQLITE_PRAGMAS)
        return connect(url)
    except Exception as exc:  # noqa: BLE001 - driver errors vary; report them plainly
        raise KnownError(f"Cannot use the registry database {describe_url(url)} ({exc}).") from exc


def open_registry_db(url: str | None = None) -> Database:
    """Connect the registry database (default: the SQLite file) and upgrade its schema."""
    from kiosk.registry import migrations

    url = url or default_url()
    close_registry_db()
    database = connect_url(url)
    registry_db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
    except Exception as exc:  # noqa: BLE001
        raise KnownError(f"Cannot open the registry database {describe_url(url)} ({exc}).") from exc
    migrations.upgrade(database)
    log.info("registry database %s at schema %d", describe_url(url), migrations.LATEST_VERSION)
    return database


def close_registry_db() -> None:
    database = registry_db.obj
    if database is not None and not database.is_closed():
        database.close()


LOST = (OperationalError, InterfaceError)  # the connection broke, or the server is down


def forget_connection() -> None:
    """After a lost connection: drop it, so that the next query opens a new one.

    A worker keeps one connection for its life; without this, a database restart (or a
    failover) would leave it answering every request with an error.
    """
    database = registry_db.obj
    if database is None:
        return
    try:
        database.close()
    except Exception:  # noqa: BLE001 - closing a broken connection may fail too
        database._state.reset()
