"""Starting Kiosk: opening storage, and what the app needs before its first paint.

The app and the command line both open storage here. The first screen is read without
loading the ORM when it can be (see ``kiosk.core.storage.first_screen`` for why and when).
"""

from __future__ import annotations

from typing import NamedTuple

from kiosk import paths
from kiosk.core.learners.profiles import LearnerProfile
from kiosk.core.setup import SETTING_KEYS, KioskSettings, settings_from_values


def open_storage() -> None:
    """Open (and if needed create or upgrade) this kiosk's database.

    A restore that a power cut interrupted is finished first, so the data is never half old.
    """
    from kiosk.core.storage.db import init_db

    if paths.restore_was_interrupted(paths.data_dir()):
        from kiosk.core.backup import finish_interrupted_restore

        finish_interrupted_restore()
    init_db(paths.database_path())


def close_storage() -> None:
    """Close this thread's database connection, if storage was ever opened (a worker, after a job)."""
    import sys

    db = sys.modules.get("kiosk.core.storage.db")  # not imported: nothing to close
    if db is not None:
        db.close_db()


class FirstScreen(NamedTuple):
    settings: KioskSettings
    learners: list[LearnerProfile]


def read_first_screen() -> FirstScreen | None:
    """The settings and the learner picker's profiles, or None when storage must be opened first."""
    from kiosk.core.storage import first_screen

    if paths.restore_was_interrupted(paths.data_dir()):
        return None  # open_storage finishes the restore before anything is read
    data = first_screen.read(paths.database_path(), SETTING_KEYS)
    if data is None:
        return None
    return FirstScreen(settings_from_values(data.settings), [LearnerProfile(**row._asdict()) for row in data.learners])
