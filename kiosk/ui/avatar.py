"""Round initials badges for learner tiles (no photos on a shared computer)."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

# Dark tones that keep white text readable (contrast ≥ 4.5:1).
_TONES = ["#1d4f91", "#7a2e8e", "#0f6b4f", "#8a4b08", "#a4161a", "#334155", "#00606e", "#5b3a29"]


def initials_icon(initials: str, *, key: str, size: int = 96) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setBrush(QColor(_TONES[zlib.crc32(key.encode()) % len(_TONES)]))
    painter.setPen(Qt.NoPen)
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    font = QFont()
    font.setPixelSize(int(size * 0.38))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignCenter, initials)
    painter.end()
    return QIcon(pixmap)
