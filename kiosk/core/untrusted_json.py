"""JSON from outside (a request body, a file on a USB stick, a registry's answer), read with limits.

``json.loads`` alone turns hostile input into crashes instead of refusals: nesting a few
hundred levels deep raises ``RecursionError`` (here, or later in whatever walks the result),
a 5,000-digit integer raises a bare ``ValueError``, and ``NaN``, ``Infinity`` or ``1e999``
come back as floats that canonical JSON and the database cannot hold. ``load_json`` checks
the size, then the nesting depth (on the bytes, before parsing, in a few passes of C code),
then parses with number limits; whatever breaks a limit raises ``JsonRefused`` with a
one-line reason, which callers add their own context to.

Numbers are held to what every JSON reader reads alike (RFC 7493, I-JSON): at most 15 digits
in a row (so integers stay within ±2^53) and exponents below 100; ``NaN`` and ``Infinity``
are refused. Both checks run on the document with its strings cut out, so text inside
strings (a phone number, a bracket in a quiz question) is never mistaken for structure.
"""

from __future__ import annotations

import json
import re

from kiosk.core.errors import InvalidInput
from kiosk.core.say import QT_TRANSLATE_NOOP, say

MAX_DEPTH = 16  # every Kiosk document nests 6 levels at most
NUMBER_MAX_DIGITS = 15


class JsonRefused(InvalidInput):
    """JSON that is not JSON or breaks a limit; ``line`` is where the parser stopped, if known."""

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class _ConstantRefused(Exception):
    pass


_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_NOT_BRACKET = bytes(sorted(set(range(256)) - set(b"[]{}")))
_AS_PARENS = bytes.maketrans(b"[]{}", b"()()")
_BIG_NUMBER = re.compile(rb"[0-9]{%d,}|[eE][+-]?0*[1-9][0-9]{2,}" % (NUMBER_MAX_DIGITS + 1))


def outside_strings(data: bytes) -> bytes:
    """``data`` with every JSON string cut out (exact for valid JSON; the parser refuses the rest)."""
    if b"\\" in data:
        data = _ESCAPE.sub(b"", data)  # escapes live only inside strings: \" no longer looks like an end
    if b'"' in data:
        data = b"".join(data.split(b'"')[0::2])
    return data


def nesting_exceeds(structure: bytes, limit: int) -> bool:
    """Whether the arrays and objects in ``structure`` (JSON without its strings) nest deeper than ``limit``.

    Every bracket becomes ``(`` or ``)``; each pass removes the innermost pairs, so after
    ``k`` passes what is left are the containers with something ``k`` levels inside them,
    and a run of ``r`` openers then means a depth of at least ``k + r``. At most ``limit``
    passes, each linear in C. Unbalanced input is left to the parser to refuse.
    """
    skeleton = structure.translate(_AS_PARENS, _NOT_BRACKET)
    for done in range(limit + 1):
        if not skeleton:
            return False
        if b"(" * (limit + 1 - done) in skeleton:
            return True
        shorter = skeleton.replace(b"()", b"")
        if len(shorter) == len(skeleton):
            return False
        skeleton = shorter
    return False


def _constant(name: str) -> float:
    raise _ConstantRefused(name)


def load_json(data: bytes | str, *, max_bytes: int, max_depth: int = MAX_DEPTH) -> object:
    """Parse untrusted JSON; raises ``JsonRefused`` saying which limit it broke.

    ``data`` as bytes is UTF-8 (a byte-order mark is allowed).
    """
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if len(raw) > max_bytes:
        raise JsonRefused(say(QT_TRANSLATE_NOOP("core", "it is larger than %1 bytes"), max_bytes))
    if not isinstance(data, str):
        try:
            data = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise JsonRefused(say(QT_TRANSLATE_NOOP("core", "it is not valid JSON (not UTF-8 text)"))) from None
    structure = outside_strings(raw)
    if nesting_exceeds(structure, max_depth):
        raise JsonRefused(say(QT_TRANSLATE_NOOP("core", "it nests more than %1 levels deep"), max_depth))
    if _BIG_NUMBER.search(structure):
        raise JsonRefused(
            say(QT_TRANSLATE_NOOP("core", "it has a number with more than %1 digits, or too large"), NUMBER_MAX_DIGITS)
        )
    try:
        return json.loads(data, parse_constant=_constant)
    except _ConstantRefused as exc:
        raise JsonRefused(say(QT_TRANSLATE_NOOP("core", "%1 is not a JSON number"), exc.args[0])) from None
    except RecursionError:  # unbalanced brackets the depth check left to the parser
        raise JsonRefused(say(QT_TRANSLATE_NOOP("core", "it nests more than %1 levels deep"), max_depth)) from None
    except json.JSONDecodeError as exc:
        raise JsonRefused(say(QT_TRANSLATE_NOOP("core", "it is not valid JSON (%1)"), exc.msg), line=exc.lineno) from None
