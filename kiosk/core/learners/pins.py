"""PINs: 4-6 digits, stored only as a salted scrypt hash, with lockout after 5 misses.

A short PIN keeps one learner's progress private from the next person at a
shared computer; it is not a password. scrypt makes each guess cost tens of
milliseconds and the lockout makes guessing at the screen slow.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from kiosk.core.errors import InvalidInput
from kiosk.core.say import QT_TRANSLATE_NOOP, say

PIN_MIN, PIN_MAX = 4, 6
ADMIN_PIN_DIGITS = 6  # the facilitator PIN of a kiosk set up from now on (older kiosks keep theirs)
FREE_ATTEMPTS = 5
FIRST_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 15 * 60

# scrypt cost: 16 MiB and ~50 ms on a modest machine per check.
_N, _R, _P = 2**14, 8, 1


def validate_pin(pin: str) -> str:
    """Return the PIN if it is 4-6 digits, else raise ``InvalidInput``."""
    if not (pin.isascii() and pin.isdigit()):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "A PIN is made of digits only (0-9).")))
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "A PIN has %1 to %2 digits; this one has %3."), PIN_MIN, PIN_MAX, len(pin))
        )
    return pin


def validate_admin_pin(pin: str) -> str:
    """Return a new facilitator PIN if it is 6 digits, else raise ``InvalidInput``.

    The facilitator PIN guards awards, revocations and the organisation key. 4 digits fall to
    an offline guesser with a copy of the database in minutes; 6 take about a day (docs/security.md).
    """
    validate_pin(pin)
    if len(pin) != ADMIN_PIN_DIGITS:
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "The facilitator PIN has %1 digits; this one has %2."), ADMIN_PIN_DIGITS, len(pin))
        )
    return pin


def _b64(raw: bytes) -> str:
    import base64

    return base64.b64encode(raw).decode("ascii")


def hash_pin(pin: str) -> str:
    import hashlib  # here, not at the top: the first screen needs no PIN hashing

    validate_pin(pin)
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def pin_matches(pin: str, stored: str) -> bool:
    import base64
    import hashlib
    import hmac

    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def lock_after(failures: int, now: datetime) -> datetime | None:
    """When a profile with ``failures`` wrong PINs in a row unlocks (None: not locked).

    Four misses in a row cost nothing; the fifth and each one after it lock
    the profile for 30 s, 60 s, 120 s ... up to 15 minutes.
    """
    if failures < FREE_ATTEMPTS:
        return None
    seconds = min(FIRST_LOCK_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_SECONDS)
    return now + timedelta(seconds=seconds)


def seconds_left(until: datetime, now: datetime) -> int:
    """Whole seconds until a lock ends, rounded up, never 0 while it lasts (for the message)."""
    return max(1, int((until - now).total_seconds() + 0.999))
