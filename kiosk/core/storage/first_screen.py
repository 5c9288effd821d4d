"""The first screen's data, read with the standard library before the ORM loads.

A learner waits for the first screen on every start, often on an old machine
after a power cut. Loading peewee and the models costs about a tenth of a second
there, so the app paints the learner picker from these two read-only queries and
opens the full storage (``kiosk.core.start.open_storage``) just after.

Only a database already at today's schema is read this way. ``read`` returns None
for anything else (no file yet, an older schema, a damaged file) and the app then
opens storage first, which creates, upgrades or reports it as before.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import NamedTuple


class LearnerRow(NamedTuple):
    id: int
    name: str
    has_pin: bool
    language: str | None
    last_login_at: datetime | None


class FirstScreenData(NamedTuple):
    settings: dict[str, str]
    learners: list[LearnerRow]  # not archived, in name order (as ``repo.list_learners``)


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def read(path: Path, setting_keys: list[str]) -> FirstScreenData | None:
    """The settings and the picker's learners, or None when storage must be opened first."""
    from kiosk.core.storage.migrations import LATEST_VERSION

    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != LATEST_VERSION:
            return None
        marks = ", ".join("?" * len(setting_keys))
        settings = dict(conn.execute(f'SELECT "key", "value" FROM "setting" WHERE "key" IN ({marks})', setting_keys))
        rows = conn.execute(
            'SELECT "id", "name", "pin_hash" IS NOT NULL, "language", "last_login_at" FROM "learner" '
            'WHERE NOT "archived" ORDER BY "name_key"'
        )
        learners = [LearnerRow(row[0], row[1], bool(row[2]), row[3], _when(row[4])) for row in rows]
    except (sqlite3.Error, ValueError):
        return None  # damaged or odd: the full open says what is wrong
    finally:
        conn.close()
    return FirstScreenData(settings, learners)
