"""What the organisation signs, and how a kiosk checks it. Pure functions, no storage.

Four signed documents (``kiosk.core.signed``), all under the organisation key:

- the **trust list** (``kiosk-trust/1``): approved kiosk keys (when each was approved, when
  withdrawn, and for a withdrawn key the certificates the registry received before), revoked
  credentials (id and date, never the reason), a sequence number and an issue time;
- the **enrolment file** (``kiosk-enrolment/1``): the organisation's name, key and verify URL,
  signed by that key, handed out on USB;
- a **receipt** (``kiosk-receipt/1``): what the registry acknowledged of one sync request;
- a **key rotation** (``kiosk-org-key/1``): the old organisation key naming its successor,
  carried in the trust list so kiosks that pinned the old key follow.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core import signed
from kiosk.core.clock import format_utc, parse_utc
from kiosk.core.credentials import keys
from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.untrusted_json import JsonRefused, load_json

TRUST_FORMAT = "kiosk-trust/1"
ENROLMENT_FORMAT = "kiosk-enrolment/1"
RECEIPT_FORMAT = "kiosk-receipt/1"
ROTATION_FORMAT = "kiosk-org-key/1"

NAME_MAX = 200
URL_MAX = 300
MAX_KIOSKS = 100_000
MAX_RECEIPTS = 500_000  # over all withdrawn keys
MAX_REVOCATIONS = 200_000
MAX_ROTATIONS = 100
MAX_SEQUENCE = 2**53 - 1
ENROLMENT_MAX_BYTES = 64 * 1024
DIGEST_CHARS = 32

_KEY_ID = re.compile(r"[A-Z2-7]{8}")
_CREDENTIAL_ID = re.compile(r"[A-Z2-7]{8}-[A-Z2-7]{8}")
_DIGEST = re.compile(r"[0-9a-f]{32}")


class TrustRefused(KnownError):
    """A trust list, enrolment file or receipt that this kiosk does not accept; nothing was changed."""


format_time, parse_time = format_utc, parse_utc


def receipt_digest(raw_payload: bytes) -> str:
    """How the trust list names one received certificate: 128 bits of SHA-256 of its payload bytes.

    The payload holds the key id and serial, so the digest names one certificate, and a second,
    different certificate signed under the same id (with a stolen key) has another digest.
    """
    return hashlib.sha256(raw_payload).hexdigest()[:DIGEST_CHARS]


def has_control_characters(text: str) -> bool:
    """Whether ``text`` holds a C0 or C1 control character or DEL: kiosks refuse such names in a
    trust list, so the registry refuses them when they are typed."""
    return any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in text)


def _text(value: object, what: str, limit: int = NAME_MAX, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit or has_control_characters(value):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "The %1 is not text of at most %2 characters."), what, limit))
    return value


def _public_key(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "The %1 is not a public key."), what))
    return keys.public_raw_from_multibase(value)


_list = functools.partial(
    signed.bounded_list,
    not_a_list=QT_TRANSLATE_NOOP("core", "The trust list's %1 is not a list."),
    too_many=QT_TRANSLATE_NOOP("core", "The trust list holds more than %1 %2."),
)


def _fields(item: object, names: set[str], what: str) -> dict:
    if not isinstance(item, dict) or set(item) != names:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Each %1 has exactly: %2."), what, ", ".join(sorted(names))))
    return item


# --- the trust list -----------------------------------------------------------


@dataclass(frozen=True)
class TrustedKiosk:
    key_id: str
    public_key: str
    name: str
    approved_at: datetime
    withdrawn_at: datetime | None
    received_before: frozenset[str]  # receipt digests of certificates received before the withdrawal


@dataclass(frozen=True)
class Rotation:
    """The organisation key ``from_key`` naming ``to_key`` as its successor, signed by ``from_key``."""

    from_key: str
    to_key: str
    at: datetime
    signature: str

    def as_dict(self) -> dict:
        return {"from": self.from_key, "to": self.to_key, "at": format_time(self.at), "signature": self.signature}


class OrganisationKey:
    """Base of a record that carries an organisation's public key (``z6Mk...``): its fingerprint,
    as people compare it, is worked out in this one way."""

    public_key: str

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint_of(self.public_key)


@dataclass(frozen=True)
class TrustList(OrganisationKey):
    organisation: str
    public_key: str  # the organisation key that signed it
    verify_url: str | None
    sequence: int
    issued_at: datetime
    kiosks: tuple[TrustedKiosk, ...]
    revocations: tuple[tuple[str, datetime], ...]
    rotations: tuple[Rotation, ...]


def sign_rotation(old_key: Ed25519PrivateKey, new_public_key: str, at: datetime) -> Rotation:
    body = {"from": keys.public_key_multibase(keys.public_raw_of(old_key)), "to": new_public_key, "at": format_time(at)}
    document = signed.sign(ROTATION_FORMAT, body, old_key)
    return Rotation(from_key=body["from"], to_key=new_public_key, at=at, signature=document["signature"])


def make_trust_list(
    *,
    org_key: Ed25519PrivateKey,
    organisation: str,
    verify_url: str | None,
    sequence: int,
    issued_at: datetime,
    kiosks: list[TrustedKiosk],
    revocations: list[tuple[str, datetime]],
    rotations: list[Rotation] = (),  # type: ignore[assignment]
) -> dict:
    """The signed trust list (a JSON-ready dict), as the registry serves it."""
    body = {
        "organisation": {
            "name": organisation,
            "public_key": keys.public_key_multibase(keys.public_raw_of(org_key)),
            "verify_url": verify_url,
        },
        "sequence": sequence,
        "issued_at": format_time(issued_at),
        "kiosks": [
            {
                "key_id": k.key_id,
                "public_key": k.public_key,
                "name": k.name,
                "approved_at": format_time(k.approved_at),
                "withdrawn_at": format_time(k.withdrawn_at) if k.withdrawn_at else None,
                "received_before": sorted(k.received_before),
            }
            for k in kiosks
        ],
        "revocations": [{"id": credential_id, "revoked_at": format_time(at)} for credential_id, at in revocations],
        "key_history": [r.as_dict() for r in rotations],
    }
    return signed.sign(TRUST_FORMAT, body, org_key)


def _rotations(body: dict) -> list[Rotation]:
    found = []
    for item in _list(body, "key_history", MAX_ROTATIONS):
        item = _fields(item, {"from", "to", "at", "signature"}, say(QT_TRANSLATE_NOOP("core", "key rotation")))
        _public_key(item["from"], say(QT_TRANSLATE_NOOP("core", "old organisation key")))
        _public_key(item["to"], say(QT_TRANSLATE_NOOP("core", "new organisation key")))
        signed.decode_signature(item["signature"])
        found.append(Rotation(item["from"], item["to"], parse_time(item["at"], say(QT_TRANSLATE_NOOP("core", "rotation time"))), item["signature"]))
    return found


def _successor_chain(pinned: str, signer: str, rotations: list[Rotation]) -> bool:
    """Whether a chain of rotations, each signed by the key before it, leads from ``pinned`` to ``signer``."""
    current, steps = pinned, 0
    by_from = {}
    for rotation in rotations:
        by_from.setdefault(rotation.from_key, []).append(rotation)
    while current != signer and steps <= len(rotations):
        step = None
        for rotation in by_from.get(current, []):
            body = {"from": rotation.from_key, "to": rotation.to_key, "at": format_time(rotation.at)}
            signature = signed.decode_signature(rotation.signature)
            if signed.signature_matches(ROTATION_FORMAT, body, signature, keys.public_raw_from_multibase(current)):
                step = rotation.to_key
                break
        if step is None:
            return False
        current, steps = step, steps + 1
    return current == signer


def open_trust_list(document: object, pinned_public_key: str) -> TrustList:
    """Check a trust list against the pinned organisation key and read it.

    Accepted when signed by the pinned key, or by a successor the pinned key named (a chain
    of rotations in ``key_history``). Raises ``TrustRefused`` with a one-line reason.
    The signature is checked before the lists are read.
    """
    try:
        body, signature = signed.parts(document, TRUST_FORMAT)
        organisation = _fields(body.get("organisation"), {"name", "public_key", "verify_url"}, say(QT_TRANSLATE_NOOP("core", "organisation")))
        signer = organisation["public_key"]
        signer_raw = _public_key(signer, say(QT_TRANSLATE_NOOP("core", "organisation key")))
    except InvalidInput as exc:
        raise TrustRefused(say(QT_TRANSLATE_NOOP("core", "The trust list is malformed (%1); nothing was changed."), exc.said or str(exc))) from exc
    try:
        signature_ok = signed.signature_matches(TRUST_FORMAT, body, signature, signer_raw)
    except (signed.DocumentError, RecursionError):
        signature_ok = False
    if not signature_ok:
        raise TrustRefused(
            say(QT_TRANSLATE_NOOP("core", "The trust list was altered: its signature does not match; nothing was changed."))
        )
    try:
        rotations = _rotations(body)
    except InvalidInput as exc:
        raise TrustRefused(say(QT_TRANSLATE_NOOP("core", "The trust list is malformed (%1); nothing was changed."), exc.said or str(exc))) from exc
    if signer != pinned_public_key and not _successor_chain(pinned_public_key, signer, rotations):
        raise TrustRefused(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The trust list is signed by key %1, not by this kiosk's organisation (%2); nothing was changed.",
                ),
                keys.fingerprint_for(signer_raw),
                keys.fingerprint_of(pinned_public_key),
            )
        )
    try:
        return _read_trust_body(body, signer, rotations)
    except InvalidInput as exc:
        raise TrustRefused(say(QT_TRANSLATE_NOOP("core", "The trust list is malformed (%1); nothing was changed."), exc.said or str(exc))) from exc


def _read_trust_body(body: dict, signer: str, rotations: list[Rotation]) -> TrustList:
    expected = {"organisation", "sequence", "issued_at", "kiosks", "revocations", "key_history"}
    if set(body) != expected:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "the body has unexpected or missing parts")))
    organisation = body["organisation"]
    sequence = body["sequence"]
    if type(sequence) is not int or not 1 <= sequence <= MAX_SEQUENCE:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "the sequence number is not a positive whole number")))
    kiosks, receipts, seen = [], 0, set()
    for item in _list(body, "kiosks", MAX_KIOSKS):
        item = _fields(item, {"key_id", "public_key", "name", "approved_at", "withdrawn_at", "received_before"}, say(QT_TRANSLATE_NOOP("core", "kiosk")))
        raw = _public_key(item["public_key"], say(QT_TRANSLATE_NOOP("core", "kiosk key")))
        if item["key_id"] != keys.key_id_for(raw) or item["key_id"] in seen:
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "the key id %1 does not belong to its key, or appears twice"), repr(item["key_id"])))
        seen.add(item["key_id"])
        withdrawn = parse_time(item["withdrawn_at"], say(QT_TRANSLATE_NOOP("core", "withdrawal time"))) if item["withdrawn_at"] is not None else None
        digests = item["received_before"]
        if not isinstance(digests, list) or (digests and withdrawn is None):
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "received_before is a list, and only for a withdrawn key")))
        receipts += len(digests)
        if receipts > MAX_RECEIPTS or not all(isinstance(d, str) and _DIGEST.fullmatch(d) for d in digests):
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "received_before holds too many entries or one that is not a digest")))
        kiosks.append(
            TrustedKiosk(
                key_id=item["key_id"],
                public_key=item["public_key"],
                name=_text(item["name"], say(QT_TRANSLATE_NOOP("core", "kiosk name"))) or "",
                approved_at=parse_time(item["approved_at"], say(QT_TRANSLATE_NOOP("core", "approval time"))),
                withdrawn_at=withdrawn,
                received_before=frozenset(digests),
            )
        )
    revocations = []
    for item in _list(body, "revocations", MAX_REVOCATIONS):
        item = _fields(item, {"id", "revoked_at"}, say(QT_TRANSLATE_NOOP("core", "revocation")))
        if not isinstance(item["id"], str) or not _CREDENTIAL_ID.fullmatch(item["id"]):
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "a revoked credential id is not like K7Q2M4XA-3FJ5QW2T")))
        revocations.append((item["id"], parse_time(item["revoked_at"], say(QT_TRANSLATE_NOOP("core", "revocation time")))))
    return TrustList(
        organisation=_text(organisation["name"], say(QT_TRANSLATE_NOOP("core", "organisation name"))) or "",
        public_key=signer,
        verify_url=_text(organisation["verify_url"], say(QT_TRANSLATE_NOOP("core", "verify URL")), URL_MAX, optional=True),
        sequence=sequence,
        issued_at=parse_time(body["issued_at"], say(QT_TRANSLATE_NOOP("core", "issue time"))),
        kiosks=tuple(kiosks),
        revocations=tuple(revocations),
        rotations=tuple(rotations),
    )


# --- the enrolment file -------------------------------------------------------


@dataclass(frozen=True)
class Enrolment(OrganisationKey):
    organisation: str
    public_key: str
    verify_url: str | None


def make_enrolment(*, org_key: Ed25519PrivateKey, organisation: str, verify_url: str | None) -> dict:
    body = {
        "organisation": organisation,
        "public_key": keys.public_key_multibase(keys.public_raw_of(org_key)),
        "verify_url": verify_url,
    }
    return signed.sign(ENROLMENT_FORMAT, body, org_key)


def read_enrolment_document(document: object) -> Enrolment:
    """An enrolment file's content, checked: its shape and its signature by the key it carries.

    The signature shows the name and verify URL were not changed after the organisation wrote
    them; that the key is the organisation's own is what the facilitator checks by comparing
    its fingerprint with the one the organisation gave them.
    """
    try:
        body, signature = signed.parts(document, ENROLMENT_FORMAT)
        body = _fields(body, {"organisation", "public_key", "verify_url"}, say(QT_TRANSLATE_NOOP("core", "enrolment")))
        raw = _public_key(body["public_key"], say(QT_TRANSLATE_NOOP("core", "organisation key")))
        name = _text(body["organisation"], say(QT_TRANSLATE_NOOP("core", "organisation name")))
        url = _text(body["verify_url"], say(QT_TRANSLATE_NOOP("core", "verify URL")), URL_MAX, optional=True)
    except InvalidInput as exc:
        raise TrustRefused(say(QT_TRANSLATE_NOOP("core", "This is not a Kiosk enrolment file (%1)."), exc.said or str(exc))) from exc
    if not signed.signature_matches(ENROLMENT_FORMAT, body, signature, raw):
        raise TrustRefused(say(QT_TRANSLATE_NOOP("core", "This enrolment file was changed after it was signed.")))
    return Enrolment(organisation=name or "", public_key=body["public_key"], verify_url=url)


def read_document_file(path: Path, max_bytes: int, words: tuple[str, str, str]) -> object:
    """The JSON in a document file from a USB stick, read with limits; else ``TrustRefused`` in the
    document's own ``words``: too large (%1 the path), unreadable (%1 the path, %2 why), not JSON (%1, %2)."""
    too_large, unreadable, not_json = words
    path = Path(path)
    try:
        if path.stat().st_size > max_bytes:
            raise TrustRefused(say(too_large, path))
        return load_json(path.read_bytes(), max_bytes=max_bytes)
    except OSError as exc:
        raise TrustRefused(say(unreadable, path, exc.strerror or exc)) from exc
    except JsonRefused as exc:
        raise TrustRefused(say(not_json, path, exc.message)) from exc


