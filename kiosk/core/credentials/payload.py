"""The compact signed payload carried by a certificate's QR code.

Layout (format version 1; all integers big-endian; see docs/certificate-format.md)::

    offset size  field
    0      1     bits 0-6: format version (= Open Badges template version), 1;
                 bit 7: 1 = a demonstration (a pack signed with the public sample key)
    1      5     kiosk key id (raw; base32 of these 5 bytes is the 8-character key id)
    6      5     serial (raw; the credential id is "<KEY ID>-<base32 serial>")
    11     2     issue date, days since 2020-01-01
    13     1     bit 7: 1 = facilitator-assessed, 0 = mastery; bits 0-6: score 0-100 %, 127 = none
    14     4     credential code: SHA-256(global credential definition id)[:4]
    18     1+T   title, UTF-8, length-prefixed (T <= 64)
    ..     1+N   learner name, UTF-8, length-prefixed (N <= 160)
    ..     64    Ed25519 signature = the eddsa-jcs-2022 proofValue of the Open Badges
                 credential rebuilt from these fields (kiosk.core.credentials.ob3)

The bytes are written as one decimal number after ``<verify url>/C/``. A QR code
stores digits in numeric mode (10 bits for 3 digits), about 9 % denser than base32 in
alphanumeric mode (11 bits for 2 characters of 5 bits each), and the whole URL still
uses only QR alphanumeric characters. The first byte (the format version) is never 0,
so the number gives back every byte. Certificates printed with the earlier base32
text (which always starts with ``A``) are still read.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import re
import struct
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlsplit, urlunsplit

from kiosk.core.errors import InvalidInput
from kiosk.core.say import QT_TRANSLATE_NOOP, say

FORMAT_VERSION = 1
DEMONSTRATION_BIT = 0x80
EPOCH = date(2020, 1, 1)
SIGNATURE_BYTES = 64
TITLE_MAX_BYTES = 64
NAME_MAX_BYTES = 160
NO_SCORE = 127
FACILITATOR_BIT = 0x80
DEFAULT_VERIFY_URL = "HTTPS://VERIFY.KIOSK.INVALID"
PATH_MARK = "/C/"

_HEAD = struct.Struct(">B5s5sHB4s")
# Base32 of 10 bits (two characters) for each value: a key id or serial (5 bytes, 40 bits) is four
# of them, without base64.b32encode's pure-Python work (every page view reads both).
BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_BASE32_PAIRS = [a + b for a in BASE32_ALPHABET for b in BASE32_ALPHABET]


def _base32_of_5(raw: bytes) -> str:
    """The 8 base32 characters of 5 bytes (``base64.b32encode``, which has no padding for 5)."""
    n = int.from_bytes(raw, "big")
    pairs = _BASE32_PAIRS
    return pairs[n >> 30] + pairs[n >> 20 & 1023] + pairs[n >> 10 & 1023] + pairs[n & 1023]


class InvalidPayload(InvalidInput):
    """Text that is not a certificate payload this Kiosk can read."""


class AwardMethod(enum.StrEnum):
    """How a credential was earned: the learner's mastery, or a facilitator's assessment."""

    MASTERY = "mastery"
    FACILITATOR = "facilitator"


METHODS = tuple(AwardMethod)


@dataclass(frozen=True)
class CertificateFields:
    """Everything a certificate states; the signature covers all of it."""

    key_id: str
    serial: str
    issued_on: date
    method: str
    score: int | None
    credential_code: str
    title: str
    learner_name: str
    signature: bytes = b""
    version: int = FORMAT_VERSION
    demonstration: bool = False  # from a sample pack: not a qualification (signed like the rest)

    @property
    def credential_id(self) -> str:
        return f"{self.key_id}-{self.serial}"


def credential_code_for(definition_id: str) -> str:
    """8 hex characters naming a credential definition, e.g. ``3FA9C21B``."""
    return hashlib.sha256(definition_id.encode("utf-8")).hexdigest()[:8].upper()


def fit_utf8(text: str, limit: int) -> str:
    """``text`` cut at a character boundary so that it takes at most ``limit`` UTF-8 bytes."""
    raw = text.encode("utf-8")
    if len(raw) <= limit:
        return text
    cut = raw[: limit - 3].decode("utf-8", errors="ignore")
    return cut.rstrip() + "…"


_NOT_BASE32 = {
    "key id": QT_TRANSLATE_NOOP("core", "The key id is not valid base32."),
    "serial": QT_TRANSLATE_NOOP("core", "The serial is not valid base32."),
    "certificate code": QT_TRANSLATE_NOOP("core", "The certificate code is not valid base32."),
}
_GARBLED = {
    "title": QT_TRANSLATE_NOOP("core", "The title in the certificate code is garbled."),
    "learner's name": QT_TRANSLATE_NOOP("core", "The learner's name in the certificate code is garbled."),
}


def _b32decode(text: str, what: str) -> bytes:
    try:
        return base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError) as exc:
        raise InvalidPayload(say(_NOT_BASE32[what])) from exc


def unsigned_bytes(fields: CertificateFields) -> bytes:
    """The payload without its signature."""
    if fields.method not in METHODS:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Unknown award method %1."), repr(fields.method)))
    if fields.score is not None and not 0 <= fields.score <= 100:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "A score is a percentage from 0 to 100.")))
    days = (fields.issued_on - EPOCH).days
    if not 0 <= days < 2**16:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "An issue date must fall between %1 and 2199."), EPOCH))
    flags = (FACILITATOR_BIT if fields.method == AwardMethod.FACILITATOR else 0) | (
        NO_SCORE if fields.score is None else int(fields.score)
    )
    title = fields.title.encode("utf-8")
    name = fields.learner_name.encode("utf-8")
    if len(title) > TITLE_MAX_BYTES or len(name) > NAME_MAX_BYTES:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "The title or the learner's name is too long for a certificate.")))
    head = _HEAD.pack(
        fields.version | (DEMONSTRATION_BIT if fields.demonstration else 0),
        _b32decode(fields.key_id, "key id"),
        _b32decode(fields.serial, "serial"),
        days,
        flags,
        bytes.fromhex(fields.credential_code),
    )
    return head + bytes([len(title)]) + title + bytes([len(name)]) + name


def encode(fields: CertificateFields) -> bytes:
    if len(fields.signature) != SIGNATURE_BYTES:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "A certificate payload needs its 64-byte signature.")))
    return unsigned_bytes(fields) + fields.signature


def decode(raw: bytes) -> CertificateFields:
    """Read payload bytes; raises ``InvalidPayload`` with the reason if they are malformed."""
    if len(raw) < _HEAD.size + 2 + SIGNATURE_BYTES:
        raise InvalidPayload(say(QT_TRANSLATE_NOOP("core", "The certificate code is too short: part of it is missing.")))
    first, key_raw, serial_raw, days, flags, code = _HEAD.unpack_from(raw)
    version = first & ~DEMONSTRATION_BIT
    if version != FORMAT_VERSION:
        raise InvalidPayload(say(QT_TRANSLATE_NOOP("core", "This certificate uses format %1, which this Kiosk does not know."), version))
    pos = _HEAD.size
    texts = []
    for what in ("title", "learner's name"):
        length = raw[pos]
        chunk = raw[pos + 1 : pos + 1 + length]
        pos += 1 + length
        if len(chunk) != length or pos > len(raw) - SIGNATURE_BYTES:
            raise InvalidPayload(say(QT_TRANSLATE_NOOP("core", "The certificate code is cut short.")))
        try:
            texts.append(chunk.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise InvalidPayload(say(_GARBLED[what])) from exc
    if len(raw) - pos != SIGNATURE_BYTES:
        raise InvalidPayload(say(QT_TRANSLATE_NOOP("core", "The certificate code has extra or missing bytes.")))
    score = flags & 0x7F
    if score != NO_SCORE and score > 100:
        raise InvalidPayload(say(QT_TRANSLATE_NOOP("core", "The score in the certificate code is out of range.")))
    return CertificateFields(
        version=version,
        demonstration=bool(first & DEMONSTRATION_BIT),
        key_id=_base32_of_5(key_raw),
        serial=_base32_of_5(serial_raw),
        issued_on=date.fromordinal(_EPOCH_DAY + days),
        method=_FACILITATOR if flags & FACILITATOR_BIT else _MASTERY,
        score=None if score == NO_SCORE else score,
        credential_code=code.hex().upper(),
        title=texts[0],
        learner_name=texts[1],
        signature=raw[pos:],
    )


_EPOCH_DAY = EPOCH.toordinal()
_FACILITATOR, _MASTERY = AwardMethod.FACILITATOR, AwardMethod.MASTERY  # read once: each read of an enum member is a call


# Digits for the longest payload (84 + 64 + 160 bytes): a longer number is refused unread.
_MAX_DIGITS = 760


def to_digits(raw: bytes) -> str:
    if not raw or raw[0] == 0:
        raise ValueError("a payload starts with its format version, never 0")
    return str(int.from_bytes(raw, "big"))


def is_qr_digits(text: str) -> bool:
    """Whether ``text`` is only ASCII digits: the form a QR's link carries (read by ``from_digits``,
    which refuses a leading zero, so such text is exactly ``to_digits`` of what it reads)."""
    return text.isascii() and text.encode("ascii").isdigit()  # bytes: a fifth of str.isdigit's time


def from_digits(text: str) -> bytes:
    if len(text) > _MAX_DIGITS or text.startswith("0"):
        raise InvalidPayload(say(QT_TRANSLATE_NOOP("core", "The certificate code has been changed or mistyped.")))
    number = int(text)
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    if len(raw) < _HEAD.size + 2 + SIGNATURE_BYTES:
        raise InvalidPayload(say(QT_TRANSLATE_NOOP("core", "This is not a Kiosk certificate code or link.")))
    return raw


def to_base32(raw: bytes) -> str:
    return base64.b32encode(raw).decode("ascii").rstrip("=")


# Base32 letters as the digits of a number in base 32; anything else as "!", which no number has.
_AS_INT_DIGITS = bytes(
    b"0123456789ABCDEFGHIJKLMNOPQRSTUV"[BASE32_ALPHABET.index(chr(c))] if chr(c) in BASE32_ALPHABET else ord("!")
    for c in range(256)
)


def is_base32_of(text: str, raw: bytes) -> bool:
    """Whether ``text`` is exactly ``to_base32(raw)``, without encoding ``raw``.

    ``base64.b32encode`` is pure Python (about 25 us for a certificate); base32 read as a
    number in base 32 (``int``, after mapping the alphabet with one table) is the payload's
    bits followed by the padding bits, so a few C conversions compare them.
    """
    if not raw:
        return text == ""
    bits = 8 * len(raw)
    chars = -(-bits // 5)
    if len(text) != chars or not text.isascii():
        return False
    try:
        number = int(text.encode("ascii").translate(_AS_INT_DIGITS), 32)
    except ValueError:  # a character that is not base32
        return False
    return number == int.from_bytes(raw, "big") << (5 * chars - bits)


def from_base32(text: str) -> bytes:
    return _b32decode(text.strip().upper(), "certificate code")


def qr_base_url(verify_url: str | None) -> str:
    """The verify URL with scheme and host upper-cased (they are case-insensitive) for QR alphanumeric mode."""
    url = (verify_url or DEFAULT_VERIFY_URL).rstrip("/")
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.upper(), parts.netloc.upper(), parts.path, "", "")).rstrip("/")


def certificate_url(raw: bytes, verify_url: str | None) -> str:
    """``HTTPS://VERIFY.EXAMPLE.ORG/C/<DIGITS>``: what the QR code holds."""
    return f"{qr_base_url(verify_url)}{PATH_MARK}{to_digits(raw)}"


