"""What the registry does, without HTTP: approve kiosks, sign the trust list, check certificates.

Taking kiosks' sync batches is ``kiosk.registry.batches``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.clock import utc_today, utcnow
from kiosk.core.credentials import dataintegrity, judge, keys, ob3, payload
from kiosk.core.credentials.payload import CertificateFields
from kiosk.core.credentials.shortcode import normalise_short_code
from kiosk.core.errors import InvalidInput, KnownError, NotFound
from kiosk.core.sync import envelope as env
from kiosk.core.trust import documents
from kiosk.registry import orgkey, store
from kiosk.registry.store import KioskRecord, OrganisationRecord, ReceivedRecord, RevocationRecord

log = logging.getLogger(__name__)

TEXT_MAX = 80
CREDENTIAL_ID = re.compile(r"^[A-Z2-7]{8}-[A-Z2-7]{8}$")

VALID, INVALID, REVOKED = (s.value for s in judge.Status)
TRUST_COPY_MAX_AGE = timedelta(minutes=15)  # a copy of the trust list is signed again at least this often


# --- kiosks -----------------------------------------------------------------


def _text(value: str | None, what: str, default: str) -> str:
    cleaned = " ".join((value or "").split()) or default
    if len(cleaned) > TEXT_MAX:
        raise InvalidInput(f"The {what} has at most {TEXT_MAX} characters.")
    if documents.has_control_characters(cleaned):
        raise InvalidInput(f"The {what} holds a control character; type it again.")
    return cleaned


def approve_kiosk(public_key: str, *, name: str | None = None, organisation: str | None = None) -> KioskRecord:
    """Approve a kiosk's public key (multibase ``z6Mk...``); its certificates then verify here."""
    raw = keys.public_raw_from_multibase(public_key.strip())
    key_id = keys.key_id_for(raw)
    try:
        return store.save_kiosk(
            key_id=key_id,
            public_key=keys.public_key_multibase(raw),
            name=_text(name, "kiosk name", f"Kiosk {key_id}"),
            organisation=_text(organisation, "organisation", ""),
            approved_at=utcnow(),
        )
    except store.KeyIdTaken as exc:
        raise KnownError(
            f"Another kiosk key already has the id {key_id}; this key was not approved. Ask the kiosk to make a "
            "new key ('kiosk key rotate')."
        ) from exc


def revoke_kiosk(key_id: str, *, now: datetime | None = None) -> KioskRecord:
    """Revoke a kiosk key: certificates the registry receives from now on are INVALID."""
    key_id = key_id.strip().upper()
    found = store.find_kiosk(key_id)
    if found is None:
        raise NotFound(f"No approved kiosk has the key id {key_id!r} (see 'kiosk registry list-kiosks').")
    if found.revoked_at is not None:
        raise KnownError(f"The kiosk key {key_id} was already revoked on {found.revoked_at:%Y-%m-%d %H:%M} UTC.")
    store.mark_kiosk_revoked(key_id, at=now or utcnow())
    return store.find_kiosk(key_id)  # type: ignore[return-value]


def revoke_credential(credential_id: str, reason: str | None = None, *, now: datetime | None = None) -> RevocationRecord:
    """Revoke one credential by its id (``K7Q2M4XA-3FJ5QW2T``) or short code."""
    wanted = credential_id.strip().upper()
    if not CREDENTIAL_ID.match(wanted):
        found = find_by_short_code(credential_id)
        if found is None:
            raise InvalidInput(f"{credential_id!r} is not a credential id (like K7Q2M4XA-3FJ5QW2T) or a known short code.")
        wanted = found.id
    cleaned = " ".join((reason or "").split()) or None
    if cleaned and len(cleaned) > env.REASON_MAX:
        raise InvalidInput(f"A reason has at most {env.REASON_MAX} characters.")
    moment = now or utcnow()
    if not store.add_revocation(wanted, revoked_at=moment, reason=cleaned, received_at=moment):
        raise KnownError(f"Credential {wanted} is already revoked.")
    return store.find_revocation(wanted)  # type: ignore[return-value]


