"""The lean reads behind the home screen: one learner's answers and best quiz scores."""

from datetime import datetime

from kiosk.core.learners.profiles import create_learner
from kiosk.core.records import AnswerRecord
from kiosk.core.storage import repo


def answer(learner_id, attempt_id, question_id, fraction, minute, skills=("s1",)):
    return repo.record_quiz_response(
        attempt_id=attempt_id, learner_id=learner_id, question_id=question_id, skills=list(skills),
        response="1", fraction=fraction, correct=fraction is not None and fraction >= 0.999,
        answered_at=datetime(2026, 5, 1, 9, minute), review_status="pending" if fraction is None else None,
    )


def test_answers_and_best_scores_are_one_learners_own(database):
    amina, kofi = create_learner("Amina").id, create_learner("Kofi").id
    first = repo.insert_quiz_attempt(learner_id=amina, pack_id="p", quiz_id="quizzes/01.gift", seed=1,
                                     started_at=datetime(2026, 5, 1, 9))
    answer(amina, first.id, "q1", 1.0, 1, skills=("s1", "s2"))
    answer(amina, first.id, "q2", None, 2)
    repo.finish_quiz_attempt(attempt_id=first.id, learner_id=amina, score=0.5, finished_at=datetime(2026, 5, 1, 9, 3))
    second = repo.insert_quiz_attempt(learner_id=amina, pack_id="p", quiz_id="quizzes/01.gift", seed=2,
                                      started_at=datetime(2026, 5, 2, 9))
    answer(amina, second.id, "q1", 0.0, 4)
    repo.finish_quiz_attempt(attempt_id=second.id, learner_id=amina, score=0.25, finished_at=datetime(2026, 5, 2, 9, 5))
    unfinished = repo.insert_quiz_attempt(learner_id=amina, pack_id="p", quiz_id="quizzes/02.gift", seed=3,
                                          started_at=datetime(2026, 5, 3, 9))
    answer(amina, unfinished.id, "q9", 1.0, 6)
    other = repo.insert_quiz_attempt(learner_id=kofi, pack_id="p", quiz_id="quizzes/01.gift", seed=4,
                                     started_at=datetime(2026, 5, 1, 9))
    answer(kofi, other.id, "q1", 1.0, 7)
    repo.finish_quiz_attempt(attempt_id=other.id, learner_id=kofi, score=1.0, finished_at=datetime(2026, 5, 1, 9, 8))

    answers = sorted(repo.list_answers(learner_id=amina), key=lambda a: a.answered_at)
    assert answers == [
        AnswerRecord("p", "quizzes/01.gift", "q1", ("s1", "s2"), 1.0, datetime(2026, 5, 1, 9, 1)),
        AnswerRecord("p", "quizzes/01.gift", "q2", ("s1",), None, datetime(2026, 5, 1, 9, 2)),
        AnswerRecord("p", "quizzes/01.gift", "q1", ("s1",), 0.0, datetime(2026, 5, 1, 9, 4)),
        AnswerRecord("p", "quizzes/02.gift", "q9", ("s1",), 1.0, datetime(2026, 5, 1, 9, 6)),
    ]
    assert repo.best_quiz_scores(learner_id=amina) == {("p", "quizzes/01.gift"): 0.5}
    assert repo.best_quiz_scores(learner_id=kofi) == {("p", "quizzes/01.gift"): 1.0}
