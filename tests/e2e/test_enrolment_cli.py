"""The organisation sets up its registry and enrols a kiosk, through the real programs."""

from __future__ import annotations

import json
import stat


def test_registry_init_enrolment_file_and_kiosk_init(kiosk_cli, tmp_path):
    db = f"sqlite:///{tmp_path / 'registry.db'}"
    key = tmp_path / "org" / "organisation-key.pem"
    refused = kiosk_cli("registry", "serve", "--db", db, "--org-key", str(key))
    assert refused.returncode == 1 and "kiosk registry init" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1

    made = kiosk_cli("registry", "init", "--org", "Riverside Trust", "--verify-url", "https://verify.example.org",
                     "--db", db, "--org-key", str(key), "--json", check=True)
    org = json.loads(made.stdout)
    assert org["public_key"].startswith("z6Mk") and stat.S_IMODE(key.stat().st_mode) == 0o600
    assert b"PRIVATE" not in (tmp_path / "registry.db").read_bytes()
    again = kiosk_cli("registry", "init", "--org", "Other", "--db", db, "--org-key", str(tmp_path / "k2.pem"))
    assert again.returncode == 1 and "already speaks for 'Riverside Trust'" in again.stderr

    enrolment = tmp_path / "usb" / "riverside.kioskenrol"
    enrolment.parent.mkdir()
    written = kiosk_cli("registry", "enrolment", "-o", str(enrolment), "--db", db, "--org-key", str(key), check=True)
    assert org["fingerprint"] in written.stdout

    init = kiosk_cli("init", "--enrol", str(enrolment), "--kiosk-name", "Library PC 2", "--admin-pin", "123456",
                     check=True)
    assert org["fingerprint"] in init.stdout and "'Riverside Trust'" in init.stdout
    shown = json.loads(kiosk_cli("trust", "show", "--json", check=True).stdout)
    assert shown["enrolled"] and shown["org_public_key"] == org["public_key"] and shown["sequence"] is None

    trust = tmp_path / "usb" / "trust.json"
    kiosk_cli("registry", "trust-list", "-o", str(trust), "--db", db, "--org-key", str(key), check=True)
    number = json.loads(trust.read_text())["body"]["sequence"]
    taken = kiosk_cli("trust", "import", str(trust), check=True)
    assert f"Took trust list number {number}:" in taken.stdout
    assert f"already holds trust list number {number};" in kiosk_cli("trust", "import", str(trust), check=True).stdout


def test_a_four_digit_facilitator_pin_and_a_bad_key_are_refused_in_one_line(kiosk_cli):
    short = kiosk_cli("init", "--org", "X", "--kiosk-name", "Y", "--admin-pin", "1234")
    assert short.returncode == 1 and short.stderr.strip() == "kiosk: The facilitator PIN has 6 digits; this one has 4."
    bad = kiosk_cli("init", "--org", "X", "--kiosk-name", "Y", "--admin-pin", "123456", "--org-key", "z6Mkbogus")
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    assert "not set up" not in kiosk_cli("trust", "show").stdout  # nothing was stored
    assert kiosk_cli("learner", "list").returncode == 0
