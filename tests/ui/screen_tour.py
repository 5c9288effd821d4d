"""A tour of every screen of the app, as its people reach them, on a kiosk with the sample packs.

``prepare_kiosk`` fills a fresh KIOSK_HOME (a set-up kiosk, the sample packs, learners with
answers, certificates, a revoked one, an essay to mark); ``tour(window)`` then walks a learner
and a facilitator through every screen and stops (yields the screen's name) on each, so that a
caller can resize the window, check what a person would see and take a picture.
tests/ui/test_every_screen.py checks each stop; tools/screenshots.py photographs them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
SIZES = ((1024, 600), (1366, 768))
LANGUAGES = ("en", "fr", "ar")
PIN = "2468"
LEARNER = "Amina Diallo"
OTHER_LEARNERS = ("Aïssata Ouédraogo", "Bob Martin", "Chen Wei", "Léa Dubois", "ليلى حسن", "Yaw Mensah-Boateng")
# The pack each language's learner opens: the sample pack written in it.
PACK_OF = {"en": "kiosk.sample.digital-basics", "fr": "kiosk.sample.digital-basics-fr", "ar": "kiosk.sample.digital-basics-ar"}
EVERY_KIND_QUIZ = "quizzes/01-devices.gift"  # every question type, in each language's pack
FINAL_QUIZ = "quizzes/05-final.gift"  # passing it earns the pack's credential


def wait_until(condition: Callable[[], object], *, timeout: float = 30.0) -> None:
    """Let Qt run until ``condition()`` holds (background jobs call back meanwhile)."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {getattr(condition, '__name__', condition)}")
        app.processEvents()
        QThread.msleep(5)


def settle(window) -> None:
    """Let the window's jobs finish and its layouts settle."""
    wait_until(lambda: not window._tasks.is_busy())
    from PySide6.QtCore import QCoreApplication, QEvent

    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # as the event loop would


def build_sample_packs(folder: Path) -> list[Path]:
    from kiosk.core.packs.build import build_pack

    folder.mkdir(parents=True, exist_ok=True)
    key = ROOT / "content_packs" / "sample-publisher.key"
    built = []
    for source in sorted((ROOT / "content_packs").glob("*/pack.toml")):
        built.append(build_pack(source.parent, folder / f"{source.parent.name}.kpack", key_path=key).path)
    return built


def _answer_quiz(session, pack_id: str, quiz: str, *, right: bool) -> None:
    """Answer a whole quiz the way a learner would (right, or all wrong), essays in words."""
    from kiosk.core.packs.reading import pack_quiz_run
    from tests.ui.quiz_answers import right_response, wrong_response

    run = pack_quiz_run(session, pack_id=pack_id, quiz=quiz)
    while run.current is not None:
        run.submit((right_response if right else wrong_response)(run.current))
        run.advance()
    run.finish()


def prepare_kiosk(folder: Path, *, language: str) -> None:
    """A kiosk in ``language`` with the sample packs, seven learners and some history.

    Storage must already be open (``init_db``) in an empty KIOSK_HOME.
    """
    from kiosk.core.credentials.definitions import find_definition
    from kiosk.core.credentials.issuing import award_credential, revoke
    from kiosk.core.learners.profiles import create_learner, log_in
    from kiosk.core.mastery.learner import award_earned_credentials
    from kiosk.core.packs.library import import_pack
    from kiosk.core.setup import set_up_kiosk

    set_up_kiosk(
        organisation="Riverside Community Centre", kiosk_name="Library PC 2", admin_pin="123456",
        language=language, verify_url="https://verify.riverside.example",
    )
    for pack in build_sample_packs(folder / "packs"):
        import_pack(pack)
    amina = create_learner(LEARNER, pin=PIN)
    for name in OTHER_LEARNERS:
        create_learner(name)
    session = log_in(amina.id, PIN)
    # Amina knows every module of her language's pack (and left essays there to mark): only the
    # final quiz is left, which the tour passes.
    from kiosk.core.packs.reading import all_quizzes, installed_pack

    for quiz in all_quizzes(installed_pack(PACK_OF[language])):
        if quiz != FINAL_QUIZ:
            for _ in range(2):
                _answer_quiz(session, PACK_OF[language], quiz, right=True)
    award_earned_credentials(session)
    # An older certificate, since revoked, and one a facilitator awarded.
    money = find_definition("kiosk.sample.money-basics/cash-book-keeper")
    revoked = award_credential(learner_id=amina.id, definition=money, method="facilitator")
    revoke(revoked.id, "Awarded to the wrong learner")
    job = find_definition("kiosk.sample.job-readiness/job-ready")
    award_credential(learner_id=amina.id, definition=job, method="facilitator", score=90)


def _lesson_then_home(window, pack_screen, module, name: str) -> Iterator[str]:
    """Open ``module``'s lesson from ``pack_screen``, show it as ``name``, then go home."""
    pack_screen.lesson_buttons[module].click()
    wait_until(lambda: window.current_screen_name() == "lesson")
    reader = window.current_screen()
    wait_until(lambda: reader.browser.toPlainText().strip() != "")
    settle(window)
    yield name
    reader.home.click()
    wait_until(lambda: window.current_screen_name() == "home")
    settle(window)


