"""Taking a quiz: one question at a time, immediate feedback, then the results.

Works by touch (big answer targets) and by keyboard: digits 1-9 pick a
choice, Enter checks the answer and then moves on. Every answer is written to
the database on the task worker before its feedback shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.quiz.engine import QuizResult, QuizRun
from kiosk.core.quiz.grading import Feedback, GradingStatus
from kiosk.core.quiz.text import formatted_to_html, formatted_to_text, plain_to_html, without_verdict
from kiosk.ui.answer_inputs import VERDICT_LABELS, AnswerInputs
from kiosk.ui.buttons import push_button
from kiosk.ui.i18n import current_language, filled, translated
from kiosk.ui.layouts import ends_row, scrolling_list
from kiosk.ui.tasks import TaskRunner, user_message
from kiosk.ui.text import html_in_language, in_language, plain_label, problem_label

# The feedback takes at most this part of the page's height, so the answers stay in view beside it.
FEEDBACK_SHARE = 0.3
FEEDBACK_STYLE = {
    "right": "background: #e8f4ea; border: 2px solid #1e6b30; border-radius: 8px; padding: 12px;",
    "partial": "background: #fff6df; border: 2px solid #8a5a00; border-radius: 8px; padding: 12px;",
    "wrong": "background: #fbeaea; border: 2px solid #a4161a; border-radius: 8px; padding: 12px;",
    "saved": "background: #eef3fa; border: 2px solid #1d4f91; border-radius: 8px; padding: 12px;",
}


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
        return "partial", filled(translate("QuizPlayer", "◐ Partly right (%1%)"), round(feedback.fraction * 100))
    return "wrong", translate("QuizPlayer", "✘ Not quite.")


class QuizPlayer(QWidget):
    """Plays a ``QuizRun``; core calls that write go through ``tasks``."""

    home_requested = Signal()
    quiz_finished = Signal(object)  # FinishedQuiz: the result, once stored, and what it awarded
    answer_recorded = Signal(object)  # Feedback, once the answer is stored
    # For reading aloud (kiosk/ui/read_aloud/): a question, or a feedback, is on the screen.
    question_shown = Signal()
    feedback_shown = Signal()

    def __init__(self, run: QuizRun, *, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self._tasks = tasks
        self._busy = False
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
        self.home = push_button(self.tr("⌂ Home"), self.home_requested, name=self.tr("Leave the quiz and go home"))
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
        self.read_aloud_bar = QHBoxLayout()  # "Read this page" and the speed (kiosk/ui/read_aloud/)
        header.addLayout(self.read_aloud_bar)

        self.stem = QLabel()
        self.stem.setWordWrap(True)
        self.stem.setTextFormat(Qt.RichText)
        self.stem.setTextInteractionFlags(Qt.NoTextInteraction)
        self.stem.setStyleSheet("font-size: 19pt; font-weight: 500;")
        self.answers = AnswerInputs(self.run.language)
        self.answers.submitted.connect(self._act)
        self.hint = problem_label()
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.RichText)
        self.feedback.setStyleSheet("font-size: 15pt;")
        self.feedback.setAccessibleName(self.tr("Feedback"))
        # The question's words are in the quiz's language, and take its direction (the app's may differ).
        in_language(self.stem, self.run.language)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 8, 8, 8)
        body_layout.setSpacing(14)
        body_layout.addWidget(self.stem)
        body_layout.addWidget(self.answers)
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
        summary_scroll = scrolling_list(self.summary, name=self.tr("Your answers"))
        self.try_again = push_button(self.tr("↻ Try again"), self._try_again)
        self.back_home = push_button(self.tr("⌂ Back home"), self.home_requested, primary=True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.results_title)
        layout.addWidget(self.score_label)
        layout.addWidget(summary_scroll, 1)
        layout.addLayout(ends_row(self.try_again, self.back_home))
        return page

    # --- one question ------------------------------------------------------------

    def _show_question(self) -> None:
        presented = self.run.current
        assert presented is not None
        question = presented.question
        self.pages.setCurrentIndex(0)
        self.progress_label.setText(
            filled(self.tr("Question %1 of %2"), self.run.position, self.run.total)
        )
        self.progress.setRange(0, self.run.total)
        self.progress.setValue(self.run.position - 1)
        self.stem.setText(formatted_to_html(question.stem, question.format))
        self.hint.clear()
        self.feedback.clear()
        self.feedback_scroll.hide()
        self.scroll.verticalScrollBar().setValue(0)
        self.answers.show_question(presented)
        self.action.setText(self.tr("Continue →") if question.type == "description" else self.tr("Check answer"))
        self.action.setEnabled(True)
        (self.answers.first() or self).setFocus()
        self.question_shown.emit()

    # --- actions -----------------------------------------------------------------

    def _act(self) -> None:
        """The one action button (and Enter): check the answer, or move on."""
        if self._busy or self.pages.currentIndex() != 0:
            return
        if self.run.current_answered:
            self._continue()
            return
        hint, response = self.answers.response(self.run.current)
        if hint is not None:
            self.hint.setText("⚠ " + hint)
            return
        self.hint.clear()
        self._set_busy(True)
        run = self.run
        self._tasks.run(lambda: run.submit(response), on_success=self._answered, on_failure=self._failed)

    def _answered(self, feedback: Feedback) -> None:
        self._set_busy(False)
        self.answers.lock()
        self.answer_recorded.emit(feedback)
        if feedback.status == GradingStatus.NOT_GRADED and not feedback.general_feedback:
            self._continue()
            return
        self.answers.mark(self.run.current, feedback)
        self._show_feedback(feedback)
        chosen = next((b for b in self.answers.choices if b.isChecked()), None)
        if chosen is not None:  # keep the learner's own choice in view beside the feedback
            self.scroll.ensureWidgetVisible(chosen, 0, 8)
        self.progress.setValue(self.run.position)
        self.action.setText(self.tr("See my results") if self.run.is_last else self.tr("Next question →"))
        self.action.setFocus()

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
                parts.append(html_in_language(plain_to_html(filled(self.tr("The right answer: %1"), lines[0])), app))
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
                filled(
                    self.tr("You scored %1 out of %2 (%3%)."),
                    f"{points:g}" if points == int(points) else f"{points:.1f}",
                    result.graded_count,
                    round(result.score * 100),
                )
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
            if self.answers.choose(key - Qt.Key_1):
                return
        if key in (Qt.Key_Return, Qt.Key_Enter):
            if self.pages.currentIndex() == 0:
                if isinstance(self.focusWidget(), QLineEdit):
                    return  # the line edit's returnPressed already acted
                self._act()
            return
        super().keyPressEvent(event)
