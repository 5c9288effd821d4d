"""The buttons of reading aloud: a ``SpeakerButton`` beside each thing to read, and the page's
tools ("Read this page", or "Stop reading" while anything is read, and the speed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QWidget
from shiboken6 import isValid

from kiosk.ui.i18n import filled
from kiosk.ui.read_aloud.controller import SPEEDS, ReadAloud, Spoken

translate = QCoreApplication.translate
SPEAKER_STYLE = """
QToolButton { min-width: 44px; max-width: 44px; min-height: 44px; max-height: 44px; padding: 2px;
              border: 2px solid #555555; border-radius: 8px; background: #f2f2f2; }
QToolButton:checked { background: #ffe680; border: 3px solid #1a1a1a; }
QToolButton:focus { border: 4px solid #1d4f91; }
"""


def speaker_icon() -> QIcon:
    """A loudspeaker with two sound waves, drawn (no emoji font is needed on the kiosk)."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(Qt.NoPen)
    painter.setBrush(QColor("#1a1a1a"))
    painter.drawPolygon(
        QPolygonF([QPointF(6, 24), QPointF(18, 24), QPointF(32, 10), QPointF(32, 54), QPointF(18, 40), QPointF(6, 40)])
    )
    pen = QPen(QColor("#1a1a1a"), 5)
    pen.setCapStyle(Qt.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    painter.drawArc(26, 20, 16, 24, -50 * 16, 100 * 16)
    painter.drawArc(26, 10, 30, 44, -50 * 16, 100 * 16)
    painter.end()
    return QIcon(pixmap)


class SpeakerButton(QToolButton):
    """The speaker beside one thing to read; reachable with Tab, pressed with Space or Enter."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(speaker_icon())
        self.setIconSize(QSize(28, 28))
        self.setCheckable(True)  # checked while its own text is read
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.PointingHandCursor)
        self.setStyleSheet(SPEAKER_STYLE)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Enter presses the speaker, rather than going up to the screen (a quiz checks the answer on Enter).
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)


class PageTools(QObject):
    """"Read this page" (or "Stop reading" while anything is read) and the speed."""

    def __init__(self, controller: ReadAloud, bar: QHBoxLayout, page: Callable[[], list[Spoken]]) -> None:
        super().__init__(bar.parentWidget() if bar.parentWidget() else None)
        self.controller = controller
        self._page = page
        self.read_page = QPushButton()
        self.read_page.setIcon(speaker_icon())
        self.read_page.setIconSize(QSize(26, 26))
        self.read_page.setCheckable(True)
        self.read_page.clicked.connect(self._clicked)
        self.speed = QPushButton()
        self.speed.clicked.connect(self._next_speed)
        bar.addWidget(self.read_page)
        bar.addWidget(self.speed)
        controller.reading_changed.connect(self._show_reading)
        controller.speed_changed.connect(self._show_speed)
        self._show_reading(controller.is_reading())
        self._show_speed(controller.speed)

    def _clicked(self) -> None:
        if self.controller.is_reading():
            self.controller.stop()
        else:
            self.controller.read(self._page())
        self._show_reading(self.controller.is_reading())

    def _show_reading(self, reading: bool) -> None:
        if not isValid(self.read_page):
            return
        self.read_page.setChecked(reading)
        if reading:
            self.read_page.setText(translate("ReadAloud", "Stop reading"))
            self.read_page.setAccessibleName(translate("ReadAloud", "Stop reading aloud"))
        else:
            self.read_page.setText(translate("ReadAloud", "Read this page"))
            self.read_page.setAccessibleName(translate("ReadAloud", "Read this page aloud"))

    def _next_speed(self) -> None:
        index = SPEEDS.index(self.controller.speed) if self.controller.speed in SPEEDS else 1
        self.controller.choose_speed(SPEEDS[(index + 1) % len(SPEEDS)])

    def _show_speed(self, speed: str) -> None:
        if not isValid(self.speed):
            return
        words = {
            "slow": translate("ReadAloud", "slow"),
            "normal": translate("ReadAloud", "normal"),
            "fast": translate("ReadAloud", "fast"),
        }[speed]
        self.speed.setText(filled(translate("ReadAloud", "Speed: %1"), words))
        self.speed.setAccessibleName(
            filled(translate("ReadAloud", "Reading speed: %1. Press to change."), words)
        )


def toggle(controller: ReadAloud, item: Callable[[], Spoken]) -> Callable[[], None]:
    """A speaker's press: read its piece, or stop if that piece is being read."""

    def pressed() -> None:
        spoken = item()
        if controller.is_reading_item(spoken.key):
            controller.stop()
        else:
            controller.read([spoken])

    return pressed
