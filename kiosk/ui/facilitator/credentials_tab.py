"""Credentials: reprint or revoke an issued one; award those waiting for a facilitator's sign-off."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.ui.buttons import push_button
from kiosk.ui.facilitator.base import ID_ROLE, ConfirmButton, ConsoleTab, choice_list
from kiosk.ui.i18n import filled
from kiosk.ui.tasks import TaskRunner


class CredentialsTab(ConsoleTab):
    certificate_requested = Signal(str)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.issued = choice_list(self.tr("Issued credentials"), self._update_buttons)
        self.reprint = push_button(self.tr("Reprint"), self._reprint, name=self.tr("Open the certificate to print it again"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for revoking"))
        self.reason.setAccessibleName(self.tr("Reason for revoking"))
        self.revoke = ConfirmButton(self.tr("Revoke"), self.tr("Click again to revoke"))
        self.revoke.confirmed.connect(self._revoke)
        signoff_title = QLabel(self.tr("Waiting for your sign-off"))
        signoff_title.setProperty("role", "subtitle")
        self.signoffs = choice_list(self.tr("Credentials waiting for a facilitator's sign-off"), self._update_buttons)
        self.confirm = push_button(
            self.tr("I confirm: award it"), self._confirm, name=self.tr("Confirm the sign-off and award the credential")
        )
        row = QHBoxLayout()
        row.addWidget(self.reprint)
        row.addWidget(self.reason, 1)
        row.addWidget(self.revoke)
        signoff_row = QHBoxLayout()
        signoff_row.addWidget(signoff_title, 1)
        signoff_row.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.issued, 2)
        layout.addLayout(row)
        layout.addLayout(signoff_row)
        layout.addWidget(self.signoffs, 1)
        layout.addWidget(self.message)
        self._update_buttons()

    def load(self) -> Callable[[], Any]:
        from kiosk.core.credentials.issuing import list_issued
        from kiosk.core.facilitator.review import pending_signoffs

        return lambda: (list_issued(), pending_signoffs())

    def show_loaded(self, found) -> None:
        issued, pending = found
        self.issued.clear()
        for credential in reversed(issued):
            text = f"{credential.title} — {credential.learner_name} — {credential.issued_at:%Y-%m-%d}"
            if credential.revoked_at is not None:
                text += "  " + filled(self.tr("(REVOKED: %1)"), credential.revoke_reason or "-")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, credential.id)
            item.setData(ID_ROLE + 1, credential.revoked_at is not None)
            self.issued.addItem(item)
        self.signoffs.clear()
        for p in pending:
            item = QListWidgetItem(f"{p.title} — {p.learner_name} ({p.pack_title})")
            item.setData(ID_ROLE, (p.learner_id, p.credential_id))
            self.signoffs.addItem(item)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        item = self.issued.currentItem()
        self.reprint.setEnabled(item is not None)
        self.revoke.setEnabled(item is not None and not item.data(ID_ROLE + 1))
        self.revoke.disarm()
        self.confirm.setEnabled(self.signoffs.currentItem() is not None)

    def _reprint(self) -> None:
        item = self.issued.currentItem()
        if item is not None:
            self.certificate_requested.emit(item.data(ID_ROLE))

    def _revoke(self) -> None:
        from kiosk.core.credentials.issuing import revoke

        item = self.issued.currentItem()
        if item is None:
            return
        issued_id, reason = item.data(ID_ROLE), self.reason.text()
        self.run(
            lambda: revoke(issued_id, reason),
            then=lambda _c: self.reason.clear(),
            said=lambda c: filled(
                self.tr("%1's certificate \u201c%2\u201d is revoked (%3)."), c.learner_name, c.title, c.short_code
            ),
            refresh=True,
        )

    def _confirm(self) -> None:
        from kiosk.core.facilitator.review import confirm_signoff

        item = self.signoffs.currentItem()
        if item is None:
            return
        learner_id, credential_id = item.data(ID_ROLE)
        self.run(
            lambda: confirm_signoff(learner_id, credential_id),
            said=lambda c: filled(self.tr("Awarded %1 to %2."), c.title, c.learner_name),
            refresh=True,
        )


