"""Backup and restore of a whole kiosk as one file (for a USB stick or a folder).

The file: ``MAGIC``, a format version byte, a mode byte, then either

- mode 0 (plain): SHA-256 of everything before it and of the body, then the body;
- mode 1 (encrypted): a 16-byte scrypt salt, a 12-byte nonce, then the body
  encrypted with AES-256-GCM under a key derived from the passphrase (the GCM
  tag authenticates the header too).

The body is a zip: ``backup.json`` (what is inside), ``kiosk.db`` (a consistent
copy made with SQLite's online backup API while the kiosk runs), ``packs/``
(the installed packs' files) and, only in an encrypted backup and only when
asked, ``keys/`` with the kiosk's signing key. Restore checks everything
before it touches anything, then swaps the new files in; a damaged, foreign
or wrongly-unlocked file changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import struct
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from kiosk import paths
from kiosk.core.clock import utcnow
from kiosk.core.errors import InvalidInput, KnownError

MAGIC = b"KIOSK-BACKUP\n"
FORMAT_VERSION = 1
PLAIN, ENCRYPTED = 0, 1
_HEADER = struct.Struct(f"{len(MAGIC)}sBB")
SALT_BYTES, NONCE_BYTES = 16, 12
# scrypt: 32 MiB of memory per try, about a tenth of a second on a modest machine.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
PASSPHRASE_MIN = 8
DB_NAME = "kiosk.db"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    encrypted: bool
    includes_key: bool
    created_at: str
    packs: int


def _derive_key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))


def _database_copy(target: Path) -> None:
    """A consistent copy of the open database, even while the kiosk writes (online backup API)."""
    from kiosk.core.storage.db import db

    dest = sqlite3.connect(target)
    try:
        db.connection().backup(dest)
    finally:
        dest.close()


def _body(*, include_key: bool, created_at: datetime) -> tuple[bytes, dict]:
    from kiosk.core.credentials.keys import key_path
    from kiosk.core.packs.library import packs_root

    buffer = io.BytesIO()
    packs = packs_root()
    pack_ids = sorted(p.name for p in packs.iterdir() if p.is_dir() and not p.name.startswith("."))
    about = {
        "format": FORMAT_VERSION,
        "created_at": created_at.isoformat(timespec="seconds"),
        "includes_key": include_key,
        "packs": pack_ids,
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
                key = key_path()
                if not key.is_file():
                    raise KnownError("This kiosk has no signing key yet, so there is none to back up.")
                archive.write(key, f"keys/{key.name}")
    return buffer.getvalue(), about


def make_backup(path: Path, *, include_key: bool = False, passphrase: str | None = None) -> BackupInfo:
    """Write a backup of this kiosk to ``path`` (written whole, then renamed into place).

    The signing key goes in only with ``include_key``, and then a passphrase is required
    and the whole file is encrypted. A passphrase alone encrypts a backup without the key.
    """
    if include_key and not passphrase:
        raise InvalidInput("The signing key is saved only in an encrypted backup: give a passphrase.")
    if passphrase is not None and len(passphrase) < PASSPHRASE_MIN:
        raise InvalidInput(f"A backup passphrase has at least {PASSPHRASE_MIN} characters.")
    path = Path(path)
    body, about = _body(include_key=include_key, created_at=utcnow())
    if passphrase:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        header = _HEADER.pack(MAGIC, FORMAT_VERSION, ENCRYPTED)
        salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
        sealed = AESGCM(_derive_key(passphrase, salt)).encrypt(nonce, body, header + salt)
        data = header + salt + nonce + sealed
    else:
        header = _HEADER.pack(MAGIC, FORMAT_VERSION, PLAIN)
        data = header + hashlib.sha256(header + body).digest() + body
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise KnownError(f"Could not write the backup to {path}: {exc.strerror or exc}.") from exc
    return BackupInfo(
        path=path,
        size=len(data),
        encrypted=bool(passphrase),
        includes_key=include_key,
        created_at=about["created_at"],
        packs=len(about["packs"]),
    )


def _open(data: bytes, passphrase: str | None) -> bytes:
    """The checked body of a backup file's bytes; raises KnownError for anything not right."""
    if len(data) < _HEADER.size or not data.startswith(MAGIC):
        raise KnownError("This file is not a Kiosk backup.")
    _magic, version, mode = _HEADER.unpack_from(data)
    if version != FORMAT_VERSION:
        raise KnownError(f"This backup was made by a different Kiosk version (format {version}); it cannot be restored here.")
    header, rest = data[: _HEADER.size], data[_HEADER.size :]
    if mode == PLAIN:
        digest, body = rest[:32], rest[32:]
        if len(digest) < 32 or hashlib.sha256(header + body).digest() != digest:
            raise KnownError("This backup is damaged (its check does not match); nothing was changed.")
        return body
    if mode == ENCRYPTED:
        if not passphrase:
            raise KnownError("This backup is encrypted: type its passphrase.")
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, nonce, sealed = rest[:SALT_BYTES], rest[SALT_BYTES : SALT_BYTES + NONCE_BYTES], rest[SALT_BYTES + NONCE_BYTES :]
        try:
            return AESGCM(_derive_key(passphrase, salt)).decrypt(nonce, sealed, header + salt)
        except (InvalidTag, ValueError) as exc:
            raise KnownError("Wrong passphrase, or the backup is damaged; nothing was changed.") from exc
    raise KnownError("This file is not a Kiosk backup (unknown kind).")


