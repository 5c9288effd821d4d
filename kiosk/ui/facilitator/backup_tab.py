"""Backup: save this kiosk's records (and, encrypted, its key) to a USB stick; restore them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget

from kiosk.ui.facilitator.base import ConfirmButton, ConsoleTab, secret_field
from kiosk.ui.file_field import FileField
from kiosk.ui.i18n import filled
from kiosk.ui.layouts import scrolling_layout
from kiosk.ui.tasks import TaskRunner


class BackupTab(ConsoleTab):
    restored = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.folder = FileField(self.tr("Folder to save the backup in"), save_file=True)
        self.include_key = QCheckBox(self.tr("Also save the signing key (the backup is then encrypted)"))
        self.passphrase = secret_field(
            self.tr("Passphrase (at least 8 characters)"), name=self.tr("Passphrase for the backup")
        )
        self.make = QPushButton(self.tr("Make backup"))
        self.make.setProperty("role", "primary")
        self.make.clicked.connect(self._make)
        self.file = FileField(self.tr("Backup file to restore"))
        self.restore_passphrase = secret_field(
            self.tr("Passphrase, if the backup is encrypted"), name=self.tr("Passphrase of the backup to restore")
        )
        self.restore_pin = secret_field(self.tr("Facilitator PIN, for a backup made by another kiosk"), max_length=6)
        self.restore = ConfirmButton(self.tr("Restore"), self.tr("Click again: replace all data on this kiosk"))
        self.restore.confirmed.connect(self._restore)
        make_title = QLabel(self.tr("Back up this kiosk"))
        make_title.setProperty("role", "subtitle")
        restore_title = QLabel(self.tr("Restore from a backup"))
        restore_title.setProperty("role", "subtitle")
        layout = scrolling_layout(self)
        for widget in (make_title, self.folder, self.include_key, self.passphrase):
            layout.addWidget(widget)
        layout.addWidget(self.make, 0, Qt.AlignRight)
        for widget in (restore_title, self.file, self.restore_passphrase, self.restore_pin):
            layout.addWidget(widget)
        layout.addWidget(self.restore, 0, Qt.AlignRight)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _make(self) -> None:
        from kiosk.core.backup import make_backup
        from kiosk.core.clock import utcnow

        folder = self.folder.path()
        if folder is None:
            self.say(self.tr("Choose a folder first (e.g. on a USB stick)."), error=True)
            return
        include_key, passphrase = self.include_key.isChecked(), self.passphrase.text() or None
        target = folder / f"kiosk-{utcnow():%Y%m%d-%H%M}.kioskbackup"
        self.passphrase.clear()
        self.run(
            lambda: make_backup(target, include_key=include_key, passphrase=passphrase),
            said=lambda info: filled(self.tr("Saved %1."), info.path),
        )

    def _restore(self) -> None:
        from kiosk.core.backup import restore_backup

        path = self.file.path()
        if path is None:
            self.say(self.tr("Choose the backup file first."), error=True)
            return
        passphrase = self.restore_passphrase.text() or None
        admin_pin = self.restore_pin.text() or None
        self.restore_passphrase.clear()
        self.restore_pin.clear()
        self.run(
            lambda: restore_backup(path, passphrase=passphrase, admin_pin=admin_pin),
            said=lambda about: filled(self.tr("Restored the backup made %1."), about.get("created_at", "?")),
            then=lambda _about: self.restored.emit(),
        )
