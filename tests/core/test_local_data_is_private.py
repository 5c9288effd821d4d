"""Local data (security review, item 6): kiosk.db was 0644 in a 0755 folder, so names, answers and
PIN hashes were readable by any local account; a 4-digit facilitator PIN falls to an offline
guesser with a copy of the database in minutes."""

from __future__ import annotations

import os
import stat

import pytest

from kiosk import paths
from kiosk.core.errors import InvalidInput


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_new_kiosk_keeps_its_data_to_its_own_account(set_up_kiosk, kiosk_home):
    from kiosk.core.learners.profiles import create_learner

    create_learner("Amina")  # the WAL and shared-memory files exist once something is written
    assert mode(kiosk_home) == 0o700
    for name in ("kiosk.db", "kiosk.db-wal", "kiosk.db-shm"):
        assert mode(kiosk_home / name) == 0o600, name
    assert mode(kiosk_home / "keys") == 0o700


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_older_kiosk_is_closed_up_at_start_up(set_up_kiosk, kiosk_home):
    from kiosk.core.start import open_storage
    from kiosk.core.storage.db import close_db

    close_db()
    os.chmod(kiosk_home, 0o755)
    os.chmod(kiosk_home / "kiosk.db", 0o644)
    paths.data_dir()  # the first thing a start-up does
    assert mode(kiosk_home) == 0o700
    open_storage()
    assert mode(kiosk_home / "kiosk.db") == 0o600


def test_a_new_kiosk_needs_a_six_digit_facilitator_pin(database):
    from kiosk.core.setup import change_admin_pin, set_up_kiosk

    with pytest.raises(InvalidInput, match="facilitator PIN has 6 digits; this one has 4"):
        set_up_kiosk(organisation="Riverside", kiosk_name="PC 1", admin_pin="1234")
    set_up_kiosk(organisation="Riverside", kiosk_name="PC 1", admin_pin="123456")
    with pytest.raises(InvalidInput, match="6 digits"):
        change_admin_pin("123456", "4321")
