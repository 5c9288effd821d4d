"""First-run setup: organisation, kiosk name, facilitator PIN, language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.core import setup
from kiosk.ui.tasks import TaskRunner, user_message
from kiosk.ui.text import plain_label


def pin_field(placeholder: str) -> QLineEdit:
    """A masked field that takes only 4-6 digits."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    field.setInputMethodHints(Qt.ImhDigitsOnly)
    field.setValidator(QRegularExpressionValidator(r"\d{0,6}", field))
    field.setPlaceholderText(placeholder)
    return field


def set_up_with_samples(answers: dict) -> setup.KioskSettings:
    """Set the kiosk up, then install the sample packs once (runs on the worker)."""
    from kiosk.core.packs.library import install_samples_once

    settings = setup.set_up_kiosk(**answers)
    install_samples_once()
    return settings


class SetupScreen(QWidget):
    """Asks the four first-run questions; emits ``completed`` once they are stored."""

    completed = Signal(object)  # KioskSettings

    def __init__(self, *, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks

        title = QLabel(self.tr("Welcome! Let's set up this kiosk"))
        title.setProperty("role", "title")
        intro = QLabel(self.tr("This takes under a minute. Only the facilitator needs to do it."))
        intro.setProperty("role", "subtitle")
        intro.setWordWrap(True)

        self.organisation = QLineEdit(placeholderText=self.tr("e.g. Riverside Community Centre"))
        self.kiosk_name = QLineEdit(placeholderText=self.tr("e.g. Library computer 2"))
        self.pin = pin_field(self.tr("4 to 6 digits"))
        self.pin_again = pin_field(self.tr("the same digits again"))
        self.language = QComboBox()
        for code, name in setup.LANGUAGES.items():
            self.language.addItem(name, code)

        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Kiosk name"), self.kiosk_name)
        form.addRow(self.tr("Facilitator PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        form.addRow(self.tr("Language"), self.language)
        for field, name in [
            (self.organisation, self.tr("Organisation")),
            (self.kiosk_name, self.tr("Kiosk name")),
            (self.pin, self.tr("Facilitator PIN")),
            (self.pin_again, self.tr("Facilitator PIN again")),
            (self.language, self.tr("Language")),
        ]:
            field.setAccessibleName(name)

        self.error = plain_label()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))

        self.finish = QPushButton(self.tr("Finish setup"))
        self.finish.setProperty("role", "primary")
        self.finish.setDefault(True)
        self.finish.clicked.connect(self._submit)
        for field in (self.organisation, self.kiosk_name, self.pin, self.pin_again):
            field.returnPressed.connect(self._submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.finish, alignment=Qt.AlignRight)
        layout.addStretch(1)

    def _submit(self) -> None:
        if not self.finish.isEnabled():
            return
        if self.pin.text() != self.pin_again.text():
            self._show_error(self.tr("The two PINs are not the same. Type them again."), clear_pins=True)
            return
        answers = dict(
            organisation=self.organisation.text(),
            kiosk_name=self.kiosk_name.text(),
            admin_pin=self.pin.text(),
            language=self.language.currentData(),
        )
        self.error.clear()
        self.finish.setEnabled(False)
        self._tasks.run(lambda: set_up_with_samples(answers), on_success=self._done, on_failure=self._failed)

    def _done(self, settings: setup.KioskSettings) -> None:
        self.finish.setEnabled(True)
        self.completed.emit(settings)

    def _failed(self, exc: Exception) -> None:
        self.finish.setEnabled(True)
        self._show_error(user_message(exc), clear_pins="PIN" in str(exc))

    def _show_error(self, text: str, *, clear_pins: bool = False) -> None:
        self.error.setText(text)
        if clear_pins:
            self.pin.clear()
            self.pin_again.clear()
            self.pin.setFocus()
