"""Test setup: Qt offscreen, a fresh KIOSK_HOME and database for every test."""

from __future__ import annotations

import os

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Reading aloud plays into miniaudio's null device: silent, at the real pace, on any machine.
os.environ["KIOSK_AUDIO_BACKEND"] = "null"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from kiosk.core.storage.db import close_db, init_db  # noqa: E402

TESTS = Path(__file__).parent


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(TESTS / "ui"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def kiosk_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "kiosk-home"
    home.mkdir()
    monkeypatch.setenv("KIOSK_HOME", str(home))
    # No bundled sample packs unless a test builds some: setup stays fast and predictable.
    monkeypatch.setenv("KIOSK_SAMPLE_PACKS_DIR", str(tmp_path / "no-sample-packs"))
    return home


@pytest.fixture
def database(kiosk_home) -> Path:
    """A real SQLite file in the temporary KIOSK_HOME, at the latest schema."""
    path = kiosk_home / "kiosk.db"
    init_db(path)
    yield path
    close_db()


@pytest.fixture
def set_up_kiosk(database):
    from kiosk.core.setup import set_up_kiosk as set_up

    return set_up(organisation="Riverside Centre", kiosk_name="Library PC 2", admin_pin="123456")


@pytest.fixture
def organisation():
    """An organisation key (not pinned anywhere yet)."""
    from tests.trust_helpers import TestOrganisation

    return TestOrganisation()


@pytest.fixture
def enrolled(set_up_kiosk, organisation):
    """The set-up kiosk with the organisation's key pinned (as 'kiosk init --org-key' does)."""
    from kiosk.core.storage import repo
    from kiosk.core.trust.store import pin_values

    repo.put_settings(pin_values(organisation.public_key, organisation.name))
    return organisation


@pytest.fixture
def make_window(qtbot, database):
    """(Qt screens) Build the main window as app.py does, with a real database and task runner."""
    from kiosk.core.setup import load_settings
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.tasks import TaskRunner

    def make(*, idle_timeout_ms: int = 300_000):
        tasks = TaskRunner()
        window = MainWindow(settings=load_settings(), tasks=tasks, idle_timeout_ms=idle_timeout_ms)
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
