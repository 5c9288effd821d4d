"""Builds the PyInstaller bundle and runs it from a copy (about a minute; skip it locally with
``-m "not bundle"``; CI runs it)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.bundle


def test_bundle_runs_without_the_source_tree(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "KIOSK_"))}
    env["KIOSK_HOME"] = str(tmp_path / "build-home")
    subprocess.run([sys.executable, "content_packs/build_all.py"], cwd=REPO, env=env, check=True, timeout=300)
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
         "build.spec"],
        cwd=REPO, env=env, check=True, timeout=1200,
    )
    copy = tmp_path / "elsewhere" / "kiosk"
    shutil.copytree(tmp_path / "dist" / "kiosk", copy, symlinks=True)
    home = tmp_path / "home"
    run_env = {k: v for k, v in env.items() if k not in ("PYTHONPATH", "DISPLAY", "WAYLAND_DISPLAY")}
    run_env["KIOSK_HOME"] = str(home)

    def kiosk(*args):
        return subprocess.run([str(copy / "kiosk"), *args], cwd=tmp_path, env=run_env, capture_output=True, text=True,
                              timeout=120, check=True)

    # Reading aloud from the bundle: eSpeak NG's library and Arabic voice are carried, and speak.
    speech = json.loads(kiosk("speak", "--language", "ar", "مرحبا. هذا درس عن الحاسوب.", "-o",
                              str(tmp_path / "speech.wav"), "--json").stdout)
    assert speech["sentences"] == 2 and 1.0 < speech["seconds"] < 10 and speech["rms"] > 500
    assert (tmp_path / "speech.wav").read_bytes().startswith(b"RIFF")
    played = subprocess.run([str(copy / "kiosk"), "speak", "One. Two."], cwd=tmp_path, capture_output=True, text=True,
                            env={**run_env, "KIOSK_AUDIO_BACKEND": "null"}, timeout=120, check=True)
    assert played.stdout.split("\n")[:2] == ["One.", "Two."]  # each sentence as it is played (miniaudio)
    shot = tmp_path / "x.png"
    kiosk("app", "--screenshot", str(shot))
    assert shot.read_bytes().startswith(b"\x89PNG")
    kiosk("init", "--org", "Riverside", "--kiosk-name", "PC 1", "--admin-pin", "123456")
    listed = kiosk("pack", "list").stdout
    assert "Digital skills basics" in listed and "Les bases du numérique" in listed
    # A certificate for a name in Arabic script: PDF, QR, then read back and checked, all from the bundle.
    kiosk("learner", "add", "فاطمة الزهراء")
    kiosk("credential", "award", "--learner", "فاطمة الزهراء", "--credential", "kiosk.sample.digital-basics/digital-basics", "--admin-pin", "123456")
    issued = kiosk("credential", "list").stdout.split()[0]
    pdf = tmp_path / "certificate.pdf"
    kiosk("credential", "pdf", issued, "-o", str(pdf))
    # A sample pack's credential is genuine and says it is a demonstration (docs/security.md).
    assert "VALID (DEMONSTRATION, not a qualification): Genuine" in kiosk("verify", str(pdf)).stdout
