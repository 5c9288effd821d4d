"""The one way Kiosk writes a file: whole or not at all, and still there after a power cut.

Every file is written to a temporary file beside it (``<name>.part-<random>``), flushed and
fsynced, then renamed over the real one (or, for a file that must never be replaced, linked
into place), and the folder is flushed too. Readers only ever open the real name, so a
writer killed half-way leaves nothing but its temporary, which no reader takes for the file;
the next write of the same file removes it. A writer holds a lock on its temporary while
it lives (on Windows an open file cannot be deleted), so only dead writers' leftovers go.

An ``OSError`` becomes a ``KnownError`` in one way: the caller's message (``failure``, made with
``say``) with the operating system's reason ("No space left on device") as its last argument.
"""

from __future__ import annotations

import glob
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from kiosk.core.errors import KnownError
from kiosk.core.say import say

TEMPORARY = ".part-"  # <name>.part-<random>: a file being written, never the file itself
_TRIES = 3


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a file created or renamed in it) to disk. POSIX only; best effort."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_tree(root: Path, *, files: bool = True) -> None:
    """Flush every folder under ``root`` (and, with ``files``, every file) to disk."""
    for folder, _dirs, names in os.walk(root):
        for name in names if files else ():
            fd = os.open(Path(folder) / name, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        fsync_folder(Path(folder))


def reason(exc: OSError) -> str:
    """The operating system's words for a failure ("No space left on device")."""
    return exc.strerror or str(exc)


def cannot_write(exc: OSError, failure: str) -> KnownError:
    """``failure`` (made with ``say``, its last argument left out) with ``exc``'s reason put in last."""
    template, args = getattr(failure, "template", failure), getattr(failure, "args", ())
    return KnownError(say(template, *args, reason(exc)))


@contextmanager
def writing(path: Path, *, mode: int = 0o644, overwrite: bool = True, failure: str | None = None) -> Iterator[BinaryIO]:
    """Write ``path`` through the binary handle this yields; it takes the new content only on success.

    The handle writes a temporary file beside ``path`` (``handle.name`` is its path): on leaving
    the block it is flushed, fsynced and renamed over ``path`` (with ``overwrite=False`` it is
    linked into place instead, and ``FileExistsError`` is raised if ``path`` exists), then the
    folder is flushed. On any failure the temporary is removed and ``path`` is left as it was.
    ``mode`` is the new file's permissions. An ``OSError`` is raised as it is, or, with
    ``failure``, as ``cannot_write(exc, failure)``.
    """
    path = Path(path)
    part: Path | None = None
    try:
        remove_leftovers(path)
        part, handle = _create_temporary(path, mode)
        try:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            if os.name != "posix":
                handle.close()  # Windows renames no open file
            put_in_place(part, path, overwrite=overwrite)
        finally:
            handle.close()
    except OSError as exc:
        _discard(part)
        if failure is None:
            raise
        raise cannot_write(exc, failure) from exc
    except BaseException:
        _discard(part)
        raise


def write_atomically(
    path: Path, data: bytes, *, mode: int = 0o644, overwrite: bool = True, failure: str | None = None
) -> None:
    """Write ``data`` to ``path`` whole or not at all (``writing``, for bytes already in memory)."""
    with writing(path, mode=mode, overwrite=overwrite, failure=failure) as out:
        out.write(data)


def put_in_place(part: Path, path: Path, *, overwrite: bool = True) -> None:
    """Make the finished, flushed file ``part`` the file ``path``, and flush the folder.

    With ``overwrite=False`` an existing ``path`` is kept (``FileExistsError``) and ``part`` stays.
    """
    if overwrite:
        os.replace(part, path)
    else:
        os.link(part, path)  # fails if there is a file already: never replaces one
        os.unlink(part)
    fsync_folder(path.parent)


def remove_leftovers(path: Path) -> None:
    """Remove the temporaries that writers of ``path`` killed half-way left beside it."""
    for stale in Path(path).parent.glob(glob.escape(Path(path).name) + TEMPORARY + "*"):
        _remove_if_abandoned(stale)


def _create_temporary(path: Path, mode: int) -> tuple[Path, BinaryIO]:
    """A new temporary beside ``path``, open for writing and locked as this writer's."""
    for _ in range(_TRIES):
        part = path.with_name(f"{path.name}{TEMPORARY}{secrets.token_hex(4)}")
        handle = open(part, "xb", opener=lambda name, flags: os.open(name, flags, mode))  # noqa: SIM115
        _lock(handle.fileno())
        try:
            if os.path.samestat(os.stat(part), os.fstat(handle.fileno())):
                return part, handle
        except FileNotFoundError:
            pass
        handle.close()  # another writer took it for a leftover between its creation and the lock
    raise FileNotFoundError(f"could not keep a temporary file beside {path}")


def _lock(fd: int) -> None:
    """Mark a temporary as in use until the process closes it or dies (POSIX; best effort)."""
    try:
        import fcntl
    except ImportError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        pass


def _remove_if_abandoned(stale: Path) -> None:
    try:
        import fcntl
    except ImportError:
        try:
            stale.unlink()  # Windows refuses while its writer has it open
        except OSError:
            pass
        return
    try:
        fd = os.open(stale, os.O_RDONLY)
    except OSError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a living writer holds it
        stale.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        os.close(fd)


def _discard(part: Path | None) -> None:
    if part is not None:
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass
