"""Long work in short steps, so a busy kiosk's other jobs never wait long behind it.

A long job (the facilitator's report, its export) is a generator: it does a short step of
work, yields how far it got (0..1), and returns its result at the end. The app's task runner
runs one step per job (``kiosk.ui.tasks.TaskRunner.run_steps``), so a learner's answer waits
behind one step, never behind the whole. The command line and the tests run every step at
once with ``run_to_end``.
"""

from __future__ import annotations

import time
from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")

Steps = Generator[float, None, T]  # yields the fraction done; returns the result

STEP_SECONDS = 0.2  # how long one step may work before it lets other jobs in


class StepClock:
    """Ends a step once it has worked its time: ``yield from clock.pause(done)`` between small pieces of work."""

    def __init__(self, seconds: float | None = None) -> None:
        self._seconds = STEP_SECONDS if seconds is None else seconds
        self._started = time.perf_counter()

    def pause(self, done: float) -> Generator[float, None, None]:
        """Yield ``done`` (0..1) if this step has run its time; the next step's time starts when it resumes."""
        if time.perf_counter() - self._started >= self._seconds:
            yield done
            self._started = time.perf_counter()


def run_to_end(steps: Steps[T]) -> T:
    """Run every step at once; the generator's result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def scaled(steps: Steps[T], start: float, end: float) -> Steps[T]:
    """Run ``steps`` as the part ``start``..``end`` of a larger job: its fractions scaled, its result returned."""
    while True:
        try:
            done = next(steps)
        except StopIteration as finished:
            return finished.value
        yield start + (end - start) * done
