"""Reliability tests: kill counts and fuzz budgets come from the environment.

- ``KIOSK_KILL_RUNS`` (default 15): kills per crash test; the full run uses 200.
- ``KIOSK_FUZZ=long``: the fuzz tests run many more examples (see test_fuzz.py).
- ``KIOSK_SLOW=1``: run the tests marked slow.
"""

from __future__ import annotations

import os

import pytest

DEFAULT_KILL_RUNS = 15


def kill_runs() -> int:
    return int(os.environ.get("KIOSK_KILL_RUNS", DEFAULT_KILL_RUNS))


def pytest_collection_modifyitems(items):
    if os.environ.get("KIOSK_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow: set KIOSK_SLOW=1 to run it")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