def _extract(body: bytes, staging: Path) -> dict:
    """Unpack and check a backup's body into ``staging``; returns its ``backup.json``."""
    from kiosk.core.storage.migrations import LATEST_VERSION

    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            if archive.testzip() is not None:
                raise KnownError("This backup is damaged; nothing was changed.")
            about = json.loads(archive.read("backup.json"))
            for name in archive.namelist():
                parts = PurePosixPath(name).parts
                if name.startswith("/") or ".." in parts or not parts:
                    raise KnownError("This backup holds unsafe file names; nothing was changed.")
                if parts[0] not in ("backup.json", DB_NAME, "packs", "keys"):
                    raise KnownError(f"This backup holds an unexpected file {name}; nothing was changed.")
            archive.extractall(staging)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise KnownError("This backup is damaged or incomplete; nothing was changed.") from exc
    database = staging / DB_NAME
    if not database.is_file():
        raise KnownError("This backup has no database in it; nothing was changed.")
    try:
        with sqlite3.connect(database) as conn:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise KnownError("The database in this backup is damaged; nothing was changed.")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.close()
    except sqlite3.DatabaseError as exc:
        raise KnownError("The database in this backup is damaged; nothing was changed.") from exc
    if version > LATEST_VERSION:
        raise KnownError("This backup was made by a newer Kiosk; install it to restore this backup.")
    return about


def read_backup(path: Path, *, passphrase: str | None = None) -> dict:
    """Check a backup file without restoring it; returns what it holds (``backup.json``)."""
    body = _open(_read(path), passphrase)
    with tempfile.TemporaryDirectory(prefix="kiosk-check-") as staging:
        return _extract(body, Path(staging))


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise KnownError(f"Could not read the backup {path}: {exc.strerror or exc}.") from exc


def _copy_database_into_live(staged: Path) -> None:
    """Replace the live database's content with the staged one's in one SQLite transaction.

    The online backup API writes into the open file, so every connection (the GUI's,
    the worker's) sees the restored data at once and a failure leaves the old data.
    """
    source = sqlite3.connect(staged)
    target = sqlite3.connect(paths.database_path(), timeout=10)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def restore_backup(path: Path, *, passphrase: str | None = None) -> dict:
    """Replace this kiosk's data (database, packs, and the key if the backup holds it) by a backup's.

    Everything is checked and unpacked next to the data first; only then is the pack
    folder swapped in with a rename and the database content replaced in one
    transaction (SQLite's backup API). The database is reopened (and upgraded) afterwards.
    """
    from kiosk.core.credentials.keys import key_path
    from kiosk.core.packs.library import packs_root
    from kiosk.core.storage.db import init_db

    body = _open(_read(path), passphrase)
    data = paths.data_dir()
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=data))
    old = data / f".before-restore-{os.getpid()}"
    try:
        about = _extract(body, staging)
        staged_packs = staging / "packs"
        staged_packs.mkdir(exist_ok=True)
        live_packs = packs_root()
        old.mkdir()
        os.replace(live_packs, old / "packs")
        try:
            os.replace(staged_packs, live_packs)
            _copy_database_into_live(staging / DB_NAME)
        except (OSError, sqlite3.Error):
            if live_packs.exists():
                shutil.rmtree(live_packs)
            os.replace(old / "packs", live_packs)
            raise
        staged_keys = staging / "keys"
        if staged_keys.is_dir():
            for key in staged_keys.iterdir():
                target = key_path().parent / key.name
                target.parent.mkdir(parents=True, exist_ok=True)
                os.chmod(key, 0o600)
                os.replace(key, target)
    except (OSError, sqlite3.Error) as exc:
        raise KnownError(f"Could not restore the backup: {getattr(exc, 'strerror', None) or exc}.") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
        init_db(paths.database_path())
    return about
