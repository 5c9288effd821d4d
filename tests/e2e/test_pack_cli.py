"""The ``kiosk pack`` commands as a user runs them, in a subprocess with a temporary KIOSK_HOME."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MINI = REPO / "tests" / "fixtures" / "packs" / "mini"


def kiosk(home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "KIOSK_HOME": str(home)}
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_author_to_kiosk_round_trip(tmp_path):
    home = tmp_path / "home"
    out = tmp_path / "mini.kpack"
    built = kiosk(home, "pack", "build", str(MINI), "-o", str(out))
    assert "Built" in built.stdout and "source folder" in built.stdout and out.is_file()
    verified = kiosk(home, "pack", "verify", str(out))
    assert "intact" in verified.stdout and "trusted: yes" in verified.stdout

    inspected = json.loads(kiosk(home, "pack", "inspect", str(out), "--json").stdout)
    assert inspected["id"] == "kiosk.sample.mini"
    assert [c["id"] for c in inspected["credentials"]] == ["mini-devices"]

    kiosk(home, "pack", "import", str(out))
    listed = json.loads(kiosk(home, "pack", "list", "--json").stdout)
    assert [p["id"] for p in listed] == ["kiosk.sample.mini"]

    again = kiosk(home, "pack", "import", str(out), check=False)
    assert again.returncode == 1 and again.stderr.count("\n") == 1 and "only a newer version" in again.stderr

    kiosk(home, "pack", "remove", "kiosk.sample.mini")
    assert json.loads(kiosk(home, "pack", "list", "--json").stdout) == []


def test_unknown_publisher_needs_approval(tmp_path):
    home = tmp_path / "home"
    key = tmp_path / "ngo.key"
    made = kiosk(home, "pack", "keygen", "-o", str(key))
    fingerprint = made.stdout.split("fingerprint:")[1].splitlines()[0].strip()
    src = tmp_path / "src"
    import shutil

    shutil.copytree(MINI, src)
    (src / "pack.toml").write_text((src / "pack.toml").read_text().replace("kiosk.sample.mini", "org.ngo.mini"))
    out = tmp_path / "ngo.kpack"
    kiosk(home, "pack", "build", str(src), "-o", str(out), "--key", str(key))
    assert "trusted: NO" in kiosk(home, "pack", "verify", str(out)).stdout

    refused = kiosk(home, "pack", "import", str(out), check=False)
    assert refused.returncode == 1 and fingerprint.replace(" ", "") in refused.stderr
    assert refused.stderr.count("\n") == 1

    kiosk(home, "pack", "trust", fingerprint)
    assert "installed" in kiosk(home, "pack", "import", str(out)).stdout


def test_trust_publisher_flag_warns_first(tmp_path):
    home = tmp_path / "home"
    key = tmp_path / "ngo.key"
    kiosk(home, "pack", "keygen", "-o", str(key))
    src = tmp_path / "src"
    import shutil

    shutil.copytree(MINI, src)
    (src / "pack.toml").write_text((src / "pack.toml").read_text().replace("kiosk.sample.mini", "org.ngo.mini"))
    out = tmp_path / "ngo.kpack"
    kiosk(home, "pack", "build", str(src), "-o", str(out), "--key", str(key))
    result = kiosk(home, "pack", "import", str(out), "--trust-publisher")
    assert "WARNING" in result.stderr and "fingerprint" in result.stderr and "installed" in result.stdout


def test_bad_input_gives_one_line_and_exit_1(tmp_path):
    home = tmp_path / "home"
    junk = tmp_path / "junk.kpack"
    junk.write_bytes(b"junk")
    for args in (["pack", "verify", str(junk)], ["pack", "import", str(junk)], ["pack", "remove", "no.such.pack"]):
        result = kiosk(home, *args, check=False)
        assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    missing = kiosk(home, "pack", "import", str(tmp_path / "not-here.kpack"), check=False)
    assert missing.returncode == 1 and missing.stderr == f"kiosk: There is no pack file at {tmp_path / 'not-here.kpack'}.\n"
    assert list((home / "packs").iterdir()) == []  # nothing left behind


def test_build_all_script_builds_each_source_folder(tmp_path):
    import shutil

    root = tmp_path / "content_packs"
    shutil.copytree(MINI, root / "mini")
    result = subprocess.run(
        [sys.executable, str(REPO / "content_packs" / "build_all.py"), "--root", str(root)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (root / "dist" / "mini.kpack").is_file()
    assert "mini:" in result.stdout and "source folder" in result.stdout


def test_every_pack_command_has_help(tmp_path):
    for action in ("keygen", "build", "verify", "inspect", "import", "list", "remove", "download", "trust"):
        assert "usage:" in kiosk(tmp_path, "pack", action, "--help").stdout
