"""Reading a ``.kpack`` file: every check a pack must pass before anything is installed.

``read_pack`` checks the zip structure and limits, the manifest (schema and
signature) and then streams every file, checking its size and SHA-256, into a
folder the caller gives (the importer's temporary folder) or a throwaway one.
``peek_pack`` does the cheap part only (structure, manifest, signature) for
listing the packs on a USB stick. Neither decides trust: see ``trust``.
"""

from __future__ import annotations

import hashlib
import stat
import tempfile
import threading
import zipfile
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import rfc8785

from kiosk.core.errors import KnownError
from kiosk.core.packs import content, keys
from kiosk.core.packs.format import (
    MANIFEST_NAME,
    MAX_ARCHIVE_BYTES,
    MAX_ENTRIES,
    MAX_FILE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_RATIO,
    MAX_SIGNATURE_BYTES,
    MAX_TOTAL_BYTES,
    RATIO_APPLIES_ABOVE,
    RESERVED_NAMES,
    SIGNATURE_NAME,
    check_entry_path,
    extracted_on_import,
    manifest_problems,
)
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.untrusted_json import JsonRefused, load_json

Progress = Callable[[int, int], None]  # (bytes done, bytes in all); may be called from helper threads
CHUNK = 1024 * 1024


class PackRefused(KnownError):
    """A pack that fails a check; the message says which and why, on one line."""


@dataclass(frozen=True)
class PackInfo:
    manifest: dict
    publisher: keys.PublisherKey
    path: Path
    archive_size: int

    @property
    def id(self) -> str:
        return self.manifest["id"]

    @property
    def version(self) -> str:
        return self.manifest["version"]

    @property
    def unpacked_size(self) -> int:
        return sum(f["size"] for f in self.manifest["files"].values())


def canonical_manifest_bytes(manifest: dict) -> bytes:
    """The bytes the publisher signs: RFC 8785 (JSON Canonicalization Scheme) of the manifest."""
    return rfc8785.dumps(manifest)


def _refuse(path: Path, reason: str) -> PackRefused:
    # The app translates the frame and, where it is said too, the reason.
    return PackRefused(say(QT_TRANSLATE_NOOP("core", "%1 refused: %2."), Path(path).name, reason))


