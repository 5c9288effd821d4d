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


def test_a_restore_cut_short_by_a_power_cut_is_finished_at_the_next_start(facilitated_pack, tmp_path, monkeypatch):
    """The packs are switched, then the power goes before the database is: the next start completes it."""
    from kiosk.core.start import open_storage
    from kiosk.core.backup import restoring
    from kiosk.core.packs.reading import installed_pack, pack_file
    from kiosk.core.storage.db import close_db

    create_learner("Amina")
    make_backup(tmp_path / "kiosk.backup")
    create_learner("Bob")
    (pack,) = list_packs()
    remove_pack(pack.id)

    class PowerCut(BaseException):
        pass

    def cut(_staged):
        raise PowerCut

    copy_for_real = restoring._copy_database_into_live
    monkeypatch.setattr(restoring, "_copy_database_into_live", cut)
    with pytest.raises(PowerCut):
        restore_backup(tmp_path / "kiosk.backup")
    close_db()
    assert (paths.data_dir() / paths.RESTORE_JOURNAL).is_file()
    monkeypatch.setattr(restoring, "_copy_database_into_live", copy_for_real)  # the power is back

    open_storage()  # what the app and every command do first
    assert names() == ["Amina"]
    assert [p.id for p in list_packs()] == [pack.id]
    manifest_file = next(iter(installed_pack(pack.id).manifest["files"]))
    assert pack_file(installed_pack(pack.id), manifest_file).is_file()
    assert not (paths.data_dir() / paths.RESTORE_JOURNAL).exists()
    assert [p.name for p in paths.data_dir().iterdir() if p.name.startswith(".")] == []


def test_another_kiosks_backup_restores_with_the_pin_when_the_organisation_approved_it(
    facilitated_pack, tmp_path, monkeypatch, organisation
):
    """A replacement computer: set up and enrolled, it takes the old kiosk's backup (PIN, approved key)."""
    from kiosk.core.backup import ForeignBackup
    from kiosk.core.packs.reading import installed_pack, pack_file
    from kiosk.core.setup import set_up_kiosk
    from kiosk.core.storage.db import close_db, init_db
    from kiosk.core.trust.store import apply_trust_list, pin_values
    from kiosk.core.storage import repo

    create_learner("Amina")
    old_key = ensure_signing_key()
    make_backup(tmp_path / "kiosk.backup")
    (pack,) = list_packs()
    close_db()
    other = tmp_path / "other-kiosk"
    other.mkdir()
    monkeypatch.setenv("KIOSK_HOME", str(other))
    init_db(paths.database_path())
    set_up_kiosk(organisation="Riverside Centre", kiosk_name="Library PC 3", admin_pin="246810")
    backup_file = tmp_path / "kiosk.backup"

    with pytest.raises(ForeignBackup, match="not approved"):  # enrolled, but the old kiosk is not on the list
        repo.put_settings(pin_values(organisation.public_key, organisation.name))
        restore_backup(backup_file, admin_pin="246810")
    apply_trust_list(organisation.trust_list(sequence=1, kiosks=[organisation.kiosk(old_key.public_key, "Library PC 2")]))
    with pytest.raises(ForeignBackup, match="type the facilitator PIN"):
        restore_backup(backup_file)
    with pytest.raises(ForeignBackup, match="PIN is wrong"):
        restore_backup(backup_file, admin_pin="135791")
    assert names() == []

    about = restore_backup(backup_file, admin_pin="246810")
    assert about["own"] is False and about["kiosk"]["key_id"] == old_key.key_id
    record = installed_pack(pack.id)
    assert record.folder.startswith(str(other))
    manifest_file = next(iter(record.manifest["files"]))
    assert pack_file(record, manifest_file).is_file()
    assert names() == ["Amina"]
    from kiosk.core.setup import check_admin_pin

    assert check_admin_pin("246810")  # this kiosk's PIN stays
    assert ensure_signing_key().key_id != old_key.key_id  # a plain backup never carries the key
