"""`kiosk backup create` and `kiosk backup restore` as a facilitator runs them."""

from __future__ import annotations


def test_backup_create_and_restore(kiosk_cli, tmp_path):
    kiosk_cli("init", "--org", "Riverside", "--kiosk-name", "PC 1", "--admin-pin", "123456", check=True)
    kiosk_cli("learner", "add", "Amina", check=True)
    backup = tmp_path / "kiosk.backup"
    made = kiosk_cli("backup", "create", "-o", str(backup), check=True)
    assert "Wrote" in made.stdout and backup.is_file()
    kiosk_cli("learner", "add", "Bob", check=True)

    damaged = tmp_path / "damaged.backup"
    damaged.write_bytes(backup.read_bytes()[:-10])
    refused = kiosk_cli("backup", "restore", str(damaged))
    assert refused.returncode != 0 and "damaged" in refused.stderr
    assert "Bob" in kiosk_cli("learner", "list", check=True).stdout

    kiosk_cli("backup", "restore", str(backup), check=True)
    listed = kiosk_cli("learner", "list", check=True).stdout
    assert "Amina" in listed and "Bob" not in listed


def test_key_backup_needs_a_passphrase_file(kiosk_cli, tmp_path):
    kiosk_cli("init", "--org", "Riverside", "--kiosk-name", "PC 1", "--admin-pin", "123456", check=True)
    out = tmp_path / "k.backup"
    refused = kiosk_cli("backup", "create", "-o", str(out), "--include-key")
    assert refused.returncode != 0 and "passphrase" in refused.stderr and not out.exists()
    secret = tmp_path / "pass.txt"
    secret.write_text("a long passphrase\n")
    kiosk_cli("backup", "create", "-o", str(out), "--include-key", "--passphrase-file", str(secret), check=True)
    kiosk_cli("backup", "restore", str(out), "--passphrase-file", str(secret), check=True)
