"""The signed sync envelope: the body of ``POST /api/v1/sync`` and the USB bundle file.

::

    {"format": "kiosk-sync/1",
     "body": {"key_id": "K7Q2M4XA", "sent_at": "2025-03-04T10:00:00Z", "nonce": "<32 hex>",
              "credentials": [{"payload": "<BASE32>"}],
              "revocations": [{"id": "<KEY ID>-<SERIAL>", "revoked_at": "...Z", "reason": "..." | null}]},
     "signature": "<base64url, no padding>"}

The signature is Ed25519 by the kiosk key over ``b"kiosk-sync/1\\n"`` + the RFC 8785
canonical JSON of ``body`` (which carries the timestamp and the nonce): a signed document
of ``kiosk.core.signed``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core import signed
from kiosk.core.errors import InvalidInput

FORMAT = "kiosk-sync/1"
MAX_ITEMS = 500  # per online request, credentials and revocations each
BUNDLE_MAX_ITEMS = 200_000
MAX_DEPTH = 4  # envelope > body > credentials > item
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_KEY_ID = re.compile(r"^[A-Z2-7]{8}$")
_CREDENTIAL_ID = re.compile(r"^[A-Z2-7]{8}-[A-Z2-7]{8}$")
_NONCE = re.compile(r"^[0-9a-f]{32}$")
_PAYLOAD = re.compile(r"^[A-Z2-7]{20,800}$")
REASON_MAX = 200


class EnvelopeError(InvalidInput):
    """A sync envelope that is malformed (not a signature problem)."""


@dataclass(frozen=True)
class Revocation:
    id: str
    revoked_at: datetime
    reason: str | None


@dataclass(frozen=True)
class Envelope:
    """A parsed, well-formed envelope (its signature not yet checked)."""

    key_id: str
    sent_at: datetime
    nonce: str
    payloads: tuple[str, ...]
    revocations: tuple[Revocation, ...]
    body: dict
    signature: bytes

    @cached_property
    def signed_bytes(self) -> bytes:
        """The signed message: put in canonical JSON only when the signature is checked."""
        return signed_message(self.body)


def format_time(moment: datetime) -> str:
    return moment.strftime(TIME_FORMAT)


def parse_time(text: object, what: str) -> datetime:
    if not isinstance(text, str):
        raise EnvelopeError(f"The {what} is not a time.")
    try:
        return datetime.strptime(text, TIME_FORMAT)
    except ValueError as exc:
        raise EnvelopeError(f"The {what} is not a UTC time like 2025-03-04T10:00:00Z.") from exc


def new_nonce() -> str:
    return os.urandom(16).hex()


def signed_message(body: dict) -> bytes:
    try:
        return signed.message(FORMAT, body)
    except signed.DocumentError as exc:
        raise EnvelopeError("The sync body cannot be put in canonical JSON.") from exc


def make_envelope(
    *,
    key_id: str,
    private_key: Ed25519PrivateKey,
    payloads: list[str],
    revocations: list[Revocation],
    sent_at: datetime,
    nonce: str | None = None,
) -> dict:
    """A signed envelope (a JSON-ready dict) carrying ``payloads`` and ``revocations``."""
    body = {
        "key_id": key_id,
        "sent_at": format_time(sent_at),
        "nonce": nonce or new_nonce(),
        "credentials": [{"payload": p} for p in payloads],
        "revocations": [
            {"id": r.id, "revoked_at": format_time(r.revoked_at), "reason": r.reason} for r in revocations
        ],
    }
    return signed.sign(FORMAT, body, private_key)


def _list(body: dict, name: str, limit: int) -> list:
    value = body.get(name)
    if not isinstance(value, list):
        raise EnvelopeError(f"The body's {name!r} is not a list.")
    if len(value) > limit:
        raise EnvelopeError(f"At most {limit} {name} per batch.")
    return value


_CLAIMED_KEY_ID = re.compile(rb'"key_id"\s*:\s*"([A-Z2-7]{8})"')


def claimed_key_id(body: bytes) -> str:
    """The key id a request body claims to be signed by, found without parsing it.

    An envelope has ``"key_id"`` exactly once, as its body's key. This lets the registry refuse
    an unknown kiosk before it reads the JSON; the claim is only a claim, so the registry
    checks later that the parsed envelope names the same key. Raises ``EnvelopeError``.
    """
    found = _CLAIMED_KEY_ID.findall(body, 0, len(body))
    if len(found) != 1 or body.count(b'"key_id"') != 1:
        raise EnvelopeError("The sync body needs one key id of 8 base32 characters.")
    return found[0].decode("ascii")


def _signature(text: object) -> bytes:
    try:
        return signed.decode_signature(text)
    except signed.DocumentError as exc:
        raise EnvelopeError(str(exc)) from exc


signature_matches = signed.message_signed_by


def parse_envelope(document: object, *, max_items: int = MAX_ITEMS) -> Envelope:
    """Check an envelope's shape, without canonical JSON or signatures; raises ``EnvelopeError``."""
    if not isinstance(document, dict) or set(document) != {"format", "body", "signature"}:
        raise EnvelopeError("A sync request is an object with exactly 'format', 'body' and 'signature'.")
    if document["format"] != FORMAT:
        raise EnvelopeError(f"Unknown sync format; this registry reads {FORMAT}.")
    body, signature_text = document["body"], document["signature"]
    if not isinstance(body, dict) or set(body) != {"key_id", "sent_at", "nonce", "credentials", "revocations"}:
        raise EnvelopeError("The sync body needs exactly key_id, sent_at, nonce, credentials and revocations.")
    signature = _signature(signature_text)
    key_id, nonce = body["key_id"], body["nonce"]
    if not isinstance(key_id, str) or not _KEY_ID.match(key_id):
        raise EnvelopeError("The key id is not 8 base32 characters.")
    if not isinstance(nonce, str) or not _NONCE.match(nonce):
        raise EnvelopeError("The nonce is not 32 lower-case hex digits.")
    sent_at = parse_time(body["sent_at"], "sending time")
    payloads = []
    for item in _list(body, "credentials", max_items):
        if not isinstance(item, dict) or set(item) != {"payload"} or not isinstance(item["payload"], str):
            raise EnvelopeError("Each credential is an object with only a 'payload'.")
        if not _PAYLOAD.match(item["payload"]):
            raise EnvelopeError("A credential payload is not upper-case base32.")
        payloads.append(item["payload"])
    revocations = []
    for item in _list(body, "revocations", max_items):
        if not isinstance(item, dict) or set(item) != {"id", "revoked_at", "reason"}:
            raise EnvelopeError("Each revocation is an object with id, revoked_at and reason.")
        if not isinstance(item["id"], str) or not _CREDENTIAL_ID.match(item["id"]):
            raise EnvelopeError("A revoked credential id is not like K7Q2M4XA-3FJ5QW2T.")
        reason = item["reason"]
        if reason is not None and (not isinstance(reason, str) or len(reason) > REASON_MAX):
            raise EnvelopeError(f"A revocation reason is text of at most {REASON_MAX} characters.")
        revocations.append(Revocation(item["id"], parse_time(item["revoked_at"], "revocation time"), reason))
    return Envelope(
        key_id=key_id,
        sent_at=sent_at,
        nonce=nonce,
        payloads=tuple(payloads),
        revocations=tuple(revocations),
        body=body,
        signature=signature,
    )


def signature_is_valid(envelope: Envelope, public_raw: bytes) -> bool:
    return signature_matches(envelope.signed_bytes, envelope.signature, public_raw)
