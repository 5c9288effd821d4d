"""The facilitator's console (after the facilitator PIN): one tab per task.

Learners, Progress (report, exports, essay marks), Credentials (reprint, revoke,
sign-offs), Packs, Backup and Settings. Every action runs on the TaskRunner's
worker and reports back in the tab's message line. Actions that cannot be undone
(merge, restore, remove, revoke) ask for a second click on the same button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.file_field import FileField
from kiosk.ui.layouts import scrolling_layout
from kiosk.ui.pack_import_screen import PackImportScreen
from kiosk.ui.tasks import TaskRunner, user_message
from kiosk.ui.text import plain_label

ID_ROLE = Qt.UserRole + 1


def _message_label() -> QLabel:
    label = plain_label()
    label.setWordWrap(True)
    label.setProperty("role", "notice")
    label.hide()
    return label


def _say(label: QLabel, text: str, *, error: bool = False) -> None:
    # Never colour alone: errors start with a warning sign and the word is in the text.
    label.setText(("⚠ " if error else "✓ ") + text)
    label.setProperty("role", "error" if error else "notice")
    label.style().unpolish(label)
    label.style().polish(label)
    label.show()


class _ConfirmButton(QPushButton):
    """A button for something that cannot be undone: the first click asks, the second acts."""

    confirmed = Signal()

    def __init__(self, text: str, confirm_text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._text, self._confirm_text, self._armed = text, confirm_text, False
        self.clicked.connect(self._click)

    def _click(self) -> None:
        if self._armed:
            self.disarm()
            self.confirmed.emit()
        else:
            self._armed = True
            self.setText(self._confirm_text)

    def disarm(self) -> None:
        self._armed = False
        self.setText(self._text)


# --- Learners -------------------------------------------------------------------


class LearnersTab(QWidget):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setAccessibleName(self.tr("Search learners by name"))
        self.search.textChanged.connect(self.refresh)
        self.show_archived = QCheckBox(self.tr("Show archived learners"))
        self.show_archived.toggled.connect(self.refresh)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Learners"))
        self.list.currentItemChanged.connect(self._update_buttons)
        self.new_pin = QLineEdit()
        self.new_pin.setEchoMode(QLineEdit.Password)
        self.new_pin.setMaxLength(6)
        self.new_pin.setPlaceholderText(self.tr("New PIN (4-6 digits)"))
        self.new_pin.setAccessibleName(self.tr("New PIN for the learner"))
        self.set_pin = QPushButton(self.tr("Set PIN"))
        self.set_pin.clicked.connect(lambda: self._reset_pin(self.new_pin.text()))
        self.remove_pin = QPushButton(self.tr("Remove PIN"))
        self.remove_pin.clicked.connect(lambda: self._reset_pin(None))
        self.archive = QPushButton(self.tr("Archive"))
        self.archive.setAccessibleName(self.tr("Archive or bring back the learner"))
        self.archive.clicked.connect(self._toggle_archive)
        self.merge_into = QComboBox()
        self.merge_into.setAccessibleName(self.tr("Profile to keep when merging"))
        self.merge = _ConfirmButton(self.tr("Merge into this profile"), self.tr("Click again to merge"))
        self.merge.setAccessibleName(self.tr("Merge the selected learner into the chosen profile"))
        self.merge.confirmed.connect(self._merge)
        self.message = _message_label()

        pin_row = QHBoxLayout()
        for widget in (self.new_pin, self.set_pin, self.remove_pin, self.archive):
            pin_row.addWidget(widget)
        merge_row = QHBoxLayout()
        merge_row.addWidget(QLabel(self.tr("Same person as:")))
        merge_row.addWidget(self.merge_into, 1)
        merge_row.addWidget(self.merge)
        layout = QVBoxLayout(self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.show_archived)
        layout.addLayout(search_row)
        layout.addWidget(self.list, 1)
        layout.addLayout(pin_row)
        layout.addLayout(merge_row)
        layout.addWidget(self.message)
        self._learners: list = []
        self._update_buttons()

    def refresh(self, *_args) -> None:
        from kiosk.core.learners.admin import search_learners

        text, archived = self.search.text(), self.show_archived.isChecked()
        self._tasks.run(
            lambda: search_learners(text, include_archived=archived),
            on_success=self._show,
            on_failure=lambda exc: _say(self.message, user_message(exc), error=True),
        )

    def _show(self, learners) -> None:
        current = self.current_id()
        self._learners = learners
        self.list.clear()
        for learner in learners:
            marks = []
            if learner.has_pin:
                marks.append(self.tr("PIN"))
            if learner.archived:
                marks.append(self.tr("archived"))
            text = learner.name + (f"  ({', '.join(marks)})" if marks else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, learner.id)
            self.list.addItem(item)
            if learner.id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def _current(self):
        return next((learner for learner in self._learners if learner.id == self.current_id()), None)

    def _update_buttons(self, *_args) -> None:
        learner = self._current()
        for button in (self.set_pin, self.remove_pin, self.archive, self.merge):
            button.setEnabled(learner is not None)
        self.merge.disarm()
        if learner is not None:
            self.archive.setText(self.tr("Bring back") if learner.archived else self.tr("Archive"))
        self.merge_into.clear()
        for other in self._learners:
            if learner is not None and other.id != learner.id and not other.archived:
                self.merge_into.addItem(other.name, other.id)
        self.merge.setEnabled(learner is not None and self.merge_into.count() > 0)

    def _done(self, text: str) -> None:
        _say(self.message, text)
        self.refresh()

    def _reset_pin(self, pin: str | None) -> None:
        from kiosk.core.learners.admin import reset_pin

        learner = self._current()
        if learner is None:
            return
        self.new_pin.clear()
        self._tasks.run(
            lambda: reset_pin(learner.id, pin),
            on_success=lambda s: self._done(
                self.tr("{0} has a new PIN.").format(s.name) if s.has_pin else self.tr("{0} has no PIN now.").format(s.name)
            ),
            on_failure=lambda exc: _say(self.message, user_message(exc), error=True),
        )

    def _toggle_archive(self) -> None:
        from kiosk.core.learners.admin import archive_learner

        learner = self._current()
        if learner is None:
            return
        self._tasks.run(
            lambda: archive_learner(learner.id, archived=not learner.archived),
            on_success=lambda s: self._done(
                self.tr("{0} is archived: hidden from the picker, records kept.").format(s.name)
                if s.archived
                else self.tr("{0} is back on the picker.").format(s.name)
            ),
            on_failure=lambda exc: _say(self.message, user_message(exc), error=True),
        )

    def _merge(self) -> None:
        from kiosk.core.learners.admin import merge_learners

        learner, keep_id = self._current(), self.merge_into.currentData()
        if learner is None or keep_id is None:
            return
        self._tasks.run(
            lambda: merge_learners(keep_id, learner.id),
            on_success=lambda s: self._done(self.tr("{0} was merged into {1}.").format(learner.name, s.name)),
            on_failure=lambda exc: _say(self.message, user_message(exc), error=True),
        )


# --- Progress ------------------------------------------------------------------


class ProgressTab(QWidget):
    """The report, a page at a time: filter by pack, name or stuck; sort by a column's header."""

    SORTABLE = {0: "learner", 1: "pack", 2: "progress", 5: "last_activity"}  # column -> ReportSort value

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from kiosk.core.facilitator.report import PAGE_SIZE

        self._tasks = tasks
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
        self.stuck_only.toggled.connect(self._view_changed)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Learner"), self.tr("Pack"), self.tr("Progress"), self.tr("Skills"), self.tr("Answers (14 days)"),
             self.tr("Last activity"), self.tr("Stuck?")]
        )
        self.table.setAccessibleName(self.tr("Progress of each learner in each pack they started"))
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.AscendingOrder)
        header.sectionClicked.connect(self._sort_by)
        self.table.verticalHeader().hide()
        self.summary = plain_label()
        self.previous_page = QPushButton(self.tr("◀ Previous"))
        self.previous_page.setAccessibleName(self.tr("Previous page of the report"))
        self.previous_page.clicked.connect(lambda: self._turn(-1))
        self.next_page = QPushButton(self.tr("Next ▶"))
        self.next_page.setAccessibleName(self.tr("Next page of the report"))
        self.next_page.clicked.connect(lambda: self._turn(1))
        self.stuck_note = QLabel(
            self.tr("Stuck: 10 or more answers in a pack in the last 14 days, and no new skill mastered.")
        )
        self.stuck_note.setWordWrap(True)
        self.folder = FileField(self.tr("Folder to save the report in"), save_file=True)
        self.export_csv = QPushButton(self.tr("Save as CSV"))
        self.export_csv.clicked.connect(lambda: self._export("csv"))
        self.export_pdf = QPushButton(self.tr("Save as PDF"))
        self.export_pdf.clicked.connect(lambda: self._export("pdf"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)

        essays_title = QLabel(self.tr("Essay answers to mark"))
        essays_title.setProperty("role", "subtitle")
        self.essays = QListWidget()
        self.essays.setAccessibleName(self.tr("Essay answers waiting for a mark"))
        self.essays.currentItemChanged.connect(self._show_essay)
        self.essay_text = plain_label()
        self.essay_text.setWordWrap(True)
        self.essay_text.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.mark = QSpinBox()
        self.mark.setRange(0, 100)
        self.mark.setSuffix(" %")
        self.mark.setAccessibleName(self.tr("Mark for the essay, 0 to 100 percent"))
        self.save_mark = QPushButton(self.tr("Save mark"))
        self.save_mark.setEnabled(False)
        self.save_mark.clicked.connect(self._save_mark)
        self.message = _message_label()
        self._essays: list = []

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.pack)
        filter_row.addWidget(self.name, 1)
        filter_row.addWidget(self.stuck_only)
        page_row = QHBoxLayout()
        page_row.addWidget(self.summary, 1)
        page_row.addWidget(self.previous_page)
        page_row.addWidget(self.next_page)
        export_row = QHBoxLayout()
        export_row.addWidget(self.folder, 1)
        for button in (self.export_csv, self.export_pdf, self.refresh_button):
            export_row.addWidget(button)
        mark_row = QHBoxLayout()
        mark_row.addWidget(QLabel(self.tr("Mark:")))
        mark_row.addWidget(self.mark)
        mark_row.addWidget(self.save_mark)
        mark_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 3)
        layout.addLayout(page_row)
        layout.addWidget(self.stuck_note)
        layout.addLayout(export_row)
        layout.addWidget(essays_title)
        layout.addWidget(self.essays, 1)
        layout.addWidget(self.essay_text)
        layout.addLayout(mark_row)
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
        from kiosk.core.facilitator.review import essays_to_review

        self._load_page()
        self._tasks.run(essays_to_review, on_success=self._show_essays, on_failure=self._fail)

    def _view_changed(self, *_args) -> None:
        self._offset = 0
        self._load_page()

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
        self._load_page()

    def _load_page(self) -> None:
        from kiosk.core.facilitator.report import report_steps

        if self._job is not None:
            self._job.cancel()
        view, offset, limit = self.view(), self._offset, self._page_size
        self._job = self._tasks.run_steps(
            report_steps(view, offset=offset, limit=limit),
            on_success=self._show_page,
            on_failure=self._fail,
            on_progress=self._working,
        )

    def _working(self, done: float) -> None:
        self.summary.setText(self.tr("Working out progress… {0} %").format(round(done * 100)))

    def _fail(self, exc: Exception) -> None:
        _say(self.message, user_message(exc), error=True)

    def _show_page(self, page) -> None:
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
                self.tr("{0} of {1}").format(row.mastered, row.skills),
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
                self.tr("No rows. Learner and pack pairs not started: {0}.").format(page.not_started)
            )
        else:
            self.summary.setText(
                self.tr("Rows {0}–{1} of {2}. Learner and pack pairs not started: {3}.").format(
                    self._offset + 1, self._offset + shown, total, page.not_started
                )
            )

    # --- essays -----------------------------------------------------------------

    def _show_essays(self, essays) -> None:
        self._essays = essays
        self.essays.clear()
        for essay in essays:
            item = QListWidgetItem(f"{essay.learner_name} — {essay.pack_title}")
            item.setData(ID_ROLE, essay.response_id)
            self.essays.addItem(item)
        if not essays:
            self.essay_text.setText(self.tr("No essay answers are waiting."))
        self.save_mark.setEnabled(False)

    def _show_essay(self, *_args) -> None:
        item = self.essays.currentItem()
        essay = next((e for e in self._essays if item is not None and e.response_id == item.data(ID_ROLE)), None)
        self.save_mark.setEnabled(essay is not None)
        if essay is not None:
            self.essay_text.setText(self.tr("Question: {0}\nAnswer: {1}").format(essay.question, essay.answer))

    def _save_mark(self) -> None:
        from kiosk.core.facilitator.review import mark_essay

        item = self.essays.currentItem()
        if item is None:
            return
        response_id, percent = item.data(ID_ROLE), self.mark.value()
        self._tasks.run(
            lambda: mark_essay(response_id, percent),
            on_success=lambda _r: (_say(self.message, self.tr("Mark saved.")), self.refresh()),
            on_failure=self._fail,
        )

    # --- exports ----------------------------------------------------------------

    def _export(self, kind: str) -> None:
        from kiosk.core.facilitator.report import export_csv_steps, export_pdf_steps

        folder = self.folder.path()
        if folder is None:
            _say(self.message, self.tr("Choose a folder first (e.g. on a USB stick)."), error=True)
            return
        view, title = self.view(), self.tr("Learners' progress")
        if kind == "csv":
            steps = export_csv_steps(folder / "kiosk-progress.csv", view)
        else:
            steps = export_pdf_steps(folder / "kiosk-progress.pdf", view, title=title)
        for button in (self.export_csv, self.export_pdf):
            button.setEnabled(False)

        def done() -> None:
            for button in (self.export_csv, self.export_pdf):
                button.setEnabled(True)

        self._tasks.run_steps(
            steps,
            on_success=lambda path: (done(), _say(self.message, self.tr("Saved {0}.").format(str(path)))),
            on_failure=lambda exc: (done(), self._fail(exc)),
            on_progress=lambda part: _say(self.message, self.tr("Saving the report… {0} %").format(round(part * 100))),
        )


