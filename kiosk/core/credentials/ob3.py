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

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.credentials import dataintegrity, keys
from kiosk.core.credentials.payload import AwardMethod, CertificateFields
from kiosk.core.records import SkillRef
from kiosk.core.say import QT_TRANSLATE_NOOP, say

TEMPLATE_VERSION = 1
CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
CREDENTIAL_URN = "urn:kiosk:credential:"
ACHIEVEMENT_URN = "urn:kiosk:achievement:"

_CRITERIA = {
    AwardMethod.MASTERY: "The learner passed the lessons and quizzes for this credential on an offline Kiosk "
    "and met its mastery requirements.",
    AwardMethod.FACILITATOR: "A facilitator assessed the learner in person (a practical demonstration) "
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
    """Check every proof of an exported credential (eddsa-jcs-2022 or eddsa-rdfc-2022) against ``public_raw``."""
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


# --- the full credential (the "badge"): what travels to wallets ---------------------------
#
# The QR's signature covers the template-1 credential above and nothing else, so that a
# verifier can rebuild it from the QR alone. The full credential adds what the QR cannot
# carry (the organisation as the issuer's name, the pack's publisher, the skills, the
# criteria) and is a different document: it gets its own proof set, made by the kiosk key
# at award time, one eddsa-jcs-2022 and one eddsa-rdfc-2022 proof over the same document.
# The kiosk keeps the facts and the two proof values (the "badge", docs/certificate-format.md)
# and sends them to the registry; anyone holding them and the QR fields rebuilds the
# document exactly, as for the QR credential.

BADGE_TEMPLATE = 1
BADGE_MAX_BYTES = 8192
BADGE_TEXT_MAX = 200
BADGE_MAX_SKILLS = 64
SKILL_URN = "urn:kiosk:skill:"
PUBLISHER_URN = "urn:kiosk:publisher:"
SKILL_ID = re.compile(r"^[A-Za-z0-9._-]{1,80}$")
PACK_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
PUBLISHER_KEY = re.compile(r"^[A-Za-z0-9]{0,32}$")
_CREATED = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


class BadBadge(ValueError):
    """Badge facts that are malformed (not a signature problem)."""


@dataclass(frozen=True)
class BadgeFacts:
    """What the full credential says beyond the QR's fields, as the kiosk knew it at award time."""

    created: str  # the proofs' time, e.g. 2025-03-04T10:22:13Z
    organisation: str
    pack_id: str
    publisher: str
    publisher_key_id: str
    description: str
    language: str
    skills: tuple[SkillRef, ...]


@dataclass(frozen=True)
class Badge:
    """Badge facts and the two proof values over the full credential they make."""

    facts: BadgeFacts
    proofs: dict[str, str]  # cryptosuite -> proofValue; eddsa-jcs-2022 always, eddsa-rdfc-2022 when canonicalisable

    def as_text(self) -> str:
        """The compact JSON text a kiosk stores and sends (keys sorted, no spaces)."""
        f = self.facts
        data = {
            "template": BADGE_TEMPLATE,
            "created": f.created,
            "organisation": f.organisation,
            "pack": f.pack_id,
            "publisher": f.publisher,
            "publisher_key": f.publisher_key_id,
            "description": f.description,
            "language": f.language,
            "skills": [[s.id, s.title] for s in f.skills],
            "proofs": dict(sorted(self.proofs.items())),
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def fit_facts(facts: BadgeFacts) -> BadgeFacts:
    """``facts`` with skills dropped from the end until its badge fits ``BADGE_MAX_BYTES``."""
    room = {suite: "z" + "1" * 90 for suite in dataintegrity.CRYPTOSUITES}  # longer than any proof value
    while len(Badge(facts=facts, proofs=room).as_text().encode("utf-8")) > BADGE_MAX_BYTES and facts.skills:
        facts = replace(facts, skills=facts.skills[:-1])
    return facts


# The control characters (category Cc) that are not white space: dropped. The white-space ones
# (tab, line breaks, the separators U+001C-U+001F, U+0085) are folded with the other spaces.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def clean_text(text: str, limit: int = BADGE_TEXT_MAX) -> str:
    """Text fit for a badge: whitespace runs made one space, control characters dropped, at most ``limit``."""
    cleaned = " ".join(_CONTROL.sub("", text).split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"


def _text(value: object, what: str, *, allow_empty: bool = True) -> str:
    """``value`` when it is clean badge text; ``what``: the field's name, a template said only for a refusal."""
    if not isinstance(value, str) or len(value) > BADGE_TEXT_MAX or value != clean_text(value):
        raise BadBadge(say(QT_TRANSLATE_NOOP("core", "the badge's %1 is not clean text of at most %2 characters"), say(what), BADGE_TEXT_MAX))
    if not value and not allow_empty:
        raise BadBadge(say(QT_TRANSLATE_NOOP("core", "the badge has no %1"), say(what)))
    return value


def parse_badge(text: object) -> Badge:
    """Read a badge's JSON text; ``BadBadge`` saying what is wrong. Its proofs are not checked here."""
    if not isinstance(text, str) or not 0 < len(text.encode("utf-8")) <= BADGE_MAX_BYTES:
        raise BadBadge(say(QT_TRANSLATE_NOOP("core", "a badge is JSON text of at most %1 bytes"), BADGE_MAX_BYTES))
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise BadBadge(say(QT_TRANSLATE_NOOP("core", "the badge is not JSON"))) from exc
    keys_wanted = {"template", "created", "organisation", "pack", "publisher", "publisher_key", "description",
                   "language", "skills", "proofs"}
    if not isinstance(data, dict) or set(data) != keys_wanted:
        raise BadBadge(say(QT_TRANSLATE_NOOP("core", "a badge has exactly %1"), ", ".join(sorted(keys_wanted))))
    if data["template"] != BADGE_TEMPLATE:
        raise BadBadge(say(QT_TRANSLATE_NOOP("core", "badge template %1 is not one this Kiosk knows"), repr(data["template"])))
    created, pack, language, publisher_key = data["created"], data["pack"], data["language"], data["publisher_key"]
    if not isinstance(created, str) or not _CREATED.match(created):
        raise BadBadge(say(QT_TRANSLATE_NOOP("core", "the badge's time is not like 2025-03-04T10:22:13Z")))
    if not isinstance(pack, str) or not PACK_ID.match(pack):
        raise BadBadge(say(QT_TRANSLATE_NOOP("core", "the badge's pack id is malformed")))
    if not isinstance(language, str) or not (language == "" or LANGUAGE.match(language)):
        raise BadBadge(say(QT_TRANSLATE_NOOP("core", "the badge's language is not a language tag")))
    if not isinstance(publisher_key, str) or not PUBLISHER_KEY.match(publisher_key):
        raise BadBadge(say(QT_TRANSLATE_NOOP("core", "the badge's publisher key id is malformed")))
    skills = data["skills"]
    if not isinstance(skills, list) or len(skills) > BADGE_MAX_SKILLS:
        raise BadBadge(say(QT_TRANSLATE_NOOP("core", "a badge lists at most %1 skills"), BADGE_MAX_SKILLS))
    parsed_skills = []
    for item in skills:
        if not isinstance(item, list) or len(item) != 2 or not isinstance(item[0], str) or not SKILL_ID.match(item[0]):
            raise BadBadge(say(QT_TRANSLATE_NOOP("core", "each skill is [id, title]")))
        parsed_skills.append(SkillRef(item[0], _text(item[1], QT_TRANSLATE_NOOP("core", "skill title"), allow_empty=False)))
    proofs = data["proofs"]
    if (
        not isinstance(proofs, dict)
        or dataintegrity.JCS not in proofs
        or not set(proofs) <= set(dataintegrity.CRYPTOSUITES)
        or not all(isinstance(v, str) and v.startswith("z") and len(v) <= 100 for v in proofs.values())
    ):
        raise BadBadge(say(QT_TRANSLATE_NOOP("core", "a badge's proofs are its eddsa-jcs-2022 proof value and perhaps an eddsa-rdfc-2022 one")))
    facts = BadgeFacts(
        created=created,
        organisation=_text(data["organisation"], QT_TRANSLATE_NOOP("core", "organisation")),
        pack_id=pack,
        publisher=_text(data["publisher"], QT_TRANSLATE_NOOP("core", "publisher")),
        publisher_key_id=publisher_key,
        description=_text(data["description"], QT_TRANSLATE_NOOP("core", "description")),
        language=language,
        skills=tuple(parsed_skills),
    )
    return Badge(facts=facts, proofs=dict(proofs))


_KEPT_JSON = json.JSONDecoder()


def read_kept_badge(text: str, *, suites: tuple[str, ...] = dataintegrity.CRYPTOSUITES) -> Badge:
    """A badge as this program keeps it (``Badge.as_text`` of one ``parse_badge`` accepted), read
    without checking each field again: the registry's page reads one on every view. Only the
    proofs of ``suites`` are kept. ``BadBadge`` if the text is not one."""
    try:
        data, end = _KEPT_JSON.raw_decode(text)  # json.loads less its wrapping: this text is compact
        template = data["template"] if end == len(text) else None
        skills = _kept_skills(tuple(map(tuple, data["skills"])))
        facts = BadgeFacts(created=data["created"], organisation=data["organisation"], pack_id=data["pack"],
                           publisher=data["publisher"], publisher_key_id=data["publisher_key"],
                           description=data["description"], language=data["language"], skills=skills)
        proofs = {suite: value for suite, value in data["proofs"].items() if suite in suites}
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        template = None
    else:
        texts = (facts.created, facts.organisation, facts.publisher, facts.description)
        if dataintegrity.JCS not in data["proofs"] or skills is None or not all(type(t) is str for t in texts):
            template = None
    if template != BADGE_TEMPLATE:
        raise BadBadge(say(QT_TRANSLATE_NOOP("core", "this is not a badge as Kiosk keeps it")))
    return Badge(facts=facts, proofs=proofs)


@lru_cache(maxsize=1024)  # a credential's certificates all name its skills
def _kept_skills(pairs: tuple[tuple, ...]) -> tuple[SkillRef, ...] | None:
    """A kept badge's skills, or None if they are not (id, title) pairs of text."""
    if not all(len(pair) == 2 and type(pair[0]) is str and type(pair[1]) is str for pair in pairs):
        return None
    return tuple(SkillRef(skill_id, title) for skill_id, title in pairs)


def _criteria(fields: CertificateFields, facts: BadgeFacts) -> str:
    text = _CRITERIA[fields.method]
    if facts.skills:
        text += " Skills: " + "; ".join(s.title for s in facts.skills) + "."
    return text


def build_full_credential(fields: CertificateFields, public_raw: bytes, facts: BadgeFacts) -> dict[str, Any]:
    """The unsigned full credential: the QR's credential with the organisation, publisher and skills."""
    from urllib.parse import quote

    document = build_credential(fields, public_raw)
    if facts.organisation:
        document["issuer"]["name"] = facts.organisation
    achievement = document["credentialSubject"]["achievement"]
    if not fields.demonstration and facts.description:
        achievement["description"] = facts.description
    achievement["criteria"] = {"narrative": _criteria(fields, facts)}
    if facts.skills:
        achievement["alignment"] = [
            {
                "type": ["Alignment"],
                "targetName": s.title,
                "targetUrl": SKILL_URN + quote(f"{facts.pack_id}/{s.id}", safe="/._-"),
                "targetCode": s.id,
                "targetType": "ceasn:Competency",
            }
            for s in facts.skills
        ]
    if facts.publisher:
        achievement["creator"] = {
            "id": PUBLISHER_URN + (facts.publisher_key_id or quote(facts.pack_id, safe="._-")),
            "type": ["Profile"],
            "name": facts.publisher,
        }
    if facts.language:
        achievement["inLanguage"] = facts.language
    return document


def _badge_config(document: dict, facts: BadgeFacts, public_raw: bytes, cryptosuite: str) -> dict[str, Any]:
    return dataintegrity.proof_config(
        document=document,
        created=facts.created,
        verification_method=keys.verification_method(public_raw),
        cryptosuite=cryptosuite,
    )


def sign_badge(
    fields: CertificateFields, facts: BadgeFacts, private_key: Ed25519PrivateKey, public_raw: bytes
) -> Badge:
    """Sign the full credential with both cryptosuites (rdfc left out for text it cannot canonicalise)."""
    from kiosk.core.credentials.linkeddata import NotCanonicalisable

    document = build_full_credential(fields, public_raw, facts)
    proofs = {}
    for suite in dataintegrity.CRYPTOSUITES:
        try:
            signature = dataintegrity.sign(document, _badge_config(document, facts, public_raw, suite), private_key)
        except NotCanonicalisable:
            continue
        proofs[suite] = dataintegrity.encode_proof_value(signature)
    return Badge(facts=facts, proofs=proofs)


def badge_proofs_valid(
    fields: CertificateFields, badge: Badge, public_raw: bytes, *, suites: tuple[str, ...] | None = None
) -> dict[str, bool]:
    """Each of the badge's proofs (or those of ``suites``) checked against the full credential it
    rebuilds: cryptosuite -> good. An eddsa-jcs-2022 check takes a fraction of a millisecond, an
    eddsa-rdfc-2022 one a few milliseconds (JSON-LD expansion and canonicalization)."""
    document = build_full_credential(fields, public_raw, badge.facts)
    public_key = keys.public_key_object(public_raw)
    found = {}
    for suite, value in badge.proofs.items():
        if suites is not None and suite not in suites:
            continue
        try:
            signature = dataintegrity.decode_proof_value(value)
        except ValueError:
            found[suite] = False
            continue
        config = _badge_config(document, badge.facts, public_raw, suite)
        found[suite] = dataintegrity.signature_matches(document, config, signature, public_key)
    return found


def full_signed_credential(
    fields: CertificateFields, public_raw: bytes, badge: Badge, *, suites: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """The full credential with its proof set (all the badge's proofs, or only ``suites``)."""
    document = build_full_credential(fields, public_raw, badge.facts)
    proofs = []
    for suite in dataintegrity.CRYPTOSUITES:
        if suite in badge.proofs and (suites is None or suite in suites):
            config = _badge_config(document, badge.facts, public_raw, suite)
            proofs.append((config, dataintegrity.decode_proof_value(badge.proofs[suite])))
    return dataintegrity.attach_proofs(document, proofs)
