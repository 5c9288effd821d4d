"""Write .kpack files by hand (also broken or hostile ones) for the pack tests."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from kiosk.core.packs import keys
from kiosk.core.packs.archive import canonical_manifest_bytes

REPO = Path(__file__).resolve().parents[3]
MINI_SOURCE = REPO / "tests" / "fixtures" / "packs" / "mini"
SAMPLE_KEY = REPO / "content_packs" / "sample-publisher.key"


def base_manifest(files: dict[str, bytes], **overrides) -> dict:
    manifest = {
        "format": 1,
        "id": "kiosk.sample.mini",
        "version": "1.0.0",
        "title": "A tiny test pack",
        "language": "en",
        "publisher": "Kiosk sample packs",
        "license": "CC-BY-4.0",
        "description": "Made by hand for a test.",
        "min_app_version": "0.1.0",
        "skills": [{"id": "mouse", "title": "Use a mouse"}],
        "modules": [
            {
                "id": "devices",
                "title": "Devices",
                "lessons": sorted(p for p in files if p.startswith("lessons/")),
                "quizzes": sorted(p for p in files if p.startswith("quizzes/")),
                "skills": ["mouse"],
            }
        ],
        "credentials": [
            {"id": "mouse-basics", "title": "Mouse basics", "description": "Can use a mouse.", "requires_skills": ["mouse"]}
        ],
        "files": {p: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for p, d in sorted(files.items())},
    }
    manifest.update(overrides)
    return manifest


def simple_files() -> dict[str, bytes]:
    return {
        "lessons/01-mouse.md": b"# Mouse\n\nClick the left button.\n\n![A mouse](../media/mouse.svg)\n",
        "quizzes/01-mouse.gift": b"// [id:m-1] [tag:mouse]\n::Click::Left clicks. {T}\n",
        "media/mouse.svg": (MINI_SOURCE / "media" / "mouse.svg").read_bytes(),
    }


def write_kpack(
    path: Path,
    files: dict[str, bytes] | None = None,
    *,
    manifest: dict | None = None,
    key_path: Path = SAMPLE_KEY,
    extra: list[tuple[zipfile.ZipInfo | str, bytes]] = (),
    omit: tuple[str, ...] = (),
    signature_edit: Callable[[dict], None] | None = None,
    manifest_bytes: bytes | None = None,
) -> Path:
    """A signed pack holding ``files`` (+ ``extra`` raw entries, - ``omit``), signed over ``manifest``."""
    files = simple_files() if files is None else files
    manifest = manifest or base_manifest(files)
    body = canonical_manifest_bytes(manifest)
    signature = keys.sign(keys.load_private_key(key_path), body)
    if signature_edit:
        signature_edit(signature)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if "manifest.json" not in omit:
            archive.writestr("manifest.json", manifest_bytes if manifest_bytes is not None else body)
        if "signature.json" not in omit:
            archive.writestr("signature.json", json.dumps(signature))
        for name, data in sorted(files.items()):
            if name not in omit:
                archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
    return path


def copy_source(tmp_path: Path, name: str = "src") -> Path:
    target = tmp_path / name
    shutil.copytree(MINI_SOURCE, target)
    return target
