"""The facilitator button on the picker asks for the facilitator PIN and opens the pack screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.ui.facilitator.packs_tab import PacksTab


def type_pin(qtbot, pad, pin):
    for digit in pin:
        qtbot.mouseClick(pad.digit_buttons[digit], Qt.LeftButton)
    qtbot.mouseClick(pad.ok, Qt.LeftButton)


def test_wrong_then_right_pin_then_back(qtbot, set_up_kiosk, make_window):
    window = make_window()
    qtbot.mouseClick(window.picker.facilitator, Qt.LeftButton)
    assert window.current_screen_name() == "admin_pin"
    pad = window.current_screen()
    type_pin(qtbot, pad, "9999")
    qtbot.waitUntil(lambda: "Wrong facilitator PIN" in pad.error.text(), timeout=10_000)
    assert window.current_screen_name() == "admin_pin"

    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
        type_pin(qtbot, pad, "123456")
    assert shown.args == ["facilitator"]
    facilitator = window.current_screen()
    assert isinstance(facilitator.packs, PacksTab)
    assert facilitator.packs.timer.isActive()
    qtbot.mouseClick(facilitator.back, Qt.LeftButton)
    assert window.current_screen_name() == "picker"
    assert not facilitator.packs.timer.isActive()  # no USB watching behind the learners' backs
    # Let the screen's list refresh finish before the test tears down (see the report: ending a
    # test with that job pending crashed pytest-qt's final event processing).
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)


def test_idle_logout_leaves_the_facilitator_screen(qtbot, set_up_kiosk, make_window):
    window = make_window(idle_timeout_ms=2_000)
    qtbot.mouseClick(window.picker.facilitator, Qt.LeftButton)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        type_pin(qtbot, window.current_screen(), "123456")
    assert window.current_screen_name() == "facilitator"
    with qtbot.waitSignal(window.logged_out, timeout=10_000) as out:
        pass
    assert out.args == ["idle"]
    assert window.current_screen_name() == "picker"
