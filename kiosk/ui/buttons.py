"""Push buttons, set up the one way every screen sets them up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton


def push_button(text: str, clicked: Callable, *, name: str | None = None, primary: bool = False) -> QPushButton:
    """A button showing ``text`` that calls (or emits) ``clicked``.

    ``name`` is what a screen reader says where ``text`` is not enough; ``primary`` styles the way on.
    """
    button = QPushButton(text)
    if name is not None:
        button.setAccessibleName(name)
    if primary:
        button.setProperty("role", "primary")
    button.clicked.connect(clicked)
    return button
