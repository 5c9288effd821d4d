"""The employer's page says what it knows and since when (security review, items 5 and 7).

Before: a certificate revoked on its kiosk showed "VALID ... not revoked" until that kiosk
synced; a forged certificate's name and organisation appeared in bold like facts; the page
said "the kiosk has not sent this certificate yet" though the registry held that id for
another learner; revocation reasons were public; demonstration credentials looked real.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape

from kiosk.core.credentials import issuing, ob3, payload
from kiosk.core.sync import envelope as env
from kiosk.registry import batches, service
from kiosk.registry.pages import verification_page
from tests.trust_helpers import another_kiosk_key, certificate


def page_for(raw: bytes) -> str:
    return unescape(verification_page(service.check_payload(raw)))


def visible(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def send(key, *raws: bytes) -> None:
    batch = env.make_envelope(key_id=key.key_id, private_key=key.private_key,
                              payloads=[payload.to_base32(r) for r in raws], revocations=[],
                              sent_at=service.utcnow())
    batches.take_batch(batch, via="bundle")


def test_before_the_issuing_kiosk_syncs_valid_is_never_a_bare_not_revoked(approved, award):
    issued = award("Amina Okafor")
    issuing.revoke(issued.id, "answers were copied")  # on the kiosk, not yet synced
    html = page_for(payload.from_base32(issued.payload))
    assert "VALID" in html
    assert "has not synced since it issued this certificate" in html and "ask the organisation" in html
    assert "Not revoked as of" not in html


def test_an_unconfirmed_certificate_shows_its_claims_in_plain_weight_and_no_organisation(registry):
    stranger = another_kiosk_key()
    html = verification_page(service.check_payload(certificate(stranger, learner="Mallory Forger")))
    assert "INVALID" in html and "Mallory Forger" in html
    claims = re.search(r'<dl class="claims">(.*?)</dl>', html).group(1)
    assert "Mallory Forger" in claims and "(claimed)" in claims
    assert "Organisation" not in html and "Riverside" not in html
    assert re.search(r"<strong>[^<]*Mallory", html) is None


def test_another_certificate_under_a_held_id_is_invalid_and_shows_nothing_of_the_held_record(registry):
    kiosk = another_kiosk_key()
    service.approve_kiosk(kiosk.public_key, name="Kiosk A")
    held = certificate(kiosk, learner="Amina Okafor")
    send(kiosk, held)
    fields = payload.decode(held)
    other = replace(fields, learner_name="Mallory", signature=b"")
    forged = payload.encode(payload.with_signature(other, ob3.sign_fields(other, kiosk.private_key, kiosk.public_raw)))
    result = service.check_payload(forged)
    assert result.status == "INVALID" and result.verdict.finding.value == "conflicting-record"
    html = unescape(verification_page(result))
    assert "holds a different certificate under this certificate's id" in html
    assert "Amina" not in html and "received" not in visible(html).lower().replace("not received", "")
    assert service.check_payload(held).status == "VALID"


def test_revocation_reasons_stay_in_the_registry(approved, award):
    issued = award("Amina Okafor")
    service.revoke_credential(issued.id, "answers were copied from a neighbour")
    html = page_for(payload.from_base32(issued.payload))
    assert "REVOKED" in html and "Withdrawn on" in html
    assert "copied" not in html
    body = service.build_trust_list(service.load_org_key())["body"]
    assert body["revocations"] == [{"id": issued.id, "revoked_at": body["revocations"][0]["revoked_at"]}]


def test_a_demonstration_certificate_says_so_on_the_page(registry):
    kiosk = another_kiosk_key()
    service.approve_kiosk(kiosk.public_key, name="Kiosk A")
    html = page_for(certificate(kiosk, title="Licensed electrician", demonstration=True))
    assert "VALID" in html and "DEMONSTRATION" in html and "not a qualification" in html
    assert "DEMONSTRATION" not in page_for(certificate(kiosk, title="Licensed electrician"))


def test_a_batch_from_an_older_kiosk_does_not_date_not_revoked(registry):
    """A format-1 batch says nothing of the kiosk's revocations: the page says it cannot tell."""
    from kiosk.core import signed

    kiosk = another_kiosk_key()
    service.approve_kiosk(kiosk.public_key, name="Kiosk A")
    held = certificate(kiosk, learner="Amina Okafor")
    body = {"key_id": kiosk.key_id, "sent_at": env.format_time(service.utcnow()), "nonce": env.new_nonce(),
            "credentials": [{"payload": payload.to_base32(held)}], "revocations": []}
    batches.take_batch(signed.sign("kiosk-sync/1", body, kiosk.private_key), via="bundle")
    html = page_for(held)
    assert "VALID" in html and "cannot tell whether its kiosk withdrew it since" in html
    assert "Not revoked as of" not in html


def test_a_withdrawal_as_of_an_earlier_time_refuses_what_arrived_after(registry):
    """``revoke-kiosk --as-of``: forgeries the thief synced before the theft was noticed are refused too."""
    from datetime import datetime, timedelta

    kiosk = another_kiosk_key()
    service.approve_kiosk(kiosk.public_key, name="Kiosk A")
    before, after = certificate(kiosk, learner="Amina Okafor"), certificate(kiosk, learner="Mallory")
    stolen_at = datetime(2026, 11, 30, 8, 0)
    for raw, at in ((before, stolen_at - timedelta(days=2)), (after, stolen_at + timedelta(hours=3))):
        batch = env.make_envelope(key_id=kiosk.key_id, private_key=kiosk.private_key,
                                  payloads=[payload.to_base32(raw)], revocations=[], sent_at=at)
        batches.take_batch(batch, via="bundle", now=at)
    service.revoke_kiosk(kiosk.key_id, now=stolen_at)
    assert service.check_payload(before).status == "VALID"
    assert service.check_payload(after).verdict.finding.value == "withdrawn-key"


def test_a_page_writes_its_own_address_from_digits_only(registry):
    """The page puts its address (digits) and the credential id into its HTML unescaped, so
    nothing else may arrive there as 'digits'; hostile text is replaced by the payload's own."""
    kiosk = another_kiosk_key()
    service.approve_kiosk(kiosk.public_key, name="Kiosk A")
    raw = certificate(kiosk, learner='Amina <b>"Okafor"</b>')
    send(kiosk, raw)
    html = verification_page(service.check_payload(raw, digits='1"><script>alert(1)</script>'),
                             base_url="https://verify.example.org")
    assert "VALID" in html and "<script>" not in html and "<b>" not in html
    own = payload.PATH_MARK + payload.to_digits(raw)
    assert f'href="{own}/open-badge.json"' in html and f'href="{own}?lang=fr"' in html
    assert all(re.fullmatch(r"/C/\d+(/open-badge\.json|\?lang=\w\w)", link) or link.startswith(("/?", "https://"))
               for link in re.findall(r'href="([^"]*)"', html))
