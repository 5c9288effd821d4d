"""The facilitator's screen (after the facilitator PIN): add content packs, then go back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.ui.pack_import_screen import PackImportScreen
from kiosk.ui.tasks import TaskRunner


class FacilitatorScreen(QWidget):
    back_requested = Signal()

    def __init__(self, *, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = QPushButton(self.tr("← Back"))
        self.back.setAccessibleName(self.tr("Back to the learners"))
        self.back.clicked.connect(self.back_requested)
        self.packs = PackImportScreen(tasks=tasks)
        layout = QVBoxLayout(self)
        layout.addWidget(self.back, 0, Qt.AlignLeft)
        layout.addWidget(self.packs, 1)

    # USB sticks are watched only while this screen is shown.
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.packs.timer.start()
        self.packs.refresh_installed()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.packs.timer.stop()
        super().hideEvent(event)
