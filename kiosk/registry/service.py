"""What the registry does, without HTTP: approve kiosks, check certificates, take sync batches."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from peewee import IntegrityError

from kiosk.core.clock import utcnow
from kiosk.core.credentials import keys, ob3, payload
from kiosk.core.credentials.payload import CertificateFields, InvalidPayload
from kiosk.core.credentials.shortcode import normalise_short_code, short_code_for
from kiosk.core.errors import InvalidInput, KnownError, NotFound
from kiosk.core.sync import envelope as env
from kiosk.registry import store
from kiosk.registry.store import KioskRecord, ReceivedRecord, RevocationRecord

FRESHNESS = timedelta(minutes=5)  # online requests: |now - sent_at| at most this
BUNDLE_FUTURE_SLACK = timedelta(minutes=5)  # bundles may be old, never from the future
TEXT_MAX = 80
CREDENTIAL_ID = re.compile(r"^[A-Z2-7]{8}-[A-Z2-7]{8}$")

VALID, INVALID, REVOKED = "VALID", "INVALID", "REVOKED"


class Refused(KnownError):
    """A sync request or bundle refused; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


# --- kiosks -----------------------------------------------------------------


def _text(value: str | None, what: str, default: str) -> str:
    cleaned = " ".join((value or "").split()) or default
    if len(cleaned) > TEXT_MAX:
        raise InvalidInput(f"The {what} has at most {TEXT_MAX} characters.")
    return cleaned


def approve_kiosk(public_key: str, *, name: str | None = None, organisation: str | None = None) -> KioskRecord:
    """Approve a kiosk's public key (multibase ``z6Mk...``); its certificates then verify here."""
    raw = keys.public_raw_from_multibase(public_key.strip())
    key_id = keys.key_id_for(raw)
    return store.save_kiosk(
        key_id=key_id,
        public_key=keys.public_key_multibase(raw),
        name=_text(name, "kiosk name", f"Kiosk {key_id}"),
        organisation=_text(organisation, "organisation", ""),
        approved_at=utcnow(),
    )


def revoke_kiosk(key_id: str, *, now: datetime | None = None) -> KioskRecord:
    """Revoke a kiosk key: certificates the registry receives from now on are INVALID."""
    key_id = key_id.strip().upper()
    found = store.find_kiosk(key_id)
    if found is None:
        raise NotFound(f"No approved kiosk has the key id {key_id!r} (see 'kiosk registry list-kiosks').")
    if found.revoked_at is not None:
        raise KnownError(f"The kiosk key {key_id} was already revoked on {found.revoked_at:%Y-%m-%d %H:%M} UTC.")
    store.mark_kiosk_revoked(key_id, at=now or utcnow())
    return store.find_kiosk(key_id)  # type: ignore[return-value]


def revoke_credential(credential_id: str, reason: str | None = None, *, now: datetime | None = None) -> RevocationRecord:
    """Revoke one credential by its id (``K7Q2M4XA-3FJ5QW2T``) or short code."""
    wanted = credential_id.strip().upper()
    if not CREDENTIAL_ID.match(wanted):
        code = normalise_short_code(credential_id)
        found = store.find_received_by_short_code(code) if code else None
        if found is None:
            raise InvalidInput(f"{credential_id!r} is not a credential id (like K7Q2M4XA-3FJ5QW2T) or a known short code.")
        wanted = found.id
    cleaned = " ".join((reason or "").split()) or None
    if cleaned and len(cleaned) > env.REASON_MAX:
        raise InvalidInput(f"A reason has at most {env.REASON_MAX} characters.")
    moment = now or utcnow()
    if not store.add_revocation(wanted, revoked_at=moment, reason=cleaned, received_at=moment):
        raise KnownError(f"Credential {wanted} is already revoked.")
    return store.find_revocation(wanted)  # type: ignore[return-value]


