"""Packs: packs on a USB stick (or a chosen folder) → check → import; export to USB; remove.

A tab of the console: ``PacksTab(tasks=...)``. A QTimer asks the core's
``DrivePoller`` every 2 s for newly inserted drives and scans the first one. Scans,
imports and exports run on the TaskRunner's worker; import progress comes back as a
signal, so the worker never touches a widget.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.packs.drives import DrivePoller, PackOffer, scan_for_packs
from kiosk.core.packs.library import export_pack, import_pack, list_packs
from kiosk.ui.facilitator.base import ConsoleTab, choice_list
from kiosk.ui.i18n import filled, translated
from kiosk.ui.layouts import ends_row
from kiosk.ui.tasks import TaskRunner, user_message

POLL_INTERVAL_MS = 2000
OFFER_ROLE = Qt.UserRole + 1


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{max(n, 1) / 1024:.0f} KB"


class _ProgressRelay(QObject):
    """Emitted from the worker; Qt queues the call to the GUI thread."""

    changed = Signal(int, int)


class PacksTab(ConsoleTab):
    """Emits ``packs_changed`` after an import, so other screens can refresh.

    The packs found and the packs installed sit side by side, each list with its buttons under it,
    so both stay whole on a 1024 x 600 screen."""

    packs_changed = Signal()

    def __init__(
        self,
        *,
        tasks: TaskRunner,
        poller: DrivePoller | None = None,
        poll_interval_ms: int = POLL_INTERVAL_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._poller = poller or DrivePoller()
        self._folder: Path | None = None
        self._relay = _ProgressRelay(self)
        self._relay.changed.connect(self._show_progress)
        self.folder_dialog: QFileDialog | None = None
        self._removing = False

        found_title = QLabel(self.tr("Add content packs"))
        found_title.setProperty("role", "subtitle")
        found_title.setWordWrap(True)
        self.status = QLabel(self.tr("Insert a USB stick with packs, or choose a folder."))
        self.status.setWordWrap(True)
        self.offers = QListWidget()
        self.offers.setAccessibleName(self.tr("Packs found"))
        self.offers.setWordWrap(True)
        self.choose = QPushButton(self.tr("Choose folder…"))
        self.choose.clicked.connect(self._choose_folder)
        self.import_button = QPushButton(self.tr("Import selected"))
        self.import_button.setProperty("role", "primary")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._import_checked)
        self.offers.itemChanged.connect(self._update_buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.hide()

        installed_title = QLabel(self.tr("Installed packs"))
        installed_title.setProperty("role", "subtitle")
        self.installed = choice_list(self.tr("Installed packs"), self._update_buttons)
        self.installed.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export to USB"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._export_current)

        found_row = QHBoxLayout()
        found_row.addWidget(found_title, 1)
        found_row.addWidget(self.choose)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        self.remove_button = QPushButton(self.tr("Remove pack"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected pack from this kiosk"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._remove_current)
        export_row = ends_row(self.remove_button, self.export_button)
        found = QVBoxLayout()
        found.addLayout(found_row)
        found.addWidget(self.status)
        found.addWidget(self.offers, 1)
        found.addLayout(buttons)
        found.addWidget(self.progress)
        installed = QVBoxLayout()
        installed.addWidget(installed_title)
        installed.addWidget(self.installed, 1)
        installed.addLayout(export_row)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(found, 1)
        columns.addLayout(installed, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)

        self.timer = QTimer(self, interval=poll_interval_ms)
        self.timer.timeout.connect(self._poll_drives)
        self.timer.start()
        self.refresh_installed()

    # --- finding packs ---------------------------------------------------------

    def _poll_drives(self) -> None:
        added = self._poller.poll()
        if added:
            self.scan(added[0])

    def _choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the folder with the packs"))
        dialog.setFileMode(QFileDialog.Directory)
        dialog.setOption(QFileDialog.DontUseNativeDialog, True)
        # The packs show in each folder, so one sees which folder holds them.
        dialog.setOption(QFileDialog.ShowDirsOnly, False)
        dialog.setNameFilter(self.tr("Kiosk packs (*.kpack)"))
        dialog.fileSelected.connect(lambda chosen: self.scan(Path(chosen)))
        self.folder_dialog = dialog
        dialog.open()  # never exec(): the screen keeps running

    def scan(self, folder: Path) -> None:
        """List the packs in ``folder`` (checked on the worker thread)."""
        self._folder = Path(folder)
        self.status.setText(filled(self.tr("Looking for packs in %1…"), folder))
        self.offers.clear()
        self.message.hide()
        self._update_buttons()
        self._tasks.run(lambda: scan_for_packs(Path(folder)), on_success=self._show_offers, on_failure=self._failed)

    def _show_offers(self, offers: list[PackOffer]) -> None:
        self.offers.clear()
        if not offers:
            self.status.setText(filled(self.tr("No packs (.kpack files) in %1."), self._folder))
        else:
            self.status.setText(filled(self.tr("Packs in %1: tick the ones to import."), self._folder))
        for offer in offers:
            item = QListWidgetItem(self._describe(offer))
            item.setData(OFFER_ROLE, offer)
            if offer.importable:
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Checked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemIsUserCheckable & ~Qt.ItemIsEnabled)
            self.offers.addItem(item)
        self._update_buttons()

    def _describe(self, offer: PackOffer) -> str:
        if offer.id is None:
            return filled(self.tr("%1 (%2) — cannot be used: %3"), offer.path.name, _size(offer.size), translated(offer.problem))
        check = self.tr("signature verified") if offer.signature_ok else self.tr("signature NOT verified")
        text = filled(
            self.tr("%1 — version %2, %3, from %4, %5"), offer.title, offer.version, _size(offer.size), offer.publisher, check
        )
        if offer.problem:
            text += filled(self.tr(" — not importable: %1"), translated(offer.problem))
        return text

    def checked_offers(self) -> list[PackOffer]:
        return [
            self.offers.item(i).data(OFFER_ROLE)
            for i in range(self.offers.count())
            if self.offers.item(i).flags() & Qt.ItemIsUserCheckable and self.offers.item(i).checkState() == Qt.Checked
        ]

    # --- importing -------------------------------------------------------------

    def _import_checked(self) -> None:
        offers = self.checked_offers()
        if not offers:
            return
        self.import_button.setEnabled(False)
        self.choose.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.say(self.tr("Importing… please leave the USB stick in."))
        relay = self._relay
        count = len(offers)

        def work() -> list[tuple[str, str | None]]:
            results: list[tuple[str, str | None]] = []
            for index, offer in enumerate(offers):
                def report(done: int, total: int, index: int = index) -> None:
                    relay.changed.emit(index * 1000 + int(1000 * done / max(total, 1)), count * 1000)

                try:
                    result = import_pack(offer.path, progress=report)
                    results.append((f"{result.title} {result.version}", None))
                except Exception as exc:  # noqa: BLE001 (shown to the facilitator below)
                    results.append((offer.title or offer.path.name, user_message(exc)))
            return results

        self._tasks.run(work, on_success=self._imported, on_failure=self._failed)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _imported(self, results: list[tuple[str, str | None]]) -> None:
        self.progress.setValue(100)
        self.choose.setEnabled(True)
        lines = []
        for name, problem in results:
            lines.append(filled(self.tr("Installed %1."), name) if problem is None else filled(self.tr("Not installed: %1"), problem))
        self.say("\n".join(lines), error=any(problem is not None for _name, problem in results))
        self.refresh_installed()
        if self._folder is not None:
            self._tasks.run(lambda: scan_for_packs(self._folder), on_success=self._show_offers, on_failure=self._failed)
        if any(problem is None for _name, problem in results):
            self.packs_changed.emit()

    def _failed(self, exc: Exception) -> None:
        self.choose.setEnabled(True)
        self.progress.hide()
        self.show_error(exc)
        self._update_buttons()

    # --- installed packs and export -------------------------------------------

    def load(self):
        return list_packs

    def refresh_installed(self) -> None:
        self.refresh()

    def show_loaded(self, packs) -> None:
        self.installed.clear()
        for pack in packs:
            item = QListWidgetItem(filled(self.tr("%1 — version %2"), pack.title, pack.version))
            item.setData(OFFER_ROLE, pack.id)
            self.installed.addItem(item)
        self._update_buttons()

    def _export_current(self) -> None:
        item = self.installed.currentItem()
        if item is None or self._folder is None:
            return
        pack_id, folder = item.data(OFFER_ROLE), self._folder
        self.export_button.setEnabled(False)
        self._tasks.run(
            lambda: export_pack(pack_id, folder),
            on_success=lambda path: (self.say(filled(self.tr("Saved %1."), path)), self._update_buttons()),
            on_failure=self._failed,
        )

    def _remove_current(self) -> None:
        """First click asks, second removes (learners' records stay)."""
        item = self.installed.currentItem()
        if item is None:
            return
        if not self._removing:
            self._removing = True
            self.remove_button.setText(self.tr("Click again to remove"))
            return
        from kiosk.core.packs.library import remove_pack

        self._removing = False
        pack_id = item.data(OFFER_ROLE)
        self._tasks.run(
            lambda: remove_pack(pack_id),
            on_success=lambda pack: (
                self.say(filled(self.tr("Removed %1; learners' records are kept."), pack.title)),
                self.refresh_installed(),
                self.packs_changed.emit(),
            ),
            on_failure=self._failed,
        )

    def _update_buttons(self, *_args) -> None:
        if getattr(self, "_removing", False) and self.sender() is self.installed:
            self._removing = False
        self.remove_button.setText(self.tr("Click again to remove") if getattr(self, "_removing", False) else self.tr("Remove pack"))
        self.remove_button.setEnabled(self.installed.currentItem() is not None)
        self.import_button.setEnabled(bool(self.checked_offers()) and not self._tasks.is_busy())
        self.export_button.setEnabled(self.installed.currentItem() is not None and self._folder is not None)
        if self._folder is not None:
            self.export_button.setToolTip(filled(self.tr("Copy the pack file to %1"), self._folder))
