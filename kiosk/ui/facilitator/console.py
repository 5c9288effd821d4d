"""The facilitator's console (after the facilitator PIN): one tab per task, one module per tab.

Learners, Progress (the report and its exports), Essays (marks), Credentials (reprint, revoke,
sign-offs), Packs, Backup, Settings and Organisation. Every tab is a ``ConsoleTab``
(kiosk/ui/facilitator/base.py): it loads what it shows on the task worker when it is opened, and
says in its message line how each action went. Actions that cannot be undone (merge, restore,
remove, revoke, a new organisation key) ask for a second click on the same button.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from kiosk.ui.facilitator.backup_tab import BackupTab
from kiosk.ui.facilitator.credentials_tab import CredentialsTab
from kiosk.ui.facilitator.essays_tab import EssaysTab
from kiosk.ui.facilitator.learners_tab import LearnersTab
from kiosk.ui.facilitator.organisation_tab import OrganisationTab
from kiosk.ui.facilitator.packs_tab import PacksTab
from kiosk.ui.facilitator.progress_tab import ProgressTab
from kiosk.ui.facilitator.settings_tab import SettingsTab
from kiosk.ui.tasks import TaskRunner


class FacilitatorScreen(QWidget):
    back_requested = Signal()
    exit_requested = Signal()
    certificate_requested = Signal(str)
    settings_changed = Signal(object)

    def __init__(self, *, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        title = QLabel(self.tr("Facilitator"))
        title.setProperty("role", "subtitle")
        self.back = QPushButton(self.tr("← Back"))
        self.back.setAccessibleName(self.tr("Back to the learners"))
        self.back.clicked.connect(self.back_requested)
        self.exit_kiosk = QPushButton(self.tr("Exit kiosk"))
        self.exit_kiosk.setAccessibleName(self.tr("Close the Kiosk app"))
        self.exit_kiosk.clicked.connect(self.exit_requested)
        self.learners = LearnersTab(tasks)
        self.progress = ProgressTab(tasks)
        self.essays = EssaysTab(tasks)
        self.credentials = CredentialsTab(tasks)
        self.credentials.certificate_requested.connect(self.certificate_requested)
        self.packs = PacksTab(tasks=tasks)
        self.backup = BackupTab(tasks)
        self.backup.restored.connect(self.refresh_all)
        self.settings = SettingsTab(tasks)
        self.settings.settings_changed.connect(self.settings_changed)
        self.organisation = OrganisationTab(tasks)
        self.tabs = QTabWidget()
        self.tabs.tabBar().setAccessibleName(self.tr("Facilitator sections"))
        self.tabs.setAccessibleName(self.tr("Facilitator tasks"))
        for widget, name in (
            (self.learners, self.tr("Learners")),
            (self.progress, self.tr("Progress")),
            (self.essays, self.tr("Essays")),
            (self.credentials, self.tr("Credentials")),
            (self.packs, self.tr("Packs")),
            (self.backup, self.tr("Backup")),
            (self.settings, self.tr("Settings")),
            (self.organisation, self.tr("Organisation")),
        ):
            self.tabs.addTab(widget, name)
        self.tabs.currentChanged.connect(self._tab_changed)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(title, 1)
        top.addWidget(self.exit_kiosk)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def tab_list(self) -> list:
        return [self.tabs.widget(index) for index in range(self.tabs.count())]

    def _tab_changed(self, _index: int) -> None:
        self.tabs.currentWidget().refresh()

    def refresh_all(self) -> None:
        for tab in self.tab_list():
            tab.refresh()

    # USB sticks are watched only while this screen is shown.
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.packs.timer.start()
        self._tab_changed(self.tabs.currentIndex())
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.packs.timer.stop()
        super().hideEvent(event)
