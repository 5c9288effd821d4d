"""Work that waits until the first screen is on the glass, and the start-up benchmark's signal."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def report_paint() -> None:
    """For benchmarks/startup.py: wall-clock time (the parent subtracts its own start time) and
    the peak memory so far, in KiB."""
    import resource

    print(f"first-paint {time.time():.6f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None], report: bool) -> None:
        super().__init__(window)
        self._then = then
        self._report = report

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Paint:
            watched.removeEventFilter(self)
            if self._report:
                report_paint()
            QTimer.singleShot(0, self._then)  # once this paint is done
        return False


def after_first_paint(window: QWidget, then: Callable[[], None], *, report: bool = False) -> None:
    """Call ``then`` once ``window`` has been painted for the first time."""
    window.installEventFilter(_FirstPaint(window, then, report))
