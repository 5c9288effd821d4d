"""One pack: its modules, each with its lessons and quizzes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.core.packs.reading import ModuleContents, pack_modules, quiz_titles
from kiosk.core.records import InstalledPackRecord
from kiosk.ui.i18n import filled
from kiosk.ui.layouts import screen_column
from kiosk.ui.text import in_language, plain_label


class PackScreen(QWidget):
    home_requested = Signal()
    lessons_requested = Signal(object)  # ModuleContents
    quiz_requested = Signal(str)  # quiz path as the manifest names it

    def __init__(self, pack: InstalledPackRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.home = QPushButton(self.tr("⌂ Home"))
        self.home.setAccessibleName(self.tr("Back to home"))
        self.home.clicked.connect(self.home_requested)
        self.title = in_language(plain_label(pack.title), pack.language)  # the pack's words keep their direction
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.home, 0, Qt.AlignTop)
        header.addWidget(self.title, 1)

        self.quiz_titles = quiz_titles(pack.manifest)  # the pack's own names, never its file names
        self.lesson_buttons: dict[str, QPushButton] = {}
        self.quiz_buttons: dict[str, QPushButton] = {}
        box = QWidget()
        modules_layout = QVBoxLayout(box)
        modules_layout.setSpacing(12)
        for module in pack_modules(pack):
            modules_layout.addWidget(self._module_frame(module))
        modules_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)

        layout = screen_column(self)
        layout.addLayout(header)
        description = in_language(plain_label(pack.manifest.get("description", "")), pack.language)
        description.setWordWrap(True)
        layout.addWidget(description)
        layout.addWidget(scroll, 1)

    def focus_content(self) -> None:
        """Start on the first module's first button (its lessons, else its quiz), not on Home."""
        first = next(iter(self.lesson_buttons.values()), None) or next(iter(self.quiz_buttons.values()), None)
        if first is not None:
            first.setFocus()

    def _module_frame(self, module: ModuleContents) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.StyledPanel)
        title = in_language(plain_label(module.title), self.pack.language)
        title.setProperty("role", "subtitle")
        buttons = QHBoxLayout()
        if module.lessons:
            count = len(module.lessons)
            read = QPushButton(self.tr("☰ Read the lessons (%n)", "", count))
            read.setAccessibleName(filled(self.tr("Read the lessons of %1"), module.title))
            read.clicked.connect(lambda _=False, m=module: self.lessons_requested.emit(m))
            buttons.addWidget(read)
            self.lesson_buttons[module.id] = read
        for quiz in module.quizzes:
            name = self.quiz_titles.get(quiz, module.title)
            # A module's only quiz is named by the module's title just above it.
            words = self.tr("✎ Take the quiz") if len(module.quizzes) == 1 else filled(self.tr("✎ Quiz: %1"), name)
            take = QPushButton(words)
            take.setAccessibleName(filled(self.tr("Take the quiz %1"), name))
            take.setProperty("role", "primary")
            take.clicked.connect(lambda _=False, q=quiz: self.quiz_requested.emit(q))
            buttons.addWidget(take)
            self.quiz_buttons[quiz] = take
        buttons.addStretch(1)
        layout = QVBoxLayout(frame)
        layout.addWidget(title)
        layout.addLayout(buttons)
        return frame
