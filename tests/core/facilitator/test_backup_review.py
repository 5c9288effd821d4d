"""Trust review of issue 15's authenticated backups: what a genuinely signed backup may still carry.

A backup is signed by the kiosk that made it, and another kiosk's backup needs the facilitator
PIN and that kiosk's key on the organisation's list. But "signed by a kiosk the organisation
approved" says who made the file, not that everything in its database is harmless: the restore
copies the backup's ``kiosk.db`` file whole (SQLite's backup API, schema and all) and keeps only
the PIN and the trust list. Each test below signs a backup either with this kiosk's own key (as
tests/core/facilitator/test_backup_attacks.py does for "own but edited") or with another kiosk
key the organisation approved, restored with the facilitator PIN typed in good faith (a
compromised or rogue kiosk of the same organisation).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest

from kiosk import paths
from kiosk.core.backup import make_backup, restore_backup
from kiosk.core.credentials import payload, verify
from kiosk.core.credentials.keys import ensure_signing_key
from kiosk.core.credentials.shortcode import short_code_for
from kiosk.core.learners.pins import hash_pin
from kiosk.core.learners.profiles import create_learner
from kiosk.core.setup import check_admin_pin
from kiosk.core.trust import store as trust_store
from kiosk.core.trust.documents import TrustRefused
from tests.core.facilitator.test_backup_attacks import body_of, signed_backup, with_database
from tests.trust_helpers import TestOrganisation, another_kiosk_key, certificate, written_for_this_account_only


@pytest.fixture
def own_backup(facilitated_pack, set_up_kiosk, tmp_path):
    create_learner("Amina")
    path = tmp_path / "kiosk.backup"
    make_backup(path)
    return path


@pytest.fixture(params=["own-key", "approved-kiosk"])
def backup_signer(request, enrolled):
    """Who signs the hostile backup: this kiosk's key, or kiosk B's key, approved on the organisation's list."""
    if request.param == "own-key":
        return ensure_signing_key()
    other = another_kiosk_key()
    trust_store.apply_trust_list(enrolled.trust_list(sequence=1, kiosks=[enrolled.kiosk(other.public_key, "Kiosk B")]))
    return other


def restore_quietly(path) -> None:
    """Restore ``path`` with the facilitator PIN; a refusal is a fine answer for these tests."""
    try:
        restore_backup(path, admin_pin="123456")
    except Exception:  # noqa: BLE001 - refusing the backup is what should happen
        pass


def test_triggers_in_a_backups_database_do_not_survive_the_restore(own_backup, enrolled, backup_signer, tmp_path):
    """A backup's database is copied page for page into the live one, triggers included.

    Attack: the backup's ``kiosk.db`` has two triggers on ``setting``. The first fires during
    the restore itself, on the INSERT by which ``_carry_over`` puts this kiosk's PIN back, and
    overwrites it with the attacker's PIN hash. The second does the same to the pinned
    organisation key whenever it is written (the restore writes it, and so does every later
    trust list): the kiosk ends up pinning the attacker's "organisation", takes the attacker's
    trust list, and a certificate forged with any key the attacker lists shows VALID. The
    triggers stay in the live database, so this survives later syncs, re-enrolment, a change of
    PIN and a key rotation. For an approved kiosk's backup, the facilitator typed the PIN
    believing they restore that kiosk's data.

    Expected: the restore keeps this kiosk's PIN and pinned key (docs/security.md: "A restore keeps
    this kiosk's facilitator PIN and the newer of the two trust lists"), and no trigger or view
    from a backup reaches the live database (refuse a backup whose schema is not Kiosk's own, or
    copy rows into a fresh schema rather than copying the file).
    """
    attacker_org = TestOrganisation("Riverside Trust")
    attacker_pin = hash_pin("000000")

    def overwrite(trigger: str, key: str, value: str) -> tuple[str, tuple]:
        return (
            f"""CREATE TRIGGER "{trigger}" AFTER INSERT ON "setting"
                WHEN NEW."key" = '{key}' AND NEW."value" != '{value}'
                BEGIN UPDATE "setting" SET "value" = '{value}' WHERE "key" = '{key}'; END""",
            (),
        )

    body = with_database(
        body_of(own_backup),
        tmp_path,
        [overwrite("t_pin", "admin_pin_hash", attacker_pin), overwrite("t_org", "org_public_key", attacker_org.public_key)],
    )
    hostile = tmp_path / "with-triggers.backup"
    hostile.write_bytes(signed_backup(body, backup_signer))

    restore_quietly(hostile)

    assert check_admin_pin("123456") and not check_admin_pin("000000")
    assert trust_store.pinned().public_key == enrolled.public_key
    mallory = another_kiosk_key()
    with pytest.raises(TrustRefused):
        trust_store.apply_trust_list(attacker_org.trust_list(sequence=7, kiosks=[attacker_org.kiosk(mallory.public_key)]))
    assert not verify.verify_payload(certificate(mallory)).ok
    with sqlite3.connect(paths.database_path()) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view')").fetchall() == []
    conn.close()


