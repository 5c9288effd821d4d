"""Trust review of issue 15 on the registry side: what the employer's page claims, what reaches
the registry, and what the registry's trust lists can still tell its kiosks.

Issue 15 asked that the page say what it knows and since when ("not revoked as of this kiosk's
last sync on DATE"); the page dates that from when the registry *received* the issuing kiosk's
latest batch, and two tests show batches that do not carry the kiosk's revocations as of then.
The others: a revocation that never leaves a kiosk after a key rotation, an approval that lifts
another key's withdrawal, and two ways a withdrawal stops reaching kiosks.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from html import unescape

import pytest

from kiosk.core.clock import utcnow
from kiosk.core.credentials import issuing, keys, payload
from kiosk.core.errors import KnownError
from kiosk.core.sync import client
from kiosk.registry import batches, service
from kiosk.registry.pages import verification_page
from tests.trust_helpers import another_kiosk_key, certificate


def freshness_line(raw: bytes) -> str:
    """The page's verdict and its "as of" line, as an employer reads them."""
    html = unescape(verification_page(service.check_payload(raw)))
    verdict = re.search(r"<strong>.*?</span> (\w+)</strong>", html).group(1)
    fresh = re.search(r'<p class="fresh">(.*?)</p>', html)
    return f"{verdict}: {fresh.group(1) if fresh else ''}"


def test_a_sync_cut_off_between_batches_does_not_make_the_page_vouch_for_a_revoked_certificate(
    live_registry, approved, award, monkeypatch
):
    """``push`` sends credentials before revocations, and the registry dates "not revoked as of the
    issuing kiosk's last sync" from the last batch it received.

    Scenario: a kiosk offline for weeks issues a certificate and the facilitator revokes it (answers
    copied). At the next sync the certificate goes in the first batch and its revocation in a
    later one (here ``batch_size=1``; with the default 100, any kiosk with 100 or more unsent
    certificates), and the connection drops in between, as it does on a kiosk's mobile link.
    The page then says VALID, "Not revoked as of the issuing kiosk's last sync on <today>",
    though the kiosk had revoked it before that sync began; it stays so until the next sync.

    Expected: the page never says "not revoked as of" a time at which the kiosk had already
    revoked it: send revocations first (or with their credentials), or date the page's "as of"
    only from a sync that finished.
    """
    issued = award("Amina Okafor")
    issuing.revoke(issued.id, "answers were copied")
    real_request = client._request
    posts = []

    def flaky(url, *, timeout, data=None):
        if data is not None:
            posts.append(url)
            if len(posts) == 2:
                raise KnownError(f"Cannot reach the registry at {url} (connection reset).")
        return real_request(url, timeout=timeout, data=data)

    monkeypatch.setattr(client, "_request", flaky)
    with pytest.raises(KnownError):
        client.sync_with_registry(live_registry.url, batch_size=1, timeout=10)

    shown = freshness_line(payload.from_base32(issued.payload))
    assert "Not revoked as of" not in shown, shown


def test_an_old_usb_bundle_does_not_date_the_page_from_the_day_it_was_imported(approved, award, tmp_path):
    """A USB bundle (``kiosk sync export``) may be weeks old when the organisation imports it
    (``kiosk registry import-bundle``). The registry records the batch with ``received_at`` = the
    import time, and the page then says "Not revoked as of the issuing kiosk's last sync on
    <import day>", although the bundle says nothing of what the kiosk did after it was written.

    Scenario: the bundle is exported on 1 March; the facilitator revokes the certificate on 5
    March; the bundle reaches the registry on 30 March. The page says VALID, "not revoked as of
    ... 30 March".

    Expected: "as of" is the time the kiosk wrote the batch (its signed ``sent_at``, 1 March): record
    the batch's ``sent_at`` and date the page from the latest one.
    """
    import json

    issued = award("Amina Okafor")
    exported_at = datetime(2026, 3, 1, 9, 0)
    path = tmp_path / "bundle.json"
    client.export_bundle(path, now=exported_at)
    issuing.revoke(issued.id, "answers were copied", now=datetime(2026, 3, 5, 9, 0))
    imported_at = datetime(2026, 3, 30, 9, 0)
    batches.take_batch(json.loads(path.read_text()), via="bundle", now=imported_at)

    shown = freshness_line(payload.from_base32(issued.payload))
    assert shown.startswith("VALID") and "30 March 2026" not in shown, shown


