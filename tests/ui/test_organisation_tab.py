"""The facilitator's Organisation tab: what this kiosk trusts, changing the key (PIN), a trust list from USB."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from kiosk.core.trust.store import pinned, status
from tests.trust_helpers import TestOrganisation


def open_tab(qtbot, make_window):
    from tests.ui.test_facilitator_console import open_console

    window = make_window()
    screen = open_console(qtbot, window)
    screen.tabs.setCurrentWidget(screen.organisation)
    return window, screen.organisation


def test_changing_the_organisation_key_needs_the_pin_and_is_explained(qtbot, make_window, enrolled):
    _window, tab = open_tab(qtbot, make_window)
    qtbot.waitUntil(lambda: enrolled.fingerprint in tab.state.text(), timeout=10_000)
    other = TestOrganisation("Lakeside Trust")
    qtbot.keyClicks(tab.key.edit, other.public_key)
    qtbot.keyClicks(tab.name, "Lakeside Trust")
    qtbot.keyClicks(tab.pin, "999999")
    qtbot.mouseClick(tab.change, Qt.LeftButton)
    qtbot.mouseClick(tab.change, Qt.LeftButton)  # the second click acts
    qtbot.waitUntil(lambda: "Wrong facilitator PIN" in tab.message.text(), timeout=10_000)
    assert pinned().public_key == enrolled.public_key
    qtbot.keyClicks(tab.pin, "123456")
    qtbot.mouseClick(tab.change, Qt.LeftButton)
    qtbot.mouseClick(tab.change, Qt.LeftButton)
    qtbot.waitUntil(lambda: other.fingerprint in tab.message.text(), timeout=10_000)
    assert pinned().public_key == other.public_key and pinned().name == "Lakeside Trust"
    qtbot.waitUntil(lambda: "Lakeside Trust" in tab.state.text(), timeout=10_000)


def test_a_trust_list_from_a_usb_stick_is_taken_and_an_older_one_refused(qtbot, make_window, enrolled, tmp_path):
    newer, older = tmp_path / "trust-2.json", tmp_path / "trust-1.json"
    newer.write_text(json.dumps(enrolled.trust_list(sequence=2)))
    older.write_text(json.dumps(enrolled.trust_list(sequence=1)))
    _window, tab = open_tab(qtbot, make_window)
    tab.trust_file.edit.setText(str(newer))
    qtbot.mouseClick(tab.take, Qt.LeftButton)
    qtbot.waitUntil(lambda: "number 2 is in use" in tab.message.text(), timeout=10_000)
    tab.trust_file.edit.setText(str(older))
    qtbot.mouseClick(tab.take, Qt.LeftButton)
    qtbot.waitUntil(lambda: "older (number 1)" in tab.message.text(), timeout=10_000)
    assert status().sequence == 2

