"""The mastery core imports no Qt."""

from __future__ import annotations

import subprocess
import sys


def test_mastery_core_does_not_import_qt():
    code = (
        "import sys, kiosk.core.mastery.progress, kiosk.core.mastery.review;"
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "False"
