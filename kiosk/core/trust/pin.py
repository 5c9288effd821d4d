"""Pinning the organisation's key: the settings that name whom this kiosk trusts.

Below both ``kiosk.core.setup`` (first-run setup pins the key with the rest) and
``kiosk.core.trust.store`` (which reads the pin to check every trust list).
"""

from __future__ import annotations

from kiosk.core.credentials import keys
from kiosk.core.trust.documents import NAME_MAX

ORG_KEY, ORG_NAME = "org_public_key", "org_name"


def organisation_key(text: str) -> str:
    """A typed organisation key (multibase ``z6Mk...``), checked and normalised."""
    cleaned = "".join(text.split())
    return keys.public_key_multibase(keys.public_raw_from_multibase(cleaned))


def pin_values(public_key: str, name: str) -> dict[str, str]:
    """The settings that pin an organisation key (for first-run setup, written with the rest)."""
    return {ORG_KEY: organisation_key(public_key), ORG_NAME: " ".join(name.split())[:NAME_MAX]}
