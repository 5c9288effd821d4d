"""The main window: a stack of screens and the moves between them. No business logic."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from kiosk.core.learners.profiles import LearnerProfile, LearnerSession, log_in
from kiosk.core.setup import KioskSettings
from kiosk.ui.i18n import filled
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.kiosk_lock import KioskLock
from kiosk.ui.screen_stack import ScreenStack
from kiosk.ui.tasks import TaskRunner, user_message

log = logging.getLogger(__name__)

# Screens anyone may stand at: the idle timer sleeps there (every other screen is a learner's or
# the facilitator's, and logs out when they walk away).
_PUBLIC_SCREENS = {"setup", "picker"}
# Screens made afresh for each use (a pack, a lesson, a quiz...); dropped at log-out.
_PER_USE_SCREENS = ("pack", "lesson", "quiz", "congratulations", "certificate", "my_certificates")


def _learner_home(session: LearnerSession, **wanted) -> Any:
    from kiosk.core.mastery.learner import learner_home

    return learner_home(session, **wanted)


def _screen_property(name: str) -> property:
    """A read-only attribute for the window's screen called ``name``."""
    return property(lambda window: window.screen(name))


class MainWindow(QMainWindow):
    screen_changed = Signal(str)
    logged_out = Signal(str)  # why: "user" or "idle"
    exit_requested = Signal()  # the facilitator closes the app

    def __init__(
        self,
        *,
        settings: KioskSettings,
        tasks: TaskRunner,
        idle_timeout_ms: int,
        load_home: Callable[..., Any] | None = None,
        locked: bool = False,
        learners: list[LearnerProfile] | None = None,
    ) -> None:
        """``learners``: the picker's profiles if already read (at start-up), else they are loaded."""
        super().__init__()
        self.settings = settings
        # Kiosk lock (full screen): closing, Escape and Alt+F4 do nothing; the facilitator exits.
        self._lock = KioskLock(self)
        self._closing_allowed = False
        self.set_locked(locked)
        self.session: LearnerSession | None = None
        self._tasks = tasks
        if tasks.parent() is None:
            tasks.setParent(self)  # the window owns its worker; it goes when the window goes
        self._chosen: LearnerProfile | None = None
        self._read_aloud = None  # reading aloud (kiosk/ui/read_aloud/), made when a lesson or quiz opens

        # The mastery code is imported when a learner first reaches home, not at start-up.
        self._load_home = load_home or _learner_home
        # Screens are built the first time they are shown, so start-up pays only for the first.
        self.stack = ScreenStack(lambda name: getattr(self, f"_build_{name}")(), tasks=tasks)
        self.setCentralWidget(self.stack)
        self.setMinimumSize(800, 560)

        self.idle = IdleWatcher(timeout_ms=idle_timeout_ms, parent=self)
        self.idle.timed_out.connect(self._idle)

        self._update_title()
        if settings.is_set_up:
            self.show_picker(learners)
        else:
            self.go_to("setup")

    # --- kiosk lock and language --------------------------------------------

    @property
    def locked(self) -> bool:
        return self._lock.on

    def set_locked(self, locked: bool) -> None:
        self._lock.set_on(locked)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.locked and not self._closing_allowed:
            event.ignore()
            return
        self.set_locked(False)
        super().closeEvent(event)

    def exit_kiosk(self) -> None:
        """The facilitator's way out: the only close a locked kiosk accepts."""
        self._closing_allowed = True
        self.close()
        self.exit_requested.emit()

    def set_language(self, code: str) -> None:
        """Switch the app's language; screens are rebuilt in it when next shown."""
        from kiosk.ui.i18n import current_language, install_language

        if code == current_language():
            return
        install_language(QApplication.instance(), code)
        self.stack.drop_all_but_current()
        self._update_title()

    def apply_settings(self, settings: KioskSettings) -> None:
        """Settings changed in the console: apply them now."""
        from kiosk.ui.theme import apply_theme

        self.settings = settings
        self.idle.timer.setInterval(settings.idle_timeout_seconds * 1000)
        apply_theme(QApplication.instance(), high_contrast=settings.high_contrast, text_scale=settings.text_scale)
        if self.isFullScreen() or self.locked:
            self.set_locked(settings.fullscreen_lock)
        self.set_language(settings.language)
        self._update_title()

    # --- navigation ---------------------------------------------------------

    def screen(self, name: str) -> QWidget:
        """The screen called ``name``, built on first use."""
        return self.stack.screen(name)

    # The screens the window and its tests reach by name, each built on first use.
    setup_screen = _screen_property("setup")
    picker = _screen_property("picker")
    pin_pad = _screen_property("pin")
    new_learner = _screen_property("new_learner")
    home = _screen_property("home")

    def _build_setup(self) -> QWidget:
        from kiosk.ui.setup_screen import SetupScreen

        screen = SetupScreen(tasks=self._tasks)
        screen.completed.connect(self._set_up)
        return screen

    def _build_picker(self) -> QWidget:
        from kiosk.ui.learner_picker import LearnerPicker

        screen = LearnerPicker()
        screen.learner_chosen.connect(self._learner_chosen)
        screen.new_learner_requested.connect(self._new_learner)
        screen.facilitator_requested.connect(self._ask_admin_pin)
        return screen

    def _pin_pad(self, check: Callable[[str], None]) -> QWidget:
        from kiosk.ui.pin_pad import PinPad

        screen = PinPad()
        screen.pin_entered.connect(check)
        screen.cancelled.connect(self.show_picker)
        return screen

    def _build_admin_pin(self) -> QWidget:
        return self._pin_pad(self._check_admin_pin)

    def _build_pin(self) -> QWidget:
        return self._pin_pad(self._check_pin)

    def _build_new_learner(self) -> QWidget:
        from kiosk.ui.new_learner_screen import NewLearnerScreen

        screen = NewLearnerScreen(tasks=self._tasks)
        screen.logged_in.connect(self._logged_in)
        screen.cancelled.connect(self.show_picker)
        return screen

    def _build_home(self) -> QWidget:
        from kiosk.ui.home_screen import HomeScreen

        screen = HomeScreen(tasks=self._tasks, load_home=self._load_home)
        screen.logout_requested.connect(lambda: self.log_out("user"))
        screen.pack_opened.connect(self.open_pack)
        screen.certificates_requested.connect(self.show_my_certificates)
        return screen

    def _put_screen(self, name: str, widget: QWidget) -> QWidget:
        """Show a screen made for this use, replacing the previous one of that name."""
        self.stack.put(name, widget)
        self.go_to(name)
        return widget

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Enter activates the focused button or tile, as Space does (Qt buttons take only Space)."""
        from PySide6.QtCore import Qt  # not at import: see kiosk/ui/__init__.py
        from PySide6.QtWidgets import QAbstractButton

        focused = self.focusWidget()  # the key came up from it: buttons leave Enter to their parents
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and isinstance(focused, QAbstractButton):
            if focused.isEnabled() and focused.isVisible():
                focused.animateClick()
                return
        super().keyPressEvent(event)

    def go_to(self, name: str) -> None:
        if self._read_aloud is not None:
            self._read_aloud.stop()  # reading aloud stops when the learner moves on
        focus_content = getattr(self.stack.show_screen(name), "focus_content", None)
        if focus_content is not None:
            focus_content()  # start on the content (a learner, a pack), not on a way out
        if name in _PUBLIC_SCREENS:
            self.idle.disarm()
        else:
            self.idle.arm()
        log.info("screen: %s", name)
        self.screen_changed.emit(name)

    def current_screen_name(self) -> str:
        return self.stack.current_name()

    def current_screen(self) -> QWidget:
        return self.stack.currentWidget()

    def go_home(self) -> None:
        """Back to the learner's home, with their progress recomputed."""
        if self.session is None:
            self.show_picker()
            return
        self.home.refresh()
        self.go_to("home")

    def show_picker(self, learners: list[LearnerProfile] | None = None) -> None:
        self._chosen = None
        self.picker.refresh(learners)
        self.go_to("picker")

    def log_out(self, why: str) -> None:
        self.session = None
        self.set_language(self.settings.language)
        self.show_picker()
        for name in _PER_USE_SCREENS:
            self.stack.drop(name)
        if why == "idle":
            minutes = max(1, round(self.idle.timer.interval() / 60000))
            self.picker.show_notice(
                self.tr("You were logged out after %n minute(s) without activity, to keep your progress private.", "", minutes)
            )
        self.logged_out.emit(why)

    def _idle(self) -> None:
        if self.current_screen_name() not in _PUBLIC_SCREENS:
            self.log_out("idle")

    # --- moves --------------------------------------------------------------

    def _update_title(self) -> None:
        name = self.settings.kiosk_name
        self.setWindowTitle(f"Kiosk — {name}" if name else self.tr("Kiosk — setup"))

    def _set_up(self, settings: KioskSettings) -> None:
        self.settings = settings
        self.set_language(settings.language)  # the language chosen in setup, from the very next screen
        self._update_title()
        self.show_picker()

    def _learner_chosen(self, profile: LearnerProfile) -> None:
        self.picker.show_notice("")
        self._chosen = profile
        if profile.has_pin:
            self.pin_pad.reset(filled(self.tr("%1, type your PIN"), profile.name))
            self.go_to("pin")
        else:
            self._tasks.run(lambda: log_in(profile.id), on_success=self._logged_in, on_failure=self._login_failed)

    def _new_learner(self) -> None:
        self.picker.show_notice("")
        self.new_learner.reset()
        self.go_to("new_learner")

    def _check_pin(self, pin: str) -> None:
        profile = self._chosen
        if profile is None:
            return
        self._tasks.run(lambda: log_in(profile.id, pin), on_success=self._logged_in, on_failure=self._login_failed)

    def _login_failed(self, exc: Exception) -> None:
        if self.current_screen_name() == "pin":
            self.pin_pad.show_error(user_message(exc))
        else:
            self.picker.show_notice(user_message(exc))

    def _logged_in(self, session: LearnerSession) -> None:
        self.session = session
        self.set_language(session.language or self.settings.language)
        self.home.show_session(session)
        self.go_to("home")

    # --- the learner's journey ---------------------------------------------------

    def _show_error(self, exc: Exception) -> None:
        self.home.show_problem(user_message(exc))
        self.go_to("home")

    def open_pack(self, pack_id: str) -> None:
        from kiosk.core.packs.reading import installed_pack

        self._tasks.run(lambda: installed_pack(pack_id), on_success=self._show_pack, on_failure=self._show_error)

    def _show_pack(self, pack) -> None:
        from kiosk.ui.pack_screen import PackScreen

        screen = PackScreen(pack)
        screen.home_requested.connect(self.go_home)
        screen.lessons_requested.connect(self._open_lessons)
        screen.quiz_requested.connect(lambda quiz: self._start_quiz(pack.id, quiz))
        self._put_screen("pack", screen)

    def _back_to_pack(self) -> None:
        if self.stack.built("pack") is not None:
            self.go_to("pack")
        else:
            self.go_home()

    def _open_lessons(self, module) -> None:
        from kiosk.core.packs.reading import lesson_paths
        from kiosk.ui.lesson_reader import LessonReader

        pack = self.screen("pack").pack
        try:
            paths = lesson_paths(pack, module)
        except Exception as exc:  # a KnownError: the pack's files are missing
            self._show_error(exc)
            return
        reader = LessonReader(paths, pack.folder, tasks=self._tasks, language=pack.language)
        from kiosk.ui.read_aloud import attach_lesson_reader

        attach_lesson_reader(reader, self.reading_aloud(), pack=pack)
        reader.home_requested.connect(self.go_home)  # "⌂ Home" means home; finishing the lessons leads back to the pack
        reader.finished.connect(self._back_to_pack)
        self._put_screen("lesson", reader)

    def _start_quiz(self, pack_id: str, quiz: str) -> None:
        from kiosk.core.packs.reading import pack_quiz_run

        session = self.session
        if session is None:
            return
        self._tasks.run(
            lambda: pack_quiz_run(session, pack_id=pack_id, quiz=quiz),
            on_success=self._show_quiz,
            on_failure=self._show_error,
        )

    def _show_quiz(self, run) -> None:
        from kiosk.ui.quiz_player import QuizPlayer

        player = QuizPlayer(run, tasks=self._tasks)
        from kiosk.ui.read_aloud import attach_quiz_player

        pack = getattr(self.stack.built("pack"), "pack", None)
        attach_quiz_player(player, self.reading_aloud(), pack=pack if getattr(pack, "id", None) == run.pack_id else None)
        player.home_requested.connect(self.go_home)
        player.quiz_finished.connect(lambda finished: self._congratulate(run.session, finished.awarded))
        self._put_screen("quiz", player)

    def reading_aloud(self):
        """The lesson and quiz screens' reading aloud (kiosk/ui/read_aloud/), at this learner's speed."""
        from kiosk.ui.read_aloud import ReadAloud

        if self._read_aloud is None:
            self._read_aloud = ReadAloud(tasks=self._tasks, parent=self)
        self._read_aloud.set_session(self.session)
        return self._read_aloud

    def _congratulate(self, session: LearnerSession, awarded) -> None:
        """A finished quiz earned credentials: say so (the quiz's one job awarded them)."""
        if not awarded or session is not self.session:
            return
        from kiosk.ui.congratulations_screen import CongratulationsScreen

        screen = CongratulationsScreen(session.name, awarded)
        screen.home_requested.connect(self.go_home)
        screen.certificate_requested.connect(lambda issued_id: self._show_certificate(issued_id, back=self.go_home))
        self._put_screen("congratulations", screen)

    def _show_certificate(self, issued_id: str, *, back: Callable[[], None], back_words: str | None = None) -> None:
        """A certificate, with a button (``back_words``, else "⌂ Back home") that calls ``back``."""
        from kiosk.ui.certificate_screen import CertificateScreen
        from kiosk.ui.congratulations_screen import CertificatePage

        page = CertificatePage(CertificateScreen(issued_id, self._tasks), back=back_words)
        page.home_requested.connect(back)
        self._put_screen("certificate", page)

    def show_my_certificates(self) -> None:
        """The learner's own certificates, to view, print or save again."""
        from kiosk.ui.my_certificates_screen import MyCertificatesScreen

        if self.session is None:
            self.show_picker()
            return
        screen = MyCertificatesScreen(self.session, self._tasks)
        screen.home_requested.connect(self.go_home)
        screen.certificate_requested.connect(
            lambda issued_id: self._show_certificate(
                issued_id, back=self.show_my_certificates, back_words=self.tr("← My certificates")
            )
        )
        self._put_screen("my_certificates", screen)

    # --- facilitator --------------------------------------------------------------

    def _ask_admin_pin(self) -> None:
        self.picker.show_notice("")
        self.screen("admin_pin").reset(self.tr("Facilitator, type your PIN"))
        self.go_to("admin_pin")

    def _check_admin_pin(self, pin: str) -> None:
        from kiosk.core.setup import check_admin_pin

        pad = self.screen("admin_pin")
        pad.set_waiting(True)
        self._tasks.run(
            lambda: check_admin_pin(pin),
            on_success=self._admin_pin_checked,
            on_failure=lambda exc: pad.show_error(user_message(exc)),
        )

    def _admin_pin_checked(self, right: bool) -> None:
        if self.current_screen_name() != "admin_pin":
            return  # logged out meanwhile
        if not right:
            self.screen("admin_pin").show_error(self.tr("Wrong facilitator PIN. Try again."))
            return
        self.go_to("facilitator")

    def _build_facilitator(self) -> QWidget:
        from kiosk.ui.facilitator import FacilitatorScreen

        screen = FacilitatorScreen(tasks=self._tasks)
        screen.back_requested.connect(self.show_picker)
        screen.exit_requested.connect(self.exit_kiosk)
        screen.certificate_requested.connect(
            lambda issued_id: self._show_certificate(
                issued_id, back=lambda: self.go_to("facilitator"), back_words=self.tr("← Back to the console")
            )
        )
        screen.settings_changed.connect(self.apply_settings)
        return screen
