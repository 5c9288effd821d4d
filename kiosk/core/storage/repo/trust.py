"""The organisation's trust list as this kiosk holds it, and what it has sent to a registry."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from kiosk.core.records import RegistryRevocationRecord, TrustedKeyRecord, record_of
from kiosk.core.storage.db import db
from kiosk.core.storage.models import (
    RegistryRevocation,
    Setting,
    SyncAcknowledgement,
    TrustedKioskKey,
    WithdrawnKeyReceipt,
)
from kiosk.core.storage.repo.settings import put_settings


def find_trusted_kiosk_key(key_id: str) -> TrustedKeyRecord | None:
    row = TrustedKioskKey.get_or_none(TrustedKioskKey.key_id == key_id)
    return None if row is None else record_of(TrustedKeyRecord, row)



def receipt_recorded(key_id: str, digest: str) -> bool:
    """Whether the trust list says the organisation received this certificate of a withdrawn key in time."""
    query = WithdrawnKeyReceipt.select().where(
        (WithdrawnKeyReceipt.key_id == key_id) & (WithdrawnKeyReceipt.digest == digest)
    )
    return query.exists()



def count_trust_store() -> tuple[int, int, int]:
    """(kiosk keys, of them withdrawn, revoked credentials) held from the trust list."""
    return (
        TrustedKioskKey.select().count(),
        TrustedKioskKey.select().where(TrustedKioskKey.revoked_at.is_null(False)).count(),
        RegistryRevocation.select().count(),
    )



_CHUNK = 500



def replace_trust_store(
    *,
    kiosks: list[TrustedKeyRecord],
    receipts: list[tuple[str, str]],
    revocations: list[tuple[str, datetime]],
    settings: dict[str, str],
    at: datetime,
) -> None:
    """Put a newly accepted trust list in place of the one held, with its settings, in one transaction."""
    with db.atomic():
        TrustedKioskKey.delete().execute()
        WithdrawnKeyReceipt.delete().execute()
        RegistryRevocation.delete().execute()
        rows = [asdict(k) for k in kiosks]
        for i in range(0, len(rows), _CHUNK):
            TrustedKioskKey.insert_many(rows[i : i + _CHUNK]).execute()
        for i in range(0, len(receipts), _CHUNK):
            WithdrawnKeyReceipt.insert_many(
                [{"key_id": k, "digest": d} for k, d in receipts[i : i + _CHUNK]]
            ).execute()
        for i in range(0, len(revocations), _CHUNK):
            RegistryRevocation.insert_many(
                [{"id": c, "revoked_at": r, "reason": None, "pulled_at": at} for c, r in revocations[i : i + _CHUNK]]
            ).execute()
        put_settings(settings)



TRUST_SETTINGS = ("trust_list", "trust_sequence", "trust_issued_at", "trust_received_at")



def clear_trust_store(settings: dict[str, str]) -> None:
    """Forget the held trust list (a new organisation key was pinned), and set ``settings``."""
    with db.atomic():
        TrustedKioskKey.delete().execute()
        WithdrawnKeyReceipt.delete().execute()
        RegistryRevocation.delete().execute()
        Setting.delete().where(Setting.key.in_(list(TRUST_SETTINGS))).execute()
        put_settings(settings)



def find_registry_revocation(credential_id: str) -> RegistryRevocationRecord | None:
    """A revocation from the organisation's trust list."""
    row = RegistryRevocation.get_or_none(RegistryRevocation.id == credential_id)
    if row is None:
        return None
    return record_of(RegistryRevocationRecord, row)



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

