"""Labels for text from outside the app's own words: pack and quiz text, learners' names, messages.

A QLabel guesses whether its text is rich text (Qt.AutoText): a pack title such as
``<img src="/home/...">`` would render as HTML and load a local file. These labels show the
text exactly as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def plain_label(text: str = "") -> QLabel:
    """A QLabel that shows ``text`` as plain text, never as HTML."""
    from PySide6.QtCore import Qt  # not at import: see kiosk/ui/__init__.py

    label = QLabel()
    label.setTextFormat(Qt.PlainText)
    label.setText(text)
    return label
