"""Every screen, as its people reach it, at 1024x600 and 1366x768, in English, French and Arabic:
nothing cut off by the window, nothing over something else, no word left in English in a French
or Arabic app (issue #16). tools/screenshots.py takes docs/screenshots/ from the same tour."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.i18n import install_language
from kiosk.ui.theme import apply_theme
from tests.ui.screen_checks import layout_problems, untranslated
from tests.ui.screen_tour import LANGUAGES, SIZES, prepare_kiosk, settle, tour

EVERY_SCREEN = {
    "picker", "pin", "home", "my_certificates", "certificate", "pack", "lesson", "congratulations",
    "quiz-description", "quiz-single", "quiz-multiple", "quiz-truefalse", "quiz-short", "quiz-numerical",
    "quiz-matching", "quiz-essay", "quiz-single-feedback", "quiz-matching-feedback", "quiz-results",
    "admin_pin", "facilitator-learners", "facilitator-progress", "facilitator-essays", "facilitator-credentials",
    "facilitator-packs", "facilitator-backup", "facilitator-settings", "facilitator-organisation",
    "new_learner", "setup",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_fits_and_speaks_the_kiosks_language(qtbot, database, tmp_path, make_window, language):
    prepare_kiosk(tmp_path, language=language)
    app = QApplication.instance()
    apply_theme(app)
    install_language(app, language)
    window = make_window(idle_timeout_ms=3_600_000)
    seen, problems = [], []
    for screen in tour(window):
        seen.append(screen)
        for width, height in SIZES:
            window.resize(width, height)
            settle(window)
            found = layout_problems(window) + untranslated(window, language)
            problems += [f"{width}x{height} {screen}: {problem}" for problem in found]
    assert EVERY_SCREEN <= set(seen), EVERY_SCREEN - set(seen)
    if language != "en":
        assert "lesson-english-pack" in seen  # an English pack in this app keeps its own direction
    assert problems == []


def test_the_checks_find_what_a_person_would_see_wrong(qtbot):
    """The checks above can fail: a squeezed button, two widgets on top of each other, English in French."""
    install_language(QApplication.instance(), "fr")
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    cut = QPushButton("Enregistrer sur une clé USB ou dans un dossier")
    column.addWidget(cut)
    english = QLabel("Log out")
    column.addWidget(english)
    window.resize(120, 200)
    window.show()
    qtbot.waitExposed(window)
    on_top = QLabel("au-dessus", window)
    on_top.setGeometry(english.geometry())
    on_top.show()
    found = layout_problems(window)
    assert any("words cut off" in p and "Enregistrer" in p for p in found), found
    assert any("overlaps" in p for p in found), found
    assert any("'Log out' is English" in p for p in untranslated(window, "fr"))
    assert untranslated(window, "en") == []
