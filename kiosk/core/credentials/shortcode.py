"""A short, typeable code for an issued credential: ``XXXX-XXXX-XXXX``.

Eleven characters carry 54 bits of SHA-256 of the credential id; the twelfth is
a check character (weighted sum modulo 31, a prime, so any single wrong
character and any swap of two neighbours is caught). The alphabet leaves out
look-alikes: no 0/O, 1/I/L.
"""

from __future__ import annotations

import hashlib

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # 31 characters
BASE = len(ALPHABET)
DATA_CHARS = 11


def _check_char(data: str) -> str:
    total = sum((i + 1) * ALPHABET.index(ch) for i, ch in enumerate(data))
    return ALPHABET[total % BASE]


def short_code_for(credential_id: str) -> str:
    """The code printed on the certificate of ``credential_id``."""
    number = int.from_bytes(hashlib.sha256(credential_id.encode("utf-8")).digest()[:8], "big")
    chars = []
    for _ in range(DATA_CHARS):
        number, digit = divmod(number, BASE)
        chars.append(ALPHABET[digit])
    data = "".join(chars)
    code = data + _check_char(data)
    return "-".join(code[i : i + 4] for i in range(0, 12, 4))


def normalise_short_code(text: str) -> str | None:
    """``XXXX-XXXX-XXXX`` from what someone typed (any case, spaces or dashes), or None if invalid."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    # A digit typed for a look-alike letter cannot be mapped back reliably; refuse it.
    if len(cleaned) != DATA_CHARS + 1 or any(ch not in ALPHABET for ch in cleaned):
        return None
    if _check_char(cleaned[:DATA_CHARS]) != cleaned[DATA_CHARS]:
        return None
    return "-".join(cleaned[i : i + 4] for i in range(0, 12, 4))
