from __future__ import annotations

import sqlite3
import hashlib
from pathlib import Path

import pytest

from kiosk.core.packs.build import build_pack

from .kpack_maker import MINI_SOURCE


@pytest.fixture(scope="session")
def mini_kpack(tmp_path_factory) -> Path:
    """The fixture source built once per session (do not modify; copy it)."""
    out = tmp_path_factory.mktemp("built") / "mini.kpack"
    build_pack(MINI_SOURCE, out)
    return out


def library_snapshot(home: Path) -> tuple:
    """Every file under packs/ (path, hash) and every pack and trust row: the library's whole state."""
    packs = home / "packs"
    files = sorted(
        (p.relative_to(home).as_posix(), hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir")
        for p in packs.rglob("*")
    ) if packs.exists() else []
    with sqlite3.connect(home / "kiosk.db") as conn:
        rows = conn.execute("SELECT * FROM installed_pack ORDER BY id").fetchall()
        trusted = conn.execute("SELECT * FROM trusted_publisher ORDER BY fingerprint").fetchall()
    return files, rows, trusted


@pytest.fixture
def snapshot():
    return library_snapshot
