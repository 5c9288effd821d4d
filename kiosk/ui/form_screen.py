"""What the screens that ask a few questions share: their look from title to buttons, and the PIN field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.ui.tasks import TaskRunner
from kiosk.ui.text import problem_label


def pin_field(placeholder: str) -> QLineEdit:
    """A masked field that takes only digits (at most 6)."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    field.setInputMethodHints(Qt.ImhDigitsOnly)
    field.setValidator(QRegularExpressionValidator(r"\d{0,6}", field))
    field.setPlaceholderText(placeholder)
    return field


class FormScreen(QWidget):
    """A screen that asks a few questions: its title, a line on what it is for, the form, the line that
    says what is wrong, then its buttons, with the room left over below them.

    A subclass gives ``heading`` and ``intro`` their words, builds its form and buttons, then calls
    ``_lay_out``.
    """

    def __init__(self, *, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.intro = QLabel()
        self.intro.setProperty("role", "subtitle")
        self.intro.setWordWrap(True)
        self.error = problem_label()

    def _lay_out(self, layout: QVBoxLayout, form: QLayout, buttons: QLayout) -> None:
        """Fill ``layout`` (set to the screen's margins and spacing) from the title down."""
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
