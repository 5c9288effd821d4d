"""Taking a quiz: one question at a time, immediate feedback, then the results.

Works by touch (big answer targets) and by keyboard: digits 1-9 pick a
choice, Enter checks the answer and then moves on. Every answer is written to
the database on the task worker before its feedback shows.
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
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.quiz.engine import QuizResult, QuizRun
from kiosk.core.quiz.grading import Feedback, GradingStatus, parse_number, right_choices
from kiosk.core.quiz.text import formatted_to_html, formatted_to_text, plain_to_html, without_verdict
from kiosk.ui.i18n import current_language, translated
from kiosk.ui.tasks import TaskRunner, user_message
from kiosk.ui.text import html_in_language, in_language, plain_label

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
# The feedback takes at most this part of the page's height, so the answers stay in view beside it.
FEEDBACK_SHARE = 0.3
FEEDBACK_STYLE = {
    "right": "background: #e8f4ea; border: 2px solid #1e6b30; border-radius: 8px; padding: 12px;",
    "partial": "background: #fff6df; border: 2px solid #8a5a00; border-radius: 8px; padding: 12px;",
    "wrong": "background: #fbeaea; border: 2px solid #a4161a; border-radius: 8px; padding: 12px;",
    "saved": "background: #eef3fa; border: 2px solid #1d4f91; border-radius: 8px; padding: 12px;",
}


class _WideRadio(QRadioButton):
    """A radio button whose whole row is the touch target, not just its text."""

    def hitButton(self, pos) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)


class _WideCheck(QCheckBox):
    def hitButton(self, pos) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)


def outcome_words(feedback: Feedback) -> tuple[str, str]:
    """(style key, symbol + words) for a feedback, in the app's language: never colour alone."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if feedback.status == GradingStatus.PENDING_REVIEW:
        return "saved", translate("QuizPlayer", "✎ Your answer is saved; a facilitator will read it.")
    if feedback.status == GradingStatus.NOT_GRADED:
        return "saved", ""
    if feedback.correct:
        return "right", translate("QuizPlayer", "✔ Right!")
    if feedback.fraction and feedback.fraction > 0:
        partly = translate("QuizPlayer", "◐ Partly right (%1%)")
        return "partial", partly.replace("%1", str(round(feedback.fraction * 100)))
    return "wrong", translate("QuizPlayer", "✘ Not quite.")


