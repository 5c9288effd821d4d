"""Small layout pieces several screens share."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QScrollArea, QVBoxLayout, QWidget


def scrolling_layout(owner: QWidget) -> QVBoxLayout:
    """The layout of a screen or tab whose content scrolls rather than squeezes its fields on a 1024 x 600 screen."""
    content = QWidget()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(content)


def scrolling_list(items: QWidget | QLayout, *, name: str) -> QScrollArea:
    """``items`` in a scrolling area called ``name``, from its top (the room left over goes below them)."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    if isinstance(items, QLayout):
        column.addLayout(items)
    else:
        column.addWidget(items)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(holder)
    scroll.setAccessibleName(name)
    return scroll


def ends_row(start: QWidget, end: QWidget) -> QHBoxLayout:
    """A row of two buttons, ``start`` at its start (a way back) and ``end`` at its end (the way on)."""
    row = QHBoxLayout()
    row.addWidget(start)
    row.addStretch(1)
    row.addWidget(end)
    return row
