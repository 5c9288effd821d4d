"""Arrow keys, for people who use the keyboard alone.

Qt's buttons take an arrow key as "the next widget in Tab order", which on a grid of tiles goes
sideways when one means down, and in a lesson jumps to "A−" when one means to scroll. These
filters give the arrows their expected meaning. (The learner picker is the first screen: Qt's
``Qt`` namespace is imported only when a key is pressed; see kiosk/ui/__init__.py.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


class TileKeys(QObject):
    """Left, Right, Up and Down move the focus between tiles laid out in rows of ``columns()``
    (mirrored right to left), and never out of them: Tab leaves, as everywhere."""

    def __init__(
        self,
        tiles: Callable[[], list[QWidget]],
        *,
        columns: Callable[[], int] = lambda: 1,
        moved: Callable[[QWidget], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tiles, self._columns, self._moved = tiles, columns, moved

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.KeyPress:
            return False
        from PySide6.QtCore import Qt

        key = event.key()
        if key not in (Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down) or event.modifiers() & ~Qt.KeypadModifier:
            return False
        tiles = [tile for tile in self._tiles() if tile.isVisible() and tile.isEnabled()]
        if watched not in tiles:
            return False
        columns = max(1, self._columns())
        back = -1 if not watched.isRightToLeft() else 1
        step = {Qt.Key_Left: back, Qt.Key_Right: -back, Qt.Key_Up: -columns, Qt.Key_Down: columns}[key]
        here = tiles.index(watched)
        there = here + step
        if key == Qt.Key_Down and there >= len(tiles) and here // columns < (len(tiles) - 1) // columns:
            there = len(tiles) - 1  # the row below is short: its last tile
        if 0 <= there < len(tiles):
            tiles[there].setFocus(Qt.TabFocusReason)  # (so its focus ring shows)
            if self._moved is not None:
                self._moved(tiles[there])
        return True


class ScrollKeys(QObject):
    """Up, Down, Page Up and Page Down scroll ``area`` whichever of the screen's buttons has the
    focus, so a lesson scrolls without first tabbing into its text."""

    def __init__(self, area: QAbstractScrollArea, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._area = area

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.KeyPress or watched is self._area:
            return False
        from PySide6.QtWidgets import QAbstractSlider

        from PySide6.QtCore import Qt

        actions = {
            Qt.Key_Down: QAbstractSlider.SliderSingleStepAdd,
            Qt.Key_Up: QAbstractSlider.SliderSingleStepSub,
            Qt.Key_PageDown: QAbstractSlider.SliderPageStepAdd,
            Qt.Key_PageUp: QAbstractSlider.SliderPageStepSub,
        }
        action = actions.get(event.key())
        if action is None or event.modifiers() & ~Qt.KeypadModifier:
            return False
        self._area.verticalScrollBar().triggerAction(action)
        return True
