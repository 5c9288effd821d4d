"""The reading itself: ``ReadAloud`` reads ``Spoken`` pieces through the core's ``Narrator``.

One per window. The narrator has its own thread and sound device (never the task worker where
answers are saved); its news comes back to the GUI thread as signals, and ``ReadAloud`` marks the
sentence being read, presses the speaker of the piece being read and keeps the learner's speed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QApplication
from shiboken6 import isValid

from kiosk.core.speech.recordings import Recording

log = logging.getLogger(__name__)
SPEEDS = ("slow", "normal", "fast")


@dataclass(eq=False)
class Spoken:
    """One piece to read: its text, and how the screen shows which part of it is being read."""

    text: str
    language: str
    mark: Callable[[int, int], None] | None = None  # show text[start:end] as being read
    unmark: Callable[[], None] | None = None
    recording: Recording | None = None
    button: QAbstractButton | None = None  # its own speaker, checked while it is read
    key: object = field(default=None)  # what it reads (a paragraph's place, a choice's number)


class _Relay(QObject):
    """The narrator's news, from its threads, queued to the GUI thread by Qt."""

    reading_at = Signal(int, int, int, int)
    ended = Signal(int)
    went_wrong = Signal(int, object)

    # The narrator's listener interface (called on the narrator's or the audio thread).
    def reading(self, number: int, part: int, start: int, end: int) -> None:
        self.reading_at.emit(number, part, start, end)

    def finished(self, number: int) -> None:
        self.ended.emit(number)

    def failed(self, number: int, error: Exception) -> None:
        self.went_wrong.emit(number, error)


class ReadAloud(QObject):
    """Reads ``Spoken`` pieces aloud, one reading at a time, at the learner's speed."""

    reading_changed = Signal(bool)  # a reading started (True) or ended (False)
    progress = Signal(int, int, int)  # piece index, start, end of the sentence being read
    speed_changed = Signal(str)
    failed = Signal(str)  # a message for the learner

    def __init__(self, *, tasks=None, backend: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._backend = backend
        self._narrator = None
        self._relay = _Relay(self)
        self._relay.reading_at.connect(self._reading_at)
        self._relay.ended.connect(self._ended)
        self._relay.went_wrong.connect(self._went_wrong)
        self._number = 0
        self._items: list[Spoken] = []
        self._marked: Spoken | None = None
        self._session = None
        self._chosen: dict[int, str] = {}  # speeds chosen this run, by learner
        self.speed = "normal"
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    # --- the learner and their speed ---------------------------------------------

    def set_session(self, session) -> None:
        """Read to this learner (or to nobody in particular) at their speed."""
        self._session = session
        speed = "normal"
        if session is not None:
            speed = self._chosen.get(session.learner_id, getattr(session, "speech_speed", "normal"))
        self._set_speed(speed)

    def choose_speed(self, speed: str) -> None:
        """The learner chose a speed: use it from the next sentence on, and keep it with them."""
        if speed not in SPEEDS:
            raise ValueError(speed)
        self._set_speed(speed)
        session = self._session
        if session is None:
            return
        self._chosen[session.learner_id] = speed
        if self._tasks is not None:
            from kiosk.core.learners.profiles import set_speech_speed

            self._tasks.run(
                lambda: set_speech_speed(session, speed),
                on_failure=lambda exc: log.error("could not keep the reading speed", exc_info=exc),
            )

    def _set_speed(self, speed: str) -> None:
        if speed != self.speed:
            self.speed = speed
            self.speed_changed.emit(speed)

    # --- reading -------------------------------------------------------------------

    def is_reading(self) -> bool:
        return bool(self._items)

    def is_reading_item(self, key: object) -> bool:
        return any(item.key == key for item in self._items) if key is not None else False

    def read(self, items: Sequence[Spoken]) -> None:
        from kiosk.core.speech.engine import Speed
        from kiosk.core.speech.narrator import Narrator, Part

        self._end_reading()
        items = [item for item in items if item.text.strip() or item.recording is not None]
        if not items:
            return
        if self._narrator is None:
            self._narrator = Narrator(self._relay, backend=self._backend)
        self._items = list(items)
        self._press(self._items[0])
        parts = [Part(item.text, item.language, item.recording) for item in self._items]
        self._number = self._narrator.read(parts, speed=Speed(self.speed))
        self.reading_changed.emit(True)

    def stop(self) -> None:
        """Stop reading (the learner moved on, or pressed Stop)."""
        if self._narrator is not None and self._items:
            self._narrator.stop()
        self._end_reading()

    def close(self) -> None:
        self.stop()
        if self._narrator is not None:
            self._narrator.close()
            self._narrator = None

    def _end_reading(self) -> None:
        was_reading = bool(self._items)
        self._unmark()
        self._press(None)
        self._items = []
        self._number = 0
        if was_reading:
            self.reading_changed.emit(False)

    def _press(self, item: Spoken | None) -> None:
        """Show the speaker of the piece being read pressed, and only that one."""
        for other in self._items:
            if other.button is not None and isValid(other.button):
                other.button.setChecked(other is item)

    def _unmark(self) -> None:
        marked, self._marked = self._marked, None
        if marked is not None and marked.unmark is not None:
            try:
                marked.unmark()
            except RuntimeError:  # its widget has gone with the screen
                pass

    def _reading_at(self, number: int, index: int, start: int, end: int) -> None:
        if number != self._number or index >= len(self._items):
            return
        item = self._items[index]
        if item is not self._marked:
            self._unmark()
            self._press(item)
        self._marked = item
        if item.mark is not None:
            try:
                item.mark(start, end)
            except RuntimeError:
                pass
        self.progress.emit(index, start, end)

    def _ended(self, number: int) -> None:
        if number == self._number:
            self._end_reading()

    def _went_wrong(self, number: int, error: Exception) -> None:
        if number != self._number:
            return
        self._end_reading()
        from kiosk.ui.tasks import user_message

        self.failed.emit(user_message(error))
