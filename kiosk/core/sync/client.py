"""Sync with a registry: take its trust list, then send what it lacks, signed. Stdlib HTTP only.

Only a kiosk that pinned its organisation's key syncs: the trust list must be signed by that
key (``kiosk.core.trust``), and so must the receipt for every batch the registry takes, so
neither a fake registry nor anyone in the middle can add a key, lift a withdrawal or make
the kiosk believe its certificates arrived.

Resumable: items are sent in batches and each batch the registry acknowledges is
recorded in this kiosk's database (per registry URL), so an interrupted sync sends
only the rest next time. Sending again is harmless: the registry is idempotent.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from kiosk.core.clock import utcnow
from kiosk.core.credentials import keys
from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.records import IssuedCredentialRecord
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage import repo
from kiosk.core.sync import envelope as env
from kiosk.core.trust import documents, store
from kiosk.core.untrusted_json import JsonRefused, load_json

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 100
DEFAULT_TIMEOUT = 15.0
MAX_RESPONSE_BYTES = 16 * 1024 * 1024
LAST_SYNC_SETTING = "last_sync_at"
LAST_REGISTRY_SETTING = "last_sync_registry"
CREDENTIAL, REVOCATION, BADGE = "credential", "revocation", "badge"


@dataclass(frozen=True)
class SyncReport:
    registry: str
    sent_credentials: int
    sent_revocations: int
    batches: int
    trusted_kiosks: int
    pulled_revocations: int
    synced_at: datetime
    trust_sequence: int = 0
    trust_changed: bool = False

    def as_dict(self) -> dict:
        return {
            "registry": self.registry,
            "sent_credentials": self.sent_credentials,
            "sent_revocations": self.sent_revocations,
            "batches": self.batches,
            "trusted_kiosks": self.trusted_kiosks,
            "pulled_revocations": self.pulled_revocations,
            "trust_sequence": self.trust_sequence,
            "trust_changed": self.trust_changed,
            "synced_at": env.format_time(self.synced_at),
        }


def registry_base_url(url: str) -> str:
    """``http(s)://host[:port][/path]`` without a trailing slash; refuses anything else."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "A registry address looks like https://verify.example.org, not %1."), repr(url)))
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}"


def auto_sync_registry() -> str | None:
    """Where the app syncs by itself: the registry last synced with, else the verify URL
    (the verification service is the registry). None when neither is set up, or when this
    kiosk has no organisation key (it could not tell its registry from a fake one)."""
    if store.pinned() is None:
        return None
    for url in (repo.get_setting(LAST_REGISTRY_SETTING), repo.get_setting("verify_url")):
        if url:
            try:
                return registry_base_url(url)
            except InvalidInput:
                log.warning("not syncing by itself with %r: not a registry address", url)
    return None


def last_synced() -> datetime | None:
    """When this kiosk last finished a sync (UTC), or None."""
    value = repo.get_setting(LAST_SYNC_SETTING)
    return env.parse_time(value, "last sync") if value else None


def _own_items(key_id: str) -> tuple[list[IssuedCredentialRecord], list[IssuedCredentialRecord]]:
    issued = [c for c in repo.list_issued_credentials() if c.id.startswith(key_id + "-")]
    return issued, [c for c in issued if c.revoked_at is not None]


def waiting_to_send() -> tuple[int, int]:
    """(certificates, revocations) of this kiosk's key that its registry has not acknowledged yet."""
    key = keys.own_key()
    if key is None:
        return 0, 0
    issued, revoked = _own_items(key.key_id)
    base = repo.get_setting(LAST_REGISTRY_SETTING)
    acked_c = repo.acknowledged_ids(base, CREDENTIAL) if base else set()
    acked_r = repo.acknowledged_ids(base, REVOCATION) if base else set()
    return sum(c.id not in acked_c for c in issued), sum(c.id not in acked_r for c in revoked)


def _revocation(c: IssuedCredentialRecord) -> env.Revocation:
    return env.Revocation(id=c.id, revoked_at=c.revoked_at, reason=c.revoke_reason)  # type: ignore[arg-type]


def _badges(credentials: list[IssuedCredentialRecord]) -> dict[str, str]:
    """Payload -> full Open Badge text, for the credentials that have (or can now be given) one."""
    from kiosk.core.credentials.issuing import badge_for

    found = {}
    for credential in credentials:
        badge = badge_for(credential)
        if badge is not None:
            found[credential.payload] = badge.as_text()
    return found


def build_envelope(
    key: keys.SigningKey,
    credentials: list[IssuedCredentialRecord],
    revocations: list[IssuedCredentialRecord],
    *,
    now: datetime | None = None,
    revoked_up_to: datetime | None = None,
) -> dict:
    return env.make_envelope(
        key_id=key.key_id,
        private_key=key.private_key,
        payloads=[c.payload for c in credentials],
        revocations=[_revocation(c) for c in revocations],
        sent_at=now or utcnow(),
        revoked_up_to=revoked_up_to,
        badges=_badges(credentials),
    )


