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
