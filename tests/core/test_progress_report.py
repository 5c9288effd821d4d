"""The facilitator's report: learners x packs, in one grouped query."""

from __future__ import annotations

from kiosk.core.learners.profiles import create_learner, log_in
from kiosk.core.quiz.engine import QuizRun
from kiosk.core.quiz.gift import parse_gift
from kiosk.core.storage import repo

QUESTIONS = parse_gift("// [id:a] [tag:x]\nOne? {=yes ~no}\n\n// [id:b] [tag:x]\nTwo? {T}\n\n// [id:c]\nSay. {}\n").questions


def _take(session, pack_id: str, responses: list) -> None:
    run = QuizRun(session=session, pack_id=pack_id, quiz_id="q.gift", questions=QUESTIONS, shuffle_choices=False)
    for response in responses:
        run.submit(response)
        run.advance()
    run.finish()


def test_report_counts_answers_right_answers_mean_and_last_activity_per_learner_and_pack(database):
    amina = log_in(create_learner("Amina Diallo").id)
    kofi = log_in(create_learner("Kofi Mensah").id)
    create_learner("Zainab Okoye")  # no answers: no row
    _take(amina, "pack.one", [0, True, "essay"])
    _take(amina, "pack.two", [1, False, "essay"])
    _take(kofi, "pack.one", [1, True, "x"])

    rows = repo.progress_report_rows()
    assert [(r.learner_name, r.pack_id) for r in rows] == [
        ("Amina Diallo", "pack.one"), ("Amina Diallo", "pack.two"), ("Kofi Mensah", "pack.one")
    ]
    first, second, third = rows
    assert (first.answers, first.correct, first.mean_fraction) == (3, 2, 1.0)  # the essay is pending: not in the mean
    assert (second.answers, second.correct, second.mean_fraction) == (3, 0, 0.0)
    assert (third.answers, third.correct, third.mean_fraction) == (3, 1, 0.5)
    latest = max(r.answered_at for r in repo.list_quiz_responses(learner_id=amina.learner_id, pack_id="pack.two"))
    assert second.last_answered_at == latest


def test_report_leaves_out_archived_learners_unless_asked(database):
    from kiosk.core.storage.models import Learner

    amina = log_in(create_learner("Amina Diallo").id)
    _take(amina, "pack.one", [0, True, "essay"])
    Learner.update(archived=True).where(Learner.id == amina.learner_id).execute()
    assert repo.progress_report_rows() == []
    assert len(repo.progress_report_rows(include_archived=True)) == 1
