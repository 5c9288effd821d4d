"""This kiosk's Ed25519 signing key, and how Ed25519 public keys are written and named.

The private key is a PEM file under ``<data dir>/keys/`` created readable only
by its user (0600); it never goes into the database. The public key is shown
as a multibase string (``z`` + base58btc of the Ed25519 multicodec ``0xed01``
+ 32 bytes), the form used by ``did:key`` and the W3C test vectors. A key id is
8 base32 characters of SHA-256 of the raw public key. Which other kiosks' keys
are trusted is the organisation's signed trust list (``kiosk.core.trust``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import base58
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk import paths
from kiosk.core.durable import write_atomically
from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.say import QT_TRANSLATE_NOOP, say

KEY_FILENAME = "kiosk-signing-key.pem"
ED25519_MULTICODEC = b"\xed\x01"
KEY_ID_BYTES = 5  # 40 bits: 8 base32 characters


@dataclass(frozen=True)
class SigningKey:
    """This kiosk's key pair, as loaded from its file."""

    private_key: Ed25519PrivateKey
    public_raw: bytes

    @property
    def key_id(self) -> str:
        return key_id_for(self.public_raw)

    @property
    def public_key(self) -> str:
        return public_key_multibase(self.public_raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint_for(self.public_raw)


def key_id_bytes(public_raw: bytes) -> bytes:
    return hashlib.sha256(public_raw).digest()[:KEY_ID_BYTES]


def key_id_for(public_raw: bytes) -> str:
    """8 upper-case base32 characters naming a public key, e.g. ``K7Q2M4XA``."""
    return base64.b32encode(key_id_bytes(public_raw)).decode("ascii")


def key_id_from_bytes(raw_id: bytes) -> str:
    return base64.b32encode(raw_id).decode("ascii")


def fingerprint_for(public_raw: bytes) -> str:
    """A human-comparable fingerprint: 16 bytes of SHA-256 as hex in groups of 4."""
    digest = hashlib.sha256(public_raw).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def fingerprint_of(public_key: str) -> str:
    """The fingerprint of a key written in multibase (``z6Mk...``), as people compare it."""
    return fingerprint_for(public_raw_from_multibase(public_key))


@lru_cache(maxsize=256)
def public_key_multibase(public_raw: bytes) -> str:
    return "z" + base58.b58encode(ED25519_MULTICODEC + public_raw).decode("ascii")


@lru_cache(maxsize=4096)
def public_raw_from_multibase(value: str) -> bytes:
    """The 32 raw bytes of an Ed25519 ``z6Mk...`` multibase public key (remembered: base58 is slow)."""
    try:
        if not value.startswith("z"):
            raise ValueError("not base58btc")
        decoded = base58.b58decode(value[1:])
    except ValueError as exc:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1 is not a multibase (z...) public key."), repr(value))) from exc
    if len(decoded) != 34 or decoded[:2] != ED25519_MULTICODEC:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1 is not an Ed25519 public key."), repr(value)))
    return decoded[2:]


def did_key(public_raw: bytes) -> str:
    return "did:key:" + public_key_multibase(public_raw)


def verification_method(public_raw: bytes) -> str:
    multibase = public_key_multibase(public_raw)
    return f"did:key:{multibase}#{multibase}"


@lru_cache(maxsize=4096)
def public_key_object(public_raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(public_raw)


def key_path() -> Path:
    return paths.data_dir() / "keys" / KEY_FILENAME


def public_raw_of(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def create_signing_key(path: Path) -> SigningKey:
    """Make a new key and write it to ``path`` with mode 0600; refuse to overwrite.

    The key is written and flushed to a temporary file first and then linked into
    place (``durable.write_atomically``), so a crash or power cut never leaves a
    half-written key at ``path``.
    """
    private_key = Ed25519PrivateKey.generate()
    pem = private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    for stale in path.parent.glob(path.name + ".tmp-*"):  # an older Kiosk's leftover: never used, holds no signature
        stale.unlink(missing_ok=True)
    write_atomically(path, pem, mode=0o600, overwrite=False)  # linked into place: never overwrites a key
    return SigningKey(private_key=private_key, public_raw=public_raw_of(private_key))


def load_signing_key(path: Path) -> SigningKey:
    try:
        private_key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "This kiosk's signing key %1 cannot be read (%2)."), path, exc)) from exc
    if not isinstance(private_key, Ed25519PrivateKey):
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "The file %1 does not hold an Ed25519 key."), path))
    return SigningKey(private_key=private_key, public_raw=public_raw_of(private_key))


def ensure_signing_key() -> SigningKey:
    """This kiosk's key, created on first use."""
    path = key_path()
    if path.exists() and path.stat().st_size == 0:
        path.unlink()  # an empty file left by a crash in an older Kiosk: nothing was ever signed with it
    return load_signing_key(path) if path.exists() else create_signing_key(path)


def own_key() -> SigningKey | None:
    """This kiosk's key if it has one (never creates it)."""
    path = key_path()
    if not path.is_file() or path.stat().st_size == 0:
        return None
    return load_signing_key(path)


# --- keys this kiosk signed with before a rotation (see kiosk.core.credentials.rotation) ---

RETIRED_SETTING = "retired_kiosk_keys"


@dataclass(frozen=True)
class RetiredKey:
    key_id: str
    public_key: str
    retired_at: datetime


def retired_keys() -> list[RetiredKey]:
    from kiosk.core.storage import repo

    text = repo.get_setting(RETIRED_SETTING)
    return [
        RetiredKey(item["key_id"], item["public_key"], datetime.fromisoformat(item["retired_at"]))
        for item in (json.loads(text) if text else [])
    ]


def find_retired(key_id: str) -> RetiredKey | None:
    return next((k for k in retired_keys() if k.key_id == key_id), None)
