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
from kiosk.core.say import QT_TRANSLATE_NOOP, say

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
                    raise KnownError(
                        say(
                            QT_TRANSLATE_NOOP("core", "This kiosk has no signing key yet, so there is none to back up.")
                        )
                    )
                archive.write(key, f"keys/{key.name}")
    return buffer.getvalue(), about


def make_backup(path: Path, *, include_key: bool = False, passphrase: str | None = None) -> BackupInfo:
    """Write a backup of this kiosk to ``path`` (written whole, then renamed into place).

    The signing key goes in only with ``include_key``, and then a passphrase is required
    and the whole file is encrypted. A passphrase alone encrypts a backup without the key.
    """
    if include_key and not passphrase:
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "The signing key is saved only in an encrypted backup: give a passphrase."))
        )
    if passphrase is not None and len(passphrase) < PASSPHRASE_MIN:
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "A backup passphrase has at least %1 characters."), PASSPHRASE_MIN)
        )
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
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "Could not write the backup to %1: %2."), path, exc.strerror or exc)
        ) from exc
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
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "This file is not a Kiosk backup.")))
    _magic, version, mode = _HEADER.unpack_from(data)
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
    if mode == PLAIN:
        digest, body = rest[:32], rest[32:]
        if len(digest) < 32 or hashlib.sha256(header + body).digest() != digest:
            raise KnownError(
                say(
                    QT_TRANSLATE_NOOP("core", "This backup is damaged (its check does not match); nothing was changed.")
                )
            )
        return body
    if mode == ENCRYPTED:
        if not passphrase:
            raise KnownError(say(QT_TRANSLATE_NOOP("core", "This backup is encrypted: type its passphrase.")))
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, nonce, sealed = rest[:SALT_BYTES], rest[SALT_BYTES : SALT_BYTES + NONCE_BYTES], rest[SALT_BYTES + NONCE_BYTES :]
        try:
            return AESGCM(_derive_key(passphrase, salt)).decrypt(nonce, sealed, header + salt)
        except (InvalidTag, ValueError) as exc:
            raise KnownError(
                say(QT_TRANSLATE_NOOP("core", "Wrong passphrase, or the backup is damaged; nothing was changed."))
            ) from exc
    raise KnownError(say(QT_TRANSLATE_NOOP("core", "This file is not a Kiosk backup (unknown kind).")))


def _extract(body: bytes, staging: Path) -> dict:
    """Unpack and check a backup's body into ``staging``; returns its ``backup.json``."""
    from kiosk.core.storage.migrations import LATEST_VERSION

    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            if archive.testzip() is not None:
                raise KnownError(say(QT_TRANSLATE_NOOP("core", "This backup is damaged; nothing was changed.")))
            about = json.loads(archive.read("backup.json"))
            for name in archive.namelist():
                parts = PurePosixPath(name).parts
                if name.startswith("/") or ".." in parts or not parts:
                    raise KnownError(
                        say(QT_TRANSLATE_NOOP("core", "This backup holds unsafe file names; nothing was changed."))
                    )
                if parts[0] not in ("backup.json", DB_NAME, "packs", "keys"):
                    raise KnownError(
                        say(
                            QT_TRANSLATE_NOOP("core", "This backup holds an unexpected file %1; nothing was changed."),
                            name,
                        )
                    )
            archive.extractall(staging)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "This backup is damaged or incomplete; nothing was changed."))
        ) from exc
    database = staging / DB_NAME
    if not database.is_file():
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "This backup has no database in it; nothing was changed.")))
    try:
        with sqlite3.connect(database) as conn:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise KnownError(
                    say(QT_TRANSLATE_NOOP("core", "The database in this backup is damaged; nothing was changed."))
                )
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.close()
    except sqlite3.DatabaseError as exc:
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "The database in this backup is damaged; nothing was changed."))
        ) from exc
    if version > LATEST_VERSION:
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "This backup was made by a newer Kiosk; install it to restore this backup."))
        )
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
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "Could not read the backup %1: %2."), path, exc.strerror or exc)
        ) from exc


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


JOURNAL_NAME = paths.RESTORE_JOURNAL
STAGING_PREFIX = paths.RESTORE_STAGING_PREFIX
LOCK_NAME = "restore.lock"


def _restore_lock(data: Path, *, wait: bool):
    """An exclusive lock on restoring in this data folder (released by the OS if the process dies).

    Returns an open file holding the lock, or None if ``wait`` is False and another process holds it.
    Where file locks are not available, there is no lock (one app per data folder is the rule anyway).
    """
    try:
        import fcntl
    except ImportError:
        return open(data / LOCK_NAME, "a")
    handle = open(data / LOCK_NAME, "a")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        handle.close()
        return None
    return handle


def _release(lock) -> None:
    if lock is not None:
        lock.close()


