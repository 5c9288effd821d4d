"""The packs installed on this kiosk: import (atomic), list, remove, export, samples.

Layout in the data dir::

    packs/<pack id>/<version>/     lessons/ quizzes/ as in the pack, plus pack.kpack (media are
                                   read from it: see ``format.extracted_on_import``)
    packs/.incoming-*/             an import in progress (removed on failure or at the next import)

An import checks everything first (``archive.read_pack`` on a private copy of the file,
then trust and app version), writes into ``.incoming-*``, fsyncs, renames the folder into
place and only then switches the database record in one transaction. A crash before
the switch leaves the old version installed (the new folder is a stray, tidied later);
after it, the new one. Old version folders are removed after the switch.
"""

from __future__ import annotations

import logging
import os
import queue
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import kiosk
from kiosk import paths
from kiosk.core.clock import utcnow
from kiosk.core.durable import fsync_folder, fsync_tree, writing
from kiosk.core.errors import KnownError, NotFound
from kiosk.core.packs import trust
from kiosk.core.packs.archive import PackInfo, PackRefused, peek_pack, read_pack
from kiosk.core.packs.format import compare_versions
from kiosk.core.records import InstalledPackRecord
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage import repo

log = logging.getLogger(__name__)

ARCHIVE_NAME = "pack.kpack"
INCOMING_PREFIX = ".incoming-"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportResult:
    pack_id: str
    version: str
    title: str
    previous_version: str | None
    folder: Path
    publisher_fingerprint: str


def packs_root() -> Path:
    root = paths.data_dir() / "packs"
    root.mkdir(parents=True, exist_ok=True)
    return root


def _installed(pack_id: str) -> InstalledPackRecord | None:
    try:
        return repo.get_installed_pack(pack_id)
    except NotFound:
        return None


def tidy_pack_folders() -> None:
    """Remove leftovers of interrupted imports and version folders no record points at."""
    root = packs_root()
    live = {Path(r.folder).resolve() for r in repo.list_installed_packs()}
    for entry in root.iterdir():
        if entry.name.startswith(INCOMING_PREFIX):
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.is_dir() and not entry.name.startswith("."):
            for version_dir in entry.iterdir():
                if version_dir.resolve() not in live:
                    shutil.rmtree(version_dir, ignore_errors=True) if version_dir.is_dir() else version_dir.unlink()
            if not any(entry.iterdir()):
                entry.rmdir()


def check_installable(info: PackInfo, *, force: bool, trust_publisher: bool) -> None:
    """Refuse (KnownError) a pack this kiosk may not install: app too old, untrusted key, not newer."""
    manifest = info.manifest
    name = info.path.name
    if compare_versions(manifest["min_app_version"], kiosk.__version__) > 0:
        raise PackRefused(
            say(
                QT_TRANSLATE_NOOP("core", "%1 refused: it needs Kiosk %2 or newer (this is %3)."),
                name,
                manifest["min_app_version"],
                kiosk.__version__,
            )
        )
    decision = trust.trust_for(info.id, info.publisher)
    if not decision.trusted and not (trust_publisher and decision.approvable):
        if decision.approvable:
            raise PackRefused(
                say(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "%1 refused: %2; approve it with 'kiosk pack trust FINGERPRINT' if the publisher confirms it.",
                    ),
                    name,
                    decision.reason,
                )
            )
        raise PackRefused(say(QT_TRANSLATE_NOOP("core", "%1 refused: %2."), name, decision.reason))
    installed = _installed(info.id)
    if installed is not None and not force and installed.publisher_key_id != info.publisher.fingerprint:
        raise PackRefused(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "%1 refused: the installed %2 was signed by key %3, this one by %4; another publisher cannot replace a pack (use force if this is intended).",
                ),
                name,
                repr(info.id),
                installed.publisher_key_id,
                info.publisher.fingerprint,
            )
        )
    if installed is not None and not force and compare_versions(info.version, installed.version) <= 0:
        raise PackRefused(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "%1 refused: version %2 of %3 is installed and this is %4; only a newer version upgrades it (use force to reinstall or go back).",
                ),
                name,
                installed.version,
                repr(info.id),
                info.version,
            )
        )


