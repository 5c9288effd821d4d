"""The verification page in a real headless Chromium at phone size (a tool; skipped without chromium)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_verify_page_screenshot_at_phone_size(tmp_path):
    from PIL import Image

    output = tmp_path / "verify-page.png"
    subprocess.run([sys.executable, "tools/screenshot_verify_page.py", "-o", str(output)], cwd=REPO, check=True,
                   timeout=120, capture_output=True)
    with Image.open(output) as image:
        assert image.size == (360, 740)
        rgb = image.convert("RGB")
        # The VALID box's green border is on screen, inside the phone's width.
        greens = [x for x in range(360) if rgb.getpixel((x, 60)) == (10, 107, 45)]
        assert greens and max(greens) < 360
