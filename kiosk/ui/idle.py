"""Idle detection: a countdown that any key, click, touch or mouse move restarts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

# Input that counts as "someone is still here".
_ACTIVITY = frozenset(
    {
        QEvent.KeyPress,
        QEvent.MouseButtonPress,
        QEvent.MouseMove,
        QEvent.Wheel,
        QEvent.TouchBegin,
        QEvent.TouchUpdate,
    }
)


class IdleWatcher(QObject):
    """Emits ``timed_out`` after ``timeout_ms`` without input, while armed.

    It watches input only while armed: an application-wide Python event filter makes
    PySide wrap every object that gets an event, which on the first screen alone would
    cost a noticeable part of start-up.
    """

    timed_out = Signal()

    def __init__(self, *, timeout_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True, interval=timeout_ms)
        self.timer.timeout.connect(self.timed_out)
        self._watching = False

    def arm(self) -> None:
        if not self._watching:
            QApplication.instance().installEventFilter(self)
            self._watching = True
        self.timer.start()

    def disarm(self) -> None:
        self.timer.stop()
        if self._watching:
            QApplication.instance().removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if self.timer.isActive() and event.type() in _ACTIVITY:
            self.timer.start()  # restart the countdown
        return False
