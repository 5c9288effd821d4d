"""Quiz attempts and answers.

Callers pass the learner id of a LearnerSession (kiosk.core.learners.profiles); every query a learner
makes is scoped to that learner. The facilitator's review reads any learner's (``*_any``, ``get_quiz_response``).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import datetime

from kiosk.core.errors import InvalidInput, NotFound
from kiosk.core.records import AnswerRecord, QuizAttemptRecord, QuizResponseRecord, record_of
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage.db import db
from kiosk.core.storage.models import QuizAttempt, QuizResponse
from kiosk.core.storage.repo.kept import forget_kept, marks


def _response_record(row: QuizResponse) -> QuizResponseRecord:
    return record_of(QuizResponseRecord, row, skills=tuple(row.skills), correct=bool(row.correct))


def insert_quiz_attempt(
    *, learner_id: int, pack_id: str, quiz_id: str, seed: int, started_at: datetime
) -> QuizAttemptRecord:
    with db.atomic():
        row = QuizAttempt.create(
            learner=learner_id, pack_id=pack_id, quiz_id=quiz_id, seed=seed, started_at=started_at
        )
    return record_of(QuizAttemptRecord, row)



def _own_attempt(attempt_id: int, learner_id: int) -> QuizAttempt:
    row = QuizAttempt.get_or_none((QuizAttempt.id == attempt_id) & (QuizAttempt.learner == learner_id))
    if row is None:
        raise NotFound(say(QT_TRANSLATE_NOOP("core", "No quiz attempt %1 for this learner."), attempt_id))
    return row



def record_quiz_response(
    *,
    attempt_id: int,
    learner_id: int,
    question_id: str,
    skills: list[str],
    response: object,
    fraction: float | None,
    correct: bool,
    answered_at: datetime,
    review_status: str | None,
) -> QuizResponseRecord:
    """Store one answer in its own transaction; refused if the attempt is not this learner's or is finished."""
    with db.atomic():
        attempt = _own_attempt(attempt_id, learner_id)
        if attempt.finished_at is not None:
            raise InvalidInput(
                say(QT_TRANSLATE_NOOP("core", "This quiz is already finished; start it again to answer."))
            )
        row = QuizResponse.create(
            attempt=attempt_id,
            learner=learner_id,
            pack_id=attempt.pack_id,
            question_id=question_id,
            skills=list(skills),
            response=response,
            fraction=fraction,
            correct=correct,
            answered_at=answered_at,
            review_status=review_status,
        )
    return _response_record(row)



def finish_quiz_attempt(
    *, attempt_id: int, learner_id: int, score: float | None, finished_at: datetime
) -> QuizAttemptRecord:
    with db.atomic():
        _own_attempt(attempt_id, learner_id)
        QuizAttempt.update(score=score, finished_at=finished_at).where(QuizAttempt.id == attempt_id).execute()
        return record_of(QuizAttemptRecord, QuizAttempt.get_by_id(attempt_id))



def list_quiz_attempts(*, learner_id: int, pack_id: str) -> list[QuizAttemptRecord]:
    query = (
        QuizAttempt.select()
        .where((QuizAttempt.learner == learner_id) & (QuizAttempt.pack_id == pack_id))
        .order_by(QuizAttempt.started_at, QuizAttempt.id)
    )
    return [record_of(QuizAttemptRecord, row) for row in query]



def list_quiz_responses(*, learner_id: int, pack_id: str, attempt_id: int | None = None) -> list[QuizResponseRecord]:
    """A learner's responses for a pack, oldest first (optionally one attempt's)."""
    query = QuizResponse.select().where((QuizResponse.learner == learner_id) & (QuizResponse.pack_id == pack_id))
    if attempt_id is not None:
        query = query.where(QuizResponse.attempt == attempt_id)
    return [_response_record(row) for row in query.order_by(QuizResponse.answered_at, QuizResponse.id)]



def list_answers(*, learner_id: int) -> list[AnswerRecord]:
    """Every answer of one learner, in no particular order (mastery sorts what it needs)."""
    return [answer for answers in answers_by_pack([learner_id]).values() for answer in answers]



