"""Sound: clips of samples, a pack's recordings decoded, and a player for the sound card.

Every clip is 16-bit signed mono at ``SAMPLE_RATE`` (eSpeak NG's own rate), so speech and
recordings go one after another through one open device. The player is miniaudio's
Python wheel, which carries its C library (no system audio library to install): it picks
the platform's sound system (WASAPI on Windows, PulseAudio or ALSA on Linux) and has a
"null" device that plays into nothing at the real pace, for tests and CI
(``KIOSK_AUDIO_BACKEND=null``).
"""

from __future__ import annotations

import array
import logging
import math
import os
import threading
import wave
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.core.errors import KnownError
from kiosk.core.say import QT_TRANSLATE_NOOP, say

log = logging.getLogger(__name__)

SAMPLE_RATE = 22050
BACKEND_VARIABLE = "KIOSK_AUDIO_BACKEND"
# How long the device's buffer is: short enough for Stop to be heard at once.
BUFFER_MS = 120
# Kinds of recording a pack may carry, by file suffix, as miniaudio decodes them.
RECORDING_KINDS = {".ogg": "vorbis", ".mp3": "mp3"}


@dataclass(frozen=True, eq=False)
class Clip:
    """Sound as signed 16-bit mono samples."""

    samples: array.array
    sample_rate: int = SAMPLE_RATE

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return len(self.samples) / self.sample_rate

    def rms(self) -> float:
        """Root mean square loudness, 0 for silence (up to 32767)."""
        if not self.samples:
            return 0.0
        return math.sqrt(sum(s * s for s in self.samples) / len(self.samples))

    def write_wav(self, path: Path) -> None:
        from kiosk.core.durable import writing

        with writing(Path(path)) as handle, wave.open(handle, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(self.sample_rate)
            out.writeframes(self.samples.tobytes())


class AudioUnavailable(KnownError):
    """No sound device could be opened, or a recording cannot be played."""


def _samples(values: Any) -> array.array:
    result = array.array("h")
    result.frombytes(bytes(values) if not isinstance(values, array.array) else values.tobytes())
    return result


def recording_info(name: str, data: bytes) -> tuple[str, float]:
    """(kind, seconds) of a recording in a pack, by its suffix; AudioUnavailable if it is not
    a recording of that kind that the player can decode (an Opus file named .ogg, say)."""
    import miniaudio

    suffix = os.path.splitext(name)[1].lower()
    kind = RECORDING_KINDS.get(suffix)
    try:
        if kind == "vorbis":
            info = miniaudio.vorbis_get_info(data)
        elif kind == "mp3":
            info = miniaudio.mp3_get_info(data)
        else:
            raise AudioUnavailable(say(QT_TRANSLATE_NOOP("core", "%1 is not an Ogg Vorbis or MP3 recording"), name))
    except miniaudio.DecodeError:
        raise AudioUnavailable(
            say(QT_TRANSLATE_NOOP("core", "%1 is not a recording the kiosk can play (Ogg Vorbis or MP3)"), name)
        ) from None
    if info.sample_rate <= 0 or info.num_frames <= 0:
        raise AudioUnavailable(say(QT_TRANSLATE_NOOP("core", "%1 is an empty recording"), name))
    return kind, info.num_frames / info.sample_rate


def decode_recording(name: str, data: bytes) -> Clip:
    """A pack's recording (Ogg Vorbis or MP3) as a mono clip at ``SAMPLE_RATE``."""
    import miniaudio

    recording_info(name, data)
    try:
        decoded = miniaudio.decode(data, nchannels=1, sample_rate=SAMPLE_RATE)
    except miniaudio.DecodeError:
        raise AudioUnavailable(
            say(QT_TRANSLATE_NOOP("core", "%1 is not a recording the kiosk can play (Ogg Vorbis or MP3)"), name)
        ) from None
    return Clip(_samples(decoded.samples), SAMPLE_RATE)


def default_backend() -> str | None:
    """The sound system named by ``KIOSK_AUDIO_BACKEND`` (e.g. ``null``), else None: the platform's."""
    return os.environ.get(BACKEND_VARIABLE) or None


class AudioPlayer:
    """Plays clips one after another on a sound device, from miniaudio's own audio thread.

    ``queue`` adds a clip with a tag; ``on_started(tag)`` is called (on the audio thread) as a
    clip begins, and ``on_drained()`` once, after ``finish`` when the last clip has played.
    Callbacks must be quick and must not call back into the player.
    """

    def __init__(
        self,
        *,
        on_started: Callable[[object], None],
        on_drained: Callable[[], None],
        backend: str | None = None,
        sample_rate: int = SAMPLE_RATE,
    ) -> None:
        import miniaudio

        self._on_started = on_started
        self._on_drained = on_drained
        self._lock = threading.Lock()
        self._clips: deque[tuple[array.array, object]] = deque()
        self._current: array.array | None = None
        self._offset = 0
        self._finished = False
        self._drained = False
        self._silent_calls = 0
        self.sample_rate = sample_rate
        names = {"null": miniaudio.Backend.NULL, "pulseaudio": miniaudio.Backend.PULSEAUDIO,
                 "alsa": miniaudio.Backend.ALSA, "wasapi": miniaudio.Backend.WASAPI}
        backends = None
        if backend:
            if backend not in names:
                raise ValueError(f"unknown audio backend {backend!r}; one of {sorted(names)}")
            backends = [names[backend]]
        try:
            self._device = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16,
                nchannels=1,
                sample_rate=sample_rate,
                buffersize_msec=BUFFER_MS,
                backends=backends,
                app_name="Kiosk",
            )
        except miniaudio.MiniaudioError as exc:
            log.warning("no sound device: %s", exc)
            raise AudioUnavailable(
                say(QT_TRANSLATE_NOOP("core", "No sound device is working on this computer. Ask the facilitator."))
            ) from exc
        self.backend = self._device.backend
        self._started = False

    def queue(self, clip: Clip, tag: object) -> None:
        if clip.sample_rate != self.sample_rate:
            raise ValueError("every clip is played at the player's sample rate")
        with self._lock:
            self._clips.append((clip.samples, tag))
        if not self._started:
            stream = self._stream()
            next(stream)
            self._device.start(stream)
            self._started = True

    def finish(self) -> None:
        """No more clips: call ``on_drained`` when the queued ones have played."""
        with self._lock:
            self._finished = True
        if not self._started:  # nothing was queued at all
            self._drain_now()

    def _drain_now(self) -> None:
        with self._lock:
            if self._drained:
                return
            self._drained = True
        self._on_drained()

    def close(self) -> None:
        """Stop at once (queued clips are dropped) and let the device go."""
        with self._lock:
            self._clips.clear()
            self._current = None
            self._drained = True  # a stopped player does not report draining
        self._device.close()

    @property
    def started(self) -> bool:
        return self._started

    def _stream(self) -> Iterator[array.array]:
        frames = yield array.array("h")
        while True:
            frames = yield self._take(frames)

    def _take(self, frames: int) -> array.array:
        """The next ``frames`` samples (fewer at the end: the device fills the rest with silence)."""
        out = array.array("h")
        started: list[object] = []
        with self._lock:
            while len(out) < frames:
                if self._current is None or self._offset >= len(self._current):
                    if not self._clips:
                        self._current = None
                        break
                    self._current, tag = self._clips.popleft()
                    self._offset = 0
                    started.append(tag)
                need = frames - len(out)
                out.extend(self._current[self._offset : self._offset + need])
                self._offset += need
            idle = self._current is None and not self._clips
            if out:
                self._silent_calls = 0
            elif idle:
                self._silent_calls += 1
            # One buffer of silence after the last samples: they have been heard by then.
            drain = idle and self._finished and not self._drained and self._silent_calls >= 1
        for tag in started:
            self._safely(self._on_started, tag)
        if drain:
            self._safely(lambda _unused: self._drain_now(), None)
        return out

    @staticmethod
    def _safely(callback: Callable[[Any], None], value: object) -> None:
        try:
            callback(value)
        except Exception:  # never let an error escape into the audio thread
            log.exception("audio callback failed")
