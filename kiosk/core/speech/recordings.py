"""A human voice in a pack: recordings of a lesson or a question, played instead of speech.

A pack keeps them under ``media/audio/`` (docs/pack-format.md):

- the lesson ``lessons/NAME.md``: ``media/audio/NAME.ogg`` (or ``.mp3``), read for "Read this page";
- the question with id ``ID`` in ``quizzes/QUIZ.gift``: ``media/audio/QUIZ/ID.ogg`` (or ``.mp3``),
  read for its question text (its choices are shown in a shuffled order, so the voice reads those).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

AUDIO_FOLDER = "media/audio"
RECORDING_SUFFIXES = (".ogg", ".mp3")


@dataclass(frozen=True)
class Recording:
    """A recording inside an installed pack: read from the pack's verified file when played."""

    folder: Path
    name: str

    def read(self) -> bytes | None:
        from kiosk.core.packs.reading import pack_media

        return pack_media(self.folder, self.name)


def _first(files: Collection[str], base: str) -> str | None:
    return next((base + suffix for suffix in RECORDING_SUFFIXES if base + suffix in files), None)


def lesson_recording(files: Collection[str], lesson: str) -> str | None:
    """The recording of the lesson ``lesson`` (its path in the pack) among the pack's ``files``."""
    return _first(files, f"{AUDIO_FOLDER}/{PurePosixPath(lesson).stem}")


def question_recording(files: Collection[str], quiz: str, question_key: str) -> str | None:
    """The recording of a question (by its stable key) of the quiz ``quiz`` among ``files``."""
    if not question_key or "/" in question_key:
        return None
    return _first(files, f"{AUDIO_FOLDER}/{PurePosixPath(quiz).stem}/{question_key}")
