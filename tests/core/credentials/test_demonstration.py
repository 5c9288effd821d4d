"""Demonstration credentials say so wherever a person sees them (security review, item 5).

The sample publisher key is public, so anyone can sign a ``kiosk.sample.*`` pack. A
``kiosk.sample.money-basics`` 9.9.9 renamed a credential "Licensed electrician"; after an award
and a sync the registry page showed VALID and nothing said it was a demonstration.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pypdfium2
import pytest

from kiosk.core.credentials import issuing, ob3, payload, pdf, verify
from kiosk.core.credentials.definitions import find_definition
from kiosk.core.learners.profiles import create_learner
from kiosk.core.packs.build import build_pack
from kiosk.core.packs.library import import_pack

REPO_ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def electrician(set_up_kiosk, tmp_path):
    """A facilitator's award of 'Licensed electrician' from a pack anyone could sign with the sample key."""
    source = tmp_path / "money"
    shutil.copytree(REPO_ROOT / "content_packs" / "money-basics", source)
    toml = source / "pack.toml"
    text = toml.read_text(encoding="utf-8").replace('version = "1.0.0"', 'version = "9.9.9"')
    toml.write_text(text.replace('title = "Cash book keeper"', 'title = "Licensed electrician"'), encoding="utf-8")
    build_pack(source, tmp_path / "money.kpack")
    import_pack(tmp_path / "money.kpack")
    learner = create_learner("Mallory")
    definition = find_definition("kiosk.sample.money-basics/cash-book-keeper")
    return issuing.award_credential(learner_id=learner.id, definition=definition, method="facilitator")


def test_the_certificate_carries_a_signed_demonstration_flag(electrician):
    fields = issuing.certificate_fields(electrician)
    assert fields.title == "Licensed electrician" and fields.demonstration
    raw = payload.from_base32(electrician.payload)
    checked = verify.verify_payload(raw)
    assert checked.ok and checked.demonstration
    assert verify.verdict_word(checked) == "VALID (DEMONSTRATION, not a qualification)"
    # The flag is signed: clearing it (or setting it on a real one) breaks the signature.
    cleared = bytes([raw[0] & 0x7F]) + raw[1:]
    assert not payload.decode(cleared).demonstration
    assert verify.verify_payload(cleared).finding.value == "bad-signature"
    exported = issuing.export_ob3(electrician)
    assert exported["name"].startswith("DEMONSTRATION (not a qualification)")
    assert "not a qualification" in exported["credentialSubject"]["achievement"]["description"]


def test_the_pdf_says_demonstration(electrician):
    document = pypdfium2.PdfDocument(pdf.certificate_pdf(electrician))
    text = document[0].get_textpage().get_text_range()
    assert "DEMONSTRATION: not a qualification" in text
    assert "Licensed electrician" in text


def test_a_credential_from_a_publishers_own_key_is_not_a_demonstration(credential_pack, learner):
    issued = issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="mastery")
    assert not issuing.certificate_fields(issued).demonstration
    real = issuing.certificate_fields(issued)
    flagged = replace(real, demonstration=True)
    assert ob3.build_credential(flagged, b"\0" * 32) != ob3.build_credential(real, b"\0" * 32)
    document = pypdfium2.PdfDocument(pdf.certificate_pdf(issued))
    assert "DEMONSTRATION" not in document[0].get_textpage().get_text_range()


def test_a_revoked_certificate_prints_only_with_a_revoked_mark(credential_pack, learner):
    issued = issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="mastery")
    revoked = issuing.revoke(issued.id, "copied answers")
    text = pypdfium2.PdfDocument(pdf.certificate_pdf(revoked))[0].get_textpage().get_text_range()
    assert "REVOKED on" in text and "no longer valid" in text
    assert "copied answers" not in text
