from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.core.packs.build import build_pack
from kiosk.core.packs.drives import DrivePoller
from kiosk.core.storage import repo
from kiosk.ui.facilitator.packs_tab import PacksTab
from kiosk.ui.tasks import TaskRunner

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "mini"


@pytest.fixture
def usb(tmp_path) -> Path:
    stick = tmp_path / "usb"
    stick.mkdir()
    build_pack(MINI, stick / "mini.kpack")
    (stick / "damaged.kpack").write_bytes(b"this is not a pack")
    return stick


@pytest.fixture
def screen(qtbot, database):
    tasks = TaskRunner()
    mounts: list[Path] = []
    widget = PacksTab(tasks=tasks, poller=DrivePoller(lambda: list(mounts)), poll_interval_ms=20)
    widget.mounts = mounts  # the test plugs sticks in here
    qtbot.addWidget(widget)
    yield widget
    widget.timer.stop()
    tasks.wait_for_done()


def _texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_inserted_stick_is_listed_imported_with_progress_and_refusals_in_words(qtbot, screen, usb):
    screen.mounts.append(usb)  # the facilitator plugs in the stick
    qtbot.waitUntil(lambda: screen.offers.count() == 2, timeout=5000)
    texts = _texts(screen.offers)
    mini = next(t for t in texts if "A tiny test pack" in t)
    assert "version 1.0.0" in mini and "Kiosk sample packs" in mini and "signature verified" in mini
    damaged = next(t for t in texts if "damaged.kpack" in t)
    assert "cannot be used" in damaged and "not a pack" in damaged
    assert len(screen.checked_offers()) == 1

    seen = []
    screen.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(screen.packs_changed, timeout=10_000):
        qtbot.mouseClick(screen.import_button, Qt.LeftButton)
    assert "Installed A tiny test pack 1.0.0." in screen.message.text()
    assert screen.progress.value() == 100 and seen and seen == sorted(seen)
    assert repo.get_installed_pack("kiosk.sample.mini").version == "1.0.0"
    qtbot.waitUntil(lambda: screen.installed.count() == 1, timeout=5000)
    qtbot.waitUntil(lambda: any("already installed" in t for t in _texts(screen.offers)), timeout=5000)


def test_choose_folder_and_export_to_usb(qtbot, screen, usb, tmp_path):
    qtbot.mouseClick(screen.choose, Qt.LeftButton)
    dialog = screen.folder_dialog
    assert dialog is not None and dialog.isVisible()  # open(), not exec(): nothing blocks
    dialog.fileSelected.emit(str(usb))
    dialog.close()
    qtbot.waitUntil(lambda: screen.offers.count() == 2, timeout=5000)
    with qtbot.waitSignal(screen.packs_changed, timeout=10_000):
        qtbot.mouseClick(screen.import_button, Qt.LeftButton)

    target = tmp_path / "other-stick"
    target.mkdir()
    screen.scan(target)
    qtbot.waitUntil(lambda: screen.installed.count() == 1 and "No packs" in screen.status.text(), timeout=5000)
    screen.installed.setCurrentRow(0)
    assert screen.export_button.isEnabled()
    qtbot.mouseClick(screen.export_button, Qt.LeftButton)
    exported = target / "kiosk.sample.mini-1.0.0.kpack"
    qtbot.waitUntil(exported.exists, timeout=5000)
    qtbot.waitUntil(lambda: "Saved" in screen.message.text(), timeout=5000)
    assert exported.read_bytes() == (usb / "mini.kpack").read_bytes()


def test_a_refused_import_is_explained(qtbot, screen, usb):
    screen.scan(usb)
    qtbot.waitUntil(lambda: screen.offers.count() == 2, timeout=5000)
    # The stick's file is swapped for a damaged one after it was listed.
    shutil.copy(usb / "damaged.kpack", usb / "mini.kpack")
    qtbot.mouseClick(screen.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Not installed" in screen.message.text(), timeout=10_000)
    assert "not a pack" in screen.message.text()
    assert repo.list_installed_packs() == []
