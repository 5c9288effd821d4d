from __future__ import annotations

import json
from datetime import datetime

import jsonschema
import pytest

from kiosk.core.credentials import issuing, keys, ob3, verify
from kiosk.core.credentials.shortcode import normalise_short_code
from kiosk.core.errors import InvalidInput, KnownError, NotFound
from kiosk.core.storage import repo


def test_award_signs_stores_and_is_idempotent(credential_pack, learner):
    issued = issuing.award_credential(
        learner_id=learner.id, definition=credential_pack, method="mastery", score=91.5, now=datetime(2025, 3, 4, 10)
    )
    assert issued.learner_name == "Amina Okafor"
    assert issued.title == "Digital basics"
    assert issued.skills == [{"id": "email", "title": "Send an email"}, {"id": "search", "title": "Search the web"}]
    assert issued.credential_id == "kiosk.test.digital/digital-basics"
    assert normalise_short_code(issued.short_code) == issued.short_code
    assert issued.id.startswith(keys.ensure_signing_key().key_id + "-")
    again = issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="facilitator")
    assert again == issued
    assert [c.id for c in issuing.list_issued()] == [issued.id]
    fields = issuing.certificate_fields(issued)
    assert (fields.learner_name, fields.score, fields.issued_on.isoformat()) == ("Amina Okafor", 92, "2025-03-04")


def test_bad_award_input_stores_nothing(credential_pack, learner):
    with pytest.raises(InvalidInput):
        issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="magic")
    with pytest.raises(InvalidInput):
        issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="mastery", score=120)
    with pytest.raises(NotFound):
        issuing.award_credential(learner_id=999, definition=credential_pack, method="mastery")
    assert issuing.list_issued() == []


def test_revoke_then_verify_says_revoked_and_a_new_award_is_possible(credential_pack, learner):
    issued = issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="mastery")
    assert verify.verify_text(issuing.payload_url(issued, None)).ok
    revoked = issuing.revoke(issued.short_code.lower(), "issued by mistake")
    assert revoked.revoked_at is not None and revoked.revoke_reason == "issued by mistake"
    result = verify.verify_text(issued.payload)
    assert result.genuine and result.revoked and not result.ok
    with pytest.raises(KnownError, match="already revoked"):
        issuing.revoke(issued.id)
    fresh = issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="facilitator")
    assert fresh.id != issued.id
    with pytest.raises(NotFound):
        issuing.revoke("NOPE")


def test_ob3_export_validates_against_the_schema_and_verifies(credential_pack, learner, anchors):
    schema = json.loads((anchors / "ob3" / "achievementcredential.json").read_text())
    issued = issuing.award_credential(
        learner_id=learner.id, definition=credential_pack, method="mastery", score=80
    )
    document = issuing.export_ob3(issued)
    jsonschema.Draft201909Validator(schema).validate(document)
    assert [p["cryptosuite"] for p in document["proof"]] == ["eddsa-jcs-2022", "eddsa-rdfc-2022"]
    key = keys.ensure_signing_key()
    assert ob3.verify_signed_credential(document, key.public_raw)
    # The export is the full credential: the organisation issues it, the skills are named.
    assert document["issuer"]["name"] == "Riverside Centre"
    achievement = document["credentialSubject"]["achievement"]
    assert [a["targetName"] for a in achievement["alignment"]] == ["Send an email", "Search the web"]
    assert achievement["creator"]["name"] == "Test NGO"
    # The QR's signature covers the QR's own (smaller) credential, not this one.
    from kiosk.core.credentials.dataintegrity import decode_proof_value

    fields = issuing.certificate_fields(issued)
    assert decode_proof_value(document["proof"][0]["proofValue"]) != fields.signature
    assert decode_proof_value(ob3.signed_credential(fields, key.public_raw)["proof"][0]["proofValue"]) == fields.signature
    tampered = json.loads(json.dumps(document))
    tampered["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    assert not ob3.verify_signed_credential(tampered, key.public_raw)


def test_an_unknown_or_wrong_key_is_refused(credential_pack, learner, enrolled):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from kiosk.core.credentials import payload

    issued = issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="mastery")
    fields = issuing.certificate_fields(issued)
    # Signed by a key this kiosk never trusted.
    stranger = Ed25519PrivateKey.generate()
    raw = stranger.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    forged = payload.with_signature(
        payload.CertificateFields(**{**fields.__dict__, "key_id": keys.key_id_for(raw)}), b""
    )
    forged = payload.with_signature(forged, ob3.sign_fields(forged, stranger, raw))
    result = verify.verify_payload(payload.encode(forged))
    assert not result.ok and "not on the organisation's list" in verify.reason(result)
    # Claiming this kiosk's key id with another key's signature.
    impostor = payload.with_signature(fields, ob3.sign_fields(fields, stranger, raw))
    result = verify.verify_payload(payload.encode(impostor))
    assert not result.ok and result.finding.value == "bad-signature" and "forged" in verify.reason(result)
    # Once the organisation's signed list approves the stranger's key, its certificate verifies;
    # once the list withdraws it, it is refused (the organisation never received it).
    from kiosk.core.trust.store import apply_trust_list

    stranger_key = keys.public_key_multibase(raw)
    apply_trust_list(enrolled.trust_list(sequence=1, kiosks=[enrolled.kiosk(stranger_key, "Stranger")]))
    assert verify.verify_payload(payload.encode(forged)).ok
    withdrawn = enrolled.kiosk(stranger_key, "Stranger", withdrawn_at=datetime(2020, 1, 1))
    apply_trust_list(enrolled.trust_list(sequence=2, kiosks=[withdrawn]))
    result = verify.verify_payload(payload.encode(forged))
    assert not result.ok and "withdrawn kiosk key" in verify.reason(result)
    assert repo.find_trusted_kiosk_key(keys.key_id_for(raw)).revoked_at == datetime(2020, 1, 1)


