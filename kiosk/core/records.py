"""Core's own record types: what Kiosk keeps, as plain frozen values.

Storage (``kiosk.core.storage.repo``) returns these and owns only the queries; the
capabilities compute on them and stay free of database code. They live here, below both,
so storage builds them without importing a capability.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple, TypeVar

R = TypeVar("R")


@dataclass(frozen=True)
class SkillRef:
    """A skill as a credential names it: its id in the pack, and its title."""

    id: str
    title: str


@dataclass(frozen=True)
class LearnerRecord:
    id: int
    name: str
    pin_hash: str | None
    created_at: datetime
    archived: bool
    failed_pins: int
    locked_until: datetime | None
    language: str | None
    last_login_at: datetime | None
    speech_speed: str | None = None


@dataclass(frozen=True)
class InstalledPackRecord:
    id: str
    version: str
    title: str
    language: str
    publisher: str
    publisher_key_id: str
    installed_at: datetime
    folder: str
    manifest: dict


@dataclass(frozen=True)
class TrustedPublisherRecord:
    fingerprint: str
    public_key: str
    label: str
    pack_id_prefix: str  # "" means any pack
    trusted_at: datetime


@dataclass(frozen=True)
class IssuedCredentialRecord:
    id: str
    learner_id: int
    learner_name: str
    credential_id: str
    title: str
    skills: list[dict]
    pack_id: str
    issued_at: datetime
    method: str
    score: float | None
    short_code: str
    payload: str
    revoked_at: datetime | None
    revoke_reason: str | None
    badge: str | None = None  # the full Open Badge: facts and proofs as JSON text (ob3.parse_badge)


@dataclass(frozen=True)
class TrustedKeyRecord:
    """A kiosk key on the organisation's trust list, as this kiosk holds it."""

    key_id: str
    public_key: str
    name: str
    added_at: datetime  # approved by the organisation
    revoked_at: datetime | None  # withdrawn by the organisation


@dataclass(frozen=True)
class RegistryRevocationRecord:
    """A credential revocation from the organisation's trust list."""

    id: str
    revoked_at: datetime
    pulled_at: datetime


@dataclass(frozen=True)
class QuizAttemptRecord:
    id: int
    learner_id: int
    pack_id: str
    quiz_id: str
    seed: int
    started_at: datetime
    finished_at: datetime | None
    score: float | None


@dataclass(frozen=True)
class QuizResponseRecord:
    id: int
    attempt_id: int
    learner_id: int
    pack_id: str
    question_id: str
    skills: tuple[str, ...]
    response: object
    fraction: float | None
    correct: bool
    answered_at: datetime
    review_status: str | None
    reviewer_fraction: float | None


class AnswerRecord(NamedTuple):
    """One answer to one question, as storage keeps it (naive UTC time).

    A named tuple: the home screen builds tens of thousands of these each time it opens.
    """

    pack_id: str
    quiz_id: str
    question_id: str
    skills: tuple[str, ...]
    fraction: float | None
    answered_at: datetime


class KeptPackProgress(NamedTuple):
    """One learner's standing in one pack, kept so screens need not replay every answer.

    Valid while the learner's answers in the pack still end with ``last_answer_id`` and
    number ``answers``, and the pack's mastery rules still give ``rule``; anything else is
    recomputed from the answers (``kiosk.core.mastery.kept``).
    """

    learner_id: int
    pack_id: str
    rule: str
    last_answer_id: int
    answers: int
    last_answered_at: datetime
    tenth_last_answered_at: datetime | None  # the 10th most recent answer: "stuck" needs 10 recent ones
    skills: int
    mastered: int
    progress: float  # 0..1, the mean over the pack's skills (a mastered skill counts 1)
    latest_mastered_at: datetime | None  # when the most recently mastered skill (still mastered) was mastered


class KeptSkillState(NamedTuple):
    """One skill's state as its answers left it, before ``now`` decides whether a review is due."""

    learner_id: int
    pack_id: str
    skill_id: str
    status: str  # not_started, in_progress or mastered (never "due": that depends on the day)
    progress: float
    explanation: str
    attempts: int
    mastered_at: datetime | None
    due_at: datetime | None
    needs_review: bool


@cache
def _names(record_type: type) -> tuple[str, ...]:
    if is_dataclass(record_type):
        return tuple(field.name for field in fields(record_type))
    return tuple(record_type._fields)  # a NamedTuple


def record_of(record_type: type[R], row: object, **given: Any) -> R:
    """A ``record_type`` made from ``row`` (a database row, another record): each field from the
    attribute of that name, or from ``given``."""
    return record_type(**{name: given[name] if name in given else getattr(row, name) for name in _names(record_type)})
