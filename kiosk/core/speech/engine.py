"""eSpeak NG, the voice: text in, a clip of speech out.

The library and its voices come from the espeakng-loader wheel (the same files on Linux and
Windows, and inside the PyInstaller bundle, which carries them: build.spec). We call its C
API through ctypes in synchronous mode: ``espeak_Synth`` returns when the text is spoken,
and the samples arrive in a callback as they are made. eSpeak NG keeps one global state,
so one lock guards it; the library loads on the first sentence, never at start-up.
"""

from __future__ import annotations

import array
import ctypes
import enum
import logging
import threading
from functools import lru_cache
from pathlib import Path

from kiosk.core.errors import KnownError
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.speech.audio import Clip
from kiosk.core.speech.text import speakable

log = logging.getLogger(__name__)

# The languages Kiosk speaks (its own languages), and the eSpeak NG voice for each. The
# bundle carries the dictionaries of these voices only (build.spec reads this table).
VOICES = {"en": "en", "fr": "fr", "ar": "ar"}

# espeak_ng/speak_lib.h
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
_CHARS_UTF8 = 1
_POS_CHARACTER = 1
_RATE, _VOLUME, _PITCH = 1, 2, 3


class Speed(enum.Enum):
    """How fast the voice reads; each learner keeps their own."""

    SLOW = "slow"
    NORMAL = "normal"
    FAST = "fast"

    @property
    def words_per_minute(self) -> int:
        # eSpeak NG's own default is 175, quick for someone new to the language of the page.
        return {Speed.SLOW: 115, Speed.NORMAL: 150, Speed.FAST: 190}[self]

    @classmethod
    def parse(cls, value: str | None) -> Speed:
        try:
            return cls(value)
        except ValueError:
            return cls.NORMAL


class SpeechUnavailable(KnownError):
    """No voice for a language, or the speech library could not be loaded."""


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_char * 8),
    ]


_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event))


def language_voice(language: str | None) -> str | None:
    """The voice for a pack's language (BCP 47: ``ar``, ``fr-CA``, ``en``), or None if Kiosk has none."""
    if not language:
        return None
    return VOICES.get(language.replace("_", "-").split("-")[0].lower())


def library_files() -> tuple[Path, Path]:
    """(the eSpeak NG shared library, its espeak-ng-data folder), from the espeakng-loader wheel."""
    import espeakng_loader

    return Path(espeakng_loader.get_library_path()), Path(espeakng_loader.get_data_path())


class SpeechEngine:
    """eSpeak NG in one process: ``synthesise(text, language=..., speed=...)`` gives a clip."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        try:
            library, data = library_files()
            self._lib = ctypes.CDLL(str(library))
        except (ImportError, OSError, RuntimeError) as exc:
            log.error("the speech library could not be loaded: %s", exc)
            raise SpeechUnavailable(
                say(QT_TRANSLATE_NOOP("core", "Reading aloud does not work on this kiosk. Ask the facilitator."))
            ) from exc
        lib = self._lib
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_CALLBACK]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint,
                                     ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_Synchronize.restype = ctypes.c_int
        rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, str(data).encode("utf-8"), _INITIALIZE_DONT_EXIT)
        if rate <= 0:
            log.error("eSpeak NG did not start with its data in %s (%d)", data, rate)
            raise SpeechUnavailable(
                say(QT_TRANSLATE_NOOP("core", "Reading aloud does not work on this kiosk. Ask the facilitator."))
            )
        self.sample_rate = rate
        self._samples = array.array("h")
        # Kept on the object: ctypes must not free the callback while the library holds it.
        self._callback = _CALLBACK(self._collect)
        lib.espeak_SetSynthCallback(self._callback)
        self._voice: str | None = None
        log.info("speech: eSpeak NG ready at %d Hz, voices in %s", rate, data)

    def _collect(self, wav, count: int, _events) -> int:
        if count > 0 and wav:
            self._samples.frombytes(ctypes.string_at(wav, count * 2))
        return 0  # go on

    def synthesise(self, text: str, *, language: str, speed: Speed = Speed.NORMAL) -> Clip:
        """The clip of ``text`` read in ``language`` (empty for text with nothing to say)."""
        voice = language_voice(language)
        if voice is None:
            raise SpeechUnavailable(
                say(QT_TRANSLATE_NOOP("core", "There is no voice for the language %1 on this kiosk."), language)
            )
        words = speakable(text)
        with self._lock:
            self._samples = array.array("h")
            if not words:
                return Clip(self._samples, self.sample_rate)
            if voice != self._voice:
                if self._lib.espeak_SetVoiceByName(voice.encode("ascii")) != 0:
                    raise SpeechUnavailable(
                        say(QT_TRANSLATE_NOOP("core", "There is no voice for the language %1 on this kiosk."), language)
                    )
                self._voice = voice
            self._lib.espeak_SetParameter(_RATE, speed.words_per_minute, 0)
            encoded = words.encode("utf-8") + b"\0"
            status = self._lib.espeak_Synth(encoded, len(encoded), 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
            self._lib.espeak_Synchronize()
            if status != 0:
                raise SpeechUnavailable(
                    say(QT_TRANSLATE_NOOP("core", "Reading aloud does not work on this kiosk. Ask the facilitator."))
                )
            return Clip(self._samples, self.sample_rate)


@lru_cache(maxsize=1)
def speech_engine() -> SpeechEngine:
    """The one engine of this process, loaded on first use."""
    return SpeechEngine()
