"""Awarding, listing and revoking credentials on this kiosk."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from peewee import IntegrityError

from kiosk.core.clock import utcnow
from kiosk.core.credentials import keys, ob3, payload
from kiosk.core.credentials.definitions import CredentialDefinition
from kiosk.core.credentials.payload import AwardMethod, CertificateFields
from kiosk.core.credentials.shortcode import short_code_for
from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.records import IssuedCredentialRecord, SkillRef
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage import repo

if TYPE_CHECKING:
    from kiosk.core.learners.profiles import LearnerSession

METHODS = payload.METHODS
REASON_MAX = 200


def _validated_score(score: float | None) -> float | None:
    if score is None:
        return None
    if not 0 <= score <= 100:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "A score is a percentage from 0 to 100; got %1."), score))
    return float(score)


def award_credential(
    *,
    learner_id: int,
    definition: CredentialDefinition,
    method: AwardMethod | str,
    score: float | None = None,
    now: datetime | None = None,
) -> IssuedCredentialRecord:
    """Award ``definition`` to a learner, signed with this kiosk's key.

    Idempotent: if the learner already holds this credential (unrevoked), that
    award is returned unchanged. ``score`` is a percentage (0-100) or None.
    """
    if method not in METHODS:
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "The award method is 'mastery' or 'facilitator', not %1."), repr(method))
        )
    score = _validated_score(score)
    existing = repo.find_active_issued(learner_id, definition.id)
    if existing is not None:
        return existing
    learner = repo.get_learner(learner_id)
    demonstration = _is_demonstration(definition.pack_id)
    key = keys.ensure_signing_key()
    listed = repo.find_trusted_kiosk_key(key.key_id)
    if listed is not None and listed.revoked_at is not None:
        raise KnownError(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The organisation withdrew this kiosk's key on %1, so its certificates would not be valid. Make a "
                    "new key (kiosk key rotate) and ask the organisation to approve it.",
                ),
                format(listed.revoked_at, "%Y-%m-%d"),
            )
        )
    issued_at = now or utcnow()
    skills = [{"id": s.id, "title": s.title} for s in definition.skills]
    for _ in range(5):
        fields = CertificateFields(
            key_id=key.key_id,
            serial=base64.b32encode(os.urandom(5)).decode("ascii"),
            issued_on=issued_at.date(),
            method=method,
            score=None if score is None else round(score),
            credential_code=payload.credential_code_for(definition.id),
            title=payload.fit_utf8(definition.title, payload.TITLE_MAX_BYTES),
            learner_name=learner.name,
            demonstration=demonstration,
        )
        signature = ob3.sign_fields(fields, key.private_key, key.public_raw)
        raw = payload.encode(payload.with_signature(fields, signature))
        facts = badge_facts(
            pack_id=definition.pack_id, credential_id=definition.id, skills=skills, created=issued_at,
            description=definition.description,
        )
        badge = ob3.sign_badge(fields, facts, key.private_key, key.public_raw)
        try:
            return repo.insert_issued_credential(
                id=fields.credential_id,
                learner_id=learner.id,
                credential_id=definition.id,
                title=fields.title,
                skills=skills,
                pack_id=definition.pack_id,
                issued_at=issued_at,
                method=method,
                score=score,
                short_code=short_code_for(fields.credential_id),
                payload=payload.to_base32(raw),
                badge=badge.as_text(),
            )
        except IntegrityError:  # an id or short code already taken: draw another serial
            continue
    raise KnownError(say(QT_TRANSLATE_NOOP("core", "Could not find a free credential number; try again.")))


def _is_demonstration(pack_id: str) -> bool:
    from kiosk.core.errors import NotFound
    from kiosk.core.packs.trust import is_demonstration

    try:
        publisher_key_id = repo.get_installed_pack(pack_id).publisher_key_id
    except NotFound:
        publisher_key_id = ""
    return is_demonstration(pack_id, publisher_key_id)


def list_issued(*, learner_id: int | None = None, include_revoked: bool = True) -> list[IssuedCredentialRecord]:
    return repo.list_issued_credentials(learner_id=learner_id, include_revoked=include_revoked)


def get_issued(credential_id: str) -> IssuedCredentialRecord:
    """An issued credential by its id or its short code."""
    from kiosk.core.credentials.shortcode import normalise_short_code

    found = repo.find_issued_credential(credential_id.strip().upper())
    if found is None:
        code = normalise_short_code(credential_id)
        found = repo.find_issued_by_short_code(code) if code else None
    if found is None:
        return repo.get_issued_credential(credential_id)  # raises NotFound with the message
    return found


def revoke(credential_id: str, reason: str | None = None, *, now: datetime | None = None) -> IssuedCredentialRecord:
    """Mark an issued credential revoked; verification then refuses it on this kiosk."""
    issued = get_issued(credential_id)
    own = keys.ensure_signing_key()
    if not issued.id.startswith(own.key_id + "-"):
        # Signed with this kiosk's former key: syncs carry only the current key's revocations.
        raise KnownError(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Certificate %1 was signed with this kiosk's former key, so a revocation made here would never "
                    "reach the registry; ask the organisation to revoke it there (kiosk registry revoke %1).",
                ),
                issued.id,
            )
        )
    if issued.revoked_at is not None:
        raise KnownError(
            say(
                QT_TRANSLATE_NOOP("core", "Credential %1 was already revoked on %2."),
                issued.id,
                format(issued.revoked_at, "%Y-%m-%d"),
            )
        )
    cleaned = " ".join((reason or "").split()) or None
    if cleaned and len(cleaned) > REASON_MAX:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "A reason has at most %1 characters."), REASON_MAX))
    repo.mark_issued_revoked(issued.id, at=now or utcnow(), reason=cleaned)
    return repo.get_issued_credential(issued.id)


@dataclass(frozen=True)
class HeldCertificate:
    """One of a learner's certificates, as their "My certificates" list shows it."""

    id: str
    title: str
    issued_at: datetime
    revoked_at: datetime | None
    demonstration: bool


