"""The signed sync envelope: the body of ``POST /api/v1/sync`` and the USB bundle file.

::

    {"format": "kiosk-sync/2",
     "body": {"key_id": "K7Q2M4XA", "sent_at": "2025-03-04T10:00:00Z", "nonce": "<32 hex>",
              "credentials": [{"payload": "<BASE32>", "badge": "<JSON text>"}],
              "revocations": [{"id": "<KEY ID>-<SERIAL>", "revoked_at": "...Z", "reason": "..." | null}],
              "revoked_up_to": "2025-03-04T09:59:58Z" | null},
     "signature": "<base64url, no padding>"}

The signature is Ed25519 by the kiosk key over ``b"kiosk-sync/2\\n"`` + the RFC 8785
canonical JSON of ``body`` (which carries the timestamp and the nonce): a signed document
of ``kiosk.core.signed``.

``revoked_up_to`` (format 2) is the kiosk's promise that every revocation it made before that
time is in this batch or one the registry acknowledged before: the registry's page says "not
revoked as of" that time, never as of a batch that did not carry them. Format 1 (no such
field) is still read; the page then says it cannot tell.

A credential may carry its full Open Badge (``badge``: the facts and the two proof values, as
JSON text, ``kiosk.core.credentials.ob3.parse_badge``). It is a string, not an object, so an
envelope stays four levels deep; the registry reads it, rebuilds the full credential and checks
its proofs. A registry older than format 2 refuses these envelopes: upgrade the registry first.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core import signed
from kiosk.core.clock import format_utc, parse_utc
from kiosk.core.errors import InvalidInput
from kiosk.core.say import QT_TRANSLATE_NOOP, say

FORMAT = "kiosk-sync/2"
FORMATS = ("kiosk-sync/1", FORMAT)  # what a registry reads
_BODY = {"key_id", "sent_at", "nonce", "credentials", "revocations"}
_BODY_FIELDS = {"kiosk-sync/1": _BODY, FORMAT: _BODY | {"revoked_up_to"}}
MAX_ITEMS = 500  # per online request, credentials and revocations each
BUNDLE_MAX_ITEMS = 200_000
MAX_DEPTH = 4  # envelope > body > credentials > item (a badge is JSON text, not an object)
_KEY_ID = re.compile(r"^[A-Z2-7]{8}$")
_CREDENTIAL_ID = re.compile(r"^[A-Z2-7]{8}-[A-Z2-7]{8}$")
_NONCE = re.compile(r"^[0-9a-f]{32}$")
_PAYLOAD = re.compile(r"^[A-Z2-7]{20,800}$")
REASON_MAX = 200
BADGE_MAX_BYTES = 8192  # = ob3.BADGE_MAX_BYTES


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
    format_name: str = FORMAT
    revoked_up_to: datetime | None = None  # format 2: every revocation before this time has been sent

    @cached_property
    def signed_bytes(self) -> bytes:
        """The signed message: put in canonical JSON only when the signature is checked."""
        return signed_message(self.body, self.format_name)


format_time = format_utc


def parse_time(text: object, what: str) -> datetime:
    return parse_utc(text, what, error=EnvelopeError)


def new_nonce() -> str:
    return os.urandom(16).hex()


def signed_message(body: dict, format_name: str = FORMAT) -> bytes:
    try:
        return signed.message(format_name, body)
    except signed.DocumentError as exc:
        raise EnvelopeError(say(QT_TRANSLATE_NOOP("core", "The sync body cannot be put in canonical JSON."))) from exc


def make_envelope(
    *,
    key_id: str,
    private_key: Ed25519PrivateKey,
    payloads: list[str],
    revocations: list[Revocation],
    sent_at: datetime,
    revoked_up_to: datetime | None = None,
    nonce: str | None = None,
    badges: dict[str, str] | None = None,
) -> dict:
    """A signed envelope (a JSON-ready dict) carrying ``payloads`` (each with its badge text from
    ``badges``, keyed by payload, when it has one) and ``revocations``.

    ``revoked_up_to``: set when every revocation made before that time is in this batch or an
    acknowledged earlier one (see the module's docstring).
    """
    badges = badges or {}
    body = {
        "key_id": key_id,
        "sent_at": format_time(sent_at),
        "nonce": nonce or new_nonce(),
        "credentials": [{"payload": p, "badge": badges[p]} if p in badges else {"payload": p} for p in payloads],
        "revocations": [
            {"id": r.id, "revoked_at": format_time(r.revoked_at), "reason": r.reason} for r in revocations
        ],
        "revoked_up_to": format_time(revoked_up_to) if revoked_up_to else None,
    }
    return signed.sign(FORMAT, body, private_key)


_list = functools.partial(
    signed.bounded_list,
    refused=EnvelopeError,
    not_a_list=QT_TRANSLATE_NOOP("core", "The body's %1 is not a list."),
    too_many=QT_TRANSLATE_NOOP("core", "At most %1 %2 per batch."),
)


_CLAIMED_KEY_ID = re.compile(rb'"key_id"\s*:\s*"([A-Z2-7]{8})"')
# "key_id" as a key: followed by its colon. Inside a JSON string every '"' is escaped, so free
# text that reads key_id (a revocation's reason) is never followed by '":'.
_KEY_ID_KEY = re.compile(rb'"key_id"\s*:')


def claimed_key_id(body: bytes) -> str:
    """The key id a request body claims to be signed by, found without parsing it.

    An envelope has the key ``"key_id"`` exactly once, in its body. This lets the registry refuse
    an unknown kiosk before it reads the JSON; the claim is only a claim, so the registry
    checks later that the parsed envelope names the same key. Raises ``EnvelopeError``.
    """
    found = _CLAIMED_KEY_ID.findall(body, 0, len(body))
    if len(found) != 1 or len(_KEY_ID_KEY.findall(body)) != 1:
        raise EnvelopeError(say(QT_TRANSLATE_NOOP("core", "The sync body needs one key id of 8 base32 characters.")))
    return found[0].decode("ascii")


def _format(document: object) -> str:
    if not isinstance(document, dict) or set(document) != {"format", "body", "signature"}:
        raise EnvelopeError(say(QT_TRANSLATE_NOOP("core", "A sync request is an object with exactly 'format', 'body' and 'signature'.")))
    if document["format"] not in FORMATS:
        raise EnvelopeError(say(QT_TRANSLATE_NOOP("core", "Unknown sync format; this registry reads %1."), " and ".join(FORMATS)))
    return document["format"]


def _signature(text: object) -> bytes:
    try:
        return signed.decode_signature(text)
    except signed.DocumentError as exc:
        raise EnvelopeError(exc.said or str(exc)) from exc


signature_matches = signed.message_signed_by


def parse_envelope(document: object, *, max_items: int = MAX_ITEMS) -> Envelope:
    """Check an envelope's shape, without canonical JSON or signatures; raises ``EnvelopeError``."""
    format_name = _format(document)
    body, signature_text = document["body"], document["signature"]  # type: ignore[index]
    if not isinstance(body, dict) or set(body) != _BODY_FIELDS[format_name]:
        raise EnvelopeError(
            say(QT_TRANSLATE_NOOP("core", "The sync body needs exactly %1 (%2)."), ", ".join(sorted(_BODY_FIELDS[format_name])), format_name)
        )
    signature = _signature(signature_text)
    key_id, nonce = body["key_id"], body["nonce"]
    if not isinstance(key_id, str) or not _KEY_ID.match(key_id):
        raise EnvelopeError(say(QT_TRANSLATE_NOOP("core", "The key id is not 8 base32 characters.")))
    if not isinstance(nonce, str) or not _NONCE.match(nonce):
        raise EnvelopeError(say(QT_TRANSLATE_NOOP("core", "The nonce is not 32 lower-case hex digits.")))
    sent_at = parse_time(body["sent_at"], say(QT_TRANSLATE_NOOP("core", "sending time")))
    payloads = []
    for item in _list(body, "credentials", max_items):
        if not isinstance(item, dict) or not _credential_item(item):
            raise EnvelopeError(say(QT_TRANSLATE_NOOP("core", "Each credential is an object with a 'payload' and perhaps a 'badge'.")))
        if not _PAYLOAD.match(item["payload"]):
            raise EnvelopeError(say(QT_TRANSLATE_NOOP("core", "A credential payload is not upper-case base32.")))
        payloads.append(item["payload"])
    revocations = []
    for item in _list(body, "revocations", max_items):
        if not isinstance(item, dict) or set(item) != {"id", "revoked_at", "reason"}:
            raise EnvelopeError(say(QT_TRANSLATE_NOOP("core", "Each revocation is an object with id, revoked_at and reason.")))
        if not isinstance(item["id"], str) or not _CREDENTIAL_ID.match(item["id"]):
            raise EnvelopeError(say(QT_TRANSLATE_NOOP("core", "A revoked credential id is not like K7Q2M4XA-3FJ5QW2T.")))
        reason = item["reason"]
        if reason is not None and (not isinstance(reason, str) or len(reason) > REASON_MAX):
            raise EnvelopeError(say(QT_TRANSLATE_NOOP("core", "A revocation reason is text of at most %1 characters."), REASON_MAX))
        revocations.append(Revocation(item["id"], parse_time(item["revoked_at"], say(QT_TRANSLATE_NOOP("core", "revocation time"))), reason))
    revoked_up_to = body.get("revoked_up_to")
    if revoked_up_to is not None:
        revoked_up_to = parse_time(revoked_up_to, say(QT_TRANSLATE_NOOP("core", "time revocations are complete to")))
        if revoked_up_to > sent_at:
            raise EnvelopeError(say(QT_TRANSLATE_NOOP("core", "The batch says its revocations are complete to a time after it was sent.")))
    return Envelope(
        key_id=key_id,
        sent_at=sent_at,
        nonce=nonce,
        payloads=tuple(payloads),
        revocations=tuple(revocations),
        body=body,
        signature=signature,
        format_name=format_name,
        revoked_up_to=revoked_up_to,
    )


def _credential_item(item: dict) -> bool:
    keys = set(item)
    if not isinstance(item.get("payload"), str) or keys not in ({"payload"}, {"payload", "badge"}):
        return False
    badge = item.get("badge")
    return badge is None or (isinstance(badge, str) and 0 < len(badge) <= BADGE_MAX_BYTES)


def badges_in(document: dict) -> dict[str, str]:
    """Payload -> badge text, for the credentials of a well-formed envelope that carry a badge."""
    return {
        item["payload"]: item["badge"] for item in document["body"]["credentials"] if isinstance(item.get("badge"), str)
    }


def signature_is_valid(envelope: Envelope, public_raw: bytes) -> bool:
    return signature_matches(envelope.signed_bytes, envelope.signature, public_raw)
