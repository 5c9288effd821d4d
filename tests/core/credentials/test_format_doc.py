"""The worked example in docs/certificate-format.md is right."""

from __future__ import annotations

import json
import re

from kiosk.core.credentials import dataintegrity, keys, ob3, payload
from kiosk.core.credentials.shortcode import short_code_for

from .conftest import REPO_ROOT


def test_worked_example_verifies_with_the_test_vector_key(anchors):
    doc = (REPO_ROOT / "docs" / "certificate-format.md").read_text()
    url = re.search(r"^(HTTPS://VERIFY\.EXAMPLE\.ORG/C/[0-9]+)$", doc, re.M).group(1)
    earlier = re.search(r"^(HTTPS://VERIFY\.EXAMPLE\.ORG/C/A[A-Z2-7]+)$", doc, re.M).group(1)
    proof_value = re.search(r"proof value is\s+`(z[1-9A-HJ-NP-Za-km-z]+)`", doc).group(1)
    public_key = json.loads((anchors / "eddsa-jcs-2022" / "keyPair.json").read_text())["publicKeyMultibase"]
    public_raw = keys.public_raw_from_multibase(public_key)

    raw = payload.payload_from_text(url)
    assert payload.payload_from_text(earlier) == raw  # certificates printed in base32 still read
    assert payload.certificate_url(raw, "https://verify.example.org") == url
    fields = payload.decode(raw)
    assert (fields.learner_name, fields.title, fields.score, str(fields.issued_on)) == (
        "Amina Okafor", "Digital basics", 85, "2025-03-04")
    assert fields.key_id == keys.key_id_for(public_raw) == "HORIZPO3"
    assert fields.credential_code == payload.credential_code_for("kiosk.sample.digital-basics/digital-basics")
    assert ob3.signature_is_valid(fields, public_raw)
    assert dataintegrity.encode_proof_value(fields.signature) == proof_value
    assert short_code_for(fields.credential_id) in doc


def full_credential_example() -> tuple[str, dict]:
    """The badge text and the full credential shown in docs/certificate-format.md."""
    doc = (REPO_ROOT / "docs" / "certificate-format.md").read_text()
    section = doc[doc.index("## The full credential: two proofs, one document"):]
    blocks = re.findall(r"```json\n(.*?)\n```", section, re.S)
    return blocks[0], json.loads(blocks[1])


def test_the_full_credential_example_has_both_proofs_and_they_verify(anchors):
    doc = (REPO_ROOT / "docs" / "certificate-format.md").read_text()
    url = re.search(r"^(HTTPS://VERIFY\.EXAMPLE\.ORG/C/[0-9]+)$", doc, re.M).group(1)
    public_raw = keys.public_raw_from_multibase(
        json.loads((anchors / "eddsa-jcs-2022" / "keyPair.json").read_text())["publicKeyMultibase"])
    fields = payload.decode(payload.payload_from_text(url))
    badge_text, shown = full_credential_example()
    badge = ob3.parse_badge(badge_text)
    assert badge.as_text() == badge_text
    assert ob3.badge_proofs_valid(fields, badge, public_raw) == {"eddsa-jcs-2022": True, "eddsa-rdfc-2022": True}
    assert ob3.full_signed_credential(fields, public_raw, badge) == shown
    assert [p["cryptosuite"] for p in shown["proof"]] == ["eddsa-jcs-2022", "eddsa-rdfc-2022"]
    assert ob3.verify_signed_credential(shown, public_raw)
