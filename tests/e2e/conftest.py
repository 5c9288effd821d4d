import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def kiosk_cli(kiosk_home):
    """Run the real `kiosk` program in a subprocess against the temporary KIOSK_HOME."""

    def run(*args: str, check: bool = False, timeout: float = 120) -> subprocess.CompletedProcess:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env["KIOSK_HOME"] = str(kiosk_home)
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        result = subprocess.run(
            [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=timeout
        )
        if check:
            assert result.returncode == 0, result.stderr
        return result

    return run
