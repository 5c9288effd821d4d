"""The database handle and how it is opened.

``db`` is deferred (peewee's "Initializing the Database"): ``init_db(path)``
binds it to a file, applies the pragmas and brings the schema up to date.
peewee keeps one connection per thread, so workers get their own.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from kiosk.core.errors import KnownError

log = logging.getLogger(__name__)

db = SqliteDatabase(None)

PRAGMAS = {
    # Readers never block the writer, and a torn write cannot corrupt the file.
    "journal_mode": "wal",
    "foreign_keys": 1,
    # FULL: a commit is on disk before it returns, so an answer the screen has
    # acknowledged survives a power cut (NORMAL may lose the last commits).
    "synchronous": 2,
    # 8 MiB of page cache: enough for our small tables, kind to old machines.
    "cache_size": -8192,
    "busy_timeout": 5000,
}


def read_schema_version(path: Path) -> int:
    """The file's ``user_version``, read without changing the file (0 if it does not exist)."""
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise KnownError(f"The data file {path} is damaged or is not a Kiosk database ({exc}).") from exc


def init_db(path: Path) -> None:
    """Open the database at ``path``, creating or upgrading it as needed."""
    from kiosk.core.storage import migrations

    path = Path(path)
    found = read_schema_version(path)
    if found > migrations.LATEST_VERSION:
        raise KnownError(
            f"The data file {path} was made by a newer Kiosk (schema {found}; this one knows "
            f"up to {migrations.LATEST_VERSION}). Install the newer Kiosk to open it."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    close_owner_only(path)
    close_db()
    db.init(str(path), pragmas=PRAGMAS)
    db.connect()
    migrations.upgrade(db, path)
    log.info("database %s at schema %d", path, migrations.LATEST_VERSION)


FILE_MODE = 0o600


def close_owner_only(path: Path) -> None:
    """The database and its journal files readable only by the kiosk's own account (made so if older)."""
    import os

    if os.name != "posix":
        return
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE))  # SQLite gives its -wal and -shm this mode
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if file.exists() and file.stat().st_mode & 0o077:
            os.chmod(file, FILE_MODE)


def close_db() -> None:
    if db.database is not None and not db.is_closed():
        db.close()
