"""Installed packs, and the publisher keys this kiosk trusts for them."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from kiosk.core.errors import NotFound
from kiosk.core.records import InstalledPackRecord, TrustedPublisherRecord, record_of
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage.db import db
from kiosk.core.storage.models import InstalledPack, TrustedPublisher


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
            manifest=manifest,
        ).on_conflict_replace().execute()
    return get_installed_pack(manifest["id"])



def get_installed_pack(pack_id: str) -> InstalledPackRecord:
    row = InstalledPack.get_or_none(InstalledPack.id == pack_id)
    if row is None:
        raise NotFound(say(QT_TRANSLATE_NOOP("core", "No pack with id %1 is installed."), repr(pack_id)))
    return record_of(InstalledPackRecord, row)



def list_installed_packs() -> list[InstalledPackRecord]:
    return [record_of(InstalledPackRecord, row) for row in InstalledPack.select().order_by(InstalledPack.title)]



def delete_installed_pack(pack_id: str) -> None:
    InstalledPack.delete().where(InstalledPack.id == pack_id).execute()



def _insert_trusted_publisher(record: TrustedPublisherRecord) -> None:
    TrustedPublisher.insert(**asdict(record)).on_conflict_replace().execute()


def save_trusted_publisher(record: TrustedPublisherRecord) -> TrustedPublisherRecord:
    with db.atomic():
        _insert_trusted_publisher(record)
    return record



def get_trusted_publisher(fingerprint: str) -> TrustedPublisherRecord | None:
    row = TrustedPublisher.get_or_none(TrustedPublisher.fingerprint == fingerprint)
    return None if row is None else record_of(TrustedPublisherRecord, row)

