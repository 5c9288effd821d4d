"""Look and feel: large readable type, big touch targets, a focus ring you can see."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 14
ACCENT = "#1d4f91"
DANGER = "#a4161a"

STYLE_SHEET = f"""
QWidget {{ background: #ffffff; color: #1a1a1a; }}
QLabel[role="title"] {{ font-size: 26pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: 16pt; color: #333333; }}
QLabel[role="error"] {{ color: {DANGER}; font-weight: 600; }}
QLabel[role="notice"] {{ background: #eef3fa; border: 1px solid {ACCENT}; border-radius: 6px; padding: 8px; }}
QLabel[role="empty"] {{ color: #333333; font-size: 16pt; padding: 24px; }}
QLineEdit, QComboBox {{
    min-height: 44px; padding: 4px 10px; border: 2px solid #666666; border-radius: 6px; font-size: 15pt;
}}
QLineEdit:focus, QComboBox:focus {{ border: 3px solid {ACCENT}; }}
QPushButton, QToolButton {{
    min-height: 52px; min-width: 52px; padding: 6px 18px; font-size: 15pt;
    border: 2px solid #555555; border-radius: 8px; background: #f2f2f2;
}}
QPushButton:hover, QToolButton:hover {{ background: #e6ecf5; }}
QPushButton:pressed, QToolButton:pressed {{ background: #cdd9ea; }}
QPushButton:focus, QToolButton:focus {{ border: 4px solid {ACCENT}; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: #ffffff; border-color: {ACCENT}; font-weight: 600; }}
QPushButton[role="primary"]:focus {{ border: 4px solid #000000; }}
QPushButton:disabled {{ color: #777777; background: #e0e0e0; }}
QToolButton[role="tile"] {{
    font-size: 15pt; border-radius: 12px; background: #fafafa;
    min-width: 160px; max-width: 160px; min-height: 160px; max-height: 160px;
}}
QScrollArea {{ border: none; }}
QScrollBar:vertical {{ background: #eeeeee; width: 18px; margin: 0; }}
QScrollBar:horizontal {{ background: #eeeeee; height: 18px; margin: 0; }}
QScrollBar::handle {{ background: #7a7a7a; border-radius: 7px; min-height: 48px; min-width: 48px; margin: 2px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""


def apply_theme(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
