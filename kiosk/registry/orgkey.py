"""The organisation key: the root of trust, a file the registry's operator keeps (mode 0600).

It is never stored in the registry database (which holds only its public half). It signs the
trust list, the enrolment file and sync receipts. See docs/registry.md for its custody.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk import paths
from kiosk.core.credentials import keys
from kiosk.core.errors import KnownError

KEY_ENV = "KIOSK_ORG_KEY"
KEY_FILENAME = "organisation-key.pem"


def key_path(override: str | Path | None = None) -> Path:
    """``--org-key FILE``, else ``$KIOSK_ORG_KEY``, else ``<data dir>/keys/organisation-key.pem``."""
    chosen = override or os.environ.get(KEY_ENV)
    return Path(chosen).expanduser() if chosen else paths.data_dir() / "keys" / KEY_FILENAME


def create(path: Path) -> Ed25519PrivateKey:
    """A new organisation key at ``path`` (0600, never overwriting one)."""
    if path.exists():
        raise KnownError(f"There is already a key at {path}; it was not replaced.")
    try:
        return keys.create_signing_key(path).private_key
    except OSError as exc:
        raise KnownError(f"Could not write the organisation key to {path} ({exc.strerror or exc}).") from exc


def load(path: Path, *, expected_public_key: str | None) -> Ed25519PrivateKey:
    """The organisation key at ``path``, checked against the public key the registry recorded."""
    if not path.is_file():
        raise KnownError(
            f"There is no organisation key at {path}: run 'kiosk registry init' first, or say where it is "
            f"with --org-key FILE (or ${KEY_ENV})."
        )
    key = keys.load_signing_key(path)
    if expected_public_key is not None and key.public_key != expected_public_key:
        raise KnownError(
            f"The key at {path} is not this registry's organisation key (fingerprint "
            f"{key.fingerprint}; the registry expects {keys.fingerprint_of(expected_public_key)})."
        )
    return key.private_key
