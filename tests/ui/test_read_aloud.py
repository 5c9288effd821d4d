"""Reading aloud on the lesson and quiz screens: speakers beside each paragraph, question, choice
and feedback, reached by keyboard too; the sentence being read is marked; reading stops when the
learner moves on; each learner keeps a speed. Sound goes to miniaudio's null device."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.core.learners.profiles import create_learner, log_in
from kiosk.core.quiz.engine import QuizRun
from kiosk.core.quiz.gift import parse_gift
from kiosk.ui.lesson_reader import LessonReader
from kiosk.ui.quiz_player import QuizPlayer
from kiosk.ui.read_aloud import ReadAloud, SpeakerButton, attach_lesson_reader, attach_quiz_player
from kiosk.ui.tasks import TaskRunner

AUDIO = Path(__file__).resolve().parents[1] / "fixtures" / "audio"
LESSON = """# The mouse

A mouse moves the arrow. Click to choose.

- Left button: choose.
- Right button: a menu.

Hold it lightly.
"""
BANK = parse_gift(
    """// [id:open]
::Open:: How do you open a file? It is on the desktop. {=Double-click it#Right. Two quick clicks. ~Right-click it#No: that opens a menu.}

// [id:tf]
::Hard:: Press hard on a touch screen. {F}
"""
).questions


class Pack:
    """An installed pack's record, as much as the read-aloud screens use."""

    def __init__(self, folder: Path, language: str = "en", files: tuple[str, ...] = ()) -> None:
        self.id = "kiosk.sample.mini"
        self.folder = str(folder)
        self.language = language
        self.manifest = {"files": {name: {} for name in files}}


@pytest.fixture
def tasks(qtbot):
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


@pytest.fixture
def controller(qtbot, tasks):
    read_aloud = ReadAloud(tasks=tasks, backend="null")
    marks: list[tuple[int, int, int]] = []
    read_aloud.progress.connect(lambda *where: marks.append(where))
    read_aloud.marks = marks
    yield read_aloud
    read_aloud.close()


@pytest.fixture
def lessons(tmp_path) -> Path:
    folder = tmp_path / "pack"
    (folder / "lessons").mkdir(parents=True)
    (folder / "lessons" / "01-mouse.md").write_text(LESSON, encoding="utf-8")
    (folder / "lessons" / "02-keys.md").write_text("# Keys\n\nType with the keys.\n", encoding="utf-8")
    return folder


@pytest.fixture
def reader(qtbot, lessons, controller):
    widget = LessonReader(sorted((lessons / "lessons").glob("*.md")), lessons, tasks=TaskRunner())
    widget.read_aloud = attach_lesson_reader(widget, controller, pack=Pack(lessons))
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.show()
    qtbot.waitExposed(widget)
    # The lesson's text is made on a worker; its speakers come with it.
    qtbot.waitUntil(lambda: widget.browser.toPlainText() != "" and len(widget.read_aloud.speakers) > 0, timeout=10_000)
    return widget


def marked_text(browser) -> str:
    selections = browser.extraSelections()
    return selections[0].cursor.selectedText() if selections else ""


def tab_through(qtbot, start, presses: int) -> list:
    start.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_each_paragraph_and_list_has_a_named_speaker_but_headings_do_not(reader):
    speakers = [button for _unit, button in reader.read_aloud.speakers]
    assert len(speakers) == 3  # two paragraphs and the list
    names = [button.accessibleName() for button in speakers]
    assert names[0] == "Read aloud: A mouse moves the arrow. Click…"
    assert names[1].startswith("Read aloud: Left button: choose.")
    assert all(button.isVisible() for button in speakers)
    # Each beside the top of its own paragraph, in the gutter left of the text.
    tops = [button.y() for button in speakers]
    assert tops == sorted(tops) and len(set(tops)) == 3
    assert all(button.x() < reader.browser.viewport().x() for button in speakers)


def test_the_speakers_are_reached_with_tab_and_pressed_with_enter(qtbot, reader, controller):
    speakers = [button for _unit, button in reader.read_aloud.speakers]
    seen = tab_through(qtbot, reader.browser, 6)
    assert all(speaker in seen for speaker in speakers)
    assert seen.index(speakers[0]) < seen.index(speakers[1]) < seen.index(speakers[2])
    speakers[1].setFocus()
    qtbot.keyClick(speakers[1], Qt.Key_Return)
    qtbot.waitUntil(controller.is_reading, timeout=5_000)
    qtbot.waitUntil(lambda: marked_text(reader.browser) != "", timeout=30_000)
    assert marked_text(reader.browser) == "Left button: choose."
    assert speakers[1].isChecked() and not speakers[0].isChecked()
    qtbot.waitUntil(lambda: not controller.is_reading(), timeout=30_000)  # read to its end
    assert marked_text(reader.browser) == "" and not speakers[1].isChecked()


def test_read_this_page_marks_each_sentence_in_turn(qtbot, reader, controller):
    tools = reader.read_aloud.tools
    assert tools.read_page.text() == "Read this page"
    with qtbot.waitSignal(controller.reading_changed, timeout=5_000):
        tools.read_page.click()
    assert tools.read_page.text() == "Stop reading"
    heard: list[str] = []
    controller.progress.connect(lambda *_where: heard.append(marked_text(reader.browser)))
    qtbot.waitUntil(lambda: not controller.is_reading(), timeout=60_000)
    assert heard == ["The mouse", "A mouse moves the arrow.", "Click to choose.", "Left button: choose.",
                     "Right button: a menu.", "Hold it lightly."]
    assert tools.read_page.text() == "Read this page"


def test_reading_stops_when_the_learner_moves_on(qtbot, reader, controller):
    reader.read_aloud.tools.read_page.click()
    qtbot.waitUntil(lambda: marked_text(reader.browser) != "", timeout=30_000)
    reader.next.click()  # the next lesson
    assert not controller.is_reading()
    assert marked_text(reader.browser) == ""
    qtbot.waitUntil(lambda: len(reader.read_aloud.speakers) == 1, timeout=5_000)
    assert reader.read_aloud.speakers[0][1].accessibleName() == "Read aloud: Type with the keys."


def test_pressing_the_speaker_of_the_paragraph_being_read_stops_it(qtbot, reader, controller):
    speaker = reader.read_aloud.speakers[0][1]
    speaker.click()
    qtbot.waitUntil(lambda: marked_text(reader.browser) != "", timeout=30_000)
    speaker.click()
    assert not controller.is_reading() and not speaker.isChecked()


def test_a_lesson_recording_plays_instead_of_the_voice(qtbot, lessons, controller):
    (lessons / "pack.kpack").unlink(missing_ok=True)
    (lessons / "media" / "audio").mkdir(parents=True)
    (lessons / "media" / "audio" / "01-mouse.ogg").write_bytes((AUDIO / "welcome.ogg").read_bytes())
    widget = LessonReader(sorted((lessons / "lessons").glob("*.md")), lessons, tasks=TaskRunner())
    qtbot.addWidget(widget)
    tools = attach_lesson_reader(widget, controller, pack=Pack(lessons, files=("media/audio/01-mouse.ogg",)))
    qtbot.waitUntil(lambda: widget.browser.toPlainText() != "", timeout=10_000)  # made on a worker
    page = tools.page()
    assert len(page) == 1 and page[0].recording.name == "media/audio/01-mouse.ogg"
    tools.tools.read_page.click()
    qtbot.waitUntil(lambda: controller.marks != [], timeout=30_000)
    assert controller.marks[0] == (0, 0, len(page[0].text))  # one piece, not sentence by sentence
    widget.next.click()
    assert attach_lesson_reader(widget, controller, pack=Pack(lessons, files=("media/audio/01-mouse.ogg",))).page()[0].recording is None


@pytest.fixture
def session(database):
    return log_in(create_learner("Ada").id)


@pytest.fixture
def player(qtbot, tasks, session, controller, tmp_path):
    run = QuizRun(session=session, pack_id="kiosk.sample.mini", quiz_id="quizzes/01-devices.gift", questions=BANK,
                  seed=3)
    widget = QuizPlayer(run, tasks=tasks)
    widget.read_aloud = attach_quiz_player(widget, controller, pack=Pack(tmp_path))
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_question_and_each_choice_have_a_speaker_reached_by_keyboard(qtbot, player):
    tools = player.read_aloud
    assert tools.stem_speaker.accessibleName() == "Read the question aloud"
    assert [s.accessibleName() for s in tools.choice_speakers] == ["Read choice 1 aloud", "Read choice 2 aloud"]
    assert not tools.feedback_speaker.isVisible()
    # Tab goes from the question's speaker to the choice, then to its speaker (Tab leaves a group of
    # radio buttons, as everywhere in Qt: the arrows or the digits move between choices).
    seen = tab_through(qtbot, tools.stem_speaker, 4)
    assert seen[:3] == [tools.stem_speaker, player.answers.choices[0], tools.choice_speakers[0]]
    assert tools.choice_speakers[1] in seen[3:]
    # Enter on a speaker reads its choice; it does not check the answer.
    tools.choice_speakers[1].setFocus()
    qtbot.keyClick(tools.choice_speakers[1], Qt.Key_Enter)
    qtbot.waitUntil(lambda: "dashed" in player.answers.choices[1].styleSheet(), timeout=30_000)
    assert not player.run.current_answered
    qtbot.waitUntil(lambda: "dashed" not in player.answers.choices[1].styleSheet(), timeout=30_000)


def test_the_question_is_marked_sentence_by_sentence(qtbot, player, controller):
    player.read_aloud.stem_speaker.click()
    qtbot.waitUntil(lambda: len(controller.marks) >= 2, timeout=30_000)
    assert "background-color:#ffe680" in player.stem.text()
    assert controller.marks[:2] == [(0, 0, 23), (0, 24, 45)]  # "How do you open a file?" then "It is on..."
    qtbot.waitUntil(lambda: not controller.is_reading(), timeout=30_000)
    assert "#ffe680" not in player.stem.text()  # put back as it was


def test_the_feedback_can_be_read_and_the_next_question_stops_reading(qtbot, player, controller):
    tools = player.read_aloud
    right = player.run.current.choices_in_order.index("Double-click it")
    player.answers.choices[right].click()
    tools.tools.read_page.click()  # the page: question, choices
    assert controller.is_reading()
    player.action.click()  # check the answer: reading stops, the feedback gets its speaker
    qtbot.waitUntil(lambda: player.feedback.isVisible(), timeout=10_000)
    assert not controller.is_reading()
    assert tools.feedback_speaker.isVisible()
    tools.feedback_speaker.click()
    qtbot.waitUntil(lambda: "#ffe680" in player.feedback.text(), timeout=30_000)
    assert tools.feedback().text.startswith("✔ Right!")
    player.action.click()  # the next question
    assert not controller.is_reading()
    assert player.run.current.question.id == "tf"
    assert [s.accessibleName() for s in tools.choice_speakers] == ["Read choice 1 aloud", "Read choice 2 aloud"]
    assert [p.text for p in tools.page()][1:] == ["1. True", "2. False"]


def test_the_speed_is_kept_with_the_learner(qtbot, player, controller, session, tasks, database):
    controller.set_session(session)
    speed = player.read_aloud.tools.speed
    assert speed.text() == "Speed: normal"
    speed.click()
    assert speed.text() == "Speed: fast" and controller.speed == "fast"
    speed.click()
    assert speed.text() == "Speed: slow"
    qtbot.waitUntil(lambda: not tasks.is_busy(), timeout=10_000)
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT speech_speed FROM learner WHERE id = ?", (session.learner_id,)).fetchone() == ("slow",)
    controller.set_session(session)  # the same learner again, before the session is read anew
    assert controller.speed == "slow"
    assert log_in(session.learner_id).speech_speed == "slow"


def test_no_sound_device_is_said_in_plain_words(qtbot, lessons, tasks, monkeypatch):
    from kiosk.core.speech import audio

    def no_device(*_args, **_kwargs):
        raise audio.AudioUnavailable("No sound device is working on this computer. Ask the facilitator.")

    monkeypatch.setattr("kiosk.core.speech.narrator.AudioPlayer", no_device)
    read_aloud = ReadAloud(tasks=tasks, backend="null")
    try:
        with qtbot.waitSignal(read_aloud.failed, timeout=30_000) as said:
            read_aloud.read([__import__("kiosk.ui.read_aloud", fromlist=["Spoken"]).Spoken("Hello.", "en")])
        assert said.args == ["No sound device is working on this computer. Ask the facilitator."]
        assert not read_aloud.is_reading()
    finally:
        read_aloud.close()


def test_speaker_buttons_are_big_enough_to_touch(reader):
    button = reader.read_aloud.speakers[0][1]
    assert isinstance(button, SpeakerButton)
    assert button.width() >= 44 and button.height() >= 44
