"""Every file Kiosk writes survives its writer being killed half-way (``kiosk.core.durable``).

Each kill test runs the real writer in a child process whose file handles, for files under
one folder, write half of their first write, flush it to disk, say so through a pipe and hang.
The parent then kills the child with SIGKILL and checks that the file is as it was before (or
still absent), that nothing half-written sits at its name, and that the next write works and
clears the killed writer's leftover. ``test_the_kill_check_catches_a_naive_write`` shows the
check failing for a writer that writes straight to the file.
"""

from __future__ import annotations

import csv
import os
import select
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.core import durable
from kiosk.core.errors import KnownError
from kiosk.core.say import QT_TRANSLATE_NOOP, say

REPO = Path(__file__).resolve().parents[2]
READY_SECONDS = 120  # the child's imports on a busy machine; it is killed as soon as it is writing

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="the stalling handle finds files through /proc")

# Run in the child before the writer: file handles opened for writing under WATCH stall.
STALL = '''
import builtins, io, os, sys, time

WATCH = os.path.realpath(sys.argv[1])
READY = int(sys.argv[2])
_open = io.open


class Stalling:
    """Writes half of its first write, flushes it to disk, says so, then hangs until killed."""

    def __init__(self, inner, path):
        self._inner = inner
        self._path = path

    def write(self, data):
        if not len(data):
            return 0
        self._inner.write(data[: max(1, len(data) // 2)])
        self._inner.flush()
        os.fsync(self._inner.fileno())
        os.write(READY, self._path.encode())
        time.sleep(600)
        raise SystemExit("not killed")

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self._inner.__exit__(*exc)


def stalling_open(file, mode="r", *args, **kwargs):
    handle = _open(file, mode, *args, **kwargs)
    if not set(mode) & set("wax"):
        return handle
    path = os.readlink(f"/proc/self/fd/{handle.fileno()}")
    return Stalling(handle, path) if path == WATCH or path.startswith(WATCH + os.sep) else handle


io.open = builtins.open = stalling_open
'''


def kill_while_writing(watch: Path, script: str) -> Path:
    """Run ``script`` in a child whose writes under ``watch`` stall; SIGKILL it once it is writing.

    Returns the file the child was writing when it was killed.
    """
    read_end, write_end = os.pipe()
    child = subprocess.Popen(
        [sys.executable, "-c", STALL + textwrap.dedent(script), str(watch), str(write_end)],
        pass_fds=(write_end,),
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], READY_SECONDS)
        said = os.read(read_end, 4096) if ready else b""
        if not said:
            child.kill()
            _, errors = child.communicate(timeout=30)
            pytest.fail(f"the writer never started writing under {watch}: {errors.decode(errors='replace')[-2000:]}")
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        os.close(read_end)
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stderr.close()
    return Path(said.decode())


def leftovers(path: Path) -> list[str]:
    """What lies beside ``path`` under a name that starts like it, other than ``path`` itself."""
    return sorted(p.name for p in path.parent.glob(path.name + "*") if p != path)


def check_killed_write(path: Path, before: bytes | None) -> None:
    """The file is as it was (or still absent), and only temporaries lie beside it."""
    if before is None:
        assert not path.exists(), f"a half-written {path.name} was left at its name"
    else:
        assert path.read_bytes() == before, f"{path.name} was changed by a writer killed half-way"
    assert all(durable.TEMPORARY in name for name in leftovers(path)), leftovers(path)


def kill_then_write_again(
    path: Path, script: str, write: Callable[[], None], *, watch: Path | None = None, before: bytes | None = None
) -> None:
    """The whole check: kill ``script`` writing ``path``, check, write again with ``write``, check."""
    killed_in = kill_while_writing(watch or path.parent, script)
    assert killed_in.name.startswith(path.name), f"killed while writing {killed_in}, not {path.name}"
    check_killed_write(path, before)
    write()
    assert path.is_file()
    assert leftovers(path) == [], "the next write did not clear the killed writer's leftover"