def trust_list() -> dict:
    """What kiosks pull: the approved keys (with revocation times) and revoked credentials."""
    return {
        "kiosks": [
            {
                "key_id": k.key_id,
                "public_key": k.public_key,
                "name": k.name,
                "organisation": k.organisation,
                "revoked_at": env.format_time(k.revoked_at) if k.revoked_at else None,
            }
            for k in store.list_kiosks()
        ],
        "revocations": [
            {"id": r.id, "revoked_at": env.format_time(r.revoked_at), "reason": r.reason}
            for r in store.list_revocations()
        ],
    }


# --- checking a certificate -------------------------------------------------


@dataclass(frozen=True)
class PageResult:
    """What the verification page shows."""

    status: str  # VALID | INVALID | REVOKED
    reason: str
    fields: CertificateFields | None = None
    kiosk: KioskRecord | None = None
    record: ReceivedRecord | None = None
    revocation: RevocationRecord | None = None


@lru_cache(maxsize=4096)
def _signature_ok(raw: bytes, public_key: str) -> bool:
    """Whether ``raw``'s signature is good under ``public_key``: a pure function, so remembered."""
    return ob3.signature_is_valid(payload.decode(raw), keys.public_raw_from_multibase(public_key))


def check_payload(raw: bytes) -> PageResult:
    """Check payload bytes against the approved keys and the registry's records."""
    try:
        fields = payload.decode(raw)
    except InvalidPayload as exc:
        return PageResult(status=INVALID, reason=str(exc))
    kiosk, record, revocation = store.lookup_for_page(fields.key_id, fields.credential_id)
    if kiosk is None:
        return PageResult(
            status=INVALID, fields=fields, reason="Issued by a kiosk this organisation has not approved."
        )
    if not _signature_ok(raw, kiosk.public_key):
        return PageResult(
            status=INVALID,
            fields=fields,
            kiosk=kiosk,
            reason="The signature does not match: this certificate was changed or forged.",
        )
    if record is not None and record.payload != payload.to_base32(raw):
        record = None  # a second, different signature under the same id is not this record
    if kiosk.revoked_at is not None and (record is None or record.received_at > kiosk.revoked_at):
        return PageResult(
            status=INVALID,
            fields=fields,
            kiosk=kiosk,
            record=record,
            reason=f"The kiosk's key was withdrawn on {kiosk.revoked_at:%Y-%m-%d} and the registry had no "
            "record of this certificate before then.",
        )
    if revocation is not None:
        why = f" ({revocation.reason})" if revocation.reason else ""
        return PageResult(
            status=REVOKED,
            fields=fields,
            kiosk=kiosk,
            record=record,
            revocation=revocation,
            reason=f"Genuine, but withdrawn on {revocation.revoked_at:%Y-%m-%d}{why}.",
        )
    return PageResult(
        status=VALID,
        fields=fields,
        kiosk=kiosk,
        record=record,
        reason="Genuine: signed by an approved kiosk and not revoked.",
    )


def check_text(text: str) -> PageResult:
    """Check the base32 text after ``/C/``; raises ``InvalidPayload`` if it is not a payload at all."""
    return check_payload(payload.payload_from_text(text))


def find_by_short_code(text: str) -> ReceivedRecord | None:
    code = normalise_short_code(text)
    return store.find_received_by_short_code(code) if code else None


# --- taking a sync batch ----------------------------------------------------


@dataclass(frozen=True)
class BatchResult:
    duplicate: bool
    received_credentials: int
    new_credentials: int
    received_revocations: int
    new_revocations: int
    acknowledged_credentials: list[str]
    acknowledged_revocations: list[str]

    def as_dict(self) -> dict:
        return {
            "duplicate": self.duplicate,
            "received_credentials": self.received_credentials,
            "new_credentials": self.new_credentials,
            "received_revocations": self.received_revocations,
            "new_revocations": self.new_revocations,
            "acknowledged_credentials": self.acknowledged_credentials,
            "acknowledged_revocations": self.acknowledged_revocations,
        }


