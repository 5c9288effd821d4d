"""Arrow keys between tiles, a lesson that scrolls from any of its buttons, a focus one can see (issue #16, item 17)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.core.learners.profiles import create_learner
from kiosk.core.packs.library import import_pack
from kiosk.ui.theme import apply_theme
from tests.facilitator_packs import build_facilitator_pack
from tests.journey_packs import build_journey_pack
from tests.ui.test_journey import log_in


def test_arrow_keys_move_between_the_pickers_tiles_row_by_row(qtbot, set_up_kiosk, make_window):
    for name in ("Amina Diallo", "Bob Martin", "Chen Wei", "Dora Ama", "Efua Mensah", "Fatou Sow", "Gina Lopez"):
        create_learner(name)
    window = make_window()
    picker = window.picker
    tiles = picker.tiles()
    columns = picker._columns
    assert 1 < columns < len(tiles)
    tiles[1].setFocus()
    qtbot.keyClick(tiles[1], Qt.Key_Right)
    assert window.focusWidget() is tiles[2]
    qtbot.keyClick(tiles[2], Qt.Key_Down)
    assert window.focusWidget() is tiles[2 + columns]
    qtbot.keyClick(tiles[2 + columns], Qt.Key_Up)
    qtbot.keyClick(tiles[2], Qt.Key_Up)  # the top row: the focus stays on the tiles, not on Facilitator
    assert window.focusWidget() is tiles[2]
    qtbot.keyClick(tiles[2], Qt.Key_Left)
    assert window.focusWidget() is tiles[1]


def test_right_to_left_the_arrows_follow_the_screen(qtbot, set_up_kiosk, make_window):
    create_learner("Amina Diallo")
    create_learner("Bob Martin")
    QApplication.instance().setLayoutDirection(Qt.RightToLeft)
    try:
        window = make_window()
        first, second = window.picker.tiles()[1:3]
        assert second.mapTo(window, second.rect().center()).x() < first.mapTo(window, first.rect().center()).x()
        first.setFocus()
        qtbot.keyClick(first, Qt.Key_Left)  # the next tile is on the left
        assert window.focusWidget() is second
    finally:
        QApplication.instance().setLayoutDirection(Qt.LeftToRight)


def test_up_and_down_move_between_the_packs_on_home(qtbot, set_up_kiosk, make_window, tmp_path):
    import_pack(build_journey_pack(tmp_path))
    import_pack(build_facilitator_pack(tmp_path))
    create_learner("Amina Diallo", pin="2468")
    window = make_window()
    log_in(qtbot, window)
    first, second = (card.open_button for card in window.home.cards)
    assert window.focusWidget() is first
    qtbot.keyClick(first, Qt.Key_Down)
    assert window.focusWidget() is second
    qtbot.keyClick(second, Qt.Key_Down)  # the last pack: it stays there, never on Log out
    assert window.focusWidget() is second
    qtbot.keyClick(second, Qt.Key_Up)
    assert window.focusWidget() is first
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)


def test_a_lesson_scrolls_with_down_and_page_down_from_its_buttons(qtbot, set_up_kiosk, make_window, tmp_path):
    from kiosk.core.packs.build import build_pack
    from tests.ui.screen_tour import ROOT

    sample = build_pack(ROOT / "content_packs" / "digital-basics", tmp_path / "basics.kpack",
                        key_path=ROOT / "content_packs" / "sample-publisher.key")
    import_pack(sample.path)
    create_learner("Amina Diallo", pin="2468")
    window = make_window()
    log_in(qtbot, window)
    window.open_pack("kiosk.sample.digital-basics")
    qtbot.waitUntil(lambda: window.current_screen_name() == "pack", timeout=10_000)
    qtbot.mouseClick(window.current_screen().lesson_buttons["devices"], Qt.LeftButton)
    reader = window.current_screen()
    assert window.focusWidget() is reader.browser  # the lesson's text, not Home
    reader.set_point_size(32)
    qtbot.waitUntil(lambda: reader.browser.verticalScrollBar().maximum() > 0, timeout=10_000)
    bar = reader.browser.verticalScrollBar()
    reader.home.setFocus()
    qtbot.keyClick(reader.home, Qt.Key_Down)
    assert bar.value() > 0 and window.focusWidget() is reader.home  # scrolled; never on to "A−"
    before = bar.value()
    qtbot.keyClick(reader.home, Qt.Key_PageDown)
    assert bar.value() > before
    qtbot.keyClick(reader.next, Qt.Key_PageUp)
    assert bar.value() < before + bar.pageStep()
    assert reader.point_size == 32  # no key press reached A−
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)


def test_scroll_areas_the_lesson_text_and_the_essay_box_show_their_focus(qtbot):
    from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

    from kiosk.ui.lesson_reader import _LessonBrowser

    apply_theme(QApplication.instance())
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    scroll, essay, browser = QScrollArea(), QPlainTextEdit(), _LessonBrowser(__import__("pathlib").Path("."))
    browser.setStyleSheet(
        "QTextBrowser { border: 3px solid transparent; padding: 5px; } QTextBrowser:focus { border: 3px solid #1d4f91; }"
    )
    elsewhere = QPushButton("elsewhere")
    for widget in (scroll, essay, browser, elsewhere):
        column.addWidget(widget)
    host.resize(400, 600)
    host.show()
    qtbot.waitExposed(host)
    for widget in (scroll, essay, browser):
        elsewhere.setFocus()
        QApplication.processEvents()
        without = widget.grab().toImage()
        widget.setFocus()
        QApplication.processEvents()
        assert widget.hasFocus()
        assert widget.grab().toImage() != without, f"{type(widget).__name__} looks the same with the focus"