# --- the helper ---------------------------------------------------------------------------


def test_a_file_is_written_whole_with_its_mode(tmp_path):
    target = tmp_path / "file.bin"
    durable.write_atomically(target, b"first")
    durable.write_atomically(target, b"second", mode=0o600)
    assert target.read_bytes() == b"second"
    assert target.stat().st_mode & 0o777 == 0o600
    assert leftovers(target) == []


def test_the_streaming_form_writes_beside_the_file_and_puts_it_in_place_at_the_end(tmp_path):
    target = tmp_path / "big.bin"
    target.write_bytes(b"old")
    with durable.writing(target) as out:
        assert Path(out.name).parent == tmp_path and durable.TEMPORARY in Path(out.name).name
        out.write(b"new " * 1000)
        assert target.read_bytes() == b"old"
    assert target.read_bytes() == b"new " * 1000
    assert leftovers(target) == []


def test_a_failure_half_way_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "file.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with durable.writing(target) as out:
            out.write(b"half")
            raise RuntimeError("the writer's own failure")
    assert target.read_bytes() == b"old"
    assert leftovers(target) == []


def test_a_closed_generator_leaves_no_temporary(tmp_path):
    target = tmp_path / "file.bin"

    def steps():
        with durable.writing(target) as out:
            out.write(b"part")
            yield

    job = steps()
    next(job)
    job.close()
    assert not target.exists() and leftovers(target) == []


def test_a_file_that_must_not_be_replaced_is_refused_and_kept(tmp_path):
    key = tmp_path / "key.pem"
    durable.write_atomically(key, b"the key", overwrite=False)
    with pytest.raises(FileExistsError):
        durable.write_atomically(key, b"another key", overwrite=False)
    assert key.read_bytes() == b"the key"
    assert leftovers(key) == []


def test_an_os_error_becomes_one_clear_line_with_the_reason_last(tmp_path):
    missing = tmp_path / "no-such-folder" / "kiosk.backup"
    failure = say(QT_TRANSLATE_NOOP("core", "Could not write the backup to %1: %2."), missing)
    with pytest.raises(KnownError) as refused:
        durable.write_atomically(missing, b"data", failure=failure)
    assert str(refused.value) == f"Could not write the backup to {missing}: No such file or directory."
    assert refused.value.said.template == "Could not write the backup to %1: %2."
    assert isinstance(refused.value.__cause__, OSError)
    with pytest.raises(OSError):
        durable.write_atomically(missing, b"data")  # without a message: the OSError as it is


def test_a_dead_writers_temporary_goes_but_a_living_writers_stays(tmp_path):
    target = tmp_path / "report.csv"
    dead = tmp_path / f"report.csv{durable.TEMPORARY}dead"
    dead.write_bytes(b"half")
    with durable.writing(target) as out:  # a writer still at work holds its temporary
        durable.write_atomically(target, b"another writer")
        assert not dead.exists()
        assert Path(out.name).exists()
        out.write(b"the living writer")
    assert target.read_bytes() == b"the living writer"
    assert leftovers(target) == []


def test_the_kill_check_catches_a_naive_write(tmp_path):
    """A writer that writes straight to the file leaves half of it there when killed: the check says so."""
    target = tmp_path / "out" / "notes.txt"
    target.parent.mkdir()
    target.write_bytes(b"the old notes")
    assert kill_while_writing(target.parent, f"from pathlib import Path; Path({str(target)!r}).write_bytes(b'new notes' * 100)") == target
    with pytest.raises(AssertionError, match="changed by a writer killed half-way"):
        check_killed_write(target, b"the old notes")


