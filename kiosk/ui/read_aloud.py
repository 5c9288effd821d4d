"""Reading aloud on the lesson and quiz screens, for learners who read little.

- ``ReadAloud``: one per window. It reads a list of ``Spoken`` pieces through the core's
  ``Narrator`` (its own thread and sound device, never the task worker where answers are
  saved), marks the sentence being read, and keeps the learner's speed.
- ``SpeakerButton``: the speaker beside a paragraph, a question, a choice or a feedback; by
  touch, mouse, Tab then Space or Enter. Pressed while its own text is read; pressed again, stops.
- ``attach_lesson_reader`` and ``attach_quiz_player`` give those screens their speakers,
  "Read this page" and the speed, without the screens knowing about speech.

The mark on the sentence being read is a yellow background with an underline (never colour
alone); a choice being read gets a thick dashed frame.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from kiosk.core.speech.recordings import Recording, lesson_recording, question_recording

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

MARK_BACKGROUND = "#ffe680"
SPEEDS = ("slow", "normal", "fast")
GUTTER = 60  # room beside a lesson's text for its paragraphs' speakers
SPEAKER_STYLE = """
QToolButton { min-width: 44px; max-width: 44px; min-height: 44px; max-height: 44px; padding: 2px;
              border: 2px solid #555555; border-radius: 8px; background: #f2f2f2; }
QToolButton:checked { background: #ffe680; border: 3px solid #1a1a1a; }
QToolButton:focus { border: 4px solid #1d4f91; }
"""
CHOICE_MARK = "border: 4px dashed #1a1a1a; background: #ffe680;"
RIGHT_TO_LEFT = ("ar", "fa", "he", "ur", "ps", "ckb", "yi")


def speaker_icon() -> QIcon:
    """A loudspeaker with two sound waves, drawn (no emoji font is needed on the kiosk)."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(Qt.NoPen)
    painter.setBrush(QColor("#1a1a1a"))
    painter.drawPolygon(
        QPolygonF([QPointF(6, 24), QPointF(18, 24), QPointF(32, 10), QPointF(32, 54), QPointF(18, 40), QPointF(6, 40)])
    )
    pen = QPen(QColor("#1a1a1a"), 5)
    pen.setCapStyle(Qt.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    painter.drawArc(26, 20, 16, 24, -50 * 16, 100 * 16)
    painter.drawArc(26, 10, 30, 44, -50 * 16, 100 * 16)
    painter.end()
    return QIcon(pixmap)


class SpeakerButton(QToolButton):
    """The speaker beside one thing to read; reachable with Tab, pressed with Space or Enter."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(speaker_icon())
        self.setIconSize(QSize(28, 28))
        self.setCheckable(True)  # checked while its own text is read
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.PointingHandCursor)
        self.setStyleSheet(SPEAKER_STYLE)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Enter presses the speaker, rather than going up to the screen (a quiz checks the answer on Enter).
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)


def _words(text: str, count: int = 6) -> str:
    words = " ".join(text.split()).split(" ")
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


@dataclass(eq=False)
class Spoken:
    """One piece to read: its text, and how the screen shows which part of it is being read."""

    text: str
    language: str
    mark: Callable[[int, int], None] | None = None  # show text[start:end] as being read
    unmark: Callable[[], None] | None = None
    recording: Recording | None = None
    button: QAbstractButton | None = None  # its own speaker, checked while it is read
    key: object = field(default=None)  # what it reads (a paragraph's place, a choice's number)


class _Relay(QObject):
    """The narrator's news, from its threads, queued to the GUI thread by Qt."""

    reading_at = Signal(int, int, int, int)
    ended = Signal(int)
    went_wrong = Signal(int, object)

    # The narrator's listener interface (called on the narrator's or the audio thread).
    def reading(self, number: int, part: int, start: int, end: int) -> None:
        self.reading_at.emit(number, part, start, end)

    def finished(self, number: int) -> None:
        self.ended.emit(number)

    def failed(self, number: int, error: Exception) -> None:
        self.went_wrong.emit(number, error)


class ReadAloud(QObject):
    """Reads ``Spoken`` pieces aloud, one reading at a time, at the learner's speed."""

    reading_changed = Signal(bool)  # a reading started (True) or ended (False)
    progress = Signal(int, int, int)  # piece index, start, end of the sentence being read
    speed_changed = Signal(str)
    failed = Signal(str)  # a message for the learner

    def __init__(self, *, tasks=None, backend: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._backend = backend
        self._narrator = None
        self._relay = _Relay(self)
        self._relay.reading_at.connect(self._reading_at)
        self._relay.ended.connect(self._ended)
        self._relay.went_wrong.connect(self._went_wrong)
        self._number = 0
        self._items: list[Spoken] = []
        self._marked: Spoken | None = None
        self._session = None
        self._chosen: dict[int, str] = {}  # speeds chosen this run, by learner
        self.speed = "normal"
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    # --- the learner and their speed ---------------------------------------------

    def set_session(self, session) -> None:
        """Read to this learner (or to nobody in particular) at their speed."""
        self._session = session
        speed = "normal"
        if session is not None:
            speed = self._chosen.get(session.learner_id, getattr(session, "speech_speed", "normal"))
        self._set_speed(speed)

    def choose_speed(self, speed: str) -> None:
        """The learner chose a speed: use it from the next sentence on, and keep it with them."""
        if speed not in SPEEDS:
            raise ValueError(speed)
        self._set_speed(speed)
        session = self._session
        if session is None:
            return
        self._chosen[session.learner_id] = speed
        if self._tasks is not None:
            from kiosk.core.learners.profiles import set_speech_speed

            self._tasks.run(
                lambda: set_speech_speed(session, speed),
                on_failure=lambda exc: log.error("could not keep the reading speed", exc_info=exc),
            )

    def _set_speed(self, speed: str) -> None:
        if speed != self.speed:
            self.speed = speed
            self.speed_changed.emit(speed)

    # --- reading -------------------------------------------------------------------

    def is_reading(self) -> bool:
        return bool(self._items)

    def is_reading_item(self, key: object) -> bool:
        return any(item.key == key for item in self._items) if key is not None else False

    def read(self, items: Sequence[Spoken]) -> None:
        from kiosk.core.speech.engine import Speed
        from kiosk.core.speech.narrator import Narrator, Part

        self._end_reading()
        items = [item for item in items if item.text.strip() or item.recording is not None]
        if not items:
            return
        if self._narrator is None:
            self._narrator = Narrator(self._relay, backend=self._backend)
        self._items = list(items)
        self._press(self._items[0])
        parts = [Part(item.text, item.language, item.recording) for item in self._items]
        self._number = self._narrator.read(parts, speed=Speed(self.speed))
        self.reading_changed.emit(True)

    def stop(self) -> None:
        """Stop reading (the learner moved on, or pressed Stop)."""
        if self._narrator is not None and self._items:
            self._narrator.stop()
        self._end_reading()

    def close(self) -> None:
        self.stop()
        if self._narrator is not None:
            self._narrator.close()
            self._narrator = None

    def _end_reading(self) -> None:
        was_reading = bool(self._items)
        self._unmark()
        self._press(None)
        self._items = []
        self._number = 0
        if was_reading:
            self.reading_changed.emit(False)

    def _press(self, item: Spoken | None) -> None:
        """Show the speaker of the piece being read pressed, and only that one."""
        for other in self._items:
            if other.button is not None and isValid(other.button):
                other.button.setChecked(other is item)

    def _unmark(self) -> None:
        marked, self._marked = self._marked, None
        if marked is not None and marked.unmark is not None:
            try:
                marked.unmark()
            except RuntimeError:  # its widget has gone with the screen
                pass

    def _reading_at(self, number: int, index: int, start: int, end: int) -> None:
        if number != self._number or index >= len(self._items):
            return
        item = self._items[index]
        if item is not self._marked:
            self._unmark()
            self._press(item)
        self._marked = item
        if item.mark is not None:
            try:
                item.mark(start, end)
            except RuntimeError:
                pass
        self.progress.emit(index, start, end)

    def _ended(self, number: int) -> None:
        if number == self._number:
            self._end_reading()

    def _went_wrong(self, number: int, error: Exception) -> None:
        if number != self._number:
            return
        self._end_reading()
        from kiosk.ui.tasks import user_message

        self.failed.emit(user_message(error))


# --- marks ---------------------------------------------------------------------------


def _mark_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(MARK_BACKGROUND))
    fmt.setForeground(QColor("#000000"))
    fmt.setFontUnderline(True)
    return fmt


class _LabelMarks:
    """Marks a sentence in a rich-text label (a question, a feedback), then puts it back."""

    def __init__(self, label: QLabel) -> None:
        self.label = label
        self._original: str | None = None
        self._shown: str | None = None

    def _document(self, html: str) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(self.label.font())
        document.setHtml(html)
        return document

    def text(self) -> str:
        return self._document(self.label.text()).toPlainText()

    def mark(self, start: int, end: int) -> None:
        if self._original is None or self.label.text() != self._shown:
            self._original = self.label.text()
        document = self._document(self._original)
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        cursor.mergeCharFormat(_mark_format())
        self._shown = document.toHtml()
        self.label.setText(self._shown)

    def unmark(self) -> None:
        if self._original is not None and isValid(self.label) and self.label.text() == self._shown:
            self.label.setText(self._original)
        self._original = self._shown = None


def _widget_marks(widget: QWidget) -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """Mark a whole widget (a choice) while it is read."""
    before: list[str] = []

    def mark(_start: int, _end: int) -> None:
        if isValid(widget) and not before:
            before.append(widget.styleSheet())
            widget.setStyleSheet(before[0] + CHOICE_MARK)

    def unmark() -> None:
        if isValid(widget) and before:
            widget.setStyleSheet(before.pop())

    return mark, unmark


def _put_beside(widget: QWidget, button: QWidget) -> QHBoxLayout | None:
    """Put ``button`` beside ``widget`` in the box layout that holds it (a question, a feedback)."""
    parent = widget.parentWidget()
    layout = _holding_layout(parent.layout(), widget) if parent is not None and parent.layout() else None
    if not isinstance(layout, QBoxLayout):
        return None
    index = layout.indexOf(widget)
    stretch = layout.stretch(index)
    layout.takeAt(index)
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(widget, 1)
    row.addWidget(button, 0, Qt.AlignTop)
    layout.insertLayout(index, row, stretch)
    return row


def _holding_layout(layout: QLayout, widget: QWidget) -> QLayout | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return layout
        if item.layout() is not None:
            found = _holding_layout(item.layout(), widget)
            if found is not None:
                return found
    return None


# --- the buttons every reading screen has ----------------------------------------------


class _PageTools(QObject):
    """"Read this page" (or "Stop reading" while anything is read) and the speed."""

    def __init__(self, controller: ReadAloud, bar: QHBoxLayout, page: Callable[[], list[Spoken]]) -> None:
        super().__init__(bar.parentWidget() if bar.parentWidget() else None)
        self.controller = controller
        self._page = page
        self.read_page = QPushButton()
        self.read_page.setIcon(speaker_icon())
        self.read_page.setIconSize(QSize(26, 26))
        self.read_page.setCheckable(True)
        self.read_page.clicked.connect(self._clicked)
        self.speed = QPushButton()
        self.speed.clicked.connect(self._next_speed)
        bar.addWidget(self.read_page)
        bar.addWidget(self.speed)
        controller.reading_changed.connect(self._show_reading)
        controller.speed_changed.connect(self._show_speed)
        self._show_reading(controller.is_reading())
        self._show_speed(controller.speed)

    def _clicked(self) -> None:
        if self.controller.is_reading():
            self.controller.stop()
        else:
            self.controller.read(self._page())
        self._show_reading(self.controller.is_reading())

    def _show_reading(self, reading: bool) -> None:
        if not isValid(self.read_page):
            return
        self.read_page.setChecked(reading)
        if reading:
            self.read_page.setText(translate("ReadAloud", "Stop reading"))
            self.read_page.setAccessibleName(translate("ReadAloud", "Stop reading aloud"))
        else:
            self.read_page.setText(translate("ReadAloud", "Read this page"))
            self.read_page.setAccessibleName(translate("ReadAloud", "Read this page aloud"))

    def _next_speed(self) -> None:
        index = SPEEDS.index(self.controller.speed) if self.controller.speed in SPEEDS else 1
        self.controller.choose_speed(SPEEDS[(index + 1) % len(SPEEDS)])

    def _show_speed(self, speed: str) -> None:
        if not isValid(self.speed):
            return
        words = {
            "slow": translate("ReadAloud", "slow"),
            "normal": translate("ReadAloud", "normal"),
            "fast": translate("ReadAloud", "fast"),
        }[speed]
        self.speed.setText(translate("ReadAloud", "Speed: %1").replace("%1", words))
        self.speed.setAccessibleName(
            translate("ReadAloud", "Reading speed: %1. Press to change.").replace("%1", words)
        )


def _toggle(controller: ReadAloud, item: Callable[[], Spoken]) -> Callable[[], None]:
    """A speaker's press: read its piece, or stop if that piece is being read."""

    def pressed() -> None:
        spoken = item()
        if controller.is_reading_item(spoken.key):
            controller.stop()
        else:
            controller.read([spoken])

    return pressed


# --- lessons -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    """A paragraph, a heading or a whole list of a lesson: document positions [start, end)."""

    start: int
    end: int
    heading: bool


def _units(document: QTextDocument) -> list[_Unit]:
    units: list[_Unit] = []
    block = document.begin()
    while block.isValid():
        first = block
        text_list = block.textList()
        last = block
        if text_list is not None:
            while block.next().isValid() and block.next().textList() is text_list:
                block = block.next()
            last = block
        start, end = first.position(), last.position() + last.length() - 1
        units.append(_Unit(start, end, first.blockFormat().headingLevel() > 0))
        block = block.next()
    return units


def _document_text(document: QTextDocument, start: int, end: int) -> str:
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.KeepAnchor)
    # One character for one: paragraph breaks become line breaks, so places stay the same.
    return cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")


class LessonReadAloud(QObject):
    """A lesson reader's speakers: one beside each paragraph (and list), "Read this page", the speed."""

    def __init__(self, reader, controller: ReadAloud, *, language: str, files: Sequence[str] = ()) -> None:
        super().__init__(reader)
        self.reader = reader
        self.browser: QTextBrowser = reader.browser
        self.controller = controller
        self.language = language
        self.files = set(files)
        self.right_to_left = language.split("-")[0].lower() in RIGHT_TO_LEFT
        self.speakers: list[tuple[_Unit, SpeakerButton]] = []
        self.units: list[_Unit] = []
        margins = (0, 0, GUTTER, 0) if self.right_to_left else (GUTTER, 0, 0, 0)
        self.browser.setViewportMargins(*margins)
        self.tools = _PageTools(controller, reader.read_aloud_bar, self.page)
        self._rebuild_soon = QTimer(self, singleShot=True, interval=0)
        self._rebuild_soon.timeout.connect(self.rebuild)
        self.browser.textChanged.connect(self._rebuild_soon.start)
        self.browser.verticalScrollBar().valueChanged.connect(self.place)
        self.browser.document().documentLayout().documentSizeChanged.connect(lambda _size: self.place())
        self.browser.installEventFilter(self)
        reader.lesson_changed.connect(lambda _index: controller.stop())
        reader.home_requested.connect(controller.stop)
        reader.finished.connect(controller.stop)
        self.rebuild()

    def _lesson_name(self) -> str:
        path = Path(self.reader.lessons[self.reader.index])
        try:
            return path.resolve().relative_to(Path(self.reader.pack_folder).resolve()).as_posix()
        except ValueError:
            return path.name

    def _spoken(self, unit: _Unit, button: QAbstractButton | None = None) -> Spoken:
        document = self.browser.document()
        base = unit.start

        def mark(start: int, end: int) -> None:
            self._mark(base + start, base + end)

        return Spoken(
            _document_text(document, unit.start, unit.end),
            self.language,
            mark=mark,
            unmark=self._unmark,
            button=button,
            key=("lesson", self.reader.index, unit.start),
        )

    def page(self) -> list[Spoken]:
        """The whole lesson: its recording if the pack has one, else every paragraph in order."""
        recording = lesson_recording(self.files, self._lesson_name())
        if recording is not None:
            document = self.browser.document()
            return [Spoken(document.toPlainText(), self.language, key=("lesson", self.reader.index),
                           recording=Recording(Path(self.reader.pack_folder), recording))]
        buttons = {unit.start: button for unit, button in self.speakers}
        return [self._spoken(unit, buttons.get(unit.start)) for unit in self.units]

    def rebuild(self) -> None:
        """Speakers for the lesson now shown (after a new lesson, or the text laid out again)."""
        focused = next((i for i, (_u, b) in enumerate(self.speakers) if b.hasFocus()), None)
        for _unit, button in self.speakers:
            button.hide()
            button.deleteLater()
        self.speakers = []
        from kiosk.core.speech.text import speakable

        document = self.browser.document()
        self.units = [u for u in _units(document) if speakable(_document_text(document, u.start, u.end))]
        for unit in self.units:
            if unit.heading:
                continue  # a heading is read with its page
            text = _document_text(document, unit.start, unit.end)
            name = translate("ReadAloud", "Read aloud: %1").replace("%1", _words(text))
            button = SpeakerButton(name, self.browser)
            button.clicked.connect(_toggle(self.controller, lambda u=unit, b=button: self._spoken(u, b)))
            button.installEventFilter(self)
            self.speakers.append((unit, button))
        previous: QWidget = self.browser
        for _unit, button in self.speakers:
            QWidget.setTabOrder(previous, button)
            previous = button
        QWidget.setTabOrder(previous, self.reader.previous)
        self.place()
        for _unit, button in self.speakers:
            button.setVisible(button.property("in_view") is True)
        if focused is not None and focused < len(self.speakers):
            self.speakers[focused][1].setFocus()

    def place(self) -> None:
        """Put each speaker beside the top of its paragraph, in the gutter, as the text scrolls."""
        if not self.speakers:
            return
        layout = self.browser.document().documentLayout()
        viewport = self.browser.viewport().geometry()
        scroll = self.browser.verticalScrollBar().value()
        x = viewport.right() + 8 if self.right_to_left else viewport.left() - GUTTER + 6
        for unit, button in self.speakers:
            block = self.browser.document().findBlock(unit.start)
            top = viewport.top() + round(layout.blockBoundingRect(block).top()) - scroll
            in_view = viewport.top() - 20 <= top <= viewport.bottom() - 20
            button.move(x, top)
            button.setProperty("in_view", in_view)
            button.setVisible(in_view or button.hasFocus())

    def _scroll_to(self, unit: _Unit) -> None:
        block = self.browser.document().findBlock(unit.start)
        top = round(self.browser.document().documentLayout().blockBoundingRect(block).top())
        bar = self.browser.verticalScrollBar()
        height = self.browser.viewport().height()
        if not bar.value() <= top <= bar.value() + height - 60:
            bar.setValue(max(0, top - height // 4))

    def _mark(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = _mark_format()
        self.browser.setExtraSelections([selection])
        # Keep the sentence being read in view.
        at = QTextCursor(self.browser.document())
        at.setPosition(start)
        rect = self.browser.cursorRect(at)
        height = self.browser.viewport().height()
        if rect.top() < 0 or rect.bottom() > height:
            bar = self.browser.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 4)

    def _unmark(self) -> None:
        if isValid(self.browser):
            self.browser.setExtraSelections([])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.browser and event.type() == QEvent.Resize:
            QTimer.singleShot(0, self.place)
        elif event.type() == QEvent.FocusIn and isinstance(watched, SpeakerButton):
            unit = next((u for u, b in self.speakers if b is watched), None)
            if unit is not None:
                self._scroll_to(unit)
                self.place()
                watched.show()
        return False


def attach_lesson_reader(reader, controller: ReadAloud, *, pack=None) -> LessonReadAloud:
    """Give a ``LessonReader`` its speakers; ``pack`` (an installed pack's record) gives the
    language and the recordings; without it, the app's language and no recordings."""
    from kiosk.ui.i18n import current_language

    language = getattr(pack, "language", None) or current_language()
    files = list((getattr(pack, "manifest", None) or {}).get("files", {}))
    return LessonReadAloud(reader, controller, language=language, files=files)


# --- quizzes ---------------------------------------------------------------------------


class QuizReadAloud(QObject):
    """A quiz player's speakers: beside the question, each choice and the feedback, plus the page tools."""

    def __init__(self, player, controller: ReadAloud, *, language: str, files: Sequence[str] = (),
                 folder: Path | None = None) -> None:
        super().__init__(player)
        from kiosk.ui.i18n import current_language

        self.player = player
        self.controller = controller
        self.language = language
        self.ui_language = current_language()
        self.files = set(files)
        self.folder = folder
        self.stem_marks = _LabelMarks(player.stem)
        self.feedback_marks = _LabelMarks(player.feedback)
        self.choice_speakers: list[SpeakerButton] = []
        self.stem_speaker = SpeakerButton(translate("ReadAloud", "Read the question aloud"))
        self.stem_speaker.clicked.connect(_toggle(controller, self.stem))
        _put_beside(player.stem, self.stem_speaker)
        self.feedback_speaker = SpeakerButton(translate("ReadAloud", "Read the feedback aloud"))
        self.feedback_speaker.clicked.connect(_toggle(controller, self.feedback))
        _put_beside(player.feedback, self.feedback_speaker)
        self.tools = _PageTools(controller, player.read_aloud_bar, self.page)
        player.question_shown.connect(self._question_shown)
        player.feedback_shown.connect(self._feedback_shown)
        player.home_requested.connect(controller.stop)
        player.quiz_finished.connect(lambda _result: controller.stop())
        self._question_shown()

    def _number(self) -> int:
        return self.player.run.position

    def stem(self) -> Spoken:
        question = self.player.run.current.question
        recording = None
        if self.folder is not None:
            name = question_recording(self.files, self.player.run.quiz_id, question.key)
            recording = Recording(self.folder, name) if name else None
        return Spoken(self.stem_marks.text(), self.language, mark=self.stem_marks.mark, unmark=self.stem_marks.unmark,
                      recording=recording, button=self.stem_speaker, key=("stem", self._number()))

    def feedback(self) -> Spoken:
        return Spoken(self.feedback_marks.text(), self.language, mark=self.feedback_marks.mark,
                      unmark=self.feedback_marks.unmark, button=self.feedback_speaker,
                      key=("feedback", self._number()))

    def choice(self, index: int) -> Spoken:
        button = self.player._inputs[index]
        mark, unmark = _widget_marks(button)
        language = self.ui_language if self.player.run.current.question.type == "truefalse" else self.language
        return Spoken(f"{index + 1}. {button.accessibleName()}", language, mark=mark, unmark=unmark,
                      button=self.choice_speakers[index] if index < len(self.choice_speakers) else None,
                      key=("choice", self._number(), index))

    def _matching(self) -> list[Spoken]:
        spoken = []
        for combo in self.player._combos:
            form = combo.parentWidget().layout() if combo.parentWidget() else None
            label = form.labelForField(combo) if isinstance(form, QFormLayout) else None
            if isinstance(label, QLabel):
                marks = _LabelMarks(label)
                spoken.append(Spoken(marks.text(), self.language, mark=marks.mark, unmark=marks.unmark))
        options = self.player.run.current.right_options
        if options:
            spoken.append(Spoken(". ".join(options) + ".", self.language))
        return spoken

    def page(self) -> list[Spoken]:
        """The question, then its choices (or matching items), then the feedback if it is shown."""
        pieces = [self.stem()]
        pieces += [self.choice(i) for i in range(len(self.player._inputs))]
        pieces += self._matching()
        if self.player.feedback.isVisible():
            pieces.append(self.feedback())
        return pieces

    def _question_shown(self) -> None:
        self.controller.stop()
        self.feedback_speaker.hide()
        focused = QApplication.focusWidget()
        self.choice_speakers = []
        layout = self.player.answers_layout
        for index, button in enumerate(self.player._inputs):
            position = layout.indexOf(button)
            if position < 0:
                continue
            layout.takeAt(position)
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.setSpacing(8)
            row_layout.addWidget(button, 1)
            name = translate("ReadAloud", "Read choice %1 aloud").replace("%1", str(index + 1))
            speaker = SpeakerButton(name)
            speaker.clicked.connect(_toggle(self.controller, lambda i=index: self.choice(i)))
            row_layout.addWidget(speaker)
            layout.insertWidget(position, row)
            if self.player.isVisible():
                row.show()
                button.show()
            self.choice_speakers.append(speaker)
        # Tab goes choice, its speaker, the next choice... (the question's speaker before them).
        previous: QWidget = self.stem_speaker
        for button, speaker in zip(self.player._inputs, self.choice_speakers):
            QWidget.setTabOrder(previous, button)
            QWidget.setTabOrder(button, speaker)
            previous = speaker
        if focused is not None and isValid(focused):
            focused.setFocus()

    def _feedback_shown(self) -> None:
        self.controller.stop()
        self.feedback_speaker.setVisible(bool(self.feedback_marks.text().strip()))


def attach_quiz_player(player, controller: ReadAloud, *, pack=None) -> QuizReadAloud:
    """Give a ``QuizPlayer`` its speakers; ``pack`` (an installed pack's record) gives the
    language and the recordings; without it, the app's language and no recordings."""
    from kiosk.ui.i18n import current_language

    language = getattr(pack, "language", None) or current_language()
    files = list((getattr(pack, "manifest", None) or {}).get("files", {}))
    folder = Path(pack.folder) if pack is not None else None
    return QuizReadAloud(player, controller, language=language, files=files, folder=folder)
