"""The first screen's data read without the ORM agrees with the storage layer, or steps aside."""

import sqlite3

from kiosk import paths
from kiosk.core.learners.admin import archive_learner
from kiosk.core.learners.profiles import create_learner, list_profiles, log_in
from kiosk.core.setup import load_settings
from kiosk.core.start import read_first_screen
from kiosk.core.storage import first_screen
from kiosk.core.storage.db import close_db


def test_it_reads_what_the_storage_layer_reads(set_up_kiosk):
    create_learner("Zainab Okoye", pin="2468", language="fr")
    amina = create_learner("amina Diallo")
    create_learner("Kofi Mensah")
    log_in(amina.id)
    archive_learner(list_profiles("kofi")[0].id)

    quick = read_first_screen()
    assert quick is not None
    assert quick.settings == load_settings()
    assert quick.learners == list_profiles()
    assert [p.name for p in quick.learners] == ["amina Diallo", "Zainab Okoye"]
    assert quick.learners[0].last_login_at is not None and quick.learners[1].has_pin


def test_a_new_kiosk_has_nothing_to_read(kiosk_home):
    assert read_first_screen() is None


def test_an_older_schema_is_left_for_the_upgrade(set_up_kiosk, database):
    close_db()
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA user_version = 3")
    assert read_first_screen() is None


def test_a_damaged_file_is_left_for_the_full_open_to_report(kiosk_home):
    paths.database_path().write_bytes(b"this is not a database" * 100)
    assert first_screen.read(paths.database_path(), ["organisation"]) is None


def test_a_restore_to_finish_comes_first(set_up_kiosk, kiosk_home):
    (kiosk_home / paths.RESTORE_JOURNAL).write_text("{}")
    assert read_first_screen() is None
