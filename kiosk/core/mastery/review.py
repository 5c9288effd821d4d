"""Spaced review of mastered skills, scheduled with FSRS.

One skill is one FSRS card. Replaying a learner's graded answers in time order
(docs/mastery.md has the full rule):

- When the skill's model first says "mastered", the card gets a Good review
  at that moment: the refresher is due one FSRS interval later.
- After that, the first right answer at or after the due time is a Good
  review (right answers before it leave the schedule as it is); any answer
  that is not fully right is an Again review: a lapse.
- A lapse lowers mastery. For ``m_of_n``, ``streak`` and ``all`` the skill goes
  back to in progress ("needs review") and the model's rule starts afresh on
  the answers from the lapse on (the wrong answer included). For ``bkt`` the
  answer updates P(known) as always and the skill is mastered only while
  P(known) >= 0.95. When the rule is met again the card gets a Good review at
  that moment; FSRS remembers the lapse, so the next interval is shorter.
- A mastered skill whose refresher is due at or before ``now`` has status
  ``due`` (still counted as mastered).

The scheduler uses FSRS's default parameters and 90% desired retention, with
no sub-day learning steps and no random fuzz, so the result is a pure function
of the answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone

from fsrs import Card, Rating, Scheduler

from kiosk.core.mastery.models import (
    DUE,
    FULL_CREDIT,
    IN_PROGRESS,
    MASTERED,
    AnswerRecord,
    MasteryModel,
    SkillState,
)

REVIEW_SCHEDULER = Scheduler(
    desired_retention=0.9, learning_steps=(), relearning_steps=(), enable_fuzzing=False
)


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc)


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def _day(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


def assess_skill(model: MasteryModel, answers: Iterable[AnswerRecord], *, now: datetime) -> SkillState:
    """The skill's state from its answers (any order; sorted here), with its review schedule.

    ``now`` and every ``answered_at`` are naive UTC datetimes; so are the
    returned ``mastered_at`` and ``due_at``.
    """
    graded = sorted((a for a in answers if a.fraction is not None), key=lambda a: a.answered_at)
    tracker = model.tracker()
    card: Card | None = None
    mastered = False
    mastered_at: datetime | None = None
    lapsed_at: datetime | None = None
    review = REVIEW_SCHEDULER.review_card
    for answer in graded:
        fraction = answer.fraction
        assert fraction is not None
        if not mastered:
            if tracker.add(answer.question_id, fraction):
                moment = _aware(answer.answered_at)
                card = review(card or Card(card_id=0, due=moment), Rating.Good, moment)[0]
                mastered, mastered_at, lapsed_at = True, answer.answered_at, None
            continue
        assert card is not None
        right = fraction >= FULL_CREDIT
        still_met = True if model.restarts_on_lapse else tracker.add(answer.question_id, fraction)
        if right:
            moment = _aware(answer.answered_at)
            if moment >= card.due:
                card = review(card, Rating.Good, moment)[0]
        else:
            card = review(card, Rating.Again, _aware(answer.answered_at))[0]
            if model.restarts_on_lapse:
                still_met = False
                tracker = model.tracker()
                tracker.add(answer.question_id, fraction)
        if not still_met:
            mastered, lapsed_at = False, answer.answered_at

    if mastered:
        assert card is not None and mastered_at is not None
        due_at = _naive(card.due)
        if due_at <= now:
            return SkillState(
                DUE,
                1.0,
                f"Mastered on {_day(mastered_at)}. Time for a short review: "
                "answer a question on this skill to keep it fresh.",
                len(graded),
                mastered_at=mastered_at,
                due_at=due_at,
            )
        return SkillState(
            MASTERED,
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
        IN_PROGRESS,
        state.progress,
        f"Needs review: you missed a question on {_day(lapsed_at)} after mastering this skill. "
        + state.explanation,
        len(graded),
        needs_review=True,
    )
