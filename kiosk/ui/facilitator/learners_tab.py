"""Learners: find a learner, set or remove their PIN, archive them, merge two profiles of one person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.facilitator.base import ID_ROLE, ConfirmButton, ConsoleTab, choice_list, secret_field
from kiosk.ui.i18n import filled
from kiosk.ui.tasks import TaskRunner


class LearnersTab(ConsoleTab):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setAccessibleName(self.tr("Search learners by name"))
        self.search.textChanged.connect(self.refresh)
        self.show_archived = QCheckBox(self.tr("Show archived learners"))
        self.show_archived.toggled.connect(self.refresh)
        self.list = choice_list(self.tr("Learners"), self._update_buttons)
        self.new_pin = secret_field(self.tr("New PIN (4-6 digits)"), name=self.tr("New PIN for the learner"), max_length=6)
        self.set_pin = QPushButton(self.tr("Set PIN"))
        self.set_pin.clicked.connect(lambda: self._reset_pin(self.new_pin.text()))
        self.remove_pin = QPushButton(self.tr("Remove PIN"))
        self.remove_pin.clicked.connect(lambda: self._reset_pin(None))
        self.archive = QPushButton(self.tr("Archive"))
        self.archive.setAccessibleName(self.tr("Archive or bring back the learner"))
        self.archive.clicked.connect(self._toggle_archive)
        # Merging: the selected learner goes into the profile chosen here, which is the one kept.
        self.merge_into = QComboBox()
        self.merge_into.setAccessibleName(self.tr("Profile to keep when merging"))
        self.merge_into.currentIndexChanged.connect(self._merge_words)
        self.merge = ConfirmButton(self.tr("Merge"), self.tr("Click again to merge"))
        self.merge.setAccessibleName(self.tr("Merge the selected learner into the chosen profile"))
        self.merge.confirmed.connect(self._merge)
        self.merge_note = QLabel()
        self.merge_note.setWordWrap(True)

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
        layout.addWidget(self.merge_note)
        layout.addWidget(self.message)
        self._learners: list = []
        self._update_buttons()

    def load(self) -> Callable[[], Any]:
        from kiosk.core.learners.admin import search_learners

        text, archived = self.search.text(), self.show_archived.isChecked()
        return lambda: search_learners(text, include_archived=archived)

    def show_loaded(self, learners) -> None:
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
        self.merge_into.blockSignals(True)
        self.merge_into.clear()
        for other in self._learners:
            if learner is not None and other.id != learner.id and not other.archived:
                self.merge_into.addItem(other.name, other.id)
        self.merge_into.blockSignals(False)
        self.merge.setEnabled(learner is not None and self.merge_into.count() > 0)
        self._merge_words()

    def _merge_words(self, *_args) -> None:
        """Say which profile is kept: the one chosen; the selected one's records move into it."""
        learner, keep = self._current(), self.merge_into.currentText()
        if learner is None or not keep:
            self.merge_note.setText(self.tr("To merge two profiles of one person, select the one to give up above."))
            return
        self.merge.set_words(filled(self.tr("Merge into “%1”"), keep), self.tr("Click again to merge"))
        self.merge_note.setText(
            filled(
                self.tr("“%2” is kept. “%1”'s answers and certificates move into it, and “%1” is archived."),
                learner.name,
                keep,
            )
        )

    def _reset_pin(self, pin: str | None) -> None:
        from kiosk.core.learners.admin import reset_pin

        learner = self._current()
        if learner is None:
            return
        self.new_pin.clear()
        self.run(
            lambda: reset_pin(learner.id, pin),
            said=lambda s: filled(self.tr("%1 has a new PIN.") if s.has_pin else self.tr("%1 has no PIN now."), s.name),
            refresh=True,
        )

    def _toggle_archive(self) -> None:
        from kiosk.core.learners.admin import archive_learner

        learner = self._current()
        if learner is None:
            return
        self.run(
            lambda: archive_learner(learner.id, archived=not learner.archived),
            said=lambda s: filled(self.tr("%1 is archived: hidden from the picker, records kept."), s.name)
            if s.archived
            else filled(self.tr("%1 is back on the picker."), s.name),
            refresh=True,
        )

    def _merge(self) -> None:
        from kiosk.core.learners.admin import merge_learners

        learner, keep_id = self._current(), self.merge_into.currentData()
        if learner is None or keep_id is None:
            return
        self.run(
            lambda: merge_learners(keep_id, learner.id),
            said=lambda s: filled(self.tr("%1 was merged into %2; %2 is kept."), learner.name, s.name),
            refresh=True,
        )
