"""Hostile backups (security review, item 3): each is refused with one line and changes nothing.

A backup used to be checked only by an unkeyed SHA-256, so a hand-made one replaced the signing
key, trusted a key, set a PIN the attacker knew and installed a pack row whose id left the data
folder; a small file unpacked to hundreds of megabytes; another kiosk's backup restored silently.
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.core import backup
from kiosk.core.backup import ForeignBackup, make_backup, restore_backup
from kiosk.core.backup.format import _HEADER, _open, _signed_bytes
from kiosk.core.credentials.keys import ensure_signing_key, key_path
from kiosk.core.errors import KnownError
from kiosk.core.learners.profiles import create_learner, list_profiles
from kiosk.core.setup import check_admin_pin
from kiosk.core.storage import repo
from tests.trust_helpers import another_kiosk_key


def names():
    return [p.name for p in list_profiles()]


def snapshot() -> tuple:
    """What a refused restore must leave as it was."""
    settings = repo.get_settings(["admin_pin_hash", "org_public_key", "trust_sequence", "verify_url"])
    return (names(), settings, key_path().read_bytes(), sorted(p.name for p in paths.data_dir().iterdir() if p.name != backup.LOCK_NAME))


def body_of(path: Path, passphrase: str | None = None) -> bytes:
    return _open(path.read_bytes(), passphrase).body


def signed_backup(body: bytes, signer, *, mode: int = backup.PLAIN) -> bytes:
    """A format-2 plain backup of ``body`` signed by ``signer`` (as make_backup writes it)."""
    header = _HEADER.pack(backup.MAGIC, backup.FORMAT_VERSION, mode)
    return header + signer.public_raw + signer.private_key.sign(_signed_bytes(header, body)) + body


def rezip(body: bytes, change) -> bytes:
    """``body``'s zip, its entries passed through ``change(name, data) -> [(name, data), ...]``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(body)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            for name, data in change(info.filename, source.read(info)):
                target.writestr(name, data)
    return out.getvalue()


def with_database(body: bytes, tmp_path: Path, sql: list[tuple[str, tuple]]) -> bytes:
    def change(name, data):
        if name != backup.DB_NAME:
            return [(name, data)]
        scratch = tmp_path / "edited.db"
        scratch.write_bytes(data)
        with sqlite3.connect(scratch) as conn:
            for statement, args in sql:
                conn.execute(statement, args)
        conn.close()
        return [(name, scratch.read_bytes())]

    return rezip(body, change)


@pytest.fixture
def kiosk_with_backup(facilitated_pack, set_up_kiosk, tmp_path):
    create_learner("Amina")
    path = tmp_path / "kiosk.backup"
    make_backup(path)
    create_learner("Bob")
    return path


def test_a_hand_made_backup_in_the_old_unsigned_format_is_refused(kiosk_with_backup, tmp_path):
    body = body_of(kiosk_with_backup)
    header = _HEADER.pack(backup.MAGIC, 1, backup.PLAIN)
    forged = tmp_path / "old-format.backup"
    forged.write_bytes(header + hashlib.sha256(header + body).digest() + body)  # what format 1 accepted
    before = snapshot()
    with pytest.raises(KnownError, match="carries no signature") as refused:
        restore_backup(forged)
    assert "\n" not in str(refused.value)
    assert snapshot() == before


def test_a_backup_signed_by_an_unknown_key_is_refused_even_with_the_pin(kiosk_with_backup, tmp_path, enrolled):
    """The attacker's own key, own database (their PIN, a trusted key), own signing key in keys/."""
    attacker = another_kiosk_key()
    body = with_database(
        body_of(kiosk_with_backup),
        tmp_path,
        [('UPDATE "setting" SET "value" = ? WHERE "key" = ?', ("scrypt$attacker", "admin_pin_hash"))],
    )
    forged = tmp_path / "forged.backup"
    forged.write_bytes(signed_backup(body, attacker))
    before = snapshot()
    with pytest.raises(ForeignBackup, match="not approved on your organisation's list"):
        restore_backup(forged, admin_pin="123456")
    assert snapshot() == before


def test_a_tampered_backup_fails_its_signature(kiosk_with_backup, tmp_path):
    data = bytearray(kiosk_with_backup.read_bytes())
    data[-100] ^= 0x01
    kiosk_with_backup.write_bytes(bytes(data))
    before = snapshot()
    with pytest.raises(KnownError, match="signature does not match"):
        restore_backup(kiosk_with_backup)
    assert snapshot() == before


def test_a_pack_id_that_leaves_the_data_folder_is_refused_even_in_this_kiosks_own_backup(kiosk_with_backup, tmp_path):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("keep me")
    body = with_database(
        body_of(kiosk_with_backup),
        tmp_path,
        [('UPDATE "installed_pack" SET "id" = ?', ("../../victim",))],
    )
    forged = tmp_path / "own-but-edited.backup"
    forged.write_bytes(signed_backup(body, ensure_signing_key()))
    before = snapshot()
    with pytest.raises(KnownError, match="not a pack id"):
        restore_backup(forged)
    assert snapshot() == before and (victim / "precious.txt").is_file()


