from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import kiosk
from kiosk.core.errors import KnownError, NotFound
from kiosk.core.packs import library
from kiosk.core.packs.build import build_pack
from kiosk.core.packs.keys import generate_key_file
from kiosk.core.packs.library import export_pack, import_pack, install_sample_packs, list_packs, remove_pack
from kiosk.core.packs.trust import SAMPLE_PUBLISHER, trust_publisher
from kiosk.core.storage import repo

from .kpack_maker import base_manifest, copy_source, simple_files, write_kpack


def _version(tmp_path: Path, version: str, *, key: Path | None = None, pack_id: str = "kiosk.sample.mini") -> Path:
    out = tmp_path / f"{pack_id}-{version}-{key.stem if key else 'sample'}.kpack"
    if out.exists():
        return out
    src = copy_source(tmp_path, f"src-{out.stem}")
    toml = (src / "pack.toml").read_text().replace('version = "1.0.0"', f'version = "{version}"')
    (src / "pack.toml").write_text(toml.replace("kiosk.sample.mini", pack_id))
    return build_pack(src, out, key_path=key).path


def test_import_installs_files_record_and_original(database, kiosk_home, mini_kpack):
    seen = []
    result = import_pack(mini_kpack, progress=lambda done, total: seen.append((done, total)))
    assert result.pack_id == "kiosk.sample.mini" and result.previous_version is None
    assert result.folder == kiosk_home / "packs" / "kiosk.sample.mini" / "1.0.0"
    assert (result.folder / "lessons" / "01-mouse.md").is_file()
    assert (result.folder / "pack.kpack").read_bytes() == mini_kpack.read_bytes()
    record = repo.get_installed_pack("kiosk.sample.mini")
    assert record.folder == str(result.folder) and record.publisher_key_id == SAMPLE_PUBLISHER.fingerprint
    assert seen[-1][0] == seen[-1][1] and all(a <= b for (a, _), (b, _) in zip(seen, seen[1:]))
    assert not any(p.name.startswith(".incoming") for p in (kiosk_home / "packs").iterdir())


def test_credentials_of_an_imported_pack_are_found(database, mini_kpack):
    from kiosk.core.credentials.definitions import find_definition

    import_pack(mini_kpack)
    definition = find_definition("kiosk.sample.mini/mini-devices")
    assert [s.id for s in definition.skills] == ["mouse", "keys"]


def test_a_newer_version_upgrades_and_removes_the_old_folder(database, kiosk_home, tmp_path):
    import_pack(_version(tmp_path, "1.0.0"))
    # A learner's progress lives in other tables keyed by pack id; an upgrade never touches them.
    with sqlite3.connect(kiosk_home / "kiosk.db") as conn:
        conn.execute("CREATE TABLE progress_probe (pack_id TEXT, question_id TEXT)")
        conn.execute("INSERT INTO progress_probe VALUES ('kiosk.sample.mini', 'mini-001')")
    result = import_pack(_version(tmp_path, "1.1.0"))
    assert result.previous_version == "1.0.0"
    assert repo.get_installed_pack("kiosk.sample.mini").version == "1.1.0"
    assert sorted(p.name for p in (kiosk_home / "packs" / "kiosk.sample.mini").iterdir()) == ["1.1.0"]
    with sqlite3.connect(kiosk_home / "kiosk.db") as conn:
        assert conn.execute("SELECT * FROM progress_probe").fetchall() == [("kiosk.sample.mini", "mini-001")]


def test_same_or_older_version_is_refused_unless_forced(database, kiosk_home, tmp_path, snapshot):
    import_pack(_version(tmp_path, "1.1.0"))
    before = snapshot(kiosk_home)
    for version in ("1.1.0", "1.0.0"):
        with pytest.raises(KnownError, match="only a newer version upgrades"):
            import_pack(_version(tmp_path, version))
        assert snapshot(kiosk_home) == before
    result = import_pack(_version(tmp_path, "1.0.0"), force=True)
    assert result.previous_version == "1.1.0"
    assert repo.get_installed_pack("kiosk.sample.mini").version == "1.0.0"
    again = import_pack(_version(tmp_path, "1.0.0"), force=True)
    assert again.folder != result.folder and again.folder.is_dir() and not result.folder.exists()
    assert Path(repo.get_installed_pack("kiosk.sample.mini").folder) == again.folder


def test_an_unknown_publisher_is_refused_naming_the_fingerprint(database, kiosk_home, tmp_path, snapshot):
    key = tmp_path / "author.key"
    publisher = generate_key_file(key)
    pack = _version(tmp_path, "1.0.0", key=key, pack_id="org.example.mini")
    before = snapshot(kiosk_home)
    with pytest.raises(KnownError) as caught:
        import_pack(pack)
    assert publisher.fingerprint in str(caught.value) and "not trusted" in str(caught.value)
    assert snapshot(kiosk_home) == before
    result = import_pack(pack, trust_publisher=True)
    assert result.pack_id == "org.example.mini"
    assert repo.get_trusted_publisher(publisher.fingerprint).label == "Kiosk sample packs"


