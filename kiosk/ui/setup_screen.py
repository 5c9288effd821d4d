"""First-run setup: organisation, kiosk name, facilitator PIN, language, and the organisation's key."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.core import setup
from kiosk.ui.buttons import push_button
from kiosk.ui.file_field import FileField
from kiosk.ui.form_screen import FormScreen, pin_field
from kiosk.ui.layouts import ends_row, scrolling_layout
from kiosk.ui.tasks import TaskRunner, user_message


def set_up_with_samples(answers: dict, org_key_text: str = "") -> setup.KioskSettings:
    """Set the kiosk up (pinning the organisation key if one was given), then install the sample packs once.

    Runs on the worker: the enrolment file may be on a slow USB stick.
    """
    from kiosk.core.packs.library import install_samples_once

    if org_key_text.strip():
        from kiosk.core.trust.store import read_organisation_key

        answers = {**answers, "enrolment": read_organisation_key(org_key_text)}
    settings = setup.set_up_kiosk(**answers)
    install_samples_once()
    return settings


class SetupScreen(FormScreen):
    """Asks the four first-run questions; emits ``completed`` once they are stored."""

    completed = Signal(object)  # KioskSettings

    def __init__(self, *, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks=tasks, parent=parent)
        self.heading.setText(self.tr("Welcome! Let's set up this kiosk"))
        self.intro.setText(self.tr("This takes under a minute. Only the facilitator needs to do it."))

        self.organisation = QLineEdit(placeholderText=self.tr("e.g. Riverside Community Centre"))
        self.kiosk_name = QLineEdit(placeholderText=self.tr("e.g. Library computer 2"))
        self.pin = pin_field(self.tr("6 digits"))
        self.pin_again = pin_field(self.tr("the same digits again"))
        self.language = QComboBox()
        for code, name in setup.LANGUAGES.items():
            self.language.addItem(name, code)
        self.org_key = FileField(self.tr("Enrolment file, or the key (z6Mk…)"))
        self.org_key.edit.editingFinished.connect(self._read_org_key)
        self.fingerprint = QLabel(
            self.tr("Without your organisation's key, this kiosk checks only its own certificates and cannot sync.")
        )
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextFormat(Qt.PlainText)
        self.fingerprint.setAccessibleName(self.tr("Organisation key fingerprint"))
        self.verify_url = QLineEdit(placeholderText="https://verify.example.org")

        # Two columns, each label above its field, so that everything fits a 1024 x 600 screen.
        this_kiosk, its_organisation = QFormLayout(), QFormLayout()
        for form in (this_kiosk, its_organisation):
            form.setRowWrapPolicy(QFormLayout.WrapAllRows)
            form.setVerticalSpacing(6)
        this_kiosk.addRow(self.tr("Organisation"), self.organisation)
        this_kiosk.addRow(self.tr("Kiosk name"), self.kiosk_name)
        this_kiosk.addRow(self.tr("Facilitator PIN"), self.pin)
        this_kiosk.addRow(self.tr("PIN again"), self.pin_again)
        its_organisation.addRow(self.tr("Language"), self.language)
        its_organisation.addRow(self.tr("Organisation key"), self.org_key)
        its_organisation.addRow(self.fingerprint)
        its_organisation.addRow(self.tr("Verify address"), self.verify_url)
        form = QHBoxLayout()
        form.setSpacing(32)
        form.addLayout(this_kiosk, 1)
        form.addLayout(its_organisation, 1)
        for field, name in [
            (self.organisation, self.tr("Organisation")),
            (self.kiosk_name, self.tr("Kiosk name")),
            (self.pin, self.tr("Facilitator PIN")),
            (self.pin_again, self.tr("Facilitator PIN again")),
            (self.language, self.tr("Language")),
            (self.org_key.edit, self.tr("Organisation key: enrolment file or typed key")),
            (self.verify_url, self.tr("Verify address, printed in every certificate's QR code")),
        ]:
            field.setAccessibleName(name)

        self.error.setAccessibleName(self.tr("Problem"))

        self.finish = push_button(self.tr("Finish setup"), self._submit, primary=True)
        self.finish.setDefault(True)
        for field in (self.organisation, self.kiosk_name, self.pin, self.pin_again, self.verify_url):
            field.returnPressed.connect(self._submit)

        layout = scrolling_layout(self)
        layout.setContentsMargins(48, 16, 48, 16)
        layout.setSpacing(10)
        self._lay_out(layout, form, ends_row(None, self.finish))

    def _read_org_key(self) -> None:
        """Show the chosen key's fingerprint to compare (read off the GUI thread: a USB stick may be slow)."""
        text = self.org_key.edit.text()
        if not text.strip():
            return
        from kiosk.core.trust.store import read_organisation_key

        self._tasks.run(lambda: read_organisation_key(text), on_success=self._show_org_key, on_failure=self._failed)

    def _show_org_key(self, enrolment) -> None:
        self.error.clear()
        # On a line of its own, isolated left to right, so an Arabic screen does not turn its groups round.
        self.fingerprint.setText(
            self.tr("Check that this fingerprint is the one your organisation gave you:")
            + f"\n\u2066{enrolment.fingerprint}\u2069"
        )
        if enrolment.organisation and not self.organisation.text().strip():
            self.organisation.setText(enrolment.organisation)
        if enrolment.verify_url and not self.verify_url.text().strip():
            self.verify_url.setText(enrolment.verify_url)

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
            verify_url=self.verify_url.text().strip() or None,
        )
        org_key_text = self.org_key.edit.text()
        self.error.clear()
        self.finish.setEnabled(False)
        self._tasks.run(
            lambda: set_up_with_samples(answers, org_key_text), on_success=self._done, on_failure=self._failed
        )

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
