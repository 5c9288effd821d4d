"""Backup and restore of a whole kiosk as one file (for a USB stick or a folder).

The file (format 2): ``MAGIC``, a format version byte, a mode byte, then either

- mode 0 (plain): the signer's public key (32 bytes), its signature (64), then the body;
- mode 1 (encrypted): a 16-byte scrypt salt, a 12-byte nonce, then the same three parts
  encrypted with AES-256-GCM under a key derived from the passphrase (the GCM tag
  authenticates the header too).

The signature is the kiosk key's Ed25519 signature over ``kiosk-backup/2`` + the header + the
SHA-256 of the body: a backup is signed by the kiosk that made it, so nobody can hand-make one.
The body is a zip: ``backup.json`` (what is inside and which kiosk made it), ``kiosk.db`` (a
consistent copy made with SQLite's online backup API while the kiosk runs), ``packs/`` (the
installed packs' files) and, only in an encrypted backup and only when asked, ``keys/`` with
the kiosk's signing key.

Restore checks everything before it touches anything, then swaps the new files in:

- the signature, then whose backup it is. Another kiosk's backup needs the facilitator PIN,
  a pinned organisation key and that kiosk's key on the organisation's trust list;
- every name in the zip, pack ids and folders checked like a pack's, and size, count and
  ratio limits while unpacking (a zip bomb is refused, not written);
- the facilitator PIN and the organisation's trust list stay this kiosk's: a backup never
  brings an older trust list or another PIN.

A damaged, forged, foreign or wrongly-unlocked file changes nothing. Format 1 backups carry no
signature and are refused.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
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
from kiosk.core.untrusted_json import JsonRefused, load_json

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
_VERSION_FOLDER = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+-]{0,63}")
# What stays this kiosk's own when a backup is restored.
KEPT_SETTINGS = ("admin_pin_hash", "admin_failed_pins", "admin_locked_until", "retired_kiosk_keys", "trust_floors")


class ForeignBackup(KnownError):
    """A genuine backup made by another kiosk: restoring it needs the facilitator PIN."""


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


def _signed_bytes(header: bytes, body: bytes) -> bytes:
    return SIGNED_DOMAIN + header + hashlib.sha256(body).digest()


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


def _refused(template: str, *args: object) -> KnownError:
    return KnownError(say(template, *args))


def _check_name(name: str, *, encrypted: bool, key_name: str) -> None:
    """Refuse a zip entry that is not one of the files a backup holds, named as a pack's files are."""
    from kiosk.core.packs.format import PACK_ID_RE, check_entry_path
    from kiosk.core.packs.library import ARCHIVE_NAME

    parts = PurePosixPath(name).parts
    if name in ("backup.json", DB_NAME):
        return
    if encrypted and name == f"keys/{key_name}":
        return
    if len(parts) >= 4 and parts[0] == "packs" and "/".join(parts) == name:
        pack_id, version_folder, rest = parts[1], parts[2], "/".join(parts[3:])
        if (
            PACK_ID_RE.fullmatch(pack_id)
            and _VERSION_FOLDER.fullmatch(version_folder)
            and version_folder not in (".", "..")
            and (rest == ARCHIVE_NAME or check_entry_path(rest) is None)
        ):
            return
    raise _refused(
        QT_TRANSLATE_NOOP("core", "This backup holds an unexpected or unsafe file name %1; nothing was changed."),
        repr(name[:80]),
    )


