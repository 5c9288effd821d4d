"""An organisation for tests: its key, and signed trust lists as its registry would serve them."""

from __future__ import annotations

from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.credentials import keys
from kiosk.core.trust import documents


class TestOrganisation:
    __test__ = False  # not a test class

    def __init__(self, name: str = "Riverside Trust") -> None:
        self.name = name
        self.key = Ed25519PrivateKey.generate()
        self.rotations: list[documents.Rotation] = []

    @property
    def public_key(self) -> str:
        return keys.public_key_multibase(keys.public_raw_of(self.key))

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint_for(keys.public_raw_of(self.key))

    def kiosk(
        self,
        public_key: str,
        name: str = "Other kiosk",
        *,
        approved_at: datetime = datetime(2025, 1, 1),
        withdrawn_at: datetime | None = None,
        received_before: tuple[bytes, ...] = (),
    ) -> documents.TrustedKiosk:
        raw = keys.public_raw_from_multibase(public_key)
        return documents.TrustedKiosk(
            key_id=keys.key_id_for(raw),
            public_key=public_key,
            name=name,
            approved_at=approved_at,
            withdrawn_at=withdrawn_at,
            received_before=frozenset(documents.receipt_digest(p) for p in received_before),
        )

    def trust_list(
        self,
        *,
        sequence: int,
        kiosks: list[documents.TrustedKiosk] = (),  # type: ignore[assignment]
        revocations: list[tuple[str, datetime]] = (),  # type: ignore[assignment]
        issued_at: datetime = datetime(2026, 11, 30, 12, 0),
        verify_url: str | None = "https://verify.example.org",
    ) -> dict:
        return documents.make_trust_list(
            org_key=self.key,
            organisation=self.name,
            verify_url=verify_url,
            sequence=sequence,
            issued_at=issued_at,
            kiosks=list(kiosks),
            revocations=list(revocations),
            rotations=list(self.rotations),
        )

    def rotate(self, at: datetime = datetime(2026, 6, 1)) -> None:
        """A new key, named by the old one (the registry's ``rotate-org-key``)."""
        new = Ed25519PrivateKey.generate()
        self.rotations.append(documents.sign_rotation(self.key, keys.public_key_multibase(keys.public_raw_of(new)), at))
        self.key = new


def another_kiosk_key() -> keys.SigningKey:
    private = Ed25519PrivateKey.generate()
    return keys.SigningKey(private_key=private, public_raw=keys.public_raw_of(private))


def certificate(
    key: keys.SigningKey,
    *,
    learner: str = "Amina Okafor",
    title: str = "Digital basics",
    issued_on=None,
    demonstration: bool = False,
) -> bytes:
    """Payload bytes of a certificate signed by ``key`` with whatever date the signer chooses."""
    import base64
    import os
    from datetime import date

    from kiosk.core.credentials import ob3, payload

    fields = payload.CertificateFields(
        key_id=key.key_id,
        serial=base64.b32encode(os.urandom(5)).decode("ascii"),
        issued_on=issued_on or date(2026, 11, 30),
        method="mastery",
        score=90,
        credential_code=payload.credential_code_for("kiosk.test.digital/digital-basics"),
        title=title,
        learner_name=learner,
        demonstration=demonstration,
    )
    return payload.encode(payload.with_signature(fields, ob3.sign_fields(fields, key.private_key, key.public_raw)))


def written_for_this_account_only(write, path) -> bool:
    """Whether ``write(path)``, run under the usual umask 022, leaves ``path`` unreadable to other accounts."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        write(path)
    finally:
        os.umask(old)
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0
