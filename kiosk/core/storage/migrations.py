"""Schema versions, keyed on ``PRAGMA user_version``.

Each step takes the schema from version N-1 to N and runs inside one
transaction together with the version bump, so a power cut leaves the file at
N-1 or at N, never between. Before upgrading an existing file we copy it to
``backups/``. A file newer than ``LATEST_VERSION`` is refused by ``db.init_db``.

Steps are history: they never import today's models, and a released step is
never edited. To change the schema, append a step.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peewee import SqliteDatabase

log = logging.getLogger(__name__)


def _v1_settings_and_learners(db: SqliteDatabase) -> None:
    db.execute_sql('CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)')
    db.execute_sql(
        'CREATE TABLE "learner" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, '
        '"name_key" VARCHAR(255) NOT NULL, "pin_hash" VARCHAR(255), "created_at" DATETIME NOT NULL)'
    )
    db.execute_sql('CREATE UNIQUE INDEX "learner_name_key" ON "learner" ("name_key")')


def _v2_pin_lockout_and_language(db: SqliteDatabase) -> None:
    from peewee import BooleanField, CharField, DateTimeField, IntegerField
    from playhouse.migrate import SqliteMigrator, migrate  # only needed when upgrading

    migrator = SqliteMigrator(db)
    migrate(
        migrator.add_column("learner", "archived", BooleanField(default=False)),
        migrator.add_column("learner", "failed_pins", IntegerField(default=0)),
        migrator.add_column("learner", "locked_until", DateTimeField(null=True)),
        migrator.add_column("learner", "language", CharField(null=True)),
        migrator.add_column("learner", "last_login_at", DateTimeField(null=True)),
    )


def _v3_installed_packs(db: SqliteDatabase) -> None:
    db.execute_sql(
        'CREATE TABLE "installed_pack" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "version" VARCHAR(255) NOT NULL, '
        '"title" VARCHAR(255) NOT NULL, "language" VARCHAR(255) NOT NULL, "publisher" VARCHAR(255) NOT NULL, '
        '"publisher_key_id" VARCHAR(255) NOT NULL, "installed_at" DATETIME NOT NULL, "folder" TEXT NOT NULL, '
        '"manifest" TEXT NOT NULL)'
    )


def _v4_issued_credentials_and_trusted_keys(db: SqliteDatabase) -> None:
    db.execute_sql(
        'CREATE TABLE "issued_credential" ("id" TEXT NOT NULL PRIMARY KEY, "learner_id" INTEGER NOT NULL, '
        '"credential_id" TEXT NOT NULL, "title" TEXT NOT NULL, "skills" TEXT NOT NULL, "pack_id" TEXT NOT NULL, '
        '"issued_at" DATETIME NOT NULL, "method" TEXT NOT NULL, "score" REAL, "short_code" TEXT NOT NULL, '
        '"payload" TEXT NOT NULL, "revoked_at" DATETIME, "revoke_reason" TEXT, '
        'FOREIGN KEY ("learner_id") REFERENCES "learner" ("id") ON DELETE RESTRICT)'
    )
    db.execute_sql('CREATE INDEX "issued_credential_learner_id" ON "issued_credential" ("learner_id")')
    db.execute_sql('CREATE UNIQUE INDEX "issued_credential_short_code" ON "issued_credential" ("short_code")')
    db.execute_sql(
        'CREATE INDEX "issued_credential_learner_id_credential_id" ON "issued_credential" ("learner_id", "credential_id")'
    )
    db.execute_sql(
        'CREATE TABLE "trusted_kiosk_key" ("key_id" TEXT NOT NULL PRIMARY KEY, "public_key" TEXT NOT NULL, '
        '"name" TEXT NOT NULL, "added_at" DATETIME NOT NULL, "revoked_at" DATETIME)'
    )
def _v5_quiz_attempts_and_responses(db: SqliteDatabase) -> None:
    db.execute_sql(
        'CREATE TABLE "quiz_attempt" ("id" INTEGER NOT NULL PRIMARY KEY, "learner_id" INTEGER NOT NULL, '
        '"pack_id" VARCHAR(255) NOT NULL, "quiz_id" VARCHAR(255) NOT NULL, "seed" INTEGER NOT NULL, '
        '"started_at" DATETIME NOT NULL, "finished_at" DATETIME, "score" REAL, '
        'FOREIGN KEY ("learner_id") REFERENCES "learner" ("id"))'
    )
    db.execute_sql('CREATE INDEX "quiz_attempt_learner_id_pack_id" ON "quiz_attempt" ("learner_id", "pack_id")')
    db.execute_sql(
        'CREATE TABLE "quiz_response" ("id" INTEGER NOT NULL PRIMARY KEY, "attempt_id" INTEGER NOT NULL, '
        '"learner_id" INTEGER NOT NULL, "pack_id" VARCHAR(255) NOT NULL, "question_id" VARCHAR(255) NOT NULL, '
        '"skills" TEXT NOT NULL, "response" TEXT NOT NULL, "fraction" REAL, "correct" INTEGER NOT NULL, '
        '"answered_at" DATETIME NOT NULL, "review_status" VARCHAR(255), "reviewer_fraction" REAL, '
        'FOREIGN KEY ("attempt_id") REFERENCES "quiz_attempt" ("id"), '
        'FOREIGN KEY ("learner_id") REFERENCES "learner" ("id"))'
    )
    db.execute_sql('CREATE INDEX "quiz_response_attempt_id" ON "quiz_response" ("attempt_id")')
    db.execute_sql('CREATE INDEX "quiz_response_learner_id_pack_id" ON "quiz_response" ("learner_id", "pack_id")')
def _v6_trusted_publishers(db: SqliteDatabase) -> None:
    db.execute_sql(
        'CREATE TABLE "trusted_publisher" ("fingerprint" VARCHAR(255) NOT NULL PRIMARY KEY, '
        '"public_key" VARCHAR(255) NOT NULL, "label" VARCHAR(255) NOT NULL, '
        '"pack_id_prefix" VARCHAR(255) NOT NULL, "trusted_at" DATETIME NOT NULL)'
    )


def _v7_sync_acknowledgements_and_registry_revocations(db: SqliteDatabase) -> None:
    db.execute_sql(
        'CREATE TABLE "sync_acknowledgement" ("registry" TEXT NOT NULL, "kind" TEXT NOT NULL, '
        '"item_id" TEXT NOT NULL, "acknowledged_at" DATETIME NOT NULL, PRIMARY KEY ("registry", "kind", "item_id"))'
    )
    db.execute_sql(
        'CREATE TABLE "registry_revocation" ("id" TEXT NOT NULL PRIMARY KEY, "revoked_at" DATETIME NOT NULL, '
        '"reason" TEXT, "pulled_at" DATETIME NOT NULL)'
    )


def _v8_credential_signoffs(db: SqliteDatabase) -> None:
    db.execute_sql(
        'CREATE TABLE "credential_signoff" ("id" INTEGER NOT NULL PRIMARY KEY, "learner_id" INTEGER NOT NULL, '
        '"credential_id" TEXT NOT NULL, "signed_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("learner_id") REFERENCES "learner" ("id"))'
    )
    db.execute_sql('CREATE INDEX "credential_signoff_learner_id" ON "credential_signoff" ("learner_id")')
    db.execute_sql(
        'CREATE UNIQUE INDEX "credential_signoff_learner_id_credential_id" '
        'ON "credential_signoff" ("learner_id", "credential_id")'
    )


def _v9_trust_from_the_organisation_only(db: SqliteDatabase) -> None:
    """Other kiosks' keys and pulled revocations now come only from a trust list signed by the
    organisation key. Those stored before came unsigned, from whoever answered a sync, so they
    are dropped; the next sync with a pinned organisation key brings them back, signed. This
    kiosk's own key needs no row: it is read from its key file."""
    db.execute_sql('DELETE FROM "trusted_kiosk_key"')
    db.execute_sql('DELETE FROM "registry_revocation"')
    db.execute_sql(
        'CREATE TABLE "withdrawn_key_receipt" ("key_id" TEXT NOT NULL, "digest" TEXT NOT NULL, '
        'PRIMARY KEY ("key_id", "digest"))'
    )


