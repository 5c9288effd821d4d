"""The whole learner journey by keyboard alone (issue #16): a learner's tile, their PIN, a pack, its
lessons, a quiz with every question type, the results, a certificate earned, log out. Only Tab,
the arrow keys, Enter and Space move and act; answers and the PIN are typed as anyone would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QRadioButton

from kiosk.core.learners.profiles import create_learner, log_in
from kiosk.core.packs.library import import_pack
from kiosk.core.packs.reading import pack_quiz_run
from kiosk.ui.theme import apply_theme
from tests.ui.quiz_answers import ESSAY, right_response, wrong_response
from tests.ui.screen_tour import ROOT

PACK = "kiosk.sample.digital-basics"
EVERY_KIND = "quizzes/01-devices.gift"
KEYS = {"Tab": Qt.Key_Tab, "Enter": Qt.Key_Return, "Space": Qt.Key_Space, "Up": Qt.Key_Up, "Down": Qt.Key_Down,
        "Left": Qt.Key_Left, "Right": Qt.Key_Right, "PageDown": Qt.Key_PageDown}


class Keyboard:
    """Presses keys on whatever has the focus, as a keyboard does; counts what it pressed."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window, self.pressed = qtbot, window, []

    def focused(self):
        return self.window.focusWidget() or self.window  # the window's focus, active or not (offscreen)

    def press(self, name: str) -> None:
        self.pressed.append(name)
        self.qtbot.keyClick(self.focused(), KEYS[name])

    def type(self, text: str) -> None:
        self.pressed.append("typing")
        self.qtbot.keyClicks(self.focused(), text)

    def tab_to(self, widget, *, most: int = 40) -> None:
        """Tab until ``widget`` has the focus."""
        for _ in range(most):
            if self.focused() is widget:
                return
            self.press("Tab")
        raise AssertionError(f"Tab never reached {widget.accessibleName() or widget}")


def answer_by_keyboard(keys: Keyboard, player, *, right: bool) -> None:
    """Give the current question's answer with the keyboard only, then check it with Enter."""
    presented = player.run.current
    question = presented.question
    response = (right_response if right else wrong_response)(presented)
    kind = question.type
    if kind in ("single", "truefalse"):
        wanted = presented.choice_order.index(response) if kind == "single" else (0 if response else 1)
        assert isinstance(keys.focused(), QRadioButton)  # the first choice has the focus
        keys.press("Space")  # choose the first
        for _ in range(wanted):
            keys.press("Down")  # the next choice, chosen as the focus moves
        assert player.answers.choices[wanted].isChecked()
    elif kind == "multiple":
        for position, index in enumerate(presented.choice_order):
            if index in response:
                keys.tab_to(player.answers.choices[position])
                keys.press("Space")
        assert [b.isChecked() for b in player.answers.choices] == [i in response for i in presented.choice_order]
    elif kind in ("short", "numerical"):
        assert isinstance(keys.focused(), QLineEdit)
        keys.type(response)
    elif kind == "matching":
        for combo, value in zip(player.answers.combos, response):
            keys.tab_to(combo)
            assert isinstance(keys.focused(), QComboBox)
            while combo.currentData() != value:
                keys.press("Down")
    elif kind == "essay":
        assert isinstance(keys.focused(), QPlainTextEdit)
        keys.type(response)
        keys.tab_to(player.action)  # Tab leaves the essay box (it does not type a tab)
        assert player.answers.text_input.toPlainText() == ESSAY
    if kind != "description":
        with keys.qtbot.waitSignal(player.answer_recorded, timeout=10_000):
            keys.press("Enter")
    else:
        keys.press("Enter")


def take_quiz_by_keyboard(keys: Keyboard, player, *, wrong_from: int | None = None) -> None:
    while player.pages.currentIndex() == 0 and player.run.current is not None:
        keys.qtbot.waitUntil(lambda: not player._busy, timeout=10_000)
        position, kind = player.run.position, player.run.current.question.type
        answer_by_keyboard(keys, player, right=wrong_from is None or position < wrong_from)
        if kind == "description":
            continue
        keys.qtbot.waitUntil(lambda: not player._busy, timeout=10_000)
        assert keys.focused() is player.action  # "Next question" (or "See my results") has the focus
        if player.run.is_last:
            return
        keys.press("Enter")


