"""Running a quiz: seeded shuffling and drawing, one question at a time, every answer stored at once.

A learner's responses are recorded and read only through a ``LearnerSession``:
the functions here pass its learner id to ``repo``, whose queries are scoped to
that learner. Each answer is written in its own transaction the moment it is
submitted, so a power cut loses at most the answer being typed.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.core.clock import utcnow
from kiosk.core.errors import InvalidInput
from kiosk.core.learners.profiles import LearnerSession
from kiosk.core.quiz.grading import Feedback, GradingStatus, ReviewStatus, grade_response
from kiosk.core.quiz.model import Answer, Question
from kiosk.core.records import QuizAttemptRecord, QuizResponseRecord
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage import repo

# --- shuffling and drawing ------------------------------------------------------


@dataclass(frozen=True)
class PresentedQuestion:
    """A question as this run shows it: choices and matching options in a seeded order."""

    question: Question
    number: int  # 1-based position in the run
    choice_order: tuple[int, ...] = ()  # display position -> index in question.choices
    right_options: tuple[str, ...] = ()  # matching: the distinct right-hand texts, shuffled

    @property
    def ordered_choices(self) -> list[Answer]:
        """The choices in the order this run shows them."""
        return [self.question.choices[i] for i in self.choice_order]

    @property
    def choices_in_order(self) -> list[str]:
        return [choice.text for choice in self.ordered_choices]

    def choice_index(self, position: int) -> int:
        """The index in ``question.choices`` of the choice shown at display ``position`` (0-based)."""
        return self.choice_order[position]


def _rng(seed: int, salt: str) -> random.Random:
    return random.Random(f"{seed}:{salt}")


def present_question(question: Question, *, seed: int, number: int = 1, shuffle_choices: bool = True) -> PresentedQuestion:
    """Shuffle a question's choices (and matching right-hand sides) deterministically for ``seed``."""
    rng = _rng(seed, question.key)
    order = list(range(len(question.choices)))
    if shuffle_choices:
        rng.shuffle(order)
    options: list[str] = []
    if question.type == "matching":
        options = list(dict.fromkeys(p.right for p in question.pairs))
        rng.shuffle(options)
    return PresentedQuestion(question, number, tuple(order), tuple(options))


def draw_questions(pool: Sequence[Question], *, count: int | None, seed: int) -> list[Question]:
    """``count`` questions drawn from ``pool`` for ``seed`` (descriptions are never drawn).

    With ``count`` None the whole pool is used in the author's order.
    """
    if count is None:
        return list(pool)
    if count < 1:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "A quiz draws at least one question.")))
    candidates = [q for q in pool if q.type != "description"]
    if count >= len(candidates):
        count = len(candidates)
    return _rng(seed, "draw").sample(candidates, count)


# --- records, always through a LearnerSession -------------------------------------


def _learner_id(session: LearnerSession) -> int:
    if not isinstance(session, LearnerSession):
        raise TypeError("quiz records are read and written only through a LearnerSession")
    return session.learner_id


def start_attempt(session: LearnerSession, *, pack_id: str, quiz_id: str, seed: int) -> QuizAttemptRecord:
    return repo.insert_quiz_attempt(
        learner_id=_learner_id(session), pack_id=pack_id, quiz_id=quiz_id, seed=seed, started_at=utcnow()
    )


def record_answer(
    session: LearnerSession, *, attempt_id: int, question: Question, response: Any, feedback: Feedback
) -> QuizResponseRecord:
    """Store one graded answer (one transaction). Essays are stored as pending review."""
    pending = feedback.status == GradingStatus.PENDING_REVIEW
    return repo.record_quiz_response(
        attempt_id=attempt_id,
        learner_id=_learner_id(session),
        question_id=question.key,
        skills=list(question.tags),
        response=response,
        fraction=feedback.fraction,
        correct=feedback.correct,
        answered_at=utcnow(),
        review_status=ReviewStatus.PENDING if pending else None,
    )


def finish_attempt(session: LearnerSession, *, attempt_id: int, score: float | None) -> QuizAttemptRecord:
    return repo.finish_quiz_attempt(
        attempt_id=attempt_id, learner_id=_learner_id(session), score=score, finished_at=utcnow()
    )


def learner_responses(session: LearnerSession, pack_id: str) -> list[QuizResponseRecord]:
    """This learner's responses for a pack, oldest first (input to the mastery computation)."""
    return repo.list_quiz_responses(learner_id=_learner_id(session), pack_id=pack_id)


def pending_essays(pack_id: str | None = None) -> list[QuizResponseRecord]:
    """Essay answers waiting for a facilitator (the facilitator screens call this)."""
    return repo.list_pending_essays(pack_id)


