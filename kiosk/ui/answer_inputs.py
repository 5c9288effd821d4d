"""The answers to one quiz question, as the learner gives them: choices to pick, a box to type
in, or items to match. Built afresh for each question; after the answer is checked, each answer
is marked right or wrong where it stands (by symbol, word and colour, never colour alone).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.quiz.engine import PresentedQuestion
from kiosk.core.quiz.grading import Feedback, parse_number, right_choices
from kiosk.core.quiz.text import formatted_to_html, formatted_to_text
from kiosk.ui.i18n import filled
from kiosk.ui.text import in_language, plain_label

ANSWER_STYLE = """
QRadioButton, QCheckBox {
    font-size: 16pt; min-height: 48px; padding: 4px 12px; border: 2px solid #999999; border-radius: 8px;
}
QRadioButton:checked, QCheckBox:checked { border: 3px solid #1d4f91; background: #eef3fa; font-weight: 600; }
QRadioButton:focus, QCheckBox:focus { border: 3px solid #1d4f91; }
QRadioButton::indicator, QCheckBox::indicator { width: 28px; height: 28px; }
QRadioButton[verdict="right"], QCheckBox[verdict="right"], QLineEdit[verdict="right"] {
    border: 3px solid #1e6b30; background: #e8f4ea; color: #102a16;
}
QRadioButton[verdict="wrong"], QCheckBox[verdict="wrong"], QLineEdit[verdict="wrong"] {
    border: 3px solid #a4161a; background: #fbeaea; color: #3d0a0b;
}
"""
VERDICT_LABELS = """
QLabel[verdict="right"] { color: #1e6b30; font-weight: 600; }
QLabel[verdict="wrong"] { color: #a4161a; font-weight: 600; }
"""


class _WideRadio(QRadioButton):
    """A radio button whose whole row is the touch target, not just its text."""

    def hitButton(self, pos) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)


class _WideCheck(QCheckBox):
    def hitButton(self, pos) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)


def _repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property it selects on (``verdict``) changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class AnswerInputs(QWidget):
    """The inputs of the question shown: ``choices`` (buttons), ``combos`` (matching) or ``text_input``."""

    submitted = Signal()  # Enter in a one-line answer

    def __init__(self, language: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ANSWER_STYLE + VERDICT_LABELS)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(10)
        # The answers' words are in the quiz's language, and take its direction (the app's may differ).
        in_language(self, language)
        self.choices: list[QAbstractButton] = []
        self.combos: list[QComboBox] = []
        self.text_input: QLineEdit | QPlainTextEdit | None = None
        self.marks: list[QLabel] = []
        self._matching_form: QFormLayout | None = None

    def _clear(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone from the screen now, deleted when Qt is idle
                item.widget().deleteLater()
        self.choices, self.combos, self.text_input, self.marks = [], [], None, []

    def show_question(self, presented: PresentedQuestion) -> None:
        """The inputs ``presented`` asks for, in place of the last question's."""
        self._clear()
        question = presented.question
        kind = question.type
        if kind in ("single", "multiple", "truefalse"):
            # One choice of many: a group, which the arrow keys move in. Several choices: no group,
            # so Tab reaches every box (Qt lets only one button of a group take the Tab focus).
            group = QButtonGroup(self) if kind != "multiple" else None
            # A button holds plain words: a choice's formatting is dropped, never shown as markup.
            if kind == "truefalse":
                labels = [self.tr("True"), self.tr("False")]
            else:
                labels = [formatted_to_text(c.text, c.format) for c in presented.ordered_choices]
            for number, text in enumerate(labels, 1):
                button_type = _WideCheck if kind == "multiple" else _WideRadio
                prefix = f"{number}.  " if number <= 9 else ""
                button = button_type(prefix + text)
                button.setAccessibleName(text)
                button.setCursor(Qt.PointingHandCursor)
                if group is not None:
                    group.addButton(button)
                self.column.addWidget(button)
                self.choices.append(button)
            if kind == "multiple":
                note = QLabel(self.tr("Choose all the right answers."))
                self.column.insertWidget(0, note)
        elif kind in ("short", "numerical"):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Type a number") if kind == "numerical" else self.tr("Type your answer"))
            edit.setAccessibleName(self.tr("Your answer"))
            edit.setStyleSheet("font-size: 18pt; min-height: 56px;")
            edit.returnPressed.connect(self.submitted)
            self.column.addWidget(edit)
            self.text_input = edit
        elif kind == "matching":
            form = QWidget()
            rows = QFormLayout(form)
            rows.setVerticalSpacing(12)
            for pair in question.prompts:
                combo = QComboBox()
                combo.addItem(self.tr("Choose…"), None)
                for option in presented.right_options:
                    combo.addItem(option, option)
                combo.setAccessibleName(formatted_to_text(pair.left, pair.left_format))
                combo.setMinimumWidth(240)
                label = QLabel(formatted_to_html(pair.left, pair.left_format))
                label.setTextFormat(Qt.RichText)
                label.setTextInteractionFlags(Qt.NoTextInteraction)
                label.setWordWrap(True)
                label.setStyleSheet("font-size: 16pt;")
                rows.addRow(label, combo)
                self.combos.append(combo)
            self._matching_form = rows
            self.column.addWidget(form)
        elif kind == "essay":
            box = QPlainTextEdit()
            box.setPlaceholderText(self.tr("Write your answer here."))
            box.setAccessibleName(self.tr("Your answer"))
            box.setMinimumHeight(180)
            box.setTabChangesFocus(True)  # Tab goes on to "Check answer", never traps a keyboard user
            box.setStyleSheet("font-size: 16pt;")
            self.column.addWidget(box)
            self.text_input = box
        if self.isVisible():  # show the new answers now, so they can take focus and clicks at once
            for index in range(self.column.count()):
                widget = self.column.itemAt(index).widget()
                if widget is not None:
                    widget.show()

    def first(self) -> QWidget | None:
        """Where the learner starts answering (the box to type in, the first choice or item)."""
        return self.text_input or (self.choices[0] if self.choices else None) or (self.combos[0] if self.combos else None)

    def choose(self, index: int) -> bool:
        """Pick (or, for several answers, tick or untick) choice ``index``, as its digit key does."""
        if index >= len(self.choices):
            return False
        button = self.choices[index]
        button.setChecked(not button.isChecked() if isinstance(button, QCheckBox) else True)
        button.setFocus()
        return True

    def response(self, presented: PresentedQuestion) -> tuple[str | None, Any]:
        """(hint, response): a hint for the learner when nothing usable was given, else None."""
        kind = presented.question.type
        if kind in ("single", "truefalse"):
            chosen = [i for i, b in enumerate(self.choices) if b.isChecked()]
            if not chosen:
                return self.tr("Choose an answer first."), None
            if kind == "truefalse":
                return None, chosen[0] == 0
            return None, presented.choice_index(chosen[0])
        if kind == "multiple":
            chosen = [presented.choice_index(i) for i, b in enumerate(self.choices) if b.isChecked()]
            if not chosen:
                return self.tr("Choose at least one answer."), None
            return None, sorted(chosen)
        if kind in ("short", "numerical"):
            text = self.text_input.text().strip()  # type: ignore[union-attr]
            if not text:
                return self.tr("Type your answer first."), None
            if kind == "numerical" and parse_number(text) is None:
                return self.tr("Type a number, like 3.14."), None
            return None, text
        if kind == "matching":
            chosen = [combo.currentData() for combo in self.combos]
            if any(value is None for value in chosen):
                return self.tr("Choose a match for every item."), None
            return None, chosen
        if kind == "essay":
            text = self.text_input.toPlainText().strip()  # type: ignore[union-attr]
            if not text:
                return self.tr("Write your answer first."), None
            return None, text
        return None, None

    def lock(self) -> None:
        """The answer is in: nothing more can be chosen or typed."""
        for widget in (*self.choices, *self.combos):
            widget.setEnabled(False)
        if self.text_input is not None:
            self.text_input.setReadOnly(True)

    def mark(self, presented: PresentedQuestion, feedback: Feedback) -> None:
        """Each answer marked right or wrong where it is, by symbol, word and colour."""
        question = presented.question
        if feedback.fraction is None:
            return
        if question.type in ("single", "multiple", "truefalse"):
            if question.type == "truefalse":
                right = {0} if question.answer else {1}
            else:
                wanted = right_choices(question)
                right = {position for position in range(len(self.choices)) if presented.choice_index(position) in wanted}
            for position, button in enumerate(self.choices):
                chosen = button.isChecked()
                if position in right:
                    verdict, words = "right", self.tr("✔ right answer")
                elif chosen:
                    verdict, words = "wrong", self.tr("✘ not right")
                else:
                    continue
                button.setText(f"{button.text()}   {words}")
                button.setProperty("verdict", verdict)
                _repolish(button)
        elif question.type == "matching":
            for row, (combo, pair) in enumerate(zip(self.combos, question.prompts)):
                good = combo.currentData() == pair.right
                mark = plain_label(self.tr("✔ right") if good else filled(self.tr("✘ right match: %1"), pair.right))
                mark.setProperty("verdict", "right" if good else "wrong")
                mark.setWordWrap(True)
                self._matching_form.insertRow(2 * row + 1, "", mark)
                self.marks.append(mark)
        elif isinstance(self.text_input, QLineEdit):
            self.text_input.setProperty("verdict", "right" if feedback.correct else "wrong")
            _repolish(self.text_input)
