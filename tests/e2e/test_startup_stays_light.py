"""Start-up imports only what the first screen needs (benchmarks/startup.py measures the time).

The first screen is painted before the ORM loads; storage opens right after the paint.
"""

import json
import os
import subprocess
import sys

import pytest

HEAVY = ["psycopg2", "cryptography", "reportlab", "qrcode", "fsrs", "markdown_it", "PIL", "zxingcpp", "pypdfium2",
         "starlette", "uvicorn", "jsonschema", "kiosk.core.mastery", "kiosk.core.credentials.issuing",
         "kiosk.core.quiz", "kiosk.core.packs"]
NOT_BEFORE_PAINT = [
    "peewee",
    "kiosk.core.storage.repo",
    "kiosk.core.records",  # a dozen dataclasses: about 14 ms to make
    "kiosk.core.durable",  # secrets and hmac, with OpenSSL
    "kiosk.commands.pack",
    "kiosk.commands.credential",
]

# Records which modules are loaded when the first paint is reported, then lets the app finish.
SCRIPT = """
import json, sys
import PySide6.QtCore
import kiosk.ui.first_paint as first_paint
seen = {}
def at_paint():
    seen["at_paint"] = sorted(m for m, v in sys.modules.items() if v)
    seen["qt_namespace_made"] = "Qt" in vars(PySide6.QtCore)  # PySide makes it on first use
first_paint.report_paint = at_paint
from kiosk import cli
code = cli.main(["app", "--exit-after-first-paint"])
at_exit = sorted(m for m, v in sys.modules.items() if v is not None)
print(json.dumps({"code": code, "at_exit": at_exit, **seen}))
"""


def loaded(names, modules):
    return [name for name in names if any(m == name or m.startswith(name + ".") for m in modules)]


def run_app(kiosk_home):
    env = dict(os.environ, KIOSK_HOME=str(kiosk_home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("language", ["en", "ar"])  # Arabic turns the layout right-to-left too
def test_the_first_screen_is_painted_before_the_orm_and_no_heavy_module_loads(kiosk_cli, kiosk_home, language):
    kiosk_cli("init", "--org", "Riverside", "--kiosk-name", "PC 1", "--admin-pin", "123456", "--language", language,
              check=True)
    kiosk_cli("learner", "add", "Amina Diallo", check=True)
    report = run_app(kiosk_home)
    assert report["code"] == 0
    assert report.get("at_paint") is not None, "the first paint was not reported"
    assert loaded(NOT_BEFORE_PAINT, report["at_paint"]) == []
    assert report["qt_namespace_made"] is False  # its ~90 enum classes cost about 30 ms
    assert loaded(HEAVY, report["at_exit"]) == []
    # Storage did open once the screen was up.
    assert "kiosk.core.storage.db" in report["at_exit"]


def test_a_new_kiosk_opens_storage_first_and_still_paints(kiosk_home):
    report = run_app(kiosk_home)  # no database yet: it is created before the setup screen
    assert report["code"] == 0
    assert "peewee" in report["at_paint"]
    assert (kiosk_home / "kiosk.db").exists()
