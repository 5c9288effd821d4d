"""Checks on the files inside a pack: lessons, quizzes, SVG and raster images, recordings.

The builder and the importer both run these, so a pack that was built by hand
(or tampered with and re-signed) meets the same rules as one built by ``kiosk pack build``.
Each check returns a list of one-line problems; empty means the file is fine.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from kiosk.core.errors import KnownError
from kiosk.core.packs.format import (
    AUDIO_SUFFIXES,
    MAX_AUDIO_BYTES,
    MAX_AUDIO_SECONDS,
    MAX_IMAGE_BYTES,
    MAX_IMAGE_HEIGHT,
    MAX_IMAGE_WIDTH,
    MAX_LESSON_BLOCKS,
    MAX_LESSON_BRACKETS,
    MAX_LESSON_BYTES,
    MAX_LESSON_IMAGES,
    MAX_LESSON_INLINE,
    MAX_LESSON_LINES,
    MAX_LESSON_LINKS,
    MAX_LESSON_NESTING,
    MAX_QUIZ_BYTES,
    MAX_QUIZ_LINE_BYTES,
    RASTER_SUFFIXES,
    resolve_link,
)
from kiosk.core.packs.svg import svg_problems
from kiosk.core.say import QT_TRANSLATE_NOOP, say

_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def lesson_tokens(text: str):
    """The Markdown tokens of a lesson (parse only a lesson within the limits: see ``lesson_size_problems``)."""
    return _markdown().parse(text)


def lesson_links(text: str, tokens=None) -> list[tuple[str, str]]:
    """Every (kind, target) in a Markdown lesson: kind is ``link``, ``image`` or ``html``."""
    found: list[tuple[str, str]] = []

    def walk(tokens) -> None:
        for token in tokens:
            if token.type == "link_open":
                found.append(("link", str(token.attrs.get("href", ""))))
            elif token.type == "image":
                found.append(("image", str(token.attrs.get("src", ""))))
            elif token.type in ("html_inline", "html_block"):
                found.append(("html", token.content.strip()))
            if token.children:
                walk(token.children)

    walk(lesson_tokens(text) if tokens is None else tokens)
    return found


def lesson_size_problems(name: str, text: str) -> list[str]:
    """What makes a lesson too big to parse quickly, found without parsing it (linear)."""
    size = len(text.encode("utf-8"))
    if size > MAX_LESSON_BYTES:
        return [say(QT_TRANSLATE_NOOP("core", "%1 is %2 KB; a lesson has at most %3 KB"), name, -(-size // 1024),
                    MAX_LESSON_BYTES // 1024)]
    lines = text.count("\n") + 1
    if lines > MAX_LESSON_LINES:
        return [say(QT_TRANSLATE_NOOP("core", "%1 has %2 lines; a lesson has at most %3"), name, lines, MAX_LESSON_LINES)]
    brackets = text.count("[")
    if brackets > MAX_LESSON_BRACKETS:
        return [say(QT_TRANSLATE_NOOP("core", "%1 has %2 '[' characters; a lesson has at most %3"), name, brackets,
                    MAX_LESSON_BRACKETS)]
    return []


_CONTAINERS = {
    f"{kind}_{edge}" for kind in ("bullet_list", "ordered_list", "blockquote") for edge in ("open", "close")
}


def lesson_shape_problems(name: str, tokens) -> list[str]:
    """What would make a lesson slow to lay out: deep nesting, too many blocks, inline pieces, links or images."""
    blocks = depth = deepest = inline = links = images = 0
    for token in tokens:
        if token.type in _CONTAINERS:
            depth += token.nesting
            deepest = max(deepest, depth)
        if (token.nesting == 1 and not token.hidden) or token.type in ("fence", "code_block", "hr"):
            blocks += 1  # (a tight list's paragraphs are hidden: its items count)
        for child in token.children or ():
            inline += 1
            links += child.type == "link_open"
            images += child.type == "image"
    limits = [
        (deepest, MAX_LESSON_NESTING, QT_TRANSLATE_NOOP("core", "%1 nests lists or quotes %2 deep; at most %3")),
        (blocks, MAX_LESSON_BLOCKS, QT_TRANSLATE_NOOP("core", "%1 has %2 paragraphs, headings and list items; at most %3")),
        (inline, MAX_LESSON_INLINE, QT_TRANSLATE_NOOP("core", "%1 has %2 pieces of formatted text; at most %3")),
        (links, MAX_LESSON_LINKS, QT_TRANSLATE_NOOP("core", "%1 has %2 links; at most %3")),
        (images, MAX_LESSON_IMAGES, QT_TRANSLATE_NOOP("core", "%1 shows %2 images; at most %3")),
    ]
    return [say(template, name, found, limit) for found, limit, template in limits if found > limit][:1]


def link_target(from_file: str, href: str) -> tuple[str | None, str | None]:
    """(pack path, None) for a link inside the pack, (None, reason) for a refused one, (None, None) for ``#anchor``."""
    if href.startswith("#"):
        return None, None
    if _SCHEME_RE.match(href) or href.startswith("//") or href.lower().startswith("www."):
        return None, say(
            QT_TRANSLATE_NOOP("core", "links to the web (%1); packs work offline, so copy what is needed into the pack"),
            href[:60],
        )
    path = unquote(href.split("#", 1)[0])
    if "?" in path or not path:
        return None, say(QT_TRANSLATE_NOOP("core", "has a link the kiosk cannot follow (%1)"), href[:60])
    if path.startswith("/") or "\\" in path:
        return None, say(QT_TRANSLATE_NOOP("core", "links outside the pack (%1)"), href[:60])
    target = resolve_link(from_file, path)
    if target is None:
        return None, say(QT_TRANSLATE_NOOP("core", "links outside the pack (%1)"), href[:60])
    return target, None


