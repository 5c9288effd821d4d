"""Creating, listing and logging in learner profiles.

A learner sees only their own data: everything personal is reached through a
``LearnerSession``, which only ``log_in`` hands out. The picker shows names and
initials, nothing more.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from kiosk.core.clock import utcnow
from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.learners import pins
from kiosk.core.say import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from kiosk.core.records import LearnerRecord

NAME_MAX = 40


@dataclass(frozen=True)
class LearnerProfile:
    """What the learner picker may show about a profile."""

    id: int
    name: str
    has_pin: bool
    language: str | None
    # Only to put recent learners first on a crowded picker; never shown.
    last_login_at: datetime | None = None

    @property
    def initials(self) -> str:
        words = [w for w in self.name.split() if w[:1].isalnum()]
        if not words:
            return self.name[:1].upper()
        if len(words) == 1:
            return words[0][:2].upper()
        return (_first_letter(words[0]) + _first_letter(words[-1])).upper()


def _first_letter(word: str) -> str:
    """The letter that starts a name: past the Arabic article "ال" (al-Zahra gives "ز", not "ا")."""
    if word.startswith("ال") and len(word) > 2:
        return word[2]
    return word[0]


@dataclass(frozen=True)
class LearnerSession:
    """Proof that a learner logged in; personal data is fetched through it."""

    learner_id: int
    name: str
    language: str | None
    started_at: datetime
    # How fast lessons are read aloud to this learner: "slow", "normal" or "fast".
    speech_speed: str = "normal"


class PinRejected(KnownError):
    """A wrong PIN, or a profile still locked after too many wrong PINs."""

    def __init__(self, message: str, *, locked_until: datetime | None, attempts_left: int | None) -> None:
        super().__init__(message)
        self.locked_until = locked_until
        self.attempts_left = attempts_left


def normalise_name(name: str) -> str:
    """Trim and fold white space; refuse empty, over-long or control-character names."""
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Type a name for the learner.")))
    if len(cleaned) > NAME_MAX:
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "A name has at most %1 characters; this one has %2."), NAME_MAX, len(cleaned))
        )
    if any(unicodedata.category(ch).startswith("C") for ch in cleaned):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "A name cannot contain control characters.")))
    return cleaned


def name_key(name: str) -> str:
    return normalise_name(name).casefold()


def search_folded(text: str) -> str:
    """``text`` as search compares it: case, accents and Arabic short vowels folded, spaces folded."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").split())


def name_matches(query: str, name: str) -> bool:
    """Whether every word typed starts a word of the name (or, from 3 letters, is inside one),
    in any order and whatever its accents or case.

    "ouedraogo", "aissata" and "diallo amina" find "Aïssata Ouédraogo" and "Amina Diallo";
    "zahra" finds "Az-Zahra", "05" finds "Learner 050" but not "Learner 005".
    """
    words = search_folded(name).split()

    def found(typed: str) -> bool:
        return any(word.startswith(typed) or (len(typed) >= 3 and typed in word) for word in words)

    return all(found(typed) for typed in search_folded(query).split())


def _profile(record: LearnerRecord) -> LearnerProfile:
    from kiosk.core.records import record_of  # not at import: the picker is painted before storage loads

    return record_of(LearnerProfile, record, has_pin=record.pin_hash is not None)


def create_learner(name: str, *, pin: str | None = None, language: str | None = None) -> LearnerProfile:
    """Add a learner; nothing is stored if the name or PIN is refused."""
    from kiosk.core.storage import repo

    cleaned = normalise_name(name)
    pin_hash = pins.hash_pin(pin) if pin else None
    record = repo.insert_learner(name=cleaned, name_key=cleaned.casefold(), pin_hash=pin_hash, language=language)
    return _profile(record)


def list_profiles(search: str = "") -> list[LearnerProfile]:
    from kiosk.core.storage import repo

    return [_profile(r) for r in repo.list_learners() if name_matches(search, r.name)]


def find_learner(name: str) -> LearnerProfile | None:
    """The learner called ``name`` (matched as the picker matches names), archived or not; None if none is."""
    from kiosk.core.storage import repo

    record = repo.find_learner_by_name_key(name_key(name))
    return None if record is None else _profile(record)


def find_profile(name: str) -> LearnerProfile:
    from kiosk.core.storage import repo

    record = repo.find_learner_by_name_key(name_key(name))
    if record is None or record.archived:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "No learner called %1."), repr(normalise_name(name))))
    return _profile(record)


def log_in(learner_id: int, pin: str | None = None, *, now: datetime | None = None) -> LearnerSession:
    """Start a session, checking the PIN if the profile has one.

    Raises ``PinRejected`` for a wrong PIN or a locked profile; a wrong PIN is
    counted, a try during the lock is not.
    """
    from kiosk.core.storage import repo

    now = now or utcnow()
    record = repo.get_learner(learner_id)
    if record.archived:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "This profile is archived; ask the facilitator.")))
    if record.pin_hash is not None:
        if record.locked_until is not None and record.locked_until > now:
            seconds = pins.seconds_left(record.locked_until, now)
            raise PinRejected(
                say(
                    QT_TRANSLATE_NOOP("core", "Too many wrong PINs. Try again in %1 seconds, or ask the facilitator."),
                    seconds,
                ),
                locked_until=record.locked_until,
                attempts_left=0,
            )
        if not pin or not pins.pin_matches(pin, record.pin_hash):
            failures = record.failed_pins + 1
            locked_until = pins.lock_after(failures, now)
            repo.record_pin_failure(learner_id, failed_pins=failures, locked_until=locked_until)
            if locked_until is not None:
                seconds = pins.seconds_left(locked_until, now)
                raise PinRejected(
                    say(
                        QT_TRANSLATE_NOOP(
                            "core", "Wrong PIN. Too many wrong PINs: wait %1 seconds, or ask the facilitator."
                        ),
                        seconds,
                    ),
                    locked_until=locked_until,
                    attempts_left=0,
                )
            left = pins.FREE_ATTEMPTS - failures
            raise PinRejected(
                say(QT_TRANSLATE_NOOP("core", "Wrong PIN. Tries left before a short wait: %1."), left),
                locked_until=None,
                attempts_left=left,
            )
    repo.record_login(learner_id, at=now)
    return LearnerSession(
        learner_id=record.id,
        name=record.name,
        language=record.language,
        started_at=now,
        speech_speed=record.speech_speed or "normal",
    )


def set_speech_speed(session: LearnerSession, speed: str) -> LearnerSession:
    """Keep how fast lessons are read aloud to this learner; returns the session with it."""
    from dataclasses import replace

    from kiosk.core.speech.engine import Speed
    from kiosk.core.storage import repo

    chosen = Speed(speed).value  # ValueError for a speed that does not exist
    repo.set_learner_speech_speed(session.learner_id, chosen)
    return replace(session, speech_speed=chosen)
