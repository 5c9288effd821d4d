"""Restoring a backup: whose it is, what stays this kiosk's, and the switch, journalled so a power cut cannot split it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from kiosk import paths
from kiosk.core.backup.format import DB_NAME, _is_own, _open, _Opened, _read
from kiosk.core.backup.reading import _extract
from kiosk.core.clock import utcnow
from kiosk.core.errors import KnownError
from kiosk.core.say import QT_TRANSLATE_NOOP, say

# What stays this kiosk's own when a backup is restored.
KEPT_SETTINGS = ("admin_pin_hash", "admin_failed_pins", "admin_locked_until", "retired_kiosk_keys", "trust_floors")


class ForeignBackup(KnownError):
    """A genuine backup made by another kiosk: restoring it needs the facilitator PIN."""


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