# --- the organisation and its trust list ---------------------------------------


def init_organisation(*, name: str, verify_url: str | None, key_file: Path) -> tuple[OrganisationRecord, Ed25519PrivateKey]:
    """Set this registry up for one organisation: make its key (a file, 0600) and record its public half."""
    from kiosk.core.setup import validate_verify_url

    if store.get_organisation() is not None:
        found = store.get_organisation()
        raise KnownError(
            f"This registry already speaks for {found.name!r} (key {_fingerprint(found.public_key)}); "  # type: ignore[union-attr]
            "to change the key, use 'kiosk registry rotate-org-key'."
        )
    cleaned = _text(name, "organisation's name", "")
    if not cleaned:
        raise InvalidInput("Type the organisation's name.")
    url = validate_verify_url(verify_url) if verify_url else None
    key = orgkey.create(key_file)
    store.create_organisation(
        name=cleaned, public_key=keys.public_key_multibase(keys.public_raw_of(key)), verify_url=url, at=utcnow()
    )
    organisation_name.cache_clear()
    public_base_url.cache_clear()
    return store.get_organisation(), key  # type: ignore[return-value]


def _fingerprint(public_key: str) -> str:
    return keys.fingerprint_of(public_key)


def require_organisation() -> OrganisationRecord:
    found = store.get_organisation()
    if found is None:
        raise KnownError(
            "This registry has no organisation key yet: run 'kiosk registry init --org NAME' first."
        )
    return found


@lru_cache(maxsize=1)
def organisation_name() -> str:
    found = store.get_organisation()
    return found.name if found else ""


def load_org_key(key_file: str | Path | None = None) -> Ed25519PrivateKey:
    """The organisation key file, checked against the public key this registry recorded."""
    return orgkey.load(orgkey.key_path(key_file), expected_public_key=require_organisation().public_key)


def enrolment(org_key: Ed25519PrivateKey) -> dict:
    """The enrolment file a new kiosk is set up with (organisation, key, verify URL), signed."""
    found = require_organisation()
    return documents.make_enrolment(org_key=org_key, organisation=found.name, verify_url=found.verify_url)


def build_trust_list(org_key: Ed25519PrivateKey, *, now: datetime | None = None) -> dict:
    """A signed copy of the trust list as it stands now.

    Read so that one copy is one consistent state: the sequence number is read before and
    after, and the copy is built again if a change came in between.
    """
    for _ in range(10):
        found = require_organisation()
        kiosks = store.list_kiosks()
        revocations = store.list_revocations()
        receipts = store.receipts_before_withdrawal()
        if store.trust_sequence() == found.trust_sequence:
            break
    digests: dict[str, set[str]] = {}
    for key_id, text in receipts:
        digests.setdefault(key_id, set()).add(documents.receipt_digest(payload.payload_from_text(text)))
    return documents.make_trust_list(
        org_key=org_key,
        organisation=found.name,
        verify_url=found.verify_url,
        sequence=found.trust_sequence,
        issued_at=now or utcnow(),
        kiosks=[
            documents.TrustedKiosk(
                key_id=k.key_id,
                public_key=k.public_key,
                name=k.name,
                approved_at=k.approved_at,
                withdrawn_at=k.revoked_at,
                received_before=frozenset(digests.get(k.key_id, ())) if k.revoked_at else frozenset(),
            )
            for k in kiosks
        ],
        revocations=[(r.id, r.revoked_at) for r in revocations],
        rotations=[documents.Rotation(r["from"], r["to"], documents.parse_time(r["at"], "rotation time"), r["signature"])
                   for r in found.key_history],
    )


