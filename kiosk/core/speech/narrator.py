"""Reading a page aloud: sentence by sentence, on a thread of its own, saying where it is.

The narrator owns the voice and the sound device. ``read(parts)`` starts a reading (and ends
the one before); the worker makes the first sentence's sound, starts playing it and makes the
next while it plays, so a long page starts at once. As each sentence starts, the listener hears
``reading(number, part, start, end)`` (where the sentence lies in that part's text), and at the
end ``finished(number)``; ``failed(number, error)`` if there is no voice or no sound device.
Listener calls come from the narrator's or the audio thread: a screen hands them on to its own.

A reading that has been replaced or stopped says nothing more. The app's task worker, where
answers are saved, is never used: a learner's answer never waits behind speech.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from kiosk.core.speech.audio import AudioPlayer, decode_recording, default_backend
from kiosk.core.speech.engine import Speed, SpeechEngine, speech_engine
from kiosk.core.speech.recordings import Recording
from kiosk.core.speech.text import sentences

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Part:
    """One thing to read: a paragraph, a question, a choice. A recording, when there is one,
    is played instead of the voice (the whole part is marked while it plays)."""

    text: str
    language: str
    recording: Recording | None = None


class NarrationListener(Protocol):
    def reading(self, number: int, part: int, start: int, end: int) -> None: ...

    def finished(self, number: int) -> None: ...

    def failed(self, number: int, error: Exception) -> None: ...


class Narrator:
    """Reads parts aloud on its own thread. ``backend``: a sound system (``"null"`` in tests),
    else ``KIOSK_AUDIO_BACKEND``, else the platform's."""

    def __init__(
        self,
        listener: NarrationListener,
        *,
        backend: str | None = None,
        engine: Callable[[], SpeechEngine] = speech_engine,
    ) -> None:
        self._listener = listener
        self._backend = backend or default_backend()
        self._engine = engine
        self._commands: queue.SimpleQueue[tuple | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._latest = 0  # the number of the reading that may still speak
        self._player: AudioPlayer | None = None
        self._player_number = 0
        self._thread = threading.Thread(target=self._run, name="kiosk-narrator", daemon=True)
        self._thread.start()

    # --- called from any thread --------------------------------------------------

    def read(self, parts: Sequence[Part], *, speed: Speed = Speed.NORMAL) -> int:
        """Start reading ``parts`` in order (ending any reading before); returns its number."""
        with self._lock:
            self._latest += 1
            number = self._latest
        self._commands.put(("read", number, tuple(parts), speed))
        return number

    def stop(self) -> None:
        """Stop reading now; the reading says nothing more."""
        with self._lock:
            self._latest += 1
        self._commands.put(("stop",))

    def close(self, timeout: float = 5.0) -> None:
        """Stop and end the thread (at shutdown)."""
        self.stop()
        self._commands.put(None)
        self._thread.join(timeout)

    def is_current(self, number: int) -> bool:
        with self._lock:
            return number == self._latest

    # --- the narrator's thread ---------------------------------------------------

    def _run(self) -> None:
        while True:
            command = self._commands.get()
            if command is None:
                self._close_player()
                return
            kind = command[0]
            if kind == "read":
                _, number, parts, speed = command
                self._close_player()
                if not self.is_current(number):
                    continue
                try:
                    self._read(number, parts, speed)
                except Exception as exc:  # no voice, no sound device, a bad recording, or a bug
                    self._close_player()
                    if self.is_current(number):
                        self._listener.failed(number, exc)
            elif kind == "drained":
                number = command[1]
                if number == self._player_number:
                    self._close_player()
                    if self.is_current(number):
                        self._listener.finished(number)
            elif kind == "stop":
                self._close_player()

    def _close_player(self) -> None:
        if self._player is not None:
            self._player.close()
            self._player = None
            self._player_number = 0

    def _queue(self, number: int, clip, tag: tuple) -> None:
        if self._player is None:
            self._player = AudioPlayer(
                on_started=self._started,
                on_drained=lambda: self._commands.put(("drained", number)),
                backend=self._backend,
                sample_rate=clip.sample_rate,
            )
            self._player_number = number
        self._player.queue(clip, tag)

    def _started(self, tag: object) -> None:
        number, part, start, end = tag  # type: ignore[misc]
        if self.is_current(number):
            self._listener.reading(number, part, start, end)

    def _read(self, number: int, parts: tuple[Part, ...], speed: Speed) -> None:
        for index, part in enumerate(parts):
            data = part.recording.read() if part.recording is not None else None
            if data is not None:
                assert part.recording is not None
                self._queue(number, decode_recording(part.recording.name, data), (number, index, 0, len(part.text)))
                continue
            for sentence in sentences(part.text):
                if not self.is_current(number):
                    return
                clip = self._engine().synthesise(sentence.text, language=part.language, speed=speed)
                if clip.samples:
                    self._queue(number, clip, (number, index, sentence.start, sentence.end))
        if not self.is_current(number):
            return
        if self._player is None:  # nothing to say
            self._listener.finished(number)
        else:
            self._player.finish()