def _v10_issued_credential_badges(db: SqliteDatabase) -> None:
    """The full Open Badge of each credential (its facts and the proofs over it, as JSON text),
    signed at award time; credentials issued before have none until their first sync or export."""
    db.execute_sql('ALTER TABLE "issued_credential" ADD COLUMN "badge" TEXT')


def _v11_learner_speech_speed(db: SqliteDatabase) -> None:
    """How fast lessons and questions are read aloud to each learner (null: the normal speed)."""
    from peewee import CharField
    from playhouse.migrate import SqliteMigrator, migrate  # only needed when upgrading

    migrate(SqliteMigrator(db).add_column("learner", "speech_speed", CharField(null=True)))


def _v12_kept_mastery(db: SqliteDatabase) -> None:
    """Mastery kept per learner and pack (and skill), so a busy kiosk's screens need not replay
    every answer; always recomputable from the answers, which stay the record."""
    db.execute_sql(
        'CREATE TABLE "kept_pack_progress" ("learner_id" INTEGER NOT NULL, "pack_id" VARCHAR(255) NOT NULL, '
        '"rule" TEXT NOT NULL, "last_answer_id" INTEGER NOT NULL, "answers" INTEGER NOT NULL, '
        '"last_answered_at" DATETIME NOT NULL, "tenth_last_answered_at" DATETIME, "skills" INTEGER NOT NULL, '
        '"mastered" INTEGER NOT NULL, "progress" REAL NOT NULL, "latest_mastered_at" DATETIME, '
        'PRIMARY KEY ("learner_id", "pack_id"), '
        'FOREIGN KEY ("learner_id") REFERENCES "learner" ("id") ON DELETE CASCADE)'
    )
    db.execute_sql(
        'CREATE TABLE "kept_skill_state" ("learner_id" INTEGER NOT NULL, "pack_id" VARCHAR(255) NOT NULL, '
        '"skill_id" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "progress" REAL NOT NULL, '
        '"explanation" TEXT NOT NULL, "attempts" INTEGER NOT NULL, "mastered_at" DATETIME, "due_at" DATETIME, '
        '"needs_review" INTEGER NOT NULL, PRIMARY KEY ("learner_id", "pack_id", "skill_id"), '
        'FOREIGN KEY ("learner_id") REFERENCES "learner" ("id") ON DELETE CASCADE)'
    )


