"""Publisher keys: Ed25519 key files, fingerprints, signing and checking the manifest.

A key's fingerprint (also its key id) is the first 16 bytes of SHA-256 over the raw
32-byte public key, written as 32 lowercase hex digits. Facilitators compare and
type it, so :func:`normalise_fingerprint` accepts spaces, colons and capitals.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.core.durable import write_atomically
from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.say import QT_TRANSLATE_NOOP, say

SIGNATURE_ALGORITHM = "Ed25519"


@dataclass(frozen=True)
class PublisherKey:
    public_key: str  # base64 of the raw 32 bytes
    fingerprint: str


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def fingerprint_of(raw_public_key: bytes) -> str:
    return hashlib.sha256(raw_public_key).hexdigest()[:32]


def normalise_fingerprint(text: str) -> str:
    cleaned = re.sub(r"[\s:-]", "", text).lower()
    if not re.fullmatch(r"[0-9a-f]{32}", cleaned):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1 is not a key fingerprint (32 hex digits)."), repr(text)))
    return cleaned


def format_fingerprint(fingerprint: str) -> str:
    """Groups of four digits, easier to read aloud and compare: ``1a2b 3c4d ...``."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def public_key_from_text(text: str) -> PublisherKey:
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "The public key is not valid base64."))) from exc
    if len(raw) != 32:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "The public key is not a 32-byte Ed25519 key.")))
    return PublisherKey(public_key=_b64(raw), fingerprint=fingerprint_of(raw))


def publisher_key_of(private_key: Ed25519PrivateKey) -> PublisherKey:
    raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PublisherKey(public_key=_b64(raw), fingerprint=fingerprint_of(raw))


def generate_key_file(path: Path) -> PublisherKey:
    """Write a new Ed25519 private key (PEM, PKCS#8, owner-only 0600) and return its public half."""
    path = Path(path)
    if path.exists():
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "%1 already exists; choose another name (a key is never overwritten)."), path)
        )
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    write_atomically(path, pem, mode=0o600, overwrite=False)  # never replaces a key written meanwhile
    os.chmod(path, 0o600)
    return publisher_key_of(key)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "Cannot read the key file %1: %2."), path, exc.strerror or exc)
        ) from exc
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "%1 is not an unencrypted Ed25519 private key file."), path)
        ) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "%1 holds a key of another kind; packs are signed with Ed25519."), path)
        )
    return key


def load_public_key_file(path: Path) -> PublisherKey:
    """The public key of a key file (a private key file, or a file holding the base64 public key)."""
    data = Path(path).read_bytes()
    if b"PRIVATE KEY" in data:
        return publisher_key_of(load_private_key(path))
    return public_key_from_text(data.decode("ascii", "replace").strip())


def sign(private_key: Ed25519PrivateKey, message: bytes) -> dict:
    """The content of ``signature.json`` for ``message`` (the manifest's canonical bytes)."""
    publisher = publisher_key_of(private_key)
    return {
        "algorithm": SIGNATURE_ALGORITHM,
        "signed_file": "manifest.json",
        "public_key": publisher.public_key,
        "key_id": publisher.fingerprint,
        "signature": _b64(private_key.sign(message)),
    }


def check_signature(signature: dict, message: bytes) -> PublisherKey:
    """The publisher key if ``signature`` (parsed signature.json) signs ``message``; else KnownError."""
    if not isinstance(signature, dict) or signature.get("algorithm") != SIGNATURE_ALGORITHM:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "The pack's signature is missing its Ed25519 algorithm name.")))
    try:
        key = public_key_from_text(str(signature.get("public_key", "")))
        sig = base64.b64decode(str(signature.get("signature", "")), validate=True)
    except (InvalidInput, ValueError) as exc:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "The pack's signature file is damaged."))) from exc
    if signature.get("key_id") != key.fingerprint:
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "The pack's signature names a key id that does not match its public key."))
        )
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(key.public_key)).verify(sig, message)
    except InvalidSignature as exc:
        raise KnownError(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "The pack's signature does not match its manifest (key %1): it was changed after signing."
                ),
                key.fingerprint,
            )
        ) from exc
    return key
