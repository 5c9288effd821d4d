"""What every tab of the facilitator's console shares: one way to load, refresh, act and say how it went.

A tab's ``load()`` (on the GUI thread) reads what the job needs from its fields and gives back the
job; ``refresh()`` runs it on the task worker and hands the result to ``show_loaded()``. An action
goes through ``run()``. Every failure is said in the tab's message line in plain words
(``show_error``: a ``KnownError``'s message, or a short apology for a bug, which is logged).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QWidget

from kiosk.ui.tasks import TaskRunner, user_message
from kiosk.ui.text import plain_label

ID_ROLE = Qt.UserRole + 1  # where a list item keeps the id of what it shows


def message_label() -> QLabel:
    """A tab's message line: hidden until there is something to say."""
    label = plain_label()
    label.setWordWrap(True)
    label.setProperty("role", "notice")
    label.hide()
    return label


def secret_field(placeholder: str = "", *, name: str | None = None, max_length: int | None = None) -> QLineEdit:
    """A field that hides what is typed (a passphrase, a PIN); ``name`` for a screen reader, else the placeholder."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    if max_length is not None:
        field.setMaxLength(max_length)
    if placeholder:
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(placeholder if name is None else name)
    return field


def choice_list(name: str, changed: Callable) -> QListWidget:
    """A list to choose one item from, called ``name`` for a screen reader; ``changed`` is called when the choice moves."""
    items = QListWidget()
    items.setAccessibleName(name)
    items.currentItemChanged.connect(changed)
    return items


def say(label: QLabel, text: str, *, error: bool = False) -> None:
    """Show ``text`` in a message line. Never colour alone: a problem starts with a warning sign."""
    label.setText(("⚠ " if error else "✓ ") + text)
    label.setProperty("role", "error" if error else "notice")
    label.style().unpolish(label)
    label.style().polish(label)
    label.show()


class ConfirmButton(QPushButton):
    """A button for something that cannot be undone: the first click asks, the second acts."""

    confirmed = Signal()

    def __init__(self, text: str, confirm_text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._text, self._confirm_text, self._armed = text, confirm_text, False
        self.clicked.connect(self._click)

    def set_words(self, text: str, confirm_text: str) -> None:
        """New words for both clicks (what will happen may depend on what is chosen)."""
        self._text, self._confirm_text = text, confirm_text
        self.setText(confirm_text if self._armed else text)

    def _click(self) -> None:
        if self._armed:
            self.disarm()
            self.confirmed.emit()
        else:
            self._armed = True
            self.setText(self._confirm_text)

    def disarm(self) -> None:
        self._armed = False
        self.setText(self._text)


class ConsoleTab(QWidget):
    """One tab of the console (see the module's docstring)."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.message = message_label()

    def load(self) -> Callable[[], Any] | None:
        """The job that reads what this tab shows (None: nothing to read)."""
        return None

    def show_loaded(self, found: Any) -> None:
        """Show what ``load``'s job read."""

    def refresh(self) -> None:
        job = self.load()
        if job is not None:
            self._tasks.run(job, on_success=self.show_loaded, on_failure=self.show_error)

    def run(
        self,
        job: Callable[[], Any],
        *,
        said: Callable[[Any], str] | None = None,
        then: Callable[[Any], None] | None = None,
        refresh: bool = False,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run an action on the worker; then say ``said(result)``, call ``then(result)`` and, with
        ``refresh``, read the tab again. A failure is said (after ``failed``, if given)."""

        def succeeded(result: Any) -> None:
            if said is not None:
                self.say(said(result))
            if then is not None:
                then(result)
            if refresh:
                self.refresh()

        def went_wrong(exc: Exception) -> None:
            if failed is not None:
                failed(exc)
            self.show_error(exc)

        self._tasks.run(job, on_success=succeeded, on_failure=went_wrong)

    def say(self, text: str, *, error: bool = False) -> None:
        say(self.message, text, error=error)

    def show_error(self, exc: Exception) -> None:
        self.say(user_message(exc), error=True)
