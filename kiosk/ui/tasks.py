"""Slow work off the GUI thread, results back on it as signals.

``TaskRunner.run(fn, on_success=..., on_failure=...)`` runs ``fn()`` on one
worker thread (so writes are serialised) and calls the callbacks on the GUI
thread. The worker never touches a widget. After 300 ms of waiting the cursor
turns busy, so quick jobs do not flicker.

``TaskRunner.run_steps(steps, ...)`` runs long core work written in steps
(``kiosk.core.steps``) one step per job, so a job asked for meanwhile (a learner's
answer) waits behind one short step, never behind the whole.

``TaskRunner.run(fn, ..., aside=True)`` runs work that reads and writes no storage (a lesson's
text and pictures) on a second worker, so neither kind of job waits for the other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kiosk.core.start import close_storage

log = logging.getLogger(__name__)

BUSY_CURSOR_AFTER_MS = 300

OnSuccess = Callable[[Any], None]  # called with the job's result, on the GUI thread
OnFailure = Callable[[Exception], None]  # called with what the job raised, on the GUI thread


class _Relay(QObject):
    """One per runner, living on the GUI thread: the worker emits, Qt queues the call here.

    Results travel with the job's number, so no object is created or deleted per job.
    """

    finished = Signal(int, bool, object)  # job number, succeeded, result or exception


class _Job(QRunnable):
    def __init__(self, number: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            self._relay.finished.emit(self._number, False, exc)
        else:
            self._relay.finished.emit(self._number, True, result)
        finally:
            # peewee keeps a connection per thread; close ours so the next job
            # (maybe for another database file, in tests) opens a fresh one.
            close_storage()


class StepsJob:
    """A job run in steps: ``cancel()`` stops it before its next step (its callbacks are not called)."""

    def __init__(self, steps: Generator[float, None, Any]) -> None:
        self.steps = steps
        self.cancelled = False
        self.done = False

    def cancel(self) -> None:
        self.cancelled = True


class TaskRunner(QObject):
    """Runs jobs one at a time on a worker thread."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._aside = QThreadPool(self)
        self._aside.setMaxThreadCount(1)
        self._relay = _Relay(self)
        # The worker emits on its own thread, so Qt queues each call to the GUI thread.
        self._relay.finished.connect(self._finished)
        self._callbacks: dict[int, tuple[OnSuccess | None, OnFailure | None]] = {}
        self._next_number = 0
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_CURSOR_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._busy_shown = False
        self._before_first_job: Callable[[], None] | None = None

    def before_first_job(self, prepare: Callable[[], None]) -> None:
        """Call ``prepare`` here, on the GUI thread, before the first job starts (again next
        time if it fails). The app opens its storage so, should a tap come before it is open."""
        self._before_first_job = prepare

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_success: OnSuccess | None = None,
        on_failure: OnFailure | None = None,
        aside: bool = False,
    ) -> None:
        """Run ``fn()`` on the worker, then ``on_success(result)`` or ``on_failure(exc)`` here.

        ``aside``: on the second worker instead, for work that touches no storage (never a widget).
        """
        if self._before_first_job is not None:
            try:
                self._before_first_job()
            except Exception as exc:  # the job cannot run without it: fail it, try again next time
                if on_failure is not None:
                    on_failure(exc)
                else:
                    log.error("could not prepare for a background job", exc_info=exc)
                return
            self._before_first_job = None
        self._next_number += 1
        self._callbacks[self._next_number] = (on_success, on_failure)
        if not self._busy_timer.isActive() and not self._busy_shown:
            self._busy_timer.start()
        (self._aside if aside else self._pool).start(_Job(self._next_number, fn, self._relay))

    def run_steps(
        self,
        steps: Generator[float, None, Any],
        *,
        on_success: OnSuccess | None = None,
        on_failure: OnFailure | None = None,
        on_progress: Callable[[float], None] | None = None,
    ) -> StepsJob:
        """Run one step of ``steps`` per job until it returns; each next step queues behind the
        jobs asked for meanwhile. ``on_progress(done)`` gets each step's 0..1 on the GUI thread."""
        job = StepsJob(steps)

        def step() -> tuple[bool, Any]:
            try:
                return False, next(steps)
            except StopIteration as done:
                return True, done.value

        def stepped(outcome: tuple[bool, Any]) -> None:
            finished, value = outcome
            if finished:
                job.done = True
                if on_success is not None and not job.cancelled:
                    on_success(value)
            elif job.cancelled:
                job.done = True
                steps.close()
            else:
                if on_progress is not None:
                    on_progress(value)
                self.run(step, on_success=stepped, on_failure=failed)

        def failed(exc: Exception) -> None:
            job.done = True
            if job.cancelled:
                return
            if on_failure is not None:
                on_failure(exc)
            else:
                log.error("background job failed", exc_info=exc)

        self.run(step, on_success=stepped, on_failure=failed)
        return job

    def _finished(self, number: int, succeeded: bool, outcome: Any) -> None:
        on_success, on_failure = self._callbacks.pop(number, (None, None))
        if not self._callbacks:
            self._end_busy()
        callback = on_success if succeeded else on_failure
        if callback is not None:
            callback(outcome)
        elif not succeeded:
            log.error("background job failed", exc_info=outcome)
        if not self._callbacks:
            self.idle.emit()

    def is_busy(self) -> bool:
        return bool(self._callbacks)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until both workers are idle (for shutdown)."""
        return self._pool.waitForDone(msecs) and self._aside.waitForDone(msecs)

    def _show_busy(self) -> None:
        if self._callbacks and not self._busy_shown:
            from PySide6.QtCore import Qt  # not at import: see kiosk/ui/__init__.py

            QApplication.setOverrideCursor(Qt.WaitCursor)
            self._busy_shown = True

    def _end_busy(self) -> None:
        self._busy_timer.stop()
        if self._busy_shown:
            QApplication.restoreOverrideCursor()
            self._busy_shown = False


def user_message(exc: Exception) -> str:
    """The text to show for a failed job: a KnownError as it is, a bug as an apology (and logged)."""
    from kiosk.core.errors import KnownError

    if isinstance(exc, KnownError):
        if exc.said is not None:
            from kiosk.ui.i18n import translated

            return " ".join(translated(exc.said).split())
        return str(exc)
    log.error("unexpected error in a background job", exc_info=exc)
    return QApplication.translate("tasks", "Something went wrong. Please tell the facilitator.")
