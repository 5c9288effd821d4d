"""The registry's database API: plain values in, frozen dataclasses out."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from functools import lru_cache

from peewee import SqliteDatabase

from kiosk.core.records import record_of
from kiosk.core.sync.envelope import Envelope
from kiosk.registry.db import SQLITE_PRAGMAS, registry_db
from kiosk.registry.models import ApprovedKiosk, CredentialRevocation, Organisation, ReceivedCredential, SyncBatch


@dataclass(frozen=True)
class KioskRecord:
    key_id: str
    public_key: str
    name: str
    organisation: str
    approved_at: datetime
    revoked_at: datetime | None

    def as_dict(self) -> dict:
        return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class RevocationRecord:
    id: str
    revoked_at: datetime
    reason: str | None
    received_at: datetime


@dataclass(frozen=True)
class NewCredential:
    id: str
    key_id: str
    short_code: str
    payload: str
    learner_name: str
    title: str
    issued_on: date


@dataclass(frozen=True)
class ReceivedRecord(NewCredential):
    received_at: datetime


def _kiosk(row: ApprovedKiosk) -> KioskRecord:
    return record_of(KioskRecord, row)


def _as_date(value: date | str) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _received(row: ReceivedCredential) -> ReceivedRecord:
    return record_of(ReceivedRecord, row, issued_on=_as_date(row.issued_on))


def _revocation(row: CredentialRevocation) -> RevocationRecord:
    return record_of(RevocationRecord, row)


# --- the organisation and its trust list's sequence ---------------------------


@dataclass(frozen=True)
class OrganisationRecord:
    name: str
    public_key: str
    verify_url: str | None
    key_history: list[dict]
    trust_sequence: int
    trust_changed_at: datetime


def _organisation(row: Organisation) -> OrganisationRecord:
    return record_of(OrganisationRecord, row, trust_changed_at=_moment(row.trust_changed_at))


def get_organisation() -> OrganisationRecord | None:
    row = Organisation.get_or_none(Organisation.id == 1)
    return None if row is None else _organisation(row)


def create_organisation(*, name: str, public_key: str, verify_url: str | None, at: datetime) -> bool:
    """Record the organisation (once); False if there is one already."""
    with registry_db.atomic():
        if Organisation.get_or_none(Organisation.id == 1) is not None:
            return False
        Organisation.create(
            id=1, name=name, public_key=public_key, verify_url=verify_url, key_history=[],
            trust_sequence=_milliseconds(at), trust_changed_at=at,
        )
    return True


def rotate_organisation_key(*, public_key: str, key_history: list[dict], at: datetime) -> None:
    with registry_db.atomic():
        Organisation.update(public_key=public_key, key_history=key_history).where(
            Organisation.id == 1
        ).execute()
        _bump(at)


def _milliseconds(at: datetime) -> int:
    return int((at - datetime(1970, 1, 1)).total_seconds() * 1000)


def _bump(at: datetime) -> None:
    """The trust list changed: its next copy gets a higher sequence number (call inside the change's transaction).

    The number is at least the time in milliseconds, so it never repeats or goes back, even after the
    registry's database is restored from an older backup: kiosks refuse a list numbered below the
    one they hold, and would refuse every later list of a registry whose count went back.
    """
    from peewee import Case

    following = Organisation.trust_sequence + 1
    now = _milliseconds(at)
    Organisation.update(
        trust_sequence=Case(None, [(following > now, following)], now), trust_changed_at=at
    ).where(Organisation.id == 1).execute()


def trust_sequence() -> int:
    row = Organisation.select(Organisation.trust_sequence).where(Organisation.id == 1).first()
    return 0 if row is None else row.trust_sequence


def receipts_before_withdrawal() -> list[tuple[str, str]]:
    """(key id, payload) of every certificate received from a withdrawn key before its withdrawal."""
    query = (
        ReceivedCredential.select(ReceivedCredential.kiosk, ReceivedCredential.payload)
        .join(ApprovedKiosk)
        .where(ApprovedKiosk.revoked_at.is_null(False) & (ReceivedCredential.received_at <= ApprovedKiosk.revoked_at))
        .order_by(ReceivedCredential.id)
        .tuples()
    )
    return list(query)


# --- kiosks -----------------------------------------------------------------


class KeyIdTaken(Exception):
    """Another public key already holds this key id (40 bits: a collision can be ground out on purpose)."""


def save_kiosk(*, key_id: str, public_key: str, name: str, organisation: str, approved_at: datetime) -> KioskRecord:
    """Approve a kiosk key, or rename it and lift its revocation if already known."""
    with registry_db.atomic():
        row = ApprovedKiosk.get_or_none(ApprovedKiosk.key_id == key_id)
        if row is not None and row.public_key != public_key:
            raise KeyIdTaken(key_id)
        if row is None:
            ApprovedKiosk.create(
                key_id=key_id, public_key=public_key, name=name, organisation=organisation, approved_at=approved_at
            )
        else:
            ApprovedKiosk.update(name=name, organisation=organisation, revoked_at=None).where(
                ApprovedKiosk.key_id == key_id
            ).execute()
        _bump(approved_at)
    return find_kiosk(key_id)  # type: ignore[return-value]


def find_kiosk(key_id: str) -> KioskRecord | None:
    row = ApprovedKiosk.get_or_none(ApprovedKiosk.key_id == key_id)
    return None if row is None else _kiosk(row)


def list_kiosks() -> list[KioskRecord]:
    return [_kiosk(r) for r in ApprovedKiosk.select().order_by(ApprovedKiosk.approved_at, ApprovedKiosk.key_id)]


def mark_kiosk_revoked(key_id: str, *, at: datetime) -> None:
    with registry_db.atomic():
        ApprovedKiosk.update(revoked_at=at).where(ApprovedKiosk.key_id == key_id).execute()
        _bump(at)


# --- credentials and revocations ---------------------------------------------


def find_received(credential_id: str) -> ReceivedRecord | None:
    row = ReceivedCredential.get_or_none(ReceivedCredential.id == credential_id)
    return None if row is None else _received(row)


def find_received_by_short_code(short_code: str) -> ReceivedRecord | None:
    row = ReceivedCredential.select().where(ReceivedCredential.short_code == short_code).first()
    return None if row is None else _received(row)


def count_received() -> int:
    return ReceivedCredential.select().count()


def find_revocation(credential_id: str) -> RevocationRecord | None:
    row = CredentialRevocation.get_or_none(CredentialRevocation.id == credential_id)
    return None if row is None else _revocation(row)


def list_revocations() -> list[RevocationRecord]:
    return [_revocation(r) for r in CredentialRevocation.select().order_by(CredentialRevocation.id)]


def add_revocation(credential_id: str, *, revoked_at: datetime, reason: str | None, received_at: datetime) -> bool:
    """Record a revocation; False (and nothing changed) if the credential was already revoked."""
    with registry_db.atomic():
        if CredentialRevocation.get_or_none(CredentialRevocation.id == credential_id) is not None:
            return False
        CredentialRevocation.create(id=credential_id, revoked_at=revoked_at, reason=reason, received_at=received_at)
        _bump(received_at)
    return True


def batch_seen(nonce: str) -> bool:
    return SyncBatch.get_or_none(SyncBatch.nonce == nonce) is not None


def count_batches() -> int:
    return SyncBatch.select().count()


_INSERT_ROWS = 500


@dataclass(frozen=True)
class BatchOutcome:
    new_credentials: int
    new_revocations: int


def store_batch(
    batch: Envelope, *, via: str, credentials: list[NewCredential], received_at: datetime
) -> BatchOutcome:
    """Take a checked batch in one transaction: its nonce, times and revocations as the envelope gives them,
    its credentials as checked; items already held are left as they are."""
    new_credentials = new_revocations = 0
    with registry_db.atomic():
        SyncBatch.create(
            nonce=batch.nonce,
            key_id=batch.key_id,
            sent_at=batch.sent_at,
            received_at=received_at,
            via=via,
            credentials=len(credentials),
            revocations=len(batch.revocations),
            revoked_up_to=batch.revoked_up_to,
        )
        # One statement per 500 items; rows already held are skipped by the database (ON CONFLICT).
        for start in range(0, len(credentials), _INSERT_ROWS):
            rows = [
                {"id": item.id, "kiosk": item.key_id, "short_code": item.short_code, "payload": item.payload,
                 "learner_name": item.learner_name, "title": item.title, "issued_on": item.issued_on,
                 "received_at": received_at}
                for item in credentials[start:start + _INSERT_ROWS]
            ]
            new_credentials += ReceivedCredential.insert_many(rows).on_conflict_ignore().as_rowcount().execute()
        for start in range(0, len(batch.revocations), _INSERT_ROWS):
            rows = [
                {"id": item.id, "revoked_at": item.revoked_at, "reason": item.reason, "received_at": received_at}
                for item in batch.revocations[start:start + _INSERT_ROWS]
            ]
            new_revocations += CredentialRevocation.insert_many(rows).on_conflict_ignore().as_rowcount().execute()
        if new_revocations:
            _bump(received_at)
    return BatchOutcome(new_credentials=new_credentials, new_revocations=new_revocations)


# --- the verification page's hot path ----------------------------------------

_PAGE_COLUMNS = (
    'k."public_key", k."name", k."organisation", k."approved_at", k."revoked_at", '
    'rc."id", rc."short_code", rc."payload", rc."learner_name", rc."title", rc."issued_on", rc."received_at", '
    'cr."id", cr."revoked_at", cr."reason", cr."received_at", '
    '(SELECT MAX(sb."revoked_up_to") FROM "sync_batch" sb WHERE sb."key_id" = k."key_id"), cb."badge"'
)


def _moment(value: datetime | str | None) -> datetime | None:
    """A TIMESTAMP column read by raw SQL: SQLite gives text, PostgreSQL a datetime."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


@lru_cache(maxsize=256)  # kiosks are few, and every page view reads one (records are frozen, so shared)
def _kiosk_record(key_id: str, public_key: str, name: str, organisation: str, approved_at, revoked_at) -> KioskRecord:
    return KioskRecord(key_id=key_id, public_key=public_key, name=name, organisation=organisation,
                       approved_at=_moment(approved_at), revoked_at=_moment(revoked_at))  # type: ignore[arg-type]


@dataclass(frozen=True)
class PageLookup:
    kiosk: KioskRecord | None
    record: ReceivedRecord | None
    revocation: RevocationRecord | None
    last_sync: datetime | None  # up to when the issuing kiosk's revocations are known to be all in
    badge: str | None = None  # the credential's full Open Badge as received (JSON text), if any


def lookup_for_page(key_id: str, credential_id: str) -> PageLookup:
    """The kiosk, the received record, the revocation, the kiosk's last sync and the Open Badge held
    for one certificate, in one query.

    Raw SQL (one statement, placeholders only) because this runs on every page view and
    building the equivalent peewee queries costs more than answering them. On PostgreSQL the
    same query is the function ``registry_page_lookup`` (schema 6), whose plan is kept.
    """
    database = registry_db.obj
    p = database.param
    if isinstance(database, SqliteDatabase):
        row = database.execute_sql(
            f'SELECT {_PAGE_COLUMNS} FROM "approved_kiosk" k '
            f'LEFT JOIN "received_credential" rc ON rc."id" = {p} '
            f'LEFT JOIN "credential_revocation" cr ON cr."id" = {p} '
            f'LEFT JOIN "credential_badge" cb ON cb."id" = {p} '
            f'WHERE k."key_id" = {p}',
            (credential_id, credential_id, credential_id, key_id),
        ).fetchone()
    else:
        row = database.execute_sql(f'SELECT * FROM "registry_page_lookup"({p}, {p})', (key_id, credential_id)).fetchone()
    if row is None:
        return PageLookup(None, None, None, None)
    kiosk = _kiosk_record(key_id, *row[:5])
    received = None
    if row[5] is not None:
        received = ReceivedRecord(id=row[5], key_id=key_id, short_code=row[6], payload=row[7], learner_name=row[8],
                                  title=row[9], issued_on=_as_date(row[10]), received_at=_moment(row[11]))  # type: ignore[arg-type]
    revocation = None
    if row[12] is not None:
        revocation = RevocationRecord(id=row[12], revoked_at=_moment(row[13]), reason=row[14],  # type: ignore[arg-type]
                                      received_at=_moment(row[15]))  # type: ignore[arg-type]
    return PageLookup(kiosk, received, revocation, _moment(row[16]), row[17])


# --- full Open Badges ------------------------------------------------------------


def save_badges(items: list[tuple[str, str, str]], *, received_at: datetime) -> int:
    """Keep each (credential id, payload, badge text) whose credential this registry holds with
    that very payload and has no badge for yet; returns how many were new."""
    from kiosk.registry.models import CredentialBadge

    new = 0
    with registry_db.atomic():
        for credential_id, payload, badge in items:
            held = ReceivedCredential.get_or_none(ReceivedCredential.id == credential_id)
            if held is None or held.payload != payload:
                continue
            if CredentialBadge.get_or_none(CredentialBadge.id == credential_id) is None:
                CredentialBadge.create(id=credential_id, badge=badge, received_at=received_at)
                new += 1
    return new


def find_badge(credential_id: str) -> str | None:
    """The badge text kept for a received credential, if any."""
    from kiosk.registry.models import CredentialBadge

    row = CredentialBadge.get_or_none(CredentialBadge.id == credential_id)
    return None if row is None else row.badge


# --- the rate limit's budgets, shared by every worker and instance ------------------


def spend_request(address: str, *, now: float, capacity: float, per_second: float) -> float:
    """Take one request from ``address``'s budget (a token bucket) and return what is left.

    Below zero means refused. One statement, on the primary key: its cost does not grow with
    the number of addresses. A budget refills at ``per_second`` up to ``capacity``; refused
    requests keep it at -1 at most, so a client that keeps hammering still gets
    ``per_second`` requests through. On SQLite this write skips the fsync (a lost budget
    only means a full one); on PostgreSQL the table is unlogged.
    """
    database = registry_db.obj
    p = database.param
    sqlite = isinstance(database, SqliteDatabase)
    least, greatest = ("MIN", "MAX") if sqlite else ("LEAST", "GREATEST")
    sql = (
        f'INSERT INTO "request_budget" ("address", "tokens", "updated_at") VALUES ({p}, {p}, {p}) '
        f'ON CONFLICT ("address") DO UPDATE SET "tokens" = {greatest}(-1.0, {least}({p}, "request_budget"."tokens" '
        f'+ {greatest}(0.0, EXCLUDED."updated_at" - "request_budget"."updated_at") * {p}) - 1.0), '
        f'"updated_at" = EXCLUDED."updated_at" RETURNING "tokens"'
    )
    values = (address, capacity - 1.0, now, capacity, per_second)
    if not sqlite:
        return database.execute_sql(sql, values).fetchone()[0]
    database.execute_sql("PRAGMA synchronous = OFF")
    try:
        return database.execute_sql(sql, values).fetchone()[0]
    finally:
        database.execute_sql(f"PRAGMA synchronous = {SQLITE_PRAGMAS['synchronous']}")


def forget_full_budgets(*, before: float) -> int:
    """Delete budgets untouched since ``before`` (they have refilled: a missing row is a full budget)."""
    database = registry_db.obj
    return database.execute_sql(
        f'DELETE FROM "request_budget" WHERE "updated_at" < {database.param}', (before,)
    ).rowcount


def count_budgets() -> int:
    return registry_db.obj.execute_sql('SELECT COUNT(*) FROM "request_budget"').fetchone()[0]
