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

from kiosk.core.errors import InvalidInput, NotFound
from kiosk.core.storage.db import db
from kiosk.core.storage.models import InstalledPack, Learner, Setting, TrustedPublisher

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
    *,
    manifest: dict,
    folder: str,
    publisher_key_id: str,
    installed_at: datetime,
    trust: TrustedPublisherRecord | None = None,
) -> InstalledPackRecord:
    """Insert or replace the record of an installed pack (an upgrade keeps the id).

    With ``trust``, the publisher key is recorded as trusted in the same transaction.
    """
    with db.atomic():
        if trust is not None:
            _insert_trusted_publisher(trust)
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


# --- trusted publisher keys -------------------------------------------------


@dataclass(frozen=True)
class TrustedPublisherRecord:
    fingerprint: str
    public_key: str
    label: str
    pack_id_prefix: str  # "" means any pack
    trusted_at: datetime


def _trusted_record(row: TrustedPublisher) -> TrustedPublisherRecord:
    return TrustedPublisherRecord(
        fingerprint=row.fingerprint,
        public_key=row.public_key,
        label=row.label,
        pack_id_prefix=row.pack_id_prefix,
        trusted_at=row.trusted_at,
    )


def _insert_trusted_publisher(record: TrustedPublisherRecord) -> None:
    TrustedPublisher.insert(
        fingerprint=record.fingerprint,
        public_key=record.public_key,
        label=record.label,
        pack_id_prefix=record.pack_id_prefix,
        trusted_at=record.trusted_at,
    ).on_conflict_replace().execute()


def save_trusted_publisher(record: TrustedPublisherRecord) -> TrustedPublisherRecord:
    with db.atomic():
        _insert_trusted_publisher(record)
    return record


def get_trusted_publisher(fingerprint: str) -> TrustedPublisherRecord | None:
    row = TrustedPublisher.get_or_none(TrustedPublisher.fingerprint == fingerprint)
    return None if row is None else _trusted_record(row)


def list_trusted_publishers() -> list[TrustedPublisherRecord]:
    return [_trusted_record(row) for row in TrustedPublisher.select().order_by(TrustedPublisher.trusted_at)]


def delete_trusted_publisher(fingerprint: str) -> None:
    TrustedPublisher.delete().where(TrustedPublisher.fingerprint == fingerprint).execute()
