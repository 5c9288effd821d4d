"""The two kinds of error.

``KnownError`` is the environment's fault or the user's input (a bad PIN, a
damaged pack, a full disk): its message is written for the person at the
kiosk and is shown as it is, on one line. Anything else is a bug: it is logged
with its traceback and the user sees a short apology.
"""

from __future__ import annotations

from kiosk.core.say import Said


class KnownError(Exception):
    """An error with a message fit for the user, on one line.

    A message made with ``kiosk.core.say.say`` is kept as ``said``, so the app can show
    it translated.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
        self.said = message if isinstance(message, Said) else None

    @property
    def message(self) -> str:
        return str(self)


class InvalidInput(KnownError):
    """Input that breaks a rule (a name too long, a PIN with letters)."""


class NotFound(KnownError):
    """A learner, pack or credential that does not exist."""