def read_enrolment_file(path: Path) -> Enrolment:
    words = (
        QT_TRANSLATE_NOOP("core", "%1 is too large to be an enrolment file."),
        QT_TRANSLATE_NOOP("core", "Could not read the enrolment file %1: %2."),
        QT_TRANSLATE_NOOP("core", "%1 is not an enrolment file: %2."),
    )
    return read_enrolment_document(read_document_file(path, ENROLMENT_MAX_BYTES, words))


# --- receipts -----------------------------------------------------------------


def make_receipt(
    *, org_key: Ed25519PrivateKey, nonce: str, key_id: str, credentials: list[str], revocations: list[str]
) -> dict:
    body = {
        "nonce": nonce,
        "key_id": key_id,
        "acknowledged_credentials": credentials,
        "acknowledged_revocations": revocations,
    }
    return signed.sign(RECEIPT_FORMAT, body, org_key)


def open_receipt(document: object, org_public_key: str, *, nonce: str, key_id: str) -> tuple[list[str], list[str]]:
    """The ids a registry acknowledged, from a receipt the organisation signed for this very request."""
    try:
        body = signed.opened(document, RECEIPT_FORMAT, keys.public_raw_from_multibase(org_public_key))
        body = _fields(body, {"nonce", "key_id", "acknowledged_credentials", "acknowledged_revocations"}, say(QT_TRANSLATE_NOOP("core", "receipt")))
    except InvalidInput as exc:
        raise TrustRefused(
            say(QT_TRANSLATE_NOOP("core", "The registry's receipt is not signed by this kiosk's organisation (%1)."), exc)
        ) from exc
    if body["nonce"] != nonce or body["key_id"] != key_id:
        raise TrustRefused(say(QT_TRANSLATE_NOOP("core", "The registry's receipt is for another request.")))
    found = []
    for name in ("acknowledged_credentials", "acknowledged_revocations"):
        ids = body[name]
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise TrustRefused(say(QT_TRANSLATE_NOOP("core", "The registry's receipt is malformed.")))
        found.append(ids)
    return found[0], found[1]