def test_a_backup_cannot_make_this_kiosk_trust_a_key_as_its_own_retired_key(own_backup, enrolled, backup_signer, tmp_path):
    """``retired_kiosk_keys`` is an ordinary setting, so it comes from the backup's database unchecked.

    ``evidence_for`` treats every key in that setting as this kiosk's own former key (``own=True``)
    and believes the ``issued_credential`` table for it: a certificate stored there with an issue
    time before the "retirement" is VALID. The organisation's list is never consulted for such a
    key (it is not on it at all).

    Attack: the backup names an attacker's key as retired in 2099 and holds a row for a
    certificate forged with it ("Licensed electrician" for Mallory). After the restore, ``kiosk
    verify`` on this kiosk answers VALID, "signed by a trusted kiosk key", naming this kiosk. It
    stays VALID after the organisation withdraws kiosk B, since the key is not B's.

    Expected: the forged certificate is INVALID (unknown key). A restore keeps this kiosk's own
    ``retired_kiosk_keys`` (like the PIN), or takes a retired key only when it is the key that
    signed the backup and that key is on the organisation's list.
    """
    mallory = another_kiosk_key()
    forged = certificate(mallory, learner="Mallory Forger", title="Licensed electrician")
    fields = payload.decode(forged)
    retired = [{"key_id": mallory.key_id, "public_key": mallory.public_key, "retired_at": "2099-01-01T00:00:00"}]
    body = with_database(
        body_of(own_backup),
        tmp_path,
        [
            ('INSERT OR REPLACE INTO "setting" ("key", "value") VALUES (?, ?)', ("retired_kiosk_keys", json.dumps(retired))),
            (
                'INSERT INTO "issued_credential" ("id", "learner_id", "credential_id", "title", "skills", "pack_id", '
                '"issued_at", "method", "score", "short_code", "payload") '
                'SELECT ?, MIN("id"), ?, ?, ?, ?, ?, ?, ?, ?, ? FROM "learner"',
                (fields.credential_id, "kiosk.test.digital/digital-basics", fields.title, "[]", "kiosk.test.digital",
                 "2026-01-01 00:00:00", "mastery", 90.0, short_code_for(fields.credential_id), payload.to_base32(forged)),
            ),
        ],
    )
    hostile = tmp_path / "retired-key.backup"
    hostile.write_bytes(signed_backup(body, backup_signer))

    restore_quietly(hostile)

    checked = verify.verify_payload(forged, now=datetime(2026, 12, 1))
    assert not checked.ok, f"a key named only by a backup verifies as this kiosk's own: {verify.reason(checked)}"


def test_a_backup_file_is_readable_only_by_the_kiosks_account(own_backup, tmp_path):
    """Issue 15 item 6 closed ``kiosk.db`` (0600) and the data folder (0700) to other local accounts,
    but ``make_backup`` writes the same database, learners' names, answers and PIN hashes included
    (the facilitator PIN's scrypt hash can be guessed offline: docs/security.md), with
    ``write_atomically``'s default mode 0644. ``kiosk backup create -o ~/kiosk.backup`` on a shared
    computer hands all of it to every other account.

    Expected: a backup (plain or encrypted) is written 0600, like the database it copies.
    """
    path = tmp_path / "to-share.backup"
    assert written_for_this_account_only(make_backup, path), oct(path.stat().st_mode)


def test_a_kiosk_with_no_organisation_key_takes_no_trust_from_its_backup(own_backup, tmp_path):
    """A kiosk with no pinned key "trusts only its own certificates" (docs/security.md). On restore,
    ``_carry_over`` rewrites the trust tables and the pinned key only when this kiosk has a pinned
    key; otherwise the backup's ``trusted_kiosk_key`` rows and ``org_public_key`` setting are
    taken as they are, with no signature behind them.

    Attack: a backup signed with this kiosk's key (its key file copied once, e.g. from a weakly
    encrypted backup or a disk image) whose database lists an attacker's kiosk key as trusted and
    pins the attacker's organisation key. After the restore a certificate forged with that key
    is VALID here, and the kiosk follows the attacker's trust lists; this outlives a rotation of
    the kiosk key.

    Expected: the kiosk is still not enrolled and the forgery is INVALID (unknown key).
    """
    attacker_org = TestOrganisation("Riverside Trust")
    mallory = another_kiosk_key()
    body = with_database(
        body_of(own_backup),
        tmp_path,
        [
            ('INSERT OR REPLACE INTO "setting" ("key", "value") VALUES (?, ?)', ("org_public_key", attacker_org.public_key)),
            ('INSERT OR REPLACE INTO "setting" ("key", "value") VALUES (?, ?)', ("org_name", "Riverside Trust")),
            (
                'INSERT INTO "trusted_kiosk_key" ("key_id", "public_key", "name", "added_at", "revoked_at") '
                "VALUES (?, ?, ?, ?, NULL)",
                (mallory.key_id, mallory.public_key, "Library PC 3", "2025-01-01 00:00:00"),
            ),
        ],
    )
    hostile = tmp_path / "trust-in-a-backup.backup"
    hostile.write_bytes(signed_backup(body, ensure_signing_key()))
    assert trust_store.pinned() is None

    restore_quietly(hostile)

    assert trust_store.pinned() is None
    assert not verify.verify_payload(certificate(mallory, learner="Mallory Forger")).ok
