"""The registry's commands and the USB route, through kiosk.cli.main (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

from kiosk.cli import main
from kiosk.registry import service, store


def test_approve_list_revoke_commands(registry, kiosk_key, capsys):
    assert main(["registry", "approve-kiosk", "--public-key", kiosk_key.public_key, "--db", registry,
                 "--name", "Library PC 2", "--organisation", "Riverside Centre"]) == 0
    capsys.readouterr()
    assert main(["registry", "list-kiosks", "--json", "--db", registry]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(k["id"], k["name"], k["organisation"], k["revoked_at"]) for k in listed] == [
        (kiosk_key.key_id, "Library PC 2", "Riverside Centre", None)
    ]
    assert main(["registry", "approve-kiosk", "--public-key", "z6Mknotakey", "--db", registry]) == 1
    assert "public key" in capsys.readouterr().err
    assert main(["registry", "revoke-kiosk", kiosk_key.key_id.lower(), "--db", registry]) == 0
    assert store.find_kiosk(kiosk_key.key_id).revoked_at is not None
    assert main(["registry", "revoke-kiosk", "ZZZZZZZZ", "--db", registry]) == 1
    assert main(["registry", "revoke", "not-an-id", "--db", registry]) == 1
    assert store.list_revocations() == []


def test_usb_bundle_is_taken_once(registry, approved, award, kiosk_key, tmp_path, capsys):
    from kiosk.core.credentials import issuing

    first, second = award("Amina Okafor"), award("Bola Adeyemi")
    issuing.revoke(second.id, "wrong learner")
    bundle = tmp_path / "bundle.json"
    assert main(["sync", "export", "-o", str(bundle)]) == 0
    document = json.loads(bundle.read_text())
    assert document["format"] == "kiosk-sync/2" and len(document["body"]["credentials"]) == 2
    assert document["body"]["revoked_up_to"] == document["body"]["sent_at"]  # a bundle holds every revocation
    capsys.readouterr()
    assert main(["registry", "import-bundle", str(bundle), "--json", "--db", registry]) == 0
    taken = json.loads(capsys.readouterr().out)
    assert (taken["new_credentials"], taken["new_revocations"], taken["duplicate"]) == (2, 1, False)
    assert main(["registry", "import-bundle", str(bundle), "--json", "--db", registry]) == 0
    assert json.loads(capsys.readouterr().out)["duplicate"] is True
    assert store.count_received() == 2 and store.count_batches() == 1
    assert service.check_text(first.payload).status == "VALID"
    assert service.check_text(second.payload).status == "REVOKED"

    document["body"]["credentials"].pop()  # tampered: the signature no longer matches
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(document))
    assert main(["registry", "import-bundle", str(tampered), "--db", registry]) == 1
    assert "signature" in capsys.readouterr().err
    junk = tmp_path / "junk.json"
    junk.write_text("not json")
    assert main(["registry", "import-bundle", str(junk), "--db", registry]) == 1
    assert store.count_batches() == 1


def test_bundle_from_unapproved_kiosk_is_refused(registry, award, tmp_path, capsys):
    award()
    bundle = tmp_path / "bundle.json"
    assert main(["sync", "export", "-o", str(bundle)]) == 0
    assert main(["registry", "import-bundle", str(bundle), "--db", registry]) == 1
    assert "not approved" in capsys.readouterr().err
    assert store.count_received() == 0 and store.count_batches() == 0
