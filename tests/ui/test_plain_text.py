"""Pack and quiz text is shown as it is: markup in a title, a description, a module or a matching
question's left side never renders, and a question's Markdown loads no picture."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.core.learners.profiles import create_learner, log_in
from kiosk.core.packs.library import import_pack
from kiosk.core.packs.reading import installed_pack, quiz_questions
from kiosk.core.quiz.engine import QuizRun
from kiosk.ui.quiz_player import QuizPlayer
from kiosk.ui.tasks import TaskRunner
from tests.journey_packs import JOURNEY_SOURCE
from tests.ui.test_journey import log_in as log_in_on_screen

MARKUP = '<img src="{picture}"><b>bold</b>'
PACK_ID = "kiosk.sample.markup"
QUIZ = "quizzes/01-check.gift"


@pytest.fixture
def markup_pack(set_up_kiosk, tmp_path):
    """The journey pack with markup in every manifest text and in the quiz."""
    from kiosk.core.packs.build import build_pack

    picture = tmp_path / "outside.png"
    picture.write_bytes((JOURNEY_SOURCE / "media").joinpath("mouse.svg").read_bytes()
                        if (JOURNEY_SOURCE / "media" / "mouse.svg").exists() else b"")
    markup = MARKUP.format(picture=picture).replace('"', '\\"')
    src = tmp_path / "src"
    shutil.copytree(JOURNEY_SOURCE, src)
    toml = (src / "pack.toml").read_text(encoding="utf-8")
    toml = toml.replace('"kiosk.sample.journey"', f'"{PACK_ID}"')
    for title in ("Journey test pack", "Use a mouse", "Use a keyboard", "Mouse and keyboard", "Mouse and Keyboard Starter",
                  "Two skills, one credential and a short quiz, used by the journey tests."):
        toml = toml.replace(f'"{title}"', f'"{title} {markup}"')
    (src / "pack.toml").write_text(toml, encoding="utf-8")
    with open(src / QUIZ, "a", encoding="utf-8") as quiz:
        quiz.write(
            f"\n// [id:j-6] [tag:mouse]\n::Match::Match them. {{\n"
            f"  =<img src\\=\"{picture}\">Left one -> right one\n  =<b>Left two</b> -> right two\n}}\n"
            f"\n// [id:j-7] [tag:mouse]\n::Picture::[markdown]Look at ![it]({picture}) and **this**. {{T}}\n"
        )
    build_pack(src, tmp_path / "markup.kpack")
    import_pack(tmp_path / "markup.kpack")
    create_learner("Amina Diallo", pin="2468")
    return picture


def labels_with_markup(widget) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if "<img" in label.text() or "<b>" in label.text()]


def test_manifest_text_shows_as_it_is_on_home_and_pack_screens(qtbot, markup_pack, make_window):
    window = make_window()
    log_in_on_screen(qtbot, window)
    home = labels_with_markup(window.home)
    assert {label.text().split(" <img")[0].split("\n")[0] for label in home} >= {"Journey test pack"}
    assert len(home) >= 3 and all(label.textFormat() == Qt.PlainText for label in home)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(window.home.card_for(PACK_ID).open_button, Qt.LeftButton)
    pack = labels_with_markup(window.current_screen())
    assert len(pack) == 3  # title, description, module
    assert all(label.textFormat() == Qt.PlainText for label in pack)


def test_a_matching_questions_left_sides_and_markdown_pictures_never_render(qtbot, markup_pack):
    pack = installed_pack(PACK_ID)
    questions = {q.id: q for q in quiz_questions(pack, QUIZ)}
    session = log_in(1, "2468")
    tasks = TaskRunner()
    matching = QuizPlayer(QuizRun(session=session, pack_id=PACK_ID, quiz_id=QUIZ, questions=[questions["j-6"]]),
                          tasks=tasks)
    qtbot.addWidget(matching)
    # A matching question's left sides keep GIFT's format (Moodle's auto-format, issue #21) through the
    # safe subset: formatting shows, a picture never loads (its tag is dropped, not shown either).
    lefts = [label for label in matching.findChildren(QLabel) if "Left" in label.text()]
    assert len(lefts) == 2 and all(label.textFormat() == Qt.RichText for label in lefts)
    assert all("<img" not in label.text() and str(markup_pack) not in label.text() for label in lefts)
    assert any("<b>Left two</b>" in label.text() for label in lefts)
    player = QuizPlayer(QuizRun(session=session, pack_id=PACK_ID, quiz_id=QUIZ, questions=[questions["j-7"]]),
                        tasks=tasks)
    qtbot.addWidget(player)
    assert player.stem.textFormat() == Qt.RichText
    assert "<strong>this</strong>" in player.stem.text()
    assert "<img" not in player.stem.text() and str(markup_pack) not in player.stem.text()
