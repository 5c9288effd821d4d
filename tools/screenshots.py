"""Photograph every screen of the app (the tour of tests/ui/screen_tour.py) offscreen.

Run from the checkout: ``python tools/screenshots.py [--out FOLDER] [--all]``. By default it
refreshes docs/screenshots/ (the screens of ``DOC_SHOTS``, at 1024x600); ``--all`` writes every
screen in English, French and Arabic at 1024x600 and 1366x768 to FOLDER. Either way it prints what
tests/ui/test_every_screen.py would find wrong on each. Uses a throw-away KIOSK_HOME.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["KIOSK_AUDIO_BACKEND"] = "null"
DOCS = ROOT / "docs" / "screenshots"
# What docs/screenshots/ holds, at 1024x600: (language, screen) -> file name. The README shows
# learner-picker.png and home.png; lesson-arabic.png and quiz-arabic.png (a lesson and a quiz being
# read aloud) come from tools/read_aloud_screenshots.py.
DOC_SHOTS = {
    ("en", "picker"): "learner-picker.png",
    ("en", "pin"): "pin.png",
    ("en", "new_learner"): "new-learner.png",
    ("en", "home"): "home.png",
    ("en", "my_certificates"): "my-certificates.png",
    ("en", "certificate"): "certificate.png",
    ("en", "pack"): "pack.png",
    ("en", "lesson"): "lesson.png",
    ("en", "congratulations"): "congratulations.png",
    ("en", "quiz-single"): "quiz.png",
    ("en", "quiz-multiple-feedback"): "quiz-feedback.png",
    ("en", "quiz-matching-feedback"): "quiz-matching-feedback.png",
    ("en", "quiz-results"): "quiz-results.png",
    ("en", "facilitator-learners"): "facilitator-learners.png",
    ("en", "facilitator-progress"): "facilitator-report.png",
    ("en", "facilitator-essays"): "facilitator-essays.png",
    ("en", "facilitator-credentials"): "facilitator-credentials.png",
    ("en", "facilitator-packs"): "facilitator-packs.png",
    ("en", "facilitator-backup"): "facilitator-backup.png",
    ("en", "facilitator-settings"): "facilitator-settings.png",
    ("en", "facilitator-organisation"): "facilitator-organisation.png",
    ("en", "setup"): "setup.png",
    ("fr", "home"): "home-french.png",
    ("fr", "quiz-matching-feedback"): "quiz-feedback-french.png",
    ("fr", "facilitator-progress"): "facilitator-report-french.png",
    ("ar", "picker"): "learner-picker-arabic.png",
    ("ar", "home"): "home-arabic.png",
    ("ar", "lesson-english-pack"): "lesson-english-pack-arabic.png",
    ("ar", "quiz-multiple-feedback"): "quiz-feedback-arabic.png",
    ("ar", "quiz-results"): "quiz-results-arabic.png",
}


def photograph(language: str, out: Path, *, sizes, every: bool) -> list[str]:
    """Run the tour in ``language``; write the pictures; return what the checks found."""
    from PySide6.QtWidgets import QApplication

    from kiosk import paths
    from kiosk.core.setup import load_settings
    from kiosk.core.storage.db import close_db, init_db
    from kiosk.ui.i18n import install_language
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.tasks import TaskRunner
    from kiosk.ui.theme import apply_theme
    from tests.ui.screen_checks import layout_problems, untranslated
    from tests.ui.screen_tour import settle, tour

    home = Path(tempfile.mkdtemp(prefix=f"kiosk-tour-{language}-"))
    os.environ["KIOSK_HOME"] = str(home / "home")
    os.environ["KIOSK_SAMPLE_PACKS_DIR"] = str(home / "no-samples")
    from tests.ui.screen_tour import prepare_kiosk

    init_db(paths.database_path())
    prepare_kiosk(home, language=language)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    install_language(app, language)
    window = MainWindow(settings=load_settings(), tasks=TaskRunner(), idle_timeout_ms=3_600_000)
    window.resize(*sizes[0])
    window.show()
    problems: list[str] = []
    for screen in tour(window):
        for width, height in sizes:
            window.resize(width, height)
            settle(window)
            found = layout_problems(window) + untranslated(window, language)
            problems += [f"{language} {width}x{height} {screen}: {p}" for p in found]
            if every:
                window.grab().save(str(out / f"{screen}-{language}-{width}x{height}.png"))
            elif (language, screen) in DOC_SHOTS:
                window.grab().save(str(out / DOC_SHOTS[language, screen]))
    window.close()
    window.deleteLater()
    QApplication.instance().processEvents()
    close_db()
    install_language(app, "en")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS)
    parser.add_argument("--all", action="store_true", help="every screen, language and size, with the checks' findings")
    parser.add_argument("--language", action="append", choices=("en", "fr", "ar"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = ((1024, 600), (1366, 768)) if args.all else ((1024, 600),)
    problems = []
    for language in args.language or ("en", "fr", "ar"):
        problems += photograph(language, args.out, sizes=sizes, every=args.all)
    for problem in problems:
        print(problem)
    print(f"Wrote the screens to {args.out}; {len(problems)} problems found.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