def test_approving_a_key_whose_id_is_taken_does_not_lift_another_keys_withdrawal(registry, monkeypatch):
    """Key ids are 40 bits (base32 of 5 bytes of SHA-256); a key id for a chosen target takes about
    2**40 key generations, a few hours on a GPU. ``approve_kiosk`` looks the row up by key id only
    and, when one exists, updates its name and sets ``revoked_at = NULL`` without comparing the
    public key.

    Attack: the thief of a withdrawn kiosk key grinds a fresh key with the same key id and asks
    the organisation to approve it as "our new kiosk". The registry keeps the *stolen* public key,
    lifts its withdrawal, and every certificate the thief signs with it, dated whenever, is VALID
    on the page and (through the next trust list) on every kiosk. (The collision is simulated
    here by giving the thief's key the stolen key's id.)

    Expected: approving a key whose id is held by a different public key is refused with one line,
    and a withdrawn key stays withdrawn.
    """
    stolen = another_kiosk_key()
    service.approve_kiosk(stolen.public_key, name="Kiosk A")
    service.revoke_kiosk(stolen.key_id)
    thief = another_kiosk_key()
    real_key_id_for = keys.key_id_for
    monkeypatch.setattr(
        keys, "key_id_for", lambda raw: stolen.key_id if raw == thief.public_raw else real_key_id_for(raw)
    )
    try:
        service.approve_kiosk(thief.public_key, name="Our new kiosk")
    except (KnownError, ValueError):
        pass  # refusing is the answer wanted
    monkeypatch.undo()

    forged = certificate(stolen, learner="Mallory", issued_on=utcnow().date() - timedelta(days=400))
    assert service.check_payload(forged).status == "INVALID"
    assert service.store.find_kiosk(stolen.key_id).revoked_at is not None


@pytest.mark.parametrize("name", ["Library PC\x7f2", "Library\x9bPC 2"])
def test_one_kiosks_name_cannot_stop_every_kiosk_from_taking_the_trust_list(registry, kiosk_enrolled, org_key, name):
    """The registry keeps a kiosk's name after only folding whitespace (DEL and the C1 controls
    stay), but a kiosk refuses a whole trust list in which any name holds such a character
    (``documents._text``). One ``approve-kiosk --name`` pasted with such a character, or
    copied from a terminal, makes every kiosk of the organisation refuse every later list: it
    can no longer sync, and no withdrawal of a stolen key or revocation reaches it, so a
    forgery with a key withdrawn afterwards stays VALID offline everywhere.

    Expected: the registry refuses (or cleans) the name when the kiosk is approved, so the lists
    it signs are always ones its kiosks take.
    """
    from kiosk.core.credentials import verify
    from kiosk.core.trust import store as trust_store

    stolen = another_kiosk_key()
    service.approve_kiosk(stolen.public_key, name="Kiosk A")
    trust_store.apply_trust_list(service.build_trust_list(org_key))
    try:
        service.approve_kiosk(another_kiosk_key().public_key, name=name)
    except KnownError:
        pass  # refusing the name is the answer wanted
    service.revoke_kiosk(stolen.key_id)

    trust_store.apply_trust_list(service.build_trust_list(org_key))
    assert not verify.verify_payload(certificate(stolen, learner="Mallory")).ok