class _Syncer:
    """fsyncs files on a helper thread while the importer goes on decompressing and hashing.

    fsync releases the GIL, so on a machine with two cores the disk flush overlaps the
    CPU work; ``finish()`` waits for every flush and raises the first failure.
    """

    def __init__(self) -> None:
        self._queue: queue.Queue[Path | None] = queue.Queue()
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="pack-fsync", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (path := self._queue.get()) is not None:
            if self._error is not None:
                continue
            try:
                fd = os.open(path, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            except OSError as exc:
                self._error = exc

    def add(self, path: Path) -> None:
        self._queue.put(path)

    def finish(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error


def _keep_archive(source: Path, target: Path) -> None:
    """Keep the original file: a hard link when on the same disk (no copy), else a copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def import_pack(
    path: Path, *, force: bool = False, trust_publisher: bool = False, progress: Progress | None = None
) -> ImportResult:
    """Install the pack at ``path``, or refuse it with a KnownError and change nothing.

    ``force`` allows reinstalling the same version or going back to an older one;
    ``trust_publisher`` approves an unknown publisher key (recorded with the install).
    ``progress(done, total)`` is called from this thread as bytes are copied and checked.
    """
    path = Path(path)
    if not path.is_file():
        raise NotFound(say(QT_TRANSLATE_NOOP("core", "There is no pack file at %1."), path))
    root = packs_root()
    incoming = Path(tempfile.mkdtemp(prefix=INCOMING_PREFIX, dir=root))
    syncer = _Syncer()
    try:
        local_copy = incoming / ARCHIVE_NAME
        # One sequential read of the USB stick; everything below reads our private
        # copy, so a stick pulled out or a file changed behind our back cannot slip past.
        try:
            _keep_archive(path, local_copy)
        except OSError as exc:
            raise KnownError(
                say(QT_TRANSLATE_NOOP("core", "Could not copy the pack from %1: %2."), path, exc.strerror or exc)
            ) from exc
        if progress:
            progress(0, 1)
        syncer.add(local_copy)
        info = read_pack(
            local_copy,
            extract_to=incoming,
            progress=progress,
            written=syncer.add,
            shown_as=path,
            before_extract=lambda found: check_installable(found, force=force, trust_publisher=trust_publisher),
        )
        syncer.finish()
        fsync_tree(incoming, files=False)  # the files were flushed as they were written

        pack_dir = root / info.id
        pack_dir.mkdir(exist_ok=True)
        target = pack_dir / info.version
        n = 2
        while target.exists():  # the same version, reinstalled: a fresh folder beside it
            target = pack_dir / f"{info.version}.{n}"
            n += 1
        previous = _installed(info.id)
        decision = trust.trust_for(info.id, info.publisher)
        new_trust = None if decision.trusted else trust.trust_record(info.publisher, label=info.manifest["publisher"])
        os.rename(incoming, target)
        fsync_folder(pack_dir)
    except OSError as exc:
        _abandon(syncer, incoming)
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "Could not write the pack to this computer's disk: %1."), exc.strerror or exc)
        ) from exc
    except BaseException:
        _abandon(syncer, incoming)
        raise
    try:
        repo.save_installed_pack(
            manifest=info.manifest,
            folder=str(target),
            publisher_key_id=info.publisher.fingerprint,
            installed_at=utcnow(),
            trust=new_trust,
        )
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    if previous is not None and Path(previous.folder).resolve() != target.resolve():
        if Path(previous.folder).resolve().parent == pack_dir.resolve():
            shutil.rmtree(previous.folder, ignore_errors=True)
    tidy_pack_folders()  # leftovers of earlier crashes; only after a success, so a refusal changes nothing
    log.info("installed pack %s %s in %s", info.id, info.version, target)
    return ImportResult(
        pack_id=info.id,
        version=info.version,
        title=info.manifest["title"],
        previous_version=previous.version if previous else None,
        folder=target,
        publisher_fingerprint=info.publisher.fingerprint,
    )


def _abandon(syncer: _Syncer, incoming: Path) -> None:
    try:
        syncer.finish()
    except OSError:
        pass
    shutil.rmtree(incoming, ignore_errors=True)


def list_packs() -> list[InstalledPackRecord]:
    return repo.list_installed_packs()


def remove_pack(pack_id: str) -> InstalledPackRecord:
    """Uninstall a pack: its record and files go; learners' progress records stay."""
    record = repo.get_installed_pack(pack_id)
    folder = _own_folder(pack_id)
    repo.delete_installed_pack(pack_id)
    shutil.rmtree(folder, ignore_errors=True)
    return record


def _own_folder(pack_id: str) -> Path:
    """The pack's folder under the packs folder; refuses an id that would name anything else."""
    from kiosk.core.packs.format import PACK_ID_RE

    root = packs_root().resolve()
    folder = (root / pack_id).resolve()
    if not PACK_ID_RE.fullmatch(pack_id) or folder.parent != root:
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "%1 is not a pack id; nothing was removed."), repr(pack_id[:80]))
        )
    return folder


def installed_archive(pack_id: str) -> Path:
    """The original ``.kpack`` kept at import (for export to USB)."""
    record = repo.get_installed_pack(pack_id)
    archive = Path(record.folder) / ARCHIVE_NAME
    if not archive.is_file():
        raise KnownError(
            say(
                QT_TRANSLATE_NOOP("core", "The original file of %1 is missing; import the pack again to export it."),
                repr(pack_id),
            )
        )
    return archive


def export_pack(pack_id: str, folder: Path) -> Path:
    """Copy an installed pack's ``.kpack`` into ``folder`` (e.g. a USB stick); returns the new file."""
    record = repo.get_installed_pack(pack_id)
    source = installed_archive(pack_id)
    target = Path(folder) / f"{record.id}-{record.version}.kpack"
    failure = say(QT_TRANSLATE_NOOP("core", "Could not write %1 to %2: %3."), target.name, folder)
    with writing(target, failure=failure) as out, open(source, "rb") as src:
        shutil.copyfileobj(src, out, 1024 * 1024)
    return target


def install_sample_packs() -> list[str]:
    """Import every bundled sample pack that is not installed yet; returns the ids installed."""
    folder = paths.sample_packs_dir()
    installed: list[str] = []
    if not folder.is_dir():
        return installed
    for file in sorted(folder.glob("*.kpack")):
        try:
            info = peek_pack(file)
            if _installed(info.id) is not None:
                continue
            installed.append(import_pack(file).pack_id)
        except KnownError as exc:
            log.warning("sample pack %s not installed: %s", file.name, exc)
    return installed


SAMPLES_INSTALLED = "samples_installed"


def install_samples_once() -> list[str]:
    """Install the bundled sample packs the first time the kiosk is set up; later calls do nothing.

    The ``samples_installed`` setting records that it was done, so a facilitator
    who removes a sample does not see it come back. Returns the ids installed.
    """
    if repo.get_setting(SAMPLES_INSTALLED) == "yes":
        return []
    folder = paths.sample_packs_dir()
    if not folder.is_dir() or not any(folder.glob("*.kpack")):
        log.info("no sample packs in %s", folder)
        return []
    installed = install_sample_packs()
    repo.put_settings({SAMPLES_INSTALLED: "yes"})
    return installed
