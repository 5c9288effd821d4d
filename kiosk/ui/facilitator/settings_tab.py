"""Settings: the kiosk's names, verify address, idle time-out, language, look, lock and facilitator PIN."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kiosk.ui.facilitator.base import ConsoleTab, secret_field
from kiosk.ui.i18n import filled
from kiosk.ui.layouts import ends_row, scrolling_layout
from kiosk.ui.tasks import TaskRunner


class SettingsTab(ConsoleTab):
    """The fields scroll, rather than squeeze on top of each other, on a 1024 x 600 screen."""

    settings_changed = Signal(object)  # KioskSettings

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        from kiosk.core.setup import IDLE_MAX_SECONDS, IDLE_MIN_SECONDS, LANGUAGES, TEXT_SCALES

        self.organisation = QLineEdit()
        self.kiosk_name = QLineEdit()
        self.verify_url = QLineEdit()
        self.verify_url.setPlaceholderText("https://verify.example.org")
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(max(1, IDLE_MIN_SECONDS // 60), IDLE_MAX_SECONDS // 60)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.lock = QCheckBox(self.tr("Learners cannot leave the app"))
        self.high_contrast = QCheckBox(self.tr("High contrast"))
        self.text_scale = QComboBox()
        for scale in TEXT_SCALES:
            self.text_scale.addItem(f"{round(scale * 100)} %", scale)
        self.save = QPushButton(self.tr("Save settings"))
        self.save.setProperty("role", "primary")
        self.save.clicked.connect(self._save)
        self.old_pin = secret_field(max_length=6)
        self.new_pin = secret_field(max_length=6)
        self.change_pin = QPushButton(self.tr("Change facilitator PIN"))
        self.change_pin.clicked.connect(self._change_pin)
        self.last_synced = QLabel()
        self.last_synced.setWordWrap(True)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        rows = [
            (self.tr("Organisation"), self.organisation),
            (self.tr("Kiosk name"), self.kiosk_name),
            (self.tr("Verify URL"), self.verify_url),
            (self.tr("Log out after"), self.idle_minutes),
            (self.tr("Language"), self.language),
            (self.tr("Text size"), self.text_scale),
            ("", self.high_contrast),
            (self.tr("Full-screen lock"), self.lock),
            (self.tr("Current facilitator PIN"), self.old_pin),
            (self.tr("New facilitator PIN"), self.new_pin),
        ]
        for label, widget in rows:
            widget.setAccessibleName(label or widget.text())
            form.addRow(label, widget)
        layout = scrolling_layout(self)
        layout.addLayout(form)
        layout.addLayout(ends_row(self.change_pin, self.save))
        layout.addWidget(self.last_synced)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def load(self) -> Callable[[], Any]:
        from kiosk.core.setup import load_settings
        from kiosk.core.sync.client import last_synced

        return lambda: (load_settings(), last_synced())

    def show_loaded(self, found) -> None:
        settings, synced = found
        self.organisation.setText(settings.organisation)
        self.kiosk_name.setText(settings.kiosk_name)
        self.verify_url.setText(settings.verify_url or "")
        self.idle_minutes.setValue(max(1, settings.idle_timeout_seconds // 60))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(settings.text_scale)))
        self.high_contrast.setChecked(settings.high_contrast)
        self.lock.setChecked(settings.fullscreen_lock)
        when = synced.strftime("%Y-%m-%d %H:%M UTC") if synced else self.tr("never")
        self.last_synced.setText(filled(self.tr("Last synced with the registry: %1"), when))

    def _save(self) -> None:
        from kiosk.core.setup import update_settings

        values = dict(
            organisation=self.organisation.text(),
            kiosk_name=self.kiosk_name.text(),
            verify_url=self.verify_url.text(),
            idle_timeout_seconds=self.idle_minutes.value() * 60,
            language=self.language.currentData(),
            fullscreen_lock=self.lock.isChecked(),
            high_contrast=self.high_contrast.isChecked(),
            text_scale=self.text_scale.currentData(),
        )
        self.run(
            lambda: update_settings(**values),
            said=lambda _s: self.tr("Settings saved."),
            then=self.settings_changed.emit,
        )

    def _change_pin(self) -> None:
        from kiosk.core.setup import change_admin_pin

        old, new = self.old_pin.text(), self.new_pin.text()
        self.old_pin.clear()
        self.new_pin.clear()
        self.run(lambda: change_admin_pin(old, new), said=lambda _r: self.tr("The facilitator PIN is changed."))
