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


def test_json_columns_keep_the_text_they_always_had(database):
    """JSONField writes what the hand-written mappers wrote: UTF-8 as it is, a manifest's keys sorted."""
    from datetime import datetime

    from kiosk.core.storage import repo

    manifest = {"version": "1.0.0", "id": "p.one", "title": "Café", "language": "fr", "publisher": "Ana"}
    pack = repo.save_installed_pack(manifest=manifest, folder="/x", publisher_key_id="K", installed_at=datetime(2026, 1, 1))
    learner = repo.insert_learner(name="Ana", name_key="ana", pin_hash=None, language=None)
    attempt = repo.insert_quiz_attempt(learner_id=learner.id, pack_id="p.one", quiz_id="q", seed=1, started_at=datetime(2026, 1, 1))
    answer = repo.record_quiz_response(
        attempt_id=attempt.id, learner_id=learner.id, question_id="q1", skills=["sécurité"], response={"b": 1, "a": "é"},
        fraction=1.0, correct=True, answered_at=datetime(2026, 1, 1), review_status=None,
    )

    (stored_manifest,) = db.execute_sql("SELECT manifest FROM installed_pack").fetchone()
    skills, response = db.execute_sql("SELECT skills, response FROM quiz_response").fetchone()
    assert stored_manifest == '{"id": "p.one", "language": "fr", "publisher": "Ana", "title": "Café", "version": "1.0.0"}'
    assert (skills, response) == ('["sécurité"]', '{"b": 1, "a": "é"}')
    assert (pack.manifest, answer.skills, answer.response) == (manifest, ("sécurité",), {"b": 1, "a": "é"})
    assert repo.answers_by_pack([learner.id])[(learner.id, "p.one")][0].skills == ("sécurité",)
