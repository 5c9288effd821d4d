"""Trust review of issue 15 on the kiosk side: the pinned key's rollback floor, and files it writes."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.core.credentials import verify
from kiosk.core.trust import store as trust_store
from kiosk.core.trust.documents import TrustRefused
from tests.trust_helpers import another_kiosk_key, certificate, written_for_this_account_only


def test_pinning_the_same_organisation_key_again_does_not_reopen_rollback(enrolled):
    """``change_pinned_key`` clears the whole trust store, sequence number included, even when the
    key is the one already pinned (re-running ``kiosk trust pin --enrol FILE`` with the
    organisation's usual enrolment file, or confirming the Organisation tab).

    Attack: the kiosk holds trust list 2, in which the stolen "Lost laptop" key is withdrawn.
    After the facilitator re-pins the same key, anyone who kept an older genuine list (number 1,
    the laptop still approved; from any earlier USB trust-list file, or replayed by a fake
    registry on the next sync) gets it taken: the withdrawal is lifted and a certificate forged
    with the stolen key, dated whenever, shows VALID.

    Expected: re-pinning the key already pinned changes nothing (keeps the list and its number);
    more generally a kiosk never takes a list of a key older than the newest it has seen of it.
    """
    laptop = another_kiosk_key()
    trust_store.apply_trust_list(enrolled.trust_list(sequence=1, kiosks=[enrolled.kiosk(laptop.public_key, "Lost laptop")]))
    withdrawn = enrolled.kiosk(laptop.public_key, "Lost laptop", withdrawn_at=datetime(2026, 6, 1))
    trust_store.apply_trust_list(enrolled.trust_list(sequence=2, kiosks=[withdrawn], issued_at=datetime(2026, 12, 1)))
    forged = certificate(laptop, learner="Mallory")
    assert not verify.verify_payload(forged).ok

    trust_store.change_pinned_key(enrolled.public_key, enrolled.name, admin_pin="123456")

    old = enrolled.trust_list(sequence=1, kiosks=[enrolled.kiosk(laptop.public_key, "Lost laptop")])
    with pytest.raises(TrustRefused):
        trust_store.apply_trust_list(old)
    assert not verify.verify_payload(forged).ok


def test_a_sync_bundle_file_is_readable_only_by_the_kiosks_account(enrolled, tmp_path):
    """``kiosk sync export -o FILE`` writes every learner's name and credential and every
    revocation *with its reason* (issue 15: "revocation reasons stay in the registry") with
    ``Path.write_text``, so with the usual umask the file is 0644 and readable by every account
    on a shared computer, although the data folder it comes from is 0700 and ``kiosk.db`` 0600.

    Expected: the bundle is written 0600.
    """
    from kiosk.core.sync.client import export_bundle

    path = tmp_path / "bundle.json"
    assert written_for_this_account_only(export_bundle, path), oct(path.stat().st_mode)


def test_the_first_line_for_several_demonstration_codes_says_demonstration(set_up_kiosk):
    """``kiosk verify`` prints the verdict line first, "what a person must read first". For one
    code it reads "VALID (DEMONSTRATION, not a qualification): ...", but for a PDF or photo with
    several codes the line is "VALID: all 2 certificate codes in cert.pdf are genuine." even when
    every code is a demonstration (anyone can sign a ``kiosk.sample.*`` pack, issue 15 item 5:
    a sample pack's credential renamed "Licensed electrician"). The word DEMONSTRATION only
    appears further down, per code.

    Expected: the first line says DEMONSTRATION whenever any code it vouches for is one.
    """
    from kiosk.core.credentials.keys import ensure_signing_key
    from kiosk.core.credentials.verify import Checked, verify_payload

    own = ensure_signing_key()
    codes = tuple(
        verify_payload(certificate(own, title="Licensed electrician", demonstration=True)) for _ in range(2)
    )
    assert all(v.ok and v.demonstration for v in codes)
    headline = str(Checked(source="cert.pdf", verdicts=codes).headline)
    assert "DEMONSTRATION" in headline, headline


def test_a_kiosk_whose_own_key_was_withdrawn_judges_its_own_certificates_as_the_registry_does(enrolled):
    """Its own records are not the organisation's: a certificate the registry never received before the
    withdrawal is INVALID here too, even though this kiosk's database says it issued it in time."""
    from datetime import timedelta

    from kiosk.core.clock import utcnow
    from kiosk.core.credentials import issuing, keys, payload

    from kiosk.core.credentials.definitions import find_definition
    from kiosk.core.learners.profiles import create_learner
    from tests.core.credentials.conftest import install_test_pack

    install_test_pack()
    definition = find_definition("kiosk.test.digital/digital-basics")
    own = keys.ensure_signing_key()
    sent = issuing.award_credential(learner_id=create_learner("Amina").id, definition=definition, method="mastery")
    unsent = issuing.award_credential(learner_id=create_learner("Bola").id, definition=definition, method="mastery")
    sent_raw, unsent_raw = payload.from_base32(sent.payload), payload.from_base32(unsent.payload)
    withdrawn = enrolled.kiosk(own.public_key, "Library PC 2", withdrawn_at=utcnow() + timedelta(days=1),
                               received_before=(sent_raw,))
    trust_store.apply_trust_list(enrolled.trust_list(sequence=1, kiosks=[withdrawn]))
    assert verify.verify_payload(sent_raw).ok
    assert verify.verify_payload(unsent_raw).finding.value == "withdrawn-key"