def test_every_single_character_change_is_refused(credential_pack, learner):
    issued = issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="mastery")
    text = issued.payload
    assert verify.verify_text(text).ok
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    for i in range(len(text)):
        for shift in (1, 17):
            ch = alphabet[(alphabet.index(text[i]) + shift) % 32]
            result = verify.verify_text(text[:i] + ch + text[i + 1 :])
            assert not result.ok, (i, ch)


def test_a_kiosk_whose_key_the_organisation_withdrew_awards_nothing(credential_pack, learner, enrolled):
    from kiosk.core.errors import KnownError
    from kiosk.core.trust.store import apply_trust_list

    own = keys.ensure_signing_key()
    withdrawn = enrolled.kiosk(own.public_key, "Library PC 2", withdrawn_at=datetime(2026, 6, 1))
    apply_trust_list(enrolled.trust_list(sequence=1, kiosks=[withdrawn]))
    with pytest.raises(KnownError, match="withdrew this kiosk's key on 2026-06-01"):
        issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="mastery")
    assert repo.list_issued_credentials() == []


def test_a_certificate_signed_with_a_former_key_is_revoked_at_the_registry_not_here(credential_pack, learner):
    from kiosk.core.credentials.rotation import rotate_signing_key
    from kiosk.core.errors import KnownError

    issued = issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="mastery")
    rotate_signing_key(admin_pin="123456", force=True)
    with pytest.raises(KnownError, match="former key.*kiosk registry revoke"):
        issuing.revoke(issued.id, "copied answers")
    assert repo.get_issued_credential(issued.id).revoked_at is None


def test_the_badge_is_signed_at_award_time_and_names_the_pinned_organisation(credential_pack, learner, enrolled):
    issued = issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="mastery",
                                      now=datetime(2025, 3, 4, 10, 22, 13))
    badge = ob3.parse_badge(issued.badge)
    assert badge.facts.created == "2025-03-04T10:22:13Z"
    assert badge.facts.organisation == enrolled.name  # the organisation key's name, not the kiosk's --org
    assert badge.facts.publisher == "Test NGO" and badge.facts.publisher_key_id == "TESTKEY1"
    assert badge.facts.description == "Uses email and the web safely."
    assert [s.id for s in badge.facts.skills] == ["email", "search"]
    key = keys.ensure_signing_key()
    assert ob3.badge_proofs_valid(issuing.certificate_fields(issued), badge, key.public_raw) == {
        "eddsa-jcs-2022": True, "eddsa-rdfc-2022": True}


def test_a_credential_issued_before_badges_gets_one_once(credential_pack, learner):
    from kiosk.core.storage.db import db

    issued = issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="mastery")
    db.execute_sql('UPDATE "issued_credential" SET "badge" = NULL')
    old = issuing.get_issued(issued.id)
    assert old.badge is None
    first = issuing.export_ob3(old)
    assert [p["cryptosuite"] for p in first["proof"]] == ["eddsa-jcs-2022", "eddsa-rdfc-2022"]
    stored = issuing.get_issued(issued.id).badge
    assert stored is not None
    assert issuing.export_ob3(issuing.get_issued(issued.id)) == first  # kept, not signed again
    assert issuing.get_issued(issued.id).badge == stored


def test_an_export_carries_only_proofs_that_verify(credential_pack, learner):
    from kiosk.core.storage.db import db

    issued = issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="mastery")
    data = json.loads(issued.badge)
    wrong = data["proofs"]["eddsa-jcs-2022"]
    data["proofs"]["eddsa-rdfc-2022"] = wrong  # a proof value that belongs to the other cryptosuite
    db.execute_sql('UPDATE "issued_credential" SET "badge" = ?', (json.dumps(data),))
    document = issuing.export_ob3(issuing.get_issued(issued.id))
    assert [p["cryptosuite"] for p in document["proof"]] == ["eddsa-jcs-2022"]
    assert ob3.verify_signed_credential(document, keys.ensure_signing_key().public_raw)
