"""Look and feel: large readable type, big touch targets, a focus ring you can see."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 14
ACCENT = "#1d4f91"
DANGER = "#a4161a"

STYLE_SHEET = f"""
QWidget {{ background: #ffffff; color: #1a1a1a; }}
QLabel {{ padding-left: 3px; padding-right: 3px; }}
QLabel[role="title"] {{ font-size: 26pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: 16pt; color: #333333; }}
QLabel[role="error"] {{ color: {DANGER}; font-weight: 600; }}
QLabel[role="notice"] {{ background: #eef3fa; border: 1px solid {ACCENT}; border-radius: 6px; padding: 8px; }}
QLabel[role="empty"] {{ color: #333333; font-size: 16pt; padding: 24px; }}
QLineEdit, QComboBox, QSpinBox {{
    min-height: 44px; padding: 4px 10px; border: 2px solid #666666; border-radius: 6px; font-size: 15pt;
}}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus {{ border: 3px solid {ACCENT}; }}
QCheckBox:focus, QListWidget:focus, QTableWidget:focus {{ outline: 3px solid {ACCENT}; border: 3px solid {ACCENT}; }}
QTabBar::tab {{ min-height: 44px; padding: 6px 10px; font-size: 13pt; border: 2px solid #555555; }}
QTabBar::tab:selected {{ font-weight: 700; border-bottom: 5px solid {ACCENT}; }}
QTabBar::tab:focus {{ border: 4px solid {ACCENT}; }}
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
    qproperty-toolButtonStyle: ToolButtonTextUnderIcon;
    font-size: 15pt; border-radius: 12px; background: #fafafa; padding: 6px 10px;
}}
QHeaderView {{ font-size: 12pt; }}
QScrollArea {{ border: 3px solid transparent; }}
QAbstractScrollArea:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 3px solid {ACCENT}; }}
QScrollBar:vertical {{ background: #eeeeee; width: 18px; margin: 0; }}
QScrollBar:horizontal {{ background: #eeeeee; height: 18px; margin: 0; }}
QScrollBar::handle {{ background: #7a7a7a; border-radius: 7px; min-height: 48px; min-width: 48px; margin: 2px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""


# High contrast: black on white with thick black borders, and the focus ring in
# yellow-on-black so it stands out from every border (never colour alone: it is thicker too).
HIGH_CONTRAST_SHEET = """
QWidget { background: #ffffff; color: #000000; }
QLabel[role="subtitle"], QLabel[role="empty"] { color: #000000; }
QLabel[role="error"] { color: #000000; font-weight: 700; text-decoration: underline; }
QLabel[role="notice"] { background: #ffffff; border: 3px solid #000000; }
QLineEdit, QComboBox, QSpinBox { border: 3px solid #000000; }
QPushButton, QToolButton { border: 3px solid #000000; background: #ffffff; color: #000000; }
QPushButton[role="primary"] { background: #000000; color: #ffffff; border-color: #000000; }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus,
QCheckBox:focus, QListWidget:focus, QTableWidget:focus, QTabBar::tab:focus,
QAbstractScrollArea:focus, QPlainTextEdit:focus, QTextEdit:focus {
    border: 5px solid #000000; outline: 3px solid #ffd400;
}
QPushButton:disabled { color: #555555; border-style: dashed; }
QScrollBar::handle { background: #000000; }
"""


def _scaled(sheet: str, scale: float) -> str:
    """The style sheet with every ``Npt`` font size multiplied by ``scale``."""
    import re

    return re.sub(r"(\d+)pt", lambda m: f"{round(int(m.group(1)) * scale)}pt", sheet)


def apply_theme(app: QApplication, *, high_contrast: bool = False, text_scale: float = 1.0) -> None:
    """Apply the look; call again to change it live (contrast and text size are settings)."""
    font = QFont(app.font())
    font.setPointSize(round(BASE_POINT_SIZE * text_scale))
    app.setFont(font)
    sheet = STYLE_SHEET + (HIGH_CONTRAST_SHEET if high_contrast else "")
    app.setStyleSheet(_scaled(sheet, text_scale))
    app.setProperty("kiosk_high_contrast", high_contrast)
    app.setProperty("kiosk_text_scale", text_scale)