class QuizPlayer(QWidget):
    """Plays a ``QuizRun``; core calls that write go through ``tasks``."""

    home_requested = Signal()
    quiz_finished = Signal(object)  # FinishedQuiz: the result, once stored, and what it awarded
    answer_recorded = Signal(object)  # Feedback, once the answer is stored
    # For reading aloud (kiosk/ui/read_aloud.py): a question, or a feedback, is on the screen.
    question_shown = Signal()
    feedback_shown = Signal()

    def __init__(self, run: QuizRun, *, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self._tasks = tasks
        self._busy = False
        self._inputs: list[QAbstractButton] = []
        self._combos: list[QComboBox] = []
        self._text_input: QLineEdit | QPlainTextEdit | None = None
        self.setFocusPolicy(Qt.StrongFocus)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_question_page())
        self.pages.addWidget(self._build_results_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.pages)
        self._show_question()

    # --- building ----------------------------------------------------------------

    def _build_question_page(self) -> QWidget:
        page = QWidget()
        self.home = QPushButton(self.tr("⌂ Home"))
        self.home.setAccessibleName(self.tr("Leave the quiz and go home"))
        self.home.clicked.connect(self.home_requested)
        self.progress_label = QLabel()
        self.progress_label.setProperty("role", "subtitle")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(14)
        self.progress.setAccessibleName(self.tr("Quiz progress"))
        header = QHBoxLayout()
        header.addWidget(self.home)
        header.addWidget(self.progress_label)
        header.addWidget(self.progress, 1)
        self.read_aloud_bar = QHBoxLayout()  # "Read this page" and the speed (kiosk/ui/read_aloud.py)
        header.addLayout(self.read_aloud_bar)

        self.stem = QLabel()
        self.stem.setWordWrap(True)
        self.stem.setTextFormat(Qt.RichText)
        self.stem.setTextInteractionFlags(Qt.NoTextInteraction)
        self.stem.setStyleSheet("font-size: 19pt; font-weight: 500;")
        self.answers_box = QWidget()
        self.answers_box.setStyleSheet(ANSWER_STYLE + VERDICT_LABELS)
        self.answers_layout = QVBoxLayout(self.answers_box)
        self.answers_layout.setContentsMargins(0, 0, 0, 0)
        self.answers_layout.setSpacing(10)
        self.hint = plain_label()
        self.hint.setProperty("role", "error")
        self.hint.setWordWrap(True)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.RichText)
        self.feedback.setStyleSheet("font-size: 15pt;")
        self.feedback.setAccessibleName(self.tr("Feedback"))
        # The question's words are in the quiz's language, and take its direction (the app's may differ).
        in_language(self.stem, self.run.language)
        in_language(self.answers_box, self.run.language)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 8, 8, 8)
        body_layout.setSpacing(14)
        body_layout.addWidget(self.stem)
        body_layout.addWidget(self.answers_box)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.scroll = scroll

        self.action = QPushButton()
        self.action.setProperty("role", "primary")
        self.action.setMinimumWidth(260)
        self.action.clicked.connect(self._act)
        # Feedback sits beside the button, outside the answers' scrolling area, so it is always in
        # view; it scrolls itself past a third of the page, so the answers stay in view too.
        feedback_box = QWidget()
        feedback_column = QVBoxLayout(feedback_box)
        feedback_column.setContentsMargins(0, 0, 0, 0)
        feedback_column.addWidget(self.feedback)
        self.feedback_scroll = QScrollArea()
        self.feedback_scroll.setWidgetResizable(True)
        self.feedback_scroll.setWidget(feedback_box)
        self.feedback_scroll.setFocusPolicy(Qt.NoFocus)  # the answer button keeps the focus; Read aloud reads it
        self.feedback_scroll.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.feedback_scroll.hide()
        messages = QVBoxLayout()
        messages.addWidget(self.hint)
        messages.addWidget(self.feedback_scroll)
        footer = QHBoxLayout()
        footer.addLayout(messages, 1)
        footer.addWidget(self.action, 0, Qt.AlignBottom)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)
        return page

    def _build_results_page(self) -> QWidget:
        page = QWidget()
        page.setStyleSheet(VERDICT_LABELS)
        self.results_title = QLabel(self.tr("Quiz finished"))
        self.results_title.setProperty("role", "title")
        self.score_label = QLabel()
        self.score_label.setProperty("role", "subtitle")
        self.score_label.setWordWrap(True)
        # A row for each question: the quiz's own number, the question in its own language and
        # direction, and how it went (symbol, word and colour) in the app's.
        self.summary = QWidget()
        self.summary.setAccessibleName(self.tr("Your answers"))
        self.summary_rows = QGridLayout(self.summary)
        self.summary_rows.setHorizontalSpacing(16)
        self.summary_rows.setVerticalSpacing(10)
        self.summary_rows.setColumnStretch(1, 1)
        summary_holder = QWidget()
        holder_column = QVBoxLayout(summary_holder)
        holder_column.addWidget(self.summary)
        holder_column.addStretch(1)
        summary_scroll = QScrollArea()
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setWidget(summary_holder)
        summary_scroll.setAccessibleName(self.tr("Your answers"))
        self.try_again = QPushButton(self.tr("↻ Try again"))
        self.try_again.clicked.connect(self._try_again)
        self.back_home = QPushButton(self.tr("⌂ Back home"))
        self.back_home.setProperty("role", "primary")
        self.back_home.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.try_again)
        buttons.addStretch(1)
        buttons.addWidget(self.back_home)
        layout = QVBoxLayout(page)
        layout.addWidget(self.results_title)
        layout.addWidget(self.score_label)
        layout.addWidget(summary_scroll, 1)
        layout.addLayout(buttons)
        return page

    # --- one question ------------------------------------------------------------

    def _clear_answers(self) -> None:
        while self.answers_layout.count():
            item = self.answers_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone from the screen now, deleted when Qt is idle
                item.widget().deleteLater()
        self._inputs, self._combos, self._text_input = [], [], None
        self._marks: list[QLabel] = []

    def _show_question(self) -> None:
        presented = self.run.current
        assert presented is not None
        question = presented.question
        self.pages.setCurrentIndex(0)
        self.progress_label.setText(
            self.tr("Question %1 of %2").replace("%1", str(self.run.position)).replace("%2", str(self.run.total))
        )
        self.progress.setRange(0, self.run.total)
        self.progress.setValue(self.run.position - 1)
        self.stem.setText(formatted_to_html(question.stem, question.format))
        self.hint.clear()
        self.feedback.clear()
        self.feedback_scroll.hide()
        self.scroll.verticalScrollBar().setValue(0)
        self._clear_answers()
        kind = question.type
        if kind in ("single", "multiple", "truefalse"):
            # One choice of many: a group, which the arrow keys move in. Several choices: no group,
            # so Tab reaches every box (Qt lets only one button of a group take the Tab focus).
            group = QButtonGroup(self.answers_box) if kind != "multiple" else None
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
                self.answers_layout.addWidget(button)
                self._inputs.append(button)
            if kind == "multiple":
                note = QLabel(self.tr("Choose all the right answers."))
                self.answers_layout.insertWidget(0, note)
        elif kind in ("short", "numerical"):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Type a number") if kind == "numerical" else self.tr("Type your answer"))
            edit.setAccessibleName(self.tr("Your answer"))
            edit.setStyleSheet("font-size: 18pt; min-height: 56px;")
            edit.returnPressed.connect(self._act)
            self.answers_layout.addWidget(edit)
            self._text_input = edit
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
                self._combos.append(combo)
            self._matching_form = rows
            self.answers_layout.addWidget(form)
        elif kind == "essay":
            box = QPlainTextEdit()
            box.setPlaceholderText(self.tr("Write your answer here."))
            box.setAccessibleName(self.tr("Your answer"))
            box.setMinimumHeight(180)
            box.setTabChangesFocus(True)  # Tab goes on to "Check answer", never traps a keyboard user
            box.setStyleSheet("font-size: 16pt;")
            self.answers_layout.addWidget(box)
            self._text_input = box
        self.action.setText(self.tr("Continue →") if kind == "description" else self.tr("Check answer"))
        self.action.setEnabled(True)
        if self.isVisible():  # show the new answers now, so they can take focus and clicks at once
            for index in range(self.answers_layout.count()):
                widget = self.answers_layout.itemAt(index).widget()
                if widget is not None:
                    widget.show()
        focus = self._text_input or (self._inputs[0] if self._inputs else None) or (self._combos[0] if self._combos else None)
        (focus or self).setFocus()
        self.question_shown.emit()

    def _response(self) -> tuple[bool, Any]:
        """(ready, response) from the inputs; shows a hint when nothing usable was given."""
        presented = self.run.current
        assert presented is not None
        kind = presented.question.type
        if kind in ("single", "truefalse"):
            chosen = [i for i, b in enumerate(self._inputs) if b.isChecked()]
            if not chosen:
                return self._need(self.tr("Choose an answer first."))
            if kind == "truefalse":
                return True, chosen[0] == 0
            return True, presented.choice_index(chosen[0])
        if kind == "multiple":
            chosen = [presented.choice_index(i) for i, b in enumerate(self._inputs) if b.isChecked()]
            if not chosen:
                return self._need(self.tr("Choose at least one answer."))
            return True, sorted(chosen)
        if kind in ("short", "numerical"):
            text = self._text_input.text().strip()  # type: ignore[union-attr]
            if not text:
                return self._need(self.tr("Type your answer first."))
            if kind == "numerical" and parse_number(text) is None:
                return self._need(self.tr("Type a number, like 3.14."))
            return True, text
        if kind == "matching":
            chosen = [combo.currentData() for combo in self._combos]
            if any(value is None for value in chosen):
                return self._need(self.tr("Choose a match for every item."))
            return True, chosen
        if kind == "essay":
            text = self._text_input.toPlainText().strip()  # type: ignore[union-attr]
            if not text:
                return self._need(self.tr("Write your answer first."))
            return True, text
        return True, None

    def _need(self, hint: str) -> tuple[bool, Any]:
        self.hint.setText("⚠ " + hint)
        return False, None

    # --- actions -----------------------------------------------------------------

    def _act(self) -> None:
        """The one action button (and Enter): check the answer, or move on."""
        if self._busy or self.pages.currentIndex() != 0:
            return
        if self.run.current_answered:
            self._continue()
            return
        ready, response = self._response()
        if not ready:
            return
        self.hint.clear()
        self._set_busy(True)
        run = self.run
        self._tasks.run(lambda: run.submit(response), on_success=self._answered, on_failure=self._failed)

    def _answered(self, feedback: Feedback) -> None:
        self._set_busy(False)
        for widget in (*self._inputs, *self._combos):
            widget.setEnabled(False)
        if isinstance(self._text_input, QLineEdit):
            self._text_input.setReadOnly(True)
        elif self._text_input is not None:
            self._text_input.setReadOnly(True)
        self.answer_recorded.emit(feedback)
        if feedback.status == GradingStatus.NOT_GRADED and not feedback.general_feedback:
            self._continue()
            return
        self._mark_answers(feedback)
        self._show_feedback(feedback)
        chosen = next((b for b in self._inputs if b.isChecked()), None)
        if chosen is not None:  # keep the learner's own choice in view beside the feedback
            self.scroll.ensureWidgetVisible(chosen, 0, 8)
        self.progress.setValue(self.run.position)
        self.action.setText(self.tr("See my results") if self.run.is_last else self.tr("Next question →"))
        self.action.setFocus()

    def _mark_answers(self, feedback: Feedback) -> None:
        """Each answer marked right or wrong where it is, by symbol, word and colour."""
        presented = self.run.current
        question = presented.question
        if feedback.fraction is None:
            return
        if question.type in ("single", "multiple", "truefalse"):
            if question.type == "truefalse":
                right = {0} if question.answer else {1}
            else:
                wanted = right_choices(question)
                right = {position for position in range(len(self._inputs)) if presented.choice_index(position) in wanted}
            for position, button in enumerate(self._inputs):
                chosen = button.isChecked()
                if position in right:
                    verdict, words = "right", self.tr("✔ right answer")
                elif chosen:
                    verdict, words = "wrong", self.tr("✘ not right")
                else:
                    continue
                button.setText(f"{button.text()}   {words}")
                button.setProperty("verdict", verdict)
                button.style().unpolish(button)
                button.style().polish(button)
        elif question.type == "matching":
            for row, (combo, pair) in enumerate(zip(self._combos, question.prompts)):
                good = combo.currentData() == pair.right
                mark = plain_label(self.tr("✔ right") if good else self.tr("✘ right match: %1").replace("%1", pair.right))
                mark.setProperty("verdict", "right" if good else "wrong")
                mark.setWordWrap(True)
                self._matching_form.insertRow(2 * row + 1, "", mark)
                self._marks.append(mark)
        elif isinstance(self._text_input, QLineEdit):
            self._text_input.setProperty("verdict", "right" if feedback.correct else "wrong")
            self._text_input.style().unpolish(self._text_input)
            self._text_input.style().polish(self._text_input)

    def _show_feedback(self, feedback: Feedback) -> None:
        """The verdict (in the app's language), then the author's words (in the quiz's), each block
        in its own direction; the right answer a line for each of its parts."""
        app, quiz = current_language(), self.run.language or current_language()
        style, words = outcome_words(feedback)
        parts = [html_in_language(f"<b style='font-size:17pt'>{plain_to_html(words)}</b>", app)] if words else []
        for text, fmt in feedback.feedback_parts:  # each chosen answer's feedback, in its own format
            html = formatted_to_html(without_verdict(text) if words else text, fmt).strip()
            parts.append(html_in_language(html, quiz))
        if feedback.fraction is not None and not feedback.correct and feedback.right_answer_lines:
            lines = [translated(line) for line in feedback.right_answer_lines]  # "True" and "False" come from core
            if len(lines) == 1:
                parts.append(html_in_language(plain_to_html(self.tr("The right answer: %1").replace("%1", lines[0])), app))
            else:
                parts.append(html_in_language(plain_to_html(self.tr("The right answer:")), app))
                parts.append(html_in_language("<br>".join("• " + plain_to_html(line) for line in lines), quiz))
        if feedback.general_feedback:
            general = formatted_to_html(feedback.general_feedback, feedback.general_feedback_format).strip()
            parts.append(html_in_language(general, quiz))  # not in italics: Arabic has none to show
        self.feedback_scroll.setStyleSheet("QScrollArea { " + FEEDBACK_STYLE[style] + " }")
        self.feedback.setStyleSheet("font-size: 14pt; background: transparent;")
        self.feedback.setText("".join(parts))
        self.feedback_scroll.show()
        self.feedback.show()
        self._fit_feedback()
        self.feedback_shown.emit()

    def _fit_feedback(self) -> None:
        """The feedback as tall as its words, up to its share of the page (then it scrolls)."""
        if self.feedback_scroll.isHidden():
            return
        frame = 2 * self.feedback_scroll.frameWidth() + 28  # the box's border and padding
        width = max(200, self.feedback_scroll.width() - frame - 20)
        needed = self.feedback.heightForWidth(width) + frame
        most = max(96, int(self.height() * FEEDBACK_SHARE))
        self.feedback_scroll.setFixedHeight(min(needed, most))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_feedback()

    def _continue(self) -> None:
        if self.run.advance():
            self._show_question()
            return
        from kiosk.core.mastery.learner import finish_quiz

        self._set_busy(True)
        run = self.run
        self._tasks.run(lambda: finish_quiz(run), on_success=self._finished, on_failure=self._failed)

    def _finished(self, finished) -> None:
        self._set_busy(False)
        self._show_results(finished.result)
        self.quiz_finished.emit(finished)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.hint.setText("⚠ " + user_message(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.action.setEnabled(not busy)

    def _try_again(self) -> None:
        self.run = self.run.again()
        self._show_question()

    # --- results -----------------------------------------------------------------

    def _show_results(self, result: QuizResult) -> None:
        if result.score is None:
            self.score_label.setText(self.tr("Your answers are saved; a facilitator will read them."))
        else:
            points = sum(r.feedback.fraction or 0.0 for r in result.results)
            self.score_label.setText(
                self.tr("You scored %1 out of %2 (%3%).")
                .replace("%1", f"{points:g}" if points == int(points) else f"{points:.1f}")
                .replace("%2", str(result.graded_count))
                .replace("%3", str(round(result.score * 100)))
            )
        while self.summary_rows.count():
            item = self.summary_rows.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.result_rows: list[tuple[QLabel, QLabel, QLabel]] = []
        for row, item in enumerate(r for r in result.results if r.presented.question.type != "description"):
            question = item.presented.question
            style, words = outcome_words(item.feedback)
            asked = " ".join(formatted_to_text(question.stem, question.format).split())
            if len(asked) > 140:
                asked = asked[:139] + "…"
            number = QLabel(f"{item.presented.number}.")  # the number it had in the quiz ("Question 3 of 12")
            number.setStyleSheet("font-size: 15pt; font-weight: 600;")
            text = in_language(plain_label(asked), self.run.language)
            text.setWordWrap(True)
            text.setStyleSheet("font-size: 15pt;")
            outcome = plain_label(words)
            outcome.setProperty("verdict", {"right": "right", "wrong": "wrong"}.get(style, ""))
            outcome.setStyleSheet("font-size: 15pt; font-weight: 600;")
            outcome.setWordWrap(True)
            outcome.setMaximumWidth(360)
            outcome.setContentsMargins(4, 0, 4, 0)  # bold Arabic letters reach past their measured width
            for column, widget in enumerate((number, text, outcome)):
                self.summary_rows.addWidget(widget, row, column, Qt.AlignTop)
            self.result_rows.append((number, text, outcome))
        self.pages.setCurrentIndex(1)
        self.back_home.setFocus()

    # --- keyboard ----------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if self.pages.currentIndex() == 0 and Qt.Key_1 <= key <= Qt.Key_9 and not self.run.current_answered:
            index = key - Qt.Key_1
            if index < len(self._inputs):
                button = self._inputs[index]
                button.setChecked(not button.isChecked() if isinstance(button, QCheckBox) else True)
                button.setFocus()
                return
        if key in (Qt.Key_Return, Qt.Key_Enter):
            if self.pages.currentIndex() == 0:
                if isinstance(self.focusWidget(), QLineEdit):
                    return  # the line edit's returnPressed already acted
                self._act()
            return
        super().keyPressEvent(event)
