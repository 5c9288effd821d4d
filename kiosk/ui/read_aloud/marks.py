"""Showing which sentence is being read: a yellow background with an underline (never colour
alone) on a sentence of a label; a thick dashed frame on a choice being read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

MARK_BACKGROUND = "#ffe680"
CHOICE_MARK = "border: 4px dashed #1a1a1a; background: #ffe680;"


def mark_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(MARK_BACKGROUND))
    fmt.setForeground(QColor("#000000"))
    fmt.setFontUnderline(True)
    return fmt


class LabelMarks:
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
        cursor.mergeCharFormat(mark_format())
        self._shown = document.toHtml()
        self.label.setText(self._shown)

    def unmark(self) -> None:
        if self._original is not None and isValid(self.label) and self.label.text() == self._shown:
            self.label.setText(self._original)
        self._original = self._shown = None


def widget_marks(widget: QWidget) -> tuple[Callable[[int, int], None], Callable[[], None]]:
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
