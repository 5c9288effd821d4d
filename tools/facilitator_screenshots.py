"""Render docs/screenshots/facilitator-report.png and home-arabic.png offscreen.

Run from the checkout after ``python content_packs/build_all.py``:
``python tools/facilitator_screenshots.py``. Uses a throw-away KIOSK_HOME.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["KIOSK_HOME"] = tempfile.mkdtemp(prefix="kiosk-shots-")
OUT = ROOT / "docs" / "screenshots"


def record_answers(learner_id: int, pack, *, count: int, right_every: int) -> None:
    """Store answers as a quiz would (every ``right_every``-th right), tagged with the pack's skills."""
    from kiosk.core.clock import utcnow
    from kiosk.core.storage import repo

    skills = [s["id"] for s in pack.manifest.get("skills", [])]
    now = utcnow()
    attempt = repo.insert_quiz_attempt(learner_id=learner_id, pack_id=pack.id, quiz_id="quizzes/x.gift", seed=1, started_at=now)
    for i in range(count):
        right = i % right_every == 0
        repo.record_quiz_response(
            attempt_id=attempt.id, learner_id=learner_id, question_id=f"q{i}", skills=[skills[i % len(skills)]],
            response=True, fraction=1.0 if right else 0.0, correct=right, answered_at=now, review_status=None,
        )
    repo.finish_quiz_attempt(attempt_id=attempt.id, learner_id=learner_id, score=0.5, finished_at=now)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from kiosk import paths
    from kiosk.core.learners.profiles import create_learner, log_in
    from kiosk.core.packs.library import install_sample_packs
    from kiosk.core.setup import load_settings, set_up_kiosk, update_settings
    from kiosk.core.storage import repo
    from kiosk.core.storage.db import init_db

    init_db(paths.database_path())
    set_up_kiosk(organisation="Riverside Community Centre", kiosk_name="Library PC 2", admin_pin="123456")
    install_sample_packs()
    packs = repo.list_installed_packs()
    for name, count, right_every in (("Amina Diallo", 24, 1), ("Bob Martin", 14, 5), ("Chen Wei", 6, 2)):
        learner = create_learner(name)
        record_answers(learner.id, packs[0], count=count, right_every=right_every)
        if name == "Amina Diallo":
            record_answers(learner.id, packs[1], count=8, right_every=1)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kiosk.ui.i18n import install_language
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.tasks import TaskRunner
    from kiosk.ui.theme import apply_theme

    apply_theme(app)
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(window, tasks):
        for _ in range(200):
            app.processEvents()
            if not tasks.is_busy():
                break
            tasks.wait_for_done() if hasattr(tasks, "wait_for_done") else None
        for _ in range(20):
            app.processEvents()

    tasks = TaskRunner()
    window = MainWindow(settings=load_settings(), tasks=tasks, idle_timeout_ms=600_000)
    window.resize(1280, 800)
    window.show()
    window._admin_pin_checked(True) if False else window.go_to("facilitator")
    console = window.current_screen()
    console.tabs.setCurrentWidget(console.progress)
    settle(window, tasks)
    window.grab().save(str(OUT / "facilitator-report.png"))
    window.close()

    update_settings(language="ar")
    install_language(app, "ar")
    tasks2 = TaskRunner()
    window2 = MainWindow(settings=load_settings(), tasks=tasks2, idle_timeout_ms=600_000)
    window2.resize(1280, 800)
    window2.show()
    learner = create_learner("ليلى حسن", language="ar")
    window2._logged_in(log_in(learner.id))
    settle(window2, tasks2)
    window2.grab().save(str(OUT / "home-arabic.png"))
    print(f"Wrote {OUT / 'facilitator-report.png'} and {OUT / 'home-arabic.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
