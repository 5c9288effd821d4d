"""The rules of the ``.kpack`` format: limits, paths, versions, the manifest schema.

Everything here is pure (no files written, no database) so the builder, the importer
and the USB scanner share one definition of what a valid pack is. See docs/pack-format.md.
"""

from __future__ import annotations

import json
import posixpath
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from kiosk.core.errors import InvalidInput
from kiosk.core.say import QT_TRANSLATE_NOOP, say

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "signature.json"
RESERVED_NAMES = frozenset({MANIFEST_NAME, SIGNATURE_NAME})

# --- limits (documented in docs/pack-format.md) --------------------------------
MIB = 1024 * 1024
MAX_ARCHIVE_BYTES = 256 * MIB  # the .kpack file itself
MAX_TOTAL_BYTES = 256 * MIB  # all entries, uncompressed
MAX_FILE_BYTES = 32 * MIB  # one entry, uncompressed
MAX_ENTRIES = 2000
MAX_RATIO = 50  # uncompressed / compressed, per entry ...
RATIO_APPLIES_ABOVE = 256 * 1024  # ... for entries bigger than this (small text compresses well)
MAX_MANIFEST_BYTES = 1 * MIB
MAX_SIGNATURE_BYTES = 16 * 1024
MAX_IMAGE_BYTES = 4 * MIB  # one raster image or SVG
MAX_IMAGE_WIDTH = 2048  # the builder shrinks to 1024; imports accept up to this
MAX_IMAGE_HEIGHT = 4096
MAX_AUDIO_BYTES = 2 * MIB  # one recording: about 10 minutes of speech at 24 kbit/s
MAX_AUDIO_SECONDS = 20 * 60
MAX_PATH_LENGTH = 160
MAX_PATH_DEPTH = 4

# What keeps every screen quick with any pack (each checked at build and at import):
MAX_SVG_BYTES = 1 * MIB  # one SVG (real diagrams are a few KB)
MAX_SVG_ELEMENTS = 2000  # elements in the file
MAX_SVG_DRAWN = 5000  # elements drawn once every <use> is expanded (nested <use> multiply)
MAX_LESSON_BYTES = 32 * 1024  # one Markdown lesson (the samples are under 5 KB)
MAX_LESSON_LINES = 1000
MAX_LESSON_BRACKETS = 200  # "[" characters: link and image openers, whose parse is not linear
MAX_LESSON_LINKS = 100
MAX_LESSON_IMAGES = 30
MAX_LESSON_NESTING = 8  # lists and quotes inside each other
MAX_LESSON_BLOCKS = 500  # paragraphs, headings, list items, quotes, code blocks
MAX_LESSON_INLINE = 2000  # pieces of text, emphasis, code spans, links and line breaks
MAX_QUIZ_BYTES = 128 * 1024  # one quiz file in a pack (a Moodle bank of a few hundred questions)
MAX_QUIZ_LINE_BYTES = 8 * 1024  # one line of it (a question's text; its parse may not be linear)

# Screen-sized images: the builder shrinks wider rasters to this width.
BUILD_IMAGE_WIDTH = 1024

TOP_FOLDERS = ("lessons", "quizzes", "media")
LESSON_SUFFIXES = (".md",)
QUIZ_SUFFIXES = (".gift", ".json")
RASTER_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
SVG_SUFFIXES = (".svg",)
# Recordings of lessons and questions (kiosk/core/speech/recordings.py), under media/ only.
AUDIO_SUFFIXES = (".ogg", ".mp3")
ALLOWED_SUFFIXES = LESSON_SUFFIXES + QUIZ_SUFFIXES + RASTER_SUFFIXES + SVG_SUFFIXES + AUDIO_SUFFIXES + (".txt",)


def extracted_on_import(name: str) -> bool:
    """Lessons and quizzes are unpacked into the pack's folder; media are read from the
    installed (verified) pack.kpack, so importing a pack does not write its bulk twice."""
    return name.lower().endswith(LESSON_SUFFIXES + QUIZ_SUFFIXES)

# Matched whole (fullmatch): "$" would also accept a trailing newline.
PACK_ID_RE = re.compile(r"[a-z0-9][a-z0-9.-]{1,62}[a-z0-9]")
_PART_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_LOCAL_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_SEMVER_RE = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?")


