"""Plain value types shared by storage and the capabilities that compute on stored data.

They live here, below both, so that ``storage.repo`` can build them directly on hot paths
without importing a capability, and the capabilities stay free of database code.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple


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
