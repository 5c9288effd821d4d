"""The registry schema's history, kept in a one-row table (``PRAGMA user_version``
is SQLite-only and the registry also runs on PostgreSQL).

The DDL is plain SQL both databases accept. Steps are history: never edit a
released step, append one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from peewee import Database, SqliteDatabase

from kiosk.core.errors import KnownError

log = logging.getLogger(__name__)

VERSION_TABLE = "registry_schema"


def _v1_kiosks_credentials_revocations_batches(db: Database) -> None:
    db.execute_sql(
        'CREATE TABLE "approved_kiosk" ("key_id" VARCHAR(16) NOT NULL PRIMARY KEY, "public_key" TEXT NOT NULL, '
        '"name" TEXT NOT NULL, "organisation" TEXT NOT NULL, "approved_at" TIMESTAMP NOT NULL, '
        '"revoked_at" TIMESTAMP)'
    )
    db.execute_sql(
        'CREATE TABLE "received_credential" ("id" VARCHAR(32) NOT NULL PRIMARY KEY, "key_id" VARCHAR(16) NOT NULL '
        'REFERENCES "approved_kiosk" ("key_id"), "short_code" VARCHAR(16) NOT NULL, "payload" TEXT NOT NULL, '
        '"learner_name" TEXT NOT NULL, "title" TEXT NOT NULL, "issued_on" DATE NOT NULL, '
        '"received_at" TIMESTAMP NOT NULL)'
    )
    db.execute_sql('CREATE INDEX "received_credential_short_code" ON "received_credential" ("short_code")')
    db.execute_sql('CREATE INDEX "received_credential_key_id" ON "received_credential" ("key_id")')
    db.execute_sql(
        'CREATE TABLE "credential_revocation" ("id" VARCHAR(32) NOT NULL PRIMARY KEY, '
        '"revoked_at" TIMESTAMP NOT NULL, "reason" TEXT, "received_at" TIMESTAMP NOT NULL)'
    )
    db.execute_sql(
        'CREATE TABLE "sync_batch" ("nonce" VARCHAR(64) NOT NULL PRIMARY KEY, "key_id" VARCHAR(16) NOT NULL, '
        '"sent_at" TIMESTAMP NOT NULL, "received_at" TIMESTAMP NOT NULL, "via" VARCHAR(16) NOT NULL, '
        '"credentials" INTEGER NOT NULL, "revocations" INTEGER NOT NULL)'
    )


def _v2_organisation_and_trust_sequence(db: Database) -> None:
    """The organisation whose key signs the trust list, and the list's sequence number."""
    db.execute_sql(
        'CREATE TABLE "organisation" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, '
        '"public_key" TEXT NOT NULL, "verify_url" TEXT, "key_history" TEXT NOT NULL, '
        '"trust_sequence" INTEGER NOT NULL, "trust_changed_at" TIMESTAMP NOT NULL)'
    )
    db.execute_sql('CREATE INDEX "sync_batch_key_id_received_at" ON "sync_batch" ("key_id", "received_at")')


def _v3_request_budget(db: Database) -> None:
    """The rate limit's budgets, one row per client address, shared by every worker and instance.

    On PostgreSQL the table is UNLOGGED: no write-ahead log for a counter that may be lost in
    a crash (it empties, and every address starts with a full budget).
    """
    unlogged = "UNLOGGED " if not isinstance(db, SqliteDatabase) else ""
    db.execute_sql(
        f'CREATE {unlogged}TABLE "request_budget" ("address" VARCHAR(64) NOT NULL PRIMARY KEY, '
        '"tokens" DOUBLE PRECISION NOT NULL, "updated_at" DOUBLE PRECISION NOT NULL)'
    )
    db.execute_sql('CREATE INDEX "request_budget_updated_at" ON "request_budget" ("updated_at")')


STEPS: list[Callable[[Database], None]] = [
    _v1_kiosks_credentials_revocations_batches,
    _v2_organisation_and_trust_sequence,
    _v3_request_budget,
]

LATEST_VERSION = len(STEPS)


def current_version(db: Database) -> int:
    if VERSION_TABLE not in db.get_tables():
        return 0
    row = db.execute_sql(f'SELECT "version" FROM "{VERSION_TABLE}"').fetchone()
    return int(row[0]) if row else 0


def upgrade(db: Database) -> None:
    """Apply the missing steps, each in one transaction with its version bump."""
    with db.atomic():
        if VERSION_TABLE not in db.get_tables():
            db.execute_sql(f'CREATE TABLE "{VERSION_TABLE}" ("version" INTEGER NOT NULL)')
            db.execute_sql(f'INSERT INTO "{VERSION_TABLE}" ("version") VALUES (0)')
    found = current_version(db)
    if found > LATEST_VERSION:
        raise KnownError(
            f"This registry database was made by a newer Kiosk (schema {found}; this one knows up to "
            f"{LATEST_VERSION}). Install the newer Kiosk to use it."
        )
    for version in range(found + 1, LATEST_VERSION + 1):
        with db.atomic():
            STEPS[version - 1](db)
            db.execute_sql(f'UPDATE "{VERSION_TABLE}" SET "version" = {version}')
        log.info("registry database upgraded to schema %d", version)