def _unpack(archive: zipfile.ZipFile, staging: Path, *, encrypted: bool, body_size: int) -> None:
    """Write the entries into ``staging`` within the limits, counting the bytes really written."""
    from kiosk.core.credentials.keys import KEY_FILENAME

    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _refused(QT_TRANSLATE_NOOP("core", "This backup holds more than %1 files; nothing was changed."), MAX_ENTRIES)
    seen: set[str] = set()
    total_limit = min(MAX_UNPACKED_BYTES, MAX_RATIO * max(body_size, 1))
    written = 0
    for info in infos:
        _check_name(info.filename, encrypted=encrypted, key_name=KEY_FILENAME)
        if info.filename.casefold() in seen or info.is_dir() or info.flag_bits & 0x1:
            raise _refused(
                QT_TRANSLATE_NOOP("core", "This backup holds an unexpected or unsafe file name %1; nothing was changed."),
                repr(info.filename[:80]),
            )
        seen.add(info.filename.casefold())
        target = staging / info.filename
        target.parent.mkdir(parents=True, exist_ok=True)
        entry_limit = max(ENTRY_RATIO_APPLIES_ABOVE, MAX_ENTRY_RATIO * max(info.compress_size, 1))
        entry = 0
        with archive.open(info) as source, open(target, "wb") as out:
            while chunk := source.read(MIB):
                entry += len(chunk)
                written += len(chunk)
                if entry > entry_limit or written > total_limit:
                    raise _refused(
                        QT_TRANSLATE_NOOP(
                            "core", "This backup unpacks to far more than its size (a zip bomb?); nothing was changed."
                        )
                    )
                out.write(chunk)


def _extract(opened: _Opened, staging: Path) -> dict:
    """Unpack and check a backup's body into ``staging``; returns its ``backup.json``."""
    from kiosk.core.storage.migrations import LATEST_VERSION

    try:
        with zipfile.ZipFile(io.BytesIO(opened.body)) as archive:
            about = load_json(archive.read("backup.json"), max_bytes=BACKUP_JSON_MAX_BYTES)
            if not isinstance(about, dict) or not isinstance(about.get("kiosk"), dict):
                raise KnownError(say(QT_TRANSLATE_NOOP("core", "This backup is damaged or incomplete; nothing was changed.")))
            _unpack(archive, staging, encrypted=opened.encrypted, body_size=len(opened.body))
    except (zipfile.BadZipFile, KeyError, ValueError, JsonRefused, EOFError, zlib_error()) as exc:
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
            _check_schema(conn)
            rows = conn.execute("SELECT id, folder FROM installed_pack").fetchall() if version >= 3 else []
        conn.close()
    except sqlite3.DatabaseError as exc:
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "The database in this backup is damaged; nothing was changed."))
        ) from exc
    if version > LATEST_VERSION:
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "This backup was made by a newer Kiosk; install it to restore this backup."))
        )
    _check_installed_packs(rows, staging)
    staged_key = staging / "keys"
    if staged_key.is_dir():
        from kiosk.core.credentials.keys import load_signing_key

        for key_file in staged_key.iterdir():
            if load_signing_key(key_file).public_raw != opened.public_raw:
                raise KnownError(
                    say(QT_TRANSLATE_NOOP("core", "The key in this backup is not the one that signed it; nothing was changed."))
                )
    return about


def _check_schema(conn: sqlite3.Connection) -> None:
    """Refuse a database that is not Kiosk's own shape: no triggers or views, no tables Kiosk does not make.

    The restore copies the database file whole; a trigger in it would run inside this kiosk
    (and could undo what a restore keeps, such as the facilitator PIN).
    """
    from kiosk.core.storage.models import ALL_MODELS

    known = {model._meta.table_name for model in ALL_MODELS} | {"sqlite_sequence", "sqlite_stat1"}
    conn.execute("PRAGMA trusted_schema = OFF")
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger', 'view')"):
        if kind != "table" or name not in known:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "core", "The database in this backup holds %1 %2, which Kiosk never makes; nothing was changed."
                ),
                kind,
                repr(str(name)[:60]),
            )


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def _check_installed_packs(rows: list[tuple], staging: Path) -> None:
    """Every installed pack the backup's database names: an id and folder like a pack's, its files present."""
    from kiosk.core.packs.format import PACK_ID_RE

    for pack_id, folder in rows:
        name = Path(str(folder)).name
        if not isinstance(pack_id, str) or not PACK_ID_RE.fullmatch(pack_id) or not _VERSION_FOLDER.fullmatch(name):
            raise _refused(
                QT_TRANSLATE_NOOP("core", "This backup names a pack %1 that is not a pack id; nothing was changed."),
                repr(str(pack_id)[:80]),
            )
        if not (staging / "packs" / pack_id / name).is_dir():
            raise _refused(
                QT_TRANSLATE_NOOP("core", "This backup lacks the files of the pack %1; nothing was changed."), pack_id
            )