# --- Credentials ---------------------------------------------------------------


class CredentialsTab(QWidget):
    certificate_requested = Signal(str)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.issued = QListWidget()
        self.issued.setAccessibleName(self.tr("Issued credentials"))
        self.issued.currentItemChanged.connect(self._update_buttons)
        self.reprint = QPushButton(self.tr("Reprint"))
        self.reprint.setAccessibleName(self.tr("Open the certificate to print it again"))
        self.reprint.clicked.connect(self._reprint)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for revoking"))
        self.reason.setAccessibleName(self.tr("Reason for revoking"))
        self.revoke = _ConfirmButton(self.tr("Revoke"), self.tr("Click again to revoke"))
        self.revoke.confirmed.connect(self._revoke)
        signoff_title = QLabel(self.tr("Waiting for your sign-off"))
        signoff_title.setProperty("role", "subtitle")
        self.signoffs = QListWidget()
        self.signoffs.setAccessibleName(self.tr("Credentials waiting for a facilitator's sign-off"))
        self.signoffs.currentItemChanged.connect(self._update_buttons)
        self.confirm = QPushButton(self.tr("I confirm: award it"))
        self.confirm.setAccessibleName(self.tr("Confirm the sign-off and award the credential"))
        self.confirm.clicked.connect(self._confirm)
        self.message = _message_label()
        row = QHBoxLayout()
        row.addWidget(self.reprint)
        row.addWidget(self.reason, 1)
        row.addWidget(self.revoke)
        layout = QVBoxLayout(self)
        layout.addWidget(self.issued, 2)
        layout.addLayout(row)
        layout.addWidget(signoff_title)
        layout.addWidget(self.signoffs, 1)
        layout.addWidget(self.confirm, 0, Qt.AlignRight)
        layout.addWidget(self.message)
        self._update_buttons()

    def refresh(self) -> None:
        from kiosk.core.credentials.issuing import list_issued
        from kiosk.core.facilitator.review import pending_signoffs

        self._tasks.run(
            lambda: (list_issued(), pending_signoffs()),
            on_success=self._show,
            on_failure=lambda exc: _say(self.message, user_message(exc), error=True),
        )

    def _show(self, found) -> None:
        issued, pending = found
        self.issued.clear()
        for credential in reversed(issued):
            text = f"{credential.title} — {credential.learner_name} — {credential.issued_at:%Y-%m-%d}"
            if credential.revoked_at is not None:
                text += "  " + self.tr("(REVOKED: {0})").format(credential.revoke_reason or "-")
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
        self._tasks.run(
            lambda: revoke(issued_id, reason),
            on_success=lambda c: (
                self.reason.clear(),
                _say(self.message, self.tr("{0}'s certificate \u201c{1}\u201d is revoked ({2}).").format(
                    c.learner_name, c.title, c.short_code)),
                self.refresh(),
            ),
            on_failure=lambda exc: _say(self.message, user_message(exc), error=True),
        )

    def _confirm(self) -> None:
        from kiosk.core.facilitator.review import confirm_signoff

        item = self.signoffs.currentItem()
        if item is None:
            return
        learner_id, credential_id = item.data(ID_ROLE)
        self._tasks.run(
            lambda: confirm_signoff(learner_id, credential_id),
            on_success=lambda c: (
                _say(self.message, self.tr("Awarded {0} to {1}.").format(c.title, c.learner_name)),
                self.refresh(),
            ),
            on_failure=lambda exc: _say(self.message, user_message(exc), error=True),
        )


