"""Checks on the files inside a pack: lessons, quizzes, SVG and raster images, recordings.

The builder and the importer both run these, so a pack that was built by hand
(or tampered with and re-signed) meets the same rules as one built by ``kiosk pack build``.
Each check returns a list of one-line problems; empty means the file is fine.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
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
    RASTER_SUFFIXES,
    resolve_link,
)
from kiosk.core.say import QT_TRANSLATE_NOOP, say

_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def lesson_links(text: str) -> list[tuple[str, str]]:
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

    walk(_markdown().parse(text))
    return found


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
    """Problems with the lesson ``name``: not UTF-8, raw HTML, web links, links outside the pack, broken links."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return [say(QT_TRANSLATE_NOOP("core", "%1 is not UTF-8 text"), name)]
    if not text.strip():
        return [say(QT_TRANSLATE_NOOP("core", "%1 is empty"), name)]
    problems = []
    for kind, target in lesson_links(text):
        if kind == "html":
            problems.append(
                say(QT_TRANSLATE_NOOP("core", "%1 contains raw HTML (%2); use Markdown only"), name, repr(target[:40]))
            )
            continue
        path, reason = link_target(name, target)
        if reason:
            problems.append(say(QT_TRANSLATE_NOOP("core", "%1 %2"), name, reason))
        elif path is not None and path not in files:
            what = "an image" if kind == "image" else "a file"
            problems.append(
                say(QT_TRANSLATE_NOOP("core", "%1 links to %2 that is not in the pack (%3)"), name, what, target[:60])
            )
        elif path is not None and kind == "image" and not path.lower().endswith((*RASTER_SUFFIXES, ".svg")):
            problems.append(
                say(QT_TRANSLATE_NOOP("core", "%1 shows %2 as an image, but it is not one"), name, target[:60])
            )
    return problems


def check_quiz_file(path: Path) -> list[str]:
    """Problems that keep one quiz file (GIFT or JSON) out of a pack: parse errors, and
    questions without an ``[id:...]`` (a pack's question ids must stay stable across versions)."""
    from kiosk.core.quiz import load_quiz_file

    path = Path(path)
    try:
        result = load_quiz_file(path)
    except KnownError as exc:
        return [say(QT_TRANSLATE_NOOP("core", "%1: %2"), path.name, exc)]
    problems = [f"{path.name}: {p}" for p in result.errors]
    problems += [
        f"{path.name} line {q.line}: question {q.label!r} has no [id:...]; questions in a pack need a stable id"
        for q in result.questions
        if q.id is None and q.type != "description"
    ]
    if not result.questions and not problems:
        problems.append(say(QT_TRANSLATE_NOOP("core", "%1 has no questions"), path.name))
    return problems


# --- SVG -------------------------------------------------------------------------

_SVG_FORBIDDEN_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "audio", "video", "handler", "listener"}
_HREF_ATTRS = {"href", "src"}


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def _style_refers_outside(text: str) -> bool:
    lowered = text.lower()
    if "@import" in lowered or "expression(" in lowered or "javascript:" in lowered:
        return True
    return any(not ref.strip(" '\"").startswith("#") for ref in re.findall(r"url\(([^)]*)\)", lowered))


def svg_problems(name: str, data: bytes) -> list[str]:
    """Why the SVG ``name`` is refused: scripts, event attributes, external references, entities."""
    if len(data) > MAX_IMAGE_BYTES:
        return [say(QT_TRANSLATE_NOOP("core", "%1 is larger than %2 MB"), name, MAX_IMAGE_BYTES // (1024 * 1024))]
    head = data[:4096].lower()
    if b"<!doctype" in data.lower() or b"<!entity" in head:
        return [
            say(QT_TRANSLATE_NOOP("core", "%1 declares a DOCTYPE or entities, which packs do not allow in SVG"), name)
        ]
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        return [say(QT_TRANSLATE_NOOP("core", "%1 is not a well-formed SVG file (%2)"), name, exc)]
    if _local(root.tag) != "svg":
        return [say(QT_TRANSLATE_NOOP("core", "%1 is not an SVG image"), name)]
    problems: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = _local(element.tag)
        if tag in _SVG_FORBIDDEN_ELEMENTS:
            problems.append(
                say(
                    QT_TRANSLATE_NOOP("core", "%1 contains a <%2> element (scripts and embedded content are refused)"),
                    name,
                    tag,
                )
            )
        if tag == "style" and _style_refers_outside(element.text or ""):
            problems.append(say(QT_TRANSLATE_NOOP("core", "%1 has a style sheet that refers outside the image"), name))
        for attr, value in element.attrib.items():
            key = _local(attr)
            if key.startswith("on"):
                problems.append(
                    say(
                        QT_TRANSLATE_NOOP("core", "%1 has an event attribute %2 (scripts are refused)"), name, repr(key)
                    )
                )
            elif key in _HREF_ATTRS and not value.strip().startswith("#"):
                problems.append(
                    say(QT_TRANSLATE_NOOP("core", "%1 refers to something outside the image (%2)"), name, value[:60])
                )
            elif key == "style" and _style_refers_outside(value):
                problems.append(say(QT_TRANSLATE_NOOP("core", "%1 has a style that refers outside the image"), name))
            elif "javascript:" in value.lower().replace(" ", ""):
                problems.append(say(QT_TRANSLATE_NOOP("core", "%1 has a javascript: value"), name))
            elif "url(" in value.lower() and _style_refers_outside(value):
                problems.append(
                    say(QT_TRANSLATE_NOOP("core", "%1 refers to something outside the image (%2)"), name, value[:60])
                )
    return sorted(set(problems))


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
        return [p.replace(path.name, name, 1) for p in check_quiz_file(path)]
    if lower.endswith(".svg"):
        return svg_problems(name, read())
    if lower.endswith(RASTER_SUFFIXES):
        return raster_problems(name, read())
    if lower.endswith(AUDIO_SUFFIXES):
        return audio_problems(name, read())
    return []