def test_a_trusted_key_lets_its_packs_in(database, tmp_path):
    key = tmp_path / "author.key"
    publisher = generate_key_file(key)
    trust_publisher(publisher, label="Example NGO")
    assert import_pack(_version(tmp_path, "1.0.0", key=key, pack_id="org.example.mini")).version == "1.0.0"


def test_the_sample_key_is_trusted_only_for_sample_ids(database, kiosk_home, tmp_path, snapshot):
    key = Path(__file__).resolve().parents[3] / "content_packs" / "sample-publisher.key"
    pack = _version(tmp_path, "1.0.0", key=key, pack_id="org.evil.pack")
    before = snapshot(kiosk_home)
    with pytest.raises(KnownError, match="trusted only for packs whose id starts with 'kiosk.sample.'"):
        import_pack(pack, trust_publisher=True)
    assert snapshot(kiosk_home) == before


def test_another_publisher_cannot_replace_an_installed_pack(database, kiosk_home, tmp_path, snapshot):
    import_pack(_version(tmp_path, "1.0.0"))
    key = tmp_path / "other.key"
    trust_publisher(generate_key_file(key), label="Other")
    before = snapshot(kiosk_home)
    with pytest.raises(KnownError, match="another publisher cannot replace"):
        import_pack(_version(tmp_path, "2.0.0", key=key))
    assert snapshot(kiosk_home) == before


def test_a_pack_for_a_newer_app_is_refused(database, kiosk_home, tmp_path, snapshot):
    manifest = base_manifest(simple_files(), min_app_version="99.0.0")
    pack = write_kpack(tmp_path / "future.kpack", manifest=manifest)
    before = snapshot(kiosk_home)
    with pytest.raises(KnownError, match=f"needs Kiosk 99.0.0 or newer \\(this is {kiosk.__version__}\\)"):
        import_pack(pack)
    assert snapshot(kiosk_home) == before


def test_a_crash_before_the_record_switch_leaves_the_old_version(database, kiosk_home, tmp_path, monkeypatch):
    import_pack(_version(tmp_path, "1.0.0"))
    old = repo.get_installed_pack("kiosk.sample.mini")

    def power_cut(**_kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(repo, "save_installed_pack", power_cut)
    with pytest.raises(RuntimeError):
        import_pack(_version(tmp_path, "1.1.0"))
    monkeypatch.undo()
    record = repo.get_installed_pack("kiosk.sample.mini")
    assert record.version == "1.0.0" and record == old
    assert (Path(record.folder) / "lessons" / "01-mouse.md").is_file()


def test_a_stray_folder_from_a_crash_is_tidied_at_the_next_import(database, kiosk_home, tmp_path):
    import_pack(_version(tmp_path, "1.0.0"))
    stray = kiosk_home / "packs" / ".incoming-crashed"
    stray.mkdir()
    (stray / "half.md").write_text("half")
    orphan = kiosk_home / "packs" / "kiosk.sample.mini" / "1.1.0"
    shutil.copytree(kiosk_home / "packs" / "kiosk.sample.mini" / "1.0.0", orphan)
    import_pack(_version(tmp_path, "1.2.0"))
    assert not stray.exists() and not orphan.exists()
    assert repo.get_installed_pack("kiosk.sample.mini").version == "1.2.0"


def test_remove_deletes_files_and_record_and_keeps_progress(database, kiosk_home, mini_kpack):
    import_pack(mini_kpack)
    with sqlite3.connect(kiosk_home / "kiosk.db") as conn:
        conn.execute("CREATE TABLE progress_probe (pack_id TEXT)")
        conn.execute("INSERT INTO progress_probe VALUES ('kiosk.sample.mini')")
    remove_pack("kiosk.sample.mini")
    assert list_packs() == []
    assert not (kiosk_home / "packs" / "kiosk.sample.mini").exists()
    with sqlite3.connect(kiosk_home / "kiosk.db") as conn:
        assert conn.execute("SELECT count(*) FROM progress_probe").fetchone() == (1,)
    with pytest.raises(NotFound):
        remove_pack("kiosk.sample.mini")


def test_export_copies_the_original_kpack(database, mini_kpack, tmp_path):
    import_pack(mini_kpack)
    usb = tmp_path / "usb"
    usb.mkdir()
    exported = export_pack("kiosk.sample.mini", usb)
    assert exported.name == "kiosk.sample.mini-1.0.0.kpack"
    assert exported.read_bytes() == mini_kpack.read_bytes()
    assert [p.name for p in usb.iterdir()] == [exported.name]


def test_install_sample_packs_imports_only_missing_ones(database, tmp_path, monkeypatch, mini_kpack):
    dist = tmp_path / "content_packs" / "dist"
    dist.mkdir(parents=True)
    shutil.copy(mini_kpack, dist / "mini.kpack")
    (dist / "broken.kpack").write_bytes(b"not a zip")
    monkeypatch.setattr(library.paths, "sample_packs_dir", lambda: dist)
    assert install_sample_packs() == ["kiosk.sample.mini"]
    assert install_sample_packs() == []
    assert [p.id for p in list_packs()] == ["kiosk.sample.mini"]
