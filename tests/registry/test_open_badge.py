"""The page lets people keep and share a credential: the Open Badge before and after the kiosk's
badge arrives, LinkedIn, the skills, and the page in English, French and Arabic."""

from __future__ import annotations

import json
import re
from datetime import datetime
from html import unescape
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from kiosk.core.credentials import dataintegrity, issuing, keys, ob3, payload
from kiosk.core.storage import repo
from kiosk.core.sync import client as sync_client
from kiosk.core.sync.client import export_bundle, sync_with_registry
from kiosk.registry import batches, service, store

from .test_verification_service import page_path, verdict


def visible(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def links(html: str) -> dict[str, str]:
    """Link text -> href."""
    return {visible(text).strip(): unescape(href) for href, text in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', html)}


@pytest.fixture
def web(live_registry):
    with httpx.Client(base_url=live_registry.url, timeout=10) as client:
        yield client


def test_before_the_kiosk_syncs_the_download_is_the_qrs_credential(web, approved, award):
    issued = award("Amina Okafor")
    page = web.get(page_path(issued))
    assert verdict(page.text) == "VALID"
    found = links(page.text)
    download = found["Download Open Badge (.json)"]
    assert download == page_path(issued) + "/open-badge.json"
    answer = web.get(download)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/json")
    assert f'filename="kiosk-{issued.id}.json"' in answer.headers["content-disposition"]
    document = answer.json()
    fields = issuing.certificate_fields(issued)
    # Rebuilt from the QR alone: one proof, the QR's own signature.
    assert [p["cryptosuite"] for p in document["proof"]] == ["eddsa-jcs-2022"]
    assert dataintegrity.decode_proof_value(document["proof"][0]["proofValue"]) == fields.signature
    assert ob3.verify_signed_credential(document, keys.ensure_signing_key().public_raw)
    assert "Skills this credential certifies" not in page.text  # the QR does not carry them


def test_after_the_sync_the_download_is_the_full_credential_with_both_proofs(web, approved, award):
    import jsonschema

    from tests.core.credentials.conftest import ANCHORS as anchors

    issued = award("Amina Okafor")
    sync_with_registry(web.base_url.__str__(), timeout=10)
    page = web.get(page_path(issued))
    text = visible(page.text)
    assert "Skills this credential certifies Send an email Search the web" in text
    document = web.get(page_path(issued) + "/open-badge.json").json()
    assert [p["cryptosuite"] for p in document["proof"]] == ["eddsa-jcs-2022", "eddsa-rdfc-2022"]
    assert ob3.verify_signed_credential(document, keys.ensure_signing_key().public_raw)
    assert document == issuing.export_ob3(issued)  # the kiosk's export and the registry's download agree
    assert document["issuer"]["name"] == "Riverside Trust"
    schema = json.loads((anchors / "ob3" / "achievementcredential.json").read_text())
    jsonschema.Draft201909Validator(schema).validate(document)


def test_add_to_linkedin_carries_name_organisation_month_url_and_id(web, approved, award):
    issued = award("Amina Okafor", now=datetime(2025, 3, 4, 9))
    page = web.get(page_path(issued))
    url = links(page.text)["Add to LinkedIn profile"]
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.linkedin.com", "/profile/add")
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert query == {
        "startTask": "CERTIFICATION_NAME",
        "name": "Digital basics",
        "organizationName": "Riverside Trust",
        "issueYear": "2025",
        "issueMonth": "3",
        # The organisation's verify URL (not the test server's address), so the link lasts.
        "certUrl": "https://verify.example.org" + page_path(issued),
        "certId": issued.id,
    }


def test_nothing_to_keep_for_a_revoked_or_forged_certificate(web, approved, award, kiosk_pack):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    issued = award("Amina Okafor")
    sync_with_registry(web.base_url.__str__(), timeout=10)
    service.revoke_credential(issued.id)
    page = web.get(page_path(issued))
    assert verdict(page.text) == "REVOKED"
    assert "open-badge.json" not in page.text and "linkedin" not in page.text.lower()
    assert web.get(page_path(issued) + "/open-badge.json").status_code == 410

    fields = issuing.certificate_fields(issued)
    stranger = Ed25519PrivateKey.generate()
    forged = payload.with_signature(fields, ob3.sign_fields(fields, stranger, keys.public_raw_of(stranger)))
    forged_path = "/C/" + payload.to_digits(payload.encode(forged))
    page = web.get(forged_path)
    assert verdict(page.text) == "INVALID"
    assert "open-badge.json" not in page.text and "linkedin" not in page.text.lower()
    assert web.get(forged_path + "/open-badge.json").status_code == 410
    assert web.get("/C/123/open-badge.json").status_code == 410


def test_a_demonstration_can_be_downloaded_but_not_added_to_linkedin(web, approved, kiosk_pack, set_up_kiosk):
    from kiosk.core.learners.profiles import create_learner

    issued = issuing.award_credential(learner_id=create_learner("Amina Okafor").id, definition=kiosk_pack,
                                      method="mastery")
    key = keys.ensure_signing_key()
    fields = payload.CertificateFields(**{**issuing.certificate_fields(issued).__dict__, "demonstration": True})
    fields = payload.with_signature(fields, ob3.sign_fields(fields, key.private_key, key.public_raw))
    path = "/C/" + payload.to_digits(payload.encode(fields))
    page = web.get(path)
    assert verdict(page.text) == "VALID" and "DEMONSTRATION" in page.text and "not a qualification" in page.text
    found = links(page.text)
    assert "Download Open Badge (.json)" in found and "Add to LinkedIn profile" not in found
    assert web.get(path + "/open-badge.json").json()["name"].startswith("DEMONSTRATION")


def test_the_page_speaks_the_employers_language(web, approved, award):
    issued = award("Amina Okafor")
    sync_with_registry(web.base_url.__str__(), timeout=10)
    path = page_path(issued)
    pages = {
        "en": web.get(path, headers={"Accept-Language": "de-DE,de;q=0.9"}),  # no German: English
        "fr": web.get(path, headers={"Accept-Language": "fr-CA,fr;q=0.9,en;q=0.5"}),
        "ar": web.get(path, headers={"Accept-Language": "ar-EG"}),
    }
    assert '<html lang="en">' in pages["en"].text and "4 March 2025" in pages["en"].text
    fr = visible(pages["fr"].text)
    assert '<html lang="fr">' in pages["fr"].text and "✔ VALIDE" in fr and "4 mars 2025" in fr
    assert "Télécharger l'Open Badge (.json)" in fr and "Ajouter au profil LinkedIn" in fr
    ar = pages["ar"].text
    assert '<html lang="ar" dir="rtl">' in ar and "4 مارس 2025" in visible(ar) and "صالحة" in ar
    # The learner's name and the codes keep their own direction on a right-to-left page.
    assert "<bdi>Amina Okafor</bdi>" in ar and f'<span dir="ltr">{issued.id}</span>' in ar
    for response in pages.values():
        assert response.status_code == 200 and "<script" not in response.text.lower()
        assert len(response.content) < 30_000
    # The switch wins over Accept-Language and offers the other two languages.
    chosen = web.get(path, params={"lang": "fr"}, headers={"Accept-Language": "ar"})
    assert '<html lang="fr">' in chosen.text
    switch = links(chosen.text)
    assert switch["English"] == path + "?lang=en" and switch["العربية"] == path + "?lang=ar"
    # The downloaded badge is the same in every language.
    assert web.get(path + "/open-badge.json", params={"lang": "ar"}).json() == web.get(path + "/open-badge.json").json()


def test_an_invalid_certificate_says_what_it_said_in_every_language(web, approved, award):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    issued = award("Amina Okafor")
    fields = issuing.certificate_fields(issued)
    stranger = Ed25519PrivateKey.generate()
    forged = payload.with_signature(fields, ob3.sign_fields(fields, stranger, keys.public_raw_of(stranger)))
    for lang, claimed in (("en", "None of it is confirmed"), ("fr", "Rien n'en est confirmé"),
                          ("ar", "لا شيء منه مؤكَّد")):
        page = web.get("/C/" + payload.to_digits(payload.encode(forged)), params={"lang": lang})
        assert verdict(page.text) == "INVALID" and claimed in unescape(page.text)
        assert "Riverside" not in page.text and re.search(r"<strong>[^<]*Amina", page.text) is None


def test_a_badge_that_does_not_match_its_certificate_is_refused(registry, approved, award, kiosk_key):
    issued = award("Amina Okafor")
    data = json.loads(issued.badge)
    data["organisation"] = "Someone Else"  # facts changed after signing
    envelope = sync_client.build_envelope(kiosk_key, [issued], [])
    envelope["body"]["credentials"][0]["badge"] = json.dumps(data)
    from kiosk.core import signed

    envelope = signed.sign(envelope["format"], envelope["body"], kiosk_key.private_key)
    with pytest.raises(batches.Refused, match="Open Badge does not match"):
        batches.take_batch(envelope, via="bundle")
    assert store.find_received(issued.id) is None  # nothing stored


def test_an_rdfc_proof_that_does_not_verify_is_dropped_not_served(registry, approved, award, kiosk_key):
    issued = award("Amina Okafor")
    data = json.loads(issued.badge)
    data["proofs"]["eddsa-rdfc-2022"] = data["proofs"]["eddsa-jcs-2022"]
    envelope = sync_client.build_envelope(kiosk_key, [issued], [])
    envelope["body"]["credentials"][0]["badge"] = json.dumps(data)
    from kiosk.core import signed

    envelope = signed.sign(envelope["format"], envelope["body"], kiosk_key.private_key)
    batches.take_batch(envelope, via="bundle")  # taken: its jcs proof is good (rdfc is checked when shown)
    result = service.check_payload(payload.from_base32(issued.payload))
    assert set(result.badge.proofs) == {"eddsa-jcs-2022"}
    document = service.open_badge(result)
    assert [p["cryptosuite"] for p in document["proof"]] == ["eddsa-jcs-2022"]
    assert ob3.verify_signed_credential(document, kiosk_key.public_raw)


def test_the_usb_bundle_carries_the_badges(registry, approved, award, tmp_path):
    issued = award("Amina Okafor")
    export_bundle(tmp_path / "bundle.json")
    sent = json.loads((tmp_path / "bundle.json").read_text())
    assert sent["body"]["credentials"][0]["badge"] == issued.badge
    batches.take_batch(sent, via="bundle")
    assert store.find_badge(issued.id) == issued.badge


def test_credentials_synced_before_badges_are_sent_again_with_theirs(live_registry, approved, award):
    from kiosk.core.storage.db import db

    issued = award("Amina Okafor")
    db.execute_sql('UPDATE "issued_credential" SET "badge" = NULL')  # as issued by an older Kiosk
    base = sync_client.registry_base_url(live_registry.url)
    # The older Kiosk synced it without a badge: the registry holds the credential, no badge.
    old_envelope = sync_client.env.make_envelope(key_id=issued.id[:8], private_key=keys.ensure_signing_key().private_key,
                                                 payloads=[issued.payload], revocations=[], sent_at=datetime.utcnow())
    batches.take_batch(old_envelope, via="bundle")
    repo.record_acknowledgements(base, sync_client.CREDENTIAL, [issued.id], at=datetime.utcnow())
    assert store.find_received(issued.id) is not None and store.find_badge(issued.id) is None

    report = sync_with_registry(live_registry.url, timeout=10)
    assert report.sent_credentials == 1
    held = store.find_badge(issued.id)
    assert held is not None and held == issuing.get_issued(issued.id).badge
    assert sync_with_registry(live_registry.url, timeout=10).sent_credentials == 0  # once


def test_a_page_view_does_no_proof_work_and_the_download_checks_every_proof(registry, approved, award, kiosk_key,
                                                                          monkeypatch):
    """The rdfc proof costs milliseconds of JSON-LD work: a page view, which employers' phones make
    for every new certificate, shows the badge's facts under the jcs proof checked when the batch was
    taken; the download (rare) checks every proof it serves, once per process."""
    issued = award("Amina Okafor")
    batches.take_batch(sync_client.build_envelope(kiosk_key, [issued], []), via="bundle")
    checked = []
    real = ob3.badge_proofs_valid
    monkeypatch.setattr(ob3, "badge_proofs_valid", lambda *a, **k: checked.append(k) or real(*a, **k))
    service._good_badge_proofs.cache_clear()

    result = service.check_payload(payload.from_base32(issued.payload))
    assert checked == [] and [s.title for s in result.badge.facts.skills]  # the facts, no proof work
    document = service.open_badge(result)
    assert len(checked) == 1
    assert [p["cryptosuite"] for p in document["proof"]] == ["eddsa-jcs-2022", "eddsa-rdfc-2022"]
    service.open_badge(service.check_payload(payload.from_base32(issued.payload)))
    assert len(checked) == 1  # kept for the process


@pytest.mark.parametrize("title, organisation", [
    ("Digital basics", "Riverside Trust"),
    ("Café & co: 1/2 + 50% = ?", "École #3 — Saint-Louis"),
    ("الخياطة الأساسية", "مؤسسة النهر"),
    ("a", ""),
])
def test_the_linkedin_link_is_encoded_as_urllib_encodes_it(title, organisation):
    from datetime import date
    from urllib.parse import urlencode

    from kiosk.core.credentials import judge
    from kiosk.core.credentials.payload import CertificateFields
    from kiosk.registry.pages import LINKEDIN_ADD, linkedin_url

    fields = CertificateFields(key_id="L4UPI22I", serial="UKKQU7UI", issued_on=date(2025, 3, 4), method="mastery",
                               score=85, credential_code="CB8A38B9", title=title, learner_name="Amina Okafor")
    key = judge.KeyStanding(key_id="L4UPI22I", public_key="z6Mk", kiosk_name="Library PC 2", organisation=organisation)
    result = service.PageResult(verdict=judge.Verdict(judge.Status.VALID, judge.Finding.GENUINE, fields,
                                                      judge.Evidence(key=key)), organisation=organisation)
    for page_url in ("https://verify.example.org/C/12345678901234567890", "http://127.0.0.1:8400/C/AB C+é&x=1",
                     "no-slash"):
        expected = {"startTask": "CERTIFICATION_NAME", "name": title, "organizationName": organisation,
                    "issueYear": "2025", "issueMonth": "3", "certUrl": page_url, "certId": "L4UPI22I-UKKQU7UI"}
        for _ in range(2):  # the second time, from the remembered pieces
            assert linkedin_url(result, page_url=page_url) == LINKEDIN_ADD + "?" + urlencode(
                {k: v for k, v in expected.items() if v})