# --- Backup ----------------------------------------------------------------------


class BackupTab(QWidget):
    restored = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.folder = FileField(self.tr("Folder to save the backup in"), save_file=True)
        self.include_key = QCheckBox(self.tr("Also save the signing key (the backup is then encrypted)"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase (at least 8 characters)"))
        self.passphrase.setAccessibleName(self.tr("Passphrase for the backup"))
        self.make = QPushButton(self.tr("Make backup"))
        self.make.setProperty("role", "primary")
        self.make.clicked.connect(self._make)
        self.file = FileField(self.tr("Backup file to restore"))
        self.restore_passphrase = QLineEdit()
        self.restore_passphrase.setEchoMode(QLineEdit.Password)
        self.restore_passphrase.setPlaceholderText(self.tr("Passphrase, if the backup is encrypted"))
        self.restore_passphrase.setAccessibleName(self.tr("Passphrase of the backup to restore"))
        self.restore_pin = QLineEdit()
        self.restore_pin.setEchoMode(QLineEdit.Password)
        self.restore_pin.setMaxLength(6)
        self.restore_pin.setPlaceholderText(self.tr("Facilitator PIN, for a backup made by another kiosk"))
        self.restore_pin.setAccessibleName(self.tr("Facilitator PIN, for a backup made by another kiosk"))
        self.restore = _ConfirmButton(
            self.tr("Restore"), self.tr("Click again: replace all data on this kiosk")
        )
        self.restore.confirmed.connect(self._restore)
        self.message = _message_label()
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

    def _fail(self, exc: Exception) -> None:
        _say(self.message, user_message(exc), error=True)

    def _make(self) -> None:
        from kiosk.core.backup import make_backup

        folder = self.folder.path()
        if folder is None:
            _say(self.message, self.tr("Choose a folder first (e.g. on a USB stick)."), error=True)
            return
        include_key, passphrase = self.include_key.isChecked(), self.passphrase.text() or None
        from kiosk.core.clock import utcnow

        target = folder / f"kiosk-{utcnow():%Y%m%d-%H%M}.kioskbackup"
        self.passphrase.clear()
        self._tasks.run(
            lambda: make_backup(target, include_key=include_key, passphrase=passphrase),
            on_success=lambda info: _say(self.message, self.tr("Saved {0}.").format(str(info.path))),
            on_failure=self._fail,
        )

    def _restore(self) -> None:
        from kiosk.core.backup import restore_backup

        path = self.file.path()
        if path is None:
            _say(self.message, self.tr("Choose the backup file first."), error=True)
            return
        passphrase = self.restore_passphrase.text() or None
        admin_pin = self.restore_pin.text() or None
        self.restore_passphrase.clear()
        self.restore_pin.clear()
        self._tasks.run(
            lambda: restore_backup(path, passphrase=passphrase, admin_pin=admin_pin),
            on_success=lambda about: (
                _say(self.message, self.tr("Restored the backup made {0}.").format(about.get("created_at", "?"))),
                self.restored.emit(),
            ),
            on_failure=self._fail,
        )


# --- Settings --------------------------------------------------------------------


class SettingsTab(QWidget):
    settings_changed = Signal(object)  # KioskSettings

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from kiosk.core.setup import IDLE_MAX_SECONDS, IDLE_MIN_SECONDS, LANGUAGES, TEXT_SCALES

        self._tasks = tasks
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
        self.lock = QCheckBox(self.tr("Full-screen lock: learners cannot leave the app"))
        self.high_contrast = QCheckBox(self.tr("High contrast"))
        self.text_scale = QComboBox()
        for scale in TEXT_SCALES:
            self.text_scale.addItem(f"{round(scale * 100)} %", scale)
        self.save = QPushButton(self.tr("Save settings"))
        self.save.setProperty("role", "primary")
        self.save.clicked.connect(self._save)
        self.old_pin = QLineEdit()
        self.new_pin = QLineEdit()
        for edit in (self.old_pin, self.new_pin):
            edit.setEchoMode(QLineEdit.Password)
            edit.setMaxLength(6)
        self.change_pin = QPushButton(self.tr("Change facilitator PIN"))
        self.change_pin.clicked.connect(self._change_pin)
        self.last_synced = QLabel()
        self.message = _message_label()

        form = QFormLayout()
        rows = [
            (self.tr("Organisation"), self.organisation),
            (self.tr("Kiosk name"), self.kiosk_name),
            (self.tr("Verify URL"), self.verify_url),
            (self.tr("Log out after"), self.idle_minutes),
            (self.tr("Language"), self.language),
            (self.tr("Text size"), self.text_scale),
            ("", self.high_contrast),
            ("", self.lock),
            (self.tr("Current facilitator PIN"), self.old_pin),
            (self.tr("New facilitator PIN"), self.new_pin),
        ]
        for label, widget in rows:
            widget.setAccessibleName(label or widget.text())
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_pin)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        layout.addWidget(self.last_synced)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def refresh(self) -> None:
        from kiosk.core.setup import load_settings
        from kiosk.core.sync.client import last_synced

        self._tasks.run(lambda: (load_settings(), last_synced()), on_success=self._show, on_failure=self._fail)

    def _fail(self, exc: Exception) -> None:
        _say(self.message, user_message(exc), error=True)

    def _show(self, found) -> None:
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
        self.last_synced.setText(self.tr("Last synced with the registry: {0}").format(when))

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
        self._tasks.run(lambda: update_settings(**values), on_success=self._saved, on_failure=self._fail)

    def _saved(self, settings) -> None:
        _say(self.message, self.tr("Settings saved."))
        self.settings_changed.emit(settings)

    def _change_pin(self) -> None:
        from kiosk.core.setup import change_admin_pin

        old, new = self.old_pin.text(), self.new_pin.text()
        self.old_pin.clear()
        self.new_pin.clear()
        self._tasks.run(
            lambda: change_admin_pin(old, new),
            on_success=lambda _r: _say(self.message, self.tr("The facilitator PIN is changed.")),
            on_failure=self._fail,
        )


# --- Organisation ------------------------------------------------------------------


class OrganisationTab(QWidget):
    """The organisation key this kiosk pinned, the trust list it holds, and how to change or update them."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.PlainText)
        self.state.setAccessibleName(self.tr("What this kiosk trusts"))
        self.key = FileField(self.tr("Enrolment file, or the key (z6Mk…)"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Organisation's name (with a typed key)"))
        self.name.setAccessibleName(self.tr("Organisation's name"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setMaxLength(6)
        self.pin.setPlaceholderText(self.tr("Facilitator PIN"))
        self.pin.setAccessibleName(self.tr("Facilitator PIN"))
        explain = QLabel(
            self.tr(
                "Changing the key drops the list this kiosk holds: until it syncs with the new organisation's "
                "registry, it trusts only its own certificates. Compare the fingerprint with your organisation's."
            )
        )
        explain.setWordWrap(True)
        self.change = _ConfirmButton(self.tr("Use this organisation key"), self.tr("Click again: change the key"))
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
        self.message = _message_label()
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

    def refresh(self) -> None:
        from kiosk.core.sync.client import last_synced, waiting_to_send
        from kiosk.core.trust.store import status

        self._tasks.run(
            lambda: (status(), waiting_to_send(), last_synced()), on_success=self._show, on_failure=self._fail
        )

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
        _say(self.message, self.tr("Syncing…"))
        self._tasks.run(sync, on_success=self._synced, on_failure=self._sync_failed)

    def _synced(self, report) -> None:
        self.sync_now.setEnabled(True)
        _say(
            self.message,
            self.tr("Synced: {0} certificates and {1} revocations sent; trust list number {2}.").format(
                report.sent_credentials, report.sent_revocations, report.trust_sequence
            ),
        )
        self.refresh()

    def _sync_failed(self, exc: Exception) -> None:
        self.sync_now.setEnabled(True)
        self._fail(exc)

    def _fail(self, exc: Exception) -> None:
        _say(self.message, user_message(exc), error=True)

    def _show(self, found) -> None:
        held, (credentials, revocations), synced = found
        when = f"\u2066{synced:%Y/%m/%d %H:%M}\u2069 UTC" if synced else self.tr("never")
        self.waiting.setText(
            self.tr(
                "Waiting to be sent: {0} certificates, {1} revocations. Last sync: {2}. A revocation reaches "
                "employers' phones only after a sync."
            ).format(credentials, revocations, when)
        )
        self.sync_now.setEnabled(held.organisation is not None)
        org = held.organisation
        if org is None:
            self.state.setText(
                self.tr("Not enrolled: this kiosk trusts only its own certificates and cannot sync. "
                        "Choose your organisation's enrolment file below.")
            )
            return
        text = self.tr("Organisation: {0}\nKey fingerprint: {1}").format(org.name, f"\u2066{org.fingerprint}\u2069")
        if held.sequence is None:
            text += "\n" + self.tr("No trust list yet: sync, or import one from a USB stick.")
        else:
            text += "\n" + self.tr(
                "Trust list number {0}, signed {1} UTC: {2} kiosk keys ({3} withdrawn), {4} revoked certificates."
            ).format(held.sequence, f"\u2066{held.issued_at:%Y/%m/%d %H:%M}\u2069", held.kiosks, held.withdrawn,
                     held.revocations)
        self.state.setText(text)

    def _change(self) -> None:
        from kiosk.core.trust.store import change_pinned_key, read_organisation_key

        text, name, pin = self.key.edit.text(), self.name.text(), self.pin.text()
        self.pin.clear()

        def change():
            enrolment = read_organisation_key(text)
            return change_pinned_key(enrolment.public_key, enrolment.organisation or name, admin_pin=pin)

        self._tasks.run(
            change,
            on_success=lambda org: (
                _say(self.message, self.tr("Now using the key of {0}, fingerprint {1}.").format(org.name, org.fingerprint)),
                self.refresh(),
            ),
            on_failure=self._fail,
        )

    def _take(self) -> None:
        from kiosk.core.trust.store import import_trust_file

        path = self.trust_file.path()
        if path is None:
            _say(self.message, self.tr("Choose the trust list file first."), error=True)
            return
        self._tasks.run(
            lambda: import_trust_file(path),
            on_success=lambda applied: (
                _say(self.message, self.tr("Trust list number {0} is in use.").format(applied.sequence)),
                self.refresh(),
            ),
            on_failure=self._fail,
        )


# --- the console -------------------------------------------------------------------


class FacilitatorScreen(QWidget):
    back_requested = Signal()
    exit_requested = Signal()
    certificate_requested = Signal(str)
    settings_changed = Signal(object)

    def __init__(self, *, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        title = QLabel(self.tr("Facilitator"))
        title.setProperty("role", "title")
        self.back = QPushButton(self.tr("← Back"))
        self.back.setAccessibleName(self.tr("Back to the learners"))
        self.back.clicked.connect(self.back_requested)
        self.exit_kiosk = QPushButton(self.tr("Exit kiosk"))
        self.exit_kiosk.setAccessibleName(self.tr("Close the Kiosk app"))
        self.exit_kiosk.clicked.connect(self.exit_requested)
        self.learners = LearnersTab(tasks)
        self.progress = ProgressTab(tasks)
        self.credentials = CredentialsTab(tasks)
        self.credentials.certificate_requested.connect(self.certificate_requested)
        self.packs = PackImportScreen(tasks=tasks)
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
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if hasattr(current, "refresh"):
            current.refresh()
        elif current is self.packs:
            self.packs.refresh_installed()

    def refresh_all(self) -> None:
        for tab in (self.learners, self.progress, self.credentials, self.settings, self.organisation):
            tab.refresh()
        self.packs.refresh_installed()

    # USB sticks are watched only while this screen is shown.
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.packs.timer.start()
        self._tab_changed(self.tabs.currentIndex())
        self.packs.refresh_installed()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.packs.timer.stop()
        super().hideEvent(event)
