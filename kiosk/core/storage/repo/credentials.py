"""Credentials this kiosk issued, and facilitators' sign-offs."""

from __future__ import annotations

from datetime import datetime

from kiosk.core.errors import NotFound
from kiosk.core.records import IssuedCredentialRecord, record_of
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage.db import db
from kiosk.core.storage.models import CredentialSignoff, IssuedCredential, Learner


def _issued_record(row: IssuedCredential) -> IssuedCredentialRecord:
    return record_of(IssuedCredentialRecord, row, learner_name=row.learner.name)


def _issued_query():
    return IssuedCredential.select(IssuedCredential, Learner).join(Learner)



def insert_issued_credential(*, learner_id: int, **columns: object) -> IssuedCredentialRecord:
    """Store a new issued credential (``columns``: the other fields of ``IssuedCredentialRecord``
    that the kiosk chooses); raises ``IntegrityError`` if its id or short code is taken."""
    with db.atomic():
        IssuedCredential.insert(learner=learner_id, **columns).execute()
    return get_issued_credential(str(columns["id"]))


def set_issued_badge(issued_id: str, badge: str) -> None:
    """Give a credential issued before badges existed its badge (once: a badge is never replaced)."""
    IssuedCredential.update(badge=badge).where(
        (IssuedCredential.id == issued_id) & IssuedCredential.badge.is_null()
    ).execute()



def get_issued_credential(issued_id: str) -> IssuedCredentialRecord:
    row = _issued_query().where(IssuedCredential.id == issued_id).first()
    if row is None:
        raise NotFound(
            say(
                QT_TRANSLATE_NOOP("core", "No issued credential with id %1 (see 'kiosk credential list')."),
                repr(issued_id),
            )
        )
    return _issued_record(row)



def find_issued_credential(issued_id: str) -> IssuedCredentialRecord | None:
    row = _issued_query().where(IssuedCredential.id == issued_id).first()
    return None if row is None else _issued_record(row)



def find_issued_by_short_code(short_code: str) -> IssuedCredentialRecord | None:
    row = _issued_query().where(IssuedCredential.short_code == short_code).first()
    return None if row is None else _issued_record(row)



def find_active_issued(learner_id: int, credential_id: str) -> IssuedCredentialRecord | None:
    """The learner's unrevoked award of a credential, if any."""
    row = (
        _issued_query()
        .where(
            (IssuedCredential.learner == learner_id)
            & (IssuedCredential.credential_id == credential_id)
            & IssuedCredential.revoked_at.is_null()
        )
        .first()
    )
    return None if row is None else _issued_record(row)



def list_issued_credentials(
    *, learner_id: int | None = None, include_revoked: bool = True
) -> list[IssuedCredentialRecord]:
    query = _issued_query().order_by(IssuedCredential.issued_at, IssuedCredential.id)
    if learner_id is not None:
        query = query.where(IssuedCredential.learner == learner_id)
    if not include_revoked:
        query = query.where(IssuedCredential.revoked_at.is_null())
    return [_issued_record(row) for row in query]



def mark_issued_revoked(issued_id: str, *, at: datetime, reason: str | None) -> None:
    IssuedCredential.update(revoked_at=at, revoke_reason=reason).where(IssuedCredential.id == issued_id).execute()



def list_signoffs(learner_id: int) -> set[str]:
    """Global ids of the credentials a facilitator signed off for this learner."""
    query = CredentialSignoff.select(CredentialSignoff.credential_id).where(CredentialSignoff.learner == learner_id)
    return {row.credential_id for row in query}



def insert_signoff(*, learner_id: int, credential_id: str, at: datetime) -> None:
    """Record a sign-off (again is harmless)."""
    with db.atomic():
        CredentialSignoff.insert(learner=learner_id, credential_id=credential_id, signed_at=at).on_conflict_ignore().execute()

