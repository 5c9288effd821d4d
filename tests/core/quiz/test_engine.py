"""Quiz runs: seeded shuffling and drawing, and every answer stored the moment it is submitted."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kiosk.core.errors import InvalidInput, NotFound
from kiosk.core.learners.profiles import create_learner, log_in
from kiosk.core.quiz import engine
from kiosk.core.quiz.engine import QuizRun, draw_questions, present_question
from kiosk.core.quiz.gift import parse_gift
from kiosk.core.storage import migrations, repo

BANK = parse_gift(
    """// [id:cap] [tag:geography]
Capital of France? {=Paris ~London ~Rome ~Madrid ~Berlin ~Lisbon}

// [id:primes] [tag:maths] [tag:primes]
Primes? {~%50%2 ~%50%3 ~%-100%4}

// [id:match] [tag:geography]
Match {=Kenya -> Nairobi =Ghana -> Accra =Peru -> Lima}

// [id:essay] [tag:writing]
Describe your village. {}

// [id:intro]
Read this first.

// [id:pi] [tag:maths]
Pi? {#3.14:0.01}
"""
).questions


def test_shuffles_are_deterministic_for_a_seed_and_differ_between_seeds():
    capital = BANK[0]
    orders = {present_question(capital, seed=seed).choice_order for seed in range(20)}
    assert present_question(capital, seed=7) == present_question(capital, seed=7)
    assert len(orders) > 5
    for order in orders:
        assert sorted(order) == list(range(6))
    match = present_question(BANK[2], seed=3)
    assert sorted(match.right_options) == ["Accra", "Lima", "Nairobi"]
    assert {present_question(BANK[2], seed=s).right_options for s in range(20)} != {match.right_options}


def test_drawing_is_deterministic_and_skips_descriptions():
    drawn = draw_questions(BANK, count=3, seed=11)
    assert drawn == draw_questions(BANK, count=3, seed=11)
    assert len({q.key for q in drawn}) == 3 and all(q.type != "description" for q in drawn)
    assert {tuple(q.key for q in draw_questions(BANK, count=3, seed=s)) for s in range(20)} != {tuple(q.key for q in drawn)}
    assert draw_questions(BANK, count=None, seed=1) == list(BANK)
    assert len(draw_questions(BANK, count=50, seed=1)) == 5


@pytest.fixture
def ada(database):
    return log_in(create_learner("Ada").id)


@pytest.fixture
def bo(database):
    return log_in(create_learner("Bo").id)


def responses_in_file(path):
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT learner_id, pack_id, question_id, skills, response, fraction, correct, review_status FROM quiz_response"
        ).fetchall()


def test_each_answer_is_in_the_database_as_soon_as_it_is_submitted(database, ada, bo):
    run = QuizRun(session=ada, pack_id="geo", quiz_id="quiz-1", questions=BANK, seed=5, shuffle_choices=False)
    assert run.current.question.id == "cap" and run.total == 6

    feedback = run.submit(0)
    assert feedback.correct
    rows = responses_in_file(database)  # a separate connection, like another process after a power cut
    assert rows == [(ada.learner_id, "geo", "cap", '["geography"]', "0", 1.0, 1, None)]

    run.advance()
    assert run.submit([0, 2]).fraction == 0.0
    run.advance()
    assert run.submit(["Nairobi", "Lima", "Accra"]).fraction == pytest.approx(1 / 3)
    run.advance()
    assert run.submit("By the river.").fraction is None
    run.advance()
    run.submit(None)  # the description: nothing to store
    run.advance()
    assert run.submit("3,14").correct
    assert run.advance() is False

    result = run.finish()
    assert result.score == pytest.approx((1 + 0 + 1 / 3 + 1) / 4)
    assert (result.graded_count, result.correct_count, result.pending_count) == (4, 2, 1)

    rows = responses_in_file(database)
    assert [r[2] for r in rows] == ["cap", "primes", "match", "essay", "pi"]
    essay = rows[3]
    assert (json.loads(essay[4]), essay[5], essay[7]) == ("By the river.", None, "pending")
    with sqlite3.connect(database) as conn:
        score, finished = conn.execute("SELECT score, finished_at FROM quiz_attempt").fetchone()
    assert score == pytest.approx(result.score) and finished is not None

    mine = engine.learner_responses(ada, "geo")
    assert [r.question_id for r in mine] == ["cap", "primes", "match", "essay", "pi"]
    assert mine[1].skills == ("maths", "primes") and mine[1].response == [0, 2]
    assert [r.question_id for r in engine.pending_essays()] == ["essay"]


def test_another_learner_cannot_read_or_write_into_my_attempt(database, ada, bo):
    run = QuizRun(session=ada, pack_id="geo", quiz_id="quiz-1", questions=BANK[:1], seed=1)
    run.submit(run.current.choice_index(0))
    assert engine.learner_responses(bo, "geo") == []
    assert len(engine.learner_responses(ada, "geo")) == 1
    before = responses_in_file(database)
    with pytest.raises(NotFound):
        engine.record_answer(
            bo, attempt_id=run.attempt_id, question=BANK[0], response=0, feedback=run.results[0].feedback
        )
    with pytest.raises(NotFound):
        engine.finish_attempt(bo, attempt_id=run.attempt_id, score=1.0)
    assert responses_in_file(database) == before
    with pytest.raises(TypeError):
        engine.learner_responses(ada.learner_id, "geo")  # a bare id is not a session


def test_bad_answers_and_answering_twice_change_nothing(database, ada):
    run = QuizRun(session=ada, pack_id="geo", quiz_id="quiz-1", questions=BANK[:2], seed=1)
    with pytest.raises(InvalidInput):
        run.submit(99)
    assert responses_in_file(database) == []
    with pytest.raises(InvalidInput):
        run.advance()
    run.submit(0)
    with pytest.raises(InvalidInput):
        run.submit(1)
    assert len(responses_in_file(database)) == 1
    run.advance()
    run.submit([0, 1])
    run.finish()
    with pytest.raises(InvalidInput):
        repo.record_quiz_response(
            attempt_id=run.attempt_id, learner_id=ada.learner_id, question_id="late", skills=[], response=0,
            fraction=1.0, correct=True, answered_at=run.session.started_at, review_status=None,
        )
    assert len(responses_in_file(database)) == 2


def test_try_again_draws_a_new_run_of_the_same_quiz(database, ada):
    run = QuizRun(session=ada, pack_id="geo", quiz_id="quiz-1", questions=BANK, seed=1, count=3)
    again = run.again()
    assert (again.pack_id, again.quiz_id, again.total, again.attempt_id) == ("geo", "quiz-1", 3, None)


def test_a_facilitator_review_grades_an_essay(database, ada):
    run = QuizRun(session=ada, pack_id="geo", quiz_id="q", questions=[BANK[3]], seed=1)
    run.submit("A long answer.")
    (pending,) = engine.pending_essays("geo")
    reviewed = repo.review_essay(response_id=pending.id, fraction=0.75)
    assert (reviewed.review_status, reviewed.fraction, reviewed.reviewer_fraction) == ("reviewed", 0.75, 0.75)
    assert engine.pending_essays() == []


def test_the_schema_step_matches_the_models(database):
    from kiosk.core.storage.models import QuizAttempt, QuizResponse

    with sqlite3.connect(database) as conn:
        for model in (QuizAttempt, QuizResponse):
            table = model._meta.table_name
            stored = conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
            assert stored == model._schema._create_table(safe=False).query()[0]
            indexes = {r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name=?", (table,))}
            assert indexes == {i.query()[0] for i in model._schema._create_indexes(safe=False)}
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
