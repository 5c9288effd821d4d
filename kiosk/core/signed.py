"""Signed JSON documents: the one shape for everything Kiosk signs that is not a certificate.

::

    {"format": "<name>/<version>", "body": {...}, "signature": "<base64url, no padding>"}

The signature is Ed25519 over ``format`` + ``"\\n"`` + the RFC 8785 canonical JSON of
``body``. The format name is signed too, so a document of one kind (a sync envelope) can never
be passed off as another (a trust list) even when the same key signs both. Used by the sync
envelope, the organisation's trust list, its enrolment file and its receipts, and backups.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.core.errors import InvalidInput
from kiosk.core.say import QT_TRANSLATE_NOOP, say

SIGNATURE_CHARS = 86  # 64 bytes in base64url without padding
FIELDS = {"format", "body", "signature"}


class DocumentError(InvalidInput):
    """A document that is not of the expected shape or whose signature does not match."""


def message(format_name: str, body: Any) -> bytes:
    """The bytes that are signed: the format line, then the canonical body."""
    from kiosk.core.credentials.dataintegrity import canonical

    try:
        return format_name.encode("ascii") + b"\n" + canonical(body)
    except Exception as exc:  # noqa: BLE001 - rfc8785 refuses e.g. lone surrogates and huge integers
        raise DocumentError(say(QT_TRANSLATE_NOOP("core", "The document cannot be put in canonical JSON."))) from exc


def encode_signature(signature: bytes) -> str:
    return base64.urlsafe_b64encode(signature).decode("ascii").rstrip("=")


def decode_signature(text: object) -> bytes:
    if not isinstance(text, str) or len(text) != SIGNATURE_CHARS:
        raise DocumentError(say(QT_TRANSLATE_NOOP("core", "The signature is missing or has the wrong length.")))
    try:
        return base64.urlsafe_b64decode(text + "==")
    except (binascii.Error, ValueError) as exc:
        raise DocumentError(say(QT_TRANSLATE_NOOP("core", "The signature is not base64url."))) from exc


def sign(format_name: str, body: dict, private_key: Ed25519PrivateKey) -> dict:
    """A signed document (a JSON-ready dict) of ``body``."""
    signature = private_key.sign(message(format_name, body))
    return {"format": format_name, "body": body, "signature": encode_signature(signature)}


def parts(document: object, format_name: str) -> tuple[dict, bytes]:
    """(body, signature) of a document of ``format_name``, checked for shape only."""
    if not isinstance(document, dict) or set(document) != FIELDS:
        raise DocumentError(say(QT_TRANSLATE_NOOP("core", "A signed document is an object with exactly 'format', 'body' and 'signature'.")))
    if document["format"] != format_name:
        raise DocumentError(say(QT_TRANSLATE_NOOP("core", "This is not a %1 document."), format_name))
    body = document["body"]
    if not isinstance(body, dict):
        raise DocumentError(say(QT_TRANSLATE_NOOP("core", "The document's body is not an object.")))
    return body, decode_signature(document["signature"])


def message_signed_by(signed_bytes: bytes, signature: bytes, public_raw: bytes) -> bool:
    """Whether ``signature`` is ``public_raw``'s Ed25519 signature of ``signed_bytes``."""
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, signed_bytes)
    except (InvalidSignature, ValueError):
        return False
    return True


def signature_matches(format_name: str, body: Any, signature: bytes, public_raw: bytes) -> bool:
    return message_signed_by(message(format_name, body), signature, public_raw)


def opened(document: object, format_name: str, public_raw: bytes) -> dict:
    """The body of a document of ``format_name`` signed by ``public_raw``; raises ``DocumentError``."""
    body, signature = parts(document, format_name)
    if not signature_matches(format_name, body, signature, public_raw):
        raise DocumentError(say(QT_TRANSLATE_NOOP("core", "The signature does not match.")))
    return body


def bounded_list(
    body: dict, name: str, limit: int, *, not_a_list: str, too_many: str, refused: type[InvalidInput] = InvalidInput
) -> list:
    """``body[name]`` when it is a list of at most ``limit`` items; else ``refused`` with the
    document's own words: ``not_a_list`` (%1: the name) or ``too_many`` (%1: the limit, %2: the name)."""
    value = body.get(name)
    if not isinstance(value, list):
        raise refused(say(not_a_list, repr(name)))
    if len(value) > limit:
        raise refused(say(too_many, limit, name))
    return value
