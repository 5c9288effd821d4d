"""Building answer sequences for the mastery tests."""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.core.mastery.models import AnswerRecord

START = datetime(2025, 5, 1, 9, 0)


def answers(
    fractions,
    *,
    skill: str = "safety",
    pack: str = "kiosk.sample.a",
    start: datetime = START,
    step: timedelta = timedelta(minutes=1),
    questions: list[str] | None = None,
) -> list[AnswerRecord]:
    """One answer per fraction, a minute apart; R/W shorthands are 1.0/0.0."""
    found = []
    for index, fraction in enumerate(fractions):
        fraction = {"R": 1.0, "W": 0.0}.get(fraction, fraction)
        found.append(
            AnswerRecord(
                pack_id=pack,
                quiz_id="quizzes/01.gift",
                question_id=questions[index] if questions else f"q{index}",
                skills=(skill,),
                fraction=fraction,
                answered_at=start + index * step,
            )
        )
    return found
