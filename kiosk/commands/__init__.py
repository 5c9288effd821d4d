"""One module per ``kiosk`` subcommand group; each has ``register(subparsers)``."""

from __future__ import annotations

import sys
from typing import Any


def open_storage() -> None:
    """Open (and if needed create or upgrade) this kiosk's database.

    A restore that a power cut interrupted is finished first, so the data is never half old.
    """
    from kiosk import paths
    from kiosk.core.storage.db import init_db

    if paths.restore_was_interrupted(paths.data_dir()):
        from kiosk.core.backup import finish_interrupted_restore

        finish_interrupted_restore()
    init_db(paths.database_path())


def print_json(value: Any) -> None:
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