def test_a_write_through_the_helper_passes_the_same_kill_check(tmp_path):
    target = tmp_path / "out" / "notes.txt"
    target.parent.mkdir()
    target.write_bytes(b"the old notes")
    script = f"""
    from kiosk.core.durable import write_atomically
    write_atomically({str(target)!r}, b"new notes" * 100)
    """
    kill_then_write_again(target, script, lambda: durable.write_atomically(target, b"new"), before=b"the old notes")
    assert target.read_bytes() == b"new"


# --- every kind of file Kiosk writes -------------------------------------------------------

@pytest.fixture(scope="module")
def mini_kpack(tmp_path_factory) -> Path:
    from kiosk.core.packs.build import build_pack
    from tests.core.packs.kpack_maker import MINI_SOURCE

    out = tmp_path_factory.mktemp("built") / "mini.kpack"
    build_pack(MINI_SOURCE, out)
    return out


HOME = """
import os
from kiosk import paths
from kiosk.core.storage.db import init_db
init_db(paths.database_path())
"""


def test_a_killed_backup_leaves_the_previous_backup(set_up_kiosk, tmp_path):
    from kiosk.core.backup import make_backup, read_backup

    usb = tmp_path / "usb"
    usb.mkdir()
    target = usb / "kiosk.backup"
    make_backup(target)
    before = target.read_bytes()
    script = HOME + f"from kiosk.core.backup import make_backup; make_backup({str(target)!r})"
    kill_then_write_again(target, script, lambda: make_backup(target), before=before)
    assert read_backup(target)["own"]


def test_a_killed_report_csv_leaves_the_previous_report(set_up_kiosk, tmp_path):
    from kiosk.core.facilitator.report import export_csv_steps
    from kiosk.core.steps import run_to_end

    target = tmp_path / "reports" / "kiosk-progress.csv"
    target.parent.mkdir()
    run_to_end(export_csv_steps(target))
    before = target.read_bytes()
    script = HOME + (
        "from kiosk.core.facilitator.report import export_csv_steps; from kiosk.core.steps import run_to_end; "
        f"run_to_end(export_csv_steps({str(target)!r}))"
    )
    kill_then_write_again(target, script, lambda: run_to_end(export_csv_steps(target)), before=before)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[0] == "learner"


def test_a_killed_report_pdf_leaves_the_previous_report(set_up_kiosk, tmp_path):
    from kiosk.core.facilitator.report import export_pdf_steps
    from kiosk.core.steps import run_to_end

    target = tmp_path / "reports" / "kiosk-progress.pdf"
    target.parent.mkdir()
    run_to_end(export_pdf_steps(target, title="Progress"))
    before = target.read_bytes()
    script = HOME + (
        "from kiosk.core.facilitator.report import export_pdf_steps; from kiosk.core.steps import run_to_end; "
        f"run_to_end(export_pdf_steps({str(target)!r}, title='Progress'))"
    )
    kill_then_write_again(target, script, lambda: run_to_end(export_pdf_steps(target, title="Progress")), before=before)
    assert target.read_bytes().startswith(b"%PDF") and target.read_bytes().rstrip().endswith(b"%%EOF")


def test_a_killed_pack_build_leaves_the_previous_pack(database, tmp_path):
    from kiosk.core.packs.archive import read_pack
    from kiosk.core.packs.build import build_pack
    from tests.core.packs.kpack_maker import MINI_SOURCE

    target = tmp_path / "built" / "mini.kpack"
    build_pack(MINI_SOURCE, target)
    before = target.read_bytes()
    script = HOME + f"from kiosk.core.packs.build import build_pack; build_pack({str(MINI_SOURCE)!r}, {str(target)!r})"
    kill_then_write_again(target, script, lambda: build_pack(MINI_SOURCE, target), before=before)
    assert read_pack(target).id == "kiosk.sample.mini"