def test_the_whole_learner_journey_by_keyboard(qtbot, set_up_kiosk, make_window, tmp_path):
    from kiosk.core.packs.build import build_pack
    from kiosk.core.storage import repo

    sample = build_pack(ROOT / "content_packs" / "digital-basics", tmp_path / "basics.kpack",
                        key_path=ROOT / "content_packs" / "sample-publisher.key")
    import_pack(sample.path)
    create_learner("Abdou Sow")
    amina = create_learner("Amina Diallo", pin="2468")
    create_learner("Bob Martin")
    # Amina has learned the rest of the pack and passed its final quiz: the devices are left.
    session = log_in(amina.id, "2468")
    for quiz, right in (("quizzes/02-files.gift", True), ("quizzes/03-safety.gift", True),
                        ("quizzes/04-phone.gift", True), ("quizzes/02-files.gift", True),
                        ("quizzes/03-safety.gift", True), ("quizzes/04-phone.gift", True),
                        ("quizzes/05-final.gift", True), (EVERY_KIND, False)):
        run = pack_quiz_run(session, pack_id=PACK, quiz=quiz)
        while run.current is not None:
            run.submit((right_response if right else wrong_response)(run.current))
            run.advance()
        run.finish()

    apply_theme(QApplication.instance())
    window = make_window()
    window.activateWindow()
    keys = Keyboard(qtbot, window)

    # The picker starts on the first learner; the arrows move to Amina's tile; Enter opens it.
    picker = window.picker
    assert keys.focused() is picker.tile_for("Abdou Sow")
    keys.press("Right")
    assert keys.focused() is picker.tile_for("Amina Diallo")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        keys.press("Enter")
    assert window.current_screen_name() == "pin"
    keys.type("2468")
    with qtbot.waitSignal(window.home.progress_shown, timeout=10_000):
        keys.press("Enter")
    assert window.current_screen_name() == "home"

    # Home starts on the pack: Enter opens it; the pack starts on the first module's lessons.
    assert keys.focused() is window.home.card_for(PACK).open_button
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        keys.press("Enter")
    pack_screen = window.current_screen()
    assert keys.focused() is pack_screen.lesson_buttons["devices"]
    keys.press("Enter")
    qtbot.waitUntil(lambda: window.current_screen_name() == "lesson", timeout=10_000)
    reader = window.current_screen()
    qtbot.waitUntil(lambda: reader.browser.verticalScrollBar().maximum() > 0, timeout=10_000)
    assert keys.focused() is reader.browser
    keys.press("PageDown")
    keys.press("Down")
    assert reader.browser.verticalScrollBar().value() > 0
    keys.tab_to(reader.next)
    keys.press("Enter")  # the second lesson
    qtbot.waitUntil(lambda: reader.index == 1, timeout=10_000)
    keys.tab_to(reader.next)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        keys.press("Enter")  # "Finish ✓": back to the pack
    assert window.current_screen_name() == "pack"

    # The quiz with every question type: wrong at the end the first time, so no credential yet.
    keys.tab_to(pack_screen.quiz_buttons[EVERY_KIND])
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        keys.press("Enter")
    player = window.current_screen()
    kinds = {q.type for q in player.run.pool}
    assert kinds >= {"description", "single", "multiple", "truefalse", "short", "numerical", "matching", "essay"}
    take_quiz_by_keyboard(keys, player, wrong_from=player.run.total - 3)
    with qtbot.waitSignal(player.quiz_finished, timeout=20_000) as finished:
        keys.press("Enter")  # "See my results"
    assert finished.args[0].awarded == ()
    assert player.pages.currentIndex() == 1 and keys.focused() is player.back_home
    assert len(player.result_rows) == sum(1 for q in player.run.pool if q.type != "description")

    # Try again, every answer right: the credential, its congratulations and its certificate.
    keys.tab_to(player.try_again)
    keys.press("Space")
    qtbot.waitUntil(lambda: player.pages.currentIndex() == 0, timeout=10_000)
    assert player.run.attempt_id is None
    take_quiz_by_keyboard(keys, player)
    with qtbot.waitSignal(window.screen_changed, timeout=20_000) as shown:
        keys.press("Enter")
    assert shown.args == ["congratulations"]
    congratulations = window.current_screen()
    assert keys.focused() is congratulations.see_certificate
    keys.press("Enter")
    qtbot.waitUntil(lambda: window.current_screen_name() == "certificate", timeout=10_000)
    page = window.current_screen()
    qtbot.waitUntil(page.certificate.print_button.isEnabled, timeout=20_000)
    assert keys.focused() is page.certificate.print_button
    keys.tab_to(page.back_home)
    with qtbot.waitSignal(window.home.progress_shown, timeout=10_000):
        keys.press("Enter")
    assert [c.credential_id for c in repo.list_issued_credentials(learner_id=amina.id)] == [f"{PACK}/digital-basics"]

    # Log out: Tab to it, Space.
    keys.tab_to(window.home.logout)
    keys.press("Space")
    qtbot.waitUntil(lambda: window.current_screen_name() == "picker", timeout=10_000)
    assert window.session is None
    assert set(keys.pressed) <= {"Tab", "Enter", "Space", "Up", "Down", "Left", "Right", "PageDown", "typing"}
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)
