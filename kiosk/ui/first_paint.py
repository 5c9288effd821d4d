"""For the start-up benchmark: say when a window is first painted, then quit."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, app: QApplication) -> None:
        super().__init__(window)
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Paint and not self._seen:
            self._seen = True
            # Wall-clock time, so the parent can subtract its own start time.
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def report_first_paint(window: QWidget, app: QApplication) -> None:
    watcher = _FirstPaint(window, app)
    window.installEventFilter(watcher)
    sys.stdout.flush()
