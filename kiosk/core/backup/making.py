"""Making a backup: the body (database copy, packs, and the key if asked), signed, maybe encrypted, written whole."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core.backup.format import (
    _HEADER,
    DB_NAME,
    ENCRYPTED,
    FORMAT_VERSION,
    MAGIC,
    NONCE_BYTES,
    PASSPHRASE_MIN,
    PLAIN,
    SALT_BYTES,
    _derive_key,
    _signed_bytes,
)
from kiosk.core.clock import utcnow
from kiosk.core.errors import InvalidInput
from kiosk.core.say import QT_TRANSLATE_NOOP, say

@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    encrypted: bool
    includes_key: bool
    created_at: str
    packs: int


def _database_copy(target: Path) -> None:
    """A consistent copy of the open database, even while the kiosk writes (online backup API)."""
    from kiosk.core.storage.db import db

    dest = sqlite3.connect(target)
    try:
        db.connection().backup(dest)
    finally:
        dest.close()


def _body(*, include_key: bool, created_at: datetime, signer) -> tuple[bytes, dict]:
    from kiosk.core.credentials.keys import key_path
    from kiosk.core.packs.library import packs_root
    from kiosk.core.setup import load_settings

    buffer = io.BytesIO()
    packs = packs_root()
    pack_ids = sorted(p.name for p in packs.iterdir() if p.is_dir() and not p.name.startswith("."))
    settings = load_settings()
    about = {
        "format": FORMAT_VERSION,
        "created_at": created_at.isoformat(timespec="seconds"),
        "includes_key": include_key,
        "packs": pack_ids,
        "kiosk": {"key_id": signer.key_id, "name": settings.kiosk_name, "organisation": settings.organisation},
    }
    with tempfile.TemporaryDirectory(prefix="kiosk-backup-") as scratch:
        db_copy = Path(scratch) / DB_NAME
        _database_copy(db_copy)
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("backup.json", json.dumps(about, indent=2))
            archive.write(db_copy, DB_NAME)
            for pack_id in pack_ids:
                for file in sorted((packs / pack_id).rglob("*")):
                    if file.is_file():
                        archive.write(file, f"packs/{file.relative_to(packs).as_posix()}")
            if include_key:
                archive.write(key_path(), f"keys/{key_path().name}")
    return buffer.getvalue(), about


def make_backup(path: Path, *, include_key: bool = False, passphrase: str | None = None) -> BackupInfo:
    """Write a backup of this kiosk to ``path``, signed with its key (written whole, then renamed into place).

    The signing key goes in only with ``include_key``, and then a passphrase is required
    and the whole file is encrypted. A passphrase alone encrypts a backup without the key.
    """
    from kiosk.core.credentials.keys import ensure_signing_key
    from kiosk.core.durable import write_atomically

    if include_key and not passphrase:
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "The signing key is saved only in an encrypted backup: give a passphrase."))
        )
    if passphrase is not None and len(passphrase) < PASSPHRASE_MIN:
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "A backup passphrase has at least %1 characters."), PASSPHRASE_MIN)
        )
    path = Path(path)
    signer = ensure_signing_key()
    body, about = _body(include_key=include_key, created_at=utcnow(), signer=signer)
    header = _HEADER.pack(MAGIC, FORMAT_VERSION, ENCRYPTED if passphrase else PLAIN)
    signed_part = signer.public_raw + signer.private_key.sign(_signed_bytes(header, body)) + body
    if passphrase:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
        data = header + salt + nonce + AESGCM(_derive_key(passphrase, salt)).encrypt(nonce, signed_part, header + salt)
    else:
        data = header + signed_part
    write_atomically(  # it holds every learner's data and the PIN hash, like kiosk.db
        path, data, mode=0o600, failure=say(QT_TRANSLATE_NOOP("core", "Could not write the backup to %1: %2."), path)
    )
    return BackupInfo(
        path=path,
        size=len(data),
        encrypted=bool(passphrase),
        includes_key=include_key,
        created_at=about["created_at"],
        packs=len(about["packs"]),
    )