# --- a run ---------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionResult:
    presented: PresentedQuestion
    response: Any
    feedback: Feedback


@dataclass(frozen=True)
class QuizResult:
    attempt_id: int
    score: float | None  # mean fraction of the graded questions, 0..1; None if none was graded
    results: tuple[QuestionResult, ...]

    @property
    def graded_count(self) -> int:
        return sum(1 for r in self.results if r.feedback.fraction is not None)

    @property
    def correct_count(self) -> int:
        return sum(1 for r in self.results if r.feedback.correct)

    @property
    def pending_count(self) -> int:
        return sum(1 for r in self.results if r.feedback.status == GradingStatus.PENDING_REVIEW)


class QuizRun:
    """One learner taking one quiz, a question at a time.

    ``submit`` grades the current question and writes the answer to the
    database before it returns; ``advance`` moves on; ``finish`` stores the
    score. Call the writing methods from one thread at a time (the UI runs them
    on its task worker).
    """

    def __init__(
        self,
        *,
        session: LearnerSession,
        pack_id: str,
        quiz_id: str,
        questions: Sequence[Question],
        seed: int | None = None,
        count: int | None = None,
        shuffle_choices: bool = True,
        language: str = "",
    ) -> None:
        """``language``: the quiz's own (its pack's), in which its words are written and read aloud."""
        if not questions:
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "This quiz has no questions.")))
        self.session = session
        self.pack_id = pack_id
        self.quiz_id = quiz_id
        self.pool = tuple(questions)
        self.count = count
        self.shuffle_choices = shuffle_choices
        self.language = language
        self.seed = secrets.randbelow(2**31) if seed is None else seed
        drawn = draw_questions(self.pool, count=count, seed=self.seed)
        self.presented = tuple(
            present_question(q, seed=self.seed, number=i, shuffle_choices=shuffle_choices)
            for i, q in enumerate(drawn, 1)
        )
        self.attempt_id: int | None = None
        self._index = 0
        self._results: list[QuestionResult] = []
        self._finished: QuizResult | None = None

    @property
    def total(self) -> int:
        return len(self.presented)

    @property
    def position(self) -> int:
        """1-based number of the current question."""
        return self._index + 1

    @property
    def current(self) -> PresentedQuestion | None:
        return self.presented[self._index] if self._index < self.total else None

    @property
    def current_answered(self) -> bool:
        return len(self._results) > self._index

    @property
    def is_last(self) -> bool:
        return self._index >= self.total - 1

    @property
    def results(self) -> tuple[QuestionResult, ...]:
        return tuple(self._results)

    def start(self) -> int:
        """Create the attempt in the database (once); returns its id."""
        if self.attempt_id is None:
            record = start_attempt(self.session, pack_id=self.pack_id, quiz_id=self.quiz_id, seed=self.seed)
            self.attempt_id = record.id
        return self.attempt_id

    def submit(self, response: Any) -> Feedback:
        """Grade the current question's response and store it at once (descriptions are not stored)."""
        presented = self.current
        if presented is None or self._finished is not None:
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "This quiz is already finished.")))
        if self.current_answered:
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "This question is already answered.")))
        feedback = grade_response(presented.question, response)
        if presented.question.type != "description":
            attempt_id = self.start()
            record_answer(
                self.session, attempt_id=attempt_id, question=presented.question, response=response, feedback=feedback
            )
        self._results.append(QuestionResult(presented, response, feedback))
        return feedback

    def advance(self) -> bool:
        """Move to the next question; False when there is none (then call ``finish``)."""
        if not self.current_answered:
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Answer this question first.")))
        if self._index < self.total:
            self._index += 1
        return self._index < self.total

    def score(self) -> float | None:
        fractions = [r.feedback.fraction for r in self._results if r.feedback.fraction is not None]
        return sum(fractions) / len(fractions) if fractions else None

    def finish(self) -> QuizResult:
        """Store the score and end the attempt (idempotent)."""
        if self._finished is None:
            attempt_id = self.start()
            score = self.score()
            finish_attempt(self.session, attempt_id=attempt_id, score=score)
            self._finished = QuizResult(attempt_id, score, tuple(self._results))
        return self._finished

    def again(self) -> QuizRun:
        """A fresh run of the same quiz with a new seed ("Try again")."""
        return QuizRun(
            session=self.session,
            pack_id=self.pack_id,
            quiz_id=self.quiz_id,
            questions=self.pool,
            count=self.count,
            shuffle_choices=self.shuffle_choices,
            language=self.language,
        )
