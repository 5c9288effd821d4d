"""A backup file's format: its header, the encryption, the signature, and opening one.

See ``kiosk.core.backup`` for the layout.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.errors import KnownError
from kiosk.core.say import QT_TRANSLATE_NOOP, say

MAGIC = b"KIOSK-BACKUP\n"
FORMAT_VERSION = 2
PLAIN, ENCRYPTED = 0, 1
_HEADER = struct.Struct(f"{len(MAGIC)}sBB")
SALT_BYTES, NONCE_BYTES = 16, 12
PUBLIC_BYTES, SIGNATURE_BYTES = 32, 64
SIGNED_DOMAIN = b"kiosk-backup/2\n"
# scrypt: 32 MiB of memory per try, about a tenth of a second on a modest machine.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
PASSPHRASE_MIN = 8
DB_NAME = "kiosk.db"
MIB = 1024 * 1024
# Limits on what a backup may unpack to (docs/security.md).
MAX_BACKUP_BYTES = 1024 * MIB
MAX_ENTRIES = 20_000
BACKUP_JSON_MAX_BYTES = MIB  # backup.json: who made it, when, which packs
MAX_UNPACKED_BYTES = 2048 * MIB
MAX_RATIO = 100  # all entries together, uncompressed / compressed
MAX_ENTRY_RATIO = 200  # one entry ...
ENTRY_RATIO_APPLIES_ABOVE = MIB  # ... bigger than this


def _derive_key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))


def _signed_bytes(header: bytes, body: bytes) -> bytes:
    return SIGNED_DOMAIN + header + hashlib.sha256(body).digest()


@dataclass(frozen=True)
class _Opened:
    header: bytes
    public_raw: bytes
    body: bytes
    encrypted: bool


def _open(data: bytes, passphrase: str | None) -> _Opened:
    """A backup file's bytes, decrypted and its signature checked; raises KnownError for anything not right."""
    if len(data) < _HEADER.size or not data.startswith(MAGIC):
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "This file is not a Kiosk backup.")))
    _magic, version, mode = _HEADER.unpack_from(data)
    if version == 1:
        raise KnownError(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This backup was made by an older Kiosk and carries no signature, so it cannot be told from a "
                    "forgery; nothing was changed. Make a new backup with this version.",
                )
            )
        )
    if version != FORMAT_VERSION:
        raise KnownError(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "This backup was made by a different Kiosk version (format %1); it cannot be restored here."
                ),
                version,
            )
        )
    header, rest = data[: _HEADER.size], data[_HEADER.size :]
    if mode == ENCRYPTED:
        if not passphrase:
            raise KnownError(say(QT_TRANSLATE_NOOP("core", "This backup is encrypted: type its passphrase.")))
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, nonce, sealed = rest[:SALT_BYTES], rest[SALT_BYTES : SALT_BYTES + NONCE_BYTES], rest[SALT_BYTES + NONCE_BYTES :]
        try:
            rest = AESGCM(_derive_key(passphrase, salt)).decrypt(nonce, sealed, header + salt)
        except (InvalidTag, ValueError) as exc:
            raise KnownError(
                say(QT_TRANSLATE_NOOP("core", "Wrong passphrase, or the backup is damaged; nothing was changed."))
            ) from exc
    elif mode != PLAIN:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "This file is not a Kiosk backup (unknown kind).")))
    public_raw, signature, body = rest[:PUBLIC_BYTES], rest[PUBLIC_BYTES : PUBLIC_BYTES + SIGNATURE_BYTES], rest[PUBLIC_BYTES + SIGNATURE_BYTES :]
    from kiosk.core.signed import message_signed_by

    if len(signature) < SIGNATURE_BYTES or not message_signed_by(_signed_bytes(header, body), signature, public_raw):
        raise KnownError(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "This backup's signature does not match: it is damaged, or was changed or forged; nothing was changed."
                )
            )
        )
    return _Opened(header=header, public_raw=public_raw, body=body, encrypted=mode == ENCRYPTED)


def _read(path: Path) -> bytes:
    try:
        if Path(path).stat().st_size > MAX_BACKUP_BYTES:
            raise KnownError(
                say(QT_TRANSLATE_NOOP("core", "%1 is larger than a Kiosk backup can be; nothing was changed."), path)
            )
        return Path(path).read_bytes()
    except OSError as exc:
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "Could not read the backup %1: %2."), path, exc.strerror or exc)
        ) from exc


def _is_own(public_raw: bytes) -> bool:
    from kiosk.core.credentials.keys import own_key

    own = own_key()
    return own is not None and own.public_raw == public_raw
