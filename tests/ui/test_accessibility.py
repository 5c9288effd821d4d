"""An audit of every screen: each control a person can use has a name a screen reader can say,
and can be reached by keyboard (Tab) unless a keyboard shortcut serves it instead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from kiosk.core.learners.profiles import create_learner
from kiosk.core.packs.library import import_pack
from tests.journey_packs import JOURNEY_ID, build_journey_pack

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView, QTabBar)


def controls_on(screen: QWidget) -> int:
    return sum(1 for w in screen.findChildren(QWidget) if isinstance(w, CONTROLS) and w.isVisibleTo(screen))


def problems_on(screen: QWidget, *, keys_instead: tuple[QWidget, ...] = ()) -> list[str]:
    assert controls_on(screen) > 0, f"{type(screen).__name__} shows no control to check"
    found = []
    for widget in screen.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(screen):
            continue
        if isinstance(widget, QAbstractButton) and isinstance(widget.parent(), QTabBar):
            continue  # the tab bar's scroll arrows
        if isinstance(widget, QHeaderView) or widget.objectName() == "qt_spinbox_lineedit":
            continue  # parts of a table or a spin box, named and reached through it
        label = widget.accessibleName() or (widget.text() if hasattr(widget, "text") and callable(widget.text) else "")
        what = f"{type(widget).__name__} {widget.objectName() or label or '(unnamed)'}"
        if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView)):
            label = widget.accessibleName()  # a field's content is not its name
        if not label.strip():
            found.append(f"{what}: no accessible name")
        if widget.focusPolicy() == Qt.NoFocus and widget not in keys_instead:
            found.append(f"{what}: cannot be reached by keyboard")
    return found


@pytest.fixture
def kiosk_with_pack(set_up_kiosk, tmp_path):
    import_pack(build_journey_pack(tmp_path))
    return create_learner("Amina Diallo", pin="2468")


def test_first_run_setup_screen(qtbot, database, make_window):
    window = make_window()
    assert window.current_screen_name() == "setup"
    assert problems_on(window.current_screen()) == []


def test_learner_screens(qtbot, kiosk_with_pack, make_window):
    window = make_window()
    assert problems_on(window.picker) == []
    qtbot.mouseClick(window.picker.tile_for("Amina Diallo"), Qt.LeftButton)
    pad = window.pin_pad
    # The pad's digit buttons take no focus on purpose: the pad itself reads the keyboard's digits.
    assert problems_on(pad, keys_instead=(*pad.digit_buttons.values(), pad.erase, pad.ok)) == []
    with qtbot.waitSignal(window.home.progress_shown, timeout=10_000):
        qtbot.keyClicks(pad, "2468")
        qtbot.keyClick(pad, Qt.Key_Return)
    assert problems_on(window.home) == []
    window.open_pack(JOURNEY_ID)
    qtbot.waitUntil(lambda: window.current_screen_name() == "pack", timeout=10_000)
    pack_screen = window.current_screen()
    assert problems_on(pack_screen) == []
    qtbot.mouseClick(pack_screen.lesson_buttons["devices"], Qt.LeftButton)
    assert window.current_screen_name() == "lesson"
    assert problems_on(window.current_screen()) == []
    qtbot.mouseClick(window.current_screen().home, Qt.LeftButton)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(pack_screen.quiz_buttons["quizzes/01-check.gift"], Qt.LeftButton)
    player = window.current_screen()
    qtbot.waitUntil(lambda: bool(player.answers.choices) and player.answers.choices[0].isVisible(), timeout=10_000)
    assert problems_on(player) == []
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)


def test_new_learner_screen(qtbot, set_up_kiosk, make_window):
    window = make_window()
    qtbot.mouseClick(window.picker.new_learner_tile(), Qt.LeftButton)
    assert problems_on(window.new_learner) == []


def test_facilitator_console_every_tab(qtbot, kiosk_with_pack, make_window):
    from kiosk.ui.facilitator import FacilitatorScreen
    from kiosk.ui.tasks import TaskRunner

    tasks = TaskRunner()
    console = FacilitatorScreen(tasks=tasks)
    qtbot.addWidget(console)
    console.resize(1280, 800)
    console.show()
    tabs = console.tabs
    found = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        found += [f"{tabs.tabText(index)}: {p}" for p in problems_on(console)]
    qtbot.waitUntil(lambda: not tasks.is_busy(), timeout=10_000)
    assert found == []
