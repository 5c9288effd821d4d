"""The learner's home: a greeting, the installed packs, and a way out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from kiosk.core.learners.profiles import LearnerSession


class HomeScreen(QWidget):
    logout_requested = Signal()

    def __init__(self, *, list_packs: Callable[[], Sequence[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list_packs = list_packs
        self.greeting = QLabel()
        self.greeting.setProperty("role", "title")
        self.logout = QPushButton(self.tr("Log out"))
        self.logout.setAccessibleName(self.tr("Log out"))
        self.logout.clicked.connect(self.logout_requested)
        header = QHBoxLayout()
        header.addWidget(self.greeting, 1)
        header.addWidget(self.logout, 0, Qt.AlignTop)

        self.packs_title = QLabel(self.tr("Your learning packs"))
        self.packs_title.setProperty("role", "subtitle")
        self.packs = QListWidget()
        self.packs.setAccessibleName(self.tr("Learning packs"))
        self.packs.setStyleSheet("QListWidget::item { padding: 14px; font-size: 16pt; }")
        self.empty = QLabel(
            self.tr(
                "No learning packs are installed yet.\n"
                "Ask the facilitator to add a pack from a USB stick (Facilitator → Packs)."
            )
        )
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.packs_title)
        layout.addWidget(self.packs, 1)
        layout.addWidget(self.empty, 1)

    def show_session(self, session: LearnerSession) -> None:
        self.greeting.setText(self.tr("Hello, %1").replace("%1", session.name))
        self.packs.clear()
        packs = list(self._list_packs())
        for pack in packs:
            item = QListWidgetItem(f"{pack.title}\n{pack.description}")
            item.setData(Qt.UserRole, pack.id)
            self.packs.addItem(item)
        self.packs.setVisible(bool(packs))
        self.empty.setVisible(not packs)
