"""The task runner: results come back on the GUI thread, failures are reported, nothing leaks."""

import os
import subprocess
import sys
import threading

from kiosk.core.errors import KnownError
from kiosk.ui.tasks import TaskRunner, user_message


def test_results_and_failures_come_back_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    seen = []

    def work():
        return threading.get_ident()

    def fail():
        raise KnownError("The USB stick was removed.")

    with qtbot.waitSignal(runner.idle, timeout=10_000):
        runner.run(work, on_success=lambda worker: seen.append(("ok", worker != gui_thread, threading.get_ident())))
        runner.run(fail, on_failure=lambda exc: seen.append(("failed", user_message(exc), threading.get_ident())))
    assert seen == [("ok", True, gui_thread), ("failed", "The USB stick was removed.", gui_thread)]
    assert not runner.is_busy()


def test_what_must_come_first_runs_once_on_the_gui_thread_and_again_after_a_failure(qtbot):
    """The app opens its storage this way if a tap comes before the first paint's follow-up."""
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    calls, results, failures = [], [], []
    state = {"disk_ready": False}

    def prepare():
        calls.append(threading.get_ident())
        if not state["disk_ready"]:
            raise KnownError("The data folder cannot be written.")

    runner.before_first_job(prepare)
    runner.run(lambda: "never", on_success=results.append, on_failure=lambda exc: failures.append(user_message(exc)))
    assert failures == ["The data folder cannot be written."] and results == [] and not runner.is_busy()
    state["disk_ready"] = True
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        runner.run(lambda: "first", on_success=results.append)
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        runner.run(lambda: "second", on_success=results.append)
    assert results == ["first", "second"]
    assert calls == [gui_thread, gui_thread]  # failed once, succeeded once, then never again


def test_a_bug_in_a_job_is_shown_as_an_apology_not_its_details(qtbot):
    runner = TaskRunner()
    messages = []
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        runner.run(lambda: 1 / 0, on_failure=lambda exc: messages.append(user_message(exc)))
    assert messages == ["Something went wrong. Please tell the facilitator."]


LEAK_CHECK = """
import gc, os, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk.ui.tasks import TaskRunner
runner = TaskRunner()
done = []
gc.collect()
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(3000):
    runner.run(lambda: None, on_success=lambda _: done.append(1))
while len(done) < 3000:
    app.processEvents()
gc.collect()
after = sys.getrefcount(None), sys.getrefcount(True)
print(before[0] - after[0], before[1] - after[1])
"""


def test_thousands_of_jobs_leak_no_references():
    """PySide6 6.12.0 dropped a reference to None (and True) on every job: a kiosk crashed after a
    few thousand answers. The pin in pyproject.toml keeps that release out; this test notices it.
    It runs in a fresh interpreter, where nothing else moves those counts."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", LEAK_CHECK], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lost_none, lost_true = map(int, result.stdout.split())
    assert lost_none < 300 and lost_true < 300


def test_work_in_steps_lets_a_job_asked_for_meanwhile_in_between(qtbot):
    runner = TaskRunner()
    order, progress, results = [], [], []

    def report():
        for step in range(3):
            order.append(f"step {step}")
            yield (step + 1) / 3
        order.append("last step")
        return "the report"

    with qtbot.waitSignal(runner.idle, timeout=10_000):
        runner.run_steps(report(), on_success=results.append, on_progress=progress.append)
        runner.run(lambda: order.append("a learner's answer"))
    assert order == ["step 0", "a learner's answer", "step 1", "step 2", "last step"]
    assert progress == [1 / 3, 2 / 3, 1.0] and results == ["the report"]
    assert not runner.is_busy()


def test_a_cancelled_job_in_steps_stops_before_its_next_step(qtbot):
    runner = TaskRunner()
    order, results = [], []

    def report():
        try:
            for step in range(3):
                order.append(f"step {step}")
                yield (step + 1) / 3
            return "the report"
        finally:
            order.append("closed")

    with qtbot.waitSignal(runner.idle, timeout=10_000):
        job = runner.run_steps(report(), on_success=results.append, on_failure=results.append)
        job.cancel()
    assert order == ["step 0", "closed"] and results == [] and job.done
