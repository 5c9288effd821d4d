from __future__ import annotations

import stat

import pytest

from kiosk.core.credentials import keys
from kiosk.core.errors import InvalidInput
from kiosk.core.storage import repo


def test_setup_makes_a_private_key_file_readable_only_by_its_user(set_up_kiosk, kiosk_home):
    path = kiosk_home / "keys" / keys.KEY_FILENAME
    assert path.is_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    key = keys.ensure_signing_key()
    assert keys.load_signing_key(path).public_raw == key.public_raw
    # The private key never reaches the database.
    assert key.public_key.startswith("z6Mk")
    with open(kiosk_home / "kiosk.db", "rb") as db_file:
        assert b"PRIVATE KEY" not in db_file.read()


def test_own_key_has_an_eight_character_id_and_needs_no_trusted_row(set_up_kiosk):
    from kiosk.core.trust.store import public_key_for

    key = keys.ensure_signing_key()
    assert len(key.key_id) == 8 and key.key_id.isalnum() and key.key_id.isupper()
    assert repo.find_trusted_kiosk_key(key.key_id) is None  # the trusted keys come from the organisation only
    assert public_key_for(key.key_id) == key.public_key


def test_a_missing_key_is_made_on_first_use(database, kiosk_home):
    assert not (kiosk_home / "keys").exists()
    key = keys.ensure_signing_key()
    assert keys.key_path().is_file()
    assert keys.ensure_signing_key().key_id == key.key_id


def test_a_public_key_that_is_not_ed25519_multibase_is_refused():
    with pytest.raises(InvalidInput):
        keys.public_raw_from_multibase("z" + "1" * 40)
    with pytest.raises(InvalidInput):
        keys.public_raw_from_multibase("not a key")


def test_a_crash_while_writing_the_key_leaves_no_half_written_key(database, kiosk_home, monkeypatch):
    """Found by the crash work: the key used to be written in place, so a kill left an empty file for good."""

    class Killed(BaseException):
        pass

    def die(_fd):
        raise Killed

    with monkeypatch.context() as patched:  # undo only this patch, not the fixture's KIOSK_HOME
        patched.setattr(keys.os, "fsync", die)
        with pytest.raises(Killed):
            keys.ensure_signing_key()
    assert keys.key_path().is_relative_to(kiosk_home)
    assert not keys.key_path().exists()
    key = keys.ensure_signing_key()  # the next use makes a whole key
    assert keys.load_signing_key(keys.key_path()).key_id == key.key_id
    assert [p.name for p in keys.key_path().parent.iterdir()] == [keys.KEY_FILENAME]


def test_an_empty_key_file_left_by_an_older_crash_is_replaced(database, kiosk_home):
    path = keys.key_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    key = keys.ensure_signing_key()
    assert keys.load_signing_key(path).key_id == key.key_id


def test_an_existing_key_is_never_overwritten(database, kiosk_home):
    key = keys.ensure_signing_key()
    with pytest.raises(FileExistsError):
        keys.create_signing_key(keys.key_path())
    assert keys.load_signing_key(keys.key_path()).key_id == key.key_id