def learner_certificates(session: LearnerSession) -> list[HeldCertificate]:
    """The learner's certificates, newest first; revoked ones stay, marked with their date."""
    held = [
        HeldCertificate(
            id=issued.id,
            title=issued.title,
            issued_at=issued.issued_at,
            revoked_at=revoked_on(issued),
            demonstration=certificate_fields(issued).demonstration,
        )
        for issued in repo.list_issued_credentials(learner_id=session.learner_id)
    ]
    return sorted(held, key=lambda c: c.issued_at, reverse=True)


def revoked_on(issued: IssuedCredentialRecord) -> datetime | None:
    """When this certificate was revoked: on this kiosk, or by the organisation (its trust list)."""
    if issued.revoked_at is not None:
        return issued.revoked_at
    pulled = repo.find_registry_revocation(issued.id)
    return pulled.revoked_at if pulled else None


def certificate_fields(issued: IssuedCredentialRecord) -> CertificateFields:
    """The signed fields of an issued credential, read back from its payload."""
    return payload.decode(payload.from_base32(issued.payload))


def payload_url(issued: IssuedCredentialRecord, verify_url: str | None) -> str:
    return payload.certificate_url(payload.from_base32(issued.payload), verify_url)


def badge_facts(
    *, pack_id: str, credential_id: str, skills: list[dict], created: datetime, description: str | None = None
) -> ob3.BadgeFacts:
    """What the full Open Badge says beyond the QR: the organisation, the pack's publisher, the skills."""
    from kiosk.core.credentials.definitions import all_definitions
    from kiosk.core.errors import NotFound
    from kiosk.core.trust.store import pinned

    organisation = pinned()
    try:
        pack = repo.get_installed_pack(pack_id)
        publisher, publisher_key_id, language = pack.publisher, pack.publisher_key_id, pack.language
    except NotFound:
        publisher = publisher_key_id = language = ""
    if description is None:
        description = next((d.description for d in all_definitions() if d.id == credential_id), "")
    return ob3.fit_facts(ob3.BadgeFacts(
        created=created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        organisation=ob3.clean_text((organisation.name if organisation else "") or repo.get_setting("organisation") or ""),
        pack_id=pack_id if ob3.PACK_ID.match(pack_id) else "",
        publisher=ob3.clean_text(publisher),
        publisher_key_id=publisher_key_id if ob3.PUBLISHER_KEY.match(publisher_key_id) else "",
        description=ob3.clean_text(description or ""),
        language=language if ob3.LANGUAGE.match(language or "") else "",
        skills=tuple(
            SkillRef(s["id"], ob3.clean_text(s["title"]) or s["id"])
            for s in skills[: ob3.BADGE_MAX_SKILLS]
            if ob3.SKILL_ID.match(s["id"])
        ),
    ))


def badge_for(issued: IssuedCredentialRecord) -> ob3.Badge | None:
    """The credential's full Open Badge: the one signed at award time, or, for a credential issued
    before badges existed, one signed now by this kiosk's key (kept, so it is signed once).
    None when this kiosk no longer holds the key that issued it."""
    if issued.badge:
        try:
            return ob3.parse_badge(issued.badge)
        except ob3.BadBadge:
            return None
    key = keys.own_key()
    fields = certificate_fields(issued)
    if key is None or key.key_id != fields.key_id:
        return None
    facts = badge_facts(pack_id=issued.pack_id, credential_id=issued.credential_id, skills=issued.skills,
                        created=utcnow())
    badge = ob3.sign_badge(fields, facts, key.private_key, key.public_raw)
    repo.set_issued_badge(issued.id, badge.as_text())
    return ob3.parse_badge(repo.get_issued_credential(issued.id).badge or badge.as_text())


def export_ob3(issued: IssuedCredentialRecord) -> dict:
    """The signed Open Badges 3.0 credential of an issued credential: the full credential with its
    eddsa-jcs-2022 and eddsa-rdfc-2022 proofs, or, without a badge, the QR's credential and proof."""
    from kiosk.core.trust.store import public_key_for

    fields = certificate_fields(issued)
    public_key = public_key_for(fields.key_id)
    if public_key is None:
        raise KnownError(
            say(
                QT_TRANSLATE_NOOP("core", "The key %1 that signed %2 is not known on this kiosk."),
                fields.key_id,
                issued.id,
            )
        )
    public_raw = keys.public_raw_from_multibase(public_key)
    badge = badge_for(issued)
    if badge is not None:
        good = tuple(suite for suite, ok in ob3.badge_proofs_valid(fields, badge, public_raw).items() if ok)
        if good:  # only proofs that verify are exported
            return ob3.full_signed_credential(fields, public_raw, badge, suites=good)
    return ob3.signed_credential(fields, public_raw)
