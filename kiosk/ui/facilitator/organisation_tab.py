"""Organisation: the key this kiosk pinned, the trust list it holds, Sync now and what waits to be sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from kiosk.ui.facilitator.base import ConfirmButton, ConsoleTab, secret_field
from kiosk.ui.file_field import FileField
from kiosk.ui.i18n import filled
from kiosk.ui.layouts import scrolling_layout
from kiosk.ui.tasks import TaskRunner


class OrganisationTab(ConsoleTab):
    """The organisation key this kiosk pinned, the trust list it holds, and how to change or update them."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.PlainText)
        self.state.setAccessibleName(self.tr("What this kiosk trusts"))
        self.key = FileField(self.tr("Enrolment file, or the key (z6Mk…)"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Organisation's name (with a typed key)"))
        self.name.setAccessibleName(self.tr("Organisation's name"))
        self.pin = secret_field(self.tr("Facilitator PIN"), max_length=6)
        explain = QLabel(
            self.tr(
                "Changing the key drops the list this kiosk holds: until it syncs with the new organisation's "
                "registry, it trusts only its own certificates. Compare the fingerprint with your organisation's."
            )
        )
        explain.setWordWrap(True)
        self.change = ConfirmButton(self.tr("Use this organisation key"), self.tr("Click again: change the key"))
        self.change.confirmed.connect(self._change)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.waiting.setAccessibleName(self.tr("What waits to be sent to the registry"))
        self.sync_now = QPushButton(self.tr("Sync now"))
        self.sync_now.setProperty("role", "primary")
        self.sync_now.clicked.connect(self._sync)
        self.trust_file = FileField(self.tr("Trust list file from the registry"))
        self.take = QPushButton(self.tr("Import trust list"))
        self.take.clicked.connect(self._take)
        key_title = QLabel(self.tr("Organisation key"))
        key_title.setProperty("role", "subtitle")
        usb_title = QLabel(self.tr("Trust list on a USB stick (no internet)"))
        usb_title.setProperty("role", "subtitle")
        sync_title = QLabel(self.tr("Sync with the registry"))
        sync_title.setProperty("role", "subtitle")
        layout = scrolling_layout(self)
        for widget in (self.state, sync_title, self.waiting):
            layout.addWidget(widget)
        layout.addWidget(self.sync_now, 0, Qt.AlignRight)
        for widget in (key_title, self.key, self.name, self.pin, explain):
            layout.addWidget(widget)
        layout.addWidget(self.change, 0, Qt.AlignRight)
        layout.addWidget(usb_title)
        layout.addWidget(self.trust_file)
        layout.addWidget(self.take, 0, Qt.AlignRight)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def load(self) -> Callable[[], Any]:
        from kiosk.core.sync.client import last_synced, waiting_to_send
        from kiosk.core.trust.store import status

        return lambda: (status(), waiting_to_send(), last_synced())

    def _sync(self) -> None:
        from kiosk.core.setup import load_settings
        from kiosk.core.sync.client import auto_sync_registry, sync_with_registry

        def sync():
            registry = auto_sync_registry() or load_settings().verify_url
            if not registry:
                from kiosk.core.errors import InvalidInput

                raise InvalidInput(self.tr("Set the verify address in Settings first: it is the registry's address."))
            return sync_with_registry(registry)

        self.sync_now.setEnabled(False)
        self.say(self.tr("Syncing…"))
        self.run(
            sync,
            said=lambda report: filled(
                self.tr("Synced: %1 certificates and %2 revocations sent; trust list number %3."),
                report.sent_credentials,
                report.sent_revocations,
                report.trust_sequence,
            ),
            then=lambda _report: self.sync_now.setEnabled(True),
            failed=lambda _exc: self.sync_now.setEnabled(True),
            refresh=True,
        )

    def show_loaded(self, found) -> None:
        held, (credentials, revocations), synced = found
        when = f"\u2066{synced:%Y/%m/%d %H:%M}\u2069 UTC" if synced else self.tr("never")
        self.waiting.setText(
            filled(self.tr(
                "Waiting to be sent: %1 certificates, %2 revocations. Last sync: %3. A revocation reaches "
                "employers' phones only after a sync."
            ), credentials, revocations, when)
        )
        self.sync_now.setEnabled(held.organisation is not None)
        org = held.organisation
        if org is None:
            self.state.setText(
                self.tr("Not enrolled: this kiosk trusts only its own certificates and cannot sync. "
                        "Choose your organisation's enrolment file below.")
            )
            return
        text = filled(self.tr("Organisation: %1\nKey fingerprint: %2"), org.name, f"\u2066{org.fingerprint}\u2069")
        if held.sequence is None:
            text += "\n" + self.tr("No trust list yet: sync, or import one from a USB stick.")
        else:
            text += "\n" + filled(self.tr(
                "Trust list number %1, signed %2 UTC: %3 kiosk keys (%4 withdrawn), %5 revoked certificates."
                ),
                held.sequence,
                f"\u2066{held.issued_at:%Y/%m/%d %H:%M}\u2069",
                held.kiosks,
                held.withdrawn,
                held.revocations,
            )
        self.state.setText(text)

    def _change(self) -> None:
        from kiosk.core.trust.store import change_pinned_key, read_organisation_key

        text, name, pin = self.key.edit.text(), self.name.text(), self.pin.text()
        self.pin.clear()

        def change():
            enrolment = read_organisation_key(text)
            return change_pinned_key(enrolment.public_key, enrolment.organisation or name, admin_pin=pin)

        self.run(
            change,
            said=lambda org: filled(self.tr("Now using the key of %1, fingerprint %2."), org.name, org.fingerprint),
            refresh=True,
        )

    def _take(self) -> None:
        from kiosk.core.trust.store import import_trust_file

        path = self.trust_file.path()
        if path is None:
            self.say(self.tr("Choose the trust list file first."), error=True)
            return
        self.run(
            lambda: import_trust_file(path),
            said=lambda applied: filled(self.tr("Trust list number %1 is in use."), applied.sequence),
            refresh=True,
        )
