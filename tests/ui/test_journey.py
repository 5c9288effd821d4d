"""The learner's whole journey: log in, open a pack, read, take the quiz, earn a credential, see it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.core.learners.profiles import create_learner
from kiosk.core.packs.library import import_pack
from kiosk.core.storage import repo
from tests.journey_packs import JOURNEY_CREDENTIAL, JOURNEY_ID, build_journey_pack

QUIZ = "quizzes/01-check.gift"


@pytest.fixture
def journey_kiosk(set_up_kiosk, tmp_path):
    import_pack(build_journey_pack(tmp_path))
    return create_learner("Amina Diallo", pin="2468")


def log_in(qtbot, window, name="Amina Diallo", pin="2468"):
    qtbot.mouseClick(window.picker.tile_for(name), Qt.LeftButton)
    with qtbot.waitSignal(window.home.progress_shown, timeout=10_000):
        for digit in pin:
            qtbot.mouseClick(window.pin_pad.digit_buttons[digit], Qt.LeftButton)
        qtbot.mouseClick(window.pin_pad.ok, Qt.LeftButton)
    assert window.current_screen_name() == "home"


def answer_right(qtbot, player):
    """Click the right answer of the current true/false question, submit, continue."""
    question = player.run.current.question
    wanted = "True" if question.answer else "False"
    target = next(b for b in player.answers.choices if b.accessibleName() == wanted)
    qtbot.waitUntil(target.isVisible)
    qtbot.mouseClick(target, Qt.LeftButton)
    with qtbot.waitSignal(player.answer_recorded, timeout=10_000) as recorded:
        qtbot.mouseClick(player.action, Qt.LeftButton)  # check
    assert recorded.args[0].correct
    qtbot.mouseClick(player.action, Qt.LeftButton)  # next question (or see my results)


def test_home_shows_a_card_per_pack_with_words_and_next_step(qtbot, journey_kiosk, make_window):
    window = make_window()
    log_in(qtbot, window)
    card = window.home.card_for(JOURNEY_ID)
    assert card.bar.accessibleName() == "Journey test pack: 0% mastered"
    assert "○ \u2068Use a mouse\u2069 — not started" in card.skills.text()
    # One step the learner can take now, in plain words (issue #16, item 4); titles isolated (item 12).
    assert window.home.next_step.text() == (
        "Next: in “\u2068Journey test pack\u2069”, read the lessons “\u2068Mouse and keyboard\u2069”, then take the quiz."
    )


def test_from_login_to_certificate(qtbot, journey_kiosk, make_window):
    window = make_window()
    log_in(qtbot, window)

    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
        qtbot.mouseClick(window.home.card_for(JOURNEY_ID).open_button, Qt.LeftButton)
    assert shown.args == ["pack"]
    pack_screen = window.current_screen()

    qtbot.mouseClick(pack_screen.lesson_buttons["devices"], Qt.LeftButton)
    assert window.current_screen_name() == "lesson"
    reader = window.current_screen()
    qtbot.waitUntil(lambda: "The mouse" in reader.browser.toPlainText(), timeout=10_000)
    with qtbot.waitSignal(window.home.progress_shown, timeout=10_000):
        qtbot.mouseClick(reader.home, Qt.LeftButton)  # "⌂ Home" goes home (issue #16, item 6)
    assert window.current_screen_name() == "home"
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(window.home.card_for(JOURNEY_ID).open_button, Qt.LeftButton)
    pack_screen = window.current_screen()

    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
        qtbot.mouseClick(pack_screen.quiz_buttons[QUIZ], Qt.LeftButton)
    assert shown.args == ["quiz"]
    player = window.current_screen()
    assert player.run.quiz_id == QUIZ
    with qtbot.waitSignal(window.screen_changed, timeout=20_000) as shown:
        for _ in range(player.run.total):
            answer_right(qtbot, player)
    assert shown.args == ["congratulations"]
    congratulations = window.current_screen()
    assert congratulations.headline.text() == "★ Congratulations, Amina Diallo!"
    assert "Mouse and Keyboard Starter" in congratulations.titles.text()

    (issued,) = repo.list_issued_credentials(learner_id=journey_kiosk.id)
    assert issued.credential_id == JOURNEY_CREDENTIAL and issued.method == "mastery"

    qtbot.mouseClick(congratulations.see_certificate, Qt.LeftButton)
    assert window.current_screen_name() == "certificate"
    page = window.current_screen()
    qtbot.waitUntil(page.certificate.print_button.isEnabled, timeout=20_000)  # the certificate rendered

    with qtbot.waitSignal(window.home.progress_shown, timeout=10_000):
        qtbot.mouseClick(page.back_home, Qt.LeftButton)
    card = window.home.card_for(JOURNEY_ID)
    assert card.bar.accessibleName() == "Journey test pack: 100% mastered"
    assert "● \u2068Use a mouse\u2069 — mastered" in card.skills.text()
    assert "Mouse and Keyboard Starter" in window.home.credentials.text()


def test_the_last_answer_finishes_and_awards_in_one_job(qtbot, journey_kiosk, make_window):
    """The window only routes: "See my results" runs one job that finishes the quiz and awards
    what it earned, and the congratulations come from its answer (issue #16)."""
    window = make_window()
    log_in(qtbot, window)
    window.open_pack(JOURNEY_ID)
    qtbot.waitUntil(lambda: window.current_screen_name() == "pack", timeout=10_000)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(window.current_screen().quiz_buttons[QUIZ], Qt.LeftButton)
    player = window.current_screen()
    for _ in range(player.run.total - 1):
        answer_right(qtbot, player)
    question = player.run.current.question
    target = next(b for b in player.answers.choices if b.accessibleName() == ("True" if question.answer else "False"))
    qtbot.waitUntil(target.isVisible)
    qtbot.mouseClick(target, Qt.LeftButton)
    with qtbot.waitSignal(player.answer_recorded, timeout=10_000):
        qtbot.mouseClick(player.action, Qt.LeftButton)
    jobs = []
    run_job = window._tasks.run
    window._tasks.run = lambda fn, **callbacks: (jobs.append(fn), run_job(fn, **callbacks))
    with qtbot.waitSignal(window.screen_changed, timeout=20_000) as shown:
        qtbot.mouseClick(player.action, Qt.LeftButton)  # see my results
    assert shown.args == ["congratulations"]
    assert len(jobs) == 1
