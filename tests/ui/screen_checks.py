"""What a person would see wrong on a screen: a widget cut off, two widgets on top of each other,
words left in English in a French or Arabic app.

Used by the tour of every screen (tests/ui/test_every_screen.py, tools/screenshots.py).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
# Controls checked as a whole: their own parts (a combo's arrow, a spin box's field) are Qt's.
WHOLE = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractScrollArea, QTabBar, QScrollBar, QProgressBar)
SLACK = 1  # pixels of rounding


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    text = (widget.accessibleName() or text or widget.objectName()).replace("\n", " ")
    return f"{type(widget).__name__} {text[:50]!r}"


def _shown_children(widget: QWidget) -> list[QWidget]:
    """The widget's children a person can see, in the order to check them."""
    if isinstance(widget, QScrollArea):
        content = widget.widget()
        return [content] if content is not None and content.isVisible() else []
    if isinstance(widget, QTabWidget):
        pages = widget.findChild(QStackedWidget)  # the tab widget's own stack of pages
        return [w for w in (widget.tabBar(), pages) if w is not None and w.isVisible()]
    if isinstance(widget, QStackedWidget):
        current = widget.currentWidget()
        return [current] if current is not None and current.isVisible() else []
    if isinstance(widget, WHOLE):
        return []
    return [c for c in widget.children() if isinstance(c, QWidget) and c.isVisible() and not c.isWindow()]


def _ink_on_the_edge(label: QLabel) -> bool:
    """Whether the label's drawn words reach its left or right edge: a letter cut there (Arabic
    letters can reach past the width their words are measured at)."""
    if label.property("role") in ("notice",) or label.width() < 4 or label.height() < 4:
        return False
    image = label.grab().toImage()
    paper = label.palette().color(label.backgroundRole())
    width, height = image.width(), image.height()
    for x in (0, width - 1):
        for y in range(0, height, 1):
            color = image.pixelColor(x, y)
            if abs(color.lightness() - paper.lightness()) > 60:
                return True
    return False


def _text_cut(widget: QWidget) -> str | None:
    """Why the widget's own words do not fit in it, or None."""
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if _ink_on_the_edge(widget):
            return "its letters reach its edge"
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return f"needs {needed} px of height, has {widget.height()}"
        elif widget.sizeHint().width() > widget.width() + SLACK:
            return f"needs {widget.sizeHint().width()} px of width, has {widget.width()}"
    elif isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
            return f"needs {hint.width()}x{hint.height()} px, has {widget.width()}x{widget.height()}"
    elif isinstance(widget, QTabBar):
        if widget.sizeHint().width() > widget.width() + SLACK:
            return f"its tabs need {widget.sizeHint().width()} px, have {widget.width()}"
    elif isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox)):
        least = widget.minimumSizeHint()
        if least.height() > widget.height() + SLACK:
            return f"needs {least.height()} px of height, has {widget.height()}"
    return None


def layout_problems(window: QWidget) -> list[str]:
    """Visible widgets cut off by their parent (and so by the window), squeezed so their words do
    not fit, or lying over a visible sibling. Content inside a scroll area may run past its view."""
    problems: list[str] = []

    def visit(widget: QWidget) -> None:
        cut = _text_cut(widget)
        if cut:
            problems.append(f"{_name(widget)}: words cut off ({cut})")
        children = _shown_children(widget)
        scrolled = isinstance(widget, QScrollArea)
        area = widget.rect()
        for child in children:
            if not scrolled and not area.contains(child.geometry().adjusted(SLACK, SLACK, -SLACK, -SLACK)):
                problems.append(f"{_name(child)}: cut off by {_name(widget)} ({_rect(child.geometry())} outside {_rect(area)})")
        for i, one in enumerate(children):
            for other in children[i + 1:]:
                overlap = one.geometry().intersected(other.geometry())
                if overlap.width() > SLACK and overlap.height() > SLACK:
                    problems.append(f"{_name(one)} overlaps {_name(other)} ({_rect(overlap)})")
        for child in children:
            visit(child)

    visit(window)
    return problems


def _rect(r: QRect) -> str:
    return f"{r.x()},{r.y()} {r.width()}x{r.height()}"


# --- words --------------------------------------------------------------------------


def visible_texts(window: QWidget) -> list[tuple[QWidget, str]]:
    """Every piece of the app's words a person can see: labels, buttons, tabs, headers, placeholders."""
    found: list[tuple[QWidget, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget, QLabel):
            text = widget.text()
            texts.append(QTextDocumentFragment.fromHtml(text).toPlainText() if widget.textFormat() != 0 and "<" in text else text)
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit) and not widget.text():
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QTableWidget):
            texts += [widget.horizontalHeaderItem(c).text() for c in range(widget.columnCount()) if widget.horizontalHeaderItem(c)]
        elif isinstance(widget, QProgressBar) and widget.isTextVisible():
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit) and not widget.toPlainText():
            texts.append(widget.placeholderText())
        found += [(widget, t) for t in texts if t and t.strip()]
    return found


@cache
def english_words(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The app's English strings that have their own translation in ``language`` (from
    assets/i18n/kiosk_<language>.ts, which tools/i18n/<language>.tsv fills), as patterns that
    match them with any values put in their places (%1, %n, {0})."""
    tree = ET.parse(ROOT / "assets" / "i18n" / f"kiosk_{language}.ts")
    found = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        if not source.strip() or source in forms or not re.search(r"[A-Za-z]{2}", source):
            continue  # the same in both languages (a name, a symbol)
        pieces = re.split(r"(%L?\d|%n|\{\d\})", source)
        literal = "".join(p for i, p in enumerate(pieces) if i % 2 == 0)
        if len(re.findall(r"[A-Za-z]{2,}", literal)) < 1:
            continue
        pattern = "".join(".+?" if i % 2 else re.escape(p) for i, p in enumerate(pieces))
        found.append((source, re.compile(pattern, re.DOTALL)))
    return tuple(found)


def untranslated(window: QWidget, language: str) -> list[str]:
    """Visible words of the app still in English in a ``language`` app: a whole text (or, for
    longer strings, a part of one) that is one of the app's English strings."""
    if language == "en":
        return []
    problems = []
    words = english_words(language)
    for widget, text in visible_texts(window):
        for source, pattern in words:
            long_enough = len(source) >= 12 and " " in source.strip()
            hit = pattern.fullmatch(text.strip()) or (long_enough and pattern.search(text))
            if hit:
                problems.append(f"{_name(widget)}: {text[:80]!r} is English ({source[:60]!r})")
                break
    return problems
