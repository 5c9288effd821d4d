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
        '"trust_sequence" BIGINT NOT NULL, "trust_changed_at" TIMESTAMP NOT NULL)'
    )
    db.execute_sql('CREATE INDEX "sync_batch_key_id_received_at" ON "sync_batch" ("key_id", "received_at")')


def _v3_batches_say_when_revocations_are_complete(db: Database) -> None:
    """A batch of sync format 2 says up to when the kiosk's revocations are all sent (NULL: format 1, unknown)."""
    db.execute_sql('ALTER TABLE "sync_batch" ADD COLUMN "revoked_up_to" TIMESTAMP')


def _v4_credential_badges(db: Database) -> None:
    """The full Open Badge of a received credential (facts and proofs, JSON text), as its kiosk sent it."""
    db.execute_sql(
        'CREATE TABLE "credential_badge" ("id" VARCHAR(32) NOT NULL PRIMARY KEY '
        'REFERENCES "received_credential" ("id"), "badge" TEXT NOT NULL, "received_at" TIMESTAMP NOT NULL)'
    )


def _v5_request_budget_and_page_lookup(db: Database) -> None:
    """The rate limit's budgets, one row per client address, shared by every worker and instance;
    and, on PostgreSQL, the verification page's lookup as a function.

    On PostgreSQL the budget table is UNLOGGED: no write-ahead log for a counter that may be
    lost in a crash (it empties, and every address starts with a full budget). The page's
    one query (``store.lookup_for_page``) took about twice as long to plan as to run; a
    PL/pgSQL function keeps its plan for the connection's life, and unlike PREPARE it works
    behind a pooler in transaction mode.
    """
    postgres = not isinstance(db, SqliteDatabase)
    db.execute_sql(
        f'CREATE {"UNLOGGED " if postgres else ""}TABLE "request_budget" ("address" VARCHAR(64) NOT NULL PRIMARY KEY, '
        '"tokens" DOUBLE PRECISION NOT NULL, "updated_at" DOUBLE PRECISION NOT NULL)'
    )
    db.execute_sql('CREATE INDEX "request_budget_updated_at" ON "request_budget" ("updated_at")')
    if postgres:
        db.execute_sql(
            'CREATE FUNCTION "registry_page_lookup"(wanted_key VARCHAR, wanted_credential VARCHAR) RETURNS TABLE ('
            'public_key TEXT, name TEXT, organisation TEXT, approved_at TIMESTAMP, revoked_at TIMESTAMP, '
            'id VARCHAR, short_code VARCHAR, payload TEXT, learner_name TEXT, title TEXT, issued_on DATE, '
            'received_at TIMESTAMP, revocation_id VARCHAR, revocation_revoked_at TIMESTAMP, reason TEXT, '
            'revocation_received_at TIMESTAMP, last_sync TIMESTAMP) LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN QUERY '
            'SELECT k."public_key", k."name", k."organisation", k."approved_at", k."revoked_at", '
            'rc."id", rc."short_code", rc."payload", rc."learner_name", rc."title", rc."issued_on", rc."received_at", '
            'cr."id", cr."revoked_at", cr."reason", cr."received_at", '
            '(SELECT MAX(sb."revoked_up_to") FROM "sync_batch" sb WHERE sb."key_id" = k."key_id") '
            'FROM "approved_kiosk" k '
            'LEFT JOIN "received_credential" rc ON rc."id" = wanted_credential '
            'LEFT JOIN "credential_revocation" cr ON cr."id" = wanted_credential '
            'WHERE k."key_id" = wanted_key; END $$'
        )


def _v6_page_lookup_with_the_badge(db: Database) -> None:
    """The page's one query also gives the credential's Open Badge, so a page view is one round trip."""
    if isinstance(db, SqliteDatabase):
        return  # the query is built in store.lookup_for_page
    db.execute_sql('DROP FUNCTION IF EXISTS "registry_page_lookup"(VARCHAR, VARCHAR)')
    db.execute_sql(
        'CREATE FUNCTION "registry_page_lookup"(wanted_key VARCHAR, wanted_credential VARCHAR) RETURNS TABLE ('
        'public_key TEXT, name TEXT, organisation TEXT, approved_at TIMESTAMP, revoked_at TIMESTAMP, '
        'id VARCHAR, short_code VARCHAR, payload TEXT, learner_name TEXT, title TEXT, issued_on DATE, '
        'received_at TIMESTAMP, revocation_id VARCHAR, revocation_revoked_at TIMESTAMP, reason TEXT, '
        'revocation_received_at TIMESTAMP, last_sync TIMESTAMP, badge TEXT) LANGUAGE plpgsql STABLE AS $$ BEGIN '
        'RETURN QUERY '
        'SELECT k."public_key", k."name", k."organisation", k."approved_at", k."revoked_at", '
        'rc."id", rc."short_code", rc."payload", rc."learner_name", rc."title", rc."issued_on", rc."received_at", '
        'cr."id", cr."revoked_at", cr."reason", cr."received_at", '
        '(SELECT MAX(sb."revoked_up_to") FROM "sync_batch" sb WHERE sb."key_id" = k."key_id"), cb."badge" '
        'FROM "approved_kiosk" k '
        'LEFT JOIN "received_credential" rc ON rc."id" = wanted_credential '
        'LEFT JOIN "credential_revocation" cr ON cr."id" = wanted_credential '
        'LEFT JOIN "credential_badge" cb ON cb."id" = wanted_credential '
        'WHERE k."key_id" = wanted_key; END $$'
    )


def _v7_latest_revocations_promise_by_index(db: Database) -> None:
    """The page's "not revoked as of" is the latest ``revoked_up_to`` of the kiosk's batches. An
    online kiosk sends a batch every 10 minutes, empty or not (144 a day), and with only the
    (key_id, received_at) index the page read every one of them: an index on (key_id,
    revoked_up_to) finds the latest in one step, on both databases."""
    # IF NOT EXISTS: a big PostgreSQL registry may build it beforehand, CONCURRENTLY, so that the
    # upgrade does not hold kiosks' syncs while it is built (docs/registry.md, "Upgrades")
    db.execute_sql('CREATE INDEX IF NOT EXISTS "sync_batch_key_id_revoked_up_to" ON "sync_batch" ("key_id", "revoked_up_to")')


STEPS: list[Callable[[Database], None]] = [
    _v1_kiosks_credentials_revocations_batches,
    _v2_organisation_and_trust_sequence,
    _v3_batches_say_when_revocations_are_complete,
    _v4_credential_badges,
    _v5_request_budget_and_page_lookup,
    _v6_page_lookup_with_the_badge,
    _v7_latest_revocations_promise_by_index,
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
