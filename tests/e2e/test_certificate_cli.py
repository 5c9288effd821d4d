"""The certificate journey through the real ``kiosk`` program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

INSTALL_PACK = """
import json, sys
from datetime import datetime
from kiosk import paths
from kiosk.core.storage.db import init_db
from kiosk.core.storage import repo
init_db(paths.database_path())
repo.save_installed_pack(manifest=json.loads(sys.argv[1]), folder="packs/test", publisher_key_id="TESTKEY1",
                         installed_at=datetime(2025, 1, 1))
"""


@pytest.fixture
def kiosk(kiosk_home):
    env = {**os.environ, "KIOSK_HOME": str(kiosk_home)}

    def run(*args: str, ok: bool | None = True) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [sys.executable, "-m", "kiosk", *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=60
        )
        if ok is True:
            assert done.returncode == 0, done.stderr
        return done

    run("init", "--org", "Riverside Centre", "--kiosk-name", "Library PC 2", "--admin-pin", "123456",
        "--verify-url", "https://verify.example.org")
    from tests.core.credentials.conftest import MANIFEST

    subprocess.run([sys.executable, "-c", INSTALL_PACK, json.dumps(MANIFEST)], cwd=REPO_ROOT, env=env, check=True,
                   timeout=60)
    run("learner", "add", "Amina Okafor")
    return run


def test_award_print_verify_export_revoke(kiosk, tmp_path):
    key = json.loads(kiosk("key", "show", "--json").stdout)
    assert key["public_key"].startswith("z6Mk") and len(key["key_id"]) == 8 and key["fingerprint"]

    wrong = kiosk("credential", "award", "--learner", "Amina Okafor", "--credential", "digital-basics",
                  "--admin-pin", "999999", ok=None)
    assert wrong.returncode == 1 and "PIN" in wrong.stderr
    assert json.loads(kiosk("credential", "list", "--json").stdout) == []

    kiosk("credential", "award", "--learner", "amina okafor", "--credential", "digital-basics", "--admin-pin", "123456")
    again = kiosk("credential", "award", "--learner", "Amina Okafor", "--credential", "digital-basics",
                  "--admin-pin", "123456")
    assert "already holds" in again.stdout
    listed = json.loads(kiosk("credential", "list", "--json").stdout)
    assert len(listed) == 1 and listed[0]["method"] == "facilitator"
    cred_id = listed[0]["id"]

    pdf_path = tmp_path / "cert.pdf"
    kiosk("credential", "pdf", cred_id, "-o", str(pdf_path), "--paper", "letter")
    checked = kiosk("verify", str(pdf_path))
    assert "Amina Okafor" in checked.stdout and "Signature:  ok" in checked.stdout
    report = json.loads(kiosk("verify", str(pdf_path), "--json").stdout)
    assert report["ok"] and report["id"] == cred_id and report["key_id"] == key["key_id"]

    ob3_path = tmp_path / "badge.json"
    kiosk("credential", "export-ob3", cred_id, "-o", str(ob3_path))
    document = json.loads(ob3_path.read_text())
    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert document["issuer"]["id"] == "did:key:" + key["public_key"]

    refused = kiosk("credential", "revoke", cred_id, "--admin-pin", "000000", ok=None)
    assert refused.returncode == 1
    kiosk("credential", "revoke", cred_id, "--admin-pin", "123456", "--reason", "issued by mistake")
    revoked = kiosk("verify", str(pdf_path), ok=None)
    assert revoked.returncode == 1 and "revoked" in revoked.stderr.lower()
    assert len(revoked.stderr.strip().splitlines()) == 1


def test_verify_refuses_junk_and_missing_files(kiosk, tmp_path):
    junk = kiosk("verify", "HTTPS://VERIFY.EXAMPLE.ORG/C/AAAA", ok=None)
    assert junk.returncode == 1 and junk.stderr.strip()
    missing = kiosk("verify", str(tmp_path / "nothing.png"), ok=None)
    assert missing.returncode == 1 and "no file" in missing.stderr
    blank = tmp_path / "blank.png"
    from PIL import Image

    Image.new("L", (200, 200), 255).save(blank)
    no_qr = kiosk("verify", str(blank), ok=None)
    assert no_qr.returncode == 1 and "No QR code" in no_qr.stderr


def test_every_new_command_has_help(kiosk):
    for args in (["key", "show"], ["credential", "award"], ["credential", "list"], ["credential", "pdf"],
                 ["credential", "revoke"], ["credential", "export-ob3"], ["verify"]):
        assert "usage:" in kiosk(*args, "--help").stdout
