import sqlite3

import pytest

from kiosk import paths
from kiosk.core.errors import KnownError
from kiosk.core.storage import migrations
from kiosk.core.storage.db import close_db, db, init_db


def test_database_lives_in_kiosk_home(kiosk_home):
    assert paths.database_path() == kiosk_home / "kiosk.db"
    init_db(paths.database_path())
    close_db()
    assert (kiosk_home / "kiosk.db").is_file()


def test_pragmas_protect_acknowledged_writes(database):
    assert db.pragma("journal_mode") == "wal"
    assert db.pragma("foreign_keys") == 1
    assert db.pragma("synchronous") == 2  # FULL
    assert db.pragma("user_version") == migrations.LATEST_VERSION


def test_a_write_is_on_disk_when_the_call_returns(database):
    from kiosk.core.storage import repo

    repo.put_settings({"organisation": "Riverside"})
    # A second, independent connection (another process would see the same).
    with sqlite3.connect(database) as other:
        assert other.execute("SELECT value FROM setting WHERE key='organisation'").fetchone() == ("Riverside",)


def test_a_database_newer_than_the_app_is_refused_untouched(kiosk_home):
    path = kiosk_home / "kiosk.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(KnownError, match="newer Kiosk"):
        init_db(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(kiosk_home):
    path = kiosk_home / "kiosk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(KnownError, match="damaged or is not a Kiosk database"):
        init_db(path)
    assert path.read_bytes() == b"this is not sqlite" * 100
