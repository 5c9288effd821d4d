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


def screen_column(owner: QWidget, *, spacing: int | None = None) -> QVBoxLayout:
    """The layout of a learner's screen: one column, at the margins all those screens share."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(32, 24, 32, 24)
    if spacing is not None:
        layout.setSpacing(spacing)
    return layout


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


def ends_row(start: QWidget | None, end: QWidget) -> QHBoxLayout:
    """A row of buttons: ``start`` at its start (a way back, if there is one) and ``end`` at its end (the way on)."""
    row = QHBoxLayout()
    if start is not None:
        row.addWidget(start)
    row.addStretch(1)
    row.addWidget(end)
    return row
