"""Progress: the report of each learner in each pack they started, a page at a time, and its exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.facilitator.base import ConsoleTab
from kiosk.ui.i18n import filled
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.text import plain_label


def two_lines(label: str) -> str:
    """A column's header on two lines when it is long: broken at the space nearest its middle."""
    if len(label) <= 12 or " " not in label:
        return label
    middle = len(label) // 2
    cut = min((i for i, ch in enumerate(label) if ch == " "), key=lambda i: abs(i - middle))
    return label[:cut] + "\n" + label[cut + 1:]


class ProgressTab(ConsoleTab):
    """The report, a page at a time: filter by pack, name or stuck; sort by a column's header.

    The table takes all the height the filters, the paging and the exports leave (a 1024 x 600
    screen shows a dozen rows)."""

    SORTABLE = {0: "learner", 1: "pack", 2: "progress", 5: "last_activity"}  # column -> ReportSort value

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        from kiosk.core.facilitator.report import PAGE_SIZE

        self._page = None  # the ReportPage shown
        self._offset = 0
        self._page_size = PAGE_SIZE
        self._sort, self._descending = "learner", False
        self._job = None  # the report job in steps, if one is running
        self.pack = QComboBox()
        self.pack.setAccessibleName(self.tr("Show one pack"))
        self.pack.addItem(self.tr("All packs"), None)
        self.pack.currentIndexChanged.connect(self._view_changed)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Search by name"))
        self.name.setAccessibleName(self.tr("Show learners whose name contains"))
        self.name.textChanged.connect(self._view_changed)
        self.stuck_only = QCheckBox(self.tr("Only learners who are stuck"))
        stuck = self.tr("Stuck: 10 or more answers in a pack in the last 14 days, and no new skill mastered.")
        self._stuck_rule = stuck
        self.stuck_only.setToolTip(stuck)
        self.stuck_only.setAccessibleDescription(stuck)
        self.stuck_only.toggled.connect(self._view_changed)
        self.table = QTableWidget(0, 7)
        # Long headers on two lines, so every column fits a 1024 x 600 screen (no sideways scrolling to "Stuck?").
        self.table.setHorizontalHeaderLabels(
            [two_lines(label) for label in (
                self.tr("Learner"), self.tr("Pack"), self.tr("Progress"), self.tr("Skills"),
                self.tr("Answers (14 days)"), self.tr("Last activity"), self.tr("Stuck?"))]
        )
        self.table.horizontalHeaderItem(6).setToolTip(stuck)
        self.table.setAccessibleName(self.tr("Progress of each learner in each pack they started"))
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.AscendingOrder)
        header.sectionClicked.connect(self._sort_by)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        # The pages turn by arrows (named for screen readers), so the paging and the exports share
        # one row under the table.
        self.previous_page = QPushButton("◀")
        self.previous_page.setAccessibleName(self.tr("Previous page of the report"))
        self.previous_page.setToolTip(self.tr("Previous page of the report"))
        self.previous_page.clicked.connect(lambda: self._turn(-1))
        self.next_page = QPushButton("▶")
        self.next_page.setAccessibleName(self.tr("Next page of the report"))
        self.next_page.setToolTip(self.tr("Next page of the report"))
        self.next_page.clicked.connect(lambda: self._turn(1))
        for arrow in (self.previous_page, self.next_page):
            arrow.setLayoutDirection(Qt.LeftToRight)
        # Each export asks where to save (a USB stick, a folder), then saves there.
        self.export_csv = QPushButton(self.tr("Save as CSV…"))
        self.export_csv.setAccessibleName(self.tr("Save the report as a CSV file, in a folder you choose"))
        self.export_csv.clicked.connect(lambda: self._choose_folder("csv"))
        self.export_pdf = QPushButton(self.tr("Save as PDF…"))
        self.export_pdf.setAccessibleName(self.tr("Save the report as a PDF file, in a folder you choose"))
        self.export_pdf.clicked.connect(lambda: self._choose_folder("pdf"))
        self.folder_dialog: QFileDialog | None = None
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.pack)
        filter_row.addWidget(self.name, 1)
        filter_row.addWidget(self.stuck_only)
        filter_row.addWidget(self.refresh_button)
        page_row = QHBoxLayout()
        page_row.addWidget(self.summary, 1)
        page_row.addWidget(self.previous_page)
        page_row.addWidget(self.next_page)
        page_row.addSpacing(12)
        page_row.addWidget(self.export_csv)
        page_row.addWidget(self.export_pdf)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(page_row)
        layout.addWidget(self.message)
        self._update_paging()

    # --- the report -------------------------------------------------------------

    def view(self):
        """The report view the controls ask for."""
        from kiosk.core.facilitator.report import ReportSort, ReportView

        return ReportView(
            pack_id=self.pack.currentData(),
            name=self.name.text(),
            stuck_only=self.stuck_only.isChecked(),
            sort=ReportSort(self._sort),
            descending=self._descending,
        )

    def refresh(self) -> None:
        """The report is long work: it runs in steps (so a learner's answer never waits behind it)."""
        from kiosk.core.facilitator.report import report_steps

        if self._job is not None:
            self._job.cancel()
        view, offset, limit = self.view(), self._offset, self._page_size
        self._job = self._tasks.run_steps(
            report_steps(view, offset=offset, limit=limit),
            on_success=self.show_loaded,
            on_failure=self.show_error,
            on_progress=self._working,
        )

    def _view_changed(self, *_args) -> None:
        self._offset = 0
        self.refresh()

    def _sort_by(self, column: int) -> None:
        sort = self.SORTABLE.get(column)
        header = self.table.horizontalHeader()
        if sort is None:  # not a column the report sorts by: keep the indicator where it was
            header.setSortIndicator(
                next(c for c, s in self.SORTABLE.items() if s == self._sort),
                Qt.DescendingOrder if self._descending else Qt.AscendingOrder,
            )
            return
        self._descending = not self._descending if sort == self._sort else False
        self._sort = sort
        header.setSortIndicator(column, Qt.DescendingOrder if self._descending else Qt.AscendingOrder)
        self._view_changed()

    def _turn(self, pages: int) -> None:
        self._offset = max(0, self._offset + pages * self._page_size)
        self.refresh()

    def _working(self, done: float) -> None:
        self.summary.setText(filled(self.tr("Working out progress… %1 %"), round(done * 100)))

    def show_loaded(self, page) -> None:
        self._job = None
        self._page = page
        self._fill_packs(page.packs)
        rows = page.rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [
                row.learner_name,
                row.pack_title,
                f"{round(row.progress * 100)} %",
                filled(self.tr("%1 of %2"), row.mastered, row.skills),
                str(row.recent_answers),
                row.last_activity.strftime("%Y-%m-%d") if row.last_activity else self.tr("never"),
                self.tr("⚠ Stuck") if row.stuck else "",
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._update_paging()

    def _fill_packs(self, packs) -> None:
        shown = [(self.pack.itemData(i), self.pack.itemText(i)) for i in range(1, self.pack.count())]
        if shown == list(packs):
            return
        current = self.pack.currentData()
        self.pack.blockSignals(True)
        while self.pack.count() > 1:
            self.pack.removeItem(1)
        for pack_id, title in packs:
            self.pack.addItem(title, pack_id)
        self.pack.setCurrentIndex(max(0, self.pack.findData(current)))
        self.pack.blockSignals(False)

    def _update_paging(self) -> None:
        page = self._page
        total = page.total if page else 0
        shown = len(page.rows) if page else 0
        self.previous_page.setEnabled(self._offset > 0)
        self.next_page.setEnabled(page is not None and self._offset + shown < total)
        if page is None:
            self.summary.setText("")
        elif total == 0:
            self.summary.setText(
                filled(self.tr("No rows. Learner and pack pairs not started: %1."), page.not_started)
            )
        else:
            self.summary.setText(
                filled(
                    self.tr("Rows %1–%2 of %3. Learner and pack pairs not started: %4."),
                    self._offset + 1,
                    self._offset + shown,
                    total,
                    page.not_started,
                )
            )
        if page is not None and self.stuck_only.isChecked():
            self.summary.setText(self.summary.text() + " " + self._stuck_rule)  # what "stuck" means, when it is asked

    # --- exports ----------------------------------------------------------------

    def _choose_folder(self, kind: str) -> None:
        """Where to save: a folder on a USB stick, say (the dialog is shown, never exec'd)."""
        dialog = QFileDialog(self, self.tr("Folder to save the report in"))
        dialog.setFileMode(QFileDialog.Directory)
        dialog.setOption(QFileDialog.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda chosen: self.export(kind, Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        self.folder_dialog = dialog
        dialog.open()

    def export(self, kind: str, folder: Path) -> None:
        """Save the report, as it is filtered and sorted, in ``folder`` ("csv" or "pdf")."""
        from PySide6.QtCore import QCoreApplication

        from kiosk.core.facilitator.report import export_csv_steps, export_pdf_steps
        from kiosk.core.say import CONTEXT

        view, title = self.view(), self.tr("Learners' progress")
        if kind == "csv":
            steps = export_csv_steps(folder / "kiosk-progress.csv", view)
        else:
            # In the app's language, as the certificates are.
            steps = export_pdf_steps(
                folder / "kiosk-progress.pdf", view, title=title,
                translate=lambda text: QCoreApplication.translate(CONTEXT, text),
            )
        for button in (self.export_csv, self.export_pdf):
            button.setEnabled(False)

        def done() -> None:
            for button in (self.export_csv, self.export_pdf):
                button.setEnabled(True)

        self._tasks.run_steps(
            steps,
            on_success=lambda path: (done(), self.say(filled(self.tr("Saved %1."), path))),
            on_failure=lambda exc: (done(), self.show_error(exc)),
            on_progress=lambda part: self.say(filled(self.tr("Saving the report… %1 %"), round(part * 100))),
        )
