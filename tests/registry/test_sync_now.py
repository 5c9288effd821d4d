"""Sync now, from the facilitator's console, against a real registry on 127.0.0.1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_organisation_tab import open_tab

pytestmark = pytest.mark.gui


def test_sync_now_sends_what_waits_and_says_so(qtbot, make_window, approved, award, live_registry):
    """The console shows what waits to be sent and syncs on demand (issue #16, item 19)."""
    from kiosk.core.storage import repo

    award("Amina Okafor")
    repo.put_settings({"verify_url": live_registry.url})
    _window, tab = open_tab(qtbot, make_window)
    qtbot.waitUntil(lambda: "Waiting to be sent: 1 certificates" in tab.waiting.text(), timeout=10_000)
    assert "only after a sync" in tab.waiting.text()
    qtbot.mouseClick(tab.sync_now, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Synced: 1 certificates" in tab.message.text(), timeout=20_000)
    qtbot.waitUntil(lambda: "Waiting to be sent: 0 certificates" in tab.waiting.text(), timeout=10_000)
