"""Quizzes: GIFT and JSON question files, grading, and quiz runs recorded per learner."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.errors import KnownError
from kiosk.core.quiz.model import ParseResult

MAX_QUIZ_FILE_BYTES = 8 * 1024 * 1024


def parse_quiz_text(text: str, *, json_form: bool) -> ParseResult:
    """Parse a quiz's text: GIFT, or a JSON list of questions when ``json_form``."""
    from kiosk.core.quiz.gift import parse_gift
    from kiosk.core.quiz.model import parse_json_quiz

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
            raise KnownError(f"{path.name} is larger than {MAX_QUIZ_FILE_BYTES // (1024 * 1024)} MB; is it a quiz?")
        data = path.read_bytes()
    except FileNotFoundError:
        raise KnownError(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise KnownError(f"{path} is a folder, not a quiz file.") from None
    except OSError as exc:
        raise KnownError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KnownError(
            f"{path.name} is not UTF-8 text (bad byte at position {exc.start}); save it as UTF-8 and try again."
        ) from None
    if not text.strip():
        raise KnownError(f"{path.name} is empty.")
    return parse_quiz_text(text, json_form=path.suffix.lower() == ".json")
