"""A pack's words keep their own language's direction inside the app's; quiz names come from the
pack; "A−" and "A+" read as written (issue #16, items 12, 13 and 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.core.learners.profiles import create_learner
from kiosk.core.packs.library import import_pack
from kiosk.ui.i18n import install_language
from tests.journey_packs import JOURNEY_ID, build_journey_pack
from tests.ui.test_journey import log_in

QUIZ = "quizzes/01-check.gift"


@pytest.fixture
def arabic_kiosk_with_an_english_pack(set_up_kiosk, tmp_path):
    from kiosk.core.setup import update_settings

    import_pack(build_journey_pack(tmp_path))
    create_learner("Amina Diallo", pin="2468")
    update_settings(language="ar")
    install_language(QApplication.instance(), "ar")


def test_an_english_pack_in_the_arabic_app(qtbot, arabic_kiosk_with_an_english_pack, make_window):
    window = make_window()
    log_in(qtbot, window)
    card = window.home.card_for(JOURNEY_ID)
    assert card.layoutDirection() == Qt.RightToLeft and card.title.layoutDirection() == Qt.LeftToRight
    # The Arabic "Next" line keeps the English titles whole, each in its own direction.
    step = window.home.next_step.text()
    assert step.startswith("الخطوة التالية: في «\u2068Journey test pack\u2069»"), step
    window.home.language_filter.setCurrentIndex(window.home.language_filter.findData(""))
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(card.open_button, Qt.LeftButton)
    pack = window.current_screen()
    assert pack.title.layoutDirection() == Qt.LeftToRight
    qtbot.mouseClick(pack.lesson_buttons["devices"], Qt.LeftButton)
    reader = window.current_screen()
    assert reader.layoutDirection() == Qt.RightToLeft  # the app's buttons
    assert reader.browser.layoutDirection() == Qt.LeftToRight  # the lesson's words: ".Roll the wheel" no more
    # "A−" and "A+" isolated left to right, smaller first (never "−A" and "+A").
    assert reader.smaller.text() == "\u2066A−\u2069" and reader.larger.text() == "\u2066A+\u2069"
    smaller_x = reader.smaller.mapTo(reader, reader.smaller.rect().center()).x()
    assert smaller_x < reader.larger.mapTo(reader, reader.larger.rect().center()).x()
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)


def test_quiz_names_come_from_the_pack(qtbot, set_up_kiosk, make_window, tmp_path):
    import_pack(build_journey_pack(tmp_path))
    create_learner("Amina Diallo", pin="2468")
    window = make_window()
    log_in(qtbot, window)
    window.open_pack(JOURNEY_ID)
    qtbot.waitUntil(lambda: window.current_screen_name() == "pack", timeout=10_000)
    button = window.current_screen().quiz_buttons[QUIZ]
    # Not "Quiz: Check" from quizzes/01-check.gift: the module's title, which the card shows above it.
    assert button.text() == "✎ Take the quiz"
    assert button.accessibleName() == "Take the quiz Mouse and keyboard"
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)