def _v13_what_each_learner_was_told(db: SqliteDatabase) -> None:
    """What each learner's home last showed them as mastered and revoked (JSON), so it can tell
    them in plain words when a skill was lost or a certificate revoked since."""
    db.execute_sql('ALTER TABLE "learner" ADD COLUMN "home_seen" TEXT')


STEPS: list[Callable[[SqliteDatabase], None]] = [
    _v1_settings_and_learners,
    _v2_pin_lockout_and_language,
    _v3_installed_packs,
    _v4_issued_credentials_and_trusted_keys,
    _v5_quiz_attempts_and_responses,
    _v6_trusted_publishers,
    _v7_sync_acknowledgements_and_registry_revocations,
    _v8_credential_signoffs,
    _v9_trust_from_the_organisation_only,
    _v10_issued_credential_badges,
    _v11_learner_speech_speed,
    _v12_kept_mastery,
    _v13_what_each_learner_was_told,
]

LATEST_VERSION = len(STEPS)


def backup_file(db: SqliteDatabase, path: Path, version: int) -> Path:
    """A consistent copy of the open database, made with SQLite's online backup API."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    from kiosk.core import durable  # not at import: the first screen reads LATEST_VERSION before the paint

    target = folder / f"{path.stem}-schema{version}.db"
    durable.remove_leftovers(target)
    part = target.with_name(f"{target.name}{durable.TEMPORARY}{os.getpid()}")
    dest = sqlite3.connect(part)
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    fd = os.open(part, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    durable.put_in_place(part, target)  # whole or not at all, like every file Kiosk writes
    return target


def upgrade(db: SqliteDatabase, path: Path) -> None:
    current = db.pragma("user_version")
    if current == LATEST_VERSION:
        return
    if current > 0:
        saved = backup_file(db, path, current)
        log.info("backed up schema %d to %s before upgrading", current, saved)
    for version in range(current + 1, LATEST_VERSION + 1):
        with db.atomic():
            STEPS[version - 1](db)
            db.pragma("user_version", version)
        log.info("database upgraded to schema %d", version)
