"""The main window: a stack of screens and the moves between them. No business logic."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from kiosk.core.learners.profiles import LearnerProfile, LearnerSession, log_in
from kiosk.core.setup import KioskSettings
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.tasks import TaskRunner, user_message

log = logging.getLogger(__name__)

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
        if tasks.parent() is None:
            tasks.setParent(self)  # the window owns its worker; it goes when the window goes
        self._chosen: LearnerProfile | None = None

        self._list_packs = list_packs
        # Screens are built the first time they are shown, so start-up pays only for the first.
        self._screens: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.setMinimumSize(800, 560)

        self.idle = IdleWatcher(timeout_ms=idle_timeout_ms, parent=self)
        self.idle.timed_out.connect(self._idle)

        self._update_title()
        if settings.is_set_up:
            self.show_picker()
        else:
            self.go_to("setup")

    # --- navigation ---------------------------------------------------------

    def screen(self, name: str) -> QWidget:
        """The screen called ``name``, built on first use."""
        if name not in self._screens:
            widget = getattr(self, f"_build_{name}")()
            self._screens[name] = widget
            self.stack.addWidget(widget)
        return self._screens[name]

    @property
    def setup_screen(self):
        return self.screen("setup")

    @property
    def picker(self):
        return self.screen("picker")

    @property
    def pin_pad(self):
        return self.screen("pin")

    @property
    def new_learner(self):
        return self.screen("new_learner")

    @property
    def home(self):
        return self.screen("home")

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
        return screen

    def _build_pin(self) -> QWidget:
        from kiosk.ui.pin_pad import PinPad

        screen = PinPad()
        screen.pin_entered.connect(self._check_pin)
        screen.cancelled.connect(self.show_picker)
        return screen

    def _build_new_learner(self) -> QWidget:
        from kiosk.ui.new_learner_screen import NewLearnerScreen

        screen = NewLearnerScreen(tasks=self._tasks)
        screen.logged_in.connect(self._logged_in)
        screen.cancelled.connect(self.show_picker)
        return screen

    def _build_home(self) -> QWidget:
        from kiosk.ui.home_screen import HomeScreen

        screen = HomeScreen(list_packs=self._list_packs)
        screen.logout_requested.connect(lambda: self.log_out("user"))
        return screen

    def go_to(self, name: str) -> None:
        self.stack.setCurrentWidget(self.screen(name))
        if name in _PUBLIC_SCREENS:
            self.idle.disarm()
        else:
            self.idle.arm()
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
