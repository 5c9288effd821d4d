"""Finding packs on USB sticks: mount points, a pure poller, and offers without importing.

``removable_mount_points()`` lists where removable drives are mounted (Linux: /media,
/run/media, /mnt and /proc/mounts; Windows: drive letters; macOS: /Volumes).
``DrivePoller`` reports the mount points that appeared since the last poll; it takes
the listing function as an argument so it can be tested with fake mount lists.
``scan_for_packs`` reads each ``.kpack``'s manifest and signature (quick: file hashes
are checked at import) and says whether this kiosk would trust it.
"""

from __future__ import annotations

import logging
import os
import string
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.errors import KnownError, NotFound
from kiosk.core.packs.archive import peek_pack
from kiosk.core.packs.format import compare_versions
from kiosk.core.packs.trust import trust_for
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage import repo

log = logging.getLogger(__name__)

# File systems that are never a USB stick.
_VIRTUAL_FS = {
    "proc", "sysfs", "tmpfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "overlay", "squashfs", "securityfs",
    "pstore", "debugfs", "tracefs", "configfs", "fusectl", "mqueue", "hugetlbfs", "bpf", "autofs", "binfmt_misc",
    "nsfs", "ramfs", "rpc_pipefs", "efivarfs", "fuse.portal", "fuse.gvfsd-fuse",
}
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/")
SCAN_DEPTH = 2  # the drive's top folder and one level of folders below it


@dataclass(frozen=True)
class PackOffer:
    path: Path
    size: int
    id: str | None = None
    title: str | None = None
    version: str | None = None
    publisher: str | None = None
    key_id: str | None = None
    signature_ok: bool = False
    trusted: bool = False
    installed_version: str | None = None
    problem: str | None = None  # why it cannot be imported, in plain words (None: it can)

    @property
    def importable(self) -> bool:
        return self.problem is None


def _unescape_mount(field: str) -> str:
    """/proc/mounts escapes spaces and tabs as octal (``\\040``)."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_proc_mounts(text: str) -> list[Path]:
    """Removable-looking mount points in /proc/mounts text (under /media, /run/media or /mnt)."""
    found = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = _unescape_mount(parts[1]), parts[2]
        if fs_type in _VIRTUAL_FS:
            continue
        if mount_point.startswith(_REMOVABLE_ROOTS):
            found.append(Path(mount_point))
    return found


def _linux_mount_points() -> list[Path]:
    found: list[Path] = []
    try:
        found.extend(parse_proc_mounts(Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")))
    except OSError:
        pass
    for pattern_root, depth in ((Path("/media"), 2), (Path("/run/media"), 2), (Path("/mnt"), 1)):
        try:
            level = [pattern_root]
            for _ in range(depth):
                level = [child for folder in level for child in folder.iterdir() if child.is_dir()]
            # /media/<user>/<label> or /media/<label>: keep the folders that are mount points
            found.extend(p for p in level if os.path.ismount(p))
            if pattern_root == Path("/media"):
                found.extend(p for p in pattern_root.iterdir() if p.is_dir() and os.path.ismount(p))
        except OSError:
            continue
    return found


def _windows_mount_points() -> list[Path]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    found = []
    for index, letter in enumerate(string.ascii_uppercase):
        if mask & (1 << index):
            root = f"{letter}:\\"
            if kernel32.GetDriveTypeW(root) == 2:  # DRIVE_REMOVABLE
                found.append(Path(root))
    return found


def _mac_mount_points() -> list[Path]:
    volumes = Path("/Volumes")
    try:
        return [p for p in volumes.iterdir() if p.is_dir() and not p.is_symlink()]  # the system disk is a symlink
    except OSError:
        return []


def removable_mount_points() -> list[Path]:
    """Where removable drives are mounted right now, without duplicates, in a stable order."""
    if sys.platform.startswith("win"):
        points = _windows_mount_points()
    elif sys.platform == "darwin":
        points = _mac_mount_points()
    else:
        points = _linux_mount_points()
    return sorted(set(points))


class DrivePoller:
    """Reports the mount points that appeared since the previous ``poll()``.

    The first poll only learns what is already there (a stick left in at start-up is
    not "new"); pass ``report_existing=True`` to report those too.
    """

    def __init__(
        self, list_mounts: Callable[[], Iterable[Path]] = removable_mount_points, *, report_existing: bool = False
    ) -> None:
        self._list_mounts = list_mounts
        self._known: set[Path] | None = None if not report_existing else set()

    def poll(self) -> list[Path]:
        current = set(self._list_mounts())
        if self._known is None:
            self._known = current
            return []
        added = sorted(current - self._known)
        self._known = current  # a removed drive is forgotten, so re-inserting it counts as new
        return added


def find_pack_files(folder: Path, *, depth: int = SCAN_DEPTH) -> list[Path]:
    """``.kpack`` files in ``folder`` and in its subfolders down to ``depth`` levels (no symlinks followed)."""
    found: list[Path] = []
    level = [Path(folder)]
    for _ in range(depth):
        next_level = []
        for current in level:
            try:
                entries = sorted(current.iterdir())
            except OSError:
                continue
            for entry in entries:
                if entry.is_symlink() or entry.name.startswith("."):
                    continue
                if entry.is_file() and entry.suffix.lower() == ".kpack":
                    found.append(entry)
                elif entry.is_dir():
                    next_level.append(entry)
        level = next_level
    return found


def _reason(refused: KnownError) -> str:
    """Why a pack is refused, without its name: "%1 refused: %2." said as "%2."."""
    said = refused.said
    if said is not None and said.template == "%1 refused: %2." and len(said.args) == 2:
        return say(QT_TRANSLATE_NOOP("core", "%1."), said.args[1])
    return refused.message.split(" refused: ", 1)[-1]


def offer_for(path: Path) -> PackOffer:
    """What the facilitator sees for one file: title, version, size, publisher, signature and trust."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return PackOffer(path=path, size=0, problem=say(QT_TRANSLATE_NOOP("core", "cannot be read (%1)"), exc.strerror or exc))
    try:
        info = peek_pack(path)
    except KnownError as exc:
        return PackOffer(path=path, size=size, problem=_reason(exc))
    except Exception:  # noqa: BLE001 - a bug must not hide the other packs on the stick
        log.exception("reading %s failed", path)
        return PackOffer(
            path=path, size=size, problem=say(QT_TRANSLATE_NOOP("core", "cannot be read (an error in Kiosk; see the log)"))
        )
    decision = trust_for(info.id, info.publisher)
    try:
        installed: str | None = repo.get_installed_pack(info.id).version
    except NotFound:
        installed = None
    problem = None
    if not decision.trusted:
        problem = decision.reason
    elif installed is not None and compare_versions(info.version, installed) <= 0:
        problem = say(QT_TRANSLATE_NOOP("core", "version %1 is already installed"), installed)
    manifest = info.manifest
    return PackOffer(
        path=path,
        size=size,
        id=info.id,
        title=manifest["title"],
        version=info.version,
        publisher=manifest["publisher"],
        key_id=info.publisher.fingerprint,
        signature_ok=True,
        trusted=decision.trusted,
        installed_version=installed,
        problem=problem,
    )


def scan_for_packs(folder: Path) -> list[PackOffer]:
    """Every ``.kpack`` in ``folder`` (and a level below), described without importing anything."""
    return [offer_for(path) for path in find_pack_files(folder)]