def test_a_killed_pack_export_leaves_the_previous_copy(database, mini_kpack, tmp_path):
    from kiosk.core.packs.archive import read_pack
    from kiosk.core.packs.library import export_pack, import_pack

    import_pack(mini_kpack)
    usb = tmp_path / "usb"
    usb.mkdir()
    target = export_pack("kiosk.sample.mini", usb)
    before = target.read_bytes()
    script = HOME + f"from kiosk.core.packs.library import export_pack; export_pack('kiosk.sample.mini', {str(usb)!r})"
    kill_then_write_again(target, script, lambda: export_pack("kiosk.sample.mini", usb), before=before)
    assert read_pack(target).id == "kiosk.sample.mini"


def test_a_killed_download_leaves_the_previous_file_and_resumes(database, kiosk_home, mini_kpack):
    from kiosk.core.packs.download import download_packs
    from tests.core.packs.test_download import _catalog, _Server

    pack = mini_kpack.read_bytes()
    downloads = kiosk_home / "downloads"
    target = downloads / "kiosk.sample.mini-1.0.0.kpack"
    with _Server({"catalog.json": _catalog(pack), "packs/mini.kpack": pack}, cut_first=False) as server:
        download_packs(server.url + "catalog.json")
        before = target.read_bytes()
        script = HOME + f"from kiosk.core.packs.download import download_packs; download_packs({server.url + 'catalog.json'!r})"
        assert kill_while_writing(downloads, script) == downloads / "kiosk.sample.mini-1.0.0.kpack.part"
        assert target.read_bytes() == before
        assert leftovers(target) == ["kiosk.sample.mini-1.0.0.kpack.part"]  # kept on purpose: the next try resumes it
        (written,) = download_packs(server.url + "catalog.json")
    assert written == target and target.read_bytes() == pack
    assert leftovers(target) == []
    assert server.requests[-1] == ("packs/mini.kpack", f"bytes={len(pack) // 2}-")  # resumed where it was killed


def test_a_killed_pack_import_leaves_the_installed_pack(database, kiosk_home, mini_kpack):
    from kiosk.core.packs.library import import_pack
    from kiosk.core.storage import repo
    from tests.core.packs.conftest import library_snapshot

    def library() -> tuple:
        files, rows, trusted = library_snapshot(kiosk_home)
        return [f for f in files if "/.incoming-" not in f[0] and not f[0].endswith("/.incoming-")], rows, trusted

    first = import_pack(mini_kpack)
    before = library()
    script = HOME + f"from kiosk.core.packs.library import import_pack; import_pack({str(mini_kpack)!r}, force=True)"
    killed_in = kill_while_writing(kiosk_home / "packs", script)
    assert killed_in.relative_to(kiosk_home / "packs").parts[0].startswith(".incoming-")
    assert library() == before  # the same record, the same files; only an unfinished .incoming- folder beside them
    assert [p.name for p in (kiosk_home / "packs" / "kiosk.sample.mini").iterdir()] == [first.folder.name]
    again = import_pack(mini_kpack, force=True)
    assert repo.get_installed_pack("kiosk.sample.mini").folder == str(again.folder)
    assert not [p for p in (kiosk_home / "packs").iterdir() if p.name.startswith(".incoming-")]


def test_a_killed_sync_bundle_leaves_the_previous_bundle(set_up_kiosk, tmp_path):
    from kiosk.core.sync.client import export_bundle

    target = tmp_path / "usb" / "bundle.json"
    target.parent.mkdir()
    export_bundle(target)
    before = target.read_bytes()
    script = HOME + f"from kiosk.core.sync.client import export_bundle; export_bundle({str(target)!r})"
    kill_then_write_again(target, script, lambda: export_bundle(target), before=before)
    assert target.read_text(encoding="utf-8").endswith("}\n")


