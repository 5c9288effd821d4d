"""Render the lesson reader and a quiz question with its feedback to docs/screenshots/ (offscreen).

Run from the repository root: python tools/screenshots_quiz.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

LESSON = """# Counting money

When you sell something, **count the change up from the price** to the amount the customer gave you.

![Coins on a counter](../media/coins.svg)

1. Say the price out loud.
2. Add coins, saying the new total each time.
3. Stop when you reach the amount you were given.

> Tip: count twice, hand over once.

Next: [Giving change](02-change.md)
"""

COINS_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="640" height="200" viewBox="0 0 640 200">
<rect width="640" height="200" fill="#f4f1ea"/>
<circle cx="140" cy="100" r="70" fill="#d9a441" stroke="#7a5a12" stroke-width="6"/>
<text x="140" y="115" font-size="44" text-anchor="middle" fill="#3b2a06" font-family="sans-serif">10</text>
<circle cx="320" cy="100" r="60" fill="#c0c0c0" stroke="#555" stroke-width="6"/>
<text x="320" y="115" font-size="40" text-anchor="middle" fill="#222" font-family="sans-serif">5</text>
<circle cx="480" cy="100" r="50" fill="#b87333" stroke="#5a3410" stroke-width="6"/>
<text x="480" y="113" font-size="36" text-anchor="middle" fill="#fff" font-family="sans-serif">1</text>
</svg>
"""

QUIZ = """// [id:change-1] [tag:change]
::Change:: A bread costs 35. The customer gives you 50. How much change do you give?{
=15#Yes: 35 + 5 = 40, + 10 = 50.
~25#No: count up from 35 to 50.
~%50%15 and a receipt#Right amount; a receipt is kind but not needed.
~35#That is the price, not the change.
####Count up from the price to the amount given.
}
"""


def settle(app: QApplication, ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def main() -> int:
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KIOSK_HOME"] = tmp
        from kiosk.core.learners.profiles import create_learner, log_in
        from kiosk.core.quiz.engine import QuizRun
        from kiosk.core.quiz.gift import parse_gift
        from kiosk.core.storage.db import close_db, init_db
        from kiosk.ui.lesson_reader import LessonReader
        from kiosk.ui.quiz_player import QuizPlayer
        from kiosk.ui.tasks import TaskRunner
        from kiosk.ui.theme import apply_theme

        app = QApplication.instance() or QApplication(sys.argv)
        apply_theme(app)

        pack = Path(tmp) / "pack"
        (pack / "lessons").mkdir(parents=True)
        (pack / "media").mkdir()
        (pack / "media" / "coins.svg").write_text(COINS_SVG, encoding="utf-8")
        (pack / "lessons" / "01-counting.md").write_text(LESSON, encoding="utf-8")
        (pack / "lessons" / "02-change.md").write_text("# Giving change\n", encoding="utf-8")
        reader = LessonReader(sorted((pack / "lessons").glob("*.md")), pack)
        reader.resize(1024, 600)
        reader.show()
        settle(app)
        reader.grab().save(str(out / "lesson-reader.png"))

        init_db(Path(tmp) / "kiosk.db")
        session = log_in(create_learner("Amina").id)
        run = QuizRun(session=session, pack_id="money", quiz_id="change", questions=parse_gift(QUIZ).questions, seed=3)
        tasks = TaskRunner()
        player = QuizPlayer(run, tasks=tasks)
        player.resize(1024, 600)
        player.show()
        settle(app)
        wrong = run.current.choices_in_order.index("25")
        player._inputs[wrong].setChecked(True)
        player._act()
        tasks.wait_for_done()
        settle(app, 400)
        player.grab().save(str(out / "quiz-feedback.png"))
        tasks.wait_for_done()
        close_db()
    print(f"wrote {out / 'lesson-reader.png'} and {out / 'quiz-feedback.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
