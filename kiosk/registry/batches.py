"""Taking a kiosk's sync batch, sent online or carried in a USB bundle: every check, then one store."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from peewee import IntegrityError

from kiosk.core.clock import utcnow
from kiosk.core.credentials import dataintegrity, keys, ob3, payload
from kiosk.core.credentials.payload import InvalidPayload
from kiosk.core.credentials.shortcode import short_code_for
from kiosk.core.errors import KnownError
from kiosk.core.sync import envelope as env
from kiosk.registry import store
from kiosk.registry.store import KioskRecord

FRESHNESS = timedelta(minutes=5)  # online requests: |now - sent_at| at most this
BUNDLE_FUTURE_SLACK = timedelta(minutes=5)  # bundles may be old, never from the future


class Refused(KnownError):
    """A sync request or bundle refused; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


def checked_badges(badges: dict[str, str], public_raw: bytes) -> list[tuple[str, str, str]]:
    """(credential id, payload, badge text) for each badge sent with a credential; ``Refused`` (422)
    for a badge that is malformed or whose eddsa-jcs-2022 proof does not match its certificate (as
    for a bad certificate signature). Its eddsa-rdfc-2022 proof, some milliseconds of work, is
    checked when the page first shows the badge (``service._good_badge_proofs``), not while a batch is taken."""
    kept = []
    for text, badge_text in badges.items():
        raw = payload.payload_from_text(text)
        fields = payload.decode(raw)
        try:
            badge = ob3.parse_badge(badge_text)
        except ob3.BadBadge as exc:
            raise Refused(f"Credential {fields.credential_id}'s Open Badge is malformed: {exc}.", status=422) from exc
        if not ob3.badge_proofs_valid(fields, badge, public_raw, suites=(dataintegrity.JCS,)).get(dataintegrity.JCS):
            raise Refused(f"Credential {fields.credential_id}'s Open Badge does not match its certificate.", status=422)
        kept.append((fields.credential_id, payload.to_base32(raw), badge.as_text()))
    return kept


@dataclass(frozen=True)
class BatchResult:
    key_id: str
    nonce: str
    duplicate: bool
    received_credentials: int
    new_credentials: int
    received_revocations: int
    new_revocations: int
    acknowledged_credentials: list[str]
    acknowledged_revocations: list[str]

    def as_dict(self) -> dict:
        """What the sync API answers (and ``--json`` prints): all but the key id and the nonce."""
        return {k: v for k, v in asdict(self).items() if k not in ("key_id", "nonce")}


def approved_sender(key_id: str) -> KioskRecord:
    """The approved kiosk a batch claims to come from; ``Refused`` (403) if there is none.

    The registry asks this before it parses a request body, so an unknown key costs one lookup.
    """
    kiosk = store.find_kiosk(key_id)
    if kiosk is None:
        raise Refused(f"The kiosk key {key_id} is not approved by this registry.", status=403)
    return kiosk


def take_batch(document: object, *, via: str, now: datetime | None = None, claimed_key_id: str | None = None) -> BatchResult:
    """Check and store a signed envelope (``via`` "http" or "bundle"); raises ``Refused``.

    Cheap checks first, canonical JSON and signatures last: shape (items, ids, times), approved
    key (the same as ``claimed_key_id``, if the caller looked one up already), signature,
    unrevoked key, freshness (online: within 5 minutes; bundles: not from the future), nonce
    not seen (online: a replay is refused; a bundle imported again changes nothing), every
    payload signed by the same kiosk, every revocation for that kiosk's credentials. Nothing
    is stored unless all pass.
    """
    now = now or utcnow()
    try:
        parsed = env.parse_envelope(document, max_items=env.MAX_ITEMS if via == "http" else env.BUNDLE_MAX_ITEMS)
    except env.EnvelopeError as exc:
        raise Refused(str(exc), status=400) from exc
    if claimed_key_id is not None and parsed.key_id != claimed_key_id:
        raise Refused("The sync body needs one key id of 8 base32 characters.", status=400)
    if via == "http" and abs(now - parsed.sent_at) > FRESHNESS:
        raise Refused("The request is too old or its clock is wrong (more than 5 minutes off).", status=401)
    if parsed.sent_at - now > BUNDLE_FUTURE_SLACK:
        raise Refused("The bundle is dated in the future; check the kiosk's clock.", status=401)
    kiosk = approved_sender(parsed.key_id)
    public_raw = keys.public_raw_from_multibase(kiosk.public_key)
    try:
        signature_ok = env.signature_is_valid(parsed, public_raw)
    except env.EnvelopeError as exc:
        raise Refused(str(exc), status=400) from exc
    if not signature_ok:
        raise Refused("The request's signature does not match the kiosk's approved key.", status=401)
    if kiosk.revoked_at is not None:
        raise Refused(f"The kiosk key {parsed.key_id} was revoked on {kiosk.revoked_at:%Y-%m-%d}.", status=403)
    credentials: list[store.NewCredential] = []
    for text in parsed.payloads:
        try:
            raw = payload.payload_from_text(text)
            fields = payload.decode(raw)
        except InvalidPayload as exc:
            raise Refused(f"A credential in the batch is unreadable: {exc}", status=422) from exc
        if fields.key_id != parsed.key_id:
            raise Refused(f"Credential {fields.credential_id} was issued by another kiosk.", status=422)
        if not ob3.signature_is_valid(fields, public_raw):
            raise Refused(f"Credential {fields.credential_id} has a bad signature.", status=422)
        credentials.append(
            store.NewCredential(
                id=fields.credential_id,
                key_id=fields.key_id,
                short_code=short_code_for(fields.credential_id),
                payload=payload.to_base32(raw),
                learner_name=fields.learner_name,
                title=fields.title,
                issued_on=fields.issued_on,
            )
        )
    badges = checked_badges(env.badges_in(document), public_raw)  # type: ignore[arg-type]
    for revocation in parsed.revocations:
        if not revocation.id.startswith(parsed.key_id + "-"):
            raise Refused(f"Credential {revocation.id} was issued by another kiosk.", status=422)
    result = dict(
        key_id=parsed.key_id,
        nonce=parsed.nonce,
        received_credentials=len(credentials),
        received_revocations=len(parsed.revocations),
        acknowledged_credentials=[c.id for c in credentials],
        acknowledged_revocations=[r.id for r in parsed.revocations],
    )
    if store.batch_seen(parsed.nonce):
        if via == "http":
            raise Refused("This request was already received (a replay); nothing was changed.", status=409)
        return BatchResult(duplicate=True, new_credentials=0, new_revocations=0, **result)
    try:
        outcome = store.store_batch(parsed, via=via, credentials=credentials, received_at=now)
    except IntegrityError as exc:  # the same nonce taken by a concurrent request
        raise Refused("This request was already received (a replay); nothing was changed.", status=409) from exc
    store.save_badges(badges, received_at=now)
    return BatchResult(
        duplicate=False, new_credentials=outcome.new_credentials, new_revocations=outcome.new_revocations, **result
    )
