from __future__ import annotations

import pytest

from kiosk import paths
from kiosk.core.backup import make_backup, read_backup, restore_backup
from kiosk.core.credentials.keys import ensure_signing_key, key_path
from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.learners.profiles import create_learner, list_profiles
from kiosk.core.packs.library import list_packs, remove_pack


def names():
    return [p.name for p in list_profiles()]


def test_backup_then_restore_brings_back_data_and_packs(facilitated_pack, tmp_path):
    create_learner("Amina")
    info = make_backup(tmp_path / "kiosk.backup")
    assert info.packs == 1 and not info.encrypted
    create_learner("Bob")
    (pack,) = list_packs()
    remove_pack(pack.id)
    about = restore_backup(tmp_path / "kiosk.backup")
    assert about["packs"] == [pack.id]
    assert names() == ["Amina"]
    assert [p.id for p in list_packs()] == [pack.id]
    assert (paths.data_dir() / "packs" / pack.id).is_dir()


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign"])
def test_damaged_or_foreign_file_is_refused_and_nothing_changes(facilitated_pack, tmp_path, damage):
    create_learner("Amina")
    path = tmp_path / "kiosk.backup"
    make_backup(path)
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0xFF
    elif damage == "truncate":
        data = data[: len(data) // 2]
    else:
        data = bytearray(b"PK\x03\x04 not a backup")
    path.write_bytes(bytes(data))
    create_learner("Bob")
    db_before = paths.database_path().stat().st_size
    with pytest.raises(KnownError):
        restore_backup(path)
    assert names() == ["Amina", "Bob"]
    assert len(list_packs()) == 1
    assert paths.database_path().stat().st_size == db_before


def test_encrypted_backup_with_key(facilitated_pack, tmp_path):
    ensure_signing_key()
    original = key_path().read_bytes()
    path = tmp_path / "k.backup"
    with pytest.raises(InvalidInput):
        make_backup(path, include_key=True)  # the key only goes encrypted
    assert not path.exists()
    make_backup(path, include_key=True, passphrase="correct horse")
    assert b"BEGIN PRIVATE KEY" not in path.read_bytes()
    with pytest.raises(KnownError):
        read_backup(path)
    with pytest.raises(KnownError):
        restore_backup(path, passphrase="wrong passphrase")
    key_path().unlink()
    create_learner("Bob")
    assert read_backup(path, passphrase="correct horse")["includes_key"] is True
    restore_backup(path, passphrase="correct horse")
    assert key_path().read_bytes() == original
    assert names() == []
