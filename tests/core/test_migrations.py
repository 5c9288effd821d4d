"""Opening a database made by an older Kiosk upgrades it, keeps its data and backs it up first."""

import sqlite3

from kiosk.core.learners.profiles import list_profiles, log_in
from kiosk.core.storage import migrations
from kiosk.core.storage.db import close_db, db, init_db

# The schema exactly as Kiosk 0.1 (schema 1) wrote it, with a learner in it.
SCHEMA_1 = """
CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "learner" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL,
    "name_key" VARCHAR(255) NOT NULL, "pin_hash" VARCHAR(255), "created_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "learner_name_key" ON "learner" ("name_key");
INSERT INTO setting VALUES ('organisation', 'Riverside Centre');
INSERT INTO learner VALUES (1, 'Amina Diallo', 'amina diallo', NULL, '2026-01-05 09:30:00');
PRAGMA user_version = 1;
"""


def make_schema_1(path):
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA_1)
    conn.close()


def test_schema_1_upgrades_to_latest_and_keeps_learners(kiosk_home):
    path = kiosk_home / "kiosk.db"
    make_schema_1(path)

    init_db(path)
    try:
        assert db.pragma("user_version") == migrations.LATEST_VERSION
        [amina] = list_profiles()
        assert amina.name == "Amina Diallo" and not amina.has_pin
        # Columns added by later steps work: logging in records the time and resets failures.
        session = log_in(amina.id)
        assert session.name == "Amina Diallo"
        columns = {row[1] for row in db.execute_sql("PRAGMA table_info(learner)").fetchall()}
        assert {"failed_pins", "locked_until", "archived", "language", "last_login_at"} <= columns
        assert db.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        close_db()

    backup = kiosk_home / "backups" / "kiosk-schema1.db"
    with sqlite3.connect(backup) as old:
        assert old.execute("PRAGMA user_version").fetchone() == (1,)
        assert old.execute("SELECT name FROM learner").fetchall() == [("Amina Diallo",)]


def test_upgrading_twice_changes_nothing(kiosk_home):
    path = kiosk_home / "kiosk.db"
    make_schema_1(path)
    init_db(path)
    close_db()
    init_db(path)
    try:
        assert db.pragma("user_version") == migrations.LATEST_VERSION
        assert len(list_profiles()) == 1
    finally:
        close_db()


def test_a_fresh_database_gets_every_step_and_the_models_match(database):
    from kiosk.core.storage.models import ALL_MODELS

    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}
        assert columns == set(model._meta.columns), table
