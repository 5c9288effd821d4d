"""The journey: issue on a kiosk, sync, open the QR's URL, revoke, forge (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from urllib.parse import quote

import httpx
import pytest

from kiosk.core.credentials import payload, verify
from kiosk.core.storage import repo
from kiosk.core.sync.client import last_synced, sync_with_registry
from kiosk.registry import service, store


def page_path(issued) -> str:
    """The path of the QR's URL (its host is the organisation's; here the test server)."""
    url = payload.certificate_url(payload.from_base32(issued.payload), "https://verify.example.org")
    return url[url.index("/C/") :]


def visible(html: str) -> str:
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", html))


def verdict(html: str) -> str:
    found = re.search(r'class="verdict (\w+)"', html)
    assert found, html[:500]
    return found.group(1).upper()


def test_issue_sync_verify_revoke_and_forge(live_registry, approved, award):
    issued = award("Amina Okafor")
    client = httpx.Client(base_url=live_registry.url, timeout=10)

    before = client.get(page_path(issued))
    assert before.status_code == 200 and verdict(before.text) == "VALID"
    assert "Not yet: the issuing kiosk has not sent it" in before.text
    assert "has not synced since it issued this certificate" in before.text  # never a bare "not revoked"

    report = sync_with_registry(live_registry.url, timeout=10)
    assert (report.sent_credentials, report.batches) == (1, 1)
    assert last_synced() == report.synced_at.replace(microsecond=0)

    page = client.get(page_path(issued))
    assert page.status_code == 200 and verdict(page.text) == "VALID"
    for text in ("✔ VALID", "Amina Okafor", "Digital basics", "4 March 2025", "Riverside Trust", "Library PC 2",
                 "Yes: received", issued.short_code, '<html lang="en">', "Language: English",
                 "Not revoked as of the issuing kiosk's last sync on"):
        assert text in visible(page.text) or text in page.text
    assert "<script" not in page.text.lower() and len(page.content) < 30_000

    by_code = client.get("/code", params={"c": issued.short_code.lower().replace("-", " ")})
    assert by_code.status_code == 200 and verdict(by_code.text) == "VALID" and "Amina Okafor" in by_code.text
    assert client.get("/code", params={"c": "2222-2222-2222"}).status_code == 404

    again = sync_with_registry(live_registry.url, timeout=10)  # idempotent: nothing left to send ...
    assert (again.sent_credentials, again.batches) == (0, 1)  # ... but one empty batch keeps "as of" current
    assert store.count_received() == 1

    service.revoke_credential(issued.id, "issued by mistake")
    revoked = client.get(page_path(issued))
    assert verdict(revoked.text) == "REVOKED" and "⚠ REVOKED" in visible(revoked.text)
    assert "Withdrawn on" in visible(revoked.text)
    assert "issued by mistake" not in revoked.text  # the reason stays in the registry

    # The kiosk learns the revocation on its next sync and refuses the certificate offline.
    assert verify.verify_text(page_path(issued)).ok
    sync_with_registry(live_registry.url, timeout=10)
    offline = verify.verify_text(page_path(issued))
    assert offline.revoked and not offline.ok

    path = page_path(issued)
    forged_char = "1" if path[-20] != "1" else "2"  # one digit of the payload changed
    forged = client.get(path[:-20] + forged_char + path[-19:])
    assert forged.status_code in (200, 400) and "✖ INVALID" in visible(forged.text)


def test_unknown_kiosk_is_invalid(registry, award):
    issued = award()
    result = service.check_text(issued.payload)
    assert result.status == "INVALID" and result.verdict.finding.value == "unknown-key"
    from kiosk.registry.pages import verification_page

    page = verification_page(result)
    assert "not signed by a kiosk this organisation has approved" in page
    # An unconfirmed certificate's claims are not shown as facts: no bold rows, no organisation.
    assert '<dl class="claims">' in page and "Organisation" not in page and "Riverside" not in page


def test_revoked_key_keeps_certificates_recorded_before(live_registry, approved, award, kiosk_key):
    first = award("Amina Okafor")
    sync_with_registry(live_registry.url, timeout=10)
    second = award("Bola Adeyemi")  # issued but never synced before the key is withdrawn
    service.revoke_kiosk(kiosk_key.key_id)
    assert service.check_text(first.payload).status == "VALID"
    late = service.check_text(second.payload)
    assert late.status == "INVALID" and late.verdict.finding.value == "withdrawn-key"
    with pytest.raises(Exception, match="revoked"):
        sync_with_registry(live_registry.url, timeout=10)
    assert store.find_received(second.id) is None
    # A sync after re-approval would record it now, after the revocation time: still INVALID.


def test_sync_resumes_after_a_failure(live_registry, approved, award):
    from kiosk.core.errors import KnownError

    issued = [award(name) for name in ("Amina Okafor", "Bola Adeyemi", "Chen Wei")]
    live_registry.app.limiter.limit = 3  # the trust list and two batches pass; the third batch gets 429
    with pytest.raises(KnownError, match="429"):
        sync_with_registry(live_registry.url, batch_size=1, timeout=10)
    acked = repo.acknowledged_ids(live_registry.url, "credential")
    assert len(acked) == 2 and store.count_received() == 2
    assert repo.get_setting("last_sync_at") is None
    live_registry.app.limiter.limit = 0
    store.forget_full_budgets(before=float("inf"))
    report = sync_with_registry(live_registry.url, batch_size=1, timeout=10)
    assert report.sent_credentials == 1
    assert {store.find_received(c.id).id for c in issued} == {c.id for c in issued}


def test_junk_urls_get_clean_pages(live_registry):
    client = httpx.Client(base_url=live_registry.url, timeout=10)
    for path, status in [
        ("/C/", 400), ("/C/!!!", 400), ("/C/" + "A" * 5000, 400), ("/C/AAAA/BBBB", 400), ("/C/%00%ff", 400),
        ("/C/" + quote("<script>alert(1)</script>"), 400), ("/nothing", 404), ("/C/AEBAGBAF", 400),
        ("/code?c=" + "x" * 10000, 404), ("/code", 404),
    ]:
        response = client.get(path)
        assert response.status_code == status, path
        assert response.headers["content-type"].startswith("text/html")
        assert '<html lang="en">' in response.text and "<script>" not in response.text
    assert client.post("/C/AAAA").status_code == 405
    assert client.get("/").status_code == 200 and 'action="/code"' in client.get("/").text


def test_a_received_certificate_is_not_checked_again_a_new_one_is(live_registry, approved, award, monkeypatch):
    from kiosk.core.credentials import judge, ob3

    synced = award("Amina Okafor")
    sync_with_registry(live_registry.url, timeout=10)
    unsynced = award("Bola Adeyemi")
    judge.signature_ok.cache_clear()
    checked = []
    real = ob3.signature_is_valid
    monkeypatch.setattr(ob3, "signature_is_valid", lambda fields, raw: checked.append(fields.credential_id) or real(fields, raw))
    assert service.check_text(synced.payload).status == "VALID" and checked == []  # checked when it was received
    assert service.check_text(unsynced.payload).status == "VALID" and checked == [unsynced.id]
