"""One module per ``kiosk`` subcommand group; each has ``register(subparsers)``."""

from __future__ import annotations

import sys
from typing import Any


def print_json(value: Any) -> None:
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
