"""Quizzes: GIFT and JSON question files, grading, and quiz runs recorded per learner."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.errors import KnownError
from kiosk.core.quiz.model import ParseResult
from kiosk.core.say import QT_TRANSLATE_NOOP, say

MAX_QUIZ_FILE_BYTES = 8 * 1024 * 1024


def parse_quiz_text(text: str, *, json_form: bool) -> ParseResult:
    """Parse a quiz's text: GIFT, or a JSON list of questions when ``json_form``."""
    from kiosk.core.quiz.gift import parse_gift
    from kiosk.core.quiz.json_form import parse_json_quiz

    return parse_json_quiz(text) if json_form else parse_gift(text)


def load_quiz_file(path: Path) -> ParseResult:
    """Read a ``.gift``/``.txt`` or ``.json`` quiz file.

    Raises ``KnownError`` with a one-line reason when the file cannot be read
    at all (missing, too big, not UTF-8, empty); problems inside the file come
    back in the result.
    """
    path = Path(path)
    try:
        if path.stat().st_size > MAX_QUIZ_FILE_BYTES:
            raise KnownError(say(QT_TRANSLATE_NOOP("core", "%1 is larger than %2 MB; is it a quiz?"), path.name, MAX_QUIZ_FILE_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except FileNotFoundError:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "There is no file %1."), path)) from None
    except IsADirectoryError:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "%1 is a folder, not a quiz file."), path)) from None
    except OSError as exc:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "Cannot read %1: %2."), path, exc.strerror or exc)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "%1 is not UTF-8 text (bad byte at position %2); save it as UTF-8 and try again."), path.name, exc.start)
        ) from None
    if not text.strip():
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "%1 is empty."), path.name))
    return parse_quiz_text(text, json_form=path.suffix.lower() == ".json")