def check_entry_path(name: str) -> str | None:
    """Why ``name`` is not an acceptable file path inside a pack, or None if it is.

    Paths are relative POSIX paths of plain ASCII parts under lessons/, quizzes/ or
    media/: no ``..``, no absolute paths, no drive letters, no backslashes.
    """
    if not name:
        return say(QT_TRANSLATE_NOOP("core", "an empty file name"))
    if "\\" in name:
        return say(QT_TRANSLATE_NOOP("core", "the file name %1 contains a backslash"), repr(name))
    if name.startswith("/"):
        return say(QT_TRANSLATE_NOOP("core", "the file name %1 is an absolute path"), repr(name))
    if re.match(r"^[A-Za-z]:", name):
        return say(QT_TRANSLATE_NOOP("core", "the file name %1 starts with a drive letter"), repr(name))
    if len(name) > MAX_PATH_LENGTH:
        return say(
            QT_TRANSLATE_NOOP("core", "the file name %1... is longer than %2 characters"),
            repr(name[:40]),
            MAX_PATH_LENGTH,
        )
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return say(QT_TRANSLATE_NOOP("core", "the file name %1 leaves its folder or has an empty part"), repr(name))
    if name in RESERVED_NAMES:
        return None
    if len(parts) < 2 or parts[0] not in TOP_FOLDERS:
        return say(QT_TRANSLATE_NOOP("core", "the file %1 is not inside lessons/, quizzes/ or media/"), repr(name))
    if len(parts) > MAX_PATH_DEPTH:
        return say(QT_TRANSLATE_NOOP("core", "the file name %1 is nested too deeply"), repr(name))
    if not all(_PART_RE.fullmatch(part) for part in parts):
        return say(
            QT_TRANSLATE_NOOP("core", "the file name %1 has characters other than a-z, 0-9, '.', '_' and '-'"),
            repr(name),
        )
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        return say(QT_TRANSLATE_NOOP("core", "the file %1 is not a kind of file a pack may hold"), repr(name))
    return None


def resolve_link(from_file: str, target: str) -> str | None:
    """The pack path a relative link in ``from_file`` points at, or None if it leaves the pack."""
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(from_file), target))
    if joined.startswith("../") or joined == ".." or joined.startswith("/"):
        return None
    return joined


# --- versions ------------------------------------------------------------------


