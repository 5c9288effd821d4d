"""Start-up imports only what the first screen needs (benchmarks/startup.py measures the time)."""

import json
import os
import subprocess
import sys

HEAVY = ["psycopg2", "cryptography", "reportlab", "qrcode", "fsrs", "markdown_it", "PIL", "zxingcpp", "pypdfium2",
         "starlette", "uvicorn", "jsonschema", "kiosk.core.mastery", "kiosk.core.credentials.issuing",
         "kiosk.core.quiz", "kiosk.core.packs"]

SCRIPT = """
import json, sys
from kiosk import cli
code = cli.main(["app", "--exit-after-first-paint"])
print(json.dumps({"code": code, "modules": sorted(m for m, v in sys.modules.items() if v is not None)}))
"""


def test_the_first_screen_loads_no_heavy_module(kiosk_cli, kiosk_home):
    kiosk_cli("init", "--org", "Riverside", "--kiosk-name", "PC 1", "--admin-pin", "1234", check=True)
    kiosk_cli("learner", "add", "Amina Diallo", check=True)
    env = dict(os.environ, KIOSK_HOME=str(kiosk_home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    loaded = [name for name in HEAVY if any(m == name or m.startswith(name + ".") for m in report["modules"])]
    assert loaded == []
