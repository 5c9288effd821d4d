"""The one certificate check. The kiosk (``kiosk verify``, the app) and the registry's page
both call ``judge``; only the evidence they bring differs, so they cannot disagree.

In order, a certificate is:

1. read from its payload bytes (unreadable: INVALID);
2. refused if dated more than a day in the future (the signer chooses the date);
3. looked up: its kiosk key must be one the verifier trusts (approved by the organisation,
   or this kiosk's own);
4. checked: the Ed25519 signature over the rebuilt Open Badges credential;
5. for a key the organisation withdrew: genuine only if the organisation received this very
   certificate (same bytes) before the withdrawal; its date proves nothing;
6. refused if the verifier holds a different certificate under the same id;
7. REVOKED if the credential was revoked, else VALID.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Callable

from kiosk.core.credentials import keys, ob3, payload
from kiosk.core.credentials.payload import CertificateFields, InvalidPayload

FUTURE_SLACK = timedelta(days=1)


class Status(enum.StrEnum):
    """The verdict: what the verification page and `kiosk verify` say in one word."""

    VALID = "VALID"
    INVALID = "INVALID"
    REVOKED = "REVOKED"


class Finding(enum.StrEnum):
    """Why the verdict is what it is."""

    UNREADABLE = "unreadable"
    FUTURE_DATE = "future-date"
    UNKNOWN_KEY = "unknown-key"
    BAD_SIGNATURE = "bad-signature"
    WITHDRAWN_KEY = "withdrawn-key"
    CONFLICTING_RECORD = "conflicting-record"
    REVOKED = "revoked"
    GENUINE = "genuine"


@dataclass(frozen=True)
class KeyStanding:
    """A kiosk key as the verifier knows it."""

    key_id: str
    public_key: str
    kiosk_name: str
    organisation: str
    approved_at: datetime | None = None
    withdrawn_at: datetime | None = None
    own: bool = False  # this kiosk's own key


@dataclass(frozen=True)
class Evidence:
    """What the verifier's records say about one certificate.

    ``received_before_withdrawal``: the organisation received these exact bytes before it
    withdrew the key. ``conflicting_record``: the verifier holds a different certificate under
    this id. ``revocations_as_of``: how fresh the revocation answer is (None: unknown).
    ``signature_checked``: the verifier holds these exact bytes, taken only after this same
    signature check passed under ``key`` (the registry's received certificates), so the check
    need not run again.
    """

    key: KeyStanding | None
    received_before_withdrawal: bool = False
    conflicting_record: bool = False
    revoked_at: datetime | None = None
    revocations_as_of: datetime | None = None
    signature_checked: bool = False


@dataclass(frozen=True)
class Verdict:
    status: Status
    finding: Finding
    fields: CertificateFields | None = None
    evidence: Evidence | None = None
    detail: str = ""  # for UNREADABLE: what is wrong with the code

    @property
    def ok(self) -> bool:
        return self.status is Status.VALID

    @property
    def revoked(self) -> bool:
        return self.status is Status.REVOKED

    @property
    def genuine(self) -> bool:
        """Signed by a key the verifier trusts for this certificate (it may still be revoked)."""
        return self.finding in (Finding.GENUINE, Finding.REVOKED)

    @property
    def key(self) -> KeyStanding | None:
        return self.evidence.key if self.evidence else None

    @property
    def demonstration(self) -> bool:
        return self.fields is not None and self.fields.demonstration


@lru_cache(maxsize=4096)
def signature_ok(raw: bytes, public_key: str, fields: CertificateFields | None = None) -> bool:
    """Whether ``raw``'s signature is good under ``public_key``: a pure function, so remembered.

    ``fields``: ``raw`` decoded already (saves decoding it again; it must be ``payload.decode(raw)``).
    """
    return ob3.signature_is_valid(fields or payload.decode(raw), keys.public_raw_from_multibase(public_key))


def judge(
    raw: bytes,
    evidence_for: Callable[[CertificateFields, bytes], Evidence],
    *,
    today: date,
) -> Verdict:
    """The verdict on payload bytes, given the verifier's records (``evidence_for``)."""
    try:
        fields = payload.decode(raw)
    except InvalidPayload as exc:
        return Verdict(Status.INVALID, Finding.UNREADABLE, detail=exc.said or str(exc))
    if fields.issued_on > today + FUTURE_SLACK:
        return Verdict(Status.INVALID, Finding.FUTURE_DATE, fields)
    evidence = evidence_for(fields, raw)
    if evidence.key is None:
        return Verdict(Status.INVALID, Finding.UNKNOWN_KEY, fields, evidence)
    if not evidence.signature_checked and not signature_ok(raw, evidence.key.public_key, fields):
        return Verdict(Status.INVALID, Finding.BAD_SIGNATURE, fields, evidence)
    if evidence.key.withdrawn_at is not None and not evidence.received_before_withdrawal:
        return Verdict(Status.INVALID, Finding.WITHDRAWN_KEY, fields, evidence)
    if evidence.conflicting_record:
        return Verdict(Status.INVALID, Finding.CONFLICTING_RECORD, fields, evidence)
    if evidence.revoked_at is not None:
        return Verdict(Status.REVOKED, Finding.REVOKED, fields, evidence)
    return Verdict(Status.VALID, Finding.GENUINE, fields, evidence)
