"""Sync with the registry by itself: try now and then; when a connection appears, it goes through.

Network work runs on its own worker thread, so a slow link never delays a learner's answer
(those are written on the main task runner). A failed try is logged and tried again later.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.ui.tasks import TaskRunner, user_message

log = logging.getLogger(__name__)

FIRST_TRY_MS = 30_000
EVERY_MS = 10 * 60_000
NETWORK_TIMEOUT_S = 10.0


class BackgroundSync(QObject):
    synced = Signal(object)  # SyncReport
    failed = Signal(str)  # why, in plain words

    def __init__(self, *, parent: QObject, first_try_ms: int = FIRST_TRY_MS, every_ms: int = EVERY_MS) -> None:
        super().__init__(parent)
        self._tasks = TaskRunner(self)
        self._every_ms = every_ms
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.try_now)
        self._timer.start(first_try_ms)

    def try_now(self) -> None:
        if self._tasks.is_busy():
            return
        self._tasks.run(_sync_once, on_success=self._done, on_failure=self._failed)

    def stop(self) -> None:
        self._timer.stop()

    def _done(self, report) -> None:
        self._timer.start(self._every_ms)
        if report is not None:
            log.info("synced with %s", report.registry)
            self.synced.emit(report)

    def _failed(self, exc: Exception) -> None:
        self._timer.start(self._every_ms)
        message = user_message(exc)
        log.info("sync did not go through (will try again): %s", message)
        self.failed.emit(message)


def _sync_once():
    """One sync with the configured registry, or None when none is configured."""
    from kiosk.core.sync.client import auto_sync_registry, sync_with_registry

    registry = auto_sync_registry()
    if registry is None:
        return None
    return sync_with_registry(registry, timeout=NETWORK_TIMEOUT_S)
