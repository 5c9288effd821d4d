"""Essays: the essay answers waiting for a mark, each told apart by learner, pack, question and date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.facilitator.base import ID_ROLE, ConsoleTab, choice_list
from kiosk.ui.i18n import filled
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.text import plain_label

QUESTION_IN_A_ROW = 60  # characters of the question a row shows


class EssaysTab(ConsoleTab):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.essays = choice_list(self.tr("Essay answers waiting for a mark"), self._show_essay)
        self.essays.setWordWrap(True)
        self.essays.setSpacing(4)
        self.essay_text = plain_label()
        self.essay_text.setWordWrap(True)
        self.essay_text.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.essay_text.setAlignment(Qt.AlignTop)
        reading = QScrollArea()
        reading.setWidgetResizable(True)
        reading.setWidget(self.essay_text)
        reading.setAccessibleName(self.tr("The question and the answer"))
        self.mark = QSpinBox()
        self.mark.setRange(0, 100)
        self.mark.setSuffix(" %")
        self.mark.setAccessibleName(self.tr("Mark for the essay, 0 to 100 percent"))
        self.save_mark = QPushButton(self.tr("Save mark"))
        self.save_mark.setEnabled(False)
        self.save_mark.clicked.connect(self._save_mark)
        self._essays: list = []
        mark_row = QHBoxLayout()
        mark_row.addWidget(QLabel(self.tr("Mark:")))
        mark_row.addWidget(self.mark)
        mark_row.addWidget(self.save_mark)
        mark_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.essays, 2)
        layout.addWidget(reading, 3)
        layout.addLayout(mark_row)
        layout.addWidget(self.message)

    def load(self) -> Callable[[], Any]:
        from kiosk.core.facilitator.review import essays_to_review

        return essays_to_review

    def show_loaded(self, essays) -> None:
        self._essays = essays
        self.essays.clear()
        for essay in essays:
            asked = " ".join(essay.question.split())
            if len(asked) > QUESTION_IN_A_ROW:
                asked = asked[: QUESTION_IN_A_ROW - 1] + "…"
            # Two answers of one learner in one pack differ by their question and their date: both in view.
            item = QListWidgetItem(
                f"{essay.learner_name} — {essay.pack_title} — \u2066{essay.answered_at:%Y-%m-%d %H:%M}\u2069\n“{asked}”"
            )
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
            self.essay_text.setText(filled(self.tr("Question: %1\nAnswer: %2"), essay.question, essay.answer))

    def _save_mark(self) -> None:
        from kiosk.core.facilitator.review import mark_essay

        item = self.essays.currentItem()
        if item is None:
            return
        response_id, percent = item.data(ID_ROLE), self.mark.value()
        self.run(lambda: mark_essay(response_id, percent), said=lambda _r: self.tr("Mark saved."), refresh=True)
