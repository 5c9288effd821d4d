"""Start-up time and memory: Kiosk's first screen against a bare PySide6 window (the floor).

Each run starts a fresh process (offscreen Qt) and reads the line it prints when its first
window is painted: the time, and the peak RSS so far. Kiosk opens its storage (peewee, the
models) just after that paint, so its peak over the whole run, read from os.wait4, is
printed too. Prints the medians and the ratios to the floor. Targets: time ≤ 1.5×,
memory at the first paint ≤ 1.3×.

    python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BARE_WINDOW = """
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
window = QLabel("Hello")
window.resize(1280, 800)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint:
            print(f"first-paint {time.time():.6f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""

# The app's own functions and commands these figures time (tests/test_benchmarks.py checks them).
APP_PATHS = {"start-up to first paint": "kiosk app --exit-after-first-paint"}


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from spawning to first paint, peak RSS at that paint and over the whole run (MiB)."""
    started = time.time()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
    painted = None
    for line in proc.stdout:
        if line.startswith("first-paint "):
            _, when, peak_kib = line.split()
            painted, peak_at_paint = float(when), int(peak_kib) / 1024  # ru_maxrss is KiB on Linux
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if painted is None or proc.returncode != 0:
        raise SystemExit(f"{argv} did not report a first paint (exit {proc.returncode})")
    return painted - started, peak_at_paint, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    # An installed Kiosk runs from compiled bytecode (pip and the bundle compile it); so does
    # this benchmark, even where PYTHONDONTWRITEBYTECODE is set.
    compileall.compile_dir(REPO / "kiosk", quiet=1)
    home = tempfile.mkdtemp(prefix="kiosk-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_HOME=home)
    kiosk = [sys.executable, "-m", "kiosk"]
    subprocess.run([*kiosk, "init", "--org", "Bench", "--kiosk-name", "PC", "--admin-pin", "123456"], env=env, check=True,
                   capture_output=True, cwd=REPO)
    for name in ("Amina Diallo", "Kofi Mensah", "Zainab Okoye"):
        subprocess.run([*kiosk, "learner", "add", name], env=env, check=True, capture_output=True, cwd=REPO)

    subjects = {
        "bare PySide6 window (floor)": [sys.executable, "-c", BARE_WINDOW],
        "kiosk app (learner picker)": [*kiosk, "app", "--exit-after-first-paint"],
    }
    for argv in subjects.values():
        measure(argv, env)  # warm the file cache
    # Interleaved, so a busy moment on the machine falls on both alike.
    runs: dict[str, list[tuple[float, float, float]]] = {label: [] for label in subjects}
    for _ in range(args.runs):
        for label, argv in subjects.items():
            runs[label].append(measure(argv, env))
    results = {
        label: {
            "seconds": statistics.median(r[0] for r in figures),
            "peak_mib": statistics.median(r[1] for r in figures),  # at the first paint
            "peak_whole_run_mib": statistics.median(r[2] for r in figures),
        }
        for label, figures in runs.items()
    }
    floor, kiosk_figures = results["bare PySide6 window (floor)"], results["kiosk app (learner picker)"]
    ratios = {
        "time_ratio": kiosk_figures["seconds"] / floor["seconds"],
        "memory_ratio": kiosk_figures["peak_mib"] / floor["peak_mib"],
        "memory_whole_run_ratio": kiosk_figures["peak_whole_run_mib"] / floor["peak_whole_run_mib"],
    }
    if args.json:
        print(json.dumps({"runs": args.runs, **results, **ratios}, indent=2))
        return 0
    print(f"start-up to first paint, median of {args.runs} runs (offscreen)")
    for label, figures in results.items():
        print(f"  {label:32} {figures['seconds'] * 1000:7.0f} ms   peak at paint {figures['peak_mib']:6.1f} MiB"
              f"   whole run {figures['peak_whole_run_mib']:6.1f} MiB")
    print(f"  ratio to floor: time {ratios['time_ratio']:.2f}x (target ≤ 1.5x), "
          f"memory at paint {ratios['memory_ratio']:.2f}x (target ≤ 1.3x), "
          f"whole run (storage open) {ratios['memory_whole_run_ratio']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
