"""A withdrawn kiosk key (security review, item 1): its certificates are judged by what the
organisation received before the withdrawal, never by the date they carry, on the registry's
page and offline on every kiosk alike.

Before, offline verification refused a revoked key only for certificates dated on or after the
revocation, and the signer chooses the date: back-dated forgeries showed VALID on other kiosks,
while a genuine certificate of the same day, already received by the registry, was refused.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kiosk.core.credentials import payload, verify
from kiosk.core.sync import envelope as env
from kiosk.core.trust import store as trust_store
from kiosk.registry import batches, service
from tests.trust_helpers import another_kiosk_key, certificate

WITHDRAWN_AT = datetime(2026, 11, 30, 12, 0)


@pytest.fixture
def stolen_kiosk(registry, kiosk_enrolled, org_key):
    """Kiosk A: approved, one certificate received this morning, its key withdrawn at noon."""
    key = another_kiosk_key()
    service.approve_kiosk(key.public_key, name="Kiosk A")
    received = certificate(key, learner="Bola Adeyemi", issued_on=date(2026, 11, 30))
    batch = env.make_envelope(
        key_id=key.key_id, private_key=key.private_key, payloads=[payload.to_base32(received)], revocations=[],
        sent_at=WITHDRAWN_AT - timedelta(hours=3),
    )
    batches.take_batch(batch, via="bundle", now=WITHDRAWN_AT - timedelta(hours=3))
    service.revoke_kiosk(key.key_id, now=WITHDRAWN_AT)
    # This kiosk (C) takes the organisation's signed trust list, as a sync would.
    trust_store.apply_trust_list(service.build_trust_list(org_key, now=WITHDRAWN_AT + timedelta(hours=1)))
    return key, received


@pytest.mark.parametrize("days_before", [1, 365])
def test_a_back_dated_certificate_of_a_withdrawn_key_is_invalid_offline_and_online(stolen_kiosk, days_before):
    key, _received = stolen_kiosk
    forged = certificate(key, learner="Mallory", issued_on=WITHDRAWN_AT.date() - timedelta(days=days_before))
    offline = verify.verify_payload(forged, now=WITHDRAWN_AT + timedelta(days=1))
    online = service.check_payload(forged, now=WITHDRAWN_AT + timedelta(days=1))
    assert offline.status.value == online.status == "INVALID"
    assert offline.finding is online.verdict.finding
    assert offline.finding.value == "withdrawn-key"
    assert "withdrawn kiosk key" in verify.reason(offline)


def test_a_certificate_received_before_the_withdrawal_stays_valid_even_from_the_same_day(stolen_kiosk):
    _key, received = stolen_kiosk
    offline = verify.verify_payload(received, now=WITHDRAWN_AT + timedelta(days=1))
    online = service.check_payload(received, now=WITHDRAWN_AT + timedelta(days=1))
    assert offline.ok and online.status == "VALID"


def test_the_same_id_signed_again_with_the_stolen_key_is_not_the_received_certificate(stolen_kiosk):
    key, received = stolen_kiosk
    fields = payload.decode(received)
    from dataclasses import replace

    from kiosk.core.credentials import ob3

    changed = replace(fields, learner_name="Mallory", signature=b"")
    again = payload.encode(payload.with_signature(changed, ob3.sign_fields(changed, key.private_key, key.public_raw)))
    assert payload.decode(again).credential_id == fields.credential_id
    assert not verify.verify_payload(again).ok
    assert service.check_payload(again).status == "INVALID"


def test_a_certificate_dated_far_ahead_is_refused(registry, kiosk_enrolled, org_key):
    key = another_kiosk_key()
    service.approve_kiosk(key.public_key, name="Kiosk B")
    trust_store.apply_trust_list(service.build_trust_list(org_key))
    today = datetime(2026, 11, 30, 9, 0)
    tomorrow = certificate(key, issued_on=today.date() + timedelta(days=1))
    assert verify.verify_payload(tomorrow, now=today).ok  # a clock a day apart is tolerated
    for far in (today.date() + timedelta(days=2), date(2199, 1, 1)):
        forged = certificate(key, issued_on=far)
        checked = verify.verify_payload(forged, now=today)
        assert not checked.ok and checked.finding.value == "future-date"
        assert service.check_payload(forged, now=today).verdict.finding.value == "future-date"
