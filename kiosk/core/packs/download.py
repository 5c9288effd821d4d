"""Downloading packs over HTTP from a static catalog, resuming interrupted downloads.

A catalog is ``catalog.json`` on any web server: a JSON list (or ``{"packs": [...]}``) of
``{id, title, version, size, sha256, url}`` with ``url`` relative to the catalog. Each
download goes to ``downloads/<name>.part`` in the data dir; when the connection breaks,
the next attempt asks for the rest with an HTTP Range request. A finished file is
checked against the catalog's SHA-256 and then as a pack (``archive.read_pack``).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import logging
import os
import re
import socket
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlparse

from kiosk import __version__, paths
from kiosk.core.durable import put_in_place
from kiosk.core.errors import InvalidInput, KnownError, NotFound
from kiosk.core.packs.archive import read_pack
from kiosk.core.packs.format import MAX_ARCHIVE_BYTES, PACK_ID_RE, compare_versions, parse_version
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage import repo

log = logging.getLogger(__name__)

MAX_CATALOG_BYTES = 1024 * 1024
TIMEOUT_SECONDS = 30
MAX_ATTEMPTS = 6  # connections per file, each resuming where the last stopped
CHUNK = 256 * 1024
Progress = Callable[[str, int, int], None]  # (file name, bytes done, bytes in all)


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    title: str
    version: str
    size: int
    sha256: str
    url: str  # absolute


def _check_url(url: str) -> str:
    if urlparse(url).scheme not in ("http", "https"):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1 is not an http:// or https:// address."), repr(url)))
    return url


def _open(url: str, headers: dict[str, str] | None = None):
    request = urllib.request.Request(url, headers={"User-Agent": f"Kiosk/{__version__}", **(headers or {})})
    return urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS)  # noqa: S310 (scheme checked)


def fetch_catalog(url: str) -> list[CatalogEntry]:
    """The packs a catalog offers (KnownError if it cannot be fetched or read)."""
    _check_url(url)
    try:
        with _open(url) as response:
            data = response.read(MAX_CATALOG_BYTES + 1)
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "Could not fetch the catalog %1: %2."), url, getattr(exc, "reason", exc))
        ) from exc
    if len(data) > MAX_CATALOG_BYTES:
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "The catalog %1 is larger than %2 KB."), url, MAX_CATALOG_BYTES // 1024)
        )
    try:
        parsed = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "The catalog %1 is not valid JSON."), url)) from exc
    items = parsed.get("packs") if isinstance(parsed, dict) else parsed
    if not isinstance(items, list):
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "The catalog %1 is not a list of packs."), url))
    entries = []
    for item in items:
        try:
            entry = CatalogEntry(
                id=str(item["id"]),
                title=str(item.get("title", item["id"])),
                version=str(item["version"]),
                size=int(item["size"]),
                sha256=str(item["sha256"]).lower(),
                url=_check_url(urljoin(url, str(item["url"]))),
            )
            parse_version(entry.version)
        except (KeyError, TypeError, ValueError, InvalidInput) as exc:
            raise KnownError(
                say(
                    QT_TRANSLATE_NOOP("core", "The catalog %1 has an entry that is not a pack (%2)."),
                    url,
                    str(item)[:60],
                )
            ) from exc
        if not PACK_ID_RE.fullmatch(entry.id) or not re.fullmatch(r"[0-9a-f]{64}", entry.sha256):
            raise KnownError(
                say(
                    QT_TRANSLATE_NOOP("core", "The catalog %1 has an entry with a bad id or sha256 (%2)."),
                    url,
                    entry.id[:40],
                )
            )
        if not 0 < entry.size <= MAX_ARCHIVE_BYTES:
            raise KnownError(
                say(QT_TRANSLATE_NOOP("core", "The catalog %1 lists %2 with an impossible size."), url, entry.id)
            )
        entries.append(entry)
    return entries


def downloads_dir() -> Path:
    folder = paths.data_dir() / "downloads"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _content_range_start(value: str | None) -> int | None:
    match = re.match(r"bytes (\d+)-(\d+)/(\d+|\*)", value or "")
    return int(match.group(1)) if match else None


def download_file(
    url: str,
    *,
    name: str,
    expected_size: int | None = None,
    expected_sha256: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Fetch ``url`` into ``downloads/<name>.part``, resuming, and return the finished ``downloads/<name>``."""
    _check_url(url)
    part = downloads_dir() / f"{name}.part"
    final = downloads_dir() / name
    total = expected_size
    last_error = "no answer"
    for _attempt in range(MAX_ATTEMPTS):
        have = part.stat().st_size if part.exists() else 0
        if total is not None and have >= total:
            break
        headers = {"Range": f"bytes={have}-"} if have else {}
        try:
            with _open(url, headers) as response:
                status = response.status
                if status == 206 and _content_range_start(response.headers.get("Content-Range")) == have:
                    mode = "ab"
                else:  # the server sent the whole file: start again
                    have, mode = 0, "wb"
                length = response.headers.get("Content-Length")
                if length is not None and length.isdigit():
                    total = have + int(length)
                if total is not None and total > MAX_ARCHIVE_BYTES:
                    raise KnownError(
                        say(
                            QT_TRANSLATE_NOOP("core", "%1 is larger than %2 MB; not downloaded."),
                            name,
                            MAX_ARCHIVE_BYTES // (1024 * 1024),
                        )
                    )
                with open(part, mode) as out:
                    while chunk := response.read(CHUNK):
                        out.write(chunk)
                        have += len(chunk)
                        if have > MAX_ARCHIVE_BYTES:
                            raise KnownError(
                                say(
                                    QT_TRANSLATE_NOOP("core", "%1 is larger than %2 MB; not downloaded."),
                                    name,
                                    MAX_ARCHIVE_BYTES // (1024 * 1024),
                                )
                            )
                        if progress:
                            progress(name, have, total or 0)
                    out.flush()
                    os.fsync(out.fileno())
            if total is None or have >= total:
                break
        except urllib.error.HTTPError as exc:
            if exc.code == 416 and have:  # we already have everything, or a stale part: check below
                break
            part.unlink(missing_ok=True) if exc.code == 416 else None
            raise KnownError(
                say(QT_TRANSLATE_NOOP("core", "The server refused %1: HTTP %2 %3."), url, exc.code, exc.reason)
            ) from exc
        except (urllib.error.URLError, OSError, http.client.HTTPException, socket.timeout) as exc:
            last_error = str(getattr(exc, "reason", exc)) or type(exc).__name__
            log.info(
                "download of %s interrupted at %d bytes (%s); resuming",
                name,
                part.stat().st_size if part.exists() else 0,
                last_error,
            )
    else:
        raise KnownError(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "Could not download %1 after %2 tries (%3); run the command again to resume."
                ),
                name,
                MAX_ATTEMPTS,
                last_error,
            )
        )
    have = part.stat().st_size if part.exists() else 0
    if total is not None and have != total:
        raise KnownError(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "Could not download all of %1 (%2 of %3 bytes); run the command again to resume."
                ),
                name,
                have,
                total,
            )
        )
    if expected_sha256 is not None:
        digest = hashlib.sha256()
        with open(part, "rb") as handle:
            while chunk := handle.read(1024 * 1024):
                digest.update(chunk)
        if digest.hexdigest() != expected_sha256:
            part.unlink(missing_ok=True)
            raise KnownError(
                say(
                    QT_TRANSLATE_NOOP(
                        "core", "%1 does not match the catalog's SHA-256 (damaged on the way); it was deleted."
                    ),
                    name,
                )
            )
    put_in_place(part, final)  # flushed as it came (the resumable part is kept between tries, by design)
    return final


def _file_name_for(url: str) -> str:
    base = Path(urlparse(url).path).name
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,100}\.kpack", base):
        return base
    return hashlib.sha256(url.encode()).hexdigest()[:16] + ".kpack"


def _verified(file: Path) -> Path:
    try:
        read_pack(file)
    except KnownError:
        file.unlink(missing_ok=True)
        raise
    return file


def download_packs(url: str, *, only: list[str] | None = None, progress: Progress | None = None) -> list[Path]:
    """Download a ``.kpack`` URL, or the catalog's packs newer than the installed ones; verified files."""
    _check_url(url)
    if urlparse(url).path.endswith(".kpack"):
        return [_verified(download_file(url, name=_file_name_for(url), progress=progress))]
    files = []
    for entry in fetch_catalog(url):
        if only and entry.id not in only:
            continue
        try:
            installed = repo.get_installed_pack(entry.id)
            if compare_versions(entry.version, installed.version) <= 0:
                continue
        except NotFound:
            pass
        name = f"{entry.id}-{entry.version}.kpack"
        file = download_file(entry.url, name=name, expected_size=entry.size, expected_sha256=entry.sha256, progress=progress)
        files.append(_verified(file))
    return files