def tour(window) -> Iterator[str]:
    """Walk every screen of ``window`` (a MainWindow on a kiosk from ``prepare_kiosk``); yields each
    screen's name once it is shown and settled."""
    from PySide6.QtCore import Qt

    language = window.settings.language
    settle(window)
    picker = window.picker
    wait_until(lambda: len(picker.tiles()) > 1)
    yield "picker"

    picker.tile_for(LEARNER).click()
    wait_until(lambda: window.current_screen_name() == "pin")
    yield "pin"
    for digit in PIN:
        window.pin_pad.digit_buttons[digit].click()
    window.pin_pad.ok.click()
    wait_until(lambda: window.current_screen_name() == "home")
    settle(window)
    yield "home"

    window.home.my_certificates.click()
    wait_until(lambda: window.current_screen_name() == "my_certificates")
    certificates = window.current_screen()
    wait_until(lambda: bool(certificates.buttons))
    settle(window)
    yield "my_certificates"
    certificates.buttons[0].click()
    wait_until(lambda: window.current_screen_name() == "certificate")
    page = window.current_screen()
    wait_until(lambda: page.certificate.preview.pixmap() is not None and not page.certificate.preview.pixmap().isNull())
    settle(window)
    yield "certificate"
    page.back_home.click()  # back to the list
    wait_until(lambda: window.current_screen_name() == "my_certificates")
    window.current_screen().back_home.click()
    wait_until(lambda: window.current_screen_name() == "home")
    settle(window)

    window.home.card_for(PACK_OF[language]).open_button.click()
    wait_until(lambda: window.current_screen_name() == "pack")
    settle(window)
    yield "pack"
    pack_screen = window.current_screen()
    module = next(iter(pack_screen.lesson_buttons))
    yield from _lesson_then_home(window, pack_screen, module, "lesson")

    if language != "en":  # an English pack in a French or Arabic app keeps its own direction
        window.home.language_filter.setCurrentIndex(window.home.language_filter.findData(""))
        window.home.card_for(PACK_OF["en"]).open_button.click()
        wait_until(lambda: window.current_screen_name() == "pack")
        yield from _lesson_then_home(window, window.current_screen(), module, "lesson-english-pack")

    # The final quiz, passed: the congratulations.
    window.home.card_for(PACK_OF[language]).open_button.click()
    wait_until(lambda: window.current_screen_name() == "pack")
    window.current_screen().quiz_buttons[FINAL_QUIZ].click()
    wait_until(lambda: window.current_screen_name() == "quiz")
    player = window.current_screen()
    from tests.ui.quiz_answers import answer_in_player

    while window.current_screen_name() == "quiz" and player.pages.currentIndex() == 0:
        wait_until(lambda: not player._busy)
        if player.pages.currentIndex() != 0 or window.current_screen_name() != "quiz":
            break
        answer_in_player(player, right=True)
        player.action.click()  # check the answer
        wait_until(lambda: not player._busy)
        assert not player.hint.text(), (player.run.current.question.type, player.hint.text())
        player.action.click()  # the next question, or the results
    wait_until(lambda: window.current_screen_name() == "congratulations")
    settle(window)
    yield "congratulations"
    window.current_screen().back_home.click()
    wait_until(lambda: window.current_screen_name() == "home")
    settle(window)

    window.home.card_for(PACK_OF[language]).open_button.click()
    wait_until(lambda: window.current_screen_name() == "pack")
    settle(window)
    pack_screen = window.current_screen()
    pack_screen.quiz_buttons[EVERY_KIND_QUIZ].click()
    wait_until(lambda: window.current_screen_name() == "quiz")
    player = window.current_screen()
    wrong = True  # wrong answers first, so the feedback shows the right ones
    while player.pages.currentIndex() == 0:
        settle(window)
        kind = player.run.current.question.type
        yield f"quiz-{kind}"
        answer_in_player(player, right=not wrong)
        wrong = not wrong
        player.action.click()
        settle(window)
        if player.pages.currentIndex() == 0 and player.feedback.isVisible():
            yield f"quiz-{kind}-feedback"
        if player.pages.currentIndex() == 0:
            player.action.click()
            wait_until(lambda: not player._busy)
    settle(window)
    yield "quiz-results"
    player.back_home.click()
    wait_until(lambda: window.current_screen_name() == "home")
    settle(window)

    window.log_out("user")
    settle(window)
    window.picker.tile_for(LEARNER)  # still there
    window.picker.facilitator.click()
    wait_until(lambda: window.current_screen_name() == "admin_pin")
    yield "admin_pin"
    for digit in "123456":
        window.screen("admin_pin").digit_buttons[digit].click()
    window.screen("admin_pin").ok.click()
    wait_until(lambda: window.current_screen_name() == "facilitator")
    console = window.current_screen()
    for index in range(console.tabs.count()):
        console.tabs.setCurrentIndex(index)
        settle(window)
        tab = console.tabs.widget(index)
        yield f"facilitator-{type(tab).__name__.removesuffix('Tab').removesuffix('Screen').lower()}"
    console.back.click()
    wait_until(lambda: window.current_screen_name() == "picker")

    window.new_learner.reset()
    window.go_to("new_learner")
    settle(window)
    yield "new_learner"
    window.go_to("setup")  # what a new kiosk shows first
    settle(window)
    yield "setup"
    del Qt
