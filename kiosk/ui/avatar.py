"""Round initials badges for learner tiles (no photos on a shared computer).

The badges are on the first screen, so they are drawn without Qt's brushes and pens: making
either one builds the whole ``Qt`` namespace, about 30 ms (see kiosk/ui/__init__.py). The text
is drawn in the painter's default black on the inverse of the tone, and then every pixel is
inverted: white text on the tone, edges blended alike. A round clip path cuts the disc.
"""

from __future__ import annotations

import zlib

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap

# Dark tones that keep white text readable (contrast ≥ 4.5:1).
_TONES = ["#1d4f91", "#7a2e8e", "#0f6b4f", "#8a4b08", "#a4161a", "#334155", "#00606e", "#5b3a29"]
_ALIGN_CENTER = 0x0084  # Qt::AlignCenter; QPainter.drawText takes the flags as a plain int


def tone_for(key: str) -> str:
    """The badge colour for a learner: the same every day, spread over the tones."""
    return _TONES[zlib.crc32(key.encode()) % len(_TONES)]


def initials_icon(initials: str, *, key: str, size: int = 96) -> QIcon:
    tone = QColor(tone_for(key))
    square = QPixmap(size, size)
    square.fill(QColor(255 - tone.red(), 255 - tone.green(), 255 - tone.blue()))
    face = square.toImage()
    painter = QPainter(face)
    painter.setRenderHint(QPainter.Antialiasing)
    font = QFont()
    font.setPixelSize(int(size * 0.38))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size, size), _ALIGN_CENTER, initials)  # black, the default pen
    painter.end()
    face.invertPixels()  # now white on the tone

    badge = QPixmap(size, size)
    badge.fill(QColor(0, 0, 0, 0))
    disc = QPainterPath()
    disc.addEllipse(QRectF(2, 2, size - 4, size - 4))
    painter = QPainter(badge)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setClipPath(disc)
    painter.drawImage(QPoint(0, 0), face)
    painter.end()
    return QIcon(badge)
