from __future__ import annotations

import csv
from datetime import timedelta

import pytest

from kiosk.core.clock import utcnow
from kiosk.core.errors import InvalidInput, KnownError, NotFound
from kiosk.core.facilitator.report import (
    STUCK_ANSWERS,
    export_csv_steps,
    export_pdf_steps,
    progress_report,
    report_page,
)
from kiosk.core.facilitator.review import confirm_signoff, essays_to_review, mark_essay, pending_signoffs
from kiosk.core.learners.profiles import create_learner, log_in
from kiosk.core.mastery.credentials import CredentialProgress
from kiosk.core.mastery.learner import award_earned_credentials, progress_of_learner
from kiosk.core.steps import run_to_end
from kiosk.core.storage import repo
from tests.facilitator_packs import ESSAY_STEM, FACILITATOR_CREDENTIAL, FACILITATOR_PACK_ID, take_quiz


def test_report_rows_and_stuck_rule(facilitated_pack):
    ok = log_in(create_learner("Amina").id)
    take_quiz(ok, right=True)
    stuck = log_in(create_learner("Bob").id)
    for _ in range(3):  # 15 answers, all wrong: nothing mastered
        take_quiz(stuck, right=False)
    create_learner("Chen")  # no activity: no row, only counted
    rows = {r.learner_name: r for r in progress_report()}
    assert rows["Amina"].progress == 1.0 and rows["Amina"].mastered == 2 and not rows["Amina"].stuck
    assert rows["Bob"].recent_answers >= STUCK_ANSWERS and rows["Bob"].stuck
    assert "Chen" not in rows and report_page().not_started == 1
    # Two weeks later the answers are old: nobody is stuck any more.
    later = {r.learner_name: r for r in progress_report(now=utcnow() + timedelta(days=15))}
    assert not later["Bob"].stuck and later["Bob"].recent_answers == 0


def test_csv_and_pdf_exports(facilitated_pack, tmp_path):
    take_quiz(log_in(create_learner("Zoë Ångström").id))
    with open(run_to_end(export_csv_steps(tmp_path / "r.csv")), encoding="utf-8-sig") as handle:
        table = list(csv.DictReader(handle))
    assert table[0]["learner"] == "Zoë Ångström" and table[0]["progress_percent"] == "100"
    pdf = run_to_end(export_pdf_steps(tmp_path / "r.pdf", title="Progress"))
    import pypdfium2

    text = pypdfium2.PdfDocument(str(pdf))[0].get_textpage().get_text_range()
    assert "Zoë Ångström" in text and "Stuck" in text


def test_essay_review_shows_question_and_marks(facilitated_pack):
    take_quiz(log_in(create_learner("Amina").id), essay="I press the button.")
    (essay,) = essays_to_review()
    assert essay.question == ESSAY_STEM and essay.answer == "I press the button."
    with pytest.raises(InvalidInput):
        mark_essay(essay.response_id, 101)
    marked = mark_essay(essay.response_id, 80)
    assert marked.fraction == pytest.approx(0.8) and essays_to_review() == []
    with pytest.raises(KnownError):
        mark_essay(essay.response_id, 50)


def test_signoff_pending_then_confirmed_and_awarded(facilitated_pack):
    learner = create_learner("Amina")
    session = log_in(learner.id)
    assert pending_signoffs() == []  # nothing met yet
    take_quiz(session)
    assert award_earned_credentials(session) == []  # the sign-off is missing
    (pending,) = pending_signoffs()
    assert pending.credential_id == FACILITATOR_CREDENTIAL
    issued = confirm_signoff(learner.id, FACILITATOR_CREDENTIAL)
    assert issued.method == "facilitator"
    assert repo.list_signoffs(learner.id) == {FACILITATOR_CREDENTIAL}
    (status,) = progress_of_learner(learner.id).credentials
    assert status.status == CredentialProgress.EARNED
    assert pending_signoffs() == []


def test_signoff_refused_when_not_met(facilitated_pack):
    learner = create_learner("Amina")
    with pytest.raises(NotFound):
        confirm_signoff(learner.id, FACILITATOR_CREDENTIAL)
    assert repo.list_signoffs(learner.id) == set()
    assert repo.list_issued_credentials(learner_id=learner.id) == []
    assert FACILITATOR_PACK_ID
