"""Building a signed ``.kpack`` from an author's source folder (docs/pack-format.md).

The source is ``pack.toml`` + ``lessons/*.md`` + ``quizzes/*.gift`` + ``media/*``
(specs: pack source format v1). The build checks the manifest and every link,
shrinks raster images for the small screen, signs the canonical manifest and
writes the zip atomically.
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.durable import writing
from kiosk.core.errors import InvalidInput
from kiosk.core.packs import content, keys, svg
from kiosk.core.packs.archive import canonical_manifest_bytes
from kiosk.core.packs.format import (
    AUDIO_SUFFIXES,
    FORMAT_VERSION,
    MANIFEST_NAME,
    MAX_ENTRIES,
    RASTER_SUFFIXES,
    SIGNATURE_NAME,
    TOP_FOLDERS,
    check_entry_path,
    manifest_problems,
)
from kiosk.core.packs.images import shrink_image
from kiosk.core.say import QT_TRANSLATE_NOOP, reworded, say

SOURCE_MANIFEST = "pack.toml"
SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed, so the same source builds the same bytes


@dataclass(frozen=True)
class BuildResult:
    path: Path
    size: int
    source_size: int
    manifest: dict
    publisher: keys.PublisherKey
    notes: list[str] = field(default_factory=list)


def _refuse(src: Path, problems: list[str]) -> InvalidInput:
    if len(problems) == 1:
        return InvalidInput(say(QT_TRANSLATE_NOOP("core", "Cannot build %1: %2."), src.name, problems[0]))
    listed = problems[1]
    for problem in problems[2:4]:
        listed = say(QT_TRANSLATE_NOOP("core", "%1; %2"), listed, problem)
    return InvalidInput(
        say(
            QT_TRANSLATE_NOOP("core", "Cannot build %1: %2 (and %3 more: %4)."),
            src.name,
            problems[0],
            len(problems) - 1,
            listed,
        )
    )


# An image refused by shrink_image, said as one problem in a list (no full stop).
_WITHOUT_FULL_STOP = {
    "%1 is %2x%3 px; far too big for a pack.": QT_TRANSLATE_NOOP("core", "%1 is %2x%3 px; far too big for a pack"),
    "%1 is not a readable PNG or JPEG image.": QT_TRANSLATE_NOOP("core", "%1 is not a readable PNG or JPEG image"),
}


def _without_full_stop(refused: InvalidInput) -> str:
    return reworded(refused.said, _WITHOUT_FULL_STOP) or refused.message.rstrip(".")


def read_source_manifest(src: Path) -> dict:
    path = src / SOURCE_MANIFEST
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1 has no %2; a pack source folder needs one."), src, SOURCE_MANIFEST)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1 is not valid TOML: %2."), path.name, exc)) from exc


def collect_source_files(src: Path) -> dict[str, Path]:
    """Pack path -> source file for everything under lessons/, quizzes/ and media/."""
    found: dict[str, Path] = {}
    problems = []
    for top in TOP_FOLDERS:
        base = src / top
        if not base.is_dir():
            continue
        for folder, dirs, files in os.walk(base, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for entry in sorted(dirs):
                if (Path(folder) / entry).is_symlink():
                    rel = Path(folder, entry).relative_to(src).as_posix()
                    problems.append(say(QT_TRANSLATE_NOOP("core", "%1 is a symbolic link"), rel))
            for name in sorted(files):
                if name in SKIPPED_NAMES or name.startswith("."):
                    continue
                file = Path(folder) / name
                rel = file.relative_to(src).as_posix()
                if file.is_symlink():
                    problems.append(say(QT_TRANSLATE_NOOP("core", "%1 is a symbolic link; put the real file in the pack"), rel))
                    continue
                reason = check_entry_path(rel)
                if reason:
                    problems.append(reason)
                found[rel] = file
    if problems:
        raise _refuse(src, problems)
    return found


def _manifest_from_source(source: dict, files: dict[str, dict]) -> dict:
    manifest = dict(source)
    manifest["format"] = FORMAT_VERSION
    manifest.setdefault("skills", [])
    manifest.setdefault("credentials", [])
    manifest["modules"] = [
        {"lessons": [], "quizzes": [], "skills": [], **module} for module in source.get("modules", [])
    ]
    manifest["files"] = files
    return manifest


def _rewrite_image_links(text: str, lesson: str, renamed: dict[str, str]) -> str:
    """Point image links at converted files (``media/a.png`` became ``media/a.webp``)."""
    for kind, href in content.lesson_links(text):
        if kind != "image":
            continue
        target, _reason = content.link_target(lesson, href)
        if target in renamed:
            new_href = href[: len(href) - len(Path(href).suffix)] + Path(renamed[target]).suffix
            text = re.sub(r"(\]\(\s*<?)" + re.escape(href) + r"(?=[\s>)])", lambda m: m.group(1) + new_href, text)
    return text


def default_key_for(pack_id: str, repo_root: Path) -> Path:
    """The key used when none is given: the public sample key, for ``kiosk.sample.*`` packs only."""
    sample_key = repo_root / "content_packs" / "sample-publisher.key"
    if pack_id.startswith("kiosk.sample.") and sample_key.is_file():
        return sample_key
    raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Give the publisher key to sign with: --key KEYFILE (make one with 'kiosk pack keygen').")))


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file() and not f.is_symlink())


def build_pack(src: Path, out: Path, *, key_path: Path | None = None) -> BuildResult:
    """Check the source folder ``src`` and write the signed pack ``out``; InvalidInput lists what is wrong."""
    from kiosk import paths

    src = Path(src)
    if not src.is_dir():
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1 is not a folder."), src))
    source = read_source_manifest(src)
    source_files = collect_source_files(src)
    if len(source_files) + 2 > MAX_ENTRIES:
        raise _refuse(
            src,
            [say(QT_TRANSLATE_NOOP("core", "it has %1 files; a pack holds at most %2"), len(source_files), MAX_ENTRIES - 2)],
        )
    pack_id = str(source.get("id", ""))
    private_key = keys.load_private_key(key_path or default_key_for(pack_id, paths.bundle_root()))

    problems: list[str] = []
    notes: list[str] = []
    payload: dict[str, bytes] = {}
    renamed: dict[str, str] = {}
    for rel, file in source_files.items():
        data = file.read_bytes()
        suffix = file.suffix.lower()
        if suffix in RASTER_SUFFIXES:
            try:
                shrunk = shrink_image(rel, data, suffix)
            except InvalidInput as exc:
                problems.append(_without_full_stop(exc))
                continue
            new_rel = rel[: len(rel) - len(file.suffix)] + shrunk.suffix if shrunk.suffix != suffix else rel
            if new_rel != rel:
                if new_rel in source_files:
                    new_rel = rel
                    shrunk = shrink_image(rel, data, suffix)  # keep the format to avoid a name clash
                else:
                    renamed[rel] = new_rel
            if len(shrunk.data) < len(data):
                notes.append(
                    say(
                        QT_TRANSLATE_NOOP("core", "%1: %2 KB -> %3 %4 KB"),
                        rel,
                        len(data) // 1024,
                        new_rel,
                        len(shrunk.data) // 1024,
                    )
                )
            payload[new_rel] = shrunk.data
        else:
            payload[rel] = data
        if suffix == ".svg":
            problems.extend(svg.svg_problems(rel, data))
        elif suffix in AUDIO_SUFFIXES:
            problems.extend(content.audio_problems(rel, data))
        elif rel.startswith("quizzes/"):
            problems.extend(content.check_quiz_file(file, name=rel))

    source_set = set(source_files)
    for rel in sorted(r for r in source_files if r.endswith(".md")):
        problems.extend(content.lesson_problems(rel, payload[rel], source_set))
        if renamed and not problems:
            text = payload[rel].decode("utf-8")
            payload[rel] = _rewrite_image_links(text, rel, renamed).encode("utf-8")
    if problems:
        raise _refuse(src, problems)

    files = {
        rel: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for rel, data in sorted(payload.items())
    }
    manifest = _manifest_from_source(source, files)
    problems = manifest_problems(manifest)
    if problems:
        raise _refuse(src, [say(QT_TRANSLATE_NOOP("core", "%1: %2"), SOURCE_MANIFEST, p) for p in problems])

    manifest_bytes = canonical_manifest_bytes(manifest)
    signature = keys.sign(private_key, manifest_bytes)
    signature_bytes = canonical_manifest_bytes(signature)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with writing(out, failure=say(QT_TRANSLATE_NOOP("core", "Could not write %1: %2."), out)) as handle:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for name, data in [(MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, signature_bytes), *sorted(payload.items())]:
                info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3
                info.external_attr = 0o100644 << 16
                archive.writestr(info, data)
        handle.flush()
        from kiosk.core.packs.archive import read_pack

        read_pack(Path(handle.name))  # the importer's own checks, so a build never makes a pack it refuses
    return BuildResult(
        path=out,
        size=out.stat().st_size,
        source_size=folder_size(src),
        manifest=manifest,
        publisher=keys.publisher_key_of(private_key),
        notes=notes,
    )
