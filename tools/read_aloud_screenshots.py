"""Render docs/screenshots/lesson-arabic.png and quiz-arabic.png offscreen: the Arabic app at
1024x600, the Arabic sample pack, a sentence being read aloud (into the silent null sound device).

Run from the checkout after ``python content_packs/build_all.py``:
``python tools/read_aloud_screenshots.py [--pack ID] [--language CODE] [--out DIR]``.
Uses a throw-away KIOSK_HOME.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["KIOSK_AUDIO_BACKEND"] = "null"
os.environ["KIOSK_HOME"] = tempfile.mkdtemp(prefix="kiosk-shots-")
OUT = ROOT / "docs" / "screenshots"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", default="kiosk.sample.digital-basics-ar")
    parser.add_argument("--language", default="ar")
    parser.add_argument("--learner", default="ليلى حسن")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--suffix", default="arabic")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from kiosk import paths
    from kiosk.core.learners.profiles import create_learner, log_in
    from kiosk.core.packs.library import install_sample_packs
    from kiosk.core.setup import load_settings, set_up_kiosk, update_settings
    from kiosk.core.storage.db import init_db

    init_db(paths.database_path())
    set_up_kiosk(organisation="Riverside Community Centre", kiosk_name="Library PC 2", admin_pin="123456")
    install_sample_packs()
    update_settings(language=args.language)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kiosk.ui.i18n import install_language
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.tasks import TaskRunner
    from kiosk.ui.theme import apply_theme

    apply_theme(app)
    install_language(app, args.language)
    tasks = TaskRunner()
    window = MainWindow(settings=load_settings(), tasks=tasks, idle_timeout_ms=600_000)
    window.resize(1024, 600)
    window.show()

    def wait(condition, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("the screen did not get there in time")
            app.processEvents()
            time.sleep(0.01)
        for _ in range(10):
            app.processEvents()

    learner = create_learner(args.learner, language=args.language)
    window._logged_in(log_in(learner.id))
    window.open_pack(args.pack)
    wait(lambda: window.current_screen_name() == "pack")
    pack_screen = window.current_screen()
    from kiosk.core.packs.reading import pack_modules

    window._open_lessons(pack_modules(pack_screen.pack)[0])
    wait(lambda: window.current_screen_name() == "lesson")
    reader = window.current_screen()
    read_aloud = window.reading_aloud()
    marks: list[tuple[int, int, int]] = []
    read_aloud.progress.connect(lambda *where: marks.append(where))
    tools = [c for c in reader.children() if c.__class__.__name__ == "LessonReadAloud"][0]
    tools.tools.read_page.click()
    wait(lambda: len(marks) >= 3)  # the third sentence is being read
    args.out.mkdir(parents=True, exist_ok=True)
    lesson_shot = args.out / f"lesson-{args.suffix}.png"
    window.grab().save(str(lesson_shot))
    read_aloud.stop()

    window.go_to("pack")
    quiz = pack_screen.pack.manifest["modules"][0]["quizzes"][0]
    window._start_quiz(pack_screen.pack.id, quiz)
    wait(lambda: window.current_screen_name() == "quiz")
    player = window.current_screen()
    while player.run.current.question.type not in ("single", "truefalse"):  # past an introduction
        position = player.run.position
        player.action.click()
        wait(lambda: player.run.position != position)
    player.answers.choices[0].click()
    player.action.click()
    wait(lambda: player.feedback.isVisible())
    quiz_tools = [c for c in player.children() if c.__class__.__name__ == "QuizReadAloud"][0]
    marks.clear()
    quiz_tools.tools.read_page.click()
    wait(lambda: len(marks) >= 2)  # the first choice is being read
    quiz_shot = args.out / f"quiz-{args.suffix}.png"
    window.grab().save(str(quiz_shot))
    read_aloud.close()
    tasks.wait_for_done()
    print(f"Wrote {lesson_shot} and {quiz_shot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
