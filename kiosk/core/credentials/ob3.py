"""Open Badges 3.0 credentials, built from a versioned template and a certificate's fields.

The template is a pure function of the QR payload's fields and the kiosk's
public key, so a verifier can rebuild the exact credential from the QR alone.
The eddsa-jcs-2022 proof over it is the signature in the QR: one signature,
two forms (see docs/certificate-format.md).

Template version 1 leaves out what the QR cannot carry: the organisation and
kiosk names (they are bound to the kiosk key in the trusted-keys list and the
registry) and the skills (printed on the certificate, not signed).
"""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.credentials import dataintegrity, keys
from kiosk.core.credentials.payload import CertificateFields

TEMPLATE_VERSION = 1
CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
CREDENTIAL_URN = "urn:kiosk:credential:"
ACHIEVEMENT_URN = "urn:kiosk:achievement:"

_CRITERIA = {
    "mastery": "The learner passed the lessons and quizzes for this credential on an offline Kiosk "
    "and met its mastery requirements.",
    "facilitator": "A facilitator assessed the learner in person (a practical demonstration) "
    "and recorded the award on an offline Kiosk.",
}


DEMONSTRATION_NAME = "DEMONSTRATION (not a qualification): "
DEMONSTRATION_DESCRIPTION = (
    "A demonstration credential from a sample content pack, signed with a key anyone may use: "
    "it is not a qualification."
)


def issued_at_text(fields: CertificateFields) -> str:
    return f"{fields.issued_on.isoformat()}T00:00:00Z"


def build_credential(fields: CertificateFields, public_raw: bytes) -> dict[str, Any]:
    """The unsigned OpenBadgeCredential (template version 1) for ``fields``."""
    if fields.version != TEMPLATE_VERSION:
        raise ValueError(f"no Open Badges template version {fields.version}")
    achievement: dict[str, Any] = {
        "id": ACHIEVEMENT_URN + fields.credential_code,
        "type": ["Achievement"],
        "achievementType": "MicroCredential",
        "name": fields.title,
        "description": DEMONSTRATION_DESCRIPTION if fields.demonstration else f"Micro-credential: {fields.title}.",
        "criteria": {"narrative": _CRITERIA[fields.method]},
        "humanCode": fields.credential_code,
    }
    subject: dict[str, Any] = {
        "type": ["AchievementSubject"],
        "identifier": [
            {
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": False,
                "identityHash": fields.learner_name,
            }
        ],
        "achievement": achievement,
    }
    if fields.score is not None:
        score_id = ACHIEVEMENT_URN + fields.credential_code + ":score"
        achievement["resultDescription"] = [
            {
                "id": score_id,
                "type": ["ResultDescription"],
                "name": "Final score",
                "resultType": "Percent",
                "valueMin": "0",
                "valueMax": "100",
            }
        ]
        subject["result"] = [{"type": ["Result"], "resultDescription": score_id, "value": str(fields.score)}]
    key_id = fields.key_id
    return {
        "@context": list(CONTEXT),
        "id": CREDENTIAL_URN + fields.credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": (DEMONSTRATION_NAME if fields.demonstration else "") + fields.title,
        "issuer": {"id": keys.did_key(public_raw), "type": ["Profile"], "name": f"Kiosk {key_id}"},
        "validFrom": issued_at_text(fields),
        "awardedDate": issued_at_text(fields),
        "credentialSubject": subject,
    }


def proof_config(fields: CertificateFields, document: dict, public_raw: bytes) -> dict[str, Any]:
    return dataintegrity.proof_config(
        document=document, created=issued_at_text(fields), verification_method=keys.verification_method(public_raw)
    )


def sign_fields(fields: CertificateFields, private_key: Ed25519PrivateKey, public_raw: bytes) -> bytes:
    """The signature for the QR: the eddsa-jcs-2022 proof value bytes over the rebuilt credential."""
    document = build_credential(fields, public_raw)
    return dataintegrity.sign(document, proof_config(fields, document, public_raw), private_key)


def signature_is_valid(fields: CertificateFields, public_raw: bytes) -> bool:
    document = build_credential(fields, public_raw)
    config = proof_config(fields, document, public_raw)
    return dataintegrity.signature_matches(document, config, fields.signature, keys.public_key_object(public_raw))


def signed_credential(fields: CertificateFields, public_raw: bytes) -> dict[str, Any]:
    """The Open Badges 3.0 export: the rebuilt credential with the QR's signature as its proof."""
    document = build_credential(fields, public_raw)
    return dataintegrity.attach_proof(document, proof_config(fields, document, public_raw), fields.signature)


def verify_signed_credential(document: dict, public_raw: bytes) -> bool:
    """Check an exported credential's eddsa-jcs-2022 proof against ``public_raw``."""
    proofs = document.get("proof")
    if isinstance(proofs, dict):
        proofs = [proofs]
    if not isinstance(proofs, list) or not proofs:
        return False
    public_key = keys.public_key_object(public_raw)
    expected_method = keys.verification_method(public_raw)
    return all(
        isinstance(p, dict)
        and p.get("verificationMethod") == expected_method
        and dataintegrity.verify_proof(document, p, public_key)
        for p in proofs
    )