def read_backup(path: Path, *, passphrase: str | None = None) -> dict:
    """Check a backup file without restoring it; returns what it holds (``backup.json``) and whose it is."""
    opened = _open(_read(path), passphrase)
    with tempfile.TemporaryDirectory(prefix="kiosk-check-") as staging:
        about = _extract(opened, Path(staging))
    return {**about, "own": _is_own(opened.public_raw)}


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


def _check_whose(opened: _Opened, about: dict, admin_pin: str | None, *, carries_key: bool) -> None:
    """This kiosk's own backup passes; another kiosk's needs its key on the organisation's list and the PIN."""
    from kiosk.core.credentials.keys import key_id_for, own_key
    from kiosk.core.setup import check_admin_pin, load_settings
    from kiosk.core.storage import repo
    from kiosk.core.trust.store import pinned

    if _is_own(opened.public_raw):
        return
    key_id = key_id_for(opened.public_raw)
    lost_key = own_key() is None and opened.encrypted and carries_key  # it brings its own key back
    if lost_key and not load_settings().is_set_up:
        return  # a computer not set up yet, taking a kiosk's identity from its passphrase-locked backup
    kiosk = about.get("kiosk") or {}
    whose = say(
        QT_TRANSLATE_NOOP("core", "This backup was made by another kiosk, %1 (key %2) of %3, on %4."),
        repr(str(kiosk.get("name", "?"))[:80]),
        key_id,
        repr(str(kiosk.get("organisation", "?"))[:80]),
        str(about.get("created_at", "?"))[:10],
    )
    if not load_settings().is_set_up or (pinned() is None and not lost_key):
        raise ForeignBackup(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "%1 Set this kiosk up with its organisation's key and sync first; nothing was changed."
                ),
                whose,
            )
        )
    listed = repo.find_trusted_kiosk_key(key_id)
    if pinned() is not None and (listed is None or listed.revoked_at is not None):
        raise ForeignBackup(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "%1 Its key is not approved on your organisation's list; nothing was changed."
                ),
                whose,
            )
        )
    if not admin_pin:
        raise ForeignBackup(say(QT_TRANSLATE_NOOP("core", "%1 To restore it here, type the facilitator PIN."), whose))
    if not check_admin_pin(admin_pin):
        raise ForeignBackup(say(QT_TRANSLATE_NOOP("core", "%1 The facilitator PIN is wrong; nothing was changed."), whose))


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


def restore_backup(path: Path, *, passphrase: str | None = None, admin_pin: str | None = None) -> dict:
    """Replace this kiosk's data (database, packs, and the key if the backup holds it) by a backup's.

    Everything is checked and unpacked next to the data first (signature, whose it is, names,
    limits), then the facilitator PIN and the newest trust list this kiosk may hold are carried
    into the staged database, and everything is flushed to disk. Then a journal naming the
    staged data is written, and the switch is made in steps that can each be done again: if the
    power goes in the middle, the next start finishes the restore (``finish_interrupted_restore``),
    so the kiosk never wakes up with new packs and an old database. The database content is
    replaced in one transaction (SQLite's backup API).
    """
    from kiosk.core.durable import fsync_tree
    from kiosk.core.storage.db import close_db, init_db

    opened = _open(_read(path), passphrase)
    data = paths.data_dir()
    lock = _restore_lock(data, wait=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=data))
    try:
        about = _extract(opened, staging)
        _check_whose(opened, about, admin_pin, carries_key=(staging / "keys").is_dir())
        _bring_up_to_date(staging / DB_NAME)
        _carry_over(staging / DB_NAME)
        (staging / "packs").mkdir(exist_ok=True)
        _point_packs_at(staging / DB_NAME, _packs_root())
        fsync_tree(staging)
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
    return {**about, "own": _is_own(opened.public_raw)}


def _bring_up_to_date(database: Path) -> None:
    """Upgrade the staged database to today's schema (a backup made by an older Kiosk of format 2)."""
    from peewee import SqliteDatabase

    from kiosk.core.storage import migrations

    staged = SqliteDatabase(str(database))
    staged.connect()
    try:
        migrations.upgrade(staged, database)
    finally:
        staged.close()
    shutil.rmtree(database.parent / "backups", ignore_errors=True)