class TrustListCopies:
    """Signed copies of the trust list, one per sequence number, signed again every 15 minutes.

    A kiosk shows "not revoked as of <the copy's time>", so the time is kept fresh, while a
    copy is built only when the list changed or its time is old.
    """

    def __init__(self, org_key: Ed25519PrivateKey) -> None:
        self.org_key = org_key
        self.sequence = 0
        self.made_at: datetime | None = None
        self.body: bytes = b""

    def current(self, *, now: datetime | None = None) -> bytes:
        import json

        now = now or utcnow()
        sequence = store.trust_sequence()
        if sequence != self.sequence or self.made_at is None or now - self.made_at > TRUST_COPY_MAX_AGE:
            document = build_trust_list(self.org_key, now=now)
            self.body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            self.sequence, self.made_at = document["body"]["sequence"], now
        return self.body


def rotate_org_key(*, old_key_file: Path, new_key_file: Path, now: datetime | None = None) -> OrganisationRecord:
    """Replace the organisation key by a new one that the old key names as its successor.

    Kiosks that pinned the old key follow the rotation on their next sync (the trust list
    carries the signed rotation). For a stolen key this is not enough: see docs/security.md.
    """
    found = require_organisation()
    old_key = orgkey.load(old_key_file, expected_public_key=found.public_key)
    new_key = orgkey.create(new_key_file)
    new_public = keys.public_key_multibase(keys.public_raw_of(new_key))
    moment = now or utcnow()
    rotation = documents.sign_rotation(old_key, new_public, moment)
    store.rotate_organisation_key(
        public_key=new_public, key_history=[*found.key_history, rotation.as_dict()], at=moment
    )
    return store.get_organisation()  # type: ignore[return-value]


# --- checking a certificate -------------------------------------------------


@dataclass(frozen=True)
class PageResult:
    """What the verification page shows: the one check's verdict and what the registry holds."""

    verdict: judge.Verdict
    organisation: str = ""
    record: ReceivedRecord | None = None  # this very certificate, as received from its kiosk
    revocation: RevocationRecord | None = None
    issuer_last_sync: datetime | None = None  # the issuing kiosk's last sync
    badge: ob3.Badge | None = None  # the full Open Badge, once the issuing kiosk sent it
    digits: str = ""  # the certificate's code as its QR writes it (the page's address), when known

    @property
    def status(self) -> str:
        return self.verdict.status.value

    @property
    def fields(self) -> CertificateFields | None:
        return self.verdict.fields

    @property
    def kiosk(self) -> judge.KeyStanding | None:
        return self.verdict.key


@lru_cache(maxsize=256)  # kiosks are few, and a page view needs one (records are frozen, so shared)
def _standing(kiosk: KioskRecord, organisation: str) -> judge.KeyStanding:
    """An approved kiosk's key as the one check sees it."""
    return judge.KeyStanding(key_id=kiosk.key_id, public_key=kiosk.public_key, kiosk_name=kiosk.name,
                             organisation=organisation, approved_at=kiosk.approved_at, withdrawn_at=kiosk.revoked_at)


def check_payload(raw: bytes, *, now: datetime | None = None, digits: str = "") -> PageResult:
    """The one certificate check, with the registry's records as evidence. ``digits``: ``raw`` as
    the QR writes it, if the caller has it already."""
    if digits and not payload.is_qr_digits(digits):  # the page puts them in its HTML as they are
        digits = ""
    found: list[tuple[store.PageLookup, bool]] = []  # what the check looked up, and whether it holds these bytes
    organisation = organisation_name()

    def evidence(fields: CertificateFields, raw_bytes: bytes) -> judge.Evidence:
        looked = store.lookup_for_page(fields.key_id, fields.credential_id)
        kiosk, record = looked.kiosk, looked.record
        same = record is not None and payload.is_base32_of(record.payload, raw_bytes)
        found.append((looked, same))
        if kiosk is None:
            return judge.Evidence(key=None)
        return judge.Evidence(
            key=_standing(kiosk, organisation),
            received_before_withdrawal=same and kiosk.revoked_at is not None and record.received_at <= kiosk.revoked_at,  # type: ignore[union-attr]
            conflicting_record=record is not None and not same,
            revoked_at=looked.revocation.revoked_at if looked.revocation else None,
            revocations_as_of=looked.last_sync,
            # take_batch stored these bytes only after ob3.signature_is_valid under this key
            signature_checked=same,
        )

    verdict = judge.judge(raw, evidence, today=now.date() if now else utc_today())
    if not found:  # the code did not decode, or is dated in the future: nothing was looked up
        return PageResult(verdict=verdict, organisation=organisation, digits=digits)
    looked, same = found[0]
    record = looked.record if same else None
    return PageResult(
        verdict=verdict,
        organisation=organisation,
        record=record,
        revocation=looked.revocation,
        issuer_last_sync=looked.last_sync,
        badge=_held_badge(looked.badge) if record is not None and verdict.genuine else None,
        digits=digits,
    )


