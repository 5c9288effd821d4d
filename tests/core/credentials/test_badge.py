"""The full credential ("badge"): one document, two proofs (eddsa-jcs-2022 and eddsa-rdfc-2022)."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date

import jsonschema
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.credentials import dataintegrity, keys, linkeddata, ob3
from kiosk.core.credentials.payload import CertificateFields
from kiosk.core.records import SkillRef

PRIVATE = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
PUBLIC_RAW = keys.public_raw_of(PRIVATE)
FIELDS = CertificateFields(
    key_id=keys.key_id_for(PUBLIC_RAW), serial="3FJ5QW2T", issued_on=date(2025, 3, 4), method="mastery", score=85,
    credential_code="CB8A38B9", title="Digital basics", learner_name="Amina Okafor",
)
FACTS = ob3.BadgeFacts(
    created="2025-03-04T10:22:13Z", organisation="Riverside Trust", pack_id="kiosk.test.digital",
    publisher="Test NGO", publisher_key_id="TESTKEY2", description="Uses email and the web safely.", language="en",
    skills=(SkillRef("email", "Send an email"), SkillRef("search", "Search the web")),
)


@pytest.fixture(scope="module")
def badge() -> ob3.Badge:
    return ob3.sign_badge(FIELDS, FACTS, PRIVATE, PUBLIC_RAW)


def test_both_proofs_sign_the_one_full_credential(badge):
    assert set(badge.proofs) == {"eddsa-jcs-2022", "eddsa-rdfc-2022"}
    assert ob3.badge_proofs_valid(FIELDS, badge, PUBLIC_RAW) == {"eddsa-jcs-2022": True, "eddsa-rdfc-2022": True}
    document = ob3.full_signed_credential(FIELDS, PUBLIC_RAW, badge)
    assert [p["cryptosuite"] for p in document["proof"]] == ["eddsa-jcs-2022", "eddsa-rdfc-2022"]
    assert ob3.verify_signed_credential(document, PUBLIC_RAW)
    # A proof set: each proof alone verifies the same document.
    for proof in document["proof"]:
        alone = {**document, "proof": [proof]}
        assert ob3.verify_signed_credential(alone, PUBLIC_RAW)


def test_the_full_credential_says_who_issued_it_and_what_it_certifies(badge, anchors):
    document = ob3.full_signed_credential(FIELDS, PUBLIC_RAW, badge)
    schema = json.loads((anchors / "ob3" / "achievementcredential.json").read_text())
    jsonschema.Draft201909Validator(schema).validate(document)
    assert document["issuer"] == {"id": keys.did_key(PUBLIC_RAW), "type": ["Profile"], "name": "Riverside Trust"}
    achievement = document["credentialSubject"]["achievement"]
    assert achievement["creator"]["name"] == "Test NGO"
    assert [a["targetName"] for a in achievement["alignment"]] == ["Send an email", "Search the web"]
    assert achievement["alignment"][0]["targetUrl"] == "urn:kiosk:skill:kiosk.test.digital/email"
    assert "Send an email; Search the web" in achievement["criteria"]["narrative"]
    assert achievement["description"] == "Uses email and the web safely."
    # The same credential as the QR's: same id, learner, title and date.
    qr_document = ob3.build_credential(FIELDS, PUBLIC_RAW)
    for key in ("id", "name", "validFrom", "awardedDate"):
        assert document[key] == qr_document[key]
    assert document["credentialSubject"]["identifier"] == qr_document["credentialSubject"]["identifier"]


@pytest.mark.parametrize("change", [
    lambda d: d["issuer"].__setitem__("name", "Riverside Trusts"),
    lambda d: d["credentialSubject"]["achievement"]["alignment"][1].__setitem__("targetName", "Search the wep"),
    lambda d: d["credentialSubject"]["identifier"][0].__setitem__("identityHash", "Amina Okafer"),
    lambda d: d.__setitem__("validFrom", "2025-03-05T00:00:00Z"),
])
def test_a_one_character_change_breaks_both_proofs(badge, change):
    document = ob3.full_signed_credential(FIELDS, PUBLIC_RAW, badge)
    changed = copy.deepcopy(document)
    change(changed)
    public_key = keys.public_key_object(PUBLIC_RAW)
    assert [dataintegrity.verify_proof(document, p, public_key) for p in document["proof"]] == [True, True]
    assert [dataintegrity.verify_proof(changed, p, public_key) for p in changed["proof"]] == [False, False]
    assert not ob3.verify_signed_credential(changed, PUBLIC_RAW)


def test_a_badge_does_not_verify_against_other_fields_or_facts(badge):
    assert ob3.badge_proofs_valid(replace(FIELDS, learner_name="Amina Okafo"), badge, PUBLIC_RAW) == {
        "eddsa-jcs-2022": False, "eddsa-rdfc-2022": False}
    other = ob3.Badge(facts=replace(FACTS, organisation="Another Trust"), proofs=badge.proofs)
    assert set(ob3.badge_proofs_valid(FIELDS, other, PUBLIC_RAW).values()) == {False}
    stranger = keys.public_raw_of(Ed25519PrivateKey.generate())
    assert set(ob3.badge_proofs_valid(FIELDS, badge, stranger).values()) == {False}


def test_the_qr_signature_is_not_a_proof_of_the_full_credential(badge):
    """The QR signs the template-1 credential; moved onto the full one it fails."""
    signature = ob3.sign_fields(FIELDS, PRIVATE, PUBLIC_RAW)
    assert ob3.signature_is_valid(replace(FIELDS, signature=signature), PUBLIC_RAW)
    moved = ob3.Badge(facts=FACTS, proofs={"eddsa-jcs-2022": dataintegrity.encode_proof_value(signature)})
    assert ob3.badge_proofs_valid(FIELDS, moved, PUBLIC_RAW) == {"eddsa-jcs-2022": False}


def test_badge_text_reads_back_and_malformed_text_is_refused(badge):
    text = badge.as_text()
    assert ob3.parse_badge(text) == badge
    assert json.loads(text)["template"] == 1
    data = json.loads(text)
    for bad in (
        {**data, "extra": 1},
        {**data, "template": 2},
        {**data, "organisation": "x" * 201},
        {**data, "organisation": "two  spaces"},
        {**data, "skills": [["bad id!", "A skill"]]},
        {**data, "proofs": {"eddsa-rdfc-2022": data["proofs"]["eddsa-rdfc-2022"]}},
        {**data, "proofs": {**data["proofs"], "ecdsa-rdfc-2019": "z1"}},
        {**data, "created": "2025-03-04 10:22:13"},
    ):
        with pytest.raises(ob3.BadBadge):
            ob3.parse_badge(json.dumps(bad))
    with pytest.raises(ob3.BadBadge):
        ob3.parse_badge("[" * 5000)
    with pytest.raises(ob3.BadBadge):
        ob3.parse_badge("x" * (ob3.BADGE_MAX_BYTES + 1))


def test_expansion_keeps_every_value_so_rdfc_signs_all_of_it(badge):
    """A term the contexts do not define would be dropped by JSON-LD, and so not signed by rdfc."""
    document = ob3.build_full_credential(FIELDS, PUBLIC_RAW, FACTS)

    def leaves(value, skip_types=True):
        if isinstance(value, dict):
            for key, inner in value.items():
                if key not in ("@context", "type"):
                    yield from leaves(inner)
        elif isinstance(value, list):
            for inner in value:
                yield from leaves(inner)
        elif isinstance(value, str):
            yield value

    expanded_text = json.dumps(linkeddata.expanded(document), ensure_ascii=False)
    missing = [v for v in leaves(document) if json.dumps(v, ensure_ascii=False) not in expanded_text]
    assert missing == []
    # And a term nobody defined is indeed dropped, so the check above can fail.
    extra = {**document, "kioskNote": "not in any context"}
    assert "not in any context" not in json.dumps(linkeddata.expanded(extra))


def test_no_context_is_ever_fetched():
    document = {"@context": ["https://www.w3.org/ns/credentials/v2", "https://example.org/other-context"],
                "type": ["VerifiableCredential"]}
    with pytest.raises(linkeddata.NotCanonicalisable, match="not bundled"):
        linkeddata.canonical_nquads(document)


def test_text_rdfc_cannot_canonicalise_the_same_everywhere_gets_only_the_jcs_proof():
    fields = replace(FIELDS, learner_name="Amina\x0bOkafor")
    badge = ob3.sign_badge(fields, FACTS, PRIVATE, PUBLIC_RAW)
    assert set(badge.proofs) == {"eddsa-jcs-2022"}
    assert ob3.badge_proofs_valid(fields, badge, PUBLIC_RAW) == {"eddsa-jcs-2022": True}


def test_badge_text_is_cleaned_of_control_characters_and_runs_of_spaces():
    assert ob3.clean_text("Send\tan \u0007email\n") == "Send an email"
    assert ob3.clean_text("ابحث\u200cعن") == "ابحث\u200cعن"  # a zero-width non-joiner is text, not a control
    assert len(ob3.clean_text("x" * 500)) == ob3.BADGE_TEXT_MAX


def test_a_badge_always_fits_what_a_registry_takes():
    many = tuple(SkillRef(f"skill-{i}", "مهارة " * 30) for i in range(ob3.BADGE_MAX_SKILLS))
    facts = ob3.fit_facts(replace(FACTS, skills=tuple(SkillRef(s.id, ob3.clean_text(s.title)) for s in many)))
    assert 0 < len(facts.skills) < ob3.BADGE_MAX_SKILLS
    badge = ob3.sign_badge(FIELDS, facts, PRIVATE, PUBLIC_RAW)
    assert len(badge.as_text().encode("utf-8")) <= ob3.BADGE_MAX_BYTES
    assert ob3.parse_badge(badge.as_text()) == badge
    assert ob3.fit_facts(FACTS) == FACTS  # a usual badge keeps all its skills


def test_clean_text_drops_every_control_character_and_folds_the_spaces():
    import sys
    import unicodedata

    controls = [chr(i) for i in range(sys.maxunicode + 1) if unicodedata.category(chr(i)) == "Cc"]
    for ch in controls:
        assert ob3.clean_text(f"a{ch}b") == ("a b" if ch.isspace() else "ab"), hex(ord(ch))
    assert ob3.clean_text("  Café\u00a0 au\tlait  ") == "Café au lait"  # a no-break space is white space too


def test_a_kept_badge_reads_back_as_parse_badge_reads_it_and_anything_else_is_refused(badge):
    # The registry's page reads the badge it kept (Badge.as_text of one parse_badge took) on every
    # view, without checking each field again; it must read the same badge, and refuse what is not one.
    text = badge.as_text()
    assert ob3.read_kept_badge(text) == ob3.parse_badge(text) == badge
    data = json.loads(text)
    for bad in (
        "", "[]", "[" * 5000, "not json",
        json.dumps({**data, "template": 2}),
        json.dumps({k: v for k, v in data.items() if k != "skills"}),
        json.dumps({**data, "organisation": {"b": 1}}),
        json.dumps({**data, "skills": [["email", 5]]}),
        json.dumps({**data, "skills": [["email"]]}),
        json.dumps({**data, "proofs": {"eddsa-rdfc-2022": data["proofs"]["eddsa-rdfc-2022"]}}),
        json.dumps({**data, "proofs": [data["proofs"]["eddsa-jcs-2022"]]}),
    ):
        with pytest.raises(ob3.BadBadge):
            ob3.read_kept_badge(bad)
    only_jcs = ob3.read_kept_badge(text, suites=(dataintegrity.JCS,))
    assert only_jcs.facts == badge.facts and only_jcs.proofs == {dataintegrity.JCS: badge.proofs[dataintegrity.JCS]}
