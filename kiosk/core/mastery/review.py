"""Spaced review of mastered skills, scheduled with FSRS.

Replaying a learner's graded answers on one skill in time order (docs/mastery.md
has the full rule):

- When the skill's model says "mastered", a fresh FSRS card gets a Good
  review at that moment: the refresher is due one FSRS interval later.
- After that, the schedule moves only at the refresher: the first graded
  answer at or after the due time is the review, Good if fully right, Again if
  not. Answers before the due time do not move it (but see lapses).
- A lapse lowers mastery. For ``m_of_n``, ``streak`` and ``all`` any answer that
  is not fully right after mastery is a lapse: the skill goes back to in
  progress ("needs review") and the model's rule starts afresh on the answers
  from the lapse on (the wrong answer included). For ``bkt`` every answer
  updates P(known) as always; a lapse is P(known) falling below 0.95 (while it
  stays above, a wrong answer at the refresher is an Again review, which
  brings the next one closer). When the rule is met again, a fresh card starts there.
- A mastered skill whose refresher is due at or before ``now`` has status
  ``due`` (still counted as mastered).

The scheduler uses FSRS's default parameters and 90% desired retention, with
no sub-day learning steps and no random fuzz, so the result is a pure function
of the answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from operator import attrgetter

from fsrs import Card, Rating, Scheduler

from kiosk.core.mastery.models import FULL_CREDIT, AnswerRecord, MasteryModel, SkillState, SkillStatus

REVIEW_SCHEDULER = Scheduler(
    desired_retention=0.9, learning_steps=(), relearning_steps=(), enable_fuzzing=False
)

_ANSWERED_AT = attrgetter("answered_at")


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc)


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def _day(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


def _refresher_due(mastered_at: datetime, later: Sequence[AnswerRecord]) -> datetime:
    """Replay one mastery period on a fresh FSRS card: Good at mastery, then the reviews."""
    review = REVIEW_SCHEDULER.review_card
    moment = _aware(mastered_at)
    card = review(Card(card_id=0, due=moment), Rating.Good, moment)[0]
    due = _naive(card.due)
    for answer in later:
        if answer.answered_at >= due:
            fraction = answer.fraction
            assert fraction is not None
            rating = Rating.Good if fraction >= FULL_CREDIT else Rating.Again
            card = review(card, rating, _aware(answer.answered_at))[0]
            due = _naive(card.due)
    return due


def assess_skill(model: MasteryModel, answers: Iterable[AnswerRecord], *, now: datetime) -> SkillState:
    """The skill's state from its answers (any order; sorted here), with its review schedule.

    ``now`` and every ``answered_at`` are naive UTC datetimes; so are the
    returned ``mastered_at`` and ``due_at``.
    """
    return as_of(replay_skill(model, answers), now)


def replay_skill(model: MasteryModel, answers: Iterable[AnswerRecord]) -> SkillState:
    """The skill's state from its answers alone: never ``due`` (that depends on the day, see ``as_of``),
    so it can be kept and reused until the skill gets another answer."""
    graded, tracker, mastered_index, lapsed_at = _run(model, answers)
    if mastered_index is not None:
        mastered_at = graded[mastered_index].answered_at
        due_at = _refresher_due(mastered_at, graded[mastered_index + 1 :])
        return SkillState(
            SkillStatus.MASTERED,
            1.0,
            f"Mastered on {_day(mastered_at)}. Next review on {_day(due_at)}.",
            len(graded),
            mastered_at=mastered_at,
            due_at=due_at,
        )
    state = tracker.state()
    if lapsed_at is None:
        return state
    return SkillState(
        SkillStatus.IN_PROGRESS,
        state.progress,
        f"Needs review: you missed a question on {_day(lapsed_at)} after mastering this skill. "
        + state.explanation,
        len(graded),
        needs_review=True,
    )


def replay_mastery(model: MasteryModel, answers: Iterable[AnswerRecord]) -> tuple[datetime | None, float]:
    """What ``replay_skill`` says of mastery alone, without the review schedule or the words:
    (when the current mastery began, or None if the skill is not mastered; its progress 0..1)."""
    graded, tracker, mastered_index, _lapsed_at = _run(model, answers)
    if mastered_index is not None:
        return graded[mastered_index].answered_at, 1.0
    return None, tracker.state().progress


def _run(model: MasteryModel, answers: Iterable[AnswerRecord]):
    """The model over the graded answers in time order: (graded answers, tracker, index of the
    answer where the current mastery began or None, time of the last lapse or None)."""
    graded = [a for a in answers if a.fraction is not None]
    graded.sort(key=_ANSWERED_AT)
    tracker = model.tracker()
    mastered_index: int | None = None
    lapsed_at: datetime | None = None
    restarts = model.restarts_on_lapse
    for index, answer in enumerate(graded):
        fraction = answer.fraction
        assert fraction is not None
        if mastered_index is None:
            if tracker.add(answer.question_id, fraction):
                mastered_index, lapsed_at = index, None
        elif restarts:
            if fraction < FULL_CREDIT:
                tracker = model.tracker()
                tracker.add(answer.question_id, fraction)
                mastered_index, lapsed_at = None, answer.answered_at
        elif not tracker.add(answer.question_id, fraction):
            mastered_index, lapsed_at = None, answer.answered_at
    return graded, tracker, mastered_index, lapsed_at


def as_of(state: SkillState, now: datetime) -> SkillState:
    """A replayed state as of ``now``: a mastered skill whose refresher is due is ``due``."""
    if state.status != SkillStatus.MASTERED or state.due_at is None or state.mastered_at is None or state.due_at > now:
        return state
    return SkillState(
        SkillStatus.DUE,
        1.0,
        f"Mastered on {_day(state.mastered_at)}. Time for a short review: "
        "answer a question on this skill to keep it fresh.",
        state.attempts,
        mastered_at=state.mastered_at,
        due_at=state.due_at,
    )
