"""Reading a pack's Markdown lessons: one lesson at a time, pack images only, nothing from the web.

A lesson's HTML and its pictures (decoded, SVG drawn, scaled to the reader's width) are made
on the task runner's second worker (``render_lesson``); the GUI thread only lays the result
out, which the pack limits keep quick (docs/pack-format.md). A resize re-fits the pictures
the same way, once the window has settled.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QImage, QImageReader, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from kiosk.core.packs.reading import pack_media, path_in_pack
from kiosk.core.quiz.text import markdown_with_images
from kiosk.ui.buttons import push_button
from kiosk.ui.i18n import filled
from kiosk.ui.keys import ScrollKeys
from kiosk.ui.layouts import ends_row
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.text import in_language, plain_label

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".png", ".svg", ".webp", ".jpg", ".jpeg", ".gif"}
MIN_POINT_SIZE, MAX_POINT_SIZE, DEFAULT_POINT_SIZE = 12, 32, 17
REFIT_AFTER_MS = 250  # a resize re-fits the pictures once the window has kept its size this long
LESSON_CSS = """
h1 { font-size: 160%; } h2 { font-size: 135%; } h3 { font-size: 115%; }
p, li { line-height: 140%; }
code, pre { font-family: monospace; background: #f2f2f2; }
a { color: #1d4f91; text-decoration: underline; }
"""


def local_file(url: QUrl, pack_folder: Path, lesson_folder: Path) -> Path | None:
    """The file a lesson's relative link or image points at, if it stays in the pack."""
    if url.scheme() not in ("", "file") or url.host():
        return None
    relative = url.path() if url.scheme() == "" else url.toLocalFile()
    if not relative:
        return None
    path = Path(relative) if Path(relative).is_absolute() else lesson_folder / relative
    return path_in_pack(pack_folder, path.absolute())


@dataclass
class RenderedLesson:
    """A lesson ready to lay out for ``width`` pixels: its HTML (each picture's size in it) and
    the pictures it shows, placeholders until they are drawn."""

    index: int
    width: int
    html: str
    images: dict[str, QImage] = field(default_factory=dict)  # by the src the lesson gives
    refused: list[str] = field(default_factory=list)


_PLACEHOLDER_SIZE = QSize(1, 1)


def render_lesson(index: int, path: Path, pack_folder: Path, width: int, unreadable: str) -> RenderedLesson:
    """Read a lesson and make its HTML, each picture's size read from its header (off the GUI
    thread: no widget here). The pictures are placeholders: ``draw_picture`` draws each."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("cannot read lesson %s: %s", path, exc)
        text = unreadable
    sizes: dict[str, QSize | None] = {}

    def size_of(src: str) -> tuple[int, int] | None:
        if src not in sizes:
            reader = _reader(QUrl(src), pack_folder, path.parent, width)
            sizes[src] = None if reader is None else (reader.scaledSize() if reader.scaledSize().isValid() else reader.size())
        size = sizes[src]
        return None if size is None or not size.isValid() else (size.width(), size.height())

    html, sources = markdown_with_images(text, size_of)
    rendered = RenderedLesson(index=index, width=width, html=html)
    for src in dict.fromkeys(sources):
        if sizes.get(src) is None:
            rendered.refused.append(src)
            log.info("lesson image refused or missing: %s", src)
        else:
            placeholder = QImage(_PLACEHOLDER_SIZE, QImage.Format_ARGB32)
            placeholder.fill(0)
            rendered.images[src] = placeholder
    return rendered


def draw_picture(src: str, path: Path, pack_folder: Path, width: int) -> QImage:
    """One of a lesson's pictures, decoded (an SVG drawn) at the size the lesson shows it (off the GUI thread)."""
    reader = _reader(QUrl(src), pack_folder, path.parent, width)
    image = reader.read() if reader is not None else QImage()
    return image if not image.isNull() else QImage()


def _reader(url: QUrl, pack_folder: Path, lesson_folder: Path, width: int) -> QImageReader | None:
    """A reader for a lesson's picture, set to fit ``width`` (None if the picture is not the pack's own)."""
    path = local_file(url, pack_folder, lesson_folder)
    if path is None or path.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    data = pack_media(pack_folder, path.relative_to(pack_folder.resolve()).as_posix())
    if data is None:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.ReadOnly)
    reader = QImageReader(buffer, path.suffix.lower().lstrip(".").encode())
    reader.buffer = buffer  # the reader reads from it later: keep it alive as long as the reader
    room = max(200, width - 40)
    size = reader.size()
    if size.isValid() and size.width() > room:
        reader.setScaledSize(size.scaled(room, 10**6, Qt.KeepAspectRatio))
    elif size.isValid() and path.suffix.lower() == ".svg" and size.width() < room // 2:
        reader.setScaledSize(size.scaled(room // 2, 10**6, Qt.KeepAspectRatio))
    return reader


class _LessonBrowser(QTextBrowser):
    """A text browser that shows only the pictures prepared for the lesson (never loads one itself)."""

    def __init__(self, pack_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack_folder = pack_folder
        self.lesson_folder = pack_folder
        self.images: dict[str, QImage] = {}
        self.refused: list[str] = []

    def local_file(self, url: QUrl) -> Path | None:
        return local_file(url, self.pack_folder, self.lesson_folder)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt override)
        return self.images.get(url.toString()) if kind == QTextDocument.ImageResource else None


class LessonReader(QWidget):
    """Shows the pack's lessons in order, with Previous / Next, a Home button and a text size control."""

    home_requested = Signal()
    lesson_changed = Signal(int)  # index into the lesson list
    lesson_shown = Signal(int)  # the lesson's text is on screen (its pictures' places kept)
    pictures_shown = Signal(int)  # ... and its pictures, drawn for the reader's width
    finished = Signal()  # Next on the last lesson

    def __init__(
        self,
        lesson_paths: Sequence[Path],
        pack_folder: Path,
        *,
        tasks: TaskRunner,
        start: int = 0,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``language``: the lessons' own (the pack's); their text takes its direction."""
        super().__init__(parent)
        if not lesson_paths:
            raise ValueError("a LessonReader needs at least one lesson")
        self.lessons = [Path(p) for p in lesson_paths]
        self.pack_folder = Path(pack_folder)
        self._tasks = tasks
        self.index = -1
        self.point_size = DEFAULT_POINT_SIZE
        self._shown: RenderedLesson | None = None

        self.home = push_button(self.tr("⌂ Home"), self.home_requested, name=self.tr("Back to home"))
        self.position = QLabel()
        self.position.setProperty("role", "subtitle")
        # Isolated left to right, so an Arabic screen shows "A−", not "−A".
        self.smaller = push_button(
            "\u2066" + self.tr("A−") + "\u2069",
            lambda: self.set_point_size(self.point_size - 2),
            name=self.tr("Smaller text"),
        )
        self.larger = push_button(
            "\u2066" + self.tr("A+") + "\u2069",
            lambda: self.set_point_size(self.point_size + 2),
            name=self.tr("Larger text"),
        )
        # "A−" then "A+", left to right like a slider, in Arabic too.
        text_size = QWidget()
        text_size.setLayoutDirection(Qt.LeftToRight)
        sizes = QHBoxLayout(text_size)
        sizes.setContentsMargins(0, 0, 0, 0)
        sizes.addWidget(self.smaller)
        sizes.addWidget(self.larger)
        header = QHBoxLayout()
        header.addWidget(self.home)
        header.addWidget(self.position, 1)
        header.addWidget(text_size)
        # Reading aloud puts "Read this page" and the speed here (kiosk/ui/read_aloud/).
        self.read_aloud_bar = QHBoxLayout()
        header.addLayout(self.read_aloud_bar)

        self.browser = _LessonBrowser(self.pack_folder)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow_link)
        self.browser.document().setDefaultStyleSheet(LESSON_CSS)
        # A frame only when it has the focus, so one sees where the arrow keys go.
        self.browser.setStyleSheet(
            "QTextBrowser { border: 3px solid transparent; padding: 5px; }"
            " QTextBrowser:focus { border: 3px solid #1d4f91; }"
        )
        self.browser.setAccessibleName(self.tr("Lesson text"))
        in_language(self.browser, language)  # an English pack reads left to right in the Arabic app too
        self._refit = QTimer(self, singleShot=True, interval=REFIT_AFTER_MS)
        self._refit.timeout.connect(self._refit_pictures)

        self.notice = plain_label()
        self.notice.setProperty("role", "notice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.previous = push_button(self.tr("← Previous lesson"), self.show_previous)
        self.next = push_button(self.tr("Next lesson →"), self.show_next, primary=True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.notice)
        layout.addLayout(ends_row(self.previous, self.next))
        self.set_point_size(self.point_size)
        # Up, Down, Page Up and Page Down scroll the lesson from any of its buttons too.
        self._scroll_keys = ScrollKeys(self.browser, self)
        self.show_lesson(start)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        for button in self.findChildren(QAbstractButton):  # reading aloud adds some of its own
            self._scroll_keys.watch(button)

    def focus_content(self) -> None:
        """Start on the lesson's text: the arrow keys scroll it."""
        self.browser.setFocus()

    # --- navigation --------------------------------------------------------------

    def show_lesson(self, index: int) -> None:
        index = max(0, min(index, len(self.lessons) - 1))
        self.index = index
        self.notice.hide()
        self.browser.lesson_folder = self.lessons[index].parent
        self._prepare(index)
        self.position.setText(filled(self.tr("Lesson %1 of %2"), index + 1, len(self.lessons)))
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

    def _width(self) -> int:
        return self.browser.viewport().width()

    def _prepare(self, index: int) -> None:
        """Have the lesson's text made on the second worker, then its pictures, one per job, so a
        lesson asked for meanwhile waits behind one picture at most; each is shown if still wanted."""
        path, folder, width = self.lessons[index], self.pack_folder, self._width()
        unreadable = self.tr("This lesson cannot be read. Please tell the facilitator.")
        self._tasks.run(
            lambda: render_lesson(index, path, folder, width, unreadable),
            on_success=self._show_text,
            on_failure=lambda exc: log.error("could not prepare lesson %s", path, exc_info=exc),
            aside=True,
        )

    def _wanted(self, rendered: RenderedLesson) -> bool:
        """Not when the reader was closed or the learner has moved on (results come in the order asked)."""
        import shiboken6

        return shiboken6.isValid(self.browser) and rendered.index == self.index

    def _show_text(self, rendered: RenderedLesson) -> None:
        if not self._wanted(rendered):
            return
        same_lesson = self._shown is not None and self._shown.index == rendered.index
        if same_lesson and self._shown.images:
            # A re-fit: keep showing the pictures drawn for the old width until the new ones are drawn.
            self._shown = rendered
            self._draw_pictures(rendered, list(rendered.images), {})
            return
        self._shown = rendered
        self._lay_out(rendered, keep_scroll=same_lesson)
        self.lesson_shown.emit(rendered.index)
        self._draw_pictures(rendered, list(rendered.images), {})

    def _draw_pictures(self, rendered: RenderedLesson, waiting: list[str], drawn: dict[str, QImage]) -> None:
        if not self._wanted(rendered) or self._shown is not rendered:
            return
        if not waiting:
            if drawn:
                rendered.images = drawn
                self._lay_out(rendered, keep_scroll=True)
            self.pictures_shown.emit(rendered.index)
            return
        src, path, folder = waiting[0], self.lessons[rendered.index], self.pack_folder

        def drawn_one(image: QImage) -> None:
            self._draw_pictures(rendered, waiting[1:], {**drawn, src: image})

        self._tasks.run(
            lambda: draw_picture(src, path, folder, rendered.width),
            on_success=drawn_one,
            on_failure=lambda exc: log.error("could not draw %s of %s", src, path, exc_info=exc),
            aside=True,
        )

    def _lay_out(self, rendered: RenderedLesson, *, keep_scroll: bool) -> None:
        scroll = self.browser.verticalScrollBar().value()
        self.browser.images = rendered.images
        self.browser.refused = list(rendered.refused)
        self.browser.setHtml(rendered.html)
        self.browser.verticalScrollBar().setValue(scroll if keep_scroll else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override): re-fit pictures once the size settles
        super().resizeEvent(event)
        if self._shown is not None and self._shown.images:
            self._refit.start()

    def _refit_pictures(self) -> None:
        if self._shown is not None and self._shown.index == self.index and self._shown.width != self._width():
            self._prepare(self.index)

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto", "ftp") or url.host():
            self._show_notice(
                filled(self.tr("Web links are not opened on this kiosk: %1"), url.toString())
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