def take_batch(document: object, *, via: str, now: datetime | None = None) -> BatchResult:
    """Check and store a signed envelope (``via`` "http" or "bundle"); raises ``Refused``.

    Checks, in order: enough shape to verify, approved key, signature, unrevoked key, full shape, freshness (online:
    within 5 minutes; bundles: not from the future), nonce not seen (online: a replay is
    refused; a bundle imported again changes nothing), every payload signed by the same
    kiosk, every revocation for that kiosk's credentials. Nothing is stored unless all pass.
    """
    now = now or utcnow()
    try:
        key_id, message, signature = env.signed_part(document)
    except env.EnvelopeError as exc:
        raise Refused(str(exc), status=400) from exc
    kiosk = store.find_kiosk(key_id)
    if kiosk is None:
        raise Refused(f"The kiosk key {key_id} is not approved by this registry.", status=403)
    public_raw = keys.public_raw_from_multibase(kiosk.public_key)
    if not env.signature_matches(message, signature, public_raw):
        raise Refused("The request's signature does not match the kiosk's approved key.", status=401)
    if kiosk.revoked_at is not None:
        raise Refused(f"The kiosk key {key_id} was revoked on {kiosk.revoked_at:%Y-%m-%d}.", status=403)
    try:
        parsed = env.parse_envelope(document, max_items=env.MAX_ITEMS if via == "http" else env.BUNDLE_MAX_ITEMS)
    except env.EnvelopeError as exc:
        raise Refused(str(exc), status=400) from exc
    if via == "http" and abs(now - parsed.sent_at) > FRESHNESS:
        raise Refused("The request is too old or its clock is wrong (more than 5 minutes off).", status=401)
    if parsed.sent_at - now > BUNDLE_FUTURE_SLACK:
        raise Refused("The bundle is dated in the future; check the kiosk's clock.", status=401)
    credentials: list[store.NewCredential] = []
    for text in parsed.payloads:
        try:
            raw = payload.payload_from_text(text)
            fields = payload.decode(raw)
        except InvalidPayload as exc:
            raise Refused(f"A credential in the batch is unreadable: {exc}", status=422) from exc
        if fields.key_id != parsed.key_id:
            raise Refused(f"Credential {fields.credential_id} was issued by another kiosk.", status=422)
        if not ob3.signature_is_valid(fields, public_raw):
            raise Refused(f"Credential {fields.credential_id} has a bad signature.", status=422)
        credentials.append(
            store.NewCredential(
                id=fields.credential_id,
                key_id=fields.key_id,
                short_code=short_code_for(fields.credential_id),
                payload=payload.to_base32(raw),
                learner_name=fields.learner_name,
                title=fields.title,
                issued_on=fields.issued_on,
            )
        )
    for revocation in parsed.revocations:
        if not revocation.id.startswith(parsed.key_id + "-"):
            raise Refused(f"Credential {revocation.id} was issued by another kiosk.", status=422)
    result = dict(
        received_credentials=len(credentials),
        received_revocations=len(parsed.revocations),
        acknowledged_credentials=[c.id for c in credentials],
        acknowledged_revocations=[r.id for r in parsed.revocations],
    )
    if store.batch_seen(parsed.nonce):
        if via == "http":
            raise Refused("This request was already received (a replay); nothing was changed.", status=409)
        return BatchResult(duplicate=True, new_credentials=0, new_revocations=0, **result)
    try:
        outcome = store.store_batch(
            nonce=parsed.nonce,
            key_id=parsed.key_id,
            sent_at=parsed.sent_at,
            via=via,
            credentials=credentials,
            revocations=[(r.id, r.revoked_at, r.reason) for r in parsed.revocations],
            received_at=now,
        )
    except IntegrityError as exc:  # the same nonce taken by a concurrent request
        raise Refused("This request was already received (a replay); nothing was changed.", status=409) from exc
    return BatchResult(
        duplicate=False, new_credentials=outcome.new_credentials, new_revocations=outcome.new_revocations, **result
    )
