"""Which publisher keys this kiosk trusts.

A pack is importable only when its signing key is trusted for its id:
- keys the facilitator approved (table ``trusted_publisher``; any pack id unless a prefix is set);
- the bundled sample key, built in, ONLY for ids starting with ``kiosk.sample.``. Its private
  half is published in the repository (content_packs/sample-publisher.key) so anyone can
  rebuild the samples; so anyone can also sign a ``kiosk.sample.*`` pack, and nothing
  else may ride on that key. See docs/pack-format.md and docs/security.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.clock import utcnow
from kiosk.core.packs.keys import PublisherKey, format_fingerprint, normalise_fingerprint
from kiosk.core.records import TrustedPublisherRecord
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage import repo

SAMPLE_PUBLISHER = PublisherKey(
    public_key="FoB69AqbHwsATwUBjT/S8YO9OWVQdIFfQMvJcSUnE5E=",
    fingerprint="29397b34ddb0f3319c7e94426b8f811e",
)
SAMPLE_PACK_PREFIX = "kiosk.sample."


@dataclass(frozen=True)
class TrustDecision:
    trusted: bool
    reason: str  # one line, for the facilitator
    approvable: bool = False  # an unknown key the facilitator may approve


def trust_for(pack_id: str, publisher: PublisherKey) -> TrustDecision:
    """Whether packs with ``pack_id`` signed by ``publisher`` may be imported here."""
    record = repo.get_trusted_publisher(publisher.fingerprint)
    # A key approved by fingerprint alone has no public key on record; the fingerprint
    # (128 bits of SHA-256) is what the facilitator compared.
    if record is not None and record.public_key in ("", publisher.public_key):
        if pack_id.startswith(record.pack_id_prefix):
            return TrustDecision(
                True, say(QT_TRANSLATE_NOOP("core", "signed by %1 (trusted key %2)"), record.label, publisher.fingerprint)
            )
        return TrustDecision(
            False,
            say(
                QT_TRANSLATE_NOOP("core", "key %1 is trusted only for packs whose id starts with %2"),
                publisher.fingerprint,
                repr(record.pack_id_prefix),
            ),
        )
    if publisher.fingerprint == SAMPLE_PUBLISHER.fingerprint and publisher.public_key == SAMPLE_PUBLISHER.public_key:
        if pack_id.startswith(SAMPLE_PACK_PREFIX):
            return TrustDecision(
                True, say(QT_TRANSLATE_NOOP("core", "a bundled sample pack (sample key %1)"), publisher.fingerprint)
            )
        return TrustDecision(
            False,
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "it is signed with the public sample key %1, which is trusted only for packs whose id starts with %2",
                ),
                publisher.fingerprint,
                repr(SAMPLE_PACK_PREFIX),
            ),
        )
    return TrustDecision(
        False,
        say(QT_TRANSLATE_NOOP("core", "its publisher key %1 is not trusted on this kiosk"), publisher.fingerprint),
        approvable=True,
    )


def trust_record(publisher: PublisherKey, *, label: str, pack_id_prefix: str = "") -> TrustedPublisherRecord:
    return TrustedPublisherRecord(
        fingerprint=publisher.fingerprint,
        public_key=publisher.public_key,
        label=label,
        pack_id_prefix=pack_id_prefix,
        trusted_at=utcnow(),
    )


def trust_publisher(publisher: PublisherKey, *, label: str) -> TrustedPublisherRecord:
    """Trust ``publisher`` for any pack id (the facilitator approved its fingerprint)."""
    return repo.save_trusted_publisher(trust_record(publisher, label=label))


def trust_fingerprint(fingerprint: str, *, label: str = "approved by fingerprint") -> TrustedPublisherRecord:
    """Trust the key with this fingerprint (typed by the facilitator) for any pack id."""
    wanted = normalise_fingerprint(fingerprint)
    return repo.save_trusted_publisher(
        TrustedPublisherRecord(
            fingerprint=wanted, public_key="", label=label, pack_id_prefix="", trusted_at=utcnow()
        )
    )


def untrusted_warning(publisher_name: str, publisher: PublisherKey) -> str:
    """What the facilitator is told before approving an unknown key."""
    return (
        f"WARNING: this pack says it comes from {publisher_name!r}, but its key is not trusted on this kiosk. "
        f"Its fingerprint is {format_fingerprint(publisher.fingerprint)}. Approve it only if the publisher gave "
        f"you this same fingerprint (on paper, by phone, on their website). Packs signed by a trusted key can "
        f"add lessons and credentials that certificates from this kiosk will name."
    )


def is_demonstration(pack_id: str, publisher_key_id: str) -> bool:
    """Whether credentials from this pack are demonstrations: anyone can sign a sample pack."""
    return pack_id.startswith(SAMPLE_PACK_PREFIX) or publisher_key_id == SAMPLE_PUBLISHER.fingerprint