def test_a_registry_restored_from_its_backup_can_still_withdraw_a_key_on_every_kiosk(
    registry, kiosk_enrolled, org_key, tmp_path
):
    """A kiosk orders trust lists only by ``sequence``, and the registry keeps that number in the
    same database as everything else. When the registry's database is restored from a backup
    (a disk failure, a PostgreSQL point-in-time recovery), the number goes back: the next changes
    are signed under numbers the kiosks already hold with other content ("differs ... under the
    same number") or lower ones ("older"), and every kiosk refuses them. Nothing tells the
    organisation; its next withdrawal of a stolen key reaches no kiosk until the number has
    climbed past theirs, so forgeries with that key stay VALID offline.

    Expected: a withdrawal made after the restore reaches the kiosk: the sequence must never
    repeat or go back (e.g. never below the issue time in seconds, or a high-water mark kept
    outside the database), or the registry refuses to sign until it is past the highest number
    it ever signed.
    """
    import sqlite3

    from kiosk.core.credentials import verify
    from kiosk.core.trust import store as trust_store
    from kiosk.core.trust.documents import TrustRefused
    from kiosk.registry.db import close_registry_db, open_registry_db

    if not registry.startswith("sqlite:///"):
        pytest.skip("the restore is simulated with SQLite files")
    live = registry.removeprefix("sqlite:///")
    saved = tmp_path / "registry-nightly.db"

    def copy(source: str, target: str) -> None:
        with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
        src.close()
        dst.close()

    stolen = another_kiosk_key()
    service.approve_kiosk(stolen.public_key, name="Kiosk A")
    trust_store.apply_trust_list(service.build_trust_list(org_key))
    close_registry_db()
    copy(live, str(saved))  # the nightly backup
    open_registry_db(registry)
    service.approve_kiosk(another_kiosk_key().public_key, name="Kiosk B")
    trust_store.apply_trust_list(service.build_trust_list(org_key))  # the kiosk syncs in the afternoon

    close_registry_db()
    copy(str(saved), live)  # the disk fails; the registry is restored from last night's backup
    open_registry_db(registry)
    service.revoke_kiosk(stolen.key_id)  # Kiosk A is stolen the next day

    try:
        trust_store.apply_trust_list(service.build_trust_list(org_key))
    except TrustRefused:
        pass
    assert not verify.verify_payload(certificate(stolen, learner="Mallory")).ok


def test_revoking_a_certificate_issued_before_a_key_rotation_reaches_the_registry(live_registry, approved, award):
    """After ``kiosk key rotate`` (docs/security.md: then approve the new key and withdraw the old),
    the kiosk sends only items under its *current* key id (``client._own_items``), and the
    registry takes a revocation only for the sending key's own ids (``take_batch``). So a
    certificate issued before the rotation, once revoked on the kiosk, is never reported: every
    sync succeeds, ``waiting_to_send`` says nothing waits, and the employer's page and every
    other kiosk keep saying VALID, "not revoked", indefinitely.

    Scenario: a certificate issued and synced in March; the kiosk's key is rotated as the docs
    advise; in June the facilitator finds the answers were copied and revokes it on the kiosk,
    then syncs.

    Expected: the registry page says REVOKED after that sync (the kiosk sends revocations of its
    retired keys' certificates, signed by its current key, and the registry takes them from the
    kiosk that the rotation names), or the kiosk refuses the revocation and says how to make it
    at the registry.
    """
    from kiosk.core.credentials.keys import ensure_signing_key
    from kiosk.core.credentials.rotation import rotate_signing_key

    issued = award("Amina Okafor")
    client.sync_with_registry(live_registry.url, timeout=10)
    old_key_id, new = rotate_signing_key(admin_pin="123456")
    service.approve_kiosk(new.public_key, name="Library PC 2")
    service.revoke_kiosk(old_key_id)
    assert ensure_signing_key().key_id == new.key_id

    try:
        issuing.revoke(issued.id, "answers were copied")
    except KnownError:
        return  # refusing, and saying so, is an acceptable answer
    client.sync_with_registry(live_registry.url, timeout=10)

    assert service.check_payload(payload.from_base32(issued.payload)).status == "REVOKED"
