"""Reading a pack's Markdown lessons: one lesson at a time, pack images only, nothing from the web."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QImage, QImageReader, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from kiosk.core.packs.reading import pack_media, path_in_pack
from kiosk.core.quiz.text import markdown_to_html
from kiosk.ui.text import plain_label

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".png", ".svg", ".webp", ".jpg", ".jpeg", ".gif"}
MIN_POINT_SIZE, MAX_POINT_SIZE, DEFAULT_POINT_SIZE = 12, 32, 17
LESSON_CSS = """
h1 { font-size: 160%; } h2 { font-size: 135%; } h3 { font-size: 115%; }
p, li { line-height: 140%; }
code, pre { font-family: monospace; background: #f2f2f2; }
a { color: #1d4f91; text-decoration: underline; }
"""


class _LessonBrowser(QTextBrowser):
    """A text browser that loads only the pack's own images (from its folder or its
    pack.kpack), scaled to fit."""

    def __init__(self, pack_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack_folder = pack_folder
        self.lesson_folder = pack_folder
        self.refused: list[str] = []

    def local_file(self, url: QUrl) -> Path | None:
        if url.scheme() not in ("", "file") or url.host():
            return None
        relative = url.path() if url.scheme() == "" else url.toLocalFile()
        if not relative:
            return None
        path = Path(relative) if Path(relative).is_absolute() else self.lesson_folder / relative
        return path_in_pack(self.pack_folder, path.absolute())

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt override)
        if kind != QTextDocument.ImageResource:
            self.refused.append(url.toString())
            return None
        path = self.local_file(url)
        data = None
        if path is not None and path.suffix.lower() in IMAGE_SUFFIXES:
            data = pack_media(self.pack_folder, path.relative_to(self.pack_folder.resolve()).as_posix())
        if data is None:
            self.refused.append(url.toString())
            log.info("lesson image refused or missing: %s", url.toString())
            return None
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.ReadOnly)
        reader = QImageReader(buffer, path.suffix.lower().lstrip(".").encode())
        width = max(200, self.viewport().width() - 40)
        size = reader.size()
        if size.isValid() and size.width() > width:
            reader.setScaledSize(size.scaled(width, 10**6, Qt.KeepAspectRatio))
        elif size.isValid() and path.suffix.lower() == ".svg" and size.width() < width // 2:
            reader.setScaledSize(size.scaled(width // 2, 10**6, Qt.KeepAspectRatio))
        image = reader.read()
        return image if not image.isNull() else QImage()


class LessonReader(QWidget):
    """Shows the pack's lessons in order, with Previous / Next, a Home button and a text size control."""

    home_requested = Signal()
    lesson_changed = Signal(int)  # index into the lesson list
    finished = Signal()  # Next on the last lesson

    def __init__(
        self, lesson_paths: Sequence[Path], pack_folder: Path, *, start: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if not lesson_paths:
            raise ValueError("a LessonReader needs at least one lesson")
        self.lessons = [Path(p) for p in lesson_paths]
        self.pack_folder = Path(pack_folder)
        self.index = -1
        self.point_size = DEFAULT_POINT_SIZE
        self._markdown = ""

        self.home = QPushButton(self.tr("⌂ Home"))
        self.home.setAccessibleName(self.tr("Back to home"))
        self.home.clicked.connect(self.home_requested)
        self.position = QLabel()
        self.position.setProperty("role", "subtitle")
        self.smaller = QPushButton(self.tr("A−"))
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.smaller.clicked.connect(lambda: self.set_point_size(self.point_size - 2))
        self.larger = QPushButton(self.tr("A+"))
        self.larger.setAccessibleName(self.tr("Larger text"))
        self.larger.clicked.connect(lambda: self.set_point_size(self.point_size + 2))
        header = QHBoxLayout()
        header.addWidget(self.home)
        header.addWidget(self.position, 1)
        header.addWidget(self.smaller)
        header.addWidget(self.larger)

        self.browser = _LessonBrowser(self.pack_folder)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow_link)
        self.browser.document().setDefaultStyleSheet(LESSON_CSS)
        self.browser.setStyleSheet("QTextBrowser { border: none; padding: 8px; }")
        self.browser.setAccessibleName(self.tr("Lesson text"))

        self.notice = plain_label()
        self.notice.setProperty("role", "notice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.previous = QPushButton(self.tr("← Previous lesson"))
        self.previous.clicked.connect(self.show_previous)
        self.next = QPushButton(self.tr("Next lesson →"))
        self.next.setProperty("role", "primary")
        self.next.clicked.connect(self.show_next)
        footer = QHBoxLayout()
        footer.addWidget(self.previous)
        footer.addStretch(1)
        footer.addWidget(self.next)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.notice)
        layout.addLayout(footer)
        self.set_point_size(self.point_size)
        self.show_lesson(start)

    # --- navigation --------------------------------------------------------------

    def show_lesson(self, index: int) -> None:
        index = max(0, min(index, len(self.lessons) - 1))
        path = self.lessons[index]
        self.index = index
        self.notice.hide()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("cannot read lesson %s: %s", path, exc)
            text = self.tr("This lesson cannot be read. Please tell the facilitator.")
        self.browser.lesson_folder = path.parent
        self.browser.refused.clear()
        self._render(text)
        self.position.setText(self.tr("Lesson %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self.lessons))))
        self.previous.setEnabled(index > 0)
        self.next.setText(self.tr("Next lesson →") if index < len(self.lessons) - 1 else self.tr("Finish ✓"))
        self.lesson_changed.emit(index)

    def show_next(self) -> None:
        if self.index < len(self.lessons) - 1:
            self.show_lesson(self.index + 1)
        else:
            self.finished.emit()

    def show_previous(self) -> None:
        if self.index > 0:
            self.show_lesson(self.index - 1)

    def set_point_size(self, size: int) -> None:
        self.point_size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        font = QFont(self.browser.font())
        font.setPointSize(self.point_size)
        self.browser.document().setDefaultFont(font)
        self.smaller.setEnabled(self.point_size > MIN_POINT_SIZE)
        self.larger.setEnabled(self.point_size < MAX_POINT_SIZE)

    # --- rendering ---------------------------------------------------------------

    def _render(self, markdown: str, *, keep_scroll: bool = False) -> None:
        self._markdown = markdown
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(markdown_to_html(markdown))
        self.browser.verticalScrollBar().setValue(scroll if keep_scroll else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override): re-fit images to the new width
        super().resizeEvent(event)
        if self.index >= 0 and "![" in self._markdown:
            self._render(self._markdown, keep_scroll=True)

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto", "ftp") or url.host():
            self._show_notice(
                self.tr("Web links are not opened on this kiosk: %1").replace("%1", url.toString())
            )
            return
        if not url.path() and url.fragment():
            self.browser.scrollToAnchor(url.fragment())
            return
        target = self.browser.local_file(url)
        if target is not None:
            for index, lesson in enumerate(self.lessons):
                if lesson.resolve() == target.resolve():
                    self.show_lesson(index)
                    if url.fragment():
                        self.browser.scrollToAnchor(url.fragment())
                    return
        self._show_notice(self.tr("This link does not lead to a lesson of this pack."))

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
