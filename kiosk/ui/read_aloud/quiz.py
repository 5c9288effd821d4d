"""A quiz player's reading aloud: a speaker beside the question, each choice and the feedback,
"Read this page" (the question, its choices or matching items, then the feedback) and the speed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QFormLayout, QHBoxLayout, QLabel, QLayout, QWidget
from shiboken6 import isValid

from kiosk.core.speech.recordings import Recording, question_recording
from kiosk.ui.i18n import filled
from kiosk.ui.read_aloud.controller import ReadAloud, Spoken
from kiosk.ui.read_aloud.marks import LabelMarks, widget_marks
from kiosk.ui.read_aloud.speakers import PageTools, SpeakerButton, toggle

translate = QCoreApplication.translate


def _put_beside(widget: QWidget, button: QWidget) -> QHBoxLayout | None:
    """Put ``button`` beside ``widget`` in the box layout that holds it (a question, a feedback)."""
    parent = widget.parentWidget()
    layout = _holding_layout(parent.layout(), widget) if parent is not None and parent.layout() else None
    if not isinstance(layout, QBoxLayout):
        return None
    index = layout.indexOf(widget)
    stretch = layout.stretch(index)
    layout.takeAt(index)
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(widget, 1)
    row.addWidget(button, 0, Qt.AlignTop)
    layout.insertLayout(index, row, stretch)
    return row


def _holding_layout(layout: QLayout, widget: QWidget) -> QLayout | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return layout
        if item.layout() is not None:
            found = _holding_layout(item.layout(), widget)
            if found is not None:
                return found
    return None



class QuizReadAloud(QObject):
    """A quiz player's speakers: beside the question, each choice and the feedback, plus the page tools."""

    def __init__(self, player, controller: ReadAloud, *, language: str, files: Sequence[str] = (),
                 folder: Path | None = None) -> None:
        super().__init__(player)
        from kiosk.ui.i18n import current_language

        self.player = player
        self.controller = controller
        self.language = language
        self.ui_language = current_language()
        self.files = set(files)
        self.folder = folder
        self.stem_marks = LabelMarks(player.stem)
        self.feedback_marks = LabelMarks(player.feedback)
        self.choice_speakers: list[SpeakerButton] = []
        self.stem_speaker = SpeakerButton(translate("ReadAloud", "Read the question aloud"))
        self.stem_speaker.clicked.connect(toggle(controller, self.stem))
        _put_beside(player.stem, self.stem_speaker)
        self.feedback_speaker = SpeakerButton(translate("ReadAloud", "Read the feedback aloud"))
        self.feedback_speaker.clicked.connect(toggle(controller, self.feedback))
        _put_beside(player.feedback, self.feedback_speaker)
        self.tools = PageTools(controller, player.read_aloud_bar, self.page)
        player.question_shown.connect(self._question_shown)
        player.feedback_shown.connect(self._feedback_shown)
        player.home_requested.connect(controller.stop)
        player.quiz_finished.connect(lambda _result: controller.stop())
        self._question_shown()

    def _number(self) -> int:
        return self.player.run.position

    def stem(self) -> Spoken:
        question = self.player.run.current.question
        recording = None
        if self.folder is not None:
            name = question_recording(self.files, self.player.run.quiz_id, question.key)
            recording = Recording(self.folder, name) if name else None
        return Spoken(self.stem_marks.text(), self.language, mark=self.stem_marks.mark, unmark=self.stem_marks.unmark,
                      recording=recording, button=self.stem_speaker, key=("stem", self._number()))

    def feedback(self) -> Spoken:
        return Spoken(self.feedback_marks.text(), self.language, mark=self.feedback_marks.mark,
                      unmark=self.feedback_marks.unmark, button=self.feedback_speaker,
                      key=("feedback", self._number()))

    def choice(self, index: int) -> Spoken:
        button = self.player.answers.choices[index]
        mark, unmark = widget_marks(button)
        language = self.ui_language if self.player.run.current.question.type == "truefalse" else self.language
        return Spoken(f"{index + 1}. {button.accessibleName()}", language, mark=mark, unmark=unmark,
                      button=self.choice_speakers[index] if index < len(self.choice_speakers) else None,
                      key=("choice", self._number(), index))

    def _matching(self) -> list[Spoken]:
        spoken = []
        for combo in self.player.answers.combos:
            form = combo.parentWidget().layout() if combo.parentWidget() else None
            label = form.labelForField(combo) if isinstance(form, QFormLayout) else None
            if isinstance(label, QLabel):
                marks = LabelMarks(label)
                spoken.append(Spoken(marks.text(), self.language, mark=marks.mark, unmark=marks.unmark))
        options = self.player.run.current.right_options
        if options:
            spoken.append(Spoken(". ".join(options) + ".", self.language))
        return spoken

    def page(self) -> list[Spoken]:
        """The question, then its choices (or matching items), then the feedback if it is shown."""
        pieces = [self.stem()]
        pieces += [self.choice(i) for i in range(len(self.player.answers.choices))]
        pieces += self._matching()
        if self.player.feedback.isVisible():
            pieces.append(self.feedback())
        return pieces

    def _question_shown(self) -> None:
        self.controller.stop()
        self.feedback_speaker.hide()
        focused = QApplication.focusWidget()
        self.choice_speakers = []
        layout = self.player.answers.column
        for index, button in enumerate(self.player.answers.choices):
            position = layout.indexOf(button)
            if position < 0:
                continue
            layout.takeAt(position)
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.setSpacing(8)
            row_layout.addWidget(button, 1)
            name = filled(translate("ReadAloud", "Read choice %1 aloud"), index + 1)
            speaker = SpeakerButton(name)
            speaker.clicked.connect(toggle(self.controller, lambda i=index: self.choice(i)))
            row_layout.addWidget(speaker)
            layout.insertWidget(position, row)
            if self.player.isVisible():
                row.show()
                button.show()
            self.choice_speakers.append(speaker)
        # Tab goes choice, its speaker, the next choice... (the question's speaker before them).
        previous: QWidget = self.stem_speaker
        for button, speaker in zip(self.player.answers.choices, self.choice_speakers):
            QWidget.setTabOrder(previous, button)
            QWidget.setTabOrder(button, speaker)
            previous = speaker
        if focused is not None and isValid(focused):
            focused.setFocus()

    def _feedback_shown(self) -> None:
        self.controller.stop()
        self.feedback_speaker.setVisible(bool(self.feedback_marks.text().strip()))


def attach_quiz_player(player, controller: ReadAloud, *, pack=None) -> QuizReadAloud:
    """Give a ``QuizPlayer`` its speakers; ``pack`` (an installed pack's record) gives the
    language and the recordings; without it, the app's language and no recordings."""
    from kiosk.ui.i18n import current_language

    language = getattr(pack, "language", None) or current_language()
    files = list((getattr(pack, "manifest", None) or {}).get("files", {}))
    folder = Path(pack.folder) if pack is not None else None
    return QuizReadAloud(player, controller, language=language, files=files, folder=folder)
