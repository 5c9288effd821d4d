"""Reading a backup's body: every name, limit and database checked while it is unpacked."""

from __future__ import annotations

import io
import re
import sqlite3
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from kiosk.core.backup.format import (
    BACKUP_JSON_MAX_BYTES,
    DB_NAME,
    ENTRY_RATIO_APPLIES_ABOVE,
    MAX_ENTRIES,
    MAX_ENTRY_RATIO,
    MAX_RATIO,
    MAX_UNPACKED_BYTES,
    MIB,
    _is_own,
    _open,
    _Opened,
    _read,
)
from kiosk.core.errors import KnownError
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.untrusted_json import JsonRefused, load_json

_VERSION_FOLDER = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+-]{0,63}")


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
