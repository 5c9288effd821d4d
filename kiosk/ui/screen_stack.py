"""The window's screens by name, in one ``QStackedWidget``.

A screen is built the first time it is shown (so start-up pays only for the first); a screen made
for one use (a pack, a lesson, a quiz...) replaces the last one of its name; a screen taken out is
deleted only once no background job can call back into it. After a change of language the screen
on view is kept until the window moves on, then dropped, to be built again in the new language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.ui.tasks import TaskRunner


class ScreenStack(QStackedWidget):
    def __init__(self, build: Callable[[str], QWidget], *, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        """``build(name)`` makes the screen called ``name`` the first time it is wanted."""
        super().__init__(parent)
        self._build = build
        self._tasks = tasks
        self._screens: dict[str, QWidget] = {}
        self._dropped: list[QWidget] = []  # screens waiting for the worker to go idle before deletion
        self._stale: QWidget | None = None
        tasks.idle.connect(self._delete_dropped)

    def screen(self, name: str) -> QWidget:
        """The screen called ``name``, built on first use."""
        if name not in self._screens:
            widget = self._build(name)
            self._screens[name] = widget
            self.addWidget(widget)
        return self._screens[name]

    def built(self, name: str) -> QWidget | None:
        """The screen called ``name`` if it is made, else None (nothing is built)."""
        return self._screens.get(name)

    def show_screen(self, name: str) -> QWidget:
        """Bring ``name`` to the front; a screen left from before a language change goes now."""
        current = self.screen(name)
        self.setCurrentWidget(current)
        stale = self._stale
        if stale is not None and stale is not current:
            self._stale = None
            for old_name, widget in list(self._screens.items()):
                if widget is stale:
                    self.drop(old_name)
        return current

    def current_name(self) -> str:
        current = self.currentWidget()
        return next(name for name, screen in self._screens.items() if screen is current)

    def put(self, name: str, widget: QWidget) -> None:
        """A screen made for this use, in place of the previous one of that name."""
        self.drop(name)
        self._screens[name] = widget
        self.addWidget(widget)

    def drop(self, name: str) -> None:
        """Take a screen out; it is deleted once no background job can call back into it."""
        old = self._screens.pop(name, None)
        if old is None:
            return
        self.removeWidget(old)
        old.hide()
        if self._tasks.is_busy():
            self._dropped.append(old)
        else:
            old.deleteLater()

    def drop_all_but_current(self) -> None:
        """The language changed: every other screen goes now, the one on view when the window moves on."""
        current = self.currentWidget()
        for name, widget in list(self._screens.items()):
            if widget is not current:
                self.drop(name)
        self._stale = current

    def _delete_dropped(self) -> None:
        dropped, self._dropped = self._dropped, []
        for widget in dropped:
            widget.deleteLater()