# --- the full Open Badge: what the page offers to download -----------------------


def _held_badge(text: str | None) -> ob3.Badge | None:
    """The badge held for this very certificate, for the page: its facts, under the eddsa-jcs-2022
    proof that was checked against this certificate when the batch was taken
    (``batches.checked_badges``; ``store.save_badges`` keeps it only beside that very payload).
    Nothing is verified again here: a page view costs no proof work. The download checks every
    proof it serves (``open_badge``)."""
    if text is None:
        return None
    try:
        # kept only as ob3.parse_badge read it (batches.checked_badges)
        return ob3.read_kept_badge(text, suites=(dataintegrity.JCS,))
    except ob3.BadBadge:
        return None


@lru_cache(maxsize=1024)
def _good_badge_proofs(fields: CertificateFields, public_key: str, text: str) -> frozenset[str]:
    """The cryptosuites of ``text``'s proofs that verify for the certificate ``fields`` (a pure function)."""
    try:
        badge = ob3.parse_badge(text)
    except ob3.BadBadge:
        return frozenset()
    checked = ob3.badge_proofs_valid(fields, badge, keys.public_raw_from_multibase(public_key))
    if not all(checked.values()):
        log.warning("credential %s: its Open Badge proofs %s do not verify and are not served", fields.credential_id,
                    ", ".join(sorted(suite for suite, ok in checked.items() if not ok)))
    return frozenset(suite for suite, ok in checked.items() if ok)


@lru_cache(maxsize=1)  # set once, by init_organisation (which clears it), like organisation_name
def public_base_url() -> str | None:
    """The organisation's verify URL (``kiosk registry init --verify-url``), if it gave one."""
    found = store.get_organisation()
    return found.verify_url.rstrip("/") if found and found.verify_url else None


def open_badge(result: PageResult) -> dict | None:
    """The Open Badges 3.0 credential the page offers for a VALID certificate: the full credential
    with its proof set once the issuing kiosk sent its badge, else the credential rebuilt from the
    QR with the QR's eddsa-jcs-2022 proof. None for anything but VALID (no badge for a withdrawn
    or unconfirmed certificate)."""
    if result.status != VALID or result.fields is None or result.kiosk is None:
        return None
    public_raw = keys.public_raw_from_multibase(result.kiosk.public_key)
    text = store.find_badge(result.fields.credential_id) if result.badge is not None else None
    if text is not None:
        good = _good_badge_proofs(result.fields, result.kiosk.public_key, text)  # the rdfc proof: some ms, once
        if dataintegrity.JCS in good:
            badge = ob3.parse_badge(text)
            served = ob3.Badge(facts=badge.facts, proofs={k: v for k, v in badge.proofs.items() if k in good})
            return ob3.full_signed_credential(result.fields, public_raw, served)
    return ob3.signed_credential(result.fields, public_raw)


def check_text(text: str) -> PageResult:
    """Check the digits (or older base32) after ``/C/``; raises ``InvalidPayload`` if it is not a payload at all."""
    raw = payload.payload_from_text(text)
    # Digits are read only as the QR writes them (no leading zero), so they are the page's own address.
    return check_payload(raw, digits=text)


def find_by_short_code(text: str) -> ReceivedRecord | None:
    code = normalise_short_code(text)
    return store.find_received_by_short_code(code) if code else None
