"""Rotating keys, as docs/security.md tells an organisation to: a kiosk key, then the organisation key."""

from __future__ import annotations

import pytest

from kiosk.core.credentials import payload, verify
from kiosk.core.credentials.keys import ensure_signing_key
from kiosk.core.credentials.rotation import rotate_signing_key
from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.sync.client import sync_with_registry
from kiosk.core.trust.store import pinned, status
from kiosk.registry import orgkey, service
from tests.trust_helpers import certificate


def test_a_kiosk_key_rotation_keeps_every_certificate_the_registry_received(live_registry, approved, award):
    first = award("Amina Okafor")
    with pytest.raises(InvalidInput, match="Wrong facilitator PIN"):
        rotate_signing_key(admin_pin="000000")
    with pytest.raises(KnownError, match="1 certificates and 0 revocations have not reached the registry"):
        rotate_signing_key(admin_pin="123456")
    sync_with_registry(live_registry.url, timeout=10)
    old = ensure_signing_key()
    old_key_id, new = rotate_signing_key(admin_pin="123456")
    assert old_key_id == old.key_id != new.key_id and ensure_signing_key().key_id == new.key_id

    # The organisation approves the new key and withdraws the old one.
    service.approve_kiosk(new.public_key, name="Library PC 2")
    service.revoke_kiosk(old_key_id)
    second = award("Bola Adeyemi")
    sync_with_registry(live_registry.url, timeout=10)

    for issued in (first, second):
        raw = payload.from_base32(issued.payload)
        assert verify.verify_payload(raw).ok, issued.id
        assert service.check_payload(raw).status == "VALID", issued.id
    # Whoever copied the old key cannot make a certificate that passes, whatever its date.
    forged = certificate(old, learner="Mallory", issued_on=first.issued_at.date())
    assert verify.verify_payload(forged).finding.value == "withdrawn-key"
    assert service.check_payload(forged).verdict.finding.value == "withdrawn-key"


def test_an_organisation_key_rotation_is_followed_by_enrolled_kiosks(live_registry, approved, award, kiosk_home):
    before = pinned()
    sync_with_registry(live_registry.url, timeout=10)
    service.rotate_org_key(old_key_file=orgkey.key_path(), new_key_file=kiosk_home / "organisation-key-2.pem")
    # The registry now signs with the new key (a restart with --org-key in real life).
    live_registry.app.state.org_key = service.load_org_key(kiosk_home / "organisation-key-2.pem")
    live_registry.app.state.trust_copies = service.TrustListCopies(live_registry.app.state.org_key)
    issued = award("Amina Okafor")
    report = sync_with_registry(live_registry.url, timeout=10)  # its receipts are signed by the new key
    assert report.sent_credentials == 1 and report.trust_changed
    after = pinned()
    assert after.public_key != before.public_key and after.public_key == service.require_organisation().public_key
    assert status().sequence == service.store.trust_sequence()
    assert verify.verify_payload(payload.from_base32(issued.payload)).ok
    # The old key file no longer speaks for the registry.
    with pytest.raises(KnownError, match="not this registry's organisation key"):
        service.load_org_key(orgkey.key_path())
