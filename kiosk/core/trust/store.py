"""What this kiosk trusts: the organisation key it pinned, and the latest trust list it signed.

A kiosk pins its organisation's key at setup (typed, or from the enrolment file). From then
on it takes another kiosk's key, a key withdrawal or a credential revocation only from a trust
list signed by that key (or by a successor the key named), never older than the one it holds.
A kiosk with no pinned key trusts only its own certificates, and says so when it verifies.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from kiosk.core.clock import utcnow
from kiosk.core.credentials import keys
from kiosk.core.credentials.judge import Evidence, KeyStanding
from kiosk.core.credentials.payload import CertificateFields
from kiosk.core.errors import InvalidInput
from kiosk.core.records import TrustedKeyRecord
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage import repo
from kiosk.core.trust import documents
from kiosk.core.trust.documents import TrustList, TrustRefused
from kiosk.core.trust.pin import ORG_KEY, ORG_NAME, organisation_key, pin_values

TRUST_LIST, TRUST_SEQUENCE = "trust_list", "trust_sequence"
TRUST_ISSUED_AT, TRUST_RECEIVED_AT = "trust_issued_at", "trust_received_at"
# The highest list number this kiosk ever took from each organisation key: never less, even after
# the key is pinned again or another one is pinned and then this one again.
TRUST_FLOORS = "trust_floors"


@dataclass(frozen=True)
class Organisation(documents.OrganisationKey):
    name: str
    public_key: str


@dataclass(frozen=True)
class TrustStatus:
    organisation: Organisation | None
    sequence: int | None
    issued_at: datetime | None
    received_at: datetime | None
    kiosks: int
    withdrawn: int
    revocations: int

    def as_dict(self) -> dict:
        org = self.organisation
        return {
            "enrolled": org is not None,
            "organisation": org.name if org else None,
            "org_public_key": org.public_key if org else None,
            "org_fingerprint": org.fingerprint if org else None,
            "sequence": self.sequence,
            "issued_at": documents.format_time(self.issued_at) if self.issued_at else None,
            "received_at": documents.format_time(self.received_at) if self.received_at else None,
            "kiosk_keys": self.kiosks,
            "withdrawn_keys": self.withdrawn,
            "revoked_credentials": self.revocations,
        }


@dataclass(frozen=True)
class Applied:
    """What taking a trust list changed."""

    changed: bool
    sequence: int
    kiosks: int
    revocations: int
    rotated_to: str | None = None  # the new organisation key's fingerprint, when it was rotated


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def pinned() -> Organisation | None:
    values = repo.get_settings([ORG_KEY, ORG_NAME])
    if not values.get(ORG_KEY):
        return None
    return Organisation(name=values.get(ORG_NAME, ""), public_key=values[ORG_KEY])


def status() -> TrustStatus:
    values = repo.get_settings([TRUST_SEQUENCE, TRUST_ISSUED_AT, TRUST_RECEIVED_AT])
    kiosks, withdrawn, revocations = repo.count_trust_store()
    sequence = values.get(TRUST_SEQUENCE)
    return TrustStatus(
        organisation=pinned(),
        sequence=int(sequence) if sequence else None,
        issued_at=_time(values.get(TRUST_ISSUED_AT)),
        received_at=_time(values.get(TRUST_RECEIVED_AT)),
        kiosks=kiosks,
        withdrawn=withdrawn,
        revocations=revocations,
    )


def read_organisation_key(text: str) -> documents.Enrolment:
    """What a facilitator typed or chose: the path of an enrolment file, or the key itself (z6Mk...).

    A typed key carries no name or verify URL (the enrolment file does).
    """
    from pathlib import Path

    cleaned = text.strip()
    if not cleaned:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Choose the enrolment file, or type the organisation's key.")))
    path = Path(cleaned).expanduser()
    try:
        is_file = path.is_file()
    except OSError:
        is_file = False
    if is_file:
        return documents.read_enrolment_file(path)
    try:
        key = organisation_key(cleaned)
    except InvalidInput as exc:
        raise InvalidInput(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "This is neither an enrolment file nor an organisation key (a key starts with z6Mk)."
                )
            )
        ) from exc
    return documents.Enrolment(organisation="", public_key=key, verify_url=None)


def change_pinned_key(public_key: str, name: str, *, admin_pin: str) -> Organisation:
    """Pin another organisation key (the facilitator PIN is required).

    The trust list held so far was signed by the old key, so it is dropped: until the next
    sync with the new organisation's registry, this kiosk trusts only its own certificates.
    Nothing changes if the PIN or the key is refused.
    """
    from kiosk.core.setup import check_admin_pin

    values = pin_values(public_key, name)
    if not check_admin_pin(admin_pin):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Wrong facilitator PIN; the organisation key was not changed.")))
    current = pinned()
    if current is not None and current.public_key == values[ORG_KEY]:
        return current  # the same key again: the list it signed stays, and so does its number
    repo.clear_trust_store(values)
    return pinned()  # type: ignore[return-value]


def apply_trust_list(document: object, *, now: datetime | None = None) -> Applied:
    """Take a signed trust list: checked against the pinned key, never older than the one held.

    Raises ``TrustRefused`` with a one-line reason; then nothing is changed.
    """
    organisation = pinned()
    if organisation is None:
        raise TrustRefused(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This kiosk has no organisation key, so it cannot tell a real trust list from a forged one; "
                    "enrol it first (kiosk trust pin).",
                )
            )
        )
    opened = documents.open_trust_list(document, organisation.public_key)
    held = status()
    newest = max(held.sequence or 0, _floors().get(opened.public_key, 0))
    if opened.sequence < newest:
        raise TrustRefused(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "The trust list is older (number %1) than the one this kiosk holds (number %2); nothing was changed."
                ),
                opened.sequence,
                newest,
            )
        )
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    now = now or utcnow()
    if held.sequence == opened.sequence:
        # The registry signs a fresh copy of an unchanged list now and then: same content, a newer time.
        if _content(held_trust_list()) != _content(document):
            raise TrustRefused(
                say(
                    QT_TRANSLATE_NOOP(
                        "core", "The trust list differs from the one this kiosk holds under the same number %1; nothing was changed."
                    ),
                    opened.sequence,
                )
            )
        if held.issued_at is None or opened.issued_at > held.issued_at:
            repo.put_settings(
                {TRUST_LIST: text, TRUST_ISSUED_AT: opened.issued_at.isoformat(), TRUST_RECEIVED_AT: now.isoformat()}
            )
        return Applied(changed=False, sequence=opened.sequence, kiosks=len(opened.kiosks), revocations=len(opened.revocations))
    _store(opened, text, now=now)
    rotated = opened.public_key != organisation.public_key
    return Applied(
        changed=True,
        sequence=opened.sequence,
        kiosks=len(opened.kiosks),
        revocations=len(opened.revocations),
        rotated_to=opened.fingerprint if rotated else None,
    )


@dataclass(frozen=True)
class StoredForm:
    """A trust list as this kiosk stores it: rows for its tables and its settings."""

    kiosks: list[TrustedKeyRecord]
    receipts: list[tuple[str, str]]
    revocations: list[tuple[str, datetime]]
    settings: dict[str, str]
    at: datetime


def stored_form(opened: TrustList, text: str, *, now: datetime) -> StoredForm:
    return StoredForm(
        kiosks=[
            TrustedKeyRecord(
                key_id=k.key_id, public_key=k.public_key, name=k.name, added_at=k.approved_at, revoked_at=k.withdrawn_at
            )
            for k in opened.kiosks
        ],
        receipts=[(k.key_id, digest) for k in opened.kiosks for digest in sorted(k.received_before)],
        revocations=list(opened.revocations),
        settings={
            ORG_KEY: opened.public_key,
            ORG_NAME: opened.organisation,
            TRUST_LIST: text,
            TRUST_SEQUENCE: str(opened.sequence),
            TRUST_ISSUED_AT: opened.issued_at.isoformat(),
            TRUST_RECEIVED_AT: now.isoformat(),
        },
        at=now,
    )


def _floors() -> dict[str, int]:
    text = repo.get_setting(TRUST_FLOORS)
    return json.loads(text) if text else {}


def _store(opened: TrustList, text: str, *, now: datetime) -> None:
    form = stored_form(opened, text, now=now)
    floors = _floors()
    floors[opened.public_key] = max(floors.get(opened.public_key, 0), opened.sequence)
    form.settings[TRUST_FLOORS] = json.dumps(floors, sort_keys=True)
    repo.replace_trust_store(
        kiosks=form.kiosks, receipts=form.receipts, revocations=form.revocations, settings=form.settings, at=now
    )


def _content(document: object) -> object:
    """A trust list without the time its copy was signed."""
    if not isinstance(document, dict) or not isinstance(document.get("body"), dict):
        return None
    return {k: v for k, v in document["body"].items() if k != "issued_at"}


def held_trust_list() -> dict | None:
    """The signed trust list this kiosk holds, as it came."""
    text = repo.get_setting(TRUST_LIST)
    return json.loads(text) if text else None


def import_trust_file(path, *, now: datetime | None = None) -> Applied:
    """Take a trust list carried on USB (``kiosk registry trust-list -o FILE`` at the registry)."""
    words = (
        QT_TRANSLATE_NOOP("core", "%1 is too large to be a trust list."),
        QT_TRANSLATE_NOOP("core", "Could not read the trust list %1: %2."),
        QT_TRANSLATE_NOOP("core", "%1 is not a trust list: %2."),
    )
    document = documents.read_document_file(path, MAX_TRUST_LIST_BYTES, words)
    return apply_trust_list(document, now=now)


MAX_TRUST_LIST_BYTES = 32 * 1024 * 1024


# --- evidence for the certificate check ---------------------------------------


def evidence_for(fields: CertificateFields, raw: bytes) -> Evidence:
    """What this kiosk knows about one certificate, for ``kiosk.core.credentials.judge``."""
    organisation = pinned()
    org_name = organisation.name if organisation else ""
    listed = repo.find_trusted_kiosk_key(fields.key_id)
    own = keys.own_key()
    is_own = own is not None and own.key_id == fields.key_id
    if listed is not None:
        key = KeyStanding(
            key_id=listed.key_id,
            public_key=listed.public_key,
            kiosk_name=listed.name,
            organisation=org_name,
            approved_at=listed.added_at,
            withdrawn_at=listed.revoked_at,
            own=is_own,
        )
    elif is_own:
        from kiosk.core.setup import load_settings

        settings = load_settings()
        key = KeyStanding(
            key_id=own.key_id,  # type: ignore[union-attr]
            public_key=own.public_key,  # type: ignore[union-attr]
            kiosk_name=settings.kiosk_name,
            organisation=org_name or settings.organisation,
            own=True,
        )
    else:
        key = _retired_own_key(fields.key_id, org_name)
    issued_here = repo.find_issued_credential(fields.credential_id)
    conflicting = issued_here is not None and issued_here.payload != _base32(raw)
    # A key the organisation withdrew: only its list says what it received in time, as on the
    # registry's page. A key this kiosk retired itself (not on the list): its own records do.
    retired_here = listed is None and key is not None and key.own
    received = key is not None and key.withdrawn_at is not None and (
        repo.receipt_recorded(key.key_id, documents.receipt_digest(raw))
        or (retired_here and issued_here is not None and not conflicting and issued_here.issued_at <= key.withdrawn_at)
    )
    revoked_at = None
    if issued_here is not None and not conflicting and issued_here.revoked_at is not None:
        revoked_at = issued_here.revoked_at
    else:
        pulled = repo.find_registry_revocation(fields.credential_id)
        revoked_at = pulled.revoked_at if pulled else None
    return Evidence(
        key=key,
        received_before_withdrawal=received,
        conflicting_record=conflicting,
        revoked_at=revoked_at,
        revocations_as_of=status().issued_at if organisation else None,
    )


def _retired_own_key(key_id: str, org_name: str) -> KeyStanding | None:
    """A key this kiosk signed with before a rotation: good for what it issued before then."""
    from kiosk.core.credentials.keys import find_retired
    from kiosk.core.setup import load_settings

    retired = find_retired(key_id)
    if retired is None:
        return None
    settings = load_settings()
    return KeyStanding(
        key_id=retired.key_id,
        public_key=retired.public_key,
        kiosk_name=settings.kiosk_name,
        organisation=org_name or settings.organisation,
        withdrawn_at=retired.retired_at,
        own=True,
    )


def public_key_for(key_id: str) -> str | None:
    """The public key behind a key id: this kiosk's own, or one on the trust list."""
    own = keys.own_key()
    if own is not None and own.key_id == key_id:
        return own.public_key
    listed = repo.find_trusted_kiosk_key(key_id)
    if listed is not None:
        return listed.public_key
    from kiosk.core.credentials.keys import find_retired

    retired = find_retired(key_id)
    return retired.public_key if retired else None


def _base32(raw: bytes) -> str:
    from kiosk.core.credentials.payload import to_base32

    return to_base32(raw)