def test_a_killed_signing_key_is_no_key_and_the_next_start_makes_one(database, kiosk_home):
    from kiosk.core.credentials.keys import ensure_signing_key, key_path, load_signing_key

    target = key_path()
    target.parent.mkdir(parents=True)
    script = HOME + "from kiosk.core.credentials.keys import ensure_signing_key; ensure_signing_key()"
    kill_then_write_again(target, script, ensure_signing_key)
    assert load_signing_key(target).public_raw == ensure_signing_key().public_raw
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_killed_publisher_key_is_no_key(tmp_path):
    from kiosk.core.packs.keys import generate_key_file, load_private_key

    target = tmp_path / "keys" / "publisher.key"
    target.parent.mkdir()
    script = f"from kiosk.core.packs.keys import generate_key_file; generate_key_file({str(target)!r})"
    kill_then_write_again(target, script, lambda: generate_key_file(target))
    load_private_key(target)


def test_a_killed_certificate_save_leaves_the_previous_pdf(tmp_path):
    """``kiosk credential pdf --output``'s write, which the certificate screen's "Save" shares."""
    from kiosk.commands.credential import _write

    target = tmp_path / "usb" / "certificate.pdf"
    target.parent.mkdir()
    _write(target, b"%PDF-1.4 the first certificate")
    script = f"from kiosk.commands.credential import _write; _write(__import__('pathlib').Path({str(target)!r}), b'%PDF-1.4 x' * 5000)"
    kill_then_write_again(target, script, lambda: _write(target, b"%PDF-1.4 again"), before=b"%PDF-1.4 the first certificate")
    assert target.read_bytes() == b"%PDF-1.4 again"


def test_a_killed_registry_document_leaves_the_previous_one(tmp_path):
    """The enrolment file and trust list the registry's commands write."""
    from kiosk.commands.registry import _write_json

    target = tmp_path / "enrol.json"
    _write_json(target, {"format": "first"})
    before = target.read_bytes()
    script = f"from kiosk.commands.registry import _write_json; _write_json({str(target)!r}, {{'format': 'second' * 1000}})"
    kill_then_write_again(target, script, lambda: _write_json(target, {"format": "third"}), before=before)
    assert b"third" in target.read_bytes()


def test_a_killed_speech_recording_leaves_the_previous_one(tmp_path):
    import array
    import wave

    from kiosk.core.speech.audio import Clip

    target = tmp_path / "speech.wav"
    Clip(array.array("h", [0] * 100), 16000).write_wav(target)
    before = target.read_bytes()
    script = (
        "import array; from kiosk.core.speech.audio import Clip; "
        f"Clip(array.array('h', [7] * 50000), 16000).write_wav({str(target)!r})"
    )
    kill_then_write_again(
        target, script, lambda: Clip(array.array("h", [1] * 200), 16000).write_wav(target), before=before
    )
    with wave.open(str(target)) as read:
        assert read.getnframes() == 200


def test_a_killed_restore_changes_nothing_and_the_next_one_works(set_up_kiosk, kiosk_home, tmp_path):
    from kiosk import paths
    from kiosk.core.backup import finish_interrupted_restore, make_backup, restore_backup
    from kiosk.core.learners.profiles import create_learner, list_profiles
    from kiosk.core.storage.db import close_db, init_db

    create_learner("Amina")
    backup = tmp_path / "kiosk.backup"
    make_backup(backup)
    create_learner("Bob")
    script = HOME + f"from kiosk.core.backup import restore_backup; restore_backup({str(backup)!r})"
    killed_in = kill_while_writing(kiosk_home, script)
    assert killed_in.relative_to(kiosk_home).parts[0].startswith(paths.RESTORE_STAGING_PREFIX)
    assert [p.name for p in list_profiles()] == ["Amina", "Bob"]
    assert not (kiosk_home / paths.RESTORE_JOURNAL).exists()
    close_db()
    assert finish_interrupted_restore() is False  # nothing to finish: the staged files are cleared
    init_db(paths.database_path())
    assert not list(kiosk_home.glob(paths.RESTORE_STAGING_PREFIX + "*"))
    restore_backup(backup)
    assert [p.name for p in list_profiles()] == ["Amina"]