def export_bundle(path: Path, *, now: datetime | None = None) -> dict:
    """Write every credential and revocation of this kiosk as one signed envelope (the USB route)."""
    key = keys.ensure_signing_key()
    issued, revoked = _own_items(key.key_id)
    moment = now or utcnow()
    document = build_envelope(key, issued, revoked, now=moment, revoked_up_to=moment)  # it holds them all
    from kiosk.core.durable import write_atomically

    path = Path(path)
    write_atomically(  # learners' names and revocation reasons: readable by this account only, like kiosk.db
        path,
        (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
        mode=0o600,
        failure=say(QT_TRANSLATE_NOOP("core", "Cannot write the bundle to %1 (%2)."), path),
    )
    return {"file": str(path), "credentials": len(issued), "revocations": len(revoked)}


def _request(url: str, *, timeout: float, data: dict | None = None) -> dict:
    body = None if data is None else json.dumps(data, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="GET" if data is None else "POST")
    request.add_header("Accept", "application/json")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read(MAX_RESPONSE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        try:
            message = load_json(exc.read(65536), max_bytes=65536).get("error") or exc.reason  # type: ignore[union-attr]
        except (JsonRefused, AttributeError, OSError):
            message = exc.reason
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "The registry refused the sync (HTTP %1): %2"), exc.code, message)) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "Cannot reach the registry at %1 (%2)."), url, reason)) from exc
    if len(raw) > MAX_RESPONSE_BYTES:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "The registry's answer is too large.")))
    try:
        answer = load_json(raw, max_bytes=MAX_RESPONSE_BYTES)
    except JsonRefused as exc:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "The address %1 did not answer like a Kiosk registry (%2)."), url, exc.said or exc.message)) from exc
    if not isinstance(answer, dict):
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "The address %1 did not answer like a Kiosk registry."), url))
    return answer


def _known(ids: list[str], sent: set[str]) -> list[str]:
    return [i for i in ids if i in sent]


def push(
    base: str, key: keys.SigningKey, *, org_public_key: str, batch_size: int, timeout: float
) -> tuple[int, int, int]:
    """Send unacknowledged credentials and revocations in batches; returns (credentials, revocations, batches).

    Revocations go first, and the batch that carries the last of them says so (``revoked_up_to``,
    the time this sync began): a sync cut short can never make the registry vouch for a
    certificate this kiosk revoked. A sync with nothing to send still sends one empty batch,
    so the registry's "not revoked as of" stays current. An item counts as sent only when the
    registry's receipt, signed by the organisation key, names it for this very request. A
    credential the registry took before it had its badge (sent by an older Kiosk) is sent
    again with the badge.
    """
    started = utcnow()
    issued, revoked = _own_items(key.key_id)
    acked_c = repo.acknowledged_ids(base, CREDENTIAL)
    acked_b = repo.acknowledged_ids(base, BADGE)
    pending_c = [c for c in issued if c.id not in acked_c or c.id not in acked_b]
    acked_r = repo.acknowledged_ids(base, REVOCATION)
    pending_r = [c for c in revoked if c.id not in acked_r]
    sent_c = sent_r = batches = 0
    while pending_c or pending_r or batches == 0:
        chunk_r = pending_r[:batch_size]
        chunk_c = pending_c[: batch_size - len(chunk_r)]
        complete = len(chunk_r) == len(pending_r)
        envelope = build_envelope(key, chunk_c, chunk_r, revoked_up_to=started if complete else None)
        answer = _request(f"{base}/api/v1/sync", timeout=timeout, data=envelope)
        acked_credentials, acked_revocations = documents.open_receipt(
            answer.get("receipt"), org_public_key, nonce=envelope["body"]["nonce"], key_id=key.key_id
        )
        ok_c = _known(acked_credentials, {c.id for c in chunk_c})
        ok_r = _known(acked_revocations, {c.id for c in chunk_r})
        now = utcnow()
        repo.record_acknowledgements(base, CREDENTIAL, ok_c, at=now)
        # Sent with its badge if it had (or could be given) one: not to be sent again for it.
        repo.record_acknowledgements(base, BADGE, ok_c, at=now)
        repo.record_acknowledgements(base, REVOCATION, ok_r, at=now)
        if len(ok_c) != len(chunk_c) or len(ok_r) != len(chunk_r):
            raise KnownError(say(QT_TRANSLATE_NOOP("core", "The registry did not acknowledge everything sent; try the sync again.")))
        pending_c, pending_r = pending_c[len(chunk_c) :], pending_r[len(chunk_r) :]
        sent_c, sent_r, batches = sent_c + len(ok_c), sent_r + len(ok_r), batches + 1
        log.info("sync batch %d: %d credentials, %d revocations", batches, len(ok_c), len(ok_r))
    return sent_c, sent_r, batches


def sync_with_registry(
    registry_url: str, *, batch_size: int = DEFAULT_BATCH_SIZE, timeout: float = DEFAULT_TIMEOUT
) -> SyncReport:
    """Send this kiosk's news to the registry, pull its trust list, and record when."""
    if not 1 <= batch_size <= env.MAX_ITEMS:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "A batch holds 1 to %1 items."), env.MAX_ITEMS))
    base = registry_base_url(registry_url)
    if store.pinned() is None:
        raise documents.TrustRefused(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This kiosk has no organisation key, so it cannot tell its registry from a fake one; "
                    "enrol it first (kiosk trust pin).",
                )
            )
        )
    key = keys.ensure_signing_key()
    applied = store.apply_trust_list(_request(f"{base}/api/v1/trust", timeout=timeout))
    organisation = store.pinned()  # the trust list may have moved it to a successor key
    sent_c, sent_r, batches = push(
        base, key, org_public_key=organisation.public_key, batch_size=batch_size, timeout=timeout  # type: ignore[union-attr]
    )
    finished = utcnow()
    repo.put_settings({LAST_SYNC_SETTING: env.format_time(finished), LAST_REGISTRY_SETTING: base})
    return SyncReport(
        registry=base,
        sent_credentials=sent_c,
        sent_revocations=sent_r,
        batches=batches,
        trusted_kiosks=applied.kiosks,
        pulled_revocations=applied.revocations,
        synced_at=finished,
        trust_sequence=applied.sequence,
        trust_changed=applied.changed,
    )