def _carry_over(database: Path) -> None:
    """What a backup may not change: this kiosk's facilitator PIN, its retired signing keys, and whom it trusts.

    The trust list kept is the newest of this kiosk's and the backup's that the pinned
    organisation key accepts. A kiosk with no pinned key stays so, and trusts no other key after
    the restore either: a backup's trust state has no signature behind it.
    """
    import json

    from kiosk.core.storage import repo
    from kiosk.core.trust import store
    from kiosk.core.trust.documents import TrustRefused, open_trust_list

    current = repo.get_settings(list(KEPT_SETTINGS))
    organisation = store.pinned()
    with sqlite3.connect(database) as conn:
        for key in KEPT_SETTINGS:
            conn.execute('DELETE FROM "setting" WHERE "key" = ?', (key,))
            if key in current:
                conn.execute('INSERT INTO "setting" ("key", "value") VALUES (?, ?)', (key, current[key]))
        if organisation is None:
            _write_trust(conn, None, None)  # a kiosk with no organisation key takes none from a backup
        else:
            staged = conn.execute('SELECT "value" FROM "setting" WHERE "key" = ?', (store.TRUST_LIST,)).fetchone()
            best, best_text = None, None
            for text in (repo.get_setting(store.TRUST_LIST), staged[0] if staged else None):
                if not text:
                    continue
                try:
                    opened = open_trust_list(json.loads(text), organisation.public_key)
                except (TrustRefused, ValueError):
                    continue
                if best is None or (opened.sequence, opened.issued_at) > (best.sequence, best.issued_at):
                    best, best_text = opened, text
            _write_trust(conn, store.stored_form(best, best_text, now=utcnow()) if best else None, organisation)
    conn.close()


def _write_trust(conn: sqlite3.Connection, form, organisation) -> None:
    """Replace the staged database's trust list by ``form`` (None: none, only the pinned key)."""
    from kiosk.core.trust import store

    conn.execute('DELETE FROM "trusted_kiosk_key"')
    conn.execute('DELETE FROM "withdrawn_key_receipt"')
    conn.execute('DELETE FROM "registry_revocation"')
    names = (store.ORG_KEY, store.ORG_NAME, store.TRUST_LIST, store.TRUST_SEQUENCE, store.TRUST_ISSUED_AT,
             store.TRUST_RECEIVED_AT)
    conn.execute(f'DELETE FROM "setting" WHERE "key" IN ({",".join("?" * len(names))})', names)
    if organisation is None:
        return
    settings = {store.ORG_KEY: organisation.public_key, store.ORG_NAME: organisation.name}
    if form is not None:
        settings = form.settings
        conn.executemany(
            'INSERT INTO "trusted_kiosk_key" ("key_id", "public_key", "name", "added_at", "revoked_at") '
            "VALUES (?, ?, ?, ?, ?)",
            [(k.key_id, k.public_key, k.name, _stored_time(k.added_at), _stored_time(k.revoked_at)) for k in form.kiosks],
        )
        conn.executemany('INSERT INTO "withdrawn_key_receipt" ("key_id", "digest") VALUES (?, ?)', form.receipts)
        conn.executemany(
            'INSERT INTO "registry_revocation" ("id", "revoked_at", "reason", "pulled_at") VALUES (?, ?, NULL, ?)',
            [(c, _stored_time(r), _stored_time(form.at)) for c, r in form.revocations],
        )
    conn.executemany('INSERT INTO "setting" ("key", "value") VALUES (?, ?)', list(settings.items()))


def _stored_time(moment: datetime | None) -> str | None:
    """A time as peewee stores a DateTimeField in SQLite."""
    return None if moment is None else str(moment)


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
    from kiosk.core.durable import remove_leftovers

    (data / (JOURNAL_NAME + ".tmp")).unlink(missing_ok=True)  # an older Kiosk's journal never committed
    remove_leftovers(journal)  # a journal never committed: not a restore
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


def _write_journal(data: Path, staging: Path) -> None:
    from kiosk.core.durable import write_atomically

    write_atomically(data / JOURNAL_NAME, json.dumps({"staging": staging.name}).encode("utf-8"))


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
