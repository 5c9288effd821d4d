"""Feedback after an answer, the results list, and each block's own direction (issue #16, items 5, 6, 12, 13, 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.core.learners.profiles import create_learner, log_in
from kiosk.core.quiz.engine import QuizRun
from kiosk.core.quiz.gift import parse_gift
from kiosk.ui.i18n import install_language
from kiosk.ui.quiz_player import QuizPlayer
from kiosk.ui.tasks import TaskRunner

BANK = parse_gift(
    """// [id:click]
::Open a file::How do you open a file? {
=Double-click it.#Right. Two quick clicks open it.
~Right-click it once.#Not quite. A right-click opens a short menu.
~Roll the wheel.#No. The wheel moves the page.
}

// [id:moves]
::Moves::Match each move with what it does. {
=Tap -> Open an app or press a button
=Press and hold -> Show more choices
=Swipe -> Scroll the page or see the next photo
=Spread two fingers apart -> Zoom in to make things bigger
####A tap is like a click. Pressing and holding is like a right-click. A swipe scrolls. Spreading two fingers
zooms in, and pinching them together zooms out. Try each one on the kiosk's own screen, slowly, and watch what
happens each time: the same moves work on most phones and tablets too.
}
"""
).questions


@pytest.fixture
def tasks(qtbot):
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


def play(qtbot, tasks, *, language="en", questions=BANK, size=(1024, 600)):
    session = log_in(create_learner("Ada").id)
    run = QuizRun(session=session, pack_id="p", quiz_id="q", questions=questions, seed=1, shuffle_choices=False,
                  language=language)
    player = QuizPlayer(run, tasks=tasks)
    qtbot.addWidget(player)
    player.resize(*size)
    player.show()
    qtbot.waitExposed(player)
    return player


def check(qtbot, player):
    with qtbot.waitSignal(player.answer_recorded, timeout=5000):
        qtbot.mouseClick(player.action, Qt.LeftButton)


def test_the_verdict_is_said_once_and_the_choices_are_marked(qtbot, tasks, database):
    player = play(qtbot, tasks)
    right, wrong, other = player.answers.choices
    qtbot.mouseClick(wrong, Qt.LeftButton)
    check(qtbot, player)
    feedback = player.feedback.text()
    assert "✘ Not quite." in feedback and "A right-click opens a short menu." in feedback
    assert feedback.count("Not quite") == 1  # the author's own "Not quite." is not said again
    # Each choice says where it stands: symbol, word and colour, never colour alone.
    assert right.text().endswith("✔ right answer") and right.property("verdict") == "right"
    assert wrong.text().endswith("✘ not right") and wrong.property("verdict") == "wrong"
    assert other.property("verdict") is None and "✔" not in other.text() and "✘" not in other.text()


def test_a_matching_answer_is_shown_as_lines_and_marked_row_by_row(qtbot, tasks, database):
    player = play(qtbot, tasks, questions=BANK[1:])
    for combo in player.answers.combos:  # every item matched with the wrong move
        combo.setCurrentIndex(combo.count() - 1 if combo.currentIndex() != combo.count() - 1 else 1)
    player.answers.combos[0].setCurrentIndex(player.answers.combos[0].findData("Open an app or press a button"))
    check(qtbot, player)
    feedback = player.feedback.text()
    assert "; " not in feedback
    assert feedback.count("• ") == 4 and "• Tap → Open an app or press a button" in feedback
    marks = [mark.text() for mark in player.answers.marks]
    assert marks[0] == "✔ right" and marks[1] == "✘ right match: Show more choices"


def test_at_1024x600_the_feedback_never_pushes_the_answers_out_of_view(qtbot, tasks, database):
    from kiosk.ui.theme import apply_theme

    apply_theme(QApplication.instance())  # the kiosk's big buttons and type
    player = play(qtbot, tasks, questions=BANK[1:])
    for combo in player.answers.combos:
        combo.setCurrentIndex(1)
    check(qtbot, player)
    qtbot.waitUntil(player.feedback_scroll.isVisible)
    QApplication.processEvents()
    # The answers keep most of the page; a long feedback scrolls in its own box.
    assert player.scroll.viewport().height() >= 0.45 * player.height()
    assert player.feedback_scroll.height() <= 0.3 * player.height()
    for combo in player.answers.combos[:2]:
        top = combo.mapTo(player.scroll.viewport(), combo.rect().topLeft()).y()
        assert 0 <= top < player.scroll.viewport().height(), "the first answers stay in view"


def test_the_results_keep_the_quizs_numbers_and_show_the_questions(qtbot, tasks, database):
    questions = parse_gift(
        """::Intro::Read this first.

// [id:a]
::Your own words - mouse::What does a mouse do? {=Moves the pointer ~Types letters}
"""
    ).questions
    player = play(qtbot, tasks, questions=questions)
    qtbot.mouseClick(player.action, Qt.LeftButton)  # the introduction
    qtbot.waitUntil(lambda: bool(player.answers.choices) and player.answers.choices[0].isVisible())
    qtbot.mouseClick(player.answers.choices[0], Qt.LeftButton)
    check(qtbot, player)
    with qtbot.waitSignal(player.quiz_finished, timeout=5000):
        qtbot.mouseClick(player.action, Qt.LeftButton)
    ((number, question, outcome),) = player.result_rows
    assert (number.text(), question.text(), outcome.text()) == ("2.", "What does a mouse do?", "✔ Right!")
    assert "Your own words" not in question.text()  # an author's title is not the question


def test_an_english_quiz_in_the_arabic_app_reads_left_to_right(qtbot, tasks, database):
    install_language(QApplication.instance(), "ar")
    player = play(qtbot, tasks, language="en")
    assert player.layoutDirection() == Qt.RightToLeft  # the app's words
    assert player.stem.layoutDirection() == Qt.LeftToRight  # the quiz's words
    assert player.answers.layoutDirection() == Qt.LeftToRight
    first = player.answers.choices[0]
    assert first.mapTo(player, first.rect().topLeft()).x() < player.width() // 4  # laid out from the left
    qtbot.mouseClick(player.answers.choices[1], Qt.LeftButton)
    check(qtbot, player)
    feedback = player.feedback.text()
    assert feedback.startswith("<div dir='rtl'><b") and "✘" in feedback  # the verdict in the app's direction
    assert "<div dir='ltr'>A right-click opens a short menu.</div>" in feedback  # the author's in the quiz's
    qtbot.mouseClick(player.action, Qt.LeftButton)
    for combo in player.answers.combos:
        combo.setCurrentIndex(1)
    check(qtbot, player)
    with qtbot.waitSignal(player.quiz_finished, timeout=5000):
        qtbot.mouseClick(player.action, Qt.LeftButton)
    number, question, outcome = player.result_rows[0]
    assert question.layoutDirection() == Qt.LeftToRight and outcome.layoutDirection() == Qt.RightToLeft
    # The list reads right to left, as the app: the number on the right, then the question.
    assert number.mapTo(player, number.rect().center()).x() > question.mapTo(player, question.rect().center()).x()


def test_an_arabic_screen_shows_one_set_of_digits(qtbot, tasks, database):
    from PySide6.QtCore import QLocale

    install_language(QApplication.instance(), "ar")
    assert QLocale().toString(25) == "25"
    player = play(qtbot, tasks, language="ar")
    assert player.progress_label.text() == "السؤال 1 من 2"
    player.progress.setTextVisible(True)
    player.progress.setFormat("%p%")
    player.progress.setValue(1)
    assert player.progress.text() == "50%"
