"""Every kind of bad pack is refused with one line and leaves the library exactly as it was."""

from __future__ import annotations

import base64
import io
import json
import random
import stat
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.errors import KnownError
from kiosk.core.packs import archive as archive_module
from kiosk.core.packs.library import import_pack

from .kpack_maker import base_manifest, simple_files, write_kpack


def _png(width: int, height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (width, height), 200).save(out, "PNG", optimize=True)
    return out.getvalue()


def _symlink_entry() -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo("media/link.svg")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, b"/etc/passwd"


def _with_listed(files: dict[str, bytes], extra: dict[str, bytes]) -> dict:
    """A manifest that lists ``extra`` too (so only the hostile property itself is wrong)."""
    return base_manifest({**files, **extra})


def _case(name: str, tmp: Path, monkeypatch) -> Path:
    files = simple_files()
    path = tmp / f"{name}.kpack"
    if name == "traversal":
        evil = {"../evil.md": b"# x\n"}
        return write_kpack(path, files, extra=list(evil.items()))
    if name == "absolute":
        return write_kpack(path, files, extra=[("/etc/evil.md", b"x")])
    if name == "drive-letter":
        return write_kpack(path, files, extra=[("C:/evil.md", b"x")])
    if name == "backslash":
        return write_kpack(path, files, extra=[("lessons\\..\\..\\evil.md", b"x")])
    if name == "symlink":
        return write_kpack(path, files, extra=[_symlink_entry()])
    if name == "bomb-ratio":
        zeros = bytes(8 * 1024 * 1024)
        return write_kpack(path, {**files, "media/zeros.txt": zeros}, manifest=_with_listed(files, {"media/zeros.txt": zeros}))
    if name == "bomb-file-size":
        monkeypatch.setattr(archive_module, "MAX_FILE_BYTES", 100)
        return write_kpack(path, files)
    if name == "bomb-total":
        monkeypatch.setattr(archive_module, "MAX_TOTAL_BYTES", 300)
        return write_kpack(path, files)
    if name == "bomb-entries":
        monkeypatch.setattr(archive_module, "MAX_ENTRIES", 4)
        return write_kpack(path, files)
    if name == "duplicate":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return write_kpack(path, files, extra=[("lessons/01-mouse.md", b"# Other\n")])
    if name == "duplicate-case":
        return write_kpack(path, files, extra=[("lessons/01-MOUSE.md", b"# Other\n")])
    if name == "hash-mismatch":
        manifest = base_manifest(files)
        tampered = {**files, "lessons/01-mouse.md": b"# Mouse\n\nClick the RIGHT button.\n\n![A mouse](../media/mouse.svg)\n"}
        manifest["files"]["lessons/01-mouse.md"]["size"] = len(tampered["lessons/01-mouse.md"])
        return write_kpack(path, tampered, manifest=manifest)
    if name == "unlisted":
        return write_kpack(path, files, extra=[("media/extra.svg", files["media/mouse.svg"])])
    if name == "missing":
        return write_kpack(path, files, omit=("media/mouse.svg",))
    if name == "bad-signature":
        def flip(signature: dict) -> None:
            raw = bytearray(base64.b64decode(signature["signature"]))
            raw[5] ^= 0x01
            signature["signature"] = base64.b64encode(bytes(raw)).decode()

        return write_kpack(path, files, signature_edit=flip)
    if name == "changed-manifest":
        manifest = base_manifest(files)
        other = json.dumps({**manifest, "title": "Changed after signing"}).encode()
        return write_kpack(path, files, manifest=manifest, manifest_bytes=other)
    if name == "no-signature":
        return write_kpack(path, files, omit=("signature.json",))
    if name == "no-manifest":
        return write_kpack(path, files, omit=("manifest.json",))
    if name == "invalid-manifest":
        return write_kpack(path, files, manifest={**base_manifest(files), "modules": "everything"})
    if name == "web-link":
        bad = {**files, "lessons/01-mouse.md": b"# Mouse\n\nSee [this](https://example.org/mouse).\n"}
        return write_kpack(path, bad)
    if name == "outside-link":
        bad = {**files, "lessons/01-mouse.md": b"# Mouse\n\n![x](../../../etc/passwd)\n"}
        return write_kpack(path, bad)
    if name == "raw-html":
        bad = {**files, "lessons/01-mouse.md": b"# Mouse\n\n<img src=x onerror=alert(1)>\n"}
        return write_kpack(path, bad)
    if name == "svg-script":
        bad = {**files, "media/mouse.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>'}
        return write_kpack(path, bad)
    if name == "oversized-image":
        bad = {**files, "media/huge.png": _png(3000, 200)}
        return write_kpack(path, bad)
    if name == "not-a-zip":
        path.write_bytes(b"PK\x03\x04 this is not really a zip file" * 20)
        return path
    if name == "truncated":
        whole = write_kpack(tmp / "whole.kpack", files).read_bytes()
        path.write_bytes(whole[: len(whole) * 2 // 3])
        return path
    if name == "empty-file":
        path.write_bytes(b"")
        return path
    raise AssertionError(name)


CASES = {
    "traversal": "leaves its folder",
    "absolute": "absolute path",
    "drive-letter": "drive letter",
    "backslash": "backslash",
    "symlink": "symbolic link",
    "bomb-ratio": "zip bomb",
    "bomb-file-size": "at most 100 are allowed",
    "bomb-total": "add up to more than",
    "bomb-entries": "at most 4 are allowed",
    "duplicate": "appears twice",
    "duplicate-case": "appears twice",
    "hash-mismatch": "does not match its hash",
    "unlisted": "not listed in the manifest",
    "missing": "is missing",
    "bad-signature": "signature does not match",
    "changed-manifest": "signature does not match",
    "no-signature": "no signature",
    "no-manifest": "no manifest",
    "invalid-manifest": "invalid manifest",
    "web-link": "links to the web",
    "outside-link": "links outside the pack",
    "raw-html": "raw HTML",
    "svg-script": "<script>",
    "oversized-image": "oversized image",
    "not-a-zip": "not a pack",
    "truncated": "not a pack",
    "empty-file": "not a pack",
}


@pytest.mark.parametrize(("case", "reason"), CASES.items(), ids=list(CASES))
def test_hostile_pack_is_refused_and_changes_nothing(case, reason, database, kiosk_home, tmp_path, monkeypatch, mini_kpack, snapshot):
    import_pack(mini_kpack)  # a library with something in it
    before = snapshot(kiosk_home)
    bad = _case(case, tmp_path, monkeypatch)
    with pytest.raises(KnownError) as caught:
        import_pack(bad, force=True, trust_publisher=True)
    message = str(caught.value)
    assert reason in message
    assert "\n" not in message and message.startswith(f"{bad.name} refused:")
    assert snapshot(kiosk_home) == before
    assert not (tmp_path / "evil.md").exists() and not (kiosk_home / "evil.md").exists()


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    how=st.sampled_from(["flip", "truncate", "shuffle", "flip-many"]),
    position=st.floats(min_value=0, max_value=1, exclude_max=True),
    value=st.integers(min_value=1, max_value=255),
    seed=st.integers(min_value=0, max_value=2**16),
)
def test_mangled_archives_are_only_ever_refused_cleanly(how, position, value, seed, mini_kpack, tmp_path_factory):
    """Flipped bytes, truncation and shuffled entries: a KnownError, or (for a shuffle) a pack that still verifies."""
    from kiosk.core.packs.archive import read_pack

    data = bytearray(mini_kpack.read_bytes())
    if how == "flip":
        data[int(position * len(data))] ^= value
    elif how == "flip-many":
        rng = random.Random(seed)
        for _ in range(8):
            data[rng.randrange(len(data))] ^= rng.randrange(1, 256)
    elif how == "truncate":
        data = data[: int(position * len(data))]
    else:
        members = _members(bytes(data))
        random.Random(seed).shuffle(members)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for info, body in members:
                archive.writestr(info, body)
        data = bytearray(out.getvalue())
    path = tmp_path_factory.mktemp("mangled") / "mangled.kpack"
    path.write_bytes(bytes(data))
    try:
        info = read_pack(path)
    except KnownError as exc:
        assert "\n" not in str(exc)
    else:
        # Only changes that touch no checked byte may pass (entry order, zip comments, timestamps...).
        assert info.manifest == read_pack(mini_kpack).manifest
