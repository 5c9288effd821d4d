"""A learner's own certificates: each to view, print or save again; a revoked one says so."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.learners.profiles import LearnerSession
from kiosk.ui.i18n import filled
from kiosk.ui.layouts import screen_column, scrolling_list
from kiosk.ui.tasks import TaskRunner, user_message


class MyCertificatesScreen(QWidget):
    certificate_requested = Signal(str)  # issued credential id
    home_requested = Signal()
    shown = Signal()

    def __init__(self, session: LearnerSession, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_home = QPushButton(self.tr("⌂ Back home"))
        self.back_home.clicked.connect(self.home_requested)
        title = QLabel(self.tr("My certificates"))
        title.setProperty("role", "title")
        self.empty = QLabel(self.tr("No certificate yet. Finish a pack's lessons and quizzes to earn one."))
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.buttons: list[QPushButton] = []
        self._list = QVBoxLayout()
        self._list.setSpacing(10)
        scroll = scrolling_list(self._list, name=self.tr("My certificates"))
        layout = screen_column(self)
        layout.addWidget(self.back_home, 0, Qt.AlignLeft)
        layout.addWidget(title)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        from kiosk.core.credentials.issuing import learner_certificates

        tasks.run(lambda: learner_certificates(session), on_success=self._show, on_failure=self._fail)

    def _show(self, held) -> None:
        for certificate in held:
            words = filled(self.tr("%1 — earned %2"), certificate.title, f"\u2066{certificate.issued_at:%Y/%m/%d}\u2069")
            if certificate.revoked_at is not None:
                words += "\n" + filled(
                    self.tr("⚠ Revoked on %1: no longer valid."), f"\u2066{certificate.revoked_at:%Y/%m/%d}\u2069"
                )
            elif certificate.demonstration:
                words += "\n" + self.tr("Demonstration: not a qualification.")
            button = QPushButton(words)
            button.setAccessibleName(words.replace("\n", ". "))
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _checked=False, cid=certificate.id: self.certificate_requested.emit(cid))
            self._list.addWidget(button)
            self.buttons.append(button)
        self.empty.setVisible(not held)
        if self.buttons:
            self.buttons[0].setFocus()
        self.shown.emit()

    def _fail(self, exc: Exception) -> None:
        self.empty.setText(user_message(exc))
        self.empty.show()
        self.shown.emit()

    def focus_content(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus()
