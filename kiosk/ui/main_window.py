"""The main window: a stack of screens and the moves between them. No business logic."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from kiosk.core.learners.profiles import LearnerProfile, LearnerSession, log_in
from kiosk.core.setup import KioskSettings
from kiosk.ui.home_screen import HomeScreen
from kiosk.ui.learner_picker import LearnerPicker
from kiosk.ui.new_learner_screen import NewLearnerScreen
from kiosk.ui.pin_pad import PinPad
from kiosk.ui.setup_screen import SetupScreen
from kiosk.ui.tasks import TaskRunner, user_message

log = logging.getLogger(__name__)

# Input that counts as "someone is still here".
_ACTIVITY = {
    QEvent.KeyPress,
    QEvent.MouseButtonPress,
    QEvent.MouseMove,
    QEvent.Wheel,
    QEvent.TouchBegin,
    QEvent.TouchUpdate,
}
# Screens that belong to one learner and close when they walk away.
_PUBLIC_SCREENS = {"setup", "picker"}


class MainWindow(QMainWindow):
    screen_changed = Signal(str)
    logged_out = Signal(str)  # why: "user" or "idle"

    def __init__(
        self,
        *,
        settings: KioskSettings,
        tasks: TaskRunner,
        idle_timeout_ms: int,
        list_packs: Callable[[], Sequence[Any]],
    ) -> None:
        super().__init__()
        self.settings = settings
        self.session: LearnerSession | None = None
        self._tasks = tasks
        self._chosen: LearnerProfile | None = None

        self.setup_screen = SetupScreen(tasks=tasks)
        self.picker = LearnerPicker()
        self.pin_pad = PinPad()
        self.new_learner = NewLearnerScreen(tasks=tasks)
        self.home = HomeScreen(list_packs=list_packs)
        self._screens = {
            "setup": self.setup_screen,
            "picker": self.picker,
            "pin": self.pin_pad,
            "new_learner": self.new_learner,
            "home": self.home,
        }
        self.stack = QStackedWidget()
        for screen in self._screens.values():
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)
        self.setMinimumSize(800, 560)

        self.setup_screen.completed.connect(self._set_up)
        self.picker.learner_chosen.connect(self._learner_chosen)
        self.picker.new_learner_requested.connect(self._new_learner)
        self.pin_pad.pin_entered.connect(self._check_pin)
        self.pin_pad.cancelled.connect(self.show_picker)
        self.new_learner.logged_in.connect(self._logged_in)
        self.new_learner.cancelled.connect(self.show_picker)
        self.home.logout_requested.connect(lambda: self.log_out("user"))

        self.idle_timer = QTimer(self, singleShot=True, interval=idle_timeout_ms)
        self.idle_timer.timeout.connect(self._idle)
        QApplication.instance().installEventFilter(self)

        self._update_title()
        if settings.is_set_up:
            self.show_picker()
        else:
            self.go_to("setup")

    # --- navigation ---------------------------------------------------------

    def go_to(self, name: str) -> None:
        self.stack.setCurrentWidget(self._screens[name])
        if name in _PUBLIC_SCREENS:
            self.idle_timer.stop()
        else:
            self.idle_timer.start()
        log.info("screen: %s", name)
        self.screen_changed.emit(name)

    def current_screen_name(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, screen in self._screens.items() if screen is current)

    def show_picker(self) -> None:
        self._chosen = None
        self.picker.refresh()
        self.go_to("picker")

    def log_out(self, why: str) -> None:
        self.session = None
        self.show_picker()
        if why == "idle":
            minutes = max(1, round(self.idle_timer.interval() / 60000))
            self.picker.show_notice(
                self.tr("You were logged out after %n minute(s) without activity, to keep your progress private.", "", minutes)
            )
        self.logged_out.emit(why)

    # --- idle ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _ACTIVITY and self.idle_timer.isActive():
            self.idle_timer.start()  # restart the countdown
        return False

    def _idle(self) -> None:
        if self.current_screen_name() not in _PUBLIC_SCREENS:
            self.log_out("idle")

    # --- moves --------------------------------------------------------------

    def _update_title(self) -> None:
        name = self.settings.kiosk_name
        self.setWindowTitle(f"Kiosk — {name}" if name else self.tr("Kiosk — setup"))

    def _set_up(self, settings: KioskSettings) -> None:
        self.settings = settings
        self._update_title()
        self.show_picker()

    def _learner_chosen(self, profile: LearnerProfile) -> None:
        self.picker.show_notice("")
        self._chosen = profile
        if profile.has_pin:
            self.pin_pad.reset(self.tr("%1, type your PIN").replace("%1", profile.name))
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
        self.home.show_session(session)
        self.go_to("home")

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        QApplication.instance().removeEventFilter(self)
        super().closeEvent(event)
