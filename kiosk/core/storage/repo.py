"""The only database API the rest of Kiosk calls.

Functions take and return plain values and frozen dataclasses; no peewee
object leaves this module. Rules (what a valid name is, how a PIN is hashed)
live in the capability packages; this module only stores and fetches.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from peewee import IntegrityError

from kiosk.core.clock import utcnow
from kiosk.core.errors import InvalidInput, NotFound
from kiosk.core.storage.db import db
from kiosk.core.storage.models import (
    InstalledPack,
    IssuedCredential,
    Learner,
    RegistryRevocation,
    Setting,
    SyncAcknowledgement,
    TrustedKioskKey,
)

# --- settings ---------------------------------------------------------------


def get_setting(key: str, default: str | None = None) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return default if row is None else row.value


def get_settings(keys: list[str]) -> dict[str, str]:
    return {row.key: row.value for row in Setting.select().where(Setting.key.in_(keys))}


def put_settings(values: dict[str, str]) -> None:
    """Write several settings in one transaction."""
    with db.atomic():
        for key, value in values.items():
            Setting.insert(key=key, value=value).on_conflict_replace().execute()


# --- learners ---------------------------------------------------------------


@dataclass(frozen=True)
class LearnerRecord:
    id: int
    name: str
    pin_hash: str | None
    created_at: datetime
    archived: bool
    failed_pins: int
    locked_until: datetime | None
    language: str | None
    last_login_at: datetime | None


def _record(row: Learner) -> LearnerRecord:
    return LearnerRecord(
        id=row.id,
        name=row.name,
        pin_hash=row.pin_hash,
        created_at=row.created_at,
        archived=row.archived,
        failed_pins=row.failed_pins,
        locked_until=row.locked_until,
        language=row.language,
        last_login_at=row.last_login_at,
    )


def insert_learner(*, name: str, name_key: str, pin_hash: str | None, language: str | None) -> LearnerRecord:
    try:
        with db.atomic():
            row = Learner.create(name=name, name_key=name_key, pin_hash=pin_hash, language=language)
    except IntegrityError as exc:
        raise InvalidInput(f"A learner called {name!r} already exists; add a surname or an initial.") from exc
    return _record(row)


def get_learner(learner_id: int) -> LearnerRecord:
    row = Learner.get_or_none(Learner.id == learner_id)
    if row is None:
        raise NotFound(f"No learner with id {learner_id}.")
    return _record(row)


def find_learner_by_name_key(name_key: str) -> LearnerRecord | None:
    row = Learner.get_or_none(Learner.name_key == name_key)
    return None if row is None else _record(row)


def list_learners(*, include_archived: bool = False, search_key: str | None = None) -> list[LearnerRecord]:
    query = Learner.select().order_by(Learner.name_key)
    if not include_archived:
        query = query.where(Learner.archived == False)  # noqa: E712 (peewee expression)
    if search_key:
        query = query.where(Learner.name_key.contains(search_key))
    return [_record(row) for row in query]


def record_pin_failure(learner_id: int, *, failed_pins: int, locked_until: datetime | None) -> None:
    Learner.update(failed_pins=failed_pins, locked_until=locked_until).where(Learner.id == learner_id).execute()


def record_login(learner_id: int, *, at: datetime) -> None:
    Learner.update(failed_pins=0, locked_until=None, last_login_at=at).where(Learner.id == learner_id).execute()


def set_learner_pin_hash(learner_id: int, pin_hash: str | None) -> None:
    Learner.update(pin_hash=pin_hash, failed_pins=0, locked_until=None).where(Learner.id == learner_id).execute()


# --- installed packs --------------------------------------------------------


@dataclass(frozen=True)
class InstalledPackRecord:
    id: str
    version: str
    title: str
    language: str
    publisher: str
    publisher_key_id: str
    installed_at: datetime
    folder: str
    manifest: dict


def _pack_record(row: InstalledPack) -> InstalledPackRecord:
    return InstalledPackRecord(
        id=row.id,
        version=row.version,
        title=row.title,
        language=row.language,
        publisher=row.publisher,
        publisher_key_id=row.publisher_key_id,
        installed_at=row.installed_at,
        folder=row.folder,
        manifest=json.loads(row.manifest),
    )


def save_installed_pack(
    *, manifest: dict, folder: str, publisher_key_id: str, installed_at: datetime
) -> InstalledPackRecord:
    """Insert or replace the record of an installed pack (an upgrade keeps the id)."""
    with db.atomic():
        InstalledPack.insert(
            id=manifest["id"],
            version=manifest["version"],
            title=manifest["title"],
            language=manifest["language"],
            publisher=manifest["publisher"],
            publisher_key_id=publisher_key_id,
            installed_at=installed_at,
            folder=folder,
            manifest=json.dumps(manifest, ensure_ascii=False, sort_keys=True),
        ).on_conflict_replace().execute()
    return get_installed_pack(manifest["id"])


def get_installed_pack(pack_id: str) -> InstalledPackRecord:
    row = InstalledPack.get_or_none(InstalledPack.id == pack_id)
    if row is None:
        raise NotFound(f"No pack with id {pack_id!r} is installed.")
    return _pack_record(row)


def list_installed_packs() -> list[InstalledPackRecord]:
    return [_pack_record(row) for row in InstalledPack.select().order_by(InstalledPack.title)]


def delete_installed_pack(pack_id: str) -> None:
    InstalledPack.delete().where(InstalledPack.id == pack_id).execute()


# --- issued credentials -----------------------------------------------------


@dataclass(frozen=True)
class IssuedCredentialRecord:
    id: str
    learner_id: int
    learner_name: str
    credential_id: str
    title: str
    skills: list[dict]
    pack_id: str
    issued_at: datetime
    method: str
    score: float | None
    short_code: str
    payload: str
    revoked_at: datetime | None
    revoke_reason: str | None


def _issued_record(row: IssuedCredential) -> IssuedCredentialRecord:
    return IssuedCredentialRecord(
        id=row.id,
        learner_id=row.learner_id,
        learner_name=row.learner.name,
        credential_id=row.credential_id,
        title=row.title,
        skills=json.loads(row.skills),
        pack_id=row.pack_id,
        issued_at=row.issued_at,
        method=row.method,
        score=row.score,
        short_code=row.short_code,
        payload=row.payload,
        revoked_at=row.revoked_at,
        revoke_reason=row.revoke_reason,
    )


def _issued_query():
    return IssuedCredential.select(IssuedCredential, Learner).join(Learner)


def insert_issued_credential(
    *,
    id: str,
    learner_id: int,
    credential_id: str,
    title: str,
    skills: list[dict],
    pack_id: str,
    issued_at: datetime,
    method: str,
    score: float | None,
    short_code: str,
    payload: str,
) -> IssuedCredentialRecord:
    """Store a new issued credential; raises ``IntegrityError`` if its id or short code is taken."""
    with db.atomic():
        IssuedCredential.insert(
            id=id,
            learner=learner_id,
            credential_id=credential_id,
            title=title,
            skills=json.dumps(skills, ensure_ascii=False),
            pack_id=pack_id,
            issued_at=issued_at,
            method=method,
            score=score,
            short_code=short_code,
            payload=payload,
        ).execute()
    return get_issued_credential(id)


def get_issued_credential(issued_id: str) -> IssuedCredentialRecord:
    row = _issued_query().where(IssuedCredential.id == issued_id).first()
    if row is None:
        raise NotFound(f"No issued credential with id {issued_id!r} (see 'kiosk credential list').")
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


# --- trusted kiosk keys -----------------------------------------------------


@dataclass(frozen=True)
class TrustedKeyRecord:
    key_id: str
    public_key: str
    name: str
    added_at: datetime
    revoked_at: datetime | None


def _key_record(row: TrustedKioskKey) -> TrustedKeyRecord:
    return TrustedKeyRecord(
        key_id=row.key_id, public_key=row.public_key, name=row.name, added_at=row.added_at, revoked_at=row.revoked_at
    )


def add_trusted_kiosk_key(
    key_id: str, public_key: str, name: str, revoked_at: datetime | None = None
) -> TrustedKeyRecord:
    """Trust a kiosk key (or update its name and revocation if already known).

    Callers that take keys from outside should use
    ``kiosk.core.credentials.keys.add_trusted_kiosk_key``, which checks the id.
    """
    with db.atomic():
        existing = TrustedKioskKey.get_or_none(TrustedKioskKey.key_id == key_id)
        if existing is not None and existing.public_key != public_key:
            raise InvalidInput(f"Another public key already has the id {key_id}.")
        TrustedKioskKey.insert(
            key_id=key_id,
            public_key=public_key,
            name=name,
            added_at=existing.added_at if existing else utcnow(),
            revoked_at=revoked_at,
        ).on_conflict_replace().execute()
    return find_trusted_kiosk_key(key_id)  # type: ignore[return-value]


def find_trusted_kiosk_key(key_id: str) -> TrustedKeyRecord | None:
    row = TrustedKioskKey.get_or_none(TrustedKioskKey.key_id == key_id)
    return None if row is None else _key_record(row)


def list_trusted_kiosk_keys() -> list[TrustedKeyRecord]:
    return [_key_record(row) for row in TrustedKioskKey.select().order_by(TrustedKioskKey.added_at)]


# --- sync with a registry ---------------------------------------------------


def acknowledged_ids(registry: str, kind: str) -> set[str]:
    """Ids of the items of ``kind`` ("credential" | "revocation") that ``registry`` has acknowledged."""
    query = SyncAcknowledgement.select(SyncAcknowledgement.item_id).where(
        (SyncAcknowledgement.registry == registry) & (SyncAcknowledgement.kind == kind)
    )
    return {row.item_id for row in query}


def record_acknowledgements(registry: str, kind: str, item_ids: list[str], *, at: datetime) -> None:
    with db.atomic():
        for item_id in item_ids:
            SyncAcknowledgement.insert(
                registry=registry, kind=kind, item_id=item_id, acknowledged_at=at
            ).on_conflict_ignore().execute()


@dataclass(frozen=True)
class RegistryRevocationRecord:
    id: str
    revoked_at: datetime
    reason: str | None
    pulled_at: datetime


def save_registry_revocations(revocations: list[tuple[str, datetime, str | None]], *, at: datetime) -> int:
    """Store revocations pulled from a registry; returns how many were new."""
    new = 0
    with db.atomic():
        for credential_id, revoked_at, reason in revocations:
            if RegistryRevocation.get_or_none(RegistryRevocation.id == credential_id) is None:
                RegistryRevocation.create(id=credential_id, revoked_at=revoked_at, reason=reason, pulled_at=at)
                new += 1
    return new


def find_registry_revocation(credential_id: str) -> RegistryRevocationRecord | None:
    row = RegistryRevocation.get_or_none(RegistryRevocation.id == credential_id)
    if row is None:
        return None
    return RegistryRevocationRecord(id=row.id, revoked_at=row.revoked_at, reason=row.reason, pulled_at=row.pulled_at)
