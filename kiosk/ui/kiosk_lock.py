"""The kiosk lock (full screen): Escape and Alt+F4 do nothing, and only the facilitator closes the app."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class KioskLock(QObject):
    """Eats, app-wide while it is on, the keys that would take a learner out of the app (Escape, Alt+F4)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on = False

    def set_on(self, on: bool) -> None:
        app = QApplication.instance()
        if on and not self.on:
            app.installEventFilter(self)
        elif not on and self.on:
            app.removeEventFilter(self)
        self.on = on

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.KeyPress, QEvent.ShortcutOverride):
            from PySide6.QtCore import Qt  # not at import: see kiosk/ui/__init__.py

            key, mods = event.key(), event.modifiers()
            if key == Qt.Key_Escape or (key == Qt.Key_F4 and mods & Qt.AltModifier):
                return True
        return False