_BASE32_TEXT = re.compile(r"^[A-Z2-7]+=*$")


def payload_from_text(text: str) -> bytes:
    """The payload bytes in a scanned URL, or in its bare digits (or base32, as printed before)."""
    if is_qr_digits(text):  # the QR's own form, as the page receives it
        return from_digits(text)
    cleaned = "".join(text.split())
    upper = cleaned.upper()
    if PATH_MARK in upper:
        cleaned = cleaned[upper.rindex(PATH_MARK) + len(PATH_MARK) :]
    cleaned = cleaned.split("?", 1)[0].split("#", 1)[0].rstrip("/").upper()
    if is_qr_digits(cleaned):
        return from_digits(cleaned)
    if not cleaned or not _BASE32_TEXT.match(cleaned):
        raise InvalidPayload(say(QT_TRANSLATE_NOOP("core", "This is not a Kiosk certificate code or link.")))
    cleaned = cleaned.rstrip("=")
    raw = from_base32(cleaned)
    if to_base32(raw) != cleaned:  # stray bits in the last character
        raise InvalidPayload(say(QT_TRANSLATE_NOOP("core", "The certificate code has been changed or mistyped.")))
    return raw


def with_signature(fields: CertificateFields, signature: bytes) -> CertificateFields:
    return replace(fields, signature=signature)