def test_removing_a_pack_row_whose_id_leaves_the_packs_folder_deletes_nothing(facilitated_pack, tmp_path):
    from kiosk.core.packs.library import list_packs, remove_pack
    from kiosk.core.storage.db import db

    victim = paths.data_dir().parent / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("keep me")
    (pack,) = list_packs()
    db.execute_sql('UPDATE "installed_pack" SET "id" = ? WHERE "id" = ?', ("../../victim", pack.id))
    with pytest.raises(KnownError, match="not a pack id"):
        remove_pack("../../victim")
    assert (victim / "precious.txt").is_file()


def test_a_zip_bomb_is_refused_before_it_fills_the_disk(kiosk_with_backup, tmp_path):
    bomb = b"\0" * (300 * 1024 * 1024)  # 300 MB of zeros: about 0.3 MB compressed

    def add_bomb(name, data):
        extra = [("packs/kiosk.sample.facilitated/1.0.0/media/zeros.png", bomb)] if name == backup.DB_NAME else []
        return [(name, data), *extra]

    body = rezip(body_of(kiosk_with_backup), add_bomb)
    assert len(body) < 2 * 1024 * 1024
    forged = tmp_path / "bomb.backup"
    forged.write_bytes(signed_backup(body, ensure_signing_key()))
    before = snapshot()
    with pytest.raises(KnownError, match="zip bomb"):
        restore_backup(forged)
    assert snapshot() == before
    written = sum(f.stat().st_size for f in paths.data_dir().rglob("*") if f.is_file())
    assert written < 50 * 1024 * 1024  # nothing near the bomb's size was left behind


def test_the_signing_key_never_travels_in_a_plain_backup(kiosk_with_backup, tmp_path):
    body = rezip(
        body_of(kiosk_with_backup),
        lambda name, data: [(name, data), *([("keys/kiosk-signing-key.pem", b"-----BEGIN PRIVATE KEY-----")]
                                             if name == "backup.json" else [])],
    )
    forged = tmp_path / "key-in-plain.backup"
    forged.write_bytes(signed_backup(body, ensure_signing_key()))
    before = snapshot()
    with pytest.raises(KnownError, match="unexpected or unsafe file name"):
        restore_backup(forged)
    assert snapshot() == before


def test_a_restore_keeps_this_kiosks_pin_and_never_rolls_back_its_trust_list(kiosk_with_backup, enrolled, tmp_path):
    from kiosk.core.setup import change_admin_pin
    from kiosk.core.trust.store import apply_trust_list, status
    from tests.trust_helpers import another_kiosk_key

    stolen = another_kiosk_key()
    apply_trust_list(enrolled.trust_list(sequence=1, kiosks=[enrolled.kiosk(stolen.public_key, "Lost laptop")]))
    old = tmp_path / "monday.backup"
    make_backup(old)  # holds trust list 1 (the laptop approved) and PIN 123456
    withdrawn = enrolled.kiosk(stolen.public_key, "Lost laptop", withdrawn_at=datetime(2026, 6, 1))
    apply_trust_list(enrolled.trust_list(sequence=2, kiosks=[withdrawn]))
    change_admin_pin("123456", "975310")
    create_learner("Chen")

    restore_backup(old)
    assert names() == ["Amina", "Bob"]  # the backup's data came back ...
    assert status().sequence == 2  # ... but not its older trust list
    assert repo.find_trusted_kiosk_key(stolen.key_id).revoked_at == datetime(2026, 6, 1)
    assert check_admin_pin("975310") and not check_admin_pin("123456")


def test_another_kiosks_backup_never_restores_silently(kiosk_with_backup, tmp_path, monkeypatch):
    """A kiosk that is not enrolled cannot check another kiosk's key: refused, and it says whose it is."""
    from kiosk.core.setup import set_up_kiosk
    from kiosk.core.storage.db import close_db, init_db

    close_db()
    other = tmp_path / "other-kiosk"
    other.mkdir()
    monkeypatch.setenv("KIOSK_HOME", str(other))
    init_db(paths.database_path())
    set_up_kiosk(organisation="Elsewhere", kiosk_name="PC 9", admin_pin="246810")
    with pytest.raises(ForeignBackup, match="made by another kiosk, 'Library PC 2'") as refused:
        restore_backup(kiosk_with_backup, admin_pin="246810")
    assert "nothing was changed" in str(refused.value)
    assert names() == []
    assert json.loads(json.dumps(repo.get_settings(["organisation"]))) == {"organisation": "Elsewhere"}