def lesson_problems(name: str, data: bytes, files: set[str]) -> list[str]:
    """Problems with the lesson ``name``: not UTF-8, too big or too intricate to show quickly,
    raw HTML, web links, links outside the pack, broken links."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return [say(QT_TRANSLATE_NOOP("core", "%1 is not UTF-8 text"), name)]
    if not text.strip():
        return [say(QT_TRANSLATE_NOOP("core", "%1 is empty"), name)]
    problems = lesson_size_problems(name, text)
    if problems:
        return problems
    tokens = lesson_tokens(text)
    problems = lesson_shape_problems(name, tokens)
    if problems:
        return problems
    for kind, target in lesson_links(text, tokens):
        if kind == "html":
            problems.append(
                say(QT_TRANSLATE_NOOP("core", "%1 contains raw HTML (%2); use Markdown only"), name, repr(target[:40]))
            )
            continue
        path, reason = link_target(name, target)
        if reason:
            problems.append(say(QT_TRANSLATE_NOOP("core", "%1 %2"), name, reason))
        elif path is not None and path not in files:
            what = say(QT_TRANSLATE_NOOP("core", "an image") if kind == "image" else QT_TRANSLATE_NOOP("core", "a file"))
            problems.append(
                say(QT_TRANSLATE_NOOP("core", "%1 links to %2 that is not in the pack (%3)"), name, what, target[:60])
            )
        elif path is not None and kind == "image" and not path.lower().endswith((*RASTER_SUFFIXES, ".svg")):
            problems.append(
                say(QT_TRANSLATE_NOOP("core", "%1 shows %2 as an image, but it is not one"), name, target[:60])
            )
    return problems


def text_problems(where: str, text: str) -> list[str]:
    """Problems with a question's Markdown text (stem or feedback): the lessons' limits."""
    problems = lesson_size_problems(where, text)
    return problems or lesson_shape_problems(where, lesson_tokens(text))


def check_quiz_file(path: Path, *, name: str | None = None) -> list[str]:
    """Problems that keep one quiz file (GIFT or JSON) out of a pack: too big, parse errors,
    Markdown text a question could not show quickly, and questions without an ``[id:...]``
    (a pack's question ids must stay stable across versions).

    Each problem starts with ``name``, the file's name in the pack (its own name by default).
    """
    from kiosk.core.quiz import load_quiz_file

    path = Path(path)
    name = name or path.name
    try:
        size = path.stat().st_size
        if size > MAX_QUIZ_BYTES:
            return [
                say(QT_TRANSLATE_NOOP("core", "%1 is %2 KB; a quiz in a pack has at most %3 KB"), name,
                    -(-size // 1024), MAX_QUIZ_BYTES // 1024)
            ]
        longest = max(map(len, path.read_bytes().split(b"\n")))
    except OSError as exc:
        return [say(QT_TRANSLATE_NOOP("core", "%1: %2"), name, exc.strerror or exc)]
    if longest > MAX_QUIZ_LINE_BYTES:
        return [
            say(QT_TRANSLATE_NOOP("core", "%1 has a line of %2 KB; a quiz line has at most %3 KB"), name,
                -(-longest // 1024), MAX_QUIZ_LINE_BYTES // 1024)
        ]
    try:
        result = load_quiz_file(path)
    except KnownError as exc:
        return [say(QT_TRANSLATE_NOOP("core", "%1: %2"), name, exc.said or str(exc))]
    problems = [say(QT_TRANSLATE_NOOP("core", "%1: %2"), name, str(p)) for p in result.errors]
    problems += [
        say(
            QT_TRANSLATE_NOOP(
                "core", "%1 line %2: question %3 has no [id:...]; questions in a pack need a stable id"
            ),
            name,
            q.line,
            repr(q.label),
        )
        for q in result.questions
        if q.id is None and q.type != "description"
    ]
    for question in result.questions:
        if question.format == "markdown":
            for text in _question_texts(question):
                where = say(QT_TRANSLATE_NOOP("core", "%1 line %2"), name, question.line)
                problems += text_problems(where, text)[:1]
    if not result.questions and not problems:
        problems.append(say(QT_TRANSLATE_NOOP("core", "%1 has no questions"), name))
    return problems


def _question_texts(question) -> list[str]:
    """The texts a question shows formatted (its format applies to them)."""
    texts = [question.stem, question.general_feedback, question.feedback_true, question.feedback_false]
    texts += [choice.feedback for choice in question.choices]
    return [text for text in texts if text]


# --- raster images ------------------------------------------------------------


def raster_problems(name: str, data: bytes) -> list[str]:
    """Why the PNG/JPEG/WebP ``name`` (its bytes) is refused: too big, or not an image of its kind."""
    import io

    from PIL import Image, UnidentifiedImageError

    size = len(data)
    if size > MAX_IMAGE_BYTES:
        return [
            say(
                QT_TRANSLATE_NOOP("core", "%1 is an oversized image (%2 MB; at most %3 MB)"),
                name,
                format(size / (1024 * 1024), ".1f"),
                MAX_IMAGE_BYTES // (1024 * 1024),
            )
        ]
    suffix = PurePosixPath(name).suffix.lower()
    expected = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP"}[suffix]
    try:
        with Image.open(io.BytesIO(data)) as image:
            fmt, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return [say(QT_TRANSLATE_NOOP("core", "%1 is not a readable image"), name)]
    if fmt != expected:
        return [say(QT_TRANSLATE_NOOP("core", "%1 is a %2 image with a %3 name"), name, fmt, suffix)]
    if width > MAX_IMAGE_WIDTH or height > MAX_IMAGE_HEIGHT:
        return [
            say(
                QT_TRANSLATE_NOOP("core", "%1 is an oversized image (%2x%3 px; at most %4x%5)"),
                name,
                width,
                height,
                MAX_IMAGE_WIDTH,
                MAX_IMAGE_HEIGHT,
            )
        ]
    return []


# --- recordings -----------------------------------------------------------------


def audio_problems(name: str, data: bytes) -> list[str]:
    """Why the recording ``name`` (its bytes) is refused: outside media/, too big or too long,
    or not Ogg Vorbis or MP3 that the kiosk's player decodes (an Opus file named .ogg, say)."""
    if not name.startswith("media/"):
        return [say(QT_TRANSLATE_NOOP("core", "the recording %1 is not inside media/"), name)]
    if len(data) > MAX_AUDIO_BYTES:
        return [
            say(
                QT_TRANSLATE_NOOP("core", "%1 is an oversized recording (%2 MB; at most %3 MB)"),
                name,
                format(len(data) / (1024 * 1024), ".1f"),
                MAX_AUDIO_BYTES // (1024 * 1024),
            )
        ]
    from kiosk.core.speech.audio import AudioUnavailable, recording_info

    try:
        _kind, seconds = recording_info(name, data)
    except AudioUnavailable as exc:
        return [exc.said if exc.said is not None else str(exc)]
    if seconds > MAX_AUDIO_SECONDS:
        return [
            say(
                QT_TRANSLATE_NOOP("core", "%1 is too long a recording (%2 minutes; at most %3)"),
                name,
                round(seconds / 60),
                MAX_AUDIO_SECONDS // 60,
            )
        ]
    return []


def file_problems(name: str, read: Callable[[], bytes], files: set[str], *, path: Path | None = None) -> list[str]:
    """The content checks for one pack file, chosen by its kind.

    ``read()`` gives the file's bytes (called only for kinds that are checked); a quiz is
    checked from ``path``, where it was extracted.
    """
    lower = name.lower()
    if lower.endswith(".md"):
        return lesson_problems(name, read(), files)
    if name.startswith("quizzes/"):
        if path is None:
            raise ValueError("quizzes are checked where they were extracted")
        return check_quiz_file(path, name=name)
    if lower.endswith(".svg"):
        return svg_problems(name, read())
    if lower.endswith(RASTER_SUFFIXES):
        return raster_problems(name, read())
    if lower.endswith(AUDIO_SUFFIXES):
        return audio_problems(name, read())
    return []