def answers_by_pack(
    learner_ids: Collection[int], *, pack_ids: Collection[str] | None = None
) -> dict[tuple[int, str], list[AnswerRecord]]:
    """These learners' answers (only in ``pack_ids``, if given) by (learner id, pack id), in no particular order.

    Mastery replays these whenever what it kept is stale, so this path stays lean: one query
    over only the columns mastery reads, no model objects, each distinct skills list decoded once.
    """
    found: dict[tuple[int, str], list[AnswerRecord]] = {}
    if not learner_ids or (pack_ids is not None and not pack_ids):
        return found
    learners = list(learner_ids)
    sql = (
        "SELECT r.learner_id, r.pack_id, a.quiz_id, r.question_id, r.skills, r.fraction, r.answered_at "
        "FROM quiz_response AS r JOIN quiz_attempt AS a ON a.id = r.attempt_id "
        f"WHERE r.learner_id IN ({marks(learners)})"
    )
    params: list = learners
    if pack_ids is not None:
        packs = list(pack_ids)
        sql += f" AND r.pack_id IN ({marks(packs)})"
        params = learners + packs
    skills_of: dict[str, tuple[str, ...]] = {}
    parse_time = datetime.fromisoformat
    make = tuple.__new__  # an AnswerRecord without the named tuple's Python-level constructor: a million times cheaper
    pair: tuple[int, str] | None = None
    answers: list[AnswerRecord] = []
    for learner_id, pack_id, quiz_id, question_id, skills, fraction, answered_at in db.execute_sql(sql, params):
        decoded = skills_of.get(skills)
        if decoded is None:
            decoded = skills_of[skills] = tuple(json.loads(skills))
        if pair is None or pair[0] != learner_id or pair[1] != pack_id:
            pair = (learner_id, pack_id)
            answers = found.setdefault(pair, [])
        answers.append(make(AnswerRecord, (pack_id, quiz_id, question_id, decoded, fraction, parse_time(answered_at))))
    return found



def best_quiz_scores(*, learner_id: int) -> dict[tuple[str, str], float]:
    """The best score of each quiz a learner finished: {(pack id, quiz id): score 0..1}."""
    cursor = db.execute_sql(
        "SELECT pack_id, quiz_id, MAX(score) FROM quiz_attempt "
        "WHERE learner_id = ? AND finished_at IS NOT NULL AND score IS NOT NULL GROUP BY pack_id, quiz_id",
        (learner_id,),
    )
    return {(pack_id, quiz_id): score for pack_id, quiz_id, score in cursor}



def list_pending_essays(pack_id: str | None = None) -> list[QuizResponseRecord]:
    """Essay answers waiting for a facilitator, oldest first (for the facilitator's screens)."""
    query = QuizResponse.select().where(QuizResponse.review_status == "pending")
    if pack_id is not None:
        query = query.where(QuizResponse.pack_id == pack_id)
    return [_response_record(row) for row in query.order_by(QuizResponse.answered_at, QuizResponse.id)]



def review_essay(*, response_id: int, fraction: float) -> QuizResponseRecord:
    """A facilitator's grade for an essay answer (the learner's kept mastery in that pack is forgotten:
    the mark changes what the answers say without adding one)."""
    with db.atomic():
        row = QuizResponse.get_or_none(QuizResponse.id == response_id)
        if row is None or row.review_status is None:
            raise NotFound(say(QT_TRANSLATE_NOOP("core", "No essay answer %1."), response_id))
        QuizResponse.update(
            review_status="reviewed", reviewer_fraction=fraction, fraction=fraction, correct=fraction >= 0.999
        ).where(QuizResponse.id == response_id).execute()
        forget_kept(learner_ids=[row.learner_id], pack_id=row.pack_id)
        return _response_record(QuizResponse.get_by_id(response_id))



def get_quiz_response(response_id: int) -> QuizResponseRecord:
    row = QuizResponse.get_or_none(QuizResponse.id == response_id)
    if row is None:
        raise NotFound(say(QT_TRANSLATE_NOOP("core", "No answer %1."), response_id))
    return _response_record(row)



def get_quiz_attempt_any(attempt_id: int) -> QuizAttemptRecord:
    """An attempt by id, whoever made it (for the facilitator's review)."""
    row = QuizAttempt.get_or_none(QuizAttempt.id == attempt_id)
    if row is None:
        raise NotFound(say(QT_TRANSLATE_NOOP("core", "No quiz attempt %1."), attempt_id))
    return record_of(QuizAttemptRecord, row)

