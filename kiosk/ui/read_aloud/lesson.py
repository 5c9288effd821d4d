"""A lesson reader's reading aloud: a speaker beside each paragraph (and list) in the gutter,
"Read this page" (the pack's recording of the lesson if it has one) and the speed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QTextBrowser, QTextEdit, QWidget
from shiboken6 import isValid

from kiosk.core.speech.recordings import Recording, lesson_recording
from kiosk.ui.i18n import filled
from kiosk.ui.read_aloud.controller import ReadAloud, Spoken
from kiosk.ui.read_aloud.marks import mark_format
from kiosk.ui.read_aloud.speakers import PageTools, SpeakerButton, toggle

translate = QCoreApplication.translate
GUTTER = 60  # room beside a lesson's text for its paragraphs' speakers
RIGHT_TO_LEFT = ("ar", "fa", "he", "ur", "ps", "ckb", "yi")


def _words(text: str, count: int = 6) -> str:
    words = " ".join(text.split()).split(" ")
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


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
        self.tools = PageTools(controller, reader.read_aloud_bar, self.page)
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
            name = filled(translate("ReadAloud", "Read aloud: %1"), _words(text))
            button = SpeakerButton(name, self.browser)
            button.clicked.connect(toggle(self.controller, lambda u=unit, b=button: self._spoken(u, b)))
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
        selection.format = mark_format()
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