def restore_backup(path: Path, *, passphrase: str | None = None) -> dict:
    """Replace this kiosk's data (database, packs, and the key if the backup holds it) by a backup's.

    Everything is checked and unpacked next to the data first and flushed to disk. Then a
    journal naming the staged data is written, and the switch is made in steps that can each
    be done again: if the power goes in the middle, the next start finishes the restore
    (``finish_interrupted_restore``), so the kiosk never wakes up with new packs and an old
    database. The database content is replaced in one transaction (SQLite's backup API).
    """
    from kiosk.core.storage.db import close_db, init_db

    body = _open(_read(path), passphrase)
    data = paths.data_dir()
    lock = _restore_lock(data, wait=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=data))
    try:
        about = _extract(body, staging)
        (staging / "packs").mkdir(exist_ok=True)
        _point_packs_at(staging / DB_NAME, _packs_root())
        _flush_tree(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        _release(lock)
        raise
    _write_journal(data, staging)
    close_db()
    try:
        _apply_restore(data, staging)
    except (OSError, sqlite3.Error) as exc:
        raise KnownError(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Could not finish restoring the backup (%1); it will be finished when the kiosk starts again.",
                ),
                getattr(exc, "strerror", None) or exc,
            )
        ) from exc
    finally:
        _release(lock)
        init_db(paths.database_path())
    return about


def finish_interrupted_restore() -> bool:
    """Finish a restore that a crash or power cut interrupted (call before opening the database).

    Staged files of a restore that died before its journal was written are removed. Does
    nothing while another process is restoring. Returns True if a restore was finished.
    """
    data = paths.data_dir()
    lock = _restore_lock(data, wait=False)
    if lock is None:
        return False  # a restore is running in another process
    try:
        return _recover(data)
    finally:
        _release(lock)


def _recover(data: Path) -> bool:
    journal = data / JOURNAL_NAME
    (data / (JOURNAL_NAME + ".tmp")).unlink(missing_ok=True)  # a journal never committed: not a restore
    named = None
    if journal.is_file():
        try:
            named = json.loads(journal.read_text(encoding="utf-8"))["staging"]
        except (OSError, ValueError, KeyError, TypeError):
            journal.unlink(missing_ok=True)  # written atomically, so this cannot be a half-done restore
    for stale in data.glob(STAGING_PREFIX + "*"):
        if stale.name != named:
            shutil.rmtree(stale, ignore_errors=True)
    if named is None:
        return False
    staging = data / named
    if not staging.is_dir():
        journal.unlink(missing_ok=True)
        return False
    try:
        staging = data / json.loads(journal.read_text(encoding="utf-8"))["staging"]
    except (OSError, ValueError, KeyError, TypeError):
        journal.unlink(missing_ok=True)  # written atomically, so this cannot be a half-done restore
        return False
    if not staging.is_dir():
        journal.unlink(missing_ok=True)
        return False
    _apply_restore(data, staging)
    return True


def _packs_root() -> Path:
    from kiosk.core.packs.library import packs_root

    return packs_root()


def _point_packs_at(database: Path, packs: Path) -> None:
    """Installed packs are recorded with their folder; on this kiosk that folder is under ``packs``."""
    with sqlite3.connect(database) as conn:
        rows = conn.execute("SELECT id, folder FROM installed_pack").fetchall()
        for pack_id, folder in rows:
            conn.execute(
                "UPDATE installed_pack SET folder = ? WHERE id = ?",
                (str(packs / pack_id / Path(folder).name), pack_id),
            )
    conn.close()


def _flush_tree(root: Path) -> None:
    from kiosk.core.durable import fsync_folder

    for folder, _dirs, files in os.walk(root):
        for name in files:
            with open(Path(folder) / name, "rb") as handle:
                os.fsync(handle.fileno())
        fsync_folder(Path(folder))


def _write_journal(data: Path, staging: Path) -> None:
    from kiosk.core.durable import fsync_folder

    temporary = data / (JOURNAL_NAME + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump({"staging": staging.name}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, data / JOURNAL_NAME)
    fsync_folder(data)


def _apply_restore(data: Path, staging: Path) -> None:
    """The switch, in steps that are safe to repeat after a crash at any point."""
    from kiosk.core.credentials.keys import key_path
    from kiosk.core.durable import fsync_folder

    live_packs, staged_packs, old_packs = _packs_root(), staging / "packs", staging / "packs-before"
    if staged_packs.exists():
        if live_packs.exists():
            os.replace(live_packs, old_packs)
        os.replace(staged_packs, live_packs)
        fsync_folder(data)
        fsync_folder(staging)
    _copy_database_into_live(staging / DB_NAME)
    staged_keys = staging / "keys"
    if staged_keys.is_dir():
        for key in staged_keys.iterdir():
            target = key_path().parent / key.name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(key, 0o600)
            os.replace(key, target)
            fsync_folder(target.parent)
    (data / JOURNAL_NAME).unlink(missing_ok=True)
    fsync_folder(data)
    shutil.rmtree(staging, ignore_errors=True)
