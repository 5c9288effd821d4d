"""Where Kiosk finds its bundled files and keeps its data.

Bundled files (assets, sample packs) live beside the package in a source
checkout and under ``sys._MEIPASS`` in a PyInstaller bundle. User data lives in
one folder: ``KIOSK_HOME`` if set, else the platform's user data dir. Nothing is
ever written into the bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Kiosk"
DB_FILENAME = "kiosk.db"
# Written while a backup is being restored; its presence at start-up means: finish the restore.
RESTORE_JOURNAL = "restore-journal.json"
RESTORE_STAGING_PREFIX = ".restore-"


def restore_was_interrupted(data: Path) -> bool:
    """Whether a backup restore was cut short in ``data`` (its journal or staged files are there)."""
    return (data / RESTORE_JOURNAL).exists() or any(data.glob(RESTORE_STAGING_PREFIX + "*"))


def bundle_root() -> Path:
    """The folder that holds ``assets/`` and ``content_packs/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def asset(name: str) -> Path:
    """The path of a bundled asset, e.g. ``asset("fonts/DejaVuSans.ttf")``."""
    return bundle_root() / "assets" / name


def sample_packs_dir() -> Path:
    """Built sample packs shipped with the app (installed on first run).

    ``KIOSK_SAMPLE_PACKS_DIR`` names another folder (tests, custom kiosk images).
    """
    override = os.environ.get("KIOSK_SAMPLE_PACKS_DIR")
    if override:
        return Path(override).expanduser()
    return bundle_root() / "content_packs" / "dist"


DATA_DIR_MODE = 0o700  # learners' names, answers and PIN hashes: for the kiosk's own account only


def data_dir() -> Path:
    """The one folder that holds everything this kiosk stores; created on demand, readable only by its user.

    An older kiosk's folder (made 0755) is closed to other accounts here, at start-up.
    """
    home = os.environ.get("KIOSK_HOME")
    if home:
        path = Path(home).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(mode=DATA_DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix" and path.stat().st_mode & 0o077:
        os.chmod(path, DATA_DIR_MODE)
    return path


def database_path() -> Path:
    return data_dir() / DB_FILENAME
