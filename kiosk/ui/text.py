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


def problem_label() -> QLabel:
    """A line that says what is wrong (a hint, a refusal) in the error style, as plain text."""
    label = plain_label()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    return label


def direction(language: str | None):
    """The writing direction of ``language`` (a BCP 47 code), as a Qt layout direction."""
    from PySide6.QtCore import Qt  # not at import: see kiosk/ui/__init__.py

    from kiosk.ui.i18n import is_right_to_left

    return Qt.RightToLeft if is_right_to_left(language) else Qt.LeftToRight


def in_language(widget, language: str | None):
    """Lay ``widget`` out, and write its text, in the direction of the language its words are in
    (a pack's, not the app's): an English pack in the Arabic app reads left to right."""
    if language:
        widget.setLayoutDirection(direction(language))
    return widget


def html_in_language(html: str, language: str | None) -> str:
    """A block of rich text that keeps its own language's direction inside a label of another."""
    from kiosk.ui.i18n import is_right_to_left

    if not language:
        return html
    return f"<div dir='{'rtl' if is_right_to_left(language) else 'ltr'}'>{html}</div>"