def _check_entries(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise _refuse(
            path, say(QT_TRANSLATE_NOOP("core", "it holds %1 files; at most %2 are allowed"), len(infos), MAX_ENTRIES)
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        reason = check_entry_path(name)
        if reason:
            raise _refuse(path, reason)
        folded = name.casefold()
        if folded in seen:
            raise _refuse(path, say(QT_TRANSLATE_NOOP("core", "the file %1 appears twice"), repr(name)))
        seen.add(folded)
        mode = info.external_attr >> 16
        file_type = stat.S_IFMT(mode)  # zero when the tool that made the zip wrote no type bits
        if info.is_dir() or (file_type and file_type != stat.S_IFREG):
            kind = say(
                QT_TRANSLATE_NOOP("core", "a symbolic link") if stat.S_ISLNK(mode) else QT_TRANSLATE_NOOP("core", "not a plain file")
            )
            raise _refuse(path, say(QT_TRANSLATE_NOOP("core", "the entry %1 is %2"), repr(name), kind))
        if info.flag_bits & 0x1:
            raise _refuse(path, say(QT_TRANSLATE_NOOP("core", "the file %1 is encrypted"), repr(name)))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(
                path,
                say(QT_TRANSLATE_NOOP("core", "the file %1 uses a compression the kiosk does not read"), repr(name)),
            )
        if info.file_size > MAX_FILE_BYTES:
            raise _refuse(
                path,
                say(
                    QT_TRANSLATE_NOOP("core", "the file %1 is %2 bytes; at most %3 are allowed"),
                    repr(name),
                    info.file_size,
                    MAX_FILE_BYTES,
                ),
            )
        if info.file_size > RATIO_APPLIES_ABOVE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(
                path,
                say(
                    QT_TRANSLATE_NOOP("core", "the file %1 expands more than %2 times (a zip bomb?)"),
                    repr(name),
                    MAX_RATIO,
                ),
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse(
                path,
                say(QT_TRANSLATE_NOOP("core", "its files add up to more than %1 MB"), MAX_TOTAL_BYTES // (1024 * 1024)),
            )
    for required in (MANIFEST_NAME, SIGNATURE_NAME):
        if required not in seen:
            what = "signature" if required == SIGNATURE_NAME else "manifest"
            raise _refuse(path, say(QT_TRANSLATE_NOOP("core", "it has no %1 (%2)"), what, required))


def _read_json(path: Path, archive: zipfile.ZipFile, name: str, limit: int) -> object:
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise _refuse(path, say(QT_TRANSLATE_NOOP("core", "%1 is larger than %2 bytes"), name, limit))
    try:
        return load_json(archive.read(info), max_bytes=limit)
    except JsonRefused as exc:
        raise _refuse(path, say(QT_TRANSLATE_NOOP("core", "%1 is not valid JSON: %2"), name, exc.message)) from exc


@dataclass
class _Opened:
    archive: zipfile.ZipFile
    manifest: dict
    publisher: keys.PublisherKey
    size: int


def _open(source: Path, shown: Path | None = None) -> _Opened:
    """Open the zip and check structure, limits, signature and manifest; caller closes ``archive``.

    Messages name ``shown`` (the file the user chose) when reading a private copy.
    """
    source = Path(source)
    path = Path(shown or source)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "Cannot read %1: %2."), path.name, exc.strerror or exc)) from exc
    if size > MAX_ARCHIVE_BYTES:
        raise _refuse(
            path, say(QT_TRANSLATE_NOOP("core", "the file is larger than %1 MB"), MAX_ARCHIVE_BYTES // (1024 * 1024))
        )
    try:
        archive = zipfile.ZipFile(source)
    except zipfile.BadZipFile as exc:
        raise _refuse(path, say(QT_TRANSLATE_NOOP("core", "it is not a pack (not a zip file, or cut short)"))) from exc
    except (OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise _refuse(path, say(QT_TRANSLATE_NOOP("core", "the file is damaged (%1)"), exc)) from exc
    try:
        _check_entries(path, archive.infolist())
        signature = _read_json(path, archive, SIGNATURE_NAME, MAX_SIGNATURE_BYTES)
        manifest = _read_json(path, archive, MANIFEST_NAME, MAX_MANIFEST_BYTES)
        if not isinstance(manifest, dict) or not isinstance(signature, dict):
            raise _refuse(path, say(QT_TRANSLATE_NOOP("core", "its manifest or signature is not a JSON object")))
        try:
            publisher = keys.check_signature(signature, canonical_manifest_bytes(manifest))
        except KnownError as exc:
            raise _refuse(path, exc.message.rstrip(".")) from exc
        problems = manifest_problems(manifest)
        if problems:
            if len(problems) > 1:
                raise _refuse(
                    path,
                    say(QT_TRANSLATE_NOOP("core", "invalid manifest: %1 (and %2 more)"), problems[0], len(problems) - 1),
                )
            raise _refuse(path, say(QT_TRANSLATE_NOOP("core", "invalid manifest: %1"), problems[0]))
        listed = set(manifest["files"])
        present = {i.filename for i in archive.infolist()} - RESERVED_NAMES
        if present - listed:
            raise _refuse(
                path,
                say(
                    QT_TRANSLATE_NOOP("core", "the file %1 is not listed in the manifest"),
                    repr(sorted(present - listed)[0]),
                ),
            )
        if listed - present:
            raise _refuse(
                path, say(QT_TRANSLATE_NOOP("core", "the listed file %1 is missing"), repr(sorted(listed - present)[0]))
            )
        for name, entry in manifest["files"].items():
            if archive.getinfo(name).file_size != entry["size"]:
                raise _refuse(
                    path,
                    say(QT_TRANSLATE_NOOP("core", "the file %1 does not have the size its manifest gives"), repr(name)),
                )
    except KnownError:
        archive.close()
        raise
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, ValueError, NotImplementedError, KeyError) as exc:
        archive.close()
        raise _refuse(path, say(QT_TRANSLATE_NOOP("core", "the file is damaged (%1)"), exc)) from exc
    return _Opened(archive=archive, manifest=manifest, publisher=publisher, size=size)


def peek_pack(path: Path) -> PackInfo:
    """Structure, limits, manifest and signature only (no file hashes): quick, for listing offers."""
    opened = _open(path)
    opened.archive.close()
    return PackInfo(manifest=opened.manifest, publisher=opened.publisher, path=Path(path), archive_size=opened.size)


EXTRACT_THREADS = 2  # the kiosk's old PCs have two cores; zlib, sha256 and writes release the GIL


def _extract_and_hash(
    opened: _Opened, path: Path, dest: Path, progress: Progress | None, *, written: Callable[[Path], None] | None
) -> None:
    """Check every listed file's size and SHA-256, extracting lessons and quizzes into ``dest``
    (media are only read: they stay in the pack file), then check the files' contents.

    Files are read by two threads; refusals are reported in file-name order, so the
    same bad pack always gets the same reason.
    """
    files = opened.manifest["files"]
    total = sum(f["size"] for f in files.values()) or 1
    lock = threading.Lock()
    state = {"done": 0}
    failed = threading.Event()
    if progress:
        progress(0, total)

    def extract(name: str) -> None:
        if failed.is_set():
            return
        expected = files[name]
        target = dest.joinpath(*name.split("/")) if extracted_on_import(name) else None
        if target is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        count = 0
        try:
            with opened.archive.open(name) as source, (open(target, "wb") if target else nullcontext()) as out:
                while chunk := source.read(CHUNK):
                    count += len(chunk)
                    if count > expected["size"]:
                        raise _refuse(
                            path,
                            say(QT_TRANSLATE_NOOP("core", "the file %1 is longer than its manifest says"), repr(name)),
                        )
                    digest.update(chunk)
                    if out is not None:
                        out.write(chunk)
                    if progress:
                        with lock:
                            state["done"] += len(chunk)
                            progress(state["done"], total)
            if written and target is not None:
                written(target)
            if count != expected["size"] or digest.hexdigest() != expected["sha256"]:
                raise _refuse(
                    path,
                    say(
                        QT_TRANSLATE_NOOP("core", "the file %1 does not match its hash (it was changed or damaged)"),
                        repr(name),
                    ),
                )
        except BaseException:
            failed.set()
            raise

    names = sorted(files)
    with ThreadPoolExecutor(max_workers=EXTRACT_THREADS, thread_name_prefix="pack-extract") as pool:
        futures = [pool.submit(extract, name) for name in names]
    for future in futures:
        future.result()  # the first failure in name order
    file_set = set(files)
    for name in names:
        if extracted_on_import(name):
            target = dest.joinpath(*name.split("/"))
            problems = content.file_problems(name, target.read_bytes, file_set, path=target)
        else:
            problems = content.file_problems(name, partial(opened.archive.read, name), file_set)
        if problems:
            raise _refuse(path, problems[0])


def read_pack(
    path: Path,
    *,
    extract_to: Path | None = None,
    progress: Progress | None = None,
    written: Callable[[Path], None] | None = None,
    shown_as: Path | None = None,
    before_extract: Callable[[PackInfo], None] | None = None,
) -> PackInfo:
    """Check everything about the pack at ``path`` except trust and app version.

    With ``extract_to`` (an empty folder) the lessons and quizzes are left there, checked
    (media stay in the pack file); without it they go to a temporary folder that is removed.
    ``written(path)`` is called as each extracted file is closed (the importer queues it for fsync).
    ``shown_as`` is the name refusals give (the user's file, when ``path`` is a copy).
    ``before_extract(info)`` may refuse the pack (raise) once its manifest is known.
    """
    opened = _open(path, shown_as)
    path = Path(shown_as or path)
    try:
        if before_extract is not None:
            before_extract(PackInfo(manifest=opened.manifest, publisher=opened.publisher, path=path, archive_size=opened.size))
        if extract_to is None:
            with tempfile.TemporaryDirectory(prefix="kpack-verify-") as tmp:
                _extract_and_hash(opened, path, Path(tmp), progress, written=None)
        else:
            _extract_and_hash(opened, path, Path(extract_to), progress, written=written)
    except KnownError:
        raise
    except (zipfile.BadZipFile, EOFError, zlib.error, ValueError, NotImplementedError) as exc:
        raise _refuse(path, say(QT_TRANSLATE_NOOP("core", "the file is damaged (%1)"), exc)) from exc
    finally:
        opened.archive.close()
    return PackInfo(manifest=opened.manifest, publisher=opened.publisher, path=path, archive_size=opened.size)