def parse_version(text: str) -> tuple:
    """A sortable key for a semantic version such as ``1.2.0`` or ``1.2.0-beta.1``."""
    match = _SEMVER_RE.fullmatch(text or "") if isinstance(text, str) else None
    if not match:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1 is not a version like 1.0.0."), repr(text)))
    major, minor, patch, pre = match.groups()
    if pre is None:
        pre_key: tuple = ((1,),)  # a release sorts after its pre-releases
    else:
        pre_key = ((0,), *((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split(".")))
    return (int(major), int(minor), int(patch), pre_key)


def compare_versions(a: str, b: str) -> int:
    """-1, 0 or 1 as version ``a`` is older than, equal to or newer than ``b``."""
    ka, kb = parse_version(a), parse_version(b)
    return (ka > kb) - (ka < kb)


# --- manifest schema -----------------------------------------------------------

SCHEMA_PATH = Path(__file__).with_name("manifest.schema.json")


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def schema_problems(manifest: object) -> list[str]:
    """Plain descriptions of where ``manifest`` breaks the JSON Schema (empty when valid)."""
    problems = []
    for error in sorted(_validator().iter_errors(manifest), key=lambda e: list(map(str, e.absolute_path))):
        where = "/".join(str(p) for p in error.absolute_path) or say(QT_TRANSLATE_NOOP("core", "the manifest"))
        problems.append(say(QT_TRANSLATE_NOOP("core", "%1: %2"), where, error.message))
    return problems


def _strings(value: object, where: str):
    """Every string in a manifest, keys included, with where it is."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key, where)
            yield from _strings(item, f"{where}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{where}/{index}")


def control_character(text: str) -> str | None:
    """The first control character (or line or paragraph separator) in ``text``, if any."""
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
            return ch
    return None


def _whole_problems(manifest: dict) -> list[str]:
    """Ids and versions that only a partial match accepts (a JSON Schema pattern's ``$`` lets a
    trailing newline through), and control characters in any text."""
    problems = []
    for where, text in _strings(manifest, "the manifest"):
        found = control_character(text)
        if found is not None:
            problems.append(
                say(
                    QT_TRANSLATE_NOOP("core", "%1 contains a control character (U+%2)"),
                    where.removeprefix("the manifest/") or where,
                    format(ord(found), "04X"),
                )
            )
    if problems:
        return problems[:1]
    if not PACK_ID_RE.fullmatch(manifest["id"]):
        problems.append(say(QT_TRANSLATE_NOOP("core", "the pack id %1 is not a valid id"), repr(manifest["id"])))
    for key in ("version", "min_app_version"):
        if not _SEMVER_RE.fullmatch(manifest[key]):
            problems.append(say(QT_TRANSLATE_NOOP("core", "%1 is not a version like 1.0.0"), repr(manifest[key])))
    for kind in ("skills", "modules", "credentials"):
        for item in manifest.get(kind, []):
            if not _LOCAL_ID_RE.fullmatch(item["id"]):
                problems.append(say(QT_TRANSLATE_NOOP("core", "the id %1 is not a valid id"), repr(item["id"])))
    return problems


def manifest_problems(manifest: dict) -> list[str]:
    """Schema problems plus the cross-references a schema cannot express."""
    problems = schema_problems(manifest)
    if problems:
        return problems
    problems = _whole_problems(manifest)
    if problems:
        return problems
    skill_ids = [s["id"] for s in manifest["skills"]]
    for dup in sorted({s for s in skill_ids if skill_ids.count(s) > 1}):
        problems.append(say(QT_TRANSLATE_NOOP("core", "the skill id %1 is used twice"), repr(dup)))
    module_ids = [m["id"] for m in manifest["modules"]]
    for dup in sorted({m for m in module_ids if module_ids.count(m) > 1}):
        problems.append(say(QT_TRANSLATE_NOOP("core", "the module id %1 is used twice"), repr(dup)))
    cred_ids = [c["id"] for c in manifest.get("credentials", [])]
    for dup in sorted({c for c in cred_ids if cred_ids.count(c) > 1}):
        problems.append(say(QT_TRANSLATE_NOOP("core", "the credential id %1 is used twice"), repr(dup)))
    files = manifest["files"]
    for module in manifest["modules"]:
        named = [*module.get("lessons", []), *module.get("quizzes", [])]
        problems += _unknown(QT_TRANSLATE_NOOP("core", "module %1 names %2, which is not in the pack"), module, named, files)
        problems += _unknown(
            QT_TRANSLATE_NOOP("core", "module %1 names an unknown skill %2"), module, module.get("skills", []), skill_ids
        )
    for cred in manifest.get("credentials", []):
        problems += _unknown(
            QT_TRANSLATE_NOOP("core", "credential %1 requires an unknown skill %2"),
            cred,
            cred.get("requires_skills", []),
            skill_ids,
        )
        final = cred.get("final_quiz")
        problems += _unknown(
            QT_TRANSLATE_NOOP("core", "credential %1 names a final quiz %2 that is not in the pack"),
            cred,
            [final["quiz"]] if final else [],
            files,
        )
    for skill in manifest["skills"]:
        rule = skill.get("mastery") or {}
        if rule.get("model") == "m_of_n" and rule["m"] > rule["n"]:
            problems.append(
                say(QT_TRANSLATE_NOOP("core", "skill %1: its mastery rule needs m <= n"), repr(skill["id"]))
            )
    for path in files:
        reason = check_entry_path(path)
        if reason or path in RESERVED_NAMES:
            problems.append(reason or say(QT_TRANSLATE_NOOP("core", "the file list names the reserved file %1"), repr(path)))
    return problems


def _unknown(template: str, owner: dict, names: list[str], known: list[str]) -> list[str]:
    """A problem for each of ``names`` that is not among ``known`` (``template``: %1 the owner's id, %2 the name)."""
    return [say(template, repr(owner["id"]), repr(name)) for name in names if name not in known]
