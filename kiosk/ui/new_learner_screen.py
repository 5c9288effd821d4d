"""Create a learner profile: a name and, if wanted, a PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.core.learners.profiles import NAME_MAX, create_learner, log_in
from kiosk.ui.buttons import push_button
from kiosk.ui.form_screen import FormScreen, pin_field
from kiosk.ui.layouts import ends_row
from kiosk.ui.tasks import TaskRunner, user_message


class NewLearnerScreen(FormScreen):
    """Emits ``logged_in(LearnerSession)`` once the profile exists and its session has started."""

    logged_in = Signal(object)
    cancelled = Signal()

    def __init__(self, *, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks=tasks, parent=parent)
        self.heading.setText(self.tr("New learner"))
        self.intro.setText(self.tr("A PIN keeps your progress private on this shared computer. You can leave it empty."))
        self.name = QLineEdit(placeholderText=self.tr("Your name"))
        self.name.setMaxLength(NAME_MAX)
        self.name.setAccessibleName(self.tr("Your name"))
        self.pin = pin_field(self.tr("4 to 6 digits, or empty"))
        self.pin.setAccessibleName(self.tr("PIN (optional)"))
        self.pin_again = pin_field(self.tr("the same digits again"))
        self.pin_again.setAccessibleName(self.tr("PIN again"))
        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("PIN (optional)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)

        self.create = push_button(self.tr("Start learning"), self._submit, primary=True)
        self.back = push_button(self.tr("Back"), self.cancelled)
        for field in (self.name, self.pin, self.pin_again):
            field.returnPressed.connect(self._submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        self._lay_out(layout, form, ends_row(self.back, self.create))

    def reset(self) -> None:
        for field in (self.name, self.pin, self.pin_again):
            field.clear()
        self.error.clear()
        self.create.setEnabled(True)
        self.name.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)

    def _submit(self) -> None:
        if not self.create.isEnabled():
            return
        name, pin = self.name.text(), self.pin.text()
        if pin != self.pin_again.text():
            self.error.setText(self.tr("The two PINs are not the same. Type them again."))
            self.pin.clear()
            self.pin_again.clear()
            self.pin.setFocus()
            return
        self.error.clear()
        self.create.setEnabled(False)

        def create_and_log_in():
            profile = create_learner(name, pin=pin or None)
            return log_in(profile.id, pin or None)

        self._tasks.run(create_and_log_in, on_success=self._done, on_failure=self._failed)

    def _done(self, session) -> None:
        self.create.setEnabled(True)
        self.logged_in.emit(session)

    def _failed(self, exc: Exception) -> None:
        self.create.setEnabled(True)
        self.error.setText(user_message(exc))
